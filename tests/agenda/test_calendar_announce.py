"""ICS export parsed back, the announcement and the CLI commands."""

import io

import icalendar
import pendulum

from organiser import agenda, events, speakers
from organiser.announce import SHORT_LIMIT, announcement, md_escape, short_announcement
from organiser.calendar import build_ics
from organiser.cli import run
from organiser.timeutil import local


def _parse(data):
    cal = icalendar.Calendar.from_ical(data)
    vevents = [c for c in cal.walk("VEVENT")]
    zones = [str(c["TZID"]) for c in cal.walk("VTIMEZONE")]
    return cal, vevents, zones


def test_ics_round_trip_gives_the_same_instants_and_one_vtimezone(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        data = build_ics(s, ev_id)
        ev = events.get_event(s, ev_id)
        expected = [(ev.title, ev.starts_at, ev.ends_at)] + [
            (x.title, x.starts_at, x.ends_at) for x in ev.sessions
        ]
        venue = ev.venue.name
    _cal, vevents, zones = _parse(data)
    assert zones == ["Europe/Rome"]
    got = []
    for ve in vevents:
        start, end = ve.decoded("DTSTART"), ve.decoded("DTEND")
        assert ve["DTSTART"].params["TZID"] == "Europe/Rome"
        got.append((str(ve["SUMMARY"]), pendulum.instance(start), pendulum.instance(end)))
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (_t, a, b), (_t2, a2, b2) in zip(got, expected, strict=True):
        assert a == a2 and b == b2  # same instants
    top = vevents[0]
    assert str(top["URL"]) == "https://www.youtube.com/live/mlrome42demo"
    assert "https://www.youtube.com/live/mlrome42demo" in str(top["DESCRIPTION"])
    assert "https://zoom.us/j/81234567890" in str(top["DESCRIPTION"])
    assert venue in str(top["LOCATION"])
    assert "Via Ostiense 92" in str(top["LOCATION"])


def test_ics_uids_are_stable_so_reimport_updates(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        first = [str(v["UID"]) for v in _parse(build_ics(s, ev_id))[1]]
    with store.session() as s:
        x = agenda.list_sessions(s, ev_id)[1]
        agenda.set_duration(s, x.id, 40)
    with store.session() as s:
        second = [str(v["UID"]) for v in _parse(build_ics(s, ev_id))[1]]
    assert first == second and len(set(first)) == 7


def test_ics_for_a_remote_speaker_has_one_vtimezone_per_zone(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        amara = next(sp for sp in speakers.speakers_of_event(s, ev_id) if sp.remote)
        data = build_ics(s, ev_id, speaker_id=amara.id)
        talk = next(x for x in agenda.list_sessions(s, ev_id) if "remote" in x.title)
    _cal, vevents, zones = _parse(data)
    assert sorted(zones) == ["America/New_York", "Europe/Rome"]
    tzids = {v["DTSTART"].params["TZID"] for v in vevents}
    assert tzids == set(zones)
    mine = next(v for v in vevents if str(v["SUMMARY"]) == talk.title)
    assert mine["DTSTART"].params["TZID"] == "America/New_York"
    assert pendulum.instance(mine.decoded("DTSTART")) == talk.starts_at
    assert len(vevents) == 3  # the event, her talk and the panel


def test_ics_across_the_eu_dst_switch_keeps_the_instants(store):
    with store.session() as s:
        start = local("Europe/Rome", 2027, 3, 28, 1, 0)
        ev = events.create_event(
            s, title="Night", starts_at=start, ends_at=start.add(hours=4), timezone="Europe/Rome"
        )
        x = agenda.add_session(s, ev.id, title="Across", duration_minutes=120)
        data = build_ics(s, ev.id)
        want = (x.starts_at, x.ends_at)
    _cal, vevents, zones = _parse(data)
    ve = vevents[1]
    assert (
        pendulum.instance(ve.decoded("DTSTART")),
        pendulum.instance(ve.decoded("DTEND")),
    ) == want
    assert ve["DTEND"].to_ical() == b"20270328T040000"  # 01:00 CET + 2 h = 04:00 CEST
    text = data.decode()
    assert "TZNAME:CEST" in text and "TZNAME:CET" in text


def test_announcement_names_every_zone_venue_link_speakers_and_talks(fixed_demo):
    store, ev_id = fixed_demo
    with store.session() as s:
        text = announcement(s, ev_id, ["America/Los_Angeles", "Asia/Kolkata"])
        titles = [x.title for x in agenda.list_sessions(s, ev_id)]
        names = [sp.name for sp in speakers.speakers_of_event(s, ev_id)]
    assert text.startswith("# ML Rome #42: Learning from little data\n")
    for label in ["18:30–21:30 CET (Rome)", "09:30–12:30 PST (Los Angeles)", "23:00 IST – Fri"]:
        assert label in text
    assert "New York" not in text.split("## Agenda")[0]  # the chosen zones replace the event's
    assert "Talent Garden Ostiense" in text
    assert "<https://www.youtube.com/live/mlrome42demo>" in text
    for t in titles:
        assert md_escape(t) in text
    for n in names:
        assert n in text
    # every agenda line shows its times with zone abbreviations
    for line in text.split("## Agenda")[1].split("## Speakers")[0].splitlines():
        if line.startswith("- "):
            assert "CET" in line and "PST" in line and "IST" in line


def test_short_announcement_fits_280_characters(fixed_demo):
    store, ev_id = fixed_demo
    with store.session() as s:
        short = short_announcement(s, ev_id)
        assert len(short) < SHORT_LIMIT
        assert "18:30 CET" in short and "12:30 EST" in short and "23:00 IST" in short
        assert "https://www.youtube.com/live/mlrome42demo" in short
        events.update_event(s, ev_id, title="A very long meetup title " * 11)
        long_one = short_announcement(s, ev_id)
    assert len(long_one) < SHORT_LIMIT
    assert "18:30 CET" in long_one and "https://www.youtube.com/live/mlrome42demo" in long_one


def test_markdown_in_names_stays_literal():
    assert md_escape("deep_learning *rocks* [1]") == r"deep\_learning \*rocks\* \[1\]"
    assert md_escape("# not a heading") == r"\# not a heading"


def _cli(db, *args):
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", db, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_ics_announce_and_errors(tmp_path):
    db = str(tmp_path / "o.sqlite")
    code, out, _ = _cli(db, "demo")
    ev = out.strip()
    code, out, err = _cli(db, "ics", ev, "-o", str(tmp_path / "e.ics"))
    assert code == 0, err
    assert len(_parse((tmp_path / "e.ics").read_bytes())[1]) == 7
    code, out, err = _cli(db, "announce", ev, "--tz", "Asia/Tokyo")
    assert code == 0 and "JST (Tokyo)" in out
    code, out, err = _cli(db, "announce", ev, "--short")
    assert code == 0 and len(out.strip()) < 280
    code, out, err = _cli(db, "announce", ev, "--tz", "Mars/Base")
    assert code == 1 and err.startswith("error: ") and "Mars/Base" in err
    assert out == ""
    code, out, err = _cli(db, "ics", "999", "-o", str(tmp_path / "x.ics"))
    assert code == 1 and "no event with id 999" in err
    assert not (tmp_path / "x.ics").exists()
    code, out, err = _cli(db, "ics", ev, "-o", str(tmp_path / "missing" / "x.ics"))
    assert code == 1 and "does not exist" in err
    code, out, err = _cli(db, "agenda", ev, "-o", str(tmp_path / "a.pdf"), "--paper", "a5")
    assert code == 2 and not (tmp_path / "a.pdf").exists()
    code, out, err = _cli(
        db,
        "agenda",
        ev,
        "-o",
        str(tmp_path / "a.pdf"),
        "--tz",
        "Asia/Tokyo",
        "--tz",
        "America/Chicago",
        "--paper",
        "letter",
        "--wifi",
    )
    assert code == 0, err
    import pypdf

    page = pypdf.PdfReader(str(tmp_path / "a.pdf")).pages[0]
    assert round(float(page.mediabox.width)) == 612
    text = page.extract_text()
    assert "JST" in text and "Chicago" in text and "TAG-Guest" in text
    code, out, err = _cli(db, "ics", ev, "-o", str(tmp_path / "s.ics"), "--speaker", "2")
    assert code == 0, err
    assert "America/New_York" in _parse((tmp_path / "s.ics").read_bytes())[2]


def test_announcement_viewer_dates_cross_midnight(fixed_demo):
    store, ev_id = fixed_demo
    with store.session() as s:
        text = announcement(s, ev_id, ["Asia/Kolkata", "Australia/Sydney"])
    assert "- Thu 10 Dec 2026, 23:00 IST – Fri 11 Dec, 02:00 IST (Kolkata)" in text
    assert "- Fri 11 Dec 2026, 04:30–07:30 AEDT (Sydney)" in text
