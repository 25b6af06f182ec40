"""The "how to add a capability" recipe of docs/DESIGN.md, followed for real.

A sponsors capability is written the way the recipe says (a model, a service, a
command module) into a temporary folder, then the program is used: the CLI
offers and runs the new command, a backup and a restore carry the new rows, and
deleting the event removes them, one undo brings a deleted sponsor back with
its id and the event's pages hear of the change. None of it edits a shared list. It runs in its
own process, so the extra table never reaches the other tests' schema.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SERVICE = '''
"""Sponsors of an event (the recipe's model and service, in one file here)."""

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from organiser import validation as v
from organiser.crud import get_or_error
from organiser.models import Base, Event


class Sponsor(Base):
    __tablename__ = "sponsors"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))


def add_sponsor(s: Session, event_id: int, name: str) -> Sponsor:
    get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    sponsor = Sponsor(event_id=event_id, name=v.required(name, "name", "The sponsor's name"))
    s.add(sponsor)
    s.flush()
    return sponsor


def sponsor_names(s: Session, event_id: int) -> list[str]:
    query = select(Sponsor.name).where(Sponsor.event_id == event_id).order_by(Sponsor.id)
    return list(s.scalars(query))
'''

COMMAND = '''
"""``sponsors EVENT [--add NAME]``."""

ORDER = 90


def cmd_sponsors(args, store, out):
    from sponsors_core import add_sponsor, sponsor_names

    with store.session() as s:
        if args.add:
            add_sponsor(s, args.event, args.add)
        for name in sponsor_names(s, args.event):
            print(name, file=out)
    return 0


def register(sub):
    p = sub.add_parser("sponsors", help="list an event's sponsors, or add one")
    p.add_argument("event", type=int)
    p.add_argument("--add", metavar="NAME")
    p.set_defaults(handler=cmd_sponsors)
'''

SCRIPT = """
import io
import sys
from pathlib import Path

tmp = Path(sys.argv[1])
sys.path.insert(0, str(tmp / "core"))

import organiser.commands

organiser.commands.__path__.append(str(tmp / "commands"))  # where the new module was dropped

import sponsors_core
from organiser import backup, cli, events
from organiser.store import Store

db = str(tmp / "organiser.sqlite")
st = Store(db)
# What the recipe's Alembic revision does:
sponsors_core.Base.metadata.create_all(st.engine, tables=[sponsors_core.Sponsor.__table__])
st.close()

assert "sponsors" in cli.build_parser().format_help()
out = io.StringIO()
assert cli.run(["--db", db, "demo"], out=out) == 0
event_id = int(out.getvalue())
out = io.StringIO()
assert cli.run(["--db", db, "sponsors", str(event_id), "--add", "ACME Cloud"], out=out) == 0
assert out.getvalue().splitlines() == ["ACME Cloud"], out.getvalue()
err = io.StringIO()
assert cli.run(["--db", db, "sponsors", str(event_id), "--add", " "], err=err) == 1
assert "sponsor's name" in err.getvalue(), err.getvalue()

# One undo: a snapshot of the event takes the sponsors with it (found from the
# foreign key), and restoring it brings a deleted sponsor back with its id.
from organiser import snapshot
from organiser.changes import Kind, kinds_of_table, track
from organiser.models import Event

with Store(db) as st:
    with st.session() as s:
        before = snapshot.take(s, snapshot.Scope.row(Event, event_id))
        sponsor_id = s.scalar(sponsors_core.select(sponsors_core.Sponsor.id))
    with st.session() as s, track(s) as seen:
        s.delete(s.get(sponsors_core.Sponsor, sponsor_id))
    assert Kind.EVENT in seen.result  # the event's pages hear of it, no list edited
    with st.session() as s:
        snapshot.restore(s, before)
    with st.session() as s:
        assert s.get(sponsors_core.Sponsor, sponsor_id).name == "ACME Cloud"
assert kinds_of_table("sponsors") == {Kind.EVENT}

with Store(db) as st:
    saved = backup.backup_to(st, tmp / "before.sqlite")
    with st.session() as s:
        sponsors_core.add_sponsor(s, event_id, "Added after the backup")
    assert backup.changed_since_last_backup(st)
backup.restore(saved, db)  # reads every mapped class of the copy first, Sponsor too
with Store(db) as st:
    with st.session() as s:
        assert sponsors_core.sponsor_names(s, event_id) == ["ACME Cloud"]
        events.delete_event(s, event_id)
    with st.session() as s:
        assert sponsors_core.sponsor_names(s, event_id) == []
print("recipe followed")
"""


def test_a_capability_written_from_its_own_files_is_found_everywhere(tmp_path: Path):
    (tmp_path / "core").mkdir()
    (tmp_path / "commands").mkdir()
    (tmp_path / "core" / "sponsors_core.py").write_text(textwrap.dedent(SERVICE), "utf-8")
    (tmp_path / "commands" / "sponsors.py").write_text(textwrap.dedent(COMMAND), "utf-8")
    script = tmp_path / "use_it.py"
    script.write_text(textwrap.dedent(SCRIPT), "utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("recipe followed")
