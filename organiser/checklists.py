"""Checklists from meetup practice: templates, dated items per event and per speaker.

Templates ship as JSON files in ``resources/checklists``; they are copied into the
database once (``builtin=True``) so organisers can edit them and share their own
as files. Applying a template to an event creates dated items; the due date is
computed from the event start in the event's own zone:

- a whole number of days moves by calendar days, keeping the wall-clock time
  ("-7 days" before an 18:30 start is 18:30 local a week earlier, even across a
  daylight-saving change);
- "at HH:MM" then sets the wall-clock time in the event's zone;
- hours and minutes are elapsed time ("-90 minutes").

Speaker templates (``applies_to="speaker"``) give every speaker of the event
their own items. In a speaker template, the category "Remote" is for remote
speakers only and "On site" for speakers in the room only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import and_, case, literal, or_, select, update
from sqlalchemy.orm import Session

from organiser import validation as v
from organiser.crud import get_or_error
from organiser.errors import OrganiserError, ValidationError
from organiser.models import (
    EVENT_FORMATS,
    TEMPLATE_SCOPES,
    AppSetting,
    ChecklistItem,
    ChecklistTemplate,
    Event,
    EventSession,
    SessionSpeaker,
    Speaker,
    TemplateItem,
)
from organiser.resources import resource_path
from organiser.timeutil import in_zone, now_utc, zone_abbrev

FILE_KIND = "meetup-organiser-checklist"
FILE_VERSION = 1
REMOTE_CATEGORY = "Remote"
ON_SITE_CATEGORY = "On site"
GROUPS = ("overdue", "this_week", "later", "done")
GROUP_LABELS = {
    "overdue": "Overdue",
    "this_week": "Due this week",
    "later": "Later",
    "done": "Done",
}
_DAY = 24 * 60
_MAX_OFFSET_DAYS = 366
_OFFSET_RE = re.compile(
    r"^\s*(?:(?P<num>[+-]?\s*\d+)\s*(?P<unit>weeks?|days?|hours?|h|minutes?|mins?|m)?)?"
    r"\s*(?:at\s+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?\s*$",
    re.IGNORECASE,
)
_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_APPLIED_KEY = "checklists.applied.{event_id}"


# -- where the shipped templates live ---------------------------------------------


def shipped_template_files() -> list[Path]:
    """The templates shipped in ``resources/checklists`` (also inside a frozen app)."""
    return sorted(resource_path("checklists").glob("*.json"))


# -- offsets ---------------------------------------------------------------------


def parse_offset(text: str, field: str = "offset") -> tuple[int, str | None]:
    """Read "-7 days", "-7 days at 18:00", "-2 hours", "+1 day", "0" into minutes + time.

    Returns ``(offset_minutes, at_time)``; a time of day only goes with whole days.
    """
    raw = v.clean_text(text)
    m = _OFFSET_RE.match(raw) if raw else None
    if m is None or (m.group("num") is None and m.group("hh") is None):
        raise ValidationError(
            field,
            f"“{raw}” is not an offset like “-7 days”, “-7 days at 18:00”, "
            "“-2 hours”, “-90 minutes” or “+1 day”.",
        )
    num = int((m.group("num") or "0").replace(" ", ""))
    unit = (m.group("unit") or "").lower()
    if unit.startswith("w"):
        minutes = num * 7 * _DAY
    elif unit.startswith("d"):
        minutes = num * _DAY
    elif unit.startswith("h"):
        minutes = num * 60
    elif unit.startswith("m"):
        minutes = num
    elif num == 0 or m.group("hh") is not None:
        minutes = num * _DAY  # "0", "at 08:00", "-1 at 09:00": days
    else:
        raise ValidationError(
            field, f"“{raw}”: say whether {num} is days, hours or minutes (e.g. “{num} days”)."
        )
    if abs(minutes) > _MAX_OFFSET_DAYS * _DAY:
        raise ValidationError(field, f"“{raw}” is more than a year from the event.")
    at_time = None
    if m.group("hh") is not None:
        if minutes % _DAY:
            raise ValidationError(
                field, f"“{raw}”: a time of day (“at HH:MM”) only goes with whole days."
            )
        at_time = check_time(f"{m.group('hh')}:{m.group('mm')}", field)
    return minutes, at_time


def check_time(text: str, field: str = "at_time") -> str:
    m = _TIME_RE.match(text or "")
    if not m or not (0 <= int(m.group(1)) <= 23 and 0 <= int(m.group(2)) <= 59):
        raise ValidationError(field, f"“{text}” is not a time of day like 18:00.")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def format_offset(minutes: int, at_time: str | None = None) -> str:
    """The inverse of :func:`parse_offset`, in the words a template file uses."""
    if minutes % _DAY == 0 and (minutes or at_time):
        days = minutes // _DAY
        text = "on the day" if days == 0 else f"{days:+d} day{'s' if abs(days) != 1 else ''}"
        if days == 0 and at_time:
            return f"0 days at {at_time}"
        return f"{text} at {at_time}" if at_time else text
    if minutes == 0:
        return "0 hours"
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours:+d} hour{'s' if abs(hours) != 1 else ''}"
    return f"{minutes:+d} minutes"


def describe_offset(minutes: int, at_time: str | None = None) -> str:
    """Plain words for a person: "7 days before, at 18:00", "the day after"."""
    if minutes % _DAY == 0 and (minutes or at_time):
        days = minutes // _DAY
        if days == 0:
            text = "on the day"
        elif days == -1:
            text = "the day before"
        elif days == 1:
            text = "the day after"
        else:
            text = f"{abs(days)} days {'before' if days < 0 else 'after'}"
        return f"{text}, at {at_time}" if at_time else text
    if minutes == 0:
        return "at the start"
    amount = abs(minutes)
    unit = (
        f"{amount // 60} hour{'s' if amount != 60 else ''}"
        if amount % 60 == 0
        else f"{amount} minutes"
    )
    return f"{unit} {'before' if minutes < 0 else 'after'} the start"


def due_date(start: DateTime, zone: str, offset_minutes: int, at_time: str | None) -> DateTime:
    """The due instant (UTC) of an item, computed on the event's wall clock."""
    loc = pendulum.instance(start).in_timezone(zone)
    if offset_minutes % _DAY == 0:
        day = loc.add(days=offset_minutes // _DAY)
    else:
        day = loc.add(minutes=offset_minutes)
    if at_time:
        hh, mm = (int(x) for x in at_time.split(":"))
        # A time skipped by a DST change lands just after the gap (pendulum's default).
        day = pendulum.datetime(day.year, day.month, day.day, hh, mm, tz=zone)
    result: DateTime = day.in_timezone("UTC")
    return result


# -- templates: files <-> data ----------------------------------------------------


@dataclass
class TemplateItemData:
    title: str
    why: str
    offset_minutes: int
    at_time: str | None
    category: str
    owner_role: str


@dataclass
class TemplateData:
    name: str
    description: str
    applies_to: str
    formats: list[str]
    items: list[TemplateItemData] = field(default_factory=list)


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool, limit: int) -> str:
    value = obj.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise OrganiserError(f"{where}: “{key}” must be text.")
    value = v.clean_text(value)
    if required and not value:
        raise OrganiserError(f"{where}: “{key}” is missing or empty.")
    if len(value) > limit:
        raise OrganiserError(f"{where}: “{key}” is longer than {limit} characters.")
    return value


def template_from_dict(data: Any, source: str = "The template") -> TemplateData:
    """Check a template read from a file and explain the first problem found."""
    if not isinstance(data, dict):
        raise OrganiserError(f"{source} is not a checklist template (expected a JSON object).")
    kind = data.get("kind", FILE_KIND)
    if kind != FILE_KIND:
        raise OrganiserError(f"{source} is not a Meetup Organiser checklist (kind “{kind}”).")
    version = data.get("version", FILE_VERSION)
    if not isinstance(version, int) or version > FILE_VERSION:
        raise OrganiserError(
            f"{source} was written by a newer version of Meetup Organiser (format {version})."
        )
    name = _text(data, "name", source, required=True, limit=200)
    description = _text(data, "description", source, required=False, limit=2000)
    applies_to = data.get("applies_to", "event")
    if applies_to not in TEMPLATE_SCOPES:
        raise OrganiserError(
            f"{source}: “applies_to” must be “event” or “speaker”, not “{applies_to}”."
        )
    formats = data.get("formats", [])
    if not isinstance(formats, list) or any(f not in EVENT_FORMATS for f in formats):
        raise OrganiserError(
            f"{source}: “formats” must be a list drawn from {', '.join(EVENT_FORMATS)} "
            "(empty for every format)."
        )
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise OrganiserError(f"{source}: “items” must be a non-empty list.")
    items: list[TemplateItemData] = []
    for i, raw in enumerate(raw_items, start=1):
        where = f"{source}, item {i}"
        if not isinstance(raw, dict):
            raise OrganiserError(f"{where} is not an object with a title, why and offset.")
        title = _text(raw, "title", where, required=True, limit=300)
        where = f"{source}, item {i} (“{title}”)"
        why = _text(raw, "why", where, required=True, limit=2000)
        offset = raw.get("offset")
        if not isinstance(offset, str | int) or isinstance(offset, bool):
            raise OrganiserError(f"{where}: “offset” is missing (e.g. “-7 days”).")
        try:
            minutes, at_time = parse_offset(f"{offset} days" if isinstance(offset, int) else offset)
        except ValidationError as exc:
            raise OrganiserError(f"{where}: {exc.message}") from exc
        category = _text(raw, "category", where, required=False, limit=50)
        owner = _text(raw, "owner", where, required=False, limit=50) or "organiser"
        items.append(TemplateItemData(title, why, minutes, at_time, category, owner))
    return TemplateData(name, description, applies_to, list(formats), items)


def template_to_dict(t: TemplateData) -> dict[str, Any]:
    return {
        "kind": FILE_KIND,
        "version": FILE_VERSION,
        "name": t.name,
        "description": t.description,
        "applies_to": t.applies_to,
        "formats": list(t.formats),
        "items": [
            {
                "title": it.title,
                "why": it.why,
                "offset": format_offset(it.offset_minutes, it.at_time),
                "category": it.category,
                "owner": it.owner_role,
            }
            for it in t.items
        ],
    }


def read_template_file(path: str | Path) -> TemplateData:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise OrganiserError(f"The file {path} does not exist.") from exc
    except OSError as exc:
        raise OrganiserError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise OrganiserError(f"{path.name} is not a UTF-8 text file.") from exc
    except json.JSONDecodeError as exc:
        raise OrganiserError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    return template_from_dict(data, path.name)


@lru_cache(maxsize=32)
def _read_shipped(path: Path, _mtime: int) -> TemplateData:
    """Shipped files are read once per change, not on every page refresh."""
    return read_template_file(path)


def _data_of(t: ChecklistTemplate) -> TemplateData:
    return TemplateData(
        t.name,
        t.description,
        t.applies_to,
        list(t.formats or []),
        [
            TemplateItemData(
                it.title, it.why, it.offset_minutes, it.at_time, it.category, it.owner_role
            )
            for it in t.items
        ],
    )


# -- templates in the database -------------------------------------------------------


def seed_builtin_templates(s: Session) -> list[ChecklistTemplate]:
    """Copy the shipped templates into the database once; edits made later are kept."""
    existing = set(s.scalars(select(ChecklistTemplate.name)))
    added = []
    for path in shipped_template_files():
        data = _read_shipped(path, path.stat().st_mtime_ns)
        if data.name in existing:
            continue
        added.append(_create_from_data(s, data, builtin=True))
        existing.add(data.name)
    if added:
        s.flush()
    return added


def _create_from_data(s: Session, data: TemplateData, *, builtin: bool) -> ChecklistTemplate:
    t = ChecklistTemplate(
        name=data.name,
        description=data.description,
        applies_to=data.applies_to,
        formats=list(data.formats),
        builtin=builtin,
    )
    for pos, it in enumerate(data.items):
        t.items.append(
            TemplateItem(
                position=pos,
                title=it.title,
                why=it.why,
                offset_minutes=it.offset_minutes,
                at_time=it.at_time,
                category=it.category,
                owner_role=it.owner_role,
            )
        )
    s.add(t)
    s.flush()
    return t


def list_templates(s: Session) -> list[ChecklistTemplate]:
    seed_builtin_templates(s)
    return list(s.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.id)))


def get_template(s: Session, template: int | str) -> ChecklistTemplate:
    if isinstance(template, int):
        return get_or_error(s, ChecklistTemplate, template, "checklist template")
    seed_builtin_templates(s)
    found = s.scalar(select(ChecklistTemplate).where(ChecklistTemplate.name == template))
    if found is None:
        names = ", ".join(f"“{n}”" for n in s.scalars(select(ChecklistTemplate.name)))
        raise OrganiserError(f"There is no checklist template named “{template}”. Known: {names}.")
    return found


def _unique_name(s: Session, name: str, template_id: int | None = None) -> str:
    name = v.required(name, "name", "The template name")
    other = s.scalar(select(ChecklistTemplate).where(ChecklistTemplate.name == name))
    if other is not None and other.id != template_id:
        raise ValidationError("name", f"A checklist template named “{name}” already exists.")
    return name


def create_template(
    s: Session,
    *,
    name: str,
    applies_to: str = "event",
    description: str = "",
    formats: Sequence[str] = (),
) -> ChecklistTemplate:
    t = ChecklistTemplate(
        name=_unique_name(s, name),
        applies_to=v.choice(applies_to, TEMPLATE_SCOPES, "applies_to", "Applies to"),
        description=v.clean_text(description),
        formats=[v.choice(f, EVENT_FORMATS, "formats", "Format") for f in formats],
        builtin=False,
    )
    s.add(t)
    s.flush()
    return t


def update_template(s: Session, template_id: int, **changes: Any) -> ChecklistTemplate:
    t = get_template(s, template_id)
    for key, value in changes.items():
        if key == "name":
            t.name = _unique_name(s, value, t.id)
        elif key == "description":
            t.description = v.clean_text(value)
        elif key == "applies_to":
            t.applies_to = v.choice(value, TEMPLATE_SCOPES, "applies_to", "Applies to")
        elif key == "formats":
            t.formats = [v.choice(f, EVENT_FORMATS, "formats", "Format") for f in value]
        else:
            raise TypeError(f"unknown template field {key}")
    s.flush()
    return t


def delete_template(s: Session, template_id: int) -> None:
    """Remove a template; items already on events stay (they keep their text and dates)."""
    s.delete(get_template(s, template_id))
    s.flush()


def _clean_item_fields(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "title":
            out[key] = v.required(value, "title", "The item title")
        elif key == "why":
            out[key] = v.clean_text(value)
        elif key == "offset":
            out["offset_minutes"], out["at_time"] = parse_offset(str(value))
        elif key == "offset_minutes":
            out[key] = int(value)
        elif key == "at_time":
            out[key] = check_time(value) if value else None
        elif key in ("category", "owner_role"):
            out[key] = v.clean_text(value)[:50]
        else:
            raise TypeError(f"unknown template item field {key}")
    return out


def add_template_item(
    s: Session,
    template_id: int,
    *,
    title: str,
    offset: str = "-7 days",
    why: str = "",
    category: str = "",
    owner_role: str = "organiser",
    index: int | None = None,
) -> TemplateItem:
    t = get_template(s, template_id)
    data = _clean_item_fields(
        {
            "title": title,
            "why": why,
            "offset": offset,
            "category": category,
            "owner_role": owner_role or "organiser",
        }
    )
    item = TemplateItem(**data)
    order = list(t.items)
    order.insert(len(order) if index is None else max(0, min(index, len(order))), item)
    t.items.append(item)
    for pos, it in enumerate(order):
        it.position = pos
    s.flush()
    t.items.sort(key=lambda x: x.position)
    return item


def update_template_item(s: Session, item_id: int, **changes: Any) -> TemplateItem:
    item = get_or_error(s, TemplateItem, item_id, "template item")
    for key, value in _clean_item_fields(changes).items():
        setattr(item, key, value)
    s.flush()
    return item


def remove_template_item(s: Session, item_id: int) -> None:
    item = get_or_error(s, TemplateItem, item_id, "template item")
    t = item.template
    t.items.remove(item)
    s.delete(item)
    for pos, it in enumerate(t.items):
        it.position = pos
    s.flush()


def move_template_item(s: Session, item_id: int, new_index: int) -> list[TemplateItem]:
    item = get_or_error(s, TemplateItem, item_id, "template item")
    t = item.template
    order = [x for x in t.items if x.id != item.id]
    order.insert(max(0, min(new_index, len(order))), item)
    for pos, it in enumerate(order):
        it.position = pos
    s.flush()
    t.items.sort(key=lambda x: x.position)
    return order


def export_template(s: Session, template_id: int, path: str | Path) -> Path:
    """Write a template as a JSON file another organiser can import."""
    t = get_template(s, template_id)
    path = Path(path)
    text = json.dumps(template_to_dict(_data_of(t)), ensure_ascii=False, indent=2) + "\n"
    from organiser.output import write_atomic

    write_atomic(path, text.encode("utf-8"))
    return path


def import_template(
    s: Session, path: str | Path, *, name: str | None = None, replace: bool = False
) -> ChecklistTemplate:
    """Add a template from a file; a template of the same name is replaced only if asked."""
    data = read_template_file(path)
    if name:
        data.name = v.required(name, "name", "The template name")
    existing = s.scalar(select(ChecklistTemplate).where(ChecklistTemplate.name == data.name))
    if existing is not None:
        if not replace:
            raise OrganiserError(
                f"A checklist template named “{data.name}” already exists; import it under "
                "another name or choose to replace it."
            )
        return _replace_in_place(s, existing, data)
    return _create_from_data(s, data, builtin=False)


def _replace_in_place(s: Session, t: ChecklistTemplate, data: TemplateData) -> ChecklistTemplate:
    """Give a template the file's contents, keeping the items that stay (same title).

    Items already applied to events point at template items; deleting and
    re-creating them would cut that link, and applying the template again would
    then add every item a second time.
    """
    t.description = data.description
    t.applies_to = data.applies_to
    t.formats = list(data.formats)
    t.builtin = False
    by_title: dict[str, list[TemplateItem]] = {}
    for old in sorted(t.items, key=lambda x: x.position):
        by_title.setdefault(old.title, []).append(old)
    kept: list[TemplateItem] = []
    for pos, it in enumerate(data.items):
        same = by_title.get(it.title)
        item = same.pop(0) if same else TemplateItem(title=it.title)
        item.position = pos
        item.why = it.why
        item.offset_minutes = it.offset_minutes
        item.at_time = it.at_time
        item.category = it.category
        item.owner_role = it.owner_role
        kept.append(item)
    for leftovers in by_title.values():
        for gone in leftovers:
            s.delete(gone)
    t.items[:] = kept
    s.flush()
    return t


# -- applying templates to events ------------------------------------------------------


def _event(s: Session, event_id: int) -> Event:
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
    event = _event(s, event_id)
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


def _next_position(s: Session, event_id: int) -> int:
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
    event = _event(s, event_id)
    t = get_template(s, template)
    if t.formats and event.format not in t.formats:
        allowed = ", ".join(t.formats)
        raise OrganiserError(
            f"The “{t.name}” checklist is for {allowed} events; this event is {event.format}."
        )
    have = _existing_keys(s, event.id)
    pos = _next_position(s, event.id)
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
    event = _event(s, event_id)
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
    event = _event(s, event_id)
    templates = [t for t in applied_templates(s, event.id) if t.applies_to == "speaker"]
    if not templates:
        return []
    have = _existing_keys(s, event.id)
    pos = _next_position(s, event.id)
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
    _event(s, event_id)
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
    _event(s, event_id)
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
    event = _event(s, event_id)
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


# -- working through the items -------------------------------------------------------


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
    )


def list_items(
    s: Session, event_id: int, *, assignee: str | None = None, speaker_id: int | None = None
) -> list[ItemRow]:
    """The event's items by due date; ``assignee=""`` means "nobody assigned"."""
    _event(s, event_id)
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


def group_of(row: ItemRow, now: DateTime) -> str:
    if row.done_at is not None:
        return "done"
    if row.due_at is None:
        return "later"
    if row.due_at < now:
        return "overdue"
    if row.due_at <= now.add(days=7):
        return "this_week"
    return "later"


def group_items(rows: Iterable[ItemRow], now: DateTime | None = None) -> dict[str, list[ItemRow]]:
    """Overdue, due within seven days, later, done: the order the page shows them in."""
    now = now or now_utc()
    groups: dict[str, list[ItemRow]] = {g: [] for g in GROUPS}
    for row in rows:
        groups[group_of(row, now)].append(row)
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


def update_item(s: Session, item_id: int, **changes: Any) -> ChecklistItem:
    """Change an item's assignee, note, title or due date."""
    item = _item(s, item_id)
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
    event = _event(s, event_id)
    minutes, at_time = parse_offset(offset) if offset else (None, None)
    if speaker_id is not None:
        get_or_error(s, Speaker, speaker_id, "speaker")
    item = ChecklistItem(
        event_id=event.id,
        speaker_id=speaker_id,
        position=_next_position(s, event.id),
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


# -- progress and readiness ------------------------------------------------------------


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


# -- the sample meetup -----------------------------------------------------------------

# Who does what in the demo team, by the owner roles of the shipped templates.
DEMO_TEAM = {
    "lead organiser": "Marco Bianchi",
    "comms lead": "Marco Bianchi",
    "venue lead": "Marco Bianchi",
    "speakers lead": "Priya Raman",
    "host": "Priya Raman",
    "stream lead": "Ana Silva",
    "volunteers lead": "Chiara Colombo",
    "sponsor lead": "Davide Gallo",
}


def fill_demo_checklist(s: Session, event_id: int) -> None:
    """Apply the shipped checklists and tick what a team two weeks out would have done.

    Real teams run a little late, so the latest event item and one speaker's last
    item that are already due stay open (the Overview then has something to show).
    """
    apply_default_templates(s, event_id)
    now = now_utc()
    items = list(
        s.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.event_id == event_id)
            .order_by(ChecklistItem.due_at, ChecklistItem.position)
        )
    )
    for item in items:
        item.assignee = DEMO_TEAM.get(item.owner_role, "")
    past = [i for i in items if i.due_at is not None and i.due_at < now]
    event_past = [i for i in past if i.speaker_id is None]
    speaker_past = [i for i in past if i.speaker_id is not None]
    left_open = {event_past[-1].id} if event_past else set()
    if speaker_past:
        last_speaker = speaker_past[-1].speaker_id
        left_open.add([i for i in speaker_past if i.speaker_id == last_speaker][-1].id)
    for item in past:
        if item.id in left_open:
            if item.speaker_id is None:
                item.note = "Half done; finishing it this week."
        elif item.due_at is not None:
            item.done_at = item.due_at.subtract(hours=20)
    s.flush()
