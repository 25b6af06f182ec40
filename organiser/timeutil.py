"""Time zone helpers: every instant is aware; local times are checked for DST gaps."""

from __future__ import annotations

import re
from functools import lru_cache

import pendulum
from pendulum import DateTime

from organiser.errors import ValidationError

_LOCAL_RE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?:\s+(earlier|later))?\s*$", re.I
)


@lru_cache(maxsize=1)
def all_zones() -> tuple[str, ...]:
    """IANA zone names known to this machine's tz database, sorted."""
    import zoneinfo

    return tuple(
        sorted(
            z
            for z in zoneinfo.available_timezones()
            if ("/" in z or z == "UTC") and not z.startswith(_NOT_IANA_PREFIXES)
        )
    )


# Files in the tz folder that are not zones a meetup can be in: "right/" zones
# count leap seconds (CEST in December), "posix/" duplicates, "posixrules",
# "Factory" (abbreviation "-00") and "localtime" (whatever this machine is set to).
_NOT_IANA_PREFIXES = ("right/", "posix/")
_NOT_IANA_NAMES = frozenset({"posixrules", "Factory", "localtime", "leapseconds"})


def is_canonical_zone(name: str) -> bool:
    """True for an IANA zone name a stored event may use (see ``all_zones``)."""
    return name in all_zones() and name not in _NOT_IANA_NAMES


def check_zone(name: str, field: str = "timezone") -> str:
    """Return the zone name if it is a real IANA zone, else raise a clear error."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(field, "Choose a time zone, for example Europe/Rome.")
    if not is_canonical_zone(name):
        raise ValidationError(
            field, f"“{name[:60]}” is not a known time zone; use a name like Europe/Rome."
        )
    try:
        pendulum.timezone(name)
    except Exception as exc:
        raise ValidationError(
            field, f"“{name[:60]}” is not a known time zone; use a name like Europe/Rome."
        ) from exc
    return name


def now_utc() -> DateTime:
    return pendulum.now("UTC")


def local(
    zone: str,
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    field: str = "start",
    *,
    fold: int | None = None,
) -> DateTime:
    """Build an aware datetime from a wall-clock time in ``zone``.

    A wall-clock time that does not exist (skipped by a DST change) is refused,
    because silently shifting it would move a talk by an hour. A time that
    happens twice (the repeated hour when the clocks go back) needs ``fold``:
    0 for the earlier one, 1 for the later; without it the user is asked.
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
    earlier = pendulum.datetime(year, month, day, hour, minute, tz=zone, fold=0)
    later = pendulum.datetime(year, month, day, hour, minute, tz=zone, fold=1)
    if later.utcoffset() != earlier.utcoffset():
        if fold is None:
            stamp = f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"
            raise ValidationError(
                field,
                f"{stamp} happens twice in {zone} (the clocks go back that night): "
                f"write “{stamp} earlier” ({zone_abbrev(earlier)}) or “{stamp} later” "
                f"({zone_abbrev(later)}).",
            )
        return later if fold else earlier
    return dt


def repeated_hour(
    zone: str, year: int, month: int, day: int, hour: int, minute: int
) -> tuple[str, str] | None:
    """The two readings of a wall-clock time that happens twice, as zone labels.

    (earlier, later), e.g. ("CEST", "CET") where the clocks go back over it;
    None when it happens once, does not exist, or the zone is not one.
    """
    try:
        check_zone(zone)
        earlier = pendulum.datetime(year, month, day, hour, minute, tz=zone, fold=0)
        later = pendulum.datetime(year, month, day, hour, minute, tz=zone, fold=1)
    except (ValidationError, ValueError):
        return None
    if later.utcoffset() == earlier.utcoffset():
        return None
    return zone_abbrev(earlier), zone_abbrev(later)


def is_later_reading(dt: DateTime, zone: str) -> bool:
    """Whether ``dt`` is the second time its wall clock is shown in ``zone``."""
    loc = in_zone(dt, zone)
    later = pendulum.datetime(loc.year, loc.month, loc.day, loc.hour, loc.minute, tz=zone, fold=1)
    earlier = pendulum.datetime(
        loc.year, loc.month, loc.day, loc.hour, loc.minute, tz=zone, fold=0
    )
    return later.utcoffset() != earlier.utcoffset() and loc.utcoffset() == later.utcoffset()


def parse_local(text: str, zone: str, field: str = "start") -> DateTime:
    """Parse ``YYYY-MM-DD HH:MM`` as a wall-clock time in ``zone``."""
    m = _LOCAL_RE.match(text or "")
    if not m:
        raise ValidationError(field, f"“{text}” is not a date and time like 2026-12-10 18:30.")
    y, mo, d, h, mi = (int(g) for g in m.groups()[:5])
    which = (m.group(6) or "").lower()
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        raise ValidationError(field, f"“{text}” is not a real time of day.")
    fold = {"earlier": 0, "later": 1}.get(which)
    return local(zone, y, mo, d, h, mi, field=field, fold=fold)


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
