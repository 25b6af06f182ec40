import os
import subprocess
import sys
from pathlib import Path

import pytest

from organiser.cli import run
from organiser.demo import ATTENDEES

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, env=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_demo_then_events_on_each_engine(db_url):
    res = cli("--db", db_url, "demo")
    assert res.returncode == 0, res.stderr
    event_id = res.stdout.strip()
    assert event_id.isdigit()
    res = cli("--db", db_url, "events")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    line = lines[0]
    assert line.split()[0] == event_id
    assert "18:30 Europe/Rome" in line and "ML Rome #42" in line
    # then the meetups it follows, latest first
    assert [next(w for w in x.split() if w.startswith("#")) for x in lines[1:]] == [
        "#41:",
        "#40:",
        "#39:",
        "#38:",
    ]


def test_demo_content_is_realistic(demo_store):
    from organiser.events import get_event
    from organiser.speakers import speakers_of_event

    store, ev_id = demo_store
    with store.session() as s:
        ev = get_event(s, ev_id)
        assert ev.format == "hybrid" and ev.timezone == "Europe/Rome"
        assert ev.venue is not None and ev.venue.capacity and ev.venue.wifi_name
        kinds = [x.kind for x in ev.sessions]
        assert len(kinds) == 6 and {"break", "networking", "panel"} <= set(kinds)
        people = speakers_of_event(s, ev_id)
        assert len(people) == 4
        assert [p.timezone for p in people if p.remote] == ["America/New_York"]
        panel = next(x for x in ev.sessions if x.kind == "panel")
        assert [x.role for x in panel.speakers] == ["moderator", "panellist", "panellist"]
        assert {x.platform for x in ev.stream_links} == {"youtube", "zoom"}
        names = " ".join(a.full_name for a in ev.attendees)
        assert len(ev.attendees) == len(ATTENDEES) >= 40
        for sample in ["Zoë", "Γιώργος", "Иван", "陈伟", "田中", "김", "عمر", "נועה", "प्रिया"]:
            assert sample in names
        days_ahead = (ev.starts_at - __import__("pendulum").now("UTC")).in_days()
        assert 10 <= days_ahead <= 18


def test_demo_twice_reuses_venue_and_speakers(sqlite_store):
    from organiser.demo import HISTORY, PAST_SPEAKERS, SPEAKERS, create_demo
    from organiser.events import list_events
    from organiser.speakers import list_speakers
    from organiser.venues import list_venues

    for _ in range(2):
        with sqlite_store.session() as s:
            create_demo(s)
    with sqlite_store.session() as s:
        assert len(list_venues(s)) == 1
        # the four speakers of #42 plus two who spoke only at earlier meetups, each once
        assert len(list_speakers(s)) == len(SPEAKERS) + len(PAST_SPEAKERS) == 6
        # the history is added once: two upcoming samples, one set of past meetups
        assert len(list_events(s)) == len(HISTORY) + 2


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["frobnicate"], 2, "usage error"),
        ([], 2, "choose a command"),
        (["--db", "/no/such/dir/x.sqlite", "events"], 1, "does not exist"),
        (["--db", "mysql://u@h/d", "events"], 1, "not supported"),
        (["--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "events"], 1, "Cannot open"),
    ],
)
def test_errors_are_one_clear_line(args, code, message, tmp_path, capsys):
    rc = run(args)
    err = capsys.readouterr().err
    assert rc == code
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) <= 2


def test_subprocess_errors_have_no_traceback(tmp_path):
    res = cli("--db", str(tmp_path / "nope" / "x.sqlite"), "events")
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "Traceback" not in res.stderr
    res = cli("--db", str(tmp_path / "x.sqlite"), "no-such-command")
    assert res.returncode == 2 and "Traceback" not in res.stderr


def test_empty_database_lists_nothing_helpfully(tmp_path, capsys):
    assert run(["--db", str(tmp_path / "x.sqlite"), "events"]) == 0
    assert "No events yet" in capsys.readouterr().out
