"""Fuzzed names and titles in any script through the badge and agenda renderers.

Names of attendees and speakers, the event and session titles become random
Unicode (CJK, Arabic, Hebrew, emoji, combining marks, controls); each
printable output is then made through the CLI. It either writes a PDF that
opens, or fails with a one-line message, never an unexpected exception.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from organiser.demo import create_demo
from organiser.models import Attendee, Event, EventSession, Speaker
from organiser.store import Store
from organiser.validation import clean_text
from tests.tools.outputs import run_cli

RENDERERS = ["badges", "agenda", "briefing"]

FUZZ = settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SCRIPTS = st.sampled_from(
    [
        "渡辺健二",
        "محمد عبد الله",
        "שלום עליכם",
        "Ελένη",
        "Łukasz Żółć",
        "Nguyễn Thị Minh Khai",
        "👩🏽‍💻 Ada",
        "e\u0301\u0301\u0301",
        "\u202eevil",
        "ᄀᄀᄀ",
        "𝕬𝖉𝖆",
        "x" * 300,
    ]
)
name = st.one_of(
    SCRIPTS, st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)
)


@pytest.fixture
def demo_db(tmp_path) -> tuple[Path, int]:
    db = tmp_path / "o.sqlite"
    with Store(db) as st_, st_.session() as s:
        event_id = create_demo(s).id
    return db, event_id


def _rename(db: Path, event_id: int, names: list[str]) -> None:
    with Store(db) as store, store.session() as s:
        cycle = itertools.cycle(names)
        ev = s.get(Event, event_id)
        ev.title = clean_text(next(cycle))[:300] or "T"
        for a in s.scalars(select(Attendee).where(Attendee.event_id == event_id)):
            a.first_name = clean_text(next(cycle))[:200]
            a.last_name = clean_text(next(cycle))[:200]
            a.company = clean_text(next(cycle))[:200]
        for sess in s.scalars(select(EventSession).where(EventSession.event_id == event_id)):
            sess.title = clean_text(next(cycle))[:300] or "T"
        for sp in s.scalars(select(Speaker)):
            sp.name = clean_text(next(cycle))[:200] or "S"


@FUZZ
@given(names=st.lists(name, min_size=1, max_size=6))
@example(names=["渡辺健二", "محمد عبد الله", "👩🏽‍💻 Ada"])
def test_any_names_render_or_fail_with_a_message(demo_db, tmp_path_factory, names):
    db, event_id = demo_db
    _rename(db, event_id, names)
    out_dir = Path(tmp_path_factory.mktemp("pdf"))
    for command in RENDERERS:
        target = out_dir / f"{command}.pdf"
        code, _out, err = run_cli(["--db", str(db), command, str(event_id), "-o", str(target)])
        if code == 0:
            reader = PdfReader(str(target))
            assert len(reader.pages) >= 1
        else:
            assert code == 1 and err.startswith("error: "), err
            assert "unexpected problem" not in err, f"`{command}` crashed: {err}"
            assert not target.exists() or target.stat().st_size == 0 or _valid(target), (
                f"`{command}` left a broken PDF behind"
            )


def _valid(path: Path) -> bool:
    try:
        return len(PdfReader(str(path)).pages) >= 1
    except Exception:
        return False
