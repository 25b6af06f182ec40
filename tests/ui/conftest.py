"""Helpers for driving the real window: private settings and modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture(autouse=True)
def _private_default_settings(tmp_path: Path):
    """A bare QSettings() in code under test writes under tmp_path, never the user's own."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    yield


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """QSettings in a temporary file, so tests never touch the user's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, sqlite_store, settings):
    from ui.main_window import MainWindow

    win = MainWindow(sqlite_store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def on_next_modal(callback: Callable[[QWidget], None], timeout_ms: int = 5000) -> dict:
    """Run ``callback(dialog)`` as soon as a new modal dialog is up (it blocks in exec())."""
    before = QApplication.activeModalWidget()
    state: dict = {"done": False, "error": None}
    timer = QTimer()
    timer.setInterval(20)
    waited = {"ms": 0}

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        waited["ms"] += 20
        if dlg is not None and dlg is not before:
            timer.stop()
            try:
                callback(dlg)
            except BaseException as exc:  # surfaced by the test after exec() returns
                state["error"] = exc
                dlg.close()
            state["done"] = True
        elif waited["ms"] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    state["timer"] = timer
    return state


def check(state: dict) -> None:
    if state["error"] is not None:
        raise state["error"]
    assert state["done"], "the expected dialog never opened"


@pytest.fixture
def wait_idle(qtbot):
    """``wait_idle(ctx)``: let the runner's queued jobs finish and their answers arrive."""

    def wait(ctx, timeout_ms: int = 10000) -> None:
        assert ctx.ops.wait_idle(timeout_ms), "database jobs still running"

    return wait


@pytest.fixture(autouse=True)
def _deletions_between_tests(qapp):
    """Widgets a test closed are deleted before the next test starts.

    Test code runs outside any event loop, where a ``deleteLater`` waits for
    the next loop that runs: without this, that is the database runner's
    wait inside the next test's window, which then deletes last test's
    widgets while the new window is being built.
    """
    yield
    from PySide6.QtCore import QEventLoop

    # A short exec() runs the deletions posted outside any loop. (Not the static
    # QCoreApplication.processEvents / sendPostedEvents: in PySide6 6.12 each call
    # drops a reference to None.)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
