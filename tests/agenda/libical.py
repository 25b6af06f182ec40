"""libical (Debian's libical3) through ctypes: a third ICS reader the app does not use.

Only what the tests need: parse, read each VEVENT's summary and start/end as
UTC (libical resolves a TZID with the file's own VTIMEZONE), and run the iTIP
restriction check that reports ``Failed iTIP restrictions``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt


class IcalTime(ctypes.Structure):
    """``struct icaltimetype`` of libical 3."""

    _fields_ = [
        ("year", ctypes.c_int),
        ("month", ctypes.c_int),
        ("day", ctypes.c_int),
        ("hour", ctypes.c_int),
        ("minute", ctypes.c_int),
        ("second", ctypes.c_int),
        ("is_date", ctypes.c_int),
        ("is_daylight", ctypes.c_int),
        ("zone", ctypes.c_void_p),
    ]


def _load() -> ctypes.CDLL:
    name = ctypes.util.find_library("ical") or "libical.so.3"
    lib = ctypes.CDLL(name)  # OSError here: install libical3 (.ci/run does)
    sig = {
        "icalparser_parse_string": (ctypes.c_void_p, [ctypes.c_char_p]),
        "icalcomponent_string_to_kind": (ctypes.c_int, [ctypes.c_char_p]),
        "icalcomponent_get_first_component": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_int]),
        "icalcomponent_get_next_component": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_int]),
        "icalcomponent_get_dtstart": (IcalTime, [ctypes.c_void_p]),
        "icalcomponent_get_dtend": (IcalTime, [ctypes.c_void_p]),
        "icaltime_as_timet_with_zone": (ctypes.c_int64, [IcalTime, ctypes.c_void_p]),
        "icalcomponent_get_summary": (ctypes.c_char_p, [ctypes.c_void_p]),
        "icalrestriction_check": (ctypes.c_int, [ctypes.c_void_p]),
        "icalcomponent_as_ical_string": (ctypes.c_char_p, [ctypes.c_void_p]),
        "icalcomponent_free": (None, [ctypes.c_void_p]),
    }
    for fn, (res, args) in sig.items():
        f = getattr(lib, fn)
        f.restype, f.argtypes = res, args
    return lib


_LIB: ctypes.CDLL | None = None


def lib() -> ctypes.CDLL:
    global _LIB
    if _LIB is None:
        _LIB = _load()
    return _LIB


def _utc(t: IcalTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(lib().icaltime_as_timet_with_zone(t, t.zone), dt.UTC)


def events(data: bytes) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """(summary, start, end) of every VEVENT, instants in UTC, as libical reads them."""
    root = lib().icalparser_parse_string(data)
    assert root, "libical could not parse the file"
    try:
        kind = lib().icalcomponent_string_to_kind(b"VEVENT")
        out = []
        c = lib().icalcomponent_get_first_component(root, kind)
        while c:
            summary = lib().icalcomponent_get_summary(c).decode()
            start = lib().icalcomponent_get_dtstart(c)
            end = lib().icalcomponent_get_dtend(c)
            out.append((summary, _utc(start), _utc(end)))
            c = lib().icalcomponent_get_next_component(root, kind)
        return out
    finally:
        lib().icalcomponent_free(root)


def restriction_errors(data: bytes) -> list[str]:
    """The X-LIC-ERROR lines libical's iTIP restriction check adds; empty when it passes."""
    root = lib().icalparser_parse_string(data)
    assert root, "libical could not parse the file"
    try:
        passed = lib().icalrestriction_check(root)
        text = lib().icalcomponent_as_ical_string(root).decode()
        errors = [line for line in text.splitlines() if line.startswith("X-LIC-ERROR")]
        assert bool(passed) == (not errors)
        return errors
    finally:
        lib().icalcomponent_free(root)
