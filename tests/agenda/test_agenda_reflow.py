"""Agenda reflow: the start times an organiser sees after each edit (SQLite: fast).

Every expected time is written out by hand on Rome's wall clock; the meetup
opens at 18:30 on Thursday 10 December 2026 (CET) unless a test says otherwise.
"""

from __future__ import annotations

import pendulum
import pytest

from organiser import agenda, events
from organiser.errors import ValidationError
from organiser.store import Store
from organiser.timeutil import local

ROME = "Europe/Rome"


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """One SQLite file for the module (each test makes its own event): fast enough
    for a mutation run, which repeats these tests for every mutant."""
    st = Store(tmp_path_factory.mktemp("reflow") / "organiser.sqlite")
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def s(shared_store):
    with shared_store.session() as session:
        yield session


def _event(s, start=None):
    start = start or local(ROME, 2026, 12, 10, 18, 30)
    return events.create_event(
        s, title="ML Rome", starts_at=start, ends_at=start.add(hours=3), timezone=ROME
    ).id


def _plan(s, ev_id, plan):
    ids = {}
    for title, minutes, *locked in plan:
        ids[title] = agenda.add_session(
            s, ev_id, title=title, duration_minutes=minutes, locked=bool(locked)
        ).id
    return ids


def _times(s, ev_id):
    return [
        (x.title, x.starts_at.in_timezone(ROME).format("HH:mm"))
        for x in agenda.list_sessions(s, ev_id)
    ]


PLAN = [("Welcome", 15), ("A", 30), ("B", 30), ("Break", 15, "locked"), ("C", 30)]
OPENING = [
    ("Welcome", "18:30"),
    ("A", "18:45"),
    ("B", "19:15"),
    ("Break", "19:45"),
    ("C", "20:00"),
]


def test_new_sessions_follow_each_other_from_the_opening(s):
    ev = _event(s)
    _plan(s, ev, PLAN)
    assert _times(s, ev) == OPENING
    assert [x.position for x in agenda.list_sessions(s, ev)] == [0, 1, 2, 3, 4]


def test_a_session_with_its_own_start_keeps_it_and_the_next_follows_it(s):
    ev = _event(s)
    _plan(s, ev, [("Welcome", 15)])
    agenda.add_session(
        s,
        ev,
        title="Keynote",
        starts_at=pendulum.datetime(2026, 12, 10, 14, 0, tz="America/New_York"),  # 20:00 Rome
        duration_minutes=40,
    )
    agenda.add_session(s, ev, title="Pizza", duration_minutes=30)
    assert _times(s, ev) == [("Welcome", "18:30"), ("Keynote", "20:00"), ("Pizza", "20:40")]
    keynote = agenda.list_sessions(s, ev)[1]
    assert keynote.starts_at.timezone_name == "UTC"
    assert keynote.starts_at == pendulum.datetime(2026, 12, 10, 19, 0, tz="UTC")


@pytest.mark.parametrize("start", [pendulum.naive(2026, 12, 10, 19), "19:00"])
def test_a_start_without_its_zone_is_refused(s, start):
    ev = _event(s)
    with pytest.raises(ValidationError) as info:
        agenda.add_session(s, ev, title="Talk", starts_at=start, duration_minutes=30)
    assert info.value.field == "starts_at"
    assert str(info.value).endswith("Give the session start with its time zone.")


@pytest.mark.parametrize("minutes, kept", [(0, 0), (1440, 1440), ("45", 45), (30.0, 30)])
def test_durations_from_nothing_to_a_whole_day_are_kept(s, minutes, kept):
    ev = _event(s)
    x = agenda.add_session(s, ev, title="Talk", duration_minutes=minutes)
    assert x.duration_minutes == kept


@pytest.mark.parametrize(
    "minutes, message",
    [
        (-1, "The duration must be between 0 and 1440 minutes."),
        (1441, "The duration must be between 0 and 1440 minutes."),
        ("an hour", "The duration must be in minutes."),
        (None, "The duration must be in minutes."),
    ],
)
def test_impossible_durations_are_refused(s, minutes, message):
    ev = _event(s)
    with pytest.raises(ValidationError) as info:
        agenda.add_session(s, ev, title="Talk", duration_minutes=minutes)
    assert info.value.field == "duration_minutes"
    assert str(info.value).endswith(message)


def test_a_title_and_a_known_kind_are_required(s):
    ev = _event(s)
    with pytest.raises(ValidationError) as info:
        agenda.add_session(s, ev, title="  ", duration_minutes=30)
    assert info.value.field == "title"
    assert str(info.value).endswith("The session title cannot be empty.")
    with pytest.raises(ValidationError) as info:
        agenda.add_session(s, ev, title="Talk", kind="keynote-ish", duration_minutes=30)
    assert info.value.field == "kind"
    assert "Session kind “keynote-ish” is not one of: talk" in str(info.value)
    with pytest.raises(TypeError, match="unknown session field colour"):
        agenda.add_session(s, ev, title="Talk", colour="red")


def test_room_and_abstract_are_cleaned(s):
    ev = _event(s)
    x = agenda.add_session(
        s, ev, title="Talk", kind="panel", room="  Aula\x00 B ", abstract=" About\x07 it "
    )
    assert (x.kind, x.room, x.abstract) == ("panel", "Aula B", "About it")
    assert x.locked is False
    y = agenda.add_session(s, ev, title="Break", locked=1)
    assert y.locked is True


def test_a_shorter_talk_pulls_the_next_ones_up_to_the_locked_break(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    order = agenda.set_duration(s, ids["A"], 20)
    assert [x.title for x in order] == ["Welcome", "A", "B", "Break", "C"]
    assert _times(s, ev) == [
        ("Welcome", "18:30"),
        ("A", "18:45"),
        ("B", "19:05"),
        ("Break", "19:45"),
        ("C", "20:00"),
    ]


def test_a_longer_talk_pushes_the_next_ones_and_runs_into_the_locked_break(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.set_duration(s, ids["Welcome"], 30)
    assert _times(s, ev) == [
        ("Welcome", "18:30"),
        ("A", "19:00"),
        ("B", "19:30"),
        ("Break", "19:45"),  # locked: stays, the clash is a warning
        ("C", "20:00"),
    ]


def test_without_reflow_a_new_duration_moves_nobody(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.update_session(s, ids["A"], duration_minutes=60, reflow=False)
    assert _times(s, ev) == OPENING


def test_changing_only_the_title_leaves_a_hand_set_start_alone(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.update_session(s, ids["C"], starts_at=local(ROME, 2026, 12, 10, 20, 30))
    agenda.update_session(s, ids["C"], title="C, renamed")
    assert _times(s, ev)[-1] == ("C, renamed", "20:30")


def test_a_locked_session_keeps_its_time_when_the_talk_before_grows(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.set_locked(s, ids["B"], True)
    agenda.set_duration(s, ids["Welcome"], 25)
    assert _times(s, ev)[:3] == [("Welcome", "18:30"), ("A", "18:55"), ("B", "19:15")]
    agenda.set_locked(s, ids["B"], False)
    agenda.set_duration(s, ids["Welcome"], 30)
    assert _times(s, ev)[:3] == [("Welcome", "18:30"), ("A", "19:00"), ("B", "19:30")]


@pytest.mark.parametrize(
    "index, titles",
    [
        (0, ["C", "Welcome", "A", "B", "Break"]),
        (-5, ["C", "Welcome", "A", "B", "Break"]),
        (2, ["Welcome", "A", "C", "B", "Break"]),
        (4, ["Welcome", "A", "B", "Break", "C"]),
        (99, ["Welcome", "A", "B", "Break", "C"]),
    ],
)
def test_moving_a_session_puts_it_at_the_new_place_in_the_running_order(s, index, titles):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    order = agenda.move_session(s, ids["C"], index)
    assert [x.title for x in order] == titles
    listed = agenda.list_sessions(s, ev)
    assert [x.title for x in listed] == titles
    assert [x.position for x in listed] == [0, 1, 2, 3, 4]


def test_moving_the_last_talk_first_reflows_from_the_opening(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.move_session(s, ids["C"], 0)
    assert _times(s, ev) == [
        ("C", "18:30"),
        ("Welcome", "19:00"),
        ("A", "19:15"),
        ("B", "19:45"),  # clashes with the locked break: reported, not resolved
        ("Break", "19:45"),
    ]


def test_moving_without_reflow_changes_the_order_not_the_times(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.move_session(s, ids["C"], 0, reflow=False)
    assert _times(s, ev) == [
        ("C", "20:00"),
        ("Welcome", "18:30"),
        ("A", "18:45"),
        ("B", "19:15"),
        ("Break", "19:45"),
    ]


def test_deleting_closes_the_hole_and_renumbers(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.delete_session(s, ids["A"])
    assert _times(s, ev) == [
        ("Welcome", "18:30"),
        ("B", "18:45"),
        ("Break", "19:45"),
        ("C", "20:00"),
    ]
    assert [x.position for x in agenda.list_sessions(s, ev)] == [0, 1, 2, 3]


def test_deleting_the_opening_session_keeps_the_opening_time(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.delete_session(s, ids["Welcome"])
    assert _times(s, ev)[:2] == [("A", "18:30"), ("B", "19:00")]


def test_deleting_without_reflow_leaves_the_hole(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    agenda.delete_session(s, ids["A"], reflow=False)
    assert _times(s, ev)[:2] == [("Welcome", "18:30"), ("B", "19:15")]
    assert [x.position for x in agenda.list_sessions(s, ev)] == [0, 1, 2, 3]


def test_a_session_across_the_spring_change_ends_an_hour_later_on_the_clock(s):
    # Rome, Sunday 28 March 2027: 02:00 CET becomes 03:00 CEST
    ev = _event(s, start=local(ROME, 2027, 3, 28, 1, 0))
    _plan(s, ev, [("Night", 90), ("Dawn", 30)])
    assert _times(s, ev) == [("Night", "01:00"), ("Dawn", "03:30")]


def test_reflow_of_an_empty_agenda_and_an_explicit_anchor(s):
    ev = _event(s)
    assert agenda.reflow_sessions(s, ev) == []
    _plan(s, ev, [("Welcome", 15), ("A", 30)])
    order = agenda.reflow_sessions(s, ev, anchor=local(ROME, 2026, 12, 10, 19, 0))
    assert [x.title for x in order] == ["Welcome", "A"]
    assert _times(s, ev) == [("Welcome", "19:00"), ("A", "19:15")]


def test_undo_puts_every_session_back_as_it_was(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    before = agenda.snapshot(s, ev)
    agenda.move_session(s, ids["C"], 0)
    agenda.set_duration(s, ids["A"], 50)
    agenda.set_locked(s, ids["Break"], False)
    gone = agenda.snapshot(s, ev) + [agenda.SlotState(10_000, 9, before[0].starts_at, 5, True)]
    agenda.restore(s, ev, before)
    assert _times(s, ev) == OPENING
    assert [(x.duration_minutes, x.locked, x.position) for x in agenda.list_sessions(s, ev)] == [
        (15, False, 0),
        (30, False, 1),
        (30, False, 2),
        (15, True, 3),
        (30, False, 4),
    ]
    agenda.restore(s, ev, gone[-1:])  # an id that no longer exists is skipped
    assert _times(s, ev) == OPENING


def test_an_edit_made_on_an_old_copy_is_refused_and_names_both_titles(s):
    from organiser.errors import ConflictError

    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    seen = agenda.get_session(s, ids["A"]).version
    agenda.update_session(s, ids["A"], title="A by Bea", expected_version=seen)
    with pytest.raises(ConflictError) as info:
        agenda.update_session(s, ids["A"], title="A by Carl", expected_version=seen)
    text = str(info.value)
    assert text.startswith("Someone else changed this session while you were editing it")
    assert "title: theirs “A by Bea”, yours “A by Carl”" in text
    assert agenda.get_session(s, ids["A"]).title == "A by Bea"
    assert _times(s, ev)[1] == ("A by Bea", "18:45")


def test_undo_skips_a_deleted_session_and_restores_the_others(s):
    ev = _event(s)
    ids = _plan(s, ev, PLAN)
    before = agenda.snapshot(s, ev)
    agenda.set_duration(s, ids["Welcome"], 45)
    gone = agenda.SlotState(10_000, 0, before[0].starts_at, 5, True)
    agenda.restore(s, ev, [gone, *before])
    assert _times(s, ev) == OPENING


def test_reflow_without_an_anchor_starts_at_the_earliest_session(s):
    ev = _event(s)
    ids = _plan(s, ev, [("Welcome", 15), ("A", 30)])
    agenda.update_session(s, ids["A"], starts_at=local(ROME, 2026, 12, 10, 20, 0))
    agenda.update_session(s, ids["Welcome"], starts_at=local(ROME, 2026, 12, 10, 19, 0))
    agenda.reflow_sessions(s, ev)
    assert _times(s, ev) == [("Welcome", "19:00"), ("A", "19:15")]
