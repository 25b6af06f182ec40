"""Starting the GUI on the demo opens no network connection (Python sockets blocked)."""

from __future__ import annotations

from organiser.demo import create_demo
from tests.tools.netguard import no_network
from ui.context import AppContext
from ui.dialogs.backup_dialog import BackupDialog, backup_on_close
from ui.main_window import MainWindow


def test_gui_start_and_backup_dialog_touch_no_network(qtbot, sqlite_store, settings, monkeypatch):
    with no_network(monkeypatch) as attempts:
        with sqlite_store.session() as s:
            create_demo(s)
        # Private settings (tests/ui/conftest.py): never the user's ~/.config.
        win = MainWindow(sqlite_store, settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        # Started up: the demo meetup is the current event and its page is drawn.
        qtbot.waitUntil(lambda: win.ctx is not None and win.ctx.current_event_id is not None)
        dlg = BackupDialog(AppContext(sqlite_store), win)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.close()
        win.close()
        backup_on_close(sqlite_store)
    assert attempts == [], f"tried to reach the network: {attempts}"
