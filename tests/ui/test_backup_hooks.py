"""The shell's two backup hooks: File → Back up or restore…, and a backup on close.

Both lines live in ui/main_window.py (owned by the shell); these tests skip
with a reason until they are there, then check them from the user's side.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from organiser import backup
from organiser.demo import create_demo
from organiser.models import Venue

main_window = pytest.importorskip("ui.main_window", reason="the GUI shell is not in this build")


def _window(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = main_window.MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _backup_action(win):
    for menu_action in win.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if "back up" in action.text().replace("&", "").lower():
                return action
    return None


def test_file_menu_opens_the_backup_dialog(qtbot, tmp_path):
    from organiser.store import Store
    from ui.dialogs.backup_dialog import BackupDialog

    store = Store(tmp_path / "o.sqlite")
    win = _window(qtbot, store, tmp_path)
    action = _backup_action(win)
    if action is None:
        pytest.skip("hook not added yet: File → Back up or restore… (see the safety report)")
    seen = []

    def close_it():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, BackupDialog) and w.isVisible():
                seen.append(w)
                w.reject()

    QTimer.singleShot(300, close_it)
    action.trigger()
    assert seen, "the backup dialog did not open"
    win.close()


def test_closing_after_changes_takes_a_backup(qtbot, tmp_path):
    from organiser.store import Store

    db = tmp_path / "o.sqlite"
    store = Store(db)
    with store.session() as s:
        create_demo(s)
    win = _window(qtbot, store, tmp_path)
    with store.session() as s:
        s.add(Venue(name="Changed before closing"))
    win.close()
    autos = [b for b in backup.list_backups(db) if b.kind == "auto"]
    if not autos:
        pytest.skip("hook not added yet: backup_on_close(store) when the window closes")
    assert backup.integrity_problem(autos[0].path) is None
