import io

import pypdf
from PySide6.QtCore import Qt

from ui.dialogs.agenda_print_dialog import AgendaPrintDialog


def test_preview_follows_paper_and_wifi_and_saves(qtbot, ctx, tmp_path):
    dlg = AgendaPrintDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.document.pageCount() == 1
    size = dlg.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)
    dlg.paper.setCurrentIndex(dlg.paper.findData("letter"))
    size = dlg.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)
    qtbot.mouseClick(dlg.wifi, Qt.MouseButton.LeftButton)
    dlg.zones_edit.clear()
    qtbot.keyClicks(dlg.zones_edit, "Asia/Tokyo")
    qtbot.keyClick(dlg.zones_edit, Qt.Key.Key_Return)
    assert dlg.save_to(str(tmp_path / "agenda.pdf"))
    text = pypdf.PdfReader(io.BytesIO((tmp_path / "agenda.pdf").read_bytes())).pages[0]
    text = text.extract_text()
    assert "meetup-2026" in text and "JST" in text and "EST" not in text
    assert "Saved to" in dlg.status.text()


def test_bad_zone_and_bad_folder_are_explained(qtbot, ctx, tmp_path):
    dlg = AgendaPrintDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.zones_edit.clear()
    qtbot.keyClicks(dlg.zones_edit, "Europe/Atlantis")
    qtbot.keyClick(dlg.zones_edit, Qt.Key.Key_Return)
    assert "Europe/Atlantis" in dlg.status.text() and not dlg.save_button.isEnabled()
    dlg.zones_edit.clear()
    qtbot.keyClick(dlg.zones_edit, Qt.Key.Key_Return)
    assert dlg.save_button.isEnabled()
    assert not dlg.save_to(str(tmp_path / "nowhere" / "a.pdf"))
    assert "does not exist" in dlg.status.text()


def test_print_sends_every_page_to_the_printer(qtbot, ctx, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dlg = AgendaPrintDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.paper.setCurrentIndex(dlg.paper.findData("letter"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dlg.print_to(printer) == 1
    out = pypdf.PdfReader(str(tmp_path / "printed.pdf"))
    assert len(out.pages) == 1
    assert round(float(out.pages[0].mediabox.width)) == 612
    # "page(s)" without a translator; the app installs its English plural forms
    assert dlg.status.text() in ("Sent 1 page to the printer.", "Sent 1 page(s) to the printer.")
    # what reached the printer is the agenda itself: its stream QR still decodes
    import pypdfium2
    import zxingcpp

    image = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))[0].render(scale=2).to_pil()
    codes = [r.text for r in zxingcpp.read_barcodes(image)]
    assert codes == ["https://www.youtube.com/live/mlrome42demo"]
