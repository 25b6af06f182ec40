"""Slot finder: which start time suits an audience spread over several time zones.

Every 15-minute UTC start on the given date is scored by the share of the
audience (zones with weights) for whom the whole session falls inside their
local window (08:00-22:00 by default). Local times come from the tz database
for that very date, so a date after a DST change scores differently.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pendulum
from pendulum import DateTime
from sqlalchemy.orm import Session

from organiser.errors import ValidationError
from organiser.timeutil import check_zone

STEP_MINUTES = 15
DEFAULT_WINDOW = (8 * 60, 22 * 60)
_HM_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


@dataclass(frozen=True)
class AudienceZone:
    """Part of the audience: an IANA zone and its weight (a head count or a share)."""

    zone: str
    weight: float


@dataclass(frozen=True)
class Slot:
    """One candidate start, with each zone's local start and whether it fits there."""

    utc_start: DateTime
    coverage_percent: float
    local_starts: tuple[DateTime, ...]
    fits: tuple[bool, ...]

    def utc_label(self) -> str:
        return self.utc_start.format("HH:mm")


def _hm(text: str, field: str) -> int:
    m = _HM_RE.match(text or "")
    if not m:
        raise ValidationError(field, f"“{text}” is not a time like 08:00.")
    h, mi = int(m.group(1)), int(m.group(2))
    if not (0 <= h <= 24 and 0 <= mi <= 59) or (h == 24 and mi):
        raise ValidationError(field, f"“{text}” is not a real time of day.")
    return h * 60 + mi


def parse_window(text: str) -> tuple[int, int]:
    """``08:00-22:00`` -> minutes after local midnight (``24:00`` is allowed as an end)."""
    parts = (text or "").split("-")
    if len(parts) != 2:
        raise ValidationError("window", f"“{text}” is not a window like 08:00-22:00.")
    start, end = _hm(parts[0], "window"), _hm(parts[1], "window")
    if end <= start:
        raise ValidationError("window", f"The window “{text}” must end after it starts.")
    return start, end


def parse_date(text: str) -> pendulum.Date:
    m = _DATE_RE.match(text or "")
    if not m:
        raise ValidationError("date", f"“{text}” is not a date like 2027-01-20.")
    try:
        return pendulum.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ValidationError("date", f"“{text}” is not a real date.") from exc


def parse_audience(text: str) -> list[AudienceZone]:
    """``Europe/Rome:50,America/New_York:30`` -> zones with weights (weight 1 if left out)."""
    zones: list[AudienceZone] = []
    seen: set[str] = set()
    for raw in (text or "").split(","):
        part = raw.strip()
        if not part:
            continue
        name, _, weight_text = part.partition(":")
        zone = check_zone(name.strip(), "zones")
        try:
            weight = float(weight_text) if weight_text.strip() else 1.0
        except ValueError as exc:
            raise ValidationError(
                "zones", f"“{weight_text}” is not a weight; write {zone}:30."
            ) from exc
        if weight < 0 or weight != weight or weight == float("inf"):
            raise ValidationError("zones", f"The weight of {zone} must be zero or more.")
        if zone in seen:
            raise ValidationError("zones", f"{zone} is listed twice.")
        seen.add(zone)
        zones.append(AudienceZone(zone, weight))
    if not zones:
        raise ValidationError("zones", "Give at least one audience zone, e.g. Europe/Rome:50.")
    if sum(z.weight for z in zones) <= 0:
        raise ValidationError("zones", "At least one zone needs a weight above zero.")
    return zones


def fits_window(start: DateTime, duration_minutes: int, zone: str, window: tuple[int, int]) -> bool:
    """True when the whole session, seen in ``zone``, lies inside the local window."""
    loc_start = start.in_timezone(zone)
    loc_end = start.add(minutes=duration_minutes).in_timezone(zone)
    begin = loc_start.hour * 60 + loc_start.minute
    days = (loc_end.date() - loc_start.date()).days
    end = days * 1440 + loc_end.hour * 60 + loc_end.minute
    return window[0] <= begin and end <= window[1]


def find_slots(
    audience: Sequence[AudienceZone],
    duration_minutes: int,
    date: pendulum.Date,
    window: tuple[int, int] = DEFAULT_WINDOW,
    step_minutes: int = STEP_MINUTES,
) -> list[Slot]:
    """Every start on ``date`` (UTC, every ``step_minutes``), in order of the day."""
    if not 1 <= duration_minutes <= 24 * 60:
        raise ValidationError("duration", "The duration must be between 1 and 1440 minutes.")
    if not audience:
        raise ValidationError("zones", "Give at least one audience zone, e.g. Europe/Rome:50.")
    total = sum(z.weight for z in audience)
    if total <= 0:
        raise ValidationError("zones", "At least one zone needs a weight above zero.")
    day = pendulum.datetime(date.year, date.month, date.day, tz="UTC")
    slots: list[Slot] = []
    for minute in range(0, 24 * 60, step_minutes):
        start = day.add(minutes=minute)
        fits = tuple(fits_window(start, duration_minutes, z.zone, window) for z in audience)
        covered = sum(z.weight for z, ok in zip(audience, fits, strict=True) if ok)
        slots.append(
            Slot(
                utc_start=start,
                coverage_percent=100.0 * covered / total,
                local_starts=tuple(start.in_timezone(z.zone) for z in audience),
                fits=fits,
            )
        )
    return slots


def rank_slots(slots: Sequence[Slot]) -> list[Slot]:
    """Best first: highest coverage, then earliest UTC start (a stable, predictable order)."""
    return sorted(slots, key=lambda x: (-round(x.coverage_percent, 6), x.utc_start))


def percent_label(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def local_label(local: DateTime, date: pendulum.Date) -> str:
    """``HH:MM``, with ``+1``/``-1`` when the local day is not the UTC date asked for."""
    days = (local.date() - date).days
    return local.format("HH:mm") + (f"{days:+d}" if days else "")


def slots_csv(audience: Sequence[AudienceZone], ranked: Sequence[Slot], date: pendulum.Date) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["utc_start", "coverage_percent", *(z.zone for z in audience)])
    for slot in ranked:
        w.writerow(
            [
                slot.utc_label(),
                percent_label(slot.coverage_percent),
                *(local_label(x, date) for x in slot.local_starts),
            ]
        )
    return buf.getvalue()


def slots_text(
    audience: Sequence[AudienceZone],
    ranked: Sequence[Slot],
    date: pendulum.Date,
    limit: int = 10,
) -> str:
    """The best ``limit`` starts as an aligned table, each local time with its zone label."""
    lines = [f"Best start times on {date.isoformat()} (UTC), best first:"]
    for slot in ranked[:limit]:
        locs = "  ".join(
            f"{z.zone.split('/')[-1].replace('_', ' ')} {local_label(x, date)}{'' if ok else ' ✗'}"
            for z, x, ok in zip(audience, slot.local_starts, slot.fits, strict=True)
        )
        lines.append(f"{slot.utc_label()} UTC  {percent_label(slot.coverage_percent):>5} %  {locs}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class EventDefaults:
    """What the slot finder starts from for an event: its zones, length and (UTC) date."""

    audience: tuple[AudienceZone, ...]
    duration_minutes: int
    date: pendulum.Date

    def audience_text(self) -> str:
        return ", ".join(f"{z.zone}:{z.weight:g}" for z in self.audience)


def event_defaults(s: Session, event_id: int) -> EventDefaults:
    """The event's own zone and its viewer zones (weight 1 each), its length, its UTC date."""
    from organiser.events import get_event

    ev = get_event(s, event_id)
    zones = [ev.timezone, *[z for z in (ev.viewer_zones or []) if z != ev.timezone]]
    minutes = int((ev.ends_at - ev.starts_at).total_seconds() // 60)
    return EventDefaults(
        audience=tuple(AudienceZone(z, 1.0) for z in zones),
        duration_minutes=max(STEP_MINUTES, min(minutes, 24 * 60)),
        date=ev.starts_at.in_timezone("UTC").date(),
    )
