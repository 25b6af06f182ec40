"""Checklist due dates: the offset words, the due instant and the group it shows in.

No database, so a mutation run can afford them. Every expected instant is
written out by hand in UTC from the zone's published rules (Rome: CET = UTC+1,
CEST = UTC+2 from the last Sunday of March; New York: EST = UTC-5, EDT = UTC-4
until the first Sunday of November).
"""

from __future__ import annotations

import dataclasses

import pendulum
import pytest

from organiser.checklists import (
    check_time,
    describe_offset,
    due_date,
    format_offset,
    group_items,
    group_of,
    parse_offset,
)
from organiser.checklists.items import ItemRow, format_when
from organiser.errors import ValidationError

DAY = 1440


def utc(*args: int) -> pendulum.DateTime:
    return pendulum.datetime(*args, tz="UTC")


# -- reading offsets -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("-7 days", (-7 * DAY, None)),
        ("-1 day", (-DAY, None)),
        ("+2 weeks", (14 * DAY, None)),
        ("-1 week", (-7 * DAY, None)),
        ("-3 hours", (-180, None)),
        ("-3 h", (-180, None)),
        ("-1 hour", (-60, None)),
        ("-45 minutes", (-45, None)),
        ("-45 mins", (-45, None)),
        ("-45 m", (-45, None)),
        ("30 MINUTES", (30, None)),
        ("- 2 days", (-2 * DAY, None)),
        ("  -2   days  at  7:05 ", (-2 * DAY, "07:05")),
        ("at 08:00", (0, "08:00")),
        ("-1 at 09:30", (-DAY, "09:30")),
        ("0", (0, None)),
        ("366 days", (366 * DAY, None)),
        ("-366 days", (-366 * DAY, None)),
        ("-0 days at 23:59", (0, "23:59")),
        ("+1 day at 00:00", (DAY, "00:00")),
    ],
)
def test_offsets_people_write_are_read_as_minutes_and_a_time(text, expected):
    assert parse_offset(text) == expected


@pytest.mark.parametrize(
    "text, words",
    [
        ("-7", "say whether -7 is days, hours or minutes"),
        ("5", "say whether 5 is days"),
        ("367 days", "more than a year"),
        ("-53 weeks", "more than a year"),
        ("-90 minutes at 10:00", "only goes with whole days"),
        ("-1 day at 24:00", "is not a time of day"),
        ("-1 day at 12:60", "is not a time of day"),
        ("days", "is not an offset"),
        ("soon", "is not an offset"),
        ("   ", "is not an offset"),
    ],
)
def test_offsets_that_cannot_be_read_are_refused_with_the_reason(text, words):
    with pytest.raises(ValidationError) as info:
        parse_offset(text, field="when")
    assert words in str(info.value)
    assert info.value.field == "when"


@pytest.mark.parametrize(
    "text, expected", [("8:05", "08:05"), (" 23:59 ", "23:59"), ("0:00", "00:00")]
)
def test_times_of_day_are_written_with_two_digits(text, expected):
    assert check_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "7:60", "7", "7:5", "", "-1:00"])
def test_impossible_times_are_refused(text):
    with pytest.raises(ValidationError) as info:
        check_time(text)
    assert info.value.field == "at_time"


# -- writing offsets back ----------------------------------------------------------------


@pytest.mark.parametrize(
    "minutes, at, text",
    [
        (-7 * DAY, None, "-7 days"),
        (-DAY, None, "-1 day"),
        (DAY, None, "+1 day"),
        (2 * DAY, "09:00", "+2 days at 09:00"),
        (0, "08:00", "0 days at 08:00"),
        (0, None, "0 hours"),
        (-120, None, "-2 hours"),
        (60, None, "+1 hour"),
        (-90, None, "-90 minutes"),
        (30, None, "+30 minutes"),
    ],
)
def test_template_files_get_the_offset_words_back(minutes, at, text):
    assert format_offset(minutes, at) == text


@pytest.mark.parametrize(
    "minutes, at, words",
    [
        (-7 * DAY, None, "7 days before"),
        (-7 * DAY, "18:00", "7 days before, at 18:00"),
        (3 * DAY, None, "3 days after"),
        (-DAY, None, "the day before"),
        (DAY, "10:00", "the day after, at 10:00"),
        (0, "08:00", "on the day, at 08:00"),
        (0, None, "at the start"),
        (-60, None, "1 hour before the start"),
        (-120, None, "2 hours before the start"),
        (180, None, "3 hours after the start"),
        (-90, None, "90 minutes before the start"),
        (15, None, "15 minutes after the start"),
    ],
)
def test_people_read_the_offset_in_plain_words(minutes, at, words):
    assert describe_offset(minutes, at) == words


# -- the due instant ------------------------------------------------------------------------


ROME_START = pendulum.datetime(2026, 4, 2, 16, 30, tz="UTC")  # 18:30 CEST on Thu 2 April


@pytest.mark.parametrize(
    "minutes, at, expected",
    [
        (0, None, utc(2026, 4, 2, 16, 30)),
        (-DAY, None, utc(2026, 4, 1, 16, 30)),
        # a week before is 18:30 CET on 26 March: 17:30 UTC, not 16:30
        (-7 * DAY, None, utc(2026, 3, 26, 17, 30)),
        (-7 * DAY, "18:00", utc(2026, 3, 26, 17, 0)),
        (-7 * DAY, "09:05", utc(2026, 3, 26, 8, 5)),
        (0, "08:00", utc(2026, 4, 2, 6, 0)),
        (DAY, "10:00", utc(2026, 4, 3, 8, 0)),
        (3 * DAY, None, utc(2026, 4, 5, 16, 30)),
        # hours and minutes are elapsed time, whatever the wall clock does
        (-120, None, utc(2026, 4, 2, 14, 30)),
        (-90, None, utc(2026, 4, 2, 15, 0)),
        (-7 * 24 * 60 + 1, None, utc(2026, 3, 26, 16, 31)),
        (45, None, utc(2026, 4, 2, 17, 15)),
    ],
)
def test_due_instants_in_rome_across_the_spring_change(minutes, at, expected):
    got = due_date(ROME_START, "Europe/Rome", minutes, at)
    assert got == expected
    assert got.timezone_name == "UTC"


def test_a_start_given_in_another_zone_still_counts_on_the_events_wall_clock():
    start = ROME_START.in_timezone("Asia/Tokyo")  # 01:30 on 3 April in Tokyo
    assert due_date(start, "Europe/Rome", -DAY, "09:00") == utc(2026, 4, 1, 7, 0)


def test_due_instants_in_new_york_across_the_autumn_change():
    start = utc(2026, 11, 6, 0, 0)  # 19:00 EST on Thu 5 November
    assert due_date(start, "America/New_York", -7 * DAY, "18:00") == utc(2026, 10, 29, 22, 0)
    assert due_date(start, "America/New_York", -7 * DAY, None) == utc(2026, 10, 29, 23, 0)
    assert due_date(start, "America/New_York", -3 * 60, None) == utc(2026, 11, 5, 21, 0)


def test_a_time_skipped_by_the_spring_change_lands_just_after_the_gap():
    start = utc(2026, 3, 29, 16, 30)  # Sunday 29 March, 18:30 CEST
    # 02:30 does not exist that morning in Rome: 03:30 CEST = 01:30 UTC
    assert due_date(start, "Europe/Rome", 0, "02:30") == utc(2026, 3, 29, 1, 30)


# -- the group an item shows in ---------------------------------------------------------


def _row(due, done=None) -> ItemRow:
    return ItemRow(
        id=1,
        title="Book the room",
        why="",
        category="venue",
        owner_role="organiser",
        template_name="",
        speaker_id=None,
        speaker_name="",
        speaker_remote=False,
        due_at=due,
        done_at=done,
        assignee="",
        note="",
    )


NOW = utc(2026, 4, 10, 12, 0)


@pytest.mark.parametrize(
    "due, group",
    [
        (utc(2026, 4, 10, 11, 59), "overdue"),
        (utc(2026, 4, 10, 12, 0), "this_week"),  # due right now: not yet overdue
        (utc(2026, 4, 17, 12, 0), "this_week"),  # exactly seven days ahead
        (utc(2026, 4, 17, 12, 1), "later"),
        (None, "later"),
    ],
)
def test_open_items_are_grouped_by_their_due_instant(due, group):
    assert group_of(_row(due), NOW) == group
    assert group_of(_row(due), NOW, started=utc(2026, 1, 1)) == group


def test_a_ticked_item_is_done_whatever_its_due_date():
    assert group_of(_row(utc(2026, 4, 1), done=utc(2026, 4, 2)), NOW) == "done"
    assert group_of(_row(None, done=utc(2026, 4, 2)), NOW) == "done"


def test_past_due_before_planning_began_is_a_late_start_not_overdue():
    row = _row(utc(2026, 4, 1, 12, 0))
    assert group_of(row, NOW, started=utc(2026, 4, 5)) == "late_start"
    assert group_of(row, NOW, started=utc(2026, 4, 1, 12, 0)) == "overdue"  # due as it began
    assert group_of(row, NOW, started=utc(2026, 3, 1)) == "overdue"
    assert group_of(row, NOW) == "overdue"


def test_groups_come_in_the_order_the_page_shows_them():
    rows = [
        _row(utc(2026, 4, 20)),
        dataclasses.replace(_row(utc(2026, 4, 1)), id=2),
        dataclasses.replace(_row(utc(2026, 4, 12)), id=3),
        dataclasses.replace(_row(utc(2026, 4, 1), done=NOW), id=4),
        dataclasses.replace(_row(utc(2026, 3, 1)), id=5),
    ]
    groups = group_items(rows, NOW, started=utc(2026, 3, 15))
    assert list(groups) == ["overdue", "late_start", "this_week", "later", "done"]
    assert {g: [r.id for r in rs] for g, rs in groups.items()} == {
        "overdue": [2],
        "late_start": [5],
        "this_week": [3],
        "later": [1],
        "done": [4],
    }


def test_due_times_are_listed_in_the_events_zone_with_its_abbreviation():
    assert format_when(utc(2026, 3, 26, 17, 0), "Europe/Rome") == "Thu 26 Mar 2026 18:00 CET"
    assert format_when(utc(2026, 4, 2, 16, 30), "Europe/Rome") == "Thu 2 Apr 2026 18:30 CEST"
    assert format_when(utc(2026, 4, 2, 16, 30), "Asia/Kolkata") == "Thu 2 Apr 2026 22:00 IST"
    assert format_when(None, "Europe/Rome") == ""


def test_an_unreadable_offset_shows_the_examples_on_the_offset_field():
    with pytest.raises(ValidationError) as info:
        parse_offset("soon")
    assert info.value.field == "offset"
    assert str(info.value).endswith(
        "“soon” is not an offset like “-7 days”, “-7 days at 18:00”, "
        "“-2 hours”, “-90 minutes” or “+1 day”."
    )
