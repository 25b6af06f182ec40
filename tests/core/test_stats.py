"""Attendance numbers: per event, trend across past events, repeat no-shows."""

from __future__ import annotations

import pendulum
import pytest

from organiser import attendees as A
from organiser import stats
from organiser.events import create_event

NOW = pendulum.datetime(2026, 6, 1, tz="UTC")


def make_event(s, title, month, people):
    """people: (first, last, email, rsvp, came)."""
    start = pendulum.datetime(2026, month, 10, 18, tz="Europe/Rome")
    e = create_event(
        s, title=title, starts_at=start, ends_at=start.add(hours=3), timezone="Europe/Rome"
    )
    for first, last, email, rsvp, came in people:
        a = A.add_attendee(s, e.id, first_name=first, last_name=last, email=email, rsvp=rsvp)
        if came:
            a.checked_in_at = start.add(minutes=5)
    s.flush()
    return e.id


@pytest.fixture
def history(store):
    with store.session() as s:
        ids = [
            make_event(
                s,
                "Jan",
                1,
                [
                    ("Ana", "Silva", "ana@example.pt", "going", True),
                    ("Luca", "Ferrari", None, "going", False),
                    ("Zoë", "Müller", "zoe@example.org", "going", False),
                    ("Eva", "Wait", None, "waitlist", False),
                ],
            ),
            make_event(
                s,
                "Feb",
                2,
                [
                    ("Ana", "Silva", "ana@example.pt", "going", False),
                    ("luca", "FERRARI", None, "going", False),
                    ("Zoe", "Mueller-Other", "ZOE@example.org", "going", False),
                    ("Kwame", "Mensah", None, "going", True),
                ],
            ),
            # nobody checked in: check-in was not used; no one is a no-show here
            make_event(s, "Mar", 3, [("Ana", "Silva", "ana@example.pt", "going", False)]),
            make_event(s, "Jul", 7, [("Luca", "Ferrari", None, "going", False)]),  # future
        ]
    return store, ids


def test_event_stats(history):
    store, (jan, feb, mar, jul) = history
    with store.session() as s:
        st = stats.event_stats(s, jan, now=NOW)
        assert (st.going, st.checked_in, st.waitlist, st.no_shows) == (3, 1, 1, 2)
        assert st.no_show_rate == pytest.approx(2 / 3)
        assert stats.event_stats(s, mar, now=NOW).no_show_rate is None
        future = stats.event_stats(s, jul, now=NOW)
        assert not future.is_past and future.no_show_rate is None and future.going == 1


def test_trend_lists_past_events_oldest_first(history):
    store, (jan, feb, mar, jul) = history
    with store.session() as s:
        trend = stats.attendance_trend(s, now=NOW)
    assert [(t.title, t.going, t.checked_in) for t in trend] == [
        ("Jan", 3, 1),
        ("Feb", 4, 1),
        ("Mar", 1, 0),
    ]


def test_repeat_no_shows_by_email_or_normalised_name(history):
    store, (jan, feb, mar, jul) = history
    with store.session() as s:
        flagged = stats.repeat_no_shows(s, now=NOW)
        got = {(p.name, p.email): p.event_ids for p in flagged}
        assert got == {
            ("Luca Ferrari", None): [jan, feb],
            ("Zoë Müller", "zoe@example.org"): [jan, feb],
        }
        # Ana came in January and was absent only once where check-in was used.
        with_july = stats.flagged_attendees(s, jul, now=NOW)
        assert len(with_july) == 1
