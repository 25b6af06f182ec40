"""Scanning at the door, as a keyboard-wedge scanner types: checked against the database."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from organiser.changes import ChangeSet, Kind
from organiser.models import Attendee
from organiser.printing import badges
from ui.context import AppContext
from ui.door_printing import DOOR_NAME_KEY
from ui.pages.checkin_page import CheckinPage


@pytest.fixture
def page(qtbot, demo_store, settings):
    store, eid = demo_store
    settings.setValue(DOOR_NAME_KEY, "Door 2")
    ctx = AppContext(store, settings)
    p = CheckinPage(ctx)
    qtbot.addWidget(p)
    p.set_event(eid)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    p.search.setFocus()
    return p


def going(store, event_id) -> Attendee:
    with store.session() as s:
        return s.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.rsvp == "going")
            .order_by(Attendee.id)
        ).first()


def fresh(store, attendee_id) -> Attendee:
    with store.session() as s:
        return s.get(Attendee, attendee_id)


def token_from_badge_pdf(store, event_id, attendee_id) -> str:
    buf = io.BytesIO()
    with store.session() as s:
        badges.make_badges_pdf(s, event_id, buf, attendee_ids=[attendee_id], mark_printed=False)
    img = pdfium.PdfDocument(buf.getvalue())[0].render(scale=150 / 72).to_pil()
    (code,) = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    return code.text


def scan(qtbot, field, text):
    """What a USB/Bluetooth scanner does: types the code fast, then Enter."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_scanning_the_token_from_our_badge_pdf_checks_the_person_in(qtbot, page):
    store, eid = page.ctx.store, page.event_id
    person = going(store, eid)
    token = token_from_badge_pdf(store, eid, person.id)
    scan(qtbot, page.search, token)
    row = fresh(store, person.id)
    assert row.checked_in_at is not None and row.checked_in_door == "Door 2"
    assert page.banner.isVisible() and page.banner.colour == "green"
    assert page.banner.text() == f"Checked in: {person.full_name}"
    # The field is empty and keeps the focus: ready for the next scan.
    assert page.search.text() == "" and page.search.hasFocus()
    # The person's row in the list says so.
    qtbot.keyClicks(page.search, person.first_name)
    texts = [page.results.item(i).text() for i in range(page.results.count())]
    assert any(t.startswith(person.full_name) and "✓ checked in" in t for t in texts)
    assert page.counter.text().startswith("1 checked in")
    # A second scan of the same badge is amber and changes nothing.
    page.search.clear()
    scan(qtbot, page.search, token)
    assert page.banner.colour == "amber"
    assert page.banner.text().startswith(f"Already checked in: {person.full_name} at ")
    assert page.banner.text().endswith("(Door 2)")
    assert fresh(store, person.id).checked_in_at == row.checked_in_at


def test_undo_takes_back_the_last_scanned_check_in(qtbot, page):
    store, eid = page.ctx.store, page.event_id
    person = going(store, eid)
    scan(qtbot, page.search, person.checkin_token)
    assert fresh(store, person.id).checked_in_at is not None
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    row = fresh(store, person.id)
    assert row.checked_in_at is None and row.checked_in_door is None
    assert page.counter.text().startswith("0 checked in")


def _checked_in(store, eid):
    with store.session() as s:
        return s.scalars(
            select(Attendee.id).where(Attendee.event_id == eid, Attendee.checked_in_at.is_not(None))
        ).all()


def test_enter_on_an_empty_field_does_nothing(qtbot, page):
    store, eid = page.ctx.store, page.event_id
    assert page.results.count() > 0  # everyone is listed ...
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClicks(page.search, "   ")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _checked_in(store, eid) == []  # ... but nobody was checked in
    assert not page.banner.isVisible()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("99999999", "Not on the list"),
        ("A1" * 2000, "That is 4,000 characters: too long to be a ticket code."),
    ],
)
def test_a_bad_scan_is_red_and_changes_nothing(qtbot, page, text, message):
    store, eid = page.ctx.store, page.event_id
    if len(text) > 100:
        page.search.setText(text)  # a paste
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    else:
        scan(qtbot, page.search, text)
    assert page.banner.colour == "red" and page.banner.text() == message
    assert _checked_in(store, eid) == []
    assert page.search.hasFocus()


def test_a_code_never_checks_in_the_highlighted_fuzzy_match(qtbot, page):
    """A scanned code that is not on the list must not fall back to the name search."""
    store, eid = page.ctx.store, page.event_id
    person = going(store, eid)
    token = person.checkin_token
    near = token[:-1] + ("9" if token[-1] != "9" else "8")  # one character off
    scan(qtbot, page.search, near)
    assert page.banner.text() == "Not on the list"
    assert _checked_in(store, eid) == []


def test_door_mode_scans_counts_and_leaves_with_esc(qtbot, page):
    store, eid = page.ctx.store, page.event_id
    person = going(store, eid)
    qtbot.keyClick(page.search, Qt.Key.Key_F11)
    door = page.door_window
    assert door is not None
    qtbot.waitUntil(lambda: door.isVisible() and door.isFullScreen())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is door.field)
    assert door.counters.text().startswith("0 checked in")
    scan(qtbot, door.field, person.checkin_token)
    assert fresh(store, person.id).checked_in_door == "Door 2"
    assert door.banner.colour == "green"
    assert door.banner.text() == f"Checked in: {person.full_name}"
    assert door.counters.text().startswith("1 checked in")
    assert "Arrivals per 10 minutes" in door.arrivals.text()
    assert door.arrivals.text().rstrip().endswith("1")
    assert door.field.text() == ""
    # A name typed at the door: the first match, Enter.
    qtbot.keyClicks(door.field, "zoe")
    qtbot.keyClick(door.field, Qt.Key.Key_Return)
    assert door.banner.text().startswith("Checked in: Zoë")
    assert door.counters.text().startswith("2 checked in")
    qtbot.keyClick(door.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.door_window is None)
    assert not door.isVisible()


def test_the_search_box_has_the_focus_when_the_page_opens(qtbot, window, sqlite_store, wait_idle):
    from organiser.demo import create_demo
    from ui.main_window import page_key

    with sqlite_store.session() as s:
        eid = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    wait_idle(window.ctx)
    window.ctx.select_event(eid)
    window.show_page(page_key("CheckinPage"))
    page = window.pages[page_key("CheckinPage")]
    wait_idle(window.ctx)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)


def test_preferences_keep_the_door_name_printer_and_print_on_check_in(qtbot, settings):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.door_printing import door_layout, door_name, print_on_check_in

    dlg = PreferencesDialog(settings)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.door_name.clear()
    qtbot.keyClicks(dlg.door_name, "Side door")
    dlg.print_on_checkin.setChecked(True)
    dlg.layout_combo.setCurrentIndex(dlg.layout_combo.findData("printer-a6"))
    buttons = dlg.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert door_name(settings) == "Side door"
    assert print_on_check_in(settings) is True
    assert door_layout(settings) == "printer-a6"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.door_name.text() == "Side door" and again.print_on_checkin.isChecked()


def _qimage(pil):
    from PySide6.QtGui import QImage

    g = pil.convert("L")
    data = g.tobytes()
    img = QImage(data, g.width, g.height, g.width, QImage.Format.Format_Grayscale8)
    return img.copy()  # own its pixels


def test_camera_frames_of_our_badge_check_the_person_in_once(qtbot, page):
    from ui.camera_scanner import multimedia_available

    store, eid = page.ctx.store, page.event_id
    person = going(store, eid)
    qtbot.mouseClick(page.camera_button, Qt.MouseButton.LeftButton)
    camera = page.camera
    assert camera is not None and camera.isVisible()
    if not multimedia_available():  # PySide6-Essentials only: a clear line, nothing breaks
        assert "Qt Multimedia" in camera.message.text()
    buf = io.BytesIO()
    with store.session() as s:
        badges.make_badges_pdf(
            s, eid, buf, layout="printer-a6", attendee_ids=[person.id], mark_printed=False
        )
    frame = _qimage(pdfium.PdfDocument(buf.getvalue())[0].render(scale=100 / 72).to_pil())
    assert camera.feed_image(frame) == [person.checkin_token]
    assert fresh(store, person.id).checked_in_at is not None
    assert page.banner.colour == "green"
    assert page.banner.text() == f"Checked in: {person.full_name}"
    # The badge stays in front of the camera: the next frames are not new scans.
    assert camera.feed_image(frame) == []
    assert page.banner.colour == "green"
    # The page still works from the keyboard with the camera panel open.
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "zoe")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.banner.text().startswith("Checked in: Zoë")
    qtbot.mouseClick(page.camera_button, Qt.MouseButton.LeftButton)
    assert not camera.isVisible()


def test_a_walk_in_is_stored_with_this_doors_name(qtbot, page):
    from PySide6.QtWidgets import QDialogButtonBox

    store, eid = page.ctx.store, page.event_id
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.walk_in_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.keyClicks(dialog.first, "Walker")
    dialog.print_badge.setChecked(False)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with store.session() as s:
        row = s.scalars(
            select(Attendee).where(Attendee.event_id == eid, Attendee.first_name == "Walker")
        ).one()
        assert row.source == "walk_in" and row.checked_in_door == "Door 2"


@pytest.fixture
def italian_page(qtbot, qapp, page):
    from ui import i18n

    assert i18n.install(qapp, "it")
    yield page
    i18n.install(qapp, "en")


def test_every_refusal_at_the_door_speaks_the_windows_language(qtbot, italian_page):
    """Italian volunteers read Italian: the core's outcome is worded from its fields."""
    import pendulum

    from organiser import tickets
    from organiser.attendees import add_attendee
    from organiser.events import create_event

    page = italian_page
    store, eid = page.ctx.store, page.event_id
    with store.session() as s:
        one = add_attendee(s, eid, first_name="Ana", last_name="Uno")
        two = add_attendee(s, eid, first_name="Bea", last_name="Due")
        tickets.add_codes(s, one.id, eid, [("pretix_order", "DUP42")])
        tickets.add_codes(s, two.id, eid, [("pretix_order", "dup42")])
        start = pendulum.datetime(2027, 3, 4, 19, 0, tz="Europe/Rome")
        other = create_event(
            s,
            title="ML Roma #41",
            starts_at=start,
            ends_at=start.add(hours=2),
            timezone="Europe/Rome",
        )
        stranger = add_attendee(s, other.id, first_name="Ada", last_name="Altra").checkin_token
    page.ctx.ops.announce(ChangeSet.of(Kind.ATTENDEE))
    qtbot.waitUntil(lambda: page.results.count() > 0)
    expected = [
        ("DUP42", "2 persone hanno questo codice: Ana Uno e Bea Due. Registrale per nome."),
        (stranger, "Questo biglietto è per ML Roma #41"),
        ("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD", "Questo biglietto da visita non ha né un nome"),
        ("A1" * 2000, f"Sono {QLocale('it').toString(4000)} caratteri"),  # Italian digits
        ("99999999", "Non è in lista"),
    ]
    for text, said in expected:
        page.search.setText(text)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda said=said: page.banner.text().startswith(said))
        assert page.banner.colour == "red"
    assert _checked_in(store, eid) == []
