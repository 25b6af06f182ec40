"""Starting the GUI on the demo opens no network connection (Python sockets blocked)."""

from __future__ import annotations

import inspect

from organiser.demo import create_demo
from tests.tools.netguard import no_network
from ui.context import AppContext
from ui.dialogs.backup_dialog import BackupDialog, backup_on_close


def test_gui_start_and_backup_dialog_touch_no_network(qtbot, sqlite_store, monkeypatch):
    with no_network(monkeypatch) as attempts:
        with sqlite_store.session() as s:
            create_demo(s)
        try:  # the real shell once it lands; the foundation's window until then
            from ui.main_window import MainWindow  # type: ignore[import-not-found]
        except ImportError:
            from ui.app import MainWindow
        first = next(iter(inspect.signature(MainWindow).parameters))
        win = MainWindow(AppContext(sqlite_store) if first == "ctx" else sqlite_store)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        qtbot.wait(200)
        dlg = BackupDialog(AppContext(sqlite_store), win)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.close()
        win.close()
        backup_on_close(sqlite_store)
    assert attempts == [], f"tried to reach the network: {attempts}"
