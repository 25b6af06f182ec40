"""Series: dates, zone rotation, local start kept across DST, what is copied, siblings."""

from __future__ import annotations

import io

import pendulum
import pytest

from organiser import agenda, checklists, events, series, speakers, streaming
from organiser.cli import run
from organiser.errors import ValidationError
from tests.core.test_secrets_privacy import memory_keyring, private_demo  # noqa: F401

ROME, NY, KOLKATA = "Europe/Rome", "America/New_York", "Asia/Kolkata"


def _march_event(s):
    """Thu 11 March 2027 18:30 Rome: the US (14 Mar) and the EU (28 Mar) change clocks after."""
    start = pendulum.datetime(2027, 3, 11, 18, 30, tz=ROME)
    ev = events.create_event(
        s,
        title="ML Rome #50",
        starts_at=start,
        ends_at=start.add(hours=3),
        timezone=ROME,
        format="hybrid",
    )
    talk = agenda.add_session(s, ev.id, title="Transformers on a phone", duration_minutes=30)
    agenda.add_session(s, ev.id, title="Pizza break", kind="break", duration_minutes=20)
    sp = speakers.create_speaker(s, name="Zoë Müller", timezone=NY, remote=True)
    agenda.set_speakers(s, talk.id, [(sp.id, "speaker")])
    streaming.add_link(s, ev.id, viewer_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    checklists.apply_default_templates(s, ev.id)
    checklists.add_item(s, ev.id, title="Book the pizza", offset="-2 days at 12:00")
    return ev


def _local(e):
    return e.starts_at.in_timezone(e.timezone)


def test_weekly_series_keeps_18_30_in_rome_across_the_dst_change(store):
    with store.session() as s:
        src = _march_event(s)
        made = series.make_series(s, src.id, every=series.parse_every("1w"), count=3)
        assert [_local(e).format("YYYY-MM-DD HH:mm") for e in made] == [
            "2027-03-18 18:30",
            "2027-03-25 18:30",
            "2027-04-01 18:30",
        ]
        # the UTC instant moves by an hour after 28 March, the wall clock does not
        assert [e.starts_at.in_timezone("UTC").format("HH:mm") for e in made] == [
            "17:30",
            "17:30",
            "16:30",
        ]
        assert {(e.ends_at - e.starts_at).in_minutes() for e in made} == {180}
        assert {e.series_id for e in made} == {src.series_id} and src.series_id
        assert [e.title for e in made] == ["ML Rome #51", "ML Rome #52", "ML Rome #53"]


def test_rotating_zones_keeps_each_zones_local_time_across_dst(store):
    with store.session() as s:
        src = _march_event(s)
        made = series.make_series(
            s,
            src.id,
            every=series.parse_every("1w"),
            count=5,
            rotation=series.parse_rotation(f"{ROME}=18:30,{NY}=12:00,{KOLKATA}=19:00"),
        )
        got = [(e.timezone, _local(e).format("MM-DD HH:mm")) for e in made]
        assert got == [
            (NY, "03-18 12:00"),  # Rome is the source's zone: the rotation goes on from it
            (KOLKATA, "03-25 19:00"),
            (ROME, "04-01 18:30"),
            (NY, "04-08 12:00"),
            (KOLKATA, "04-15 19:00"),
        ]
        # New York 12:00 is 16:00 UTC after the US change (EDT), Rome 18:30 is 16:30 (CEST)
        utc = [e.starts_at.in_timezone("UTC").format("HH:mm") for e in made]
        assert utc == ["16:00", "13:30", "16:30", "16:00", "13:30"]


def test_one_local_time_for_every_zone_and_monthly_rules(store):
    with store.session() as s:
        src = _march_event(s)
        made = series.make_series(
            s,
            src.id,
            every=series.parse_every("first thu"),
            count=2,
            rotation=series.parse_rotation(f"{ROME},{NY}"),
            local_time=(19, 0),
        )
        assert [(e.timezone, _local(e).format("ddd YYYY-MM-DD HH:mm")) for e in made] == [
            (NY, "Thu 2027-04-01 19:00"),
            (ROME, "Thu 2027-05-06 19:00"),
        ]
    jan31 = pendulum.date(2027, 1, 31)
    assert series.series_dates(jan31, series.parse_every("1m"), 2) == [
        pendulum.date(2027, 2, 28),
        pendulum.date(2027, 3, 31),
    ]
    assert series.series_dates(jan31, series.parse_every("last fri"), 1) == [
        pendulum.date(2027, 2, 26)
    ]


def test_copies_venue_links_skeleton_and_redated_checklists(store):
    with store.session() as s:
        src = _march_event(s)
        (new,) = series.make_series(s, src.id, every=series.parse_every("2w"), count=1)
        assert [(x.kind, x.title, x.duration_minutes) for x in new.sessions] == [
            ("talk", "Talk (to be announced)", 30),
            ("break", "Pizza break", 20),
        ]
        assert all(not x.speakers for x in new.sessions)
        assert [link.viewer_url for link in new.stream_links] == [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        ]
        old_items = {i.title: i for i in checklists.list_items(s, src.id) if not i.speaker_id}
        new_items = {i.title: i for i in checklists.list_items(s, new.id)}
        assert set(new_items) == set(old_items)  # the speaker's items do not follow
        pizza = new_items["Book the pizza"].due_at.in_timezone(ROME)
        assert pizza.format("YYYY-MM-DD HH:mm") == "2027-03-23 12:00"
        assert all(not i.done for i in new_items.values())
        # the speaker template stays applied: a speaker added later gets their items
        names = [t.name for t in checklists.applied_templates(s, new.id)]
        assert "Speaker" in names


def test_siblings_list_attendance(store):
    from organiser.models import Attendee

    with store.session() as s:
        src = _march_event(s)
        made = series.make_series(s, src.id, every=series.parse_every("1w"), count=2)
        s.add(
            Attendee(
                event_id=src.id, first_name="Zoë", rsvp="going", checked_in_at=pendulum.now("UTC")
            )
        )
        s.add(Attendee(event_id=src.id, first_name="Ana", rsvp="going"))
        s.flush()
        rows = series.siblings(s, made[0].id)
        assert [(r.id, r.going, r.checked_in, r.current) for r in rows] == [
            (src.id, 2, 1, False),
            (made[0].id, 0, 0, True),
            (made[1].id, 0, 0, False),
        ]
        lonely = events.create_event(
            s, title="x", starts_at=src.starts_at, ends_at=src.ends_at, timezone=ROME
        )
        assert series.siblings(s, lonely.id) == []
        for e in made:
            events.delete_event(s, e.id)
        assert series.siblings(s, src.id) == []  # alone again: no series to show


@pytest.mark.parametrize(
    ("every", "message"),
    [("3d", "not a repeat"), ("13w", "from 1 to 12"), ("fifth mon", "not a repeat")],
)
def test_bad_repeats(every, message):
    with pytest.raises(ValidationError, match=message):
        series.parse_every(every)


def test_a_local_time_skipped_by_dst_is_refused():
    sunday = pendulum.datetime(2027, 3, 21, 18, 30, tz=ROME)
    with pytest.raises(ValidationError, match="does not exist"):
        # 28 March 2027 02:30 does not exist in Rome: the clocks jump from 02:00 to 03:00
        series.plan_series(sunday, ROME, series.parse_every("1w"), 1, local_time=(2, 30))


def test_cli_series(tmp_path):
    db = str(tmp_path / "a.sqlite")
    out = io.StringIO()
    assert run(["--db", db, "demo"], out, io.StringIO()) == 0
    ev = out.getvalue().strip()
    out, err = io.StringIO(), io.StringIO()
    code = run(
        [
            "--db",
            db,
            "series",
            ev,
            "--every",
            "1w",
            "--count",
            "2",
            "--rotate-zones",
            f"{ROME}=18:30,{NY}=12:00,{KOLKATA}=19:00",
        ],
        out,
        err,
    )
    assert code == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0] == "Made 2 events (every week):"
    assert "12:00 America/New_York" in lines[1] and "19:00 Asia/Kolkata" in lines[2]
    err = io.StringIO()
    assert run(["--db", db, "series", ev, "--every", "3d", "--count", "2"], io.StringIO(), err) == 1
    assert "not a repeat" in err.getvalue()


def test_a_series_copies_the_links_but_never_a_stream_key(private_demo, tmp_path):  # noqa: F811
    from organiser import mail, secrets
    from tests.core.test_secrets_privacy import STREAM_KEY, set_stream_key

    store, event_id, link_id, mem = private_demo
    set_stream_key(store, link_id, STREAM_KEY)
    with store.session() as s:
        made = series.make_series(s, event_id, every=series.parse_every("1w"), count=2)
        new_links = [link.id for e in made for link in e.stream_links]
        assert len(new_links) == 4
        assert all(secrets.get_stream_key(s, i) is None for i in new_links)
        assert secrets.get_stream_key(s, link_id) == STREAM_KEY  # the original keeps its own
        written = mail.write_drafts(s, event_id, "day-of", tmp_path)
    assert list(mem.data.values()) == [STREAM_KEY]
    for w in written:
        assert STREAM_KEY.encode() not in w.path.read_bytes()
