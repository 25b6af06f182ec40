"""The integrated window as a user meets it: a CSV dropped anywhere, pages that fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import select

from organiser.models import Attendee
from ui.main_window import page_key


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "rsvps.csv"
    path.write_text(
        "Name,Email,RSVP\r\n"
        "Oluwaseun Adeyemi,seun@example.ng,yes\r\n"
        "Ingrid Halvorsen,ingrid@example.no,yes\r\n",
        encoding="utf-8",
    )
    return path


def _drop_on(widget: QWidget, path: Path) -> tuple[bool, bool]:
    """Drag the file over ``widget`` and release it there, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPoint(widget.width() // 2, widget.height() // 2).toPointF()
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.mark.parametrize("target", ["overview", "search box"])
def test_dropping_a_csv_on_the_window_imports_attendees(qtbot, window, tmp_path, target):
    window.load_demo()
    event_id = window.ctx.current_event_id
    overview = window.pages[0]
    assert window.stack.currentWidget() is overview
    # The Overview has no drop handling of its own; the sidebar's search box takes
    # text drops itself: both must hand a CSV file to the import.
    widget = overview.childAt(overview.width() // 2, 40) or overview
    if target == "search box":
        widget = window.search
        assert isinstance(widget, QLineEdit) and widget.acceptDrops()
    enter_ok, drop_ok = _drop_on(widget, _csv(tmp_path))
    assert enter_ok and drop_ok

    # The wizard opens once the drop has returned (the file manager is not kept waiting).
    qtbot.waitUntil(lambda: page_key("AttendeesPage") in window.pages, timeout=3000)
    attendees = window.pages[page_key("AttendeesPage")]
    qtbot.waitUntil(lambda: getattr(attendees, "wizard", None) is not None, timeout=3000)
    wizard = attendees.wizard
    assert window.stack.currentWidget() is attendees
    assert wizard.isVisible()
    assert wizard.file_page.path_edit.text().endswith("rsvps.csv")
    assert window.search.text() == ""  # the path was not typed into the search box

    wizard.next()
    pp = wizard.preview_page
    assert pp.combos["full_name"].currentData() == "Name"
    assert pp.combos["email"].currentData() == "Email"
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    assert wizard.currentPage() is wizard.report_page
    wizard.accept()
    with window.ctx.store.session() as s:
        rows = s.scalars(
            select(Attendee).where(
                Attendee.event_id == event_id,
                Attendee.email.in_(["seun@example.ng", "ingrid@example.no"]),
            )
        ).all()
        assert sorted(a.full_name for a in rows) == ["Ingrid Halvorsen", "Oluwaseun Adeyemi"]


def test_a_dropped_file_that_is_not_a_csv_is_left_alone(qtbot, window, tmp_path):
    window.load_demo()
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n")
    enter_ok, _ = _drop_on(window.pages[0], photo)
    assert not enter_ok
    assert page_key("AttendeesPage") not in window.pages
