"""No dead shortcut: on every page each key does one thing, and every hint names a live key.

Qt fires neither of two shortcuts bound to the same key in the same window (it
logs "Ambiguous shortcut overload"), so a key bound twice is a dead key.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QWidget

from organiser.changes import ChangeSet, Kind
from organiser.demo import create_demo
from ui.main_window import PAGES

HINT = re.compile(r"\b((?:Ctrl|Alt|Shift|Meta)\+(?:Shift\+)?[A-Za-z0-9,]+|F\d{1,2})\b")


def _text(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def _reachable(action: QAction, window: QWidget) -> bool:
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu):
            return True  # a menu of the menu bar: its keys work while the window is active
        if isinstance(obj, QWidget) and obj.isVisible() and obj.window() is window:
            return True
    return False


def active_keys(window: QWidget) -> dict[str, list[str]]:
    """Every key bound in this window right now -> what it is bound to.

    Disabled actions count too (Undo has nothing to undo yet): they come alive
    later, and a key that is also bound elsewhere would then be dead.
    """
    keys: dict[str, list[str]] = defaultdict(list)
    for act in window.findChildren(QAction):
        if act.shortcuts() and _reachable(act, window):
            for seq in act.shortcuts():
                keys[_text(seq)].append(f"action “{act.text()}”")
    for sc in window.findChildren(QShortcut):
        parent = sc.parent()
        if (
            not sc.key().isEmpty()
            and isinstance(parent, QWidget)
            and parent.isVisible()
            and parent.window() is window
        ):
            keys[_text(sc.key())].append(f"shortcut on {type(parent).__name__}")
    return keys


def hints(widget: QWidget) -> set[str]:
    """Keys named on visible buttons, labels, placeholders and tooltips."""
    found: set[str] = set()
    texts = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        texts.append(w.toolTip())
        if isinstance(w, QAbstractButton | QLabel):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
    for t in texts:
        found.update(HINT.findall(t or ""))
    return found


def test_every_page_binds_each_key_once_and_every_hint_works(qtbot, window, sqlite_store):
    with sqlite_store.session() as s:
        eid = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    assert window.ctx.ops.wait_idle(10000)
    window.ctx.select_event(eid)
    checked = []
    for key in range(len(PAGES)):
        window.show_page(key)
        page = window.current_page()
        qtbot.waitUntil(lambda p=page: p is not None and p.isVisible())
        keys = active_keys(window)
        twice = {k: v for k, v in keys.items() if len(v) > 1}
        assert not twice, f"{type(page).__name__}: keys bound twice: {twice}"
        dead = {h for h in hints(page) if h not in keys}
        assert not dead, f"{type(page).__name__} names keys that do nothing: {dead}"
        checked.append(type(page).__name__)
    assert "CheckinPage" in checked and "AttendeesPage" in checked
    assert len(checked) == len(PAGES)


def test_the_check_in_pages_keys_reach_the_page_and_the_windows_come_back(
    qtbot, window, sqlite_store
):
    from ui.main_window import page_key

    with sqlite_store.session() as s:
        eid = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    assert window.ctx.ops.wait_idle(10000)
    window.ctx.select_event(eid)
    window.show_page(page_key("CheckinPage"))
    page = window.current_page()
    keys = active_keys(window)
    assert keys["Ctrl+N"] == ["shortcut on CheckinPage"]
    assert keys["Ctrl+P"] == ["shortcut on CheckinPage"]
    assert len(keys["Ctrl+F"]) == 1 and len(keys["Ctrl+Z"]) == 1
    # Ctrl+N from the search field opens the walk-in dialog (not File ▸ New event).
    qtbot.waitUntil(lambda: page.search.hasFocus())
    from PySide6.QtCore import Qt

    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.walk_in_dialog is not None and page.walk_in_dialog.isVisible())
    page.walk_in_dialog.reject()
    # Elsewhere the window's own actions have their keys back.
    window.show_page(page_key("AttendeesPage"))
    keys = active_keys(window)
    assert keys["Ctrl+N"] == ["action “&New event…”"]
    assert keys["Ctrl+P"] == ["action “&Print…”"]


def test_door_mode_binds_each_key_once_and_its_hints_work(qtbot, window, sqlite_store):
    from ui.main_window import page_key

    with sqlite_store.session() as s:
        eid = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    assert window.ctx.ops.wait_idle(10000)
    window.ctx.select_event(eid)
    window.show_page(page_key("CheckinPage"))
    door = window.current_page().open_door_mode()
    qtbot.waitUntil(door.isVisible)
    keys = active_keys(door)
    assert not {k: v for k, v in keys.items() if len(v) > 1}
    assert {h for h in hints(door) if h not in keys} == set()
    assert "Esc" in keys
    door.close()
