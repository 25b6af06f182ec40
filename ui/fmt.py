"""Showing instants in an event's zone, in the interface language.

The conversion and the zone names come from the core (organiser.timeutil);
this only picks the words (day and month names) of the current language.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pendulum import DateTime

_language = "en"


def set_language(code: str) -> None:
    global _language
    _language = code if code in ("en", "it", "de", "fr", "es") else "en"


def language() -> str:
    return _language


def when(dt: DateTime, zone: str, fmt: str = "ddd D MMM YYYY, HH:mm") -> str:
    """``Thu 10 Dec 2026, 18:30 CET``: always with the zone's short name."""
    return _when(dt, zone, fmt, _language)


@lru_cache(maxsize=4096)
def _when(dt: DateTime, zone: str, fmt: str, lang: str) -> str:
    # Remembered: a table asks for the same cells again and again (sorting, fitting
    # columns), and loading a zone for each costs about a millisecond.
    from organiser.timeutil import in_zone, zone_abbrev

    loc = in_zone(dt, zone)
    return f"{loc.format(fmt, locale=lang)} {zone_abbrev(loc)}"


def day(dt: DateTime, zone: str) -> str:
    from organiser.timeutil import in_zone

    return in_zone(dt, zone).format("D MMM YYYY", locale=_language)


def short_day(dt: DateTime, zone: str) -> str:
    from organiser.timeutil import in_zone

    return in_zone(dt, zone).format("D MMM", locale=_language)


def clock(dt: DateTime, zone: str) -> str:
    from organiser.timeutil import in_zone

    return in_zone(dt, zone).format("HH:mm", locale=_language)


def offset(zone: str, at: DateTime) -> str:
    from organiser.timeutil import in_zone, utc_offset_label

    return utc_offset_label(in_zone(at, zone))


def targ(text: str, *values: object) -> str:
    """Fill %1, %2 … in a translated string (PySide's tr() returns a plain str)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def stamp(dt: DateTime | None, zone: str) -> str:
    """A due or done time for lists (like ``checklists.format_when``), in the interface language."""
    return "" if dt is None else when(dt, zone, "ddd D MMM YYYY HH:mm")
