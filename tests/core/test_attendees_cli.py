"""`import-attendees` and `export-attendees` as a script would use them."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from organiser.cli import run
from organiser.models import Attendee

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "attendees"


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_import_prints_the_report_and_reimport_is_idempotent(demo_store, tmp_path):
    store, eid = demo_store
    db = store.url
    code, out, err = call("--db", db, "import-attendees", str(eid), str(DATA / "luma-guests.csv"))
    assert code == 0, err
    assert "as Luma" in out and "added" in out
    code, out, _ = call("--db", db, "import-attendees", str(eid), str(DATA / "luma-guests.csv"))
    assert "0 added, 0 updated, 3 unchanged, 0 skipped." in out


def test_forced_format_and_overwrite_edits_flags(demo_store):
    store, eid = demo_store
    path = str(DATA / "eventbrite-attendees.csv")
    # Detection would say Eventbrite: forcing another format must be what the report names.
    code, out, err = call(
        "--db", store.url, "import-attendees", str(eid), path, "--format", "generic"
    )
    assert code == 0, err
    assert "as Other CSV" in out
    code, out, err = call(
        "--db", store.url, "import-attendees", str(eid), path, "--format", "eventbrite"
    )
    assert code == 0, err
    assert "as Eventbrite" in out
    from organiser import attendees as A

    with store.session() as s:
        sofia = s.scalar(
            select(Attendee).where(
                Attendee.event_id == eid, Attendee.email == "sofia.esposito@example.org"
            )
        )
        A.update_attendee(s, sofia.id, company="Corrected by hand")
        sofia_id = sofia.id
    # Without the flag the hand correction survives a re-import ...
    code, out, err = call("--db", store.url, "import-attendees", str(eid), path)
    assert code == 0, err
    with store.session() as s:
        assert s.get(Attendee, sofia_id).company == "Corrected by hand"
    # ... with it, the file's value replaces it.
    code, out, err = call(
        "--db", store.url, "import-attendees", str(eid), path, "--overwrite-edits"
    )
    assert code == 0, err
    assert "1 updated" in out
    with store.session() as s:
        assert s.get(Attendee, sofia_id).company == "Acme AI"


def test_export_then_file_is_csv_with_bom(demo_store, tmp_path):
    store, eid = demo_store
    out_file = tmp_path / "people.csv"
    code, out, err = call("--db", store.url, "export-attendees", str(eid), "-o", str(out_file))
    assert code == 0, err
    assert out.strip() == f"Wrote 44 attendee(s) to {out_file}."
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_errors_are_one_line_with_exit_codes(demo_store, tmp_path):
    store, eid = demo_store
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = call("--db", store.url, "import-attendees", str(eid), str(junk))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    with store.session() as s:
        assert len(s.scalars(select(Attendee).where(Attendee.event_id == eid)).all()) == 44
    code, _, err = call("--db", store.url, "import-attendees", "999", str(junk))
    assert code == 1 and "no event with id 999" in err
    code, _, err = call("--db", store.url, "import-attendees", str(eid), str(junk), "--format", "x")
    assert code == 2  # argparse prints the usage line itself
    code, _, err = call("--db", store.url, "export-attendees", str(eid))
    assert code == 2


def test_main_py_subprocess(sqlite_store, tmp_path):
    db = str(sqlite_store.path)
    sqlite_store.close()
    res = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "demo"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=120,
    )
    eid = res.stdout.strip()
    res = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            db,
            "import-attendees",
            eid,
            str(DATA / "meetup-attendees.csv"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "1 added, 4 updated, 0 unchanged, 0 skipped." in res.stdout
