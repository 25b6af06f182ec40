"""Time zone helpers: every instant is aware; local times are checked for DST gaps."""

from __future__ import annotations

import re
from functools import lru_cache

import pendulum
from pendulum import DateTime

from organiser.errors import ValidationError

_LOCAL_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$")


@lru_cache(maxsize=1)
def all_zones() -> tuple[str, ...]:
    """IANA zone names known to this machine's tz database, sorted."""
    import zoneinfo

    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


def check_zone(name: str, field: str = "timezone") -> str:
    """Return the zone name if it is a real IANA zone, else raise a clear error."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(field, "Choose a time zone, for example Europe/Rome.")
    try:
        pendulum.timezone(name)
    except Exception as exc:
        raise ValidationError(
            field, f"“{name}” is not a known time zone; use a name like Europe/Rome."
        ) from exc
    return name


def now_utc() -> DateTime:
    return pendulum.now("UTC")


def local(
    zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0, field: str = "start"
) -> DateTime:
    """Build an aware datetime from a wall-clock time in ``zone``.

    A wall-clock time that does not exist (skipped by a DST change) is refused,
    because silently shifting it would move a talk by an hour.
    """
    check_zone(zone)
    if not 1900 <= year <= 2200:  # also keeps the UTC conversion inside datetime's range
        raise ValidationError(field, f"The year {year} is not a year a meetup can be planned in.")
    try:
        dt = pendulum.datetime(year, month, day, hour, minute, tz=zone)
    except ValueError as exc:
        raise ValidationError(
            field, f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d} is not a real date."
        ) from exc
    if (dt.year, dt.month, dt.day, dt.hour, dt.minute) != (year, month, day, hour, minute):
        raise ValidationError(
            field,
            f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d} does not exist in {zone}: "
            "the clocks skip that hour for daylight saving time.",
        )
    return dt


def parse_local(text: str, zone: str, field: str = "start") -> DateTime:
    """Parse ``YYYY-MM-DD HH:MM`` as a wall-clock time in ``zone``."""
    m = _LOCAL_RE.match(text or "")
    if not m:
        raise ValidationError(field, f"“{text}” is not a date and time like 2026-12-10 18:30.")
    y, mo, d, h, mi = (int(g) for g in m.groups())
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        raise ValidationError(field, f"“{text}” is not a real time of day.")
    return local(zone, y, mo, d, h, mi, field=field)


def to_utc(dt: DateTime) -> DateTime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime given to the core; attach a zone first")
    return pendulum.instance(dt).in_timezone("UTC")


def in_zone(dt: DateTime, zone: str) -> DateTime:
    return pendulum.instance(dt).in_timezone(zone)


def zone_abbrev(dt: DateTime) -> str:
    """Short label such as CET or EDT; falls back to the UTC offset."""
    abbr = dt.strftime("%Z")
    if not abbr or abbr[0] in "+-":
        return utc_offset_label(dt)
    return abbr


def utc_offset_label(dt: DateTime) -> str:
    off = dt.utcoffset()
    total = int(off.total_seconds()) if off is not None else 0
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"UTC{sign}{total // 3600:02d}:{(total % 3600) // 60:02d}"


def format_local(dt: DateTime, zone: str, fmt: str = "ddd D MMM YYYY, HH:mm") -> str:
    """Format an instant in ``zone`` and always name the zone."""
    loc = in_zone(dt, zone)
    return f"{loc.format(fmt)} {zone_abbrev(loc)} ({zone})"
