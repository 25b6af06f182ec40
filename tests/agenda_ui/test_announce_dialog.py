from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.dialogs.announce_dialog import AnnounceDialog


def test_copy_puts_the_markdown_on_the_clipboard(qtbot, ctx):
    dlg = AnnounceDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.text.toPlainText().startswith("# ML Rome #42")
    assert "12:30–15:30 EST (New York)" in dlg.text.toPlainText()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dlg.text.toPlainText()
    assert dlg.status.text() == "Copied to the clipboard."


def test_short_variant_and_zone_mistake(qtbot, ctx, tmp_path):
    dlg = AnnounceDialog(ctx, ctx.current_event_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.short_box, Qt.MouseButton.LeftButton)
    short = dlg.text.toPlainText()
    assert len(short) < 280 and "18:30 CET" in short
    assert dlg.status.text() == f"{len(short)} of 280 characters."
    dlg.zones_edit.clear()
    qtbot.keyClicks(dlg.zones_edit, "Asia/Kolkatta")
    qtbot.keyClick(dlg.zones_edit, Qt.Key.Key_Return)
    assert "Asia/Kolkatta" in dlg.status.text() and not dlg.copy_button.isEnabled()
    dlg.zones_edit.clear()
    qtbot.keyClicks(dlg.zones_edit, "Asia/Tokyo")
    qtbot.keyClick(dlg.zones_edit, Qt.Key.Key_Return)
    assert "JST" in dlg.text.toPlainText() and dlg.copy_button.isEnabled()
    dlg.grab().save(str(tmp_path / "announce_dialog.png"))
