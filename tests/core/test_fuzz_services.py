"""Fuzzed input through the services into a real database (SQLite and PostgreSQL).

Whatever a user types into an editor, saving either stores the cleaned
values or raises OrganiserError with a message, and then the database holds
exactly what it held before: never another exception, never half a record.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from organiser import events, speakers, venues
from organiser.errors import OrganiserError
from organiser.models import Event, EventSession, Speaker, Venue
from organiser.timeutil import all_zones, parse_local

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# names and notes in any script, sometimes longer than the columns allow
text = st.one_of(st.text(max_size=60), st.text(min_size=190, max_size=400))
maybe_zone = st.one_of(st.sampled_from(all_zones()), st.text(max_size=20))
local_time = st.one_of(
    st.builds(
        lambda y, mo, d, h, mi: f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",
        st.integers(1, 3000),
        st.integers(1, 12),
        st.integers(1, 31),
        st.integers(0, 23),
        st.integers(0, 59),
    ),
    st.text(max_size=20),
)


def _counts(store) -> tuple[int, ...]:
    with store.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (Event, Venue, Speaker, EventSession)
        )


def _attempt(store, action) -> object | None:
    before = _counts(store)
    try:
        with store.session() as s:
            return action(s)
    except OrganiserError as exc:
        assert exc.message.strip(), "an error needs a message"
        assert _counts(store) == before, "a refused save left something behind"
        return None


@FUZZ
@given(
    name=text,
    address=text,
    map_url=st.one_of(st.none(), text, st.just("https://maps.example.org/?q=1")),
    capacity=st.one_of(st.none(), st.integers(-5, 10**12)),
    email=st.one_of(st.none(), text),
    closing=st.one_of(st.none(), st.sampled_from(["22:30", "7:05", "24:00", "ab"]), text),
)
def test_venue_editor(store, name, address, map_url, capacity, email, closing):
    made = _attempt(
        store,
        lambda s: (
            venues.create_venue(
                s,
                name=name,
                address=address,
                map_url=map_url,
                capacity=capacity,
                contact_email=email,
                closing_time=closing,
            ).id
        ),
    )
    if made is not None:
        with store.session() as s:
            row = s.get(Venue, made)
            assert row.name and row.name == row.name.strip()
            s.delete(row)  # keep the unique-name check from masking later examples


@FUZZ
@given(
    name=text,
    email=st.one_of(st.none(), text, st.just("someone@example.org")),
    zone=st.one_of(st.none(), maybe_zone),
    bio=text,
    phone=text,
    photo=st.one_of(st.none(), st.binary(max_size=64), st.just(b"\x89PNG\r\n\x1a\n" + b"0" * 20)),
)
def test_speaker_editor(store, name, email, zone, bio, phone, photo):
    made = _attempt(
        store,
        lambda s: (
            speakers.create_speaker(
                s, name=name, email=email, timezone=zone, bio=bio, phone=phone, photo=photo
            ).id
        ),
    )
    if made is not None:
        with store.session() as s:
            row = speakers.get_speaker(s, made, with_photo=True)
            assert row.photo == photo
            s.delete(row)


@FUZZ
@given(
    title=text,
    start=local_time,
    end=local_time,
    zone=maybe_zone,
    viewer_zones=st.lists(maybe_zone, max_size=3),
    capacity=st.one_of(st.none(), st.integers(-3, 10**6)),
)
def test_event_editor(store, title, start, end, zone, viewer_zones, capacity):
    def save(s):
        starts = parse_local(start, zone, "starts_at")
        ends = parse_local(end, zone, "ends_at")
        return events.create_event(
            s,
            title=title,
            starts_at=starts,
            ends_at=ends,
            timezone=zone,
            viewer_zones=viewer_zones,
            capacity=capacity,
        ).id

    made = _attempt(store, save)
    if made is not None:
        with store.session() as s:
            row = s.get(Event, made)
            assert row.ends_at > row.starts_at
            s.delete(row)


def _event_snapshot(store, event_id):
    with store.session() as s:
        ev = s.get(Event, event_id)
        sessions = s.scalars(
            select(EventSession).where(EventSession.event_id == event_id).order_by(EventSession.id)
        ).all()
        return (
            ev.title,
            ev.starts_at,
            ev.ends_at,
            ev.timezone,
            ev.version,
            [(x.title, x.starts_at, x.duration_minutes) for x in sessions],
        )


@FUZZ
@given(
    title=st.one_of(st.none(), text),
    shift_minutes=st.one_of(st.none(), st.integers(-(10**6), 10**6)),
    length_minutes=st.one_of(st.none(), st.integers(-600, 30_000)),
    zone=st.one_of(st.none(), maybe_zone),
)
def test_moving_the_demo_event_is_all_or_nothing(
    demo_store, title, shift_minutes, length_minutes, zone
):
    """A refused change to an event leaves it and every one of its sessions as they were."""
    store, event_id = demo_store
    before = _event_snapshot(store, event_id)
    changes: dict[str, object] = {}
    if title is not None:
        changes["title"] = title
    if zone is not None:
        changes["timezone"] = zone
    starts = before[1]
    if shift_minutes is not None:
        try:
            changes["starts_at"] = starts.add(minutes=shift_minutes)
        except (OverflowError, ValueError):
            return  # not a time a user can enter
    if length_minutes is not None:
        changes["ends_at"] = changes.get("starts_at", starts).add(minutes=length_minutes)
    try:
        with store.session() as s:
            events.update_event(s, event_id, expected_version=before[4], **changes)
    except OrganiserError as exc:
        assert exc.message.strip()
        assert _event_snapshot(store, event_id) == before, "a refused change left traces"
        return
    after = _event_snapshot(store, event_id)
    if shift_minutes is not None:  # the sessions moved with the event, by the same amount
        delta = (after[1] - before[1]).total_seconds()
        for (_t1, s1, _d1), (_t2, s2, _d2) in zip(before[5], after[5], strict=True):
            assert (s2 - s1).total_seconds() == delta


@FUZZ
@given(days=st.integers(-400, 400), minutes=st.integers(0, 24 * 60))
def test_copying_the_demo_event_keeps_every_session_at_its_offset(demo_store, days, minutes):
    """ "New event from this one" months later: the agenda keeps its shape exactly."""
    store, event_id = demo_store
    with store.session() as s:
        src = events.get_event(s, event_id)
        offsets = [(x.starts_at - src.starts_at).total_seconds() for x in src.sessions]
        new = events.copy_event(
            s, event_id, starts_at=src.starts_at.add(days=days, minutes=minutes)
        )
        got = [(x.starts_at - new.starts_at).total_seconds() for x in new.sessions]
        length = (new.ends_at - new.starts_at).total_seconds()
        assert length == (src.ends_at - src.starts_at).total_seconds()
        s.delete(new)
    assert got == offsets
