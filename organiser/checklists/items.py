"""Working through an event's checklist: listing, grouping, ticking, progress, readiness."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import validation as v
from organiser.checklists.apply import event_or_error, event_speakers, next_position
from organiser.checklists.templates import due_date, parse_offset
from organiser.crud import check_version, get_or_error
from organiser.errors import ValidationError
from organiser.i18n import N_
from organiser.models import (
    ChecklistItem,
    Speaker,
    TemplateItem,
)
from organiser.timeutil import in_zone, now_utc, zone_abbrev

GROUPS = ("overdue", "late_start", "this_week", "later", "done")


GROUP_LABELS = {
    "overdue": N_("Overdue"),
    "late_start": N_("Late start (already past due when planning began)"),
    "this_week": N_("Due this week"),
    "later": N_("Later"),
    "done": N_("Done"),
}


@dataclass(frozen=True)
class ItemRow:
    """One checklist item as the pages and the CLI show it."""

    id: int
    title: str
    why: str
    category: str
    owner_role: str
    template_name: str
    speaker_id: int | None
    speaker_name: str
    speaker_remote: bool
    due_at: DateTime | None
    done_at: DateTime | None
    assignee: str
    note: str
    version: int | None = None  # the item's version when read (team mode)

    @property
    def done(self) -> bool:
        return self.done_at is not None


def _row(item: ChecklistItem, speakers: dict[int, Speaker]) -> ItemRow:
    sp = speakers.get(item.speaker_id) if item.speaker_id is not None else None
    return ItemRow(
        id=item.id,
        title=item.title,
        why=item.why,
        category=item.category,
        owner_role=item.owner_role,
        template_name=item.template_name,
        speaker_id=item.speaker_id,
        speaker_name=sp.name if sp else "",
        speaker_remote=bool(sp.remote) if sp else False,
        due_at=item.due_at,
        done_at=item.done_at,
        assignee=item.assignee,
        note=item.note,
        version=item.version,
    )


def list_items(
    s: Session, event_id: int, *, assignee: str | None = None, speaker_id: int | None = None
) -> list[ItemRow]:
    """The event's items by due date; ``assignee=""`` means "nobody assigned"."""
    event_or_error(s, event_id)
    q = select(ChecklistItem).where(ChecklistItem.event_id == event_id)
    if assignee is not None:
        q = q.where(ChecklistItem.assignee == assignee)
    if speaker_id is not None:
        q = q.where(ChecklistItem.speaker_id == speaker_id)
    items = list(s.scalars(q))
    ids = {i.speaker_id for i in items if i.speaker_id is not None}
    speakers = (
        {sp.id: sp for sp in s.scalars(select(Speaker).where(Speaker.id.in_(ids)))} if ids else {}
    )
    far = pendulum.datetime(9999, 1, 1, tz="UTC")
    items.sort(key=lambda i: (i.due_at or far, i.speaker_id or 0, i.position, i.id))
    return [_row(i, speakers) for i in items]


def assignees(s: Session, event_id: int) -> list[str]:
    names = s.scalars(
        select(ChecklistItem.assignee)
        .where(ChecklistItem.event_id == event_id, ChecklistItem.assignee != "")
        .distinct()
    )
    return sorted(set(names), key=str.casefold)


def group_of(row: ItemRow, now: DateTime, started: DateTime | None = None) -> str:
    """The item's group; ``started`` is when planning began (the event's creation).

    An open item that was already past due when planning began is a "late start":
    it was never missed, so it is not shown with the overdue ones.
    """
    if row.done_at is not None:
        return "done"
    if row.due_at is None:
        return "later"
    if row.due_at < now:
        if started is not None and row.due_at < started:
            return "late_start"
        return "overdue"
    if row.due_at <= now.add(days=7):
        return "this_week"
    return "later"


def group_items(
    rows: Iterable[ItemRow], now: DateTime | None = None, started: DateTime | None = None
) -> dict[str, list[ItemRow]]:
    """Overdue, late start, due within seven days, later, done: the order the page shows.

    Without ``started`` nothing is a late start (every past-due item is overdue).
    """
    now = now or now_utc()
    groups: dict[str, list[ItemRow]] = {g: [] for g in GROUPS}
    for row in rows:
        groups[group_of(row, now, started)].append(row)
    return groups


def _item(s: Session, item_id: int) -> ChecklistItem:
    return get_or_error(s, ChecklistItem, item_id, "checklist item")


def set_done(
    s: Session, item_id: int, done: bool = True, at: DateTime | None = None
) -> ChecklistItem:
    """Tick (with the time it was done) or untick an item."""
    item = _item(s, item_id)
    if done:
        if item.done_at is None or at is not None:
            item.done_at = pendulum.instance(at).in_timezone("UTC") if at else now_utc()
    else:
        item.done_at = None
        event = item.event
        if item.offset_minutes is not None:
            item.due_at = due_date(
                event.starts_at, event.timezone, item.offset_minutes, item.at_time
            )
    s.flush()
    return item


def set_done_many(s: Session, event_id: int, done_at: Mapping[int, DateTime]) -> int:
    """Tick many of the event's items at once, each with the time it was done."""
    event_or_error(s, event_id)
    if not done_at:
        return 0
    items = s.scalars(
        select(ChecklistItem).where(
            ChecklistItem.event_id == event_id, ChecklistItem.id.in_(list(done_at))
        )
    )
    count = 0
    for item in items:
        item.done_at = pendulum.instance(done_at[item.id]).in_timezone("UTC")
        count += 1
    s.flush()
    return count


def assign_team(s: Session, event_id: int, team: Mapping[str, str]) -> int:
    """Give each item of the event to the person holding its owner role (role -> name)."""
    event_or_error(s, event_id)
    names = {role: v.clean_text(name)[:200] for role, name in team.items()}
    count = 0
    for item in s.scalars(select(ChecklistItem).where(ChecklistItem.event_id == event_id)):
        name = names.get(item.owner_role)
        if name is not None and item.assignee != name:
            item.assignee = name
            count += 1
    s.flush()
    return count


def update_item(
    s: Session, item_id: int, *, expected_version: int | None = None, **changes: Any
) -> ChecklistItem:
    """Change an item's assignee, note, title or due date."""
    item = _item(s, item_id)
    check_version(item, expected_version, "checklist item", dict(changes))
    for key, value in changes.items():
        if key == "assignee":
            item.assignee = v.clean_text(value)[:200]
        elif key == "note":
            item.note = v.clean_text(value)
        elif key == "title":
            item.title = v.required(value, "title", "The item title")
        elif key == "due_at":
            if value is None:
                item.due_at = None
            elif not isinstance(value, DateTime) or value.tzinfo is None:
                raise ValidationError("due_at", "Give the due date with its time zone.")
            else:
                item.due_at = pendulum.instance(value).in_timezone("UTC")
            item.offset_minutes = None  # a hand-set date no longer follows the event
            item.at_time = None
        else:
            raise TypeError(f"unknown checklist item field {key}")
    s.flush()
    return item


def add_item(
    s: Session,
    event_id: int,
    *,
    title: str,
    offset: str | None = None,
    why: str = "",
    category: str = "",
    owner_role: str = "organiser",
    speaker_id: int | None = None,
) -> ChecklistItem:
    """An organiser's own item for this event only."""
    event = event_or_error(s, event_id)
    minutes, at_time = parse_offset(offset) if offset else (None, None)
    if speaker_id is not None:
        get_or_error(s, Speaker, speaker_id, "speaker")
    item = ChecklistItem(
        event_id=event.id,
        speaker_id=speaker_id,
        position=next_position(s, event.id),
        title=v.required(title, "title", "The item title"),
        why=v.clean_text(why),
        category=v.clean_text(category)[:50],
        owner_role=v.clean_text(owner_role)[:50] or "organiser",
        offset_minutes=minutes,
        at_time=at_time,
        due_at=(
            due_date(event.starts_at, event.timezone, minutes, at_time)
            if minutes is not None
            else None
        ),
    )
    s.add(item)
    s.flush()
    return item


def delete_item(s: Session, item_id: int) -> None:
    s.delete(_item(s, item_id))
    s.flush()


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass(frozen=True)
class SpeakerProgress:
    speaker_id: int
    name: str
    remote: bool
    progress: Progress


def progress(s: Session, event_id: int) -> Progress:
    rows = list_items(s, event_id)
    return Progress(sum(1 for r in rows if r.done), len(rows))


def speaker_progress(
    s: Session, event_id: int, rows: Sequence[ItemRow] | None = None
) -> list[SpeakerProgress]:
    """Per speaker on the agenda, in running order (speakers without items show 0 of 0)."""
    if rows is None:
        rows = list_items(s, event_id)
    rows = [r for r in rows if r.speaker_id is not None]
    out = []
    for sp in event_speakers(s, event_id):
        mine = [r for r in rows if r.speaker_id == sp.id]
        out.append(
            SpeakerProgress(
                sp.id, sp.name, bool(sp.remote), Progress(sum(r.done for r in mine), len(mine))
            )
        )
    return out


@dataclass(frozen=True)
class Readiness:
    """Speakers × speaker items: True done, False open, None not for this speaker."""

    columns: list[str]
    rows: list[tuple[SpeakerProgress, list[bool | None]]]


def speaker_readiness(s: Session, event_id: int) -> Readiness:
    items = [r for r in list_items(s, event_id) if r.speaker_id is not None]
    order: dict[str, tuple[int, int]] = {}
    for title, tpos, ipos in s.execute(
        select(ChecklistItem.title, TemplateItem.position, ChecklistItem.position)
        .outerjoin(TemplateItem, TemplateItem.id == ChecklistItem.template_item_id)
        .where(ChecklistItem.event_id == event_id, ChecklistItem.speaker_id.is_not(None))
    ):
        key = (999 if tpos is None else tpos, ipos)
        if title not in order or key < order[title]:
            order[title] = key
    columns = sorted(order, key=lambda title: order[title])
    grid = []
    for sp in speaker_progress(s, event_id, items):
        cells: list[bool | None] = []
        mine = {r.title: r.done for r in items if r.speaker_id == sp.speaker_id}
        for col in columns:
            cells.append(mine.get(col))
        grid.append((sp, cells))
    return Readiness(columns, grid)


def next_due(s: Session, event_id: int, n: int = 5) -> list[ItemRow]:
    """The ``n`` open items due soonest (overdue ones first), for the Overview."""
    rows = [r for r in list_items(s, event_id) if not r.done and r.due_at is not None]
    return rows[: max(0, n)]


def missing_for_speaker(s: Session, event_id: int, speaker_id: int) -> list[ItemRow]:
    """What is still open on one speaker's checklist, soonest first."""
    return [r for r in list_items(s, event_id, speaker_id=speaker_id) if not r.done]


def format_when(instant: DateTime | None, zone: str) -> str:
    """A due or done time for lists: "Thu 3 Dec 2026 18:30 CET" in the event's zone."""
    if instant is None:
        return ""
    loc = in_zone(instant, zone)
    return f"{loc.format('ddd D MMM YYYY HH:mm')} {zone_abbrev(loc)}"
