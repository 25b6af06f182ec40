"""Fixes from an evening of use (issue 15): each test clicks and types as a user would."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime


def _new_event_dialog(qtbot, window):
    from ui.dialogs.event_dialog import EventDialog

    dlg = EventDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_new_event_end_date_follows_the_start_date(qtbot, window):
    dlg = _new_event_dialog(qtbot, window)
    dlg.start.set(QDate(2027, 5, 20), QTime(18, 30))
    dlg.end.set(QDate(2027, 5, 20), QTime(21, 30))
    dlg.start.date.setFocus()
    dlg.start.date.setSelectedSection(dlg.start.date.Section.DaySection)
    qtbot.keyClick(dlg.start.date, Qt.Key.Key_Up)  # the 21st
    assert dlg.start.date.date() == QDate(2027, 5, 21)
    assert dlg.end.date.date() == QDate(2027, 5, 21)
    assert dlg.end.time.time() == QTime(21, 30)
    dlg.start.date.setDate(QDate(2027, 6, 3))
    assert dlg.end.date.date() == QDate(2027, 6, 3)


def test_typing_a_time_over_the_selected_time_gives_that_time(qtbot, window):
    dlg = _new_event_dialog(qtbot, window)
    edit = dlg.start.time
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "19:00")
    assert edit.time() == QTime(19, 0)
    qtbot.keyClick(dlg.end.time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dlg.end.time, "2145")
    assert dlg.end.time.time() == QTime(21, 45)
