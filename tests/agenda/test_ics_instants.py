"""The instants an ICS file promises, checked without a database (fast: mutation runs).

Expected values are written out by hand from the published rules (EU: last
Sunday of March/October at 01:00 UTC; US: second Sunday of March, first of
November at 02:00 local) or taken from pytz's own transition table, a reader
of the tz database independent of zoneinfo and of the code under test.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import pytz

from organiser.calendar import _at, _one_line, transitions, vtimezone

UTC = dt.UTC


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _text(component) -> list[str]:
    return component.to_ical().decode().replace("\r\n ", "").split("\r\n")


def _parts(component) -> list[dict[str, str]]:
    """Each STANDARD/DAYLIGHT block as {"KIND": ..., "DTSTART": ..., ...} read from text."""
    out: list[dict[str, str]] = []
    for line in _text(component):
        if line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            out.append({"KIND": line[6:]})
        elif out and ":" in line and not line.startswith(("END:", "BEGIN:")):
            key, value = line.split(":", 1)
            out[-1].setdefault(key, value)
    return out


# -- one instant, one reading ----------------------------------------------------------


def test_a_plain_evening_is_written_on_the_zone_wall_clock():
    got = _at(utc(2027, 7, 1, 16, 30), "Europe/Rome")
    assert (got.hour, got.minute) == (18, 30)
    assert got.utcoffset() == dt.timedelta(hours=2)
    assert str(got.tzinfo) == "Europe/Rome"


@pytest.mark.parametrize("minute_utc", [0, 30, 59])
def test_the_first_pass_of_the_repeated_hour_is_written_in_utc(minute_utc):
    # Rome 31 Oct 2027: 02:00-03:00 runs twice; 00:xx UTC is the first (CEST) pass
    got = _at(utc(2027, 10, 31, 0, minute_utc), "Europe/Rome")
    assert got.tzinfo == UTC
    assert got == utc(2027, 10, 31, 0, minute_utc)


def test_the_second_pass_of_the_repeated_hour_is_written_in_utc_too():
    got = _at(utc(2027, 10, 31, 1, 15), "Europe/Rome")
    assert got.tzinfo == UTC
    assert (got.hour, got.minute) == (1, 15)


@pytest.mark.parametrize(
    "instant, wall",
    [
        (utc(2027, 10, 30, 23, 59), (1, 59)),  # just before the repeated hour
        (utc(2027, 10, 31, 2, 0), (3, 0)),  # just after it
        (utc(2027, 3, 28, 1, 0), (3, 0)),  # spring: 02:00 is skipped, 03:00 CEST
    ],
)
def test_either_side_of_a_change_stays_on_the_wall_clock(instant, wall):
    got = _at(instant, "Europe/Rome")
    assert str(got.tzinfo) == "Europe/Rome"
    assert (got.hour, got.minute) == wall
    assert got == instant


def test_one_line_joins_lines_and_runs_of_spaces():
    assert _one_line("Rust\nnight  at\tthe\r\nhub ") == "Rust night at the hub"


# -- the zone's changes ----------------------------------------------------------------


def test_rome_changes_at_one_in_the_morning_utc_on_the_last_sundays():
    got = transitions("Europe/Rome", utc(2027, 1, 15), utc(2027, 12, 31))
    assert got == [utc(2026, 10, 25, 1), utc(2027, 3, 28, 1), utc(2027, 10, 31, 1)]


def test_new_york_changes_at_two_local_on_its_own_sundays():
    got = transitions("America/New_York", utc(2027, 2, 1), utc(2027, 12, 1))
    # 7 Nov 2026 02:00 EDT = 06:00 UTC; 14 Mar 2027 02:00 EST = 07:00 UTC; 7 Nov 2027
    assert got == [utc(2026, 11, 1, 6), utc(2027, 3, 14, 7), utc(2027, 11, 7, 6)]


def test_a_calendar_starting_on_a_change_keeps_that_change_first():
    got = transitions("Europe/Rome", utc(2027, 3, 28, 1), utc(2027, 4, 30))
    assert got == [utc(2027, 3, 28, 1)]


def test_a_calendar_starting_a_second_before_a_change_starts_with_the_one_before():
    got = transitions("Europe/Rome", utc(2027, 3, 28, 0, 59, 59), utc(2027, 4, 30))
    assert got == [utc(2026, 10, 25, 1), utc(2027, 3, 28, 1)]


def test_a_window_ending_on_a_change_includes_it():
    got = transitions("Europe/Rome", utc(2027, 1, 15), utc(2027, 3, 28, 1))
    assert got == [utc(2026, 10, 25, 1), utc(2027, 3, 28, 1)]


def test_a_window_ending_a_second_before_a_change_leaves_it_out():
    got = transitions("Europe/Rome", utc(2027, 1, 15), utc(2027, 3, 28, 0, 59, 59))
    assert got == [utc(2026, 10, 25, 1)]


def test_utc_never_changes():
    assert transitions("UTC", utc(2027, 1, 1), utc(2027, 12, 31)) == []


def _pytz_changes(zone: str) -> list[dt.datetime]:
    return [t.replace(tzinfo=UTC) for t in pytz.timezone(zone)._utc_transition_times[1:]]


@pytest.mark.parametrize(
    "zone", ["Asia/Kolkata", "Asia/Tokyo", "Africa/Nairobi", "America/Sao_Paulo"]
)
def test_a_zone_without_dst_now_starts_with_its_last_real_change(zone):
    # the last change pytz knows before 2027, found by walking back month by month
    first, last = utc(2027, 6, 1), utc(2027, 8, 1)
    expected = [t for t in _pytz_changes(zone) if t <= first][-1]
    assert transitions(zone, first, last) == [expected]


@pytest.mark.parametrize(
    "zone",
    [
        "Australia/Lord_Howe",
        "Australia/Sydney",
        "America/Santiago",
        "Europe/Dublin",
        "Europe/Volgograd",
    ],
)
def test_every_change_in_two_years_matches_pytz_to_the_second(zone):
    first, last = utc(2026, 1, 1), utc(2027, 12, 31)
    known = _pytz_changes(zone)
    expected = [t for t in known if t <= first][-1:] + [t for t in known if first < t <= last]
    assert transitions(zone, first, last) == expected


# -- VTIMEZONE -------------------------------------------------------------------------


def test_rome_vtimezone_onsets_are_the_wall_times_before_each_change():
    tz = vtimezone("Europe/Rome", utc(2027, 1, 15), utc(2027, 12, 31))
    assert "TZID:Europe/Rome" in _text(tz)
    assert _parts(tz) == [
        {
            "KIND": "STANDARD",
            "DTSTART": "20261025T030000",
            "TZNAME": "CET",
            "TZOFFSETFROM": "+0200",
            "TZOFFSETTO": "+0100",
        },
        {
            "KIND": "DAYLIGHT",
            "DTSTART": "20270328T020000",
            "TZNAME": "CEST",
            "TZOFFSETFROM": "+0100",
            "TZOFFSETTO": "+0200",
        },
        {
            "KIND": "STANDARD",
            "DTSTART": "20271031T030000",
            "TZNAME": "CET",
            "TZOFFSETFROM": "+0200",
            "TZOFFSETTO": "+0100",
        },
    ]


def test_sydney_vtimezone_half_way_round_the_world():
    tz = vtimezone("Australia/Sydney", utc(2027, 5, 1), utc(2027, 11, 1))
    # 4 Apr 2027 03:00 AEDT -> AEST; 3 Oct 2027 02:00 AEST -> AEDT
    assert _parts(tz) == [
        {
            "KIND": "STANDARD",
            "DTSTART": "20270404T030000",
            "TZNAME": "AEST",
            "TZOFFSETFROM": "+1100",
            "TZOFFSETTO": "+1000",
        },
        {
            "KIND": "DAYLIGHT",
            "DTSTART": "20271003T020000",
            "TZNAME": "AEDT",
            "TZOFFSETFROM": "+1000",
            "TZOFFSETTO": "+1100",
        },
    ]


def test_utc_gets_one_fixed_standard_part():
    tz = vtimezone("UTC", utc(2027, 1, 1), utc(2027, 2, 1))
    assert "TZID:UTC" in _text(tz)
    assert _parts(tz) == [
        {
            "KIND": "STANDARD",
            "DTSTART": "19700101T000000",
            "TZNAME": "UTC",
            "TZOFFSETFROM": "+0000",
            "TZOFFSETTO": "+0000",
        }
    ]


def test_a_fixed_zone_without_abbreviation_is_named_after_itself():
    # Etc/GMT-14 (UTC+14) never changes; zoneinfo names it "+14"
    tz = vtimezone("Etc/GMT-14", utc(2027, 1, 1), utc(2027, 2, 1))
    [part] = _parts(tz)
    assert part["TZOFFSETFROM"] == part["TZOFFSETTO"] == "+1400"
    assert part["TZNAME"] == dt.datetime(2027, 1, 1, tzinfo=ZoneInfo("Etc/GMT-14")).tzname()


@pytest.mark.parametrize("zone, first", [("America/Asuncion", utc(2024, 10, 20))])
def test_after_two_changes_within_a_month_the_calendar_starts_with_the_last(zone, first):
    # Asuncion 2024: summer time began on 6 Oct, then -03 became permanent on 15 Oct
    expected = [t for t in _pytz_changes(zone) if t <= first][-1]
    assert transitions(zone, first, first + dt.timedelta(days=20)) == [expected]


def test_a_repeated_hour_instant_is_utc_whatever_the_machines_zone(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        got = _at(utc(2027, 10, 31, 0, 30), "Europe/Rome")
        assert got.utcoffset() == dt.timedelta(0)
        assert (got.hour, got.minute) == (0, 30)
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    "lo, hi",
    [
        (utc(2027, 3, 28, 0, 59, 59), utc(2027, 3, 28, 1, 0, 0, 500_000)),
        (utc(2027, 3, 28, 0, 59, 59, 200_000), utc(2027, 3, 28, 1, 0, 0, 300_000)),
        (utc(2027, 3, 28, 0, 59, 58, 600_000), utc(2027, 3, 28, 1, 0, 0, 100_000)),
    ],
)
def test_a_change_found_between_instants_with_fractions_of_a_second(lo, hi):
    # the first probe at or after the change at 01:00:00 UTC (EU spring change)
    from organiser.calendar import _change_in

    got = _change_in(ZoneInfo("Europe/Rome"), lo, hi)
    assert utc(2027, 3, 28, 1) <= got <= utc(2027, 3, 28, 1) + dt.timedelta(seconds=1)
    assert got.astimezone(ZoneInfo("Europe/Rome")).utcoffset() == dt.timedelta(hours=2)
    assert (got - dt.timedelta(seconds=1)).astimezone(ZoneInfo("Europe/Rome")).utcoffset() == (
        dt.timedelta(hours=1)
    )
