"""A bug in the GUI: one box naming its type and the log file, the details in the log only."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from organiser import logs
from tests.ui.conftest import check, on_next_modal

PERSON = "Zoë Müller"


@pytest.fixture()
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv("ORGANISER_LOG_DIR", str(folder))
    logs.stop_logging()
    logs.setup_logging("gui")
    yield folder
    logs.stop_logging()


def _boom(_progress: object) -> None:
    raise KeyError(f"attendee {PERSON}")


def test_failed_background_job_points_to_the_log(qtbot, log_dir: Path) -> None:
    from ui.workers import run_job

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.accept()

    state = on_next_modal(read)
    run_job(parent, "Making badges", _boom, lambda _r: None, show_dialog=False)
    qtbot.waitUntil(lambda: state["done"], timeout=10000)
    check(state)
    assert "KeyError" in seen["text"]
    assert logs.shown_path() in seen["text"]
    assert PERSON not in seen["text"]
    text = (log_dir / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "unexpected problem in a background job" in text
    assert "in _boom" in text and "builtins.KeyError (message not logged)" in text
    assert PERSON not in text


def test_exception_escaping_a_slot_is_logged_and_shown(
    qtbot, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import problems

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    problems.install_excepthook()
    hook = sys.excepthook
    seen: dict[str, str] = {}

    def read(box: QWidget) -> None:
        seen["text"] = box.text()  # type: ignore[attr-defined]
        box.close()

    state = on_next_modal(read)
    try:
        raise ValueError(f"bad row for {PERSON}")
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
    check(state)
    assert "ValueError" in seen["text"] and logs.shown_path() in seen["text"]
    text = (log_dir / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "unexpected problem in the window" in text and PERSON not in text
