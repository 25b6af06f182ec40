import io
import json
import re

import pendulum
import pytest
from sqlalchemy import select

from organiser import agenda, checklists, events, speakers
from organiser.cli import run
from organiser.errors import OrganiserError, ValidationError
from organiser.models import ChecklistItem, ChecklistTemplate
from organiser.timeutil import local


def _event(s, zone, y, mo, d, h=18, mi=30, fmt="hybrid"):
    start = local(zone, y, mo, d, h, mi)
    return events.create_event(
        s, title="Meetup", starts_at=start, ends_at=start.add(hours=3), timezone=zone, format=fmt
    )


def _item(s, event_id, title_part, speaker_id=None):
    rows = [
        r
        for r in checklists.list_items(s, event_id)
        if title_part in r.title and r.speaker_id == speaker_id
    ]
    assert len(rows) == 1, [r.title for r in rows]
    return rows[0]


# -- offsets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, minutes, at",
    [
        ("-7 days", -7 * 1440, None),
        ("-7 days at 18:00", -7 * 1440, "18:00"),
        ("-6 weeks", -42 * 1440, None),
        ("-2 hours", -120, None),
        ("-90 minutes", -90, None),
        ("+1 day", 1440, None),
        ("0", 0, None),
        ("0 days at 8:05", 0, "08:05"),
    ],
)
def test_offsets_read_and_write_back(text, minutes, at):
    assert checklists.parse_offset(text) == (minutes, at)
    assert checklists.parse_offset(checklists.format_offset(minutes, at)) == (minutes, at)


@pytest.mark.parametrize(
    "text, message",
    [
        ("-7 dayz", "not an offset"),
        ("-7", "days, hours or minutes"),
        ("-2 hours at 18:00", "only goes with whole days"),
        ("-7 days at 25:00", "not a time of day"),
        ("-900 days", "more than a year"),
        ("", "not an offset"),
    ],
)
def test_bad_offsets_are_explained(text, message):
    with pytest.raises(ValidationError, match=message):
        checklists.parse_offset(text)


def test_due_dates_keep_the_wall_clock_across_dst_in_rome():
    # Italy moves to summer time on Sunday 29 March 2026.
    start = local("Europe/Rome", 2026, 4, 2, 18, 30)  # CEST, UTC+2
    due = checklists.due_date(start, "Europe/Rome", *checklists.parse_offset("-7 days at 18:00"))
    loc = due.in_timezone("Europe/Rome")
    assert (loc.month, loc.day, loc.hour, loc.minute) == (3, 26, 18, 0)
    assert due.in_timezone("UTC").hour == 17  # CET, UTC+1
    week = checklists.due_date(start, "Europe/Rome", -7 * 1440, None)
    assert week.in_timezone("Europe/Rome").format("D MMM HH:mm") == "26 Mar 18:30"
    # elapsed hours stay elapsed hours
    hours = checklists.due_date(start, "Europe/Rome", -120, None)
    assert hours.in_timezone("Europe/Rome").format("HH:mm") == "16:30"


def test_due_dates_keep_the_wall_clock_across_dst_in_new_york():
    # New York goes back to standard time on Sunday 1 November 2026.
    start = local("America/New_York", 2026, 11, 5, 19, 0)  # EST, UTC-5
    due = checklists.due_date(
        start, "America/New_York", *checklists.parse_offset("-7 days at 18:00")
    )
    loc = due.in_timezone("America/New_York")
    assert (loc.month, loc.day, loc.hour) == (10, 29, 18)
    assert due.in_timezone("UTC").hour == 22  # EDT, UTC-4
    after = checklists.due_date(start, "America/New_York", 1440, "10:00")
    assert after.in_timezone("America/New_York").format("D MMM HH:mm") == "6 Nov 10:00"


def test_applied_items_land_at_local_times_in_the_database(store):
    with store.session() as s:
        ev = _event(s, "Europe/Rome", 2026, 4, 2)
        checklists.apply_template(s, ev.id, "Hybrid stream")
        eid = ev.id
    with store.session() as s:
        item = s.scalar(
            select(ChecklistItem).where(
                ChecklistItem.event_id == eid, ChecklistItem.title.like("Rehearse%")
            )
        )
        assert item.due_at == pendulum.datetime(2026, 3, 26, 17, 0, tz="UTC")


# -- shipped templates ----------------------------------------------------------------


def test_shipped_templates_are_complete_and_concrete():
    files = checklists.shipped_template_files()
    data = {d.name: d for d in (checklists.read_template_file(p) for p in files)}
    assert set(data) == {"Meetup lifecycle", "Venue", "Hybrid stream", "Speaker"}
    assert data["Hybrid stream"].formats == ["online", "hybrid"]
    assert data["Speaker"].applies_to == "speaker"
    life = data["Meetup lifecycle"].items
    assert min(i.offset_minutes for i in life) == -42 * 1440  # six weeks before
    assert max(i.offset_minutes for i in life) == 1440  # to the day after
    for t in data.values():
        titles = [i.title for i in t.items]
        assert len(titles) == len(set(titles)), t.name
        for i in t.items:
            assert i.why.endswith(".") and len(i.why.split()) >= 6, i.title
            assert i.category and i.owner_role, i.title
    speaker = {i.title: i for i in data["Speaker"].items}
    tech = [i for i in speaker.values() if "tech check" in i.title]
    assert len(tech) == 1 and tech[0].category == checklists.REMOTE_CATEGORY
    for word in (
        "Confirmed",
        "abstract",
        "bio",
        "Photo",
        "Slides received",
        "A/V check",
        "consent",
        "Travel",
        "Dietary",
        "Thank-you",
        "Slides link",
    ):
        assert any(word in title for title in speaker), word


def test_seeding_is_idempotent_and_keeps_edits(store):
    with store.session() as s:
        first = checklists.list_templates(s)
        assert all(t.builtin for t in first) and len(first) == 4
        venue = checklists.get_template(s, "Venue")
        checklists.update_template_item(s, venue.items[0].id, offset="-60 days")
    with store.session() as s:
        assert checklists.seed_builtin_templates(s) == []
        assert len(checklists.list_templates(s)) == 4
        assert checklists.get_template(s, "Venue").items[0].offset_minutes == -60 * 1440


# -- events and speakers -----------------------------------------------------------------


def test_moving_the_event_moves_open_items_only(store):
    with store.session() as s:
        ev = _event(s, "Europe/Rome", 2026, 3, 26)
        checklists.apply_template(s, ev.id, "Meetup lifecycle")
        eid = ev.id
        done = _item(s, eid, "Fix the date")
        checklists.set_done(s, done.id)
        done_due = done.due_at
    with store.session() as s:
        # one week later, across the change to summer time
        events.update_event(s, eid, starts_at=local("Europe/Rome", 2026, 4, 2, 18, 30))
    with store.session() as s:
        remind = _item(s, eid, "Remind everyone who RSVPed")
        assert remind.due_at.in_timezone("Europe/Rome").format("D MMM HH:mm") == "26 Mar 18:00"
        announce = _item(s, eid, "Announce the meetup")
        assert announce.due_at.in_timezone("Europe/Rome").format("D MMM HH:mm") == "5 Mar 10:00"
        assert _item(s, eid, "Fix the date").due_at == done_due
    with store.session() as s:
        # the same wall clock in another zone is another instant
        events.update_event(s, eid, timezone="America/New_York")
    with store.session() as s:
        remind = _item(s, eid, "Remind everyone who RSVPed")
        assert remind.due_at.in_timezone("America/New_York").hour == 18


def _speaker_setup(s):
    ev = _event(s, "Europe/Rome", 2026, 12, 10)
    onsite = speakers.create_speaker(s, name="Giulia", email="g@example.org", remote=False)
    remote = speakers.create_speaker(
        s, name="Amara", email="a@example.org", remote=True, timezone="America/New_York"
    )
    talk = agenda.add_session(s, ev.id, title="Talk")
    agenda.set_speakers(s, talk.id, [(onsite.id, "speaker")])
    return ev, onsite, remote, talk


def test_speaker_items_appear_and_disappear(store):
    with store.session() as s:
        ev, onsite, remote, talk = _speaker_setup(s)
        checklists.apply_default_templates(s, ev.id)
        ids = (ev.id, onsite.id, remote.id, talk.id)
    eid, gid, aid, tid = ids
    with store.session() as s:
        mine = checklists.list_items(s, eid, speaker_id=gid)
        titles = " | ".join(r.title for r in mine)
        assert "A/V check" in titles and "tech check" not in titles
        assert checklists.list_items(s, eid, speaker_id=aid) == []
        agenda.set_speakers(s, tid, [(gid, "speaker"), (aid, "speaker")])
    with store.session() as s:
        theirs = checklists.list_items(s, eid, speaker_id=aid)
        titles = " | ".join(r.title for r in theirs)
        assert "tech check" in titles and "A/V check" not in titles and "Travel" not in titles
        assert checklists.speaker_items_for_removal(s, eid) == []
        before = len(checklists.list_items(s, eid))
        checklists.set_done(s, theirs[0].id)
        agenda.set_speakers(s, tid, [(gid, "speaker")])
    with store.session() as s:
        # leaving the agenda does not silently delete: the organiser is asked
        left = checklists.speaker_items_for_removal(s, eid)
        assert [(x.speaker_id, x.done_items, x.open_items) for x in left] == [
            (aid, 1, len(theirs) - 1)
        ]
        assert checklists.remove_speaker_items(s, eid, aid, action="delete") == len(theirs)
    with store.session() as s:
        assert checklists.list_items(s, eid, speaker_id=aid) == []
        assert len(checklists.list_items(s, eid)) == before - len(theirs)
        assert checklists.speaker_items_for_removal(s, eid) == []


def test_keeping_a_departed_speakers_items_keeps_them_as_event_items(store):
    with store.session() as s:
        ev, onsite, _remote, talk = _speaker_setup(s)
        checklists.apply_template(s, ev.id, "Speaker")
        n = len(checklists.list_items(s, ev.id, speaker_id=onsite.id))
        agenda.set_speakers(s, talk.id, [])
        assert checklists.remove_speaker_items(s, ev.id, onsite.id, action="keep") == n
        eid = ev.id
    with store.session() as s:
        rows = checklists.list_items(s, eid)
        assert len(rows) == n and all(r.speaker_id is None for r in rows)
        assert all(r.title.startswith("Giulia: ") for r in rows)
        assert checklists.speaker_items_for_removal(s, eid) == []
        with pytest.raises(ValidationError, match="delete or keep"):
            checklists.remove_speaker_items(s, eid, 1, action="shred")


def test_speakers_get_no_items_before_a_checklist_is_applied(store):
    with store.session() as s:
        ev, onsite, *_ = _speaker_setup(s)
        assert checklists.list_items(s, ev.id) == []


def test_venue_template_refused_for_online_event(store):
    with store.session() as s:
        ev = _event(s, "Europe/Rome", 2026, 12, 10, fmt="online")
        names = [t.name for t in checklists.default_templates(s, ev.id)]
        assert names == ["Meetup lifecycle", "Hybrid stream", "Speaker"]
        with pytest.raises(OrganiserError, match="in_person, hybrid events"):
            checklists.apply_template(s, ev.id, "Venue")


def test_applying_twice_adds_nothing(store):
    with store.session() as s:
        ev = _event(s, "Europe/Rome", 2026, 12, 10)
        first = checklists.apply_template(s, ev.id, "Venue")
        assert first and checklists.apply_template(s, ev.id, "Venue") == []


# -- working through items ----------------------------------------------------------------


def test_tick_untick_assignee_note_and_groups(store):
    with store.session() as s:
        ev = _event(s, "Europe/Rome", 2026, 12, 10)
        checklists.apply_template(s, ev.id, "Venue")
        eid = ev.id
        item = _item(s, eid, "Book the room")
        checklists.set_done(s, item.id, at=pendulum.datetime(2026, 10, 1, 9, 0, tz="Europe/Rome"))
        checklists.update_item(s, item.id, assignee=" Marco ", note="Signed by the manager")
        other = _item(s, eid, "Get the wifi")
        checklists.update_item(s, other.id, assignee="Ana")
    with store.session() as s:
        item = _item(s, eid, "Book the room")
        assert item.done_at == pendulum.datetime(2026, 10, 1, 7, 0, tz="UTC")
        assert (item.assignee, item.note) == ("Marco", "Signed by the manager")
        assert checklists.assignees(s, eid) == ["Ana", "Marco"]
        assert [r.title for r in checklists.list_items(s, eid, assignee="Ana")] == [other.title]
        assert checklists.progress(s, eid).done == 1
        now = pendulum.datetime(2026, 12, 5, 12, tz="UTC")
        groups = checklists.group_items(checklists.list_items(s, eid), now)
        assert [r.title for r in groups["done"]] == [item.title]
        assert any("wifi" in r.title for r in groups["overdue"])  # due 3 Dec
        assert any("Set out the stage" in r.title for r in groups["this_week"])
        assert all(r.due_at >= now.add(days=7) for r in groups["later"])
        checklists.set_done(s, item.id, False)
    with store.session() as s:
        assert _item(s, eid, "Book the room").done_at is None
        nxt = checklists.next_due(s, eid, 3)
        assert [r.title for r in nxt][0].startswith("Book the room")
        assert len(nxt) == 3


def test_progress_per_speaker_and_readiness_grid(demo_store):
    store, eid = demo_store
    with store.session() as s:
        per = {p.name: p for p in checklists.speaker_progress(s, eid)}
        amara = per["Amara Okafor"]
        assert amara.remote and 0 < amara.progress.done < amara.progress.total
        grid = checklists.speaker_readiness(s, eid)
        tech = next(i for i, c in enumerate(grid.columns) if "tech check" in c)
        cells = {sp.name: row[tech] for sp, row in grid.rows}
        assert cells["Amara Okafor"] is False  # open: the demo's stream is not ready yet
        assert cells["Giulia Conti"] is None  # not for speakers in the room
        item = next(
            r
            for r in checklists.list_items(s, eid, speaker_id=amara.speaker_id)
            if "tech check" in r.title
        )
        checklists.set_done(s, item.id)
    with store.session() as s:
        grid = checklists.speaker_readiness(s, eid)
        cells = {sp.name: row[tech] for sp, row in grid.rows}
        assert cells["Amara Okafor"] is True
        assert checklists.progress(s, eid).done > 0


# -- templates as files ---------------------------------------------------------------------


def test_template_crud(store):
    with store.session() as s:
        t = checklists.create_template(s, name="Workshop", description="Hands-on evenings")
        a = checklists.add_template_item(s, t.id, title="Ask for laptops", offset="-7 days")
        b = checklists.add_template_item(
            s, t.id, title="Print exercises", offset="-1 day at 12:00", index=0
        )
        c = checklists.add_template_item(s, t.id, title="Spare chargers", offset="-2 hours")
        checklists.move_template_item(s, c.id, 0)
        checklists.update_template_item(s, a.id, offset="-10 days", why="People need notice.")
        checklists.remove_template_item(s, b.id)
        tid = t.id
        with pytest.raises(ValidationError, match="already exists"):
            checklists.create_template(s, name="Workshop")
    with store.session() as s:
        t = checklists.get_template(s, tid)
        assert [(i.title, i.offset_minutes, i.position) for i in t.items] == [
            ("Spare chargers", -120, 0),
            ("Ask for laptops", -10 * 1440, 1),
        ]


def test_template_export_import_round_trip(store, tmp_path):
    path = tmp_path / "speaker.json"
    with store.session() as s:
        original = checklists.get_template(s, "Speaker")
        checklists.export_template(s, original.id, path)
        before = checklists.template_to_dict(checklists.template_data(original))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["items"][0]["offset"] == "-28 days"
    with store.session() as s:
        with pytest.raises(OrganiserError, match="already exists"):
            checklists.import_template(s, path)
        copy = checklists.import_template(s, path, name="Speaker (ours)")
        assert not copy.builtin
        cid = copy.id
    with store.session() as s:
        copied = checklists.get_template(s, cid)
        after = checklists.template_to_dict(checklists.template_data(copied))
        assert after["items"] == before["items"]
        assert after["applies_to"] == "speaker"
        replaced = checklists.import_template(s, path, replace=True)
        assert replaced.name == "Speaker"
        assert len(list(s.scalars(select(ChecklistTemplate)))) == 5


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON (line 1"),
        ("[]", "expected a JSON object"),
        ('{"name": "X", "items": []}', "non-empty list"),
        ('{"name": "X", "items": [{"title": "A", "offset": "-1 day"}]}', "item 1 (“A”): “why”"),
        (
            '{"name": "X", "items": [{"title": "A", "why": "B.", "offset": "soon"}]}',
            "item 1 (“A”): “soon” is not an offset",
        ),
        ('{"name": "X", "applies_to": "venue", "items": [1]}', "“event” or “speaker”"),
        ('{"name": "X", "version": 9, "items": [1]}', "newer version"),
        ('{"kind": "badge-layout", "name": "X"}', "not a Meetup Organiser checklist"),
    ],
)
def test_bad_template_files_are_explained_and_change_nothing(store, tmp_path, content, message):
    path = tmp_path / "shared.json"
    path.write_text(content, encoding="utf-8")
    with store.session() as s:
        n = len(checklists.list_templates(s))
        with pytest.raises(OrganiserError, match=re.escape(message)):
            checklists.import_template(s, path)
    with store.session() as s:
        assert len(checklists.list_templates(s)) == n


# -- CLI -------------------------------------------------------------------------------------


def test_cli_checklist_prints_items_with_zone(tmp_path):
    db = str(tmp_path / "cli.sqlite")
    out = io.StringIO()
    assert run(["--db", db, "demo"], out=out) == 0
    eid = out.getvalue().strip()
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db, "checklist", eid], out=out, err=err) == 0, err.getvalue()
    text = out.getvalue()
    assert "Due times in Europe/Rome" in text
    assert "[x]" in text and "[ ]" in text
    assert "tech check" in text and "Amara Okafor" in text
    assert " CET " in text or " CEST " in text
    out = io.StringIO()
    assert run(["--db", db, "checklist", eid, "--assignee", "Ana Silva"], out=out) == 0
    assert "Rehearse at the venue" in out.getvalue()
    assert "Book the room" not in out.getvalue()
    target = tmp_path / "venue.json"
    out = io.StringIO()
    args = ["--db", db, "checklist", "--export-template", "Venue", "-o", str(target)]
    assert run(args, out=out) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["name"] == "Venue"
    err = io.StringIO()
    assert run(["--db", db, "checklist", "--import-template", str(target)], err=err) == 1
    assert "already exists" in err.getvalue() and "Traceback" not in err.getvalue()
    assert run(["--db", db, "checklist"], err=io.StringIO()) == 2
    assert run(["--db", db, "checklist", "999"], err=(err := io.StringIO())) == 1
    assert "no event with id 999" in err.getvalue()


def test_new_speakers_follow_a_renamed_speaker_template(store):
    with store.session() as s:
        ev, onsite, remote, talk = _speaker_setup(s)
        checklists.apply_template(s, ev.id, "Speaker")
        tid = checklists.get_template(s, "Speaker").id
        checklists.update_template(s, tid, name="Speaker (ML Rome)")
        agenda.set_speakers(s, talk.id, [(onsite.id, "speaker"), (remote.id, "speaker")])
        rows = checklists.list_items(s, ev.id, speaker_id=remote.id)
        assert rows and {r.template_name for r in rows} == {"Speaker (ML Rome)"}


def test_a_team_takes_its_items_and_many_are_ticked_at_once(store):
    with store.session() as s:
        eid = _event(s, "Europe/Rome", 2030, 3, 14).id
        checklists.apply_default_templates(s, eid)
        rows = checklists.list_items(s, eid)
        roles = {r.owner_role for r in rows}
        lead = next(iter(sorted(roles)))
        given = checklists.assign_team(s, eid, {lead: "  Marco Bianchi  "})
        first_two = {r.id: r.due_at.subtract(days=1) for r in rows[:2]}
        assert checklists.set_done_many(s, eid, first_two) == 2
    with store.session() as s:
        after = {r.id: r for r in checklists.list_items(s, eid)}
    assert given == sum(1 for r in rows if r.owner_role == lead) > 0
    assert {r.assignee for r in after.values() if r.owner_role == lead} == {"Marco Bianchi"}
    assert {r.assignee for r in after.values() if r.owner_role != lead} == {""}
    assert {i for i, r in after.items() if r.done} == set(first_two)
    assert all(after[i].done_at == first_two[i] for i in first_two)
