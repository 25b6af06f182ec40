"""Slot finder: ranking against hand-checked cases, DST on the given date, CLI output."""

from __future__ import annotations

import csv
import io

import pendulum
import pytest

from organiser import slots as sl
from organiser.cli import run
from organiser.errors import ValidationError

AUDIENCE = "Europe/Rome:50,America/New_York:30,Asia/Kolkata:20"


def _ranked(zones: str, minutes: int, date: str, window: str = "08:00-22:00"):
    d = sl.parse_date(date)
    return sl.rank_slots(
        sl.find_slots(sl.parse_audience(zones), minutes, d, sl.parse_window(window))
    )


def test_issue_case_best_start_is_13_to_15_utc_with_full_coverage():
    # Hand-checked for January (Rome UTC+1, New York UTC-5, Kolkata UTC+5:30), 08:00-22:00:
    # Rome fits 07:00-19:30 UTC, New York 13:00-01:30, Kolkata 02:30-15:00 -> 13:00..15:00.
    ranked = _ranked(AUDIENCE, 90, "2027-01-20")
    best = ranked[0]
    assert best.coverage_percent == 100
    full = [x.utc_label() for x in ranked if x.coverage_percent == 100]
    assert full == ["13:00", "13:15", "13:30", "13:45", "14:00", "14:15", "14:30", "14:45", "15:00"]
    # one step later Kolkata's session would end at 22:15: only Rome and New York remain
    after = next(x for x in ranked if x.utc_label() == "15:15")
    assert after.coverage_percent == 80 and after.fits == (True, True, False)
    # the local starts are what a person in each city sees
    assert [x.format("HH:mm") for x in best.local_starts] == ["14:00", "08:00", "18:30"]


def test_ranking_is_best_first_then_by_time():
    ranked = _ranked(AUDIENCE, 90, "2027-01-20")
    cov = [x.coverage_percent for x in ranked]
    assert cov == sorted(cov, reverse=True)
    assert len(ranked) == 96  # every quarter hour of the day
    # 20:00 UTC: Rome 21:00 ends 22:30 (out), New York 15:00 (in), Kolkata 01:30 (out)
    late = next(x for x in ranked if x.utc_label() == "20:00")
    assert late.coverage_percent == 30


def test_dst_of_the_given_date_moves_the_first_new_york_slot():
    # New York alone: the earliest start that fits is 08:00 local, 13:00 UTC in winter,
    # 12:00 UTC after the US clocks went forward (14 March 2027); Europe has not moved yet.
    winter = _ranked("America/New_York:1", 60, "2027-03-10")
    spring = _ranked("America/New_York:1", 60, "2027-03-20")
    fits = lambda ranked, hm: next(x for x in ranked if x.utc_label() == hm).coverage_percent  # noqa: E731
    assert (fits(winter, "12:45"), fits(winter, "13:00")) == (0, 100)
    assert (fits(spring, "11:45"), fits(spring, "12:00")) == (0, 100)
    both = _ranked("Europe/Rome:1,America/New_York:1", 60, "2027-03-20")
    assert [x.utc_label() for x in both if x.coverage_percent == 100][-1] == "20:00"  # 21:00 Rome


def test_a_session_past_local_midnight_does_not_fit():
    ranked = _ranked("Europe/Rome:1", 60, "2027-01-20", "08:00-24:00")
    by_time = {x.utc_label(): x for x in ranked}
    assert by_time["22:00"].coverage_percent == 100  # 23:00-24:00 Rome
    assert by_time["22:15"].coverage_percent == 0  # would end 00:15 next day


@pytest.mark.parametrize(
    ("zones", "window", "message"),
    [
        ("Europe/Roma:5", "08:00-22:00", "not a known time zone"),
        ("Europe/Rome:lots", "08:00-22:00", "is not a weight"),
        ("Europe/Rome:0", "08:00-22:00", "weight above zero"),
        ("Europe/Rome:1", "22:00-08:00", "must end after it starts"),
        ("Europe/Rome:1", "8-22", "not a time like"),
    ],
)
def test_bad_input_is_one_clear_sentence(zones, window, message):
    with pytest.raises(ValidationError, match=message):
        _ranked(zones, 60, "2027-01-20", window)


def test_cli_csv_columns_and_order():
    out, err = io.StringIO(), io.StringIO()
    code = run(
        [
            "slots",
            "--zones",
            AUDIENCE,
            "--duration",
            "90",
            "--date",
            "2027-01-20",
            "--format",
            "csv",
        ],
        out,
        err,
    )
    assert code == 0, err.getvalue()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == [
        "utc_start",
        "coverage_percent",
        "Europe/Rome",
        "America/New_York",
        "Asia/Kolkata",
    ]
    assert 13 * 60 <= int(rows[0]["utc_start"][:2]) * 60 + int(rows[0]["utc_start"][3:]) <= 15 * 60
    assert float(rows[0]["coverage_percent"]) == 100
    assert rows[0]["America/New_York"] == "08:00"
    percents = [float(r["coverage_percent"]) for r in rows]
    assert percents == sorted(percents, reverse=True) and len(rows) == 96
    # a local start on the next day says so
    r = next(r for r in rows if r["utc_start"] == "22:00")
    assert r["Asia/Kolkata"] == "03:30+1"


def test_cli_text_and_errors():
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(["slots", "--zones", AUDIENCE, "--duration", "90", "--date", "2027-01-20"], out, err)
        == 0
    )
    first = out.getvalue().splitlines()[1]
    assert first.startswith("13:00 UTC") and "100 %" in first and "New York 08:00" in first
    err = io.StringIO()
    assert (
        run(
            ["slots", "--zones", "Mars/Olympus:1", "--duration", "90", "--date", "2027-01-20"],
            io.StringIO(),
            err,
        )
        == 1
    )
    assert err.getvalue().count("\n") == 1 and "Mars/Olympus" in err.getvalue()
    assert (
        run(["slots", "--zones", AUDIENCE, "--date", "2027-01-20"], io.StringIO(), io.StringIO())
        == 2
    )


def test_date_is_checked():
    with pytest.raises(ValidationError, match="not a real date"):
        sl.parse_date("2027-02-30")
    assert sl.parse_date("2027-02-28") == pendulum.date(2027, 2, 28)


def test_an_events_defaults_are_its_zones_length_and_utc_date(demo_store):
    from organiser import events

    store, eid = demo_store
    with store.session() as s:
        events.update_event(s, eid, viewer_zones=["America/New_York", "Asia/Kolkata"])
        d = sl.event_defaults(s, eid)
    assert d.audience_text() == "Europe/Rome:1, America/New_York:1, Asia/Kolkata:1"
    assert d.duration_minutes == 180 and d.date.isoformat() == "2026-12-17"
