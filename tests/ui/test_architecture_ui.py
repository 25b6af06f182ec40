"""The GUI's one door to the database: only ui/ops.py opens a session; changes are typed."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
RUNNER = UI / "ops.py"


def _modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p != RUNNER)


def test_no_ui_module_but_the_runner_opens_a_session() -> None:
    offenders = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            opens = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("session", "_sessions")
            ) or (isinstance(node, ast.Name) and node.id in ("sessionmaker",))
            if opens:
                offenders.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert offenders == [], "open sessions only through ui/ops.py (ctx.ops): " + ", ".join(
        offenders
    )


def test_the_check_finds_a_session_block() -> None:
    sample = "def f(ctx):\n    with ctx.store.session() as s:\n        pass\n"
    calls = [
        n
        for n in ast.walk(ast.parse(sample))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
    ]
    assert [c.func.attr for c in calls] == ["session"]  # type: ignore[attr-defined]


def test_no_free_text_change_topics_are_left() -> None:
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        for old in ("ctx.changed(", "data_changed", "topics = ("):
            assert old not in text, f"{path.name}: {old} (subscribe to organiser.changes.Kind)"


def test_every_page_subscribes_by_kind() -> None:
    import importlib

    from organiser.changes import Kind
    from ui.main_window import PAGES

    for module, cls, _icon, _title in PAGES:
        page = getattr(importlib.import_module(module), cls)
        assert page.kinds and all(isinstance(k, Kind) for k in page.kinds), cls
