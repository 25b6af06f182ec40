"""The shell's two backup hooks: File → Back up or restore…, and a backup on close.

Both live in ui/main_window.py; these tests check them from the user's side:
the menu item is clicked in the open File menu, the dialog handled when it is up.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from organiser import backup
from organiser.demo import create_demo
from organiser.models import Venue
from tests.ui.conftest import check, on_next_modal
from ui import main_window


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
            if action.text().replace("&", "") == "Back up or restore…":
                return menu, action
    raise AssertionError("File → Back up or restore… is not in the menu bar")


def test_file_menu_opens_the_backup_dialog(qtbot, tmp_path):
    from organiser.store import Store
    from ui.dialogs.backup_dialog import BackupDialog

    store = Store(tmp_path / "o.sqlite")
    win = _window(qtbot, store, tmp_path)
    menu, action = _backup_action(win)
    seen = []

    def close_it(dialog):
        seen.append(dialog)
        dialog.reject()

    state = on_next_modal(close_it)
    menu.popup(win.mapToGlobal(win.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: state["done"])
    check(state)
    assert len(seen) == 1 and isinstance(seen[0], BackupDialog)
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
    assert len(autos) == 1, "closing after a change took no automatic backup"
    assert backup.integrity_problem(autos[0].path) is None
