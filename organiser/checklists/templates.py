"""Checklist templates: due-date offsets, the JSON file format, templates in the database.

Templates ship as JSON files in ``resources/checklists``; they are copied into the
database once (``builtin=True``) so organisers can edit them and share their own
as files. An item's due date is computed from the event start in the event's own
zone:

- a whole number of days moves by calendar days, keeping the wall-clock time
  ("-7 days" before an 18:30 start is 18:30 local a week earlier, even across a
  daylight-saving change);
- "at HH:MM" then sets the wall-clock time in the event's zone;
- hours and minutes are elapsed time ("-90 minutes").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from organiser import validation as v
from organiser.crud import check_version, conflict_error, get_or_error
from organiser.errors import OrganiserError, ValidationError
from organiser.models import (
    EVENT_FORMATS,
    TEMPLATE_SCOPES,
    ChecklistTemplate,
    TemplateItem,
)
from organiser.resources import resource_path

FILE_KIND = "meetup-organiser-checklist"


FILE_VERSION = 1


REMOTE_CATEGORY = "Remote"


ON_SITE_CATEGORY = "On site"


_DAY = 24 * 60


_MAX_OFFSET_DAYS = 366


_OFFSET_RE = re.compile(
    r"^\s*(?:(?P<num>[+-]?\s*\d+)\s*(?P<unit>weeks?|days?|hours?|h|minutes?|mins?|m)?)?"
    r"\s*(?:at\s+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?\s*$",
    re.IGNORECASE,
)


_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


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


def template_data(t: ChecklistTemplate) -> TemplateData:
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


def update_template(
    s: Session, template_id: int, *, expected_version: int | None = None, **changes: Any
) -> ChecklistTemplate:
    t = get_template(s, template_id)
    check_version(t, expected_version, "checklist template", dict(changes))
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
    expected_version: int | None = None,
) -> TemplateItem:
    t = get_template(s, template_id)
    check_version(t, expected_version, "checklist template", {})
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
    _touch(t)
    s.flush()
    t.items.sort(key=lambda x: x.position)
    return item


def _touch(t: ChecklistTemplate) -> None:
    """An item change is a change of its template: its version moves on (team mode).

    The template and its items are edited as one document; the UPDATE of the
    template row carries the version check, so two laptops editing the same
    template at once cannot both win.
    """
    flag_modified(t, "name")


def _check_item_version(
    t: ChecklistTemplate, item: TemplateItem | None, expected: int | None, mine: dict[str, Any]
) -> None:
    """Refuse an item change based on an older version of its template, with both values."""
    if expected is None or t.version == expected:
        return
    theirs: dict[str, Any] = {}
    if item is not None:
        for key in mine:
            if key == "offset":
                theirs[key] = format_offset(item.offset_minutes, item.at_time)
            elif hasattr(item, key):
                theirs[key] = getattr(item, key)
    raise conflict_error("checklist template", t.version, expected, dict(mine), theirs)


def update_template_item(
    s: Session, item_id: int, *, expected_version: int | None = None, **changes: Any
) -> TemplateItem:
    """Change one item; ``expected_version`` is its template's version the editor read."""
    item = get_or_error(s, TemplateItem, item_id, "template item")
    _check_item_version(item.template, item, expected_version, changes)
    for key, value in _clean_item_fields(changes).items():
        setattr(item, key, value)
    _touch(item.template)
    s.flush()
    return item


def remove_template_item(
    s: Session, item_id: int, *, expected_version: int | None = None
) -> None:
    item = get_or_error(s, TemplateItem, item_id, "template item")
    t = item.template
    check_version(t, expected_version, "checklist template", {})
    t.items.remove(item)
    s.delete(item)
    for pos, it in enumerate(t.items):
        it.position = pos
    _touch(t)
    s.flush()


def move_template_item(
    s: Session, item_id: int, new_index: int, *, expected_version: int | None = None
) -> list[TemplateItem]:
    item = get_or_error(s, TemplateItem, item_id, "template item")
    t = item.template
    check_version(t, expected_version, "checklist template", {})
    order = [x for x in t.items if x.id != item.id]
    order.insert(max(0, min(new_index, len(order))), item)
    for pos, it in enumerate(order):
        it.position = pos
    _touch(t)
    s.flush()
    t.items.sort(key=lambda x: x.position)
    return order


def export_template(s: Session, template_id: int, path: str | Path) -> Path:
    """Write a template as a JSON file another organiser can import."""
    t = get_template(s, template_id)
    path = Path(path)
    text = json.dumps(template_to_dict(template_data(t)), ensure_ascii=False, indent=2) + "\n"
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
