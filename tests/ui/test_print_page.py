"""Print page driven like an organiser would: pick a sheet, preview, save, print, calibrate."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from organiser.demo import create_demo
from organiser.models import Attendee, BadgeLayout
from organiser.printing import layouts
from tests.ui.conftest import check, on_next_modal
from ui.context import AppContext
from ui.dialogs.badge_layout_dialog import BadgeLayoutDialog
from ui.pages import print_page
from ui.pages.print_page import PrintPage


@pytest.fixture
def page(qtbot, sqlite_store):
    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    ctx = AppContext(sqlite_store)
    p = PrintPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 750)
    p.show()
    p.set_event(event_id)
    return p


def type_into(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)


def choose(qtbot, combo, data):
    """Arrow through a combo box with the keyboard until the wanted entry is current."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data} not in the combo box")


def going_ids(store, event_id):
    with store.session() as s:
        return [
            a
            for a in s.scalars(
                select(Attendee).where(Attendee.event_id == event_id, Attendee.rsvp == "going")
            )
        ]


def test_preview_follows_the_sheet_and_start_label(qtbot, page):
    assert not page.preview.pixmap().isNull()
    assert "Badges: 39 · Sheets: 7" in page.status.text()
    choose(qtbot, page.layout_combo, "avery-l4785")
    assert page.layout_combo.currentData() == "avery-l4785"
    assert page.start_at.maximum() == 10
    type_into(qtbot, page.start_at, "3")
    qtbot.waitUntil(lambda: "Sheets: 5" in page.status.text(), timeout=5000)
    # The preview shows a portrait A4 sheet.
    pix = page.preview.pixmap()
    assert pix.height() / pix.width() == pytest.approx(297 / 210, rel=0.02)


def test_save_pdf_writes_badges_and_marks_them_printed(qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "badges.pdf"
    monkeypatch.setattr(
        print_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)")
    )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_run is not None, timeout=20000)
    assert out.exists() and len(PdfReader(out).pages) == 7
    assert "Saved 39" in page.message.text()
    people = going_ids(page.ctx.store, page.event_id)
    assert all(a.badge_printed_at is not None for a in people)
    # Now nothing is left unprinted: the page says so and will not print an empty sheet.
    qtbot.mouseClick(page.only_unprinted, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printed already" in page.status.text(), timeout=5000)
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()


def test_vcard_choice_reaches_the_pdf(qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "cards.pdf"
    monkeypatch.setattr(print_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    choose(qtbot, page.qr_combo, "vcard")
    assert page.qr_combo.currentData() == "vcard"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_run is not None, timeout=20000)
    img = pdfium.PdfDocument(str(out))[0].render(scale=150 / 72).to_pil()
    texts = [b.text for b in zxingcpp.read_barcodes(img)]
    assert len(texts) == 6 and all(t.startswith("BEGIN:VCARD") for t in texts)


class FakePrintDialog:
    """Stands in for the system dialog: the user picked 'print to PDF' and pressed Print."""

    target = None

    def __init__(self, printer, parent=None):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(150)
        self.printer = printer

    def setWindowTitle(self, title):  # noqa: N802
        pass

    def exec(self):
        return QDialog.DialogCode.Accepted


def test_print_sends_every_sheet_rasterised_at_the_printer_resolution(
    qtbot, page, tmp_path, monkeypatch
):
    FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_page, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent 39" in page.message.text(), timeout=30000)
    printed = FakePrintDialog.target
    assert len(PdfReader(printed).pages) == 7
    # What reached the printer still scans: the first sheet's six QR codes decode.
    img = pdfium.PdfDocument(str(printed))[0].render(scale=150 / 72).to_pil()
    tokens = {b.text for b in zxingcpp.read_barcodes(img)}
    all_tokens = {a.checkin_token for a in going_ids(page.ctx.store, page.event_id)}
    assert len(tokens) == 6 and tokens <= all_tokens


def test_calibration_is_typed_and_saved(qtbot, page):
    type_into(qtbot, page.offset_x, "1.5")
    type_into(qtbot, page.offset_y, "-2")
    qtbot.mouseClick(page.save_calibration_button, Qt.MouseButton.LeftButton)
    with page.ctx.store.session() as s:
        cal = layouts.get_calibration(s)
    assert (cal.offset_x_mm, cal.offset_y_mm, cal.scale) == (1.5, -2.0, 1.0)
    assert "Calibration saved" in page.message.text()


def fill_layout(qtbot, dialog, name, columns="2"):
    qtbot.keyClicks(dialog.name, name)
    type_into(qtbot, dialog.label_w, "95")
    type_into(qtbot, dialog.label_h, "60")
    type_into(qtbot, dialog.columns, columns)
    type_into(qtbot, dialog.rows, "4")
    type_into(qtbot, dialog.margin_left, "10")
    type_into(qtbot, dialog.margin_top, "20")


def test_layout_dialog_refuses_a_grid_wider_than_the_page(qtbot, sqlite_store):
    dialog = BadgeLayoutDialog(AppContext(sqlite_store))
    qtbot.addWidget(dialog)
    dialog.show()
    fill_layout(qtbot, dialog, "too-wide", columns="3")
    assert "right edge" in dialog.error.text()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    with sqlite_store.session() as s:
        assert s.scalars(select(BadgeLayout)).all() == []


def test_add_layout_from_the_page_saves_it_and_selects_it(qtbot, page):
    def fill_and_save(dialog):
        assert isinstance(dialog, BadgeLayoutDialog)
        fill_layout(qtbot, dialog, "club-badges")
        assert "8 badges per sheet" in dialog.summary.text()
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    # Filled in as soon as the dialog is up (a fixed delay could fire too early or hang).
    state = on_next_modal(fill_and_save)
    qtbot.mouseClick(page.add_layout_button, Qt.MouseButton.LeftButton)
    check(state)
    with page.ctx.store.session() as s:
        row = s.scalar(select(BadgeLayout).where(BadgeLayout.name == "club-badges"))
        assert row is not None and row.spec["label"] == [95.0, 60.0]
    assert page.layout_combo.currentData() == "club-badges"
    assert page.start_at.maximum() == 8
    qtbot.waitUntil(lambda: "Sheets: 5" in page.status.text(), timeout=5000)


def test_unsaved_calibration_is_used_and_kept_after_saving_a_pdf(
    qtbot, page, tmp_path, monkeypatch
):
    out = tmp_path / "shifted.pdf"
    monkeypatch.setattr(print_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    type_into(qtbot, page.offset_x, "10")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_run is not None, timeout=20000)
    assert page.offset_x.value() == 10.0  # the reload after printing kept the typed value
    img = pdfium.PdfDocument(str(out))[0].render(scale=150 / 72).to_pil()
    lefts = sorted(b.position.top_left.x for b in zxingcpp.read_barcodes(img))
    sheet = layouts.builtin_layouts()["avery-5392"]
    # Without calibration the first column's QR starts inside label 1 at a fixed place;
    # 10 mm to the right is about 59 px at 150 dpi.
    with page.ctx.store.session() as s:
        assert layouts.get_calibration(s).offset_x_mm == 0  # typed, not saved
    plain = print_page.badges.BadgeGeometry.for_label(sheet.label_width, sheet.label_height)
    expected = (sheet.label_rect(0).x + plain.qr.x) * 150 / 72 + 10 / 25.4 * 150
    module = plain.qr.width / (25 + 8) * 150 / 72
    assert abs(lefts[0] - (expected + 4 * module)) < 4


@pytest.fixture
def italian(qapp):
    from ui import i18n

    assert i18n.install(qapp, "it")
    yield
    i18n.install(qapp, "en")


def test_an_italian_window_names_the_sheets_and_prints_calibration_in_italian(
    qtbot, italian, page, tmp_path, monkeypatch
):
    # (the window's language is installed before the page is built: fixture order)
    names = [page.layout_combo.itemText(i) for i in range(page.layout_combo.count())]
    assert "Badge A6 (105 × 148 mm), 4 per foglio A4" in names
    assert not any("per A4 sheet" in n for n in names)
    at = page.layout_combo.findData("a6-4up-a4")
    tip = page.layout_combo.itemData(at, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("4 per pagina (2×2), etichetta 105×148 mm")
    assert "Foglio perforato" in tip  # the sheet's note, in Italian too
    at = page.layout_combo.findData("avery-5395")
    tip = page.layout_combo.itemData(at, Qt.ItemDataRole.ToolTipRole)
    assert "etichetta 3,375×2,333 in" in tip  # Italian decimal commas
    choose(qtbot, page.layout_combo, "a6-4up-a4")
    assert page.cut_marks.toolTip().startswith("Su Badge A6")  # why there are no cut marks

    out = tmp_path / "calibrazione.pdf"
    monkeypatch.setattr(print_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.calibration_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10000)
    reader = PdfReader(str(out))
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Pagina di calibrazione — Badge A6" in text
    assert "I righelli partono a 6 mm" in text
    assert "scala 1,000" in text
    assert "Calibration" not in text and "Rulers" not in text
    title = "Pagina di calibrazione — Badge A6 (105 × 148 mm), 4 per foglio A4"
    assert reader.metadata.title == title
