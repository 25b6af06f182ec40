"""Applying templates to an event: dated items, per speaker, following agenda changes.

Speaker templates (``applies_to="speaker"``) give every speaker of the event
their own items. In a speaker template, the category "Remote" is for remote
speakers only and "On site" for speakers in the room only. The templates applied
to an event are remembered, so speakers added later get their items too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, literal, or_, select, update
from sqlalchemy.orm import Session

from organiser.checklists.templates import (
    ON_SITE_CATEGORY,
    REMOTE_CATEGORY,
    due_date,
    get_template,
    list_templates,
    seed_builtin_templates,
)
from organiser.crud import get_or_error
from organiser.errors import OrganiserError, ValidationError
from organiser.models import (
    AppSetting,
    ChecklistItem,
    ChecklistTemplate,
    Event,
    EventSession,
    SessionSpeaker,
    Speaker,
    TemplateItem,
)

_APPLIED_KEY = "checklists.applied.{event_id}"


def event_or_error(s: Session, event_id: int) -> Event:
    return get_or_error(s, Event, event_id, "event", "Run `events` to list them.")


def _applied_setting(s: Session, event: Event) -> AppSetting | None:
    row = s.get(AppSetting, _APPLIED_KEY.format(event_id=event.id))
    if row is None or not isinstance(row.value, dict):
        return None
    if row.value.get("event_created") != event.created_at.isoformat():
        return None  # left over from a deleted event that had the same id
    return row


def applied_templates(s: Session, event_id: int) -> list[ChecklistTemplate]:
    """The templates applied to an event (speaker ones follow new speakers).

    Remembered by id (survives a rename) and by name (survives a re-import).
    """
    event = event_or_error(s, event_id)
    row = _applied_setting(s, event)
    if row is None:
        return []
    ids = [int(x) for x in row.value.get("template_ids", [])]
    names = [str(x) for x in row.value.get("templates", [])]
    found = s.scalars(
        select(ChecklistTemplate)
        .where(or_(ChecklistTemplate.id.in_(ids), ChecklistTemplate.name.in_(names)))
        .order_by(ChecklistTemplate.id)
    )
    return list(found)


def _remember_applied(s: Session, event: Event, t: ChecklistTemplate) -> None:
    key = _APPLIED_KEY.format(event_id=event.id)
    row = _applied_setting(s, event)
    old = row.value if row is not None else {}
    ids = [int(x) for x in old.get("template_ids", [])]
    names = [str(x) for x in old.get("templates", [])]
    if t.id not in ids:
        ids.append(t.id)
    if t.name not in names:
        names.append(t.name)
    value = {"event_created": event.created_at.isoformat(), "templates": names, "template_ids": ids}
    existing = s.get(AppSetting, key)
    if existing is None:
        s.add(AppSetting(key=key, value=value))
    else:
        existing.value = value
    s.flush()


def event_speakers(s: Session, event_id: int) -> list[Speaker]:
    """Everybody on the event's agenda, in running order, each once."""
    rows = s.execute(
        select(Speaker)
        .join(SessionSpeaker, SessionSpeaker.speaker_id == Speaker.id)
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.position, EventSession.starts_at, SessionSpeaker.position)
    ).scalars()
    seen: dict[int, Speaker] = {}
    for sp in rows:
        seen.setdefault(sp.id, sp)
    return list(seen.values())


def applies_to_speaker(category: str, remote: bool) -> bool:
    """Items in "Remote" are for remote speakers only, "On site" for those in the room."""
    folded = category.strip().casefold()
    if folded == REMOTE_CATEGORY.casefold():
        return remote
    if folded == ON_SITE_CATEGORY.casefold():
        return not remote
    return True


def _existing_keys(s: Session, event_id: int) -> set[tuple[int | None, int | None]]:
    rows = s.execute(
        select(ChecklistItem.template_item_id, ChecklistItem.speaker_id).where(
            ChecklistItem.event_id == event_id, ChecklistItem.template_item_id.is_not(None)
        )
    )
    return {(r[0], r[1]) for r in rows}


def next_position(s: Session, event_id: int) -> int:
    positions = list(
        s.scalars(select(ChecklistItem.position).where(ChecklistItem.event_id == event_id))
    )
    return (max(positions) + 1) if positions else 0


def _make_item(
    event: Event, t: ChecklistTemplate, it: TemplateItem, speaker_id: int | None, pos: int
) -> ChecklistItem:
    return ChecklistItem(
        event_id=event.id,
        speaker_id=speaker_id,
        template_item_id=it.id,
        template_name=t.name,
        position=pos,
        title=it.title,
        why=it.why,
        category=it.category,
        owner_role=it.owner_role,
        offset_minutes=it.offset_minutes,
        at_time=it.at_time,
        due_at=due_date(event.starts_at, event.timezone, it.offset_minutes, it.at_time),
    )


def apply_template(s: Session, event_id: int, template: int | str) -> list[ChecklistItem]:
    """Add a template's items to an event (once: applying again adds only what is new)."""
    event = event_or_error(s, event_id)
    t = get_template(s, template)
    if t.formats and event.format not in t.formats:
        allowed = ", ".join(t.formats)
        raise OrganiserError(
            f"The “{t.name}” checklist is for {allowed} events; this event is {event.format}."
        )
    have = _existing_keys(s, event.id)
    pos = next_position(s, event.id)
    added: list[ChecklistItem] = []
    if t.applies_to == "speaker":
        for sp in event_speakers(s, event.id):
            added.extend(_speaker_items(event, t, sp, have, pos + len(added)))
    else:
        for it in t.items:
            if (it.id, None) in have:
                continue
            added.append(_make_item(event, t, it, None, pos + len(added)))
    s.add_all(added)
    _remember_applied(s, event, t)
    s.flush()
    return added


def _speaker_items(
    event: Event,
    t: ChecklistTemplate,
    sp: Speaker,
    have: set[tuple[int | None, int | None]],
    pos: int,
) -> list[ChecklistItem]:
    out: list[ChecklistItem] = []
    for it in t.items:
        if (it.id, sp.id) in have or not applies_to_speaker(it.category, bool(sp.remote)):
            continue
        out.append(_make_item(event, t, it, sp.id, pos + len(out)))
    return out


def default_templates(s: Session, event_id: int) -> list[ChecklistTemplate]:
    """The shipped templates that fit the event's format (venue, stream ...)."""
    event = event_or_error(s, event_id)
    seed_builtin_templates(s)
    return [
        t for t in list_templates(s) if t.builtin and (not t.formats or event.format in t.formats)
    ]


def apply_default_templates(s: Session, event_id: int) -> list[ChecklistItem]:
    added: list[ChecklistItem] = []
    for t in default_templates(s, event_id):
        added.extend(apply_template(s, event_id, t.id))
    return added


def sync_speaker_items(s: Session, event_id: int) -> list[ChecklistItem]:
    """Give speakers new to the agenda the speaker checklists applied to the event.

    Items of speakers who left are not touched here: see
    :func:`speaker_items_for_removal`, which the GUI uses to ask what to do.
    """
    event = event_or_error(s, event_id)
    templates = [t for t in applied_templates(s, event.id) if t.applies_to == "speaker"]
    if not templates:
        return []
    have = _existing_keys(s, event.id)
    pos = next_position(s, event.id)
    added: list[ChecklistItem] = []
    for sp in event_speakers(s, event.id):
        for t in templates:
            added.extend(_speaker_items(event, t, sp, have, pos + len(added)))
    s.add_all(added)
    s.flush()
    return added


@dataclass(frozen=True)
class LeftSpeaker:
    """A speaker no longer on the agenda whose checklist items are still there."""

    speaker_id: int
    name: str
    open_items: int
    done_items: int


def speaker_items_for_removal(s: Session, event_id: int) -> list[LeftSpeaker]:
    event_or_error(s, event_id)
    current = {sp.id for sp in event_speakers(s, event_id)}
    counts: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for item in s.scalars(
        select(ChecklistItem).where(
            ChecklistItem.event_id == event_id, ChecklistItem.speaker_id.is_not(None)
        )
    ):
        sid = item.speaker_id
        assert sid is not None
        if sid in current:
            continue
        c = counts.setdefault(sid, [0, 0])
        c[1 if item.done_at else 0] += 1
        if sid not in names:
            names[sid] = item.speaker.name if item.speaker else f"speaker {sid}"
    return [LeftSpeaker(sid, names[sid], c[0], c[1]) for sid, c in sorted(counts.items())]


def remove_speaker_items(s: Session, event_id: int, speaker_id: int, action: str = "delete") -> int:
    """Deal with the items of a speaker who left the agenda.

    ``delete`` removes them; ``keep`` turns them into event items named after the
    speaker (so what was done stays on record and nobody is asked again).
    Returns how many items were affected.
    """
    event_or_error(s, event_id)
    if action not in ("delete", "keep"):
        raise ValidationError("action", "Choose to delete or keep the speaker's items.")
    items = list(
        s.scalars(
            select(ChecklistItem).where(
                ChecklistItem.event_id == event_id, ChecklistItem.speaker_id == speaker_id
            )
        )
    )
    if action == "delete":
        for item in items:
            s.delete(item)
    else:
        speaker = s.get(Speaker, speaker_id)
        name = speaker.name if speaker else f"Speaker {speaker_id}"
        for item in items:
            item.title = f"{name}: {item.title}"[:300]
            item.speaker_id = None
            item.template_item_id = None
    s.flush()
    return len(items)


def reschedule(s: Session, event_id: int) -> int:
    """Recompute the due dates of items not yet done after the event moved.

    One UPDATE with a CASE over the distinct offsets (a few dozen), however many
    items there are. Returns how many open dated items it covered.
    """
    event = event_or_error(s, event_id)
    s.flush()
    open_items = (
        ChecklistItem.event_id == event_id,
        ChecklistItem.done_at.is_(None),
        ChecklistItem.offset_minutes.is_not(None),
    )
    keys = s.execute(
        select(ChecklistItem.offset_minutes, ChecklistItem.at_time).where(*open_items).distinct()
    ).all()
    if not keys:
        return 0
    whens = []
    for minutes, at_time in keys:
        assert minutes is not None
        due = due_date(event.starts_at, event.timezone, minutes, at_time)
        same_time = (
            ChecklistItem.at_time.is_(None) if at_time is None else ChecklistItem.at_time == at_time
        )
        whens.append(
            (
                and_(ChecklistItem.offset_minutes == minutes, same_time),
                literal(due, ChecklistItem.due_at.type),
            )
        )
    result = s.execute(
        update(ChecklistItem)
        .where(*open_items)
        .values(due_at=case(*whens, else_=ChecklistItem.due_at))
        .execution_options(synchronize_session=False)
    )
    for obj in list(s.identity_map.values()):
        if isinstance(obj, ChecklistItem) and obj.event_id == event_id:
            s.expire(obj, ["due_at"])
    return int(getattr(result, "rowcount", 0) or 0)
