import pendulum
import pytest

from organiser import agenda, events, speakers, venues
from organiser.errors import ConflictError, OrganiserError, ValidationError
from organiser.timeutil import local, parse_local

ROME = "Europe/Rome"


def _start():
    return local(ROME, 2026, 12, 10, 18, 30)


def _new_event(s, **kw):
    start = kw.pop("starts_at", _start())
    return events.create_event(
        s,
        title=kw.pop("title", "ML Rome"),
        starts_at=start,
        ends_at=kw.pop("ends_at", start.add(hours=3)),
        timezone=kw.pop("timezone", ROME),
        **kw,
    )


@pytest.mark.parametrize(
    "kw, field, message",
    [
        ({"title": "   "}, "title", "cannot be empty"),
        ({"ends_at": _start().subtract(minutes=1)}, "ends_at", "end after it starts"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone", "not a known time zone"),
        ({"capacity": -5}, "capacity", "cannot be negative"),
        ({"organiser_email": "marco(at)example"}, "organiser_email", "not an email"),
        ({"format": "telepathy"}, "format", "not one of"),
    ],
)
def test_event_validation_explains_and_saves_nothing(store, kw, field, message):
    with pytest.raises(ValidationError, match=message) as err, store.session() as s:
        _new_event(s, **kw)
    assert err.value.field == field
    with store.session() as s:
        assert events.list_events(s) == []


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "ftp://x.org/m", "maps"],
)
def test_venue_map_link_must_be_http(store, url):
    with pytest.raises(ValidationError, match="map link"), store.session() as s:
        venues.create_venue(s, name="Hall", map_url=url)


def test_venue_crud_and_unique_name(store):
    with store.session() as s:
        v = venues.create_venue(
            s, name=" Hall  A ", capacity=80, closing_time="9:05", map_url="https://osm.org/x"
        )
        vid = v.id
    with store.session() as s:
        got = venues.get_venue(s, vid)
        assert (got.name, got.capacity, got.closing_time) == ("Hall  A", 80, "09:05")
        with pytest.raises(ValidationError, match="already exists"):
            venues.create_venue(s, name="Hall  A")
    with store.session() as s:
        venues.update_venue(s, vid, capacity=100)
    with store.session() as s:
        assert venues.get_venue(s, vid).capacity == 100
        venues.delete_venue(s, vid)
    with store.session() as s:
        assert venues.list_venues(s) == []
        with pytest.raises(OrganiserError, match="no venue with id"):
            venues.get_venue(s, vid)


def test_speaker_validation_and_unique_email(store):
    with store.session() as s:
        speakers.create_speaker(
            s, name="Amara", email="amara@example.com", timezone="America/New_York", remote=True
        )
    with pytest.raises(ValidationError, match="already uses"), store.session() as s:
        speakers.create_speaker(s, name="Other", email="amara@example.com")
    with pytest.raises(ValidationError, match="not an email"), store.session() as s:
        speakers.create_speaker(s, name="X", email="nope")
    with pytest.raises(ValidationError, match="PNG or JPEG"), store.session() as s:
        speakers.create_speaker(s, name="Y", photo=b"GIF89a....")
    with store.session() as s:
        assert [sp.name for sp in speakers.list_speakers(s)] == ["Amara"]


def test_event_times_are_kept_in_utc_and_shown_in_zone(store):
    with store.session() as s:
        ev = _new_event(s)
        ev_id = ev.id
    with store.session() as s:
        ev = events.get_event(s, ev_id)
        assert ev.starts_at.timezone_name == "UTC"
        assert events.describe_start(ev) == "Thu 10 Dec 2026 18:30 Europe/Rome"


def test_moving_an_event_moves_its_sessions(store):
    with store.session() as s:
        ev = _new_event(s)
        a = agenda.add_session(s, ev.id, title="Welcome", kind="intro", duration_minutes=15)
        b = agenda.add_session(s, ev.id, title="Talk", duration_minutes=30)
        ids = (ev.id, a.id, b.id)
    with store.session() as s:
        events.update_event(s, ids[0], starts_at=local(ROME, 2026, 12, 17, 19, 0))
    with store.session() as s:
        ev = events.get_event(s, ids[0])
        starts = [x.starts_at.in_timezone(ROME).format("MM-DD HH:mm") for x in ev.sessions]
        assert starts == ["12-17 19:00", "12-17 19:15"]
        assert ev.ends_at.in_timezone(ROME).hour == 22


def test_sessions_follow_each_other_and_reorder(store):
    with store.session() as s:
        ev = _new_event(s)
        titles = ["Welcome", "Talk one", "Talk two"]
        ids = [agenda.add_session(s, ev.id, title=t, duration_minutes=20).id for t in titles]
        agenda.move_session(s, ids[2], 0)
        order = [x.title for x in agenda.list_sessions(s, ev.id)]
    assert order == ["Talk two", "Welcome", "Talk one"]


def test_panel_has_one_moderator_and_ordered_panellists(store):
    with store.session() as s:
        ev = _new_event(s)
        p = agenda.add_session(s, ev.id, title="Panel", kind="panel", duration_minutes=45)
        a, b, c = (speakers.create_speaker(s, name=n).id for n in ("Mod", "P1", "P2"))
        agenda.set_speakers(s, p.id, [(a, "moderator"), (c, "panellist"), (b, "panellist")])
        pid = p.id
    with store.session() as s:
        lineup = [(x.speaker.name, x.role) for x in agenda.get_session(s, pid).speakers]
        assert lineup == [("Mod", "moderator"), ("P2", "panellist"), ("P1", "panellist")]
        with pytest.raises(ValidationError, match="only one moderator"):
            agenda.set_speakers(s, pid, [(a, "moderator"), (b, "moderator")])


def test_copy_event_keeps_setup_but_not_attendees(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        new = events.copy_event(
            s, ev_id, starts_at=local(ROME, 2027, 1, 14, 18, 30), title="ML Rome #43"
        )
        new_id = new.id
    with store.session() as s:
        src, new = events.get_event(s, ev_id), events.get_event(s, new_id)
        assert [x.title for x in new.sessions] == [x.title for x in src.sessions]
        assert new.sessions[0].starts_at.in_timezone(ROME).format("YYYY-MM-DD HH:mm") == (
            "2027-01-14 18:30"
        )
        assert len(new.stream_links) == 2
        assert new.attendees == []
        assert new.venue_id == src.venue_id


def test_version_conflict_is_reported_with_both_values(store):
    with store.session() as s:
        ev = _new_event(s)
        ev_id, version = ev.id, ev.version
    with store.session() as s:
        events.update_event(s, ev_id, expected_version=version, title="Theirs")
    with pytest.raises(ConflictError) as err, store.session() as s:
        events.update_event(s, ev_id, expected_version=version, title="Mine")
    assert err.value.mine["title"] == "Mine"
    assert err.value.theirs["title"] == "Theirs"
    with store.session() as s:
        assert events.get_event(s, ev_id).title == "Theirs"


def test_list_events_upcoming_first_then_past(store):
    now = pendulum.now(ROME)
    with store.session() as s:
        for title, days in [("past-old", -60), ("soon", 3), ("past-recent", -5), ("later", 30)]:
            _new_event(
                s, title=title, starts_at=now.add(days=days), ends_at=now.add(days=days, hours=2)
            )
    with store.session() as s:
        assert [e.title for e in events.list_events(s)] == [
            "soon",
            "later",
            "past-recent",
            "past-old",
        ]


def test_times_skipped_by_dst_are_refused():
    with pytest.raises(ValidationError, match="does not exist in Europe/Rome"):
        local(ROME, 2026, 3, 29, 2, 30)
    with pytest.raises(ValidationError, match="does not exist in America/New_York"):
        parse_local("2026-03-08 02:15", "America/New_York")
    with pytest.raises(ValidationError, match="not a date and time"):
        parse_local("tomorrow", ROME)
    assert parse_local("2026-03-29 03:30", ROME).utcoffset().total_seconds() == 7200


def test_overlong_text_is_refused_with_a_message_on_both_engines(store):
    with (
        pytest.raises(ValidationError, match="too long .*at most 300") as err,
        store.session() as s,
    ):  # noqa: E501
        _new_event(s, title="x" * 301)
    assert err.value.field == "title"
    with pytest.raises(ValidationError, match="at most 200"), store.session() as s:
        speakers.create_speaker(s, name="y" * 250)
    with store.session() as s:
        ev = _new_event(s)
        with pytest.raises(ValidationError, match="at most 300"):
            agenda.add_session(s, ev.id, title="z" * 400)


@pytest.mark.parametrize(
    ("fmt", "streamed", "in_room"),
    [("in_person", False, True), ("online", True, False), ("hybrid", True, True)],
)
def test_each_format_says_whether_it_is_streamed_and_meets_in_a_room(store, fmt, streamed, in_room):
    from organiser import streaming

    assert events.is_streamed(fmt) is streamed and events.meets_in_room(fmt) is in_room
    start = local("Europe/Rome", 2030, 5, 7, 18, 30)
    with store.session() as s:
        e = events.create_event(
            s,
            title="T",
            starts_at=start,
            ends_at=start.add(hours=2),
            timezone="Europe/Rome",
            format=fmt,
        )
        # the hybrid readiness check asks for a stream link exactly when the event is streamed
        assert bool(streaming.readiness(s, e.id)) is streamed


def test_the_venue_editor_fields_are_the_ones_the_service_accepts(store):
    values = {f: "" for f in venues.EDITABLE_FIELDS if f not in ("name", "capacity")}
    with store.session() as s:
        v = venues.create_venue(s, name="Hall", capacity=10, **values)
        assert {f: getattr(v, f) for f in ("name", "capacity")} == {"name": "Hall", "capacity": 10}
