"""``checkin EVENT CODE``: one line, exit 0 for in/already, exit 1 for anything refused."""

from __future__ import annotations

import pendulum
from sqlalchemy import select

from organiser.attendees import add_attendee
from organiser.demo import create_demo
from organiser.events import create_event
from organiser.models import Attendee
from tests.tools.outputs import run_cli


def _demo(db_url):
    from organiser.store import Store

    with Store(db_url) as store, store.session() as s:
        eid = create_demo(s).id
        going = s.scalars(
            select(Attendee).where(Attendee.event_id == eid, Attendee.rsvp == "going")
        ).first()
        cancelled = s.scalars(
            select(Attendee).where(Attendee.event_id == eid, Attendee.rsvp == "not_going")
        ).first()
        start = pendulum.datetime(2027, 3, 4, 19, 0, tz="Europe/Rome")
        other = create_event(
            s,
            title="ML Rome #41",
            starts_at=start,
            ends_at=start.add(hours=2),
            timezone="Europe/Rome",
        )
        stranger = add_attendee(s, other.id, first_name="Ada", last_name="Other")
        return eid, going, cancelled, stranger.checkin_token


def test_checkin_command_outcomes_and_exit_codes(db_url):
    eid, going, cancelled, foreign = _demo(db_url)
    code, out, err = run_cli(
        ["--db", db_url, "checkin", str(eid), going.checkin_token, "--door", "Door 2"]
    )
    assert (code, out, err) == (0, f"Checked in: {going.full_name}\n", "")
    code, out, err = run_cli(["--db", db_url, "checkin", str(eid), going.checkin_token])
    assert code == 0 and err == ""
    assert out.startswith(f"Already checked in: {going.full_name} at ")
    assert out.endswith(" (Door 2)\n") and len(out.splitlines()) == 1
    for text, line in [
        ("NOPE-0000", "error: Not on the list\n"),
        (cancelled.checkin_token, f"error: Cancelled ticket: {cancelled.full_name}\n"),
        (foreign, "error: This ticket is for ML Rome #41\n"),
        ("   ", "error: Give the code on the ticket.\n"),
        ("zoe", "error: Not on the list\n"),  # the command never searches names
    ]:
        code, out, err = run_cli(["--db", db_url, "checkin", str(eid), text])
        assert (code, out, err) == (1, "", line), text


def test_a_code_that_starts_with_a_dash_goes_after_double_dash(sqlite_store, tmp_path):
    """Older databases may hold badge tokens starting with "-" (new ones never do)."""
    from organiser.models import new_token

    assert not any(new_token().startswith("-") for _ in range(2000))
    with sqlite_store.session() as s:
        eid = create_demo(s).id
        a = add_attendee(s, eid, first_name="Dash", last_name="First")
        a.checkin_token = "-dashFirstToken1"
    db = str(sqlite_store.path)
    code, out, err = run_cli(["--db", db, "checkin", str(eid), "--", "-dashFirstToken1"])
    assert (code, out, err) == (0, "Checked in: Dash First\n", "")


def test_checkin_usage_errors_exit_2(tmp_path):
    code, _out, _err = run_cli(["--db", str(tmp_path / "x.sqlite"), "checkin", "1"])
    assert code == 2
    code, _out, _err = run_cli(["--db", str(tmp_path / "x.sqlite"), "checkin", "one", "CODE"])
    assert code == 2


def test_unknown_event_is_one_line(tmp_path):
    code, out, err = run_cli(["--db", str(tmp_path / "x.sqlite"), "checkin", "99", "CODE"])
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and "event" in err
