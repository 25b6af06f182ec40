"""A second launch raises the running window and hands over its file, then exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT
from ui import single_instance
from ui.main_window import page_key

MEETUP_CSV = ROOT / "tests" / "data" / "attendees" / "meetup-attendees.csv"


def _second_launch(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    """`meetup-organiser ARGS` in its own process, as a file manager would start it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture()
def first(qtbot, demo_store, settings, monkeypatch, tmp_path):
    """The running instance: the sample meetup open, listening under a private name."""
    from ui.main_window import MainWindow

    monkeypatch.setenv(single_instance.NAME_ENV, f"mo-test-{os.getpid()}-{tmp_path.name}")
    store, _event_id = demo_store
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # As on macOS, where "Open With" arrives as a QFileOpenEvent.
    server = single_instance.InstanceServer(win, file_open_events=True)
    assert server.listening
    return win


def test_second_launch_with_a_csv_raises_the_window_and_opens_the_wizard(
    qtbot, first, demo_store, tmp_path
) -> None:
    _store, event_id = demo_store
    first.showMinimized()
    qtbot.waitUntil(first.isMinimized)
    # A relative path, resolved in the second program's folder (not the first one's).
    (tmp_path / "downloads").mkdir()
    csv = tmp_path / "downloads" / "rsvps.csv"
    csv.write_bytes(MEETUP_CSV.read_bytes())
    proc = _second_launch(tmp_path, "downloads/rsvps.csv")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    out, err = proc.communicate()
    assert proc.returncode == 0, out + err
    assert "smoke" not in out and "Traceback" not in err
    key = page_key("AttendeesPage")
    qtbot.waitUntil(lambda: getattr(first.pages.get(key), "wizard", None) is not None)
    assert not first.isMinimized()
    page = first.pages[key]
    assert first.current_page() is page
    wizard = page.wizard
    assert wizard.isVisible()
    assert wizard.file_page.path_edit.text() == str(csv)
    assert wizard.event_id == first.ctx.current_event_id == event_id
    wizard.reject()


def test_second_launch_without_arguments_only_raises_the_window(qtbot, first, tmp_path) -> None:
    first.showMinimized()
    qtbot.waitUntil(first.isMinimized)
    proc = _second_launch(tmp_path)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    out, err = proc.communicate()
    assert proc.returncode == 0, out + err
    qtbot.waitUntil(lambda: not first.isMinimized())
    assert first.isVisible()


def test_without_a_running_instance_nobody_answers(monkeypatch, qapp, tmp_path) -> None:
    monkeypatch.setenv(single_instance.NAME_ENV, f"mo-nobody-{os.getpid()}-{tmp_path.name}")
    assert single_instance.hand_over(None, None) is False


def test_open_file_argument_is_made_absolute() -> None:
    path, rest = single_instance.split_open_file(["-style", "fusion", "rsvp.CSV"])
    assert path == str(Path.cwd() / "rsvp.CSV") and rest == ["-style", "fusion"]
    assert single_instance.split_open_file(["-style", "fusion"]) == (None, ["-style", "fusion"])


def test_first_launch_with_a_csv_opens_the_wizard_on_the_current_event(tmp_path) -> None:
    """`meetup-organiser rsvps.csv` with no app running: the window, then the wizard."""
    db = tmp_path / "demo.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env[single_instance.NAME_ENV] = f"mo-first-{os.getpid()}-{tmp_path.name}"
    made = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert made.returncode == 0, made.stderr
    env["MEETUP_ORGANISER_SMOKE_QUIT_MS"] = "1500"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), str(MEETUP_CSV)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    windows = [ln for ln in proc.stdout.splitlines() if ln.startswith("smoke: window ")]
    assert any(ln.startswith("smoke: window MainWindow ") for ln in windows), proc.stdout
    assert any(ln.startswith("smoke: window ImportWizard ") for ln in windows), proc.stdout


def test_macos_open_with_event_opens_the_wizard(qtbot, first, qapp) -> None:
    from PySide6.QtGui import QFileOpenEvent

    qapp.sendEvent(qapp, QFileOpenEvent(str(MEETUP_CSV)))
    key = page_key("AttendeesPage")
    qtbot.waitUntil(lambda: getattr(first.pages.get(key), "wizard", None) is not None)
    wizard = first.pages[key].wizard
    assert wizard.file_page.path_edit.text() == str(MEETUP_CSV)
    wizard.reject()
