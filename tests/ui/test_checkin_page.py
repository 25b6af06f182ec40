"""The check-in page driven by the keyboard, checked against the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from organiser import checkin
from organiser.models import Attendee
from ui.context import AppContext
from ui.pages.checkin_page import CheckinPage


@pytest.fixture
def page(qtbot, demo_store):
    store, eid = demo_store
    ctx = AppContext(store)
    p = CheckinPage(ctx)
    qtbot.addWidget(p)
    p.set_event(eid)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    p.search.setFocus()
    return p


@pytest.fixture
def printer(monkeypatch):
    """A stand-in for the door's printer: keeps each job's PDF (CUPS itself is tested
    in test_door_printing.py). Returns the list of PDFs received."""
    from organiser import doorprint

    received: list[bytes] = []

    def send_pdf(pdf: bytes, printer: str = "", *, title: str = "Badge"):
        received.append(pdf)
        return doorprint.PrintJob(printer=printer or "Door printer", job="job-1")

    monkeypatch.setattr(doorprint, "lp_available", lambda: True)
    monkeypatch.setattr(doorprint, "send_pdf", send_pdf)
    return received


def row_for(store, event_id, **where):
    """The page's event's row (the sample's earlier meetups have some of the same people)."""
    with store.session() as s:
        stmt = select(Attendee).where(Attendee.event_id == event_id)
        for k, v in where.items():
            stmt = stmt.where(getattr(Attendee, k) == v)
        return s.scalar(stmt)


def test_type_part_of_accented_name_enter_checks_in_and_undo(qtbot, page):
    store = page.ctx.store
    qtbot.keyClicks(page.search, "mueller")
    assert page.results.count() == 1
    assert page.results.item(0).text().startswith("Zoë Müller-Łukasiewicz")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    zoe = row_for(store, page.event_id, first_name="Zoë")
    assert zoe.checked_in_at is not None
    assert page.counter.text().startswith("1 checked in")
    assert page.banner.text().startswith("Checked in: Zoë") and page.banner.colour == "green"
    assert page.search.text() == ""  # ready for the next person

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert row_for(store, page.event_id, first_name="Zoë").checked_in_at is None
    assert page.counter.text().startswith("0 checked in")
    assert "undone" in page.status.text()


def test_keyboard_only_down_arrow_enter_and_ctrl_z(qtbot, page):
    store = page.ctx.store
    qtbot.keyClicks(page.search, "zoe")
    assert page.results.count() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "giulia")
    names = [page.results.item(i).text().split("   ")[0] for i in range(page.results.count())]
    assert names == ["Giulia Conti", "Giulia Rossi"]
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.search, Qt.Key.Key_Enter)
    assert (
        row_for(store, page.event_id, first_name="Giulia", last_name="Rossi").checked_in_at
        is not None
    )
    assert (
        row_for(store, page.event_id, first_name="Giulia", last_name="Conti").checked_in_at is None
    )
    qtbot.keyClicks(page.search, "x")  # typing after the check-in does not matter
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (
        row_for(store, page.event_id, first_name="Giulia", last_name="Rossi").checked_in_at is None
    )


def test_enter_twice_keeps_the_first_time(qtbot, page):
    store = page.ctx.store
    qtbot.keyClicks(page.search, "søren")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    first = row_for(store, page.event_id, first_name="Søren").checked_in_at
    qtbot.keyClicks(page.search, "soren")
    assert "checked in" in page.results.item(0).text()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.banner.text().startswith("Already checked in: Søren")
    assert page.banner.colour == "amber"
    assert row_for(store, page.event_id, first_name="Søren").checked_in_at == first


def test_walk_in_from_the_keyboard(qtbot, page, printer):
    store = page.ctx.store
    qtbot.keyClicks(page.search, "Renee Dvorak")  # QTest types ASCII only
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "Ctrl+N" in page.banner.text() and page.banner.colour == "red"
    dialog = page.open_walk_in()
    assert dialog is not None and dialog.first.text() == "Renee"
    qtbot.keyClicks(dialog.email, "ad@example.cz")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # default button: add and check in
    row = row_for(store, page.event_id, first_name="Renee")
    assert row is not None and row.source == "walk_in" and row.checked_in_at is not None
    assert row.last_name == "Dvorak" and row.email == "ad@example.cz"
    qtbot.keyClicks(page.search, "renee dvor")
    assert page.results.count() == 1
    if checkin.badge_printing_available():  # the walk-in is offered a badge, printed at once
        assert dialog.print_badge.isChecked()
        qtbot.waitUntil(lambda: page.status.text() == "Badge sent to Door printer.")
        assert len(printer) == 1 and b"%PDF" in printer[0][:8]
        assert row_for(store, page.event_id, first_name="Renee").badge_printed_at is not None


def test_walk_in_with_a_bad_email_keeps_the_dialog_open(qtbot, page):
    dialog = page.open_walk_in()
    qtbot.keyClicks(dialog.first, "Ada")
    qtbot.keyClicks(dialog.email, "not-an-email")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert "not an email address" in dialog.error.text()
    assert row_for(page.ctx.store, page.event_id, first_name="Ada") is None


def test_reprint_says_clearly_when_badges_are_unavailable(qtbot, page, monkeypatch):
    monkeypatch.setattr(checkin, "_badges_module", lambda: None)
    qtbot.keyClicks(page.search, "zoe")
    qtbot.mouseClick(page.badge_button, Qt.MouseButton.LeftButton)
    assert "not available" in page.status.text()


def test_reprint_badge_goes_to_the_printer_with_the_name_and_marks_it_printed(qtbot, page, printer):
    import io

    import pypdf

    assert checkin.badge_printing_available()
    store = page.ctx.store
    layout = page.layout_combo.findData("printer-a6")
    page.layout_combo.setCurrentIndex(layout)
    page.layout_combo.activated.emit(layout)
    qtbot.keyClicks(page.search, "lefevre")
    qtbot.keyClick(page.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.status.text() == "Badge sent to Door printer.")
    assert len(printer) == 1
    reader = pypdf.PdfReader(io.BytesIO(printer[0]))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Lefèvre" in text
    assert row_for(store, page.event_id, first_name="François").badge_printed_at is not None
    with store.session() as s:
        assert checkin.reprint_layout(s) == "printer-a6"


def test_another_desk_checked_in_first_and_undo_leaves_it(qtbot, page):
    """Two laptops on one database: this screen has not seen the other's check-in yet."""
    from organiser import checkin

    store = page.ctx.store
    zoe = row_for(store, page.event_id, first_name="Zoë")
    with store.session() as s:
        checkin.check_in(s, page.event_id, zoe.id)
    first = row_for(store, page.event_id, first_name="Zoë").checked_in_at
    qtbot.keyClicks(page.search, "zoe")
    assert "checked in" not in page.results.item(0).text()  # stale on this screen
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.banner.text().startswith("Already checked in: Zoë")
    assert page.banner.colour == "amber"
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row_for(store, page.event_id, first_name="Zoë").checked_in_at == first


def test_counter_follows_check_ins_made_at_another_desk(qtbot, page):
    from organiser import checkin

    store = page.ctx.store
    assert page.counter.text().startswith("0 checked in")
    with store.session() as s:
        checkin.check_in(s, page.event_id, row_for(store, page.event_id, first_name="Ana").id)
    page.sync_with_database()  # what the timer does every few seconds
    assert page.counter.text().startswith("1 checked in")


def _add_walk_in_by_clicking(qtbot, page, typed: str, email: str):
    qtbot.keyClicks(page.search, typed)
    qtbot.mouseClick(page.walkin_button, Qt.MouseButton.LeftButton)
    dialog = page.walk_in_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.email, email)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Add and check in"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    return dialog


def test_walk_in_added_by_mistake_is_undone_from_the_page(qtbot, page, printer):
    store = page.ctx.store
    counter_before = page.counter.text()
    _add_walk_in_by_clicking(qtbot, page, "Renee Dvorak", "ad@example.cz")
    if checkin.badge_printing_available():  # their badge is part of adding them
        qtbot.waitUntil(lambda: page.status.text() == "Badge sent to Door printer.")
    assert row_for(store, page.event_id, first_name="Renee", last_name="Dvorak") is not None
    assert page.counter.text() != counter_before
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert row_for(store, page.event_id, first_name="Renee") is None
    assert "taken off the list" in page.status.text()
    assert page.counter.text() == counter_before
    qtbot.keyClicks(page.search, "renee")
    assert page.results.count() == 0
    # Redo puts them back, checked in (a new row: the door's state, not the old id)
    page.ctx.undo_stack.redo()
    row = row_for(store, page.event_id, first_name="Renee")
    assert row is not None and row.source == "walk_in" and row.checked_in_at is not None


def test_walk_in_with_a_badge_printed_since_stays_and_says_why(qtbot, page, printer):
    assert checkin.badge_printing_available()
    store = page.ctx.store
    dialog = _add_walk_in_by_clicking(qtbot, page, "Renee Dvorak", "ad@example.cz")
    assert dialog.print_badge.isChecked()  # printed as part of adding: undo still allowed
    qtbot.waitUntil(lambda: page.status.text() == "Badge sent to Door printer.")
    qtbot.keyClicks(page.search, "renee")
    qtbot.keyClick(page.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # reprint
    qtbot.waitUntil(
        lambda: page.status.text() == "Badge sent to Door printer." and len(printer) == 2
    )
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row_for(store, page.event_id, first_name="Renee") is not None
    assert "a badge was printed for them since" in page.status.text()
    assert not page.ctx.undo_stack.canUndo()  # that step is dropped, nothing half-done
