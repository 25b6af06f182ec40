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
    # File managers also offer the path as plain text, which a text box would take.
    mime.setText(QUrl.fromLocalFile(str(path)).toString())
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


@pytest.mark.parametrize("target", ["overview", "search box", "check-in search"])
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
    elif target == "check-in search":
        # A text box on a page built after the window: it takes text drops itself.
        widget = window.page(page_key("CheckinPage")).search
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


def _show_all_pages(qtbot, window) -> None:
    from ui.main_window import PAGES

    for key in range(len(PAGES)):
        window.show_page(key)
        qtbot.wait(30)


def test_a_small_screen_keeps_its_size_and_every_page_fits(qtbot, window):
    """At 1024×700 no page pushes the window wider or taller than the screen."""
    window.load_demo()
    window.resize(1024, 700)
    _show_all_pages(qtbot, window)
    qtbot.wait(50)
    assert window.width() == 1024 and window.height() == 700
    # Library tables keep every column in sight (no part of a column past the edge).
    for cls in ("VenuesPage", "SpeakerLibraryPage", "EventsPage"):
        window.show_page(page_key(cls))
        qtbot.wait(30)
        table = window.pages[page_key(cls)].panel.table
        assert table.horizontalHeader().length() <= table.viewport().width(), cls


def test_checklist_titles_are_readable_in_the_window(qtbot, window):
    from ui.models.checklist_model import ChecklistTreeModel

    window.load_demo()
    for size in ((1280, 820), (1024, 700)):
        window.resize(*size)
        window.show_page(page_key("ChecklistPage"))
        qtbot.wait(50)
        page = window.pages[page_key("ChecklistPage")]
        header = page.tree.header()
        title = header.sectionSize(ChecklistTreeModel.COL_TITLE)
        assert title >= page.TITLE_MIN, size
        # It is the widest column: the titles are what an organiser reads.
        assert all(title >= header.sectionSize(c) for c in range(1, header.count())), size


def test_print_preview_shows_the_whole_sheet(qtbot, window):
    window.load_demo()
    for size in ((1280, 820), (1024, 700)):
        window.resize(*size)
        window.show_page(page_key("PrintPage"))
        page = window.pages[page_key("PrintPage")]
        qtbot.waitUntil(lambda p=page: not p.preview.pixmap().isNull(), timeout=5000)
        qtbot.wait(50)
        pix = page.preview.pixmap()
        ratio = pix.devicePixelRatio()
        room = page.preview.contentsRect()
        assert pix.width() / ratio <= room.width() and pix.height() / ratio <= room.height()
        assert (
            pix.width() / ratio >= room.width() * 0.5 or pix.height() / ratio >= room.height() * 0.8
        )


def test_every_event_page_but_the_overview_gets_the_same_heading(qtbot, window):
    from ui.main_window import EVENT_PAGES

    window.load_demo()
    window.show_page(0)
    assert not window.header_box.isVisible()  # the Overview names the event in large type
    for key in range(1, len(EVENT_PAGES)):
        window.show_page(key)
        assert window.header_box.isVisible()
        assert window.header_title.text() == window.pages[key].accessibleName()
        assert window.header.text().startswith("ML Rome #42")
        assert "(Europe/Rome)" in window.header.text()
        own = getattr(window.pages[key], "heading", None)
        assert own is None or not own.isVisible()  # not named twice


def test_an_empty_check_box_shows_on_a_dark_palette(qtbot, qapp):
    """Fusion drew empty boxes in the colour of the field: the checklist looked tickless."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    from ui import theme

    old_style, old_palette = qapp.style().name(), qapp.palette()
    try:
        theme.apply_style(qapp, dark=True)
        box = QCheckBox("Rehearse at the venue")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        opt = QStyleOptionButton()
        box.initStyleOption(opt)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
        image = box.grab().toImage()
        ratio = image.devicePixelRatio()
        inside = image.pixelColor(int(rect.center().x() * ratio), int(rect.center().y() * ratio))
        brightest = max(
            QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness()
            for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)
        )
        assert theme.is_dark() and inside.lightness() < 80
        assert brightest - inside.lightness() > 60  # a rim a person can see
    finally:
        from PySide6.QtWidgets import QStyleFactory

        qapp.setStyle(QStyleFactory.create(old_style))
        qapp.setPalette(old_palette)


def test_back_up_now_from_the_file_menu_writes_a_verified_copy(
    qtbot, window, sqlite_store, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from organiser import backup
    from organiser.models import Event
    from organiser.store import Store

    window.load_demo()
    dest = tmp_path / "handover.sqlite"
    asked = []

    def pick(*args, **kwargs):
        asked.append(args)
        return str(dest), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Back up now…" in texts and "Back up or restore…" in texts
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked, "Back up now did not ask where to write"
    assert dest.is_file() and backup.integrity_problem(dest) is None
    assert "handover.sqlite" in window.statusBar().currentMessage()
    copy = Store(dest)
    try:
        with copy.session() as s:
            with window.store.session() as live:
                expected = sorted(e.title for e in live.scalars(select(Event)))
            titles = sorted(e.title for e in s.scalars(select(Event)))
            assert "ML Rome #42: Learning from little data" in titles
            assert titles == expected  # the copy holds every event, history included
    finally:
        copy.close()


def test_closing_without_changes_adds_no_backup(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from organiser import backup
    from organiser.store import Store
    from ui.main_window import MainWindow

    db = tmp_path / "club.sqlite"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    def open_and_close(change: bool) -> None:
        store = Store(db)
        win = MainWindow(store, settings)
        qtbot.addWidget(win)
        win.show()
        if change:
            win.load_demo()
        win.close()

    open_and_close(change=True)
    first = [b.path for b in backup.list_backups(db) if b.kind == "auto"]
    assert len(first) == 1  # the sample meetup was added: one automatic backup
    open_and_close(change=False)
    assert [b.path for b in backup.list_backups(db) if b.kind == "auto"] == first
