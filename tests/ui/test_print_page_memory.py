"""Badges, as found at the door: the save dialog opens in Documents with the event's name,
the start label survives a save, the label sheet is remembered across restarts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

from organiser.demo import create_demo
from tests.ui.test_print_page import choose, type_into
from ui.context import AppContext
from ui.pages import print_page
from ui.pages.print_page import PrintPage


def _page(qtbot, store, settings, event_id):
    p = PrintPage(AppContext(store, settings))
    qtbot.addWidget(p)
    p.resize(1100, 750)
    p.show()
    p.set_event(event_id)
    return p


def test_save_opens_in_documents_with_the_event_name_and_keeps_start_label(
    qtbot, sqlite_store, settings, tmp_path, monkeypatch
):
    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    page = _page(qtbot, sqlite_store, settings, event_id)
    type_into(qtbot, page.start_at, "3")
    asked = {}
    out = tmp_path / "badges-out.pdf"

    def fake_dialog(parent, caption, suggested, filters):
        asked["suggested"] = suggested
        return str(out), filters

    monkeypatch.setattr(print_page.QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_run is not None, timeout=20000)
    suggested = Path(asked["suggested"])
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert suggested.parent == Path(documents)
    assert suggested.name.startswith("ml-rome-") and suggested.name.endswith("-badges.pdf")
    assert out.exists()
    assert page.start_at.value() == 3


def test_the_label_sheet_is_remembered_after_a_restart(qtbot, sqlite_store, settings):
    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    page = _page(qtbot, sqlite_store, settings, event_id)
    default = page.layout_combo.currentData()
    choose(qtbot, page.layout_combo, "avery-l4785")
    assert page.layout_combo.currentData() != default
    page.close()
    again = _page(qtbot, sqlite_store, settings, event_id)
    assert again.layout_combo.currentData() == "avery-l4785"
