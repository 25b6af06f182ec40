"""Event series: N events made from one, optionally rotating through time zones.

Each new event copies the venue, the stream links (never a key: keys live in
the keyring under the original link), a skeleton of the agenda (kinds, titles
of breaks and the like, durations, order; no speakers) and the checklists,
re-dated for its own start. Dates step on the source event's wall calendar;
each event's start is the chosen local time in its own zone on that date, so a
DST change in any zone keeps the local start time.

The events stay independent (edit, move or delete any of them) but share a
``series_id`` so the Overview can list the siblings with their attendance.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

import pendulum
from pendulum import Date, DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import checklists
from organiser.crud import get_or_error
from organiser.errors import ValidationError
from organiser.events import copy_event
from organiser.models import ChecklistItem, Event
from organiser.stats import going_and_checked_in
from organiser.timeutil import check_zone, local

MAX_COUNT = 52
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_EVERY_RE = re.compile(r"^\s*(\d+)\s*(w|m)\s*$", re.IGNORECASE)
_HM_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_NUMBER_RE = re.compile(r"#(\d+)\b")
# Sessions whose title is about the slot, not about who fills it, keep it.
_KEEP_TITLE = ("break", "networking", "intro")


@dataclass(frozen=True)
class Recurrence:
    """``weeks``/``months`` step, or the n-th weekday of each month (``nth`` -1: last)."""

    weeks: int = 0
    months: int = 0
    nth: int = 0
    weekday: int = 0  # 0 Monday .. 6 Sunday

    def label(self) -> str:
        if self.weeks:
            return "every week" if self.weeks == 1 else f"every {self.weeks} weeks"
        if self.nth:
            word = next(k for k, v in _ORDINALS.items() if v == self.nth)
            return f"the {word} {_WEEKDAYS[self.weekday].title()} of each month"
        return "every month" if self.months == 1 else f"every {self.months} months"


@dataclass(frozen=True)
class RotationStop:
    zone: str
    local_time: tuple[int, int] | None  # None: the series' local time


@dataclass(frozen=True)
class PlannedEvent:
    starts_at: DateTime  # aware, in ``zone``
    zone: str


@dataclass(frozen=True)
class Sibling:
    """One event of a series as the Overview lists it."""

    id: int
    title: str
    starts_at: DateTime
    timezone: str
    going: int
    checked_in: int
    current: bool


def parse_every(text: str) -> Recurrence:
    """``1w``, ``2w``, ``1m``, ``first thu``, ``last fri`` ..."""
    raw = (text or "").strip().lower()
    m = _EVERY_RE.match(raw)
    if m:
        n = int(m.group(1))
        if not 1 <= n <= 12:
            raise ValidationError("every", f"“{text}”: the step must be from 1 to 12.")
        return Recurrence(weeks=n) if m.group(2) == "w" else Recurrence(months=n)
    words = raw.split()
    if len(words) == 2 and words[0] in _ORDINALS and words[1][:3] in _WEEKDAYS:
        return Recurrence(nth=_ORDINALS[words[0]], weekday=_WEEKDAYS.index(words[1][:3]))
    raise ValidationError("every", f"“{text}” is not a repeat like 1w, 2w, 1m or “first thu”.")


def parse_local_time(text: str, field: str = "local_time") -> tuple[int, int]:
    m = _HM_RE.match(text or "")
    if not m or not (0 <= int(m.group(1)) <= 23 and 0 <= int(m.group(2)) <= 59):
        raise ValidationError(field, f"“{text}” is not a time of day like 18:30.")
    return int(m.group(1)), int(m.group(2))


def parse_rotation(text: str) -> list[RotationStop]:
    """``Europe/Rome=18:30,America/New_York=12:00,Asia/Kolkata`` (time optional per zone)."""
    stops: list[RotationStop] = []
    for raw in (text or "").split(","):
        part = raw.strip()
        if not part:
            continue
        zone, _, hm = part.partition("=")
        stops.append(
            RotationStop(
                check_zone(zone.strip(), "rotate_zones"),
                parse_local_time(hm, "rotate_zones") if hm.strip() else None,
            )
        )
    return stops


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> Date:
    first = pendulum.date(year, month, 1)
    if nth > 0:
        day = first.add(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day
    last = first.add(months=1).subtract(days=1)
    return last.subtract(days=(last.weekday() - weekday) % 7)


def series_dates(first: Date, every: Recurrence, count: int) -> list[Date]:
    """The ``count`` dates after ``first`` (``first`` itself is the source event)."""
    out: list[Date] = []
    for k in range(1, count + 1):
        if every.weeks:
            out.append(first.add(weeks=every.weeks * k))
        elif every.nth:
            month = pendulum.date(first.year, first.month, 1).add(months=k)
            out.append(_nth_weekday(month.year, month.month, every.nth, every.weekday))
        else:
            out.append(first.add(months=every.months * k))  # 31 Jan -> 28/29 Feb
    return out


def plan_series(
    start: DateTime,
    zone: str,
    every: Recurrence,
    count: int,
    rotation: Sequence[RotationStop] = (),
    local_time: tuple[int, int] | None = None,
) -> list[PlannedEvent]:
    """Where and when each new event starts; nothing is written."""
    if not 1 <= count <= MAX_COUNT:
        raise ValidationError("count", f"A series makes 1 to {MAX_COUNT} events at a time.")
    src = pendulum.instance(start).in_timezone(zone)
    default_time = local_time or (src.hour, src.minute)
    zones = [r.zone for r in rotation]
    at = zones.index(zone) if zone in zones else -1
    plans: list[PlannedEvent] = []
    for k, day in enumerate(series_dates(src.date(), every, count), start=1):
        if rotation:
            stop = rotation[(at + k) % len(rotation)]
            z, hm = stop.zone, stop.local_time or default_time
        else:
            z, hm = zone, default_time
        plans.append(
            PlannedEvent(
                local(z, day.year, day.month, day.day, hm[0], hm[1], field="local_time"), z
            )
        )
    return plans


def _numbered_title(title: str, k: int) -> str:
    """Number the k-th next one: ML Rome #42 -> ML Rome #43; other titles stay as they are."""
    m = _NUMBER_RE.search(title)
    if not m:
        return title
    return f"{title[: m.start(1)]}{int(m.group(1)) + k}{title[m.end(1) :]}"


def _copy_checklists(s: Session, src: Event, new: Event) -> None:
    """The same templates applied afresh (due dates for the new start) and own items copied."""
    for t in checklists.applied_templates(s, src.id):
        if t.formats and new.format not in t.formats:
            continue
        checklists.apply_template(s, new.id, t.id)
    own = s.scalars(
        select(ChecklistItem)
        .where(
            ChecklistItem.event_id == src.id,
            ChecklistItem.template_item_id.is_(None),
            ChecklistItem.speaker_id.is_(None),
        )
        .order_by(ChecklistItem.position, ChecklistItem.id)
    )
    for item in list(own):
        offset = (
            checklists.format_offset(item.offset_minutes, item.at_time)
            if item.offset_minutes is not None
            else None
        )
        checklists.add_item(
            s,
            new.id,
            title=item.title,
            offset=offset,
            why=item.why,
            category=item.category,
            owner_role=item.owner_role,
        )


def make_series(
    s: Session,
    event_id: int,
    *,
    every: Recurrence,
    count: int,
    rotation: Sequence[RotationStop] = (),
    local_time: tuple[int, int] | None = None,
) -> list[Event]:
    """Create ``count`` events after ``event_id``, all linked to it by one series id."""
    src = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    plans = plan_series(src.starts_at, src.timezone, every, count, rotation, local_time)
    if src.series_id is None:
        src.series_id = secrets.token_hex(8)
    made: list[Event] = []
    for k, plan in enumerate(plans, start=1):
        new = copy_event(s, src.id, starts_at=plan.starts_at, title=_numbered_title(src.title, k))
        new.timezone = plan.zone
        new.series_id = src.series_id
        new.status = "draft"
        for sess in new.sessions:
            sess.speakers.clear()  # delete-orphan: the links go, the speakers stay
            sess.abstract = ""
            if sess.kind not in _KEEP_TITLE:
                sess.title = f"{sess.kind.title()} (to be announced)"
        s.flush()
        _copy_checklists(s, src, new)
        made.append(new)
    s.flush()
    return made


def siblings(s: Session, event_id: int) -> list[Sibling]:
    """Every event of this event's series by start, with RSVPs going and people checked in."""
    event = get_or_error(s, Event, event_id, "event")
    if event.series_id is None:
        return []
    rows = s.execute(
        select(Event.id, Event.title, Event.starts_at, Event.timezone)
        .where(Event.series_id == event.series_id)
        .order_by(Event.starts_at, Event.id)
    ).all()
    if len(rows) < 2:
        return []  # the others were deleted: nothing to compare with
    ids = [r[0] for r in rows]
    counts = going_and_checked_in(s, ids)
    return [
        Sibling(
            id=eid,
            title=title,
            starts_at=start,
            timezone=zone,
            going=counts.get(eid, (0, 0))[0],
            checked_in=counts.get(eid, (0, 0))[1],
            current=eid == event_id,
        )
        for eid, title, start, zone in rows
    ]


__all__ = [
    "MAX_COUNT",
    "PlannedEvent",
    "Recurrence",
    "RotationStop",
    "Sibling",
    "make_series",
    "parse_every",
    "parse_local_time",
    "parse_rotation",
    "plan_series",
    "series_dates",
    "siblings",
]
