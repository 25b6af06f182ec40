"""Print agenda, as found on a laptop: it fits 768 px, Enter keeps the dialog open,
and the preview follows typing."""

import io

import pypdf
from PySide6.QtCore import QRect, Qt

from ui.dialogs.agenda_print_dialog import AgendaPrintDialog


def _text(data: bytes) -> str:
    return pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_the_dialog_fits_a_1366_by_768_screen(qtbot, ctx):
    dlg = AgendaPrintDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    laptop = QRect(0, 0, 1366, 768 - 32)  # the free area under a desktop panel
    dlg.fit_to(laptop)
    dlg.show()
    title_bar = 40
    assert dlg.height() + title_bar <= laptop.height()
    assert dlg.width() <= laptop.width()
    assert dlg.minimumSizeHint().height() <= dlg.height()
    for button in (dlg.save_button, dlg.print_button):
        corner = button.mapTo(dlg, button.rect().bottomRight())
        assert dlg.rect().contains(corner)


def test_enter_in_the_zones_field_applies_and_keeps_the_dialog_open(qtbot, ctx):
    dlg = AgendaPrintDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.zones_edit.setFocus()
    dlg.zones_edit.clear()
    qtbot.keyClicks(dlg.zones_edit, "Asia/Tokyo")
    qtbot.keyClick(dlg.zones_edit, Qt.Key.Key_Return)
    assert dlg.isVisible()
    assert dlg.result() == 0 and dlg.zones_edit.text() == "Asia/Tokyo"
    assert "JST" in _text(dlg.pdf_bytes)


def test_the_preview_follows_typing_without_leaving_the_field(qtbot, ctx):
    dlg = AgendaPrintDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.zones_edit.setFocus()
    dlg.zones_edit.clear()
    qtbot.keyClicks(dlg.zones_edit, "Asia/Tokyo")
    qtbot.waitUntil(lambda: "JST" in _text(dlg.pdf_bytes), timeout=5000)
