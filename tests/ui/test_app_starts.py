from ui.app import MainWindow


def test_main_window_opens_on_a_database(qtbot, sqlite_store):
    win = MainWindow(sqlite_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert str(sqlite_store.path) in win.windowTitle()
