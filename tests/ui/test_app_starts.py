"""The window opens, remembers, welcomes a new organiser and guards its database."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from organiser.changes import ChangeSet, Kind
from organiser.demo import HISTORY
from organiser.errors import OrganiserError
from ui.app import MainWindow
from ui.main_window import EVENT_PAGES, LIBRARY_PAGES, open_store
from ui.pages.base import Page


def test_main_window_opens_on_a_database(qtbot, sqlite_store, settings):
    win = MainWindow(sqlite_store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert str(sqlite_store.path) in win.windowTitle()


def test_first_run_welcome_explores_the_sample_meetup(qtbot, window, sqlite_store):
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    assert welcome.create_button.text() == "Create your first meetup"
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.events_model.rowCount() == 1 + len(HISTORY)  # with the meetups before it
    overview = window.pages[0]
    assert window.stack.currentWidget() is overview
    assert overview.title.text().startswith("ML Rome #42")
    assert overview.capacity.going == 39 and overview.capacity.capacity == 70
    assert overview.countdown.phase == "before"


def test_pages_are_built_only_when_first_shown(qtbot, window):
    window.load_demo()
    assert set(window.pages) == {0}
    for key in range(len(EVENT_PAGES) + len(LIBRARY_PAGES)):
        window.show_page(key)
        page = window.pages[key]
        assert window.stack.currentWidget() is page
        assert page.accessibleName()
        if key < len(EVENT_PAGES):
            assert page.event_id == window.ctx.current_event_id
    # every page of the registry is a real page built on the shared contract
    assert all(isinstance(w, Page) for w in window.pages.values())


def test_last_event_and_page_are_remembered(qtbot, sqlite_store, settings):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        first = create_demo(s).id
        second = create_demo(s).id
    win = MainWindow(sqlite_store, settings)
    qtbot.addWidget(win)
    win.ctx.select_event(second)
    win.show_page(2)
    win.close()
    again = MainWindow(sqlite_store, settings)
    qtbot.addWidget(again)
    assert again.ctx.current_event_id == second != first
    assert again.stack.currentWidget() is again.pages[2]


def test_sidebar_search_filters_events(qtbot, window, sqlite_store):
    from organiser import events
    from organiser.timeutil import local

    with sqlite_store.session() as s:
        for title in ("Rust Rome", "PyData Milano", "Café numérique"):
            start = local("Europe/Rome", 2027, 5, 4, 19)
            events.create_event(
                s, title=title, starts_at=start, ends_at=start.add(hours=2), timezone="Europe/Rome"
            )
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))  # as if another organiser saved
    qtbot.keyClicks(window.search, "cafe")
    titles = [window.events_proxy.index(r, 0).data() for r in range(window.events_proxy.rowCount())]
    assert titles == ["Café numérique"]


def test_a_second_program_on_the_same_file_is_refused_clearly(tmp_path):
    db = str(tmp_path / "team.sqlite")
    store, lock = open_store(db)
    try:
        with pytest.raises(OrganiserError, match="already open in another Meetup Organiser"):
            open_store(db)
    finally:
        lock.release()
        store.close()
    store2, lock2 = open_store(db)  # free again once the first one let go
    lock2.release()
    store2.close()


def test_switching_database_keeps_the_current_one_on_error(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    before = window.store
    assert window.switch_database("/no/such/folder/x.sqlite") is False
    assert window.store is before
    assert "does not exist" in shown[0]


def test_overview_without_event_says_what_to_do(qtbot, window):
    page = window.page(0)
    page.set_event(None)
    assert not page.countdown_card.isVisibleTo(page)
    assert "Choose an event" in page.empty.text()
    assert isinstance(page.empty, QLabel)


def test_run_gui_refuses_a_database_open_elsewhere_with_a_clear_message(tmp_path):
    """In a child process: run_gui's event loop must not end the test session's loop."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    db = str(tmp_path / "busy.sqlite")
    store, lock = open_store(db)
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.critical = staticmethod(lambda *a: print('MESSAGE:', a[2]))\n"
        "from ui.app import run_gui\n"
        f"sys.exit(run_gui(['--db', {db!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    root = Path(__file__).resolve().parents[2]
    try:
        res = subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        lock.release()
        store.close()
    assert res.returncode == 1, res.stderr
    assert "already open in another Meetup Organiser" in res.stdout


def test_opening_another_database_shows_its_events_and_frees_the_first(qtbot, tmp_path, settings):
    from organiser.demo import create_demo

    first, first_lock = open_store(str(tmp_path / "a.sqlite"))
    win = MainWindow(first, settings, first_lock)
    qtbot.addWidget(win)
    assert win.welcome is not None  # empty
    other = tmp_path / "b.sqlite"
    seed, seed_lock = open_store(str(other))
    with seed.session() as s:
        create_demo(s)
    seed_lock.release()
    seed.close()
    assert win.switch_database(str(other)) is True
    assert str(other) in win.windowTitle()
    assert win.events_model.rowCount() == 1 + len(HISTORY)
    assert win.ctx.undo_stack.count() == 0
    # The first file is free again: another program may open it now.
    again, again_lock = open_store(str(tmp_path / "a.sqlite"))
    again_lock.release()
    again.close()
    assert settings.value("database/last") == str(other)


def test_all_events_page_sorts_by_turnout_and_opens_an_event(qtbot, window, sqlite_store):
    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt as QtNs

    from organiser import events
    from organiser.models import Attendee
    from organiser.timeutil import local
    from ui.main_window import page_key

    with sqlite_store.session() as s:
        ids = []
        for i, (title, n) in enumerate((("Small", 2), ("Big", 9), ("Medium", 5))):
            start = local("Europe/Rome", 2027, 1 + i, 12, 19)
            e = events.create_event(
                s, title=title, starts_at=start, ends_at=start.add(hours=2), timezone="Europe/Rome"
            )
            ids.append(e.id)
            s.add_all(Attendee(event_id=e.id, first_name=f"P{k}", rsvp="going") for k in range(n))
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))  # as if another organiser saved
    key = page_key("EventsPage")
    window.show_page(key)
    page = window.pages[key]
    header = page.panel.table.horizontalHeader()
    going_header = QPoint(header.sectionViewportPosition(4) + 5, 5)
    qtbot.mouseClick(header.viewport(), QtNs.MouseButton.LeftButton, pos=going_header)
    order = [page.panel.proxy.index(r, 0).data() for r in range(3)]
    assert order in (["Small", "Medium", "Big"], ["Big", "Medium", "Small"])
    qtbot.mouseClick(header.viewport(), QtNs.MouseButton.LeftButton, pos=going_header)
    reverse = [page.panel.proxy.index(r, 0).data() for r in range(3)]
    assert reverse == order[::-1]
    row = page.panel.proxy.row_of_id(ids[1])
    page.panel.table.setFocus()
    page.panel.table.setCurrentIndex(page.panel.proxy.index(row, 0))
    qtbot.keyClick(page.panel.table, QtNs.Key.Key_Return)
    assert window.ctx.current_event_id == ids[1]
    assert window.stack.currentWidget() is window.pages[0]
    assert window.pages[0].title.text() == "Big"


def test_the_program_starts_its_log_once_the_window_is_up(tmp_path):
    """main.py opens the window first, then the log and the crash dialog's hook."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from organiser import logs

    root = Path(__file__).resolve().parents[2]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        ORGANISER_LOG_DIR=str(tmp_path / "log"),
        MEETUP_ORGANISER_SMOKE_QUIT_MS="800",
        ORGANISER_INSTANCE_NAME=f"mo-log-{os.getpid()}-{tmp_path.name}",
    )
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from main import main\n"
        f"code = main(['--db', {str(tmp_path / 'new.sqlite')!r}])\n"
        "print('hook:', sys.excepthook.__module__)\n"
        "sys.exit(code)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "smoke: window MainWindow" in res.stdout
    assert "hook: ui.problems" in res.stdout  # unexpected errors reach the dialog and log
    first = (tmp_path / "log" / logs.LOG_NAME).read_text(encoding="utf-8").splitlines()[0]
    assert "started (gui): Python" in first
    assert "Traceback" not in res.stderr
