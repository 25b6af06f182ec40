"""Event ▸ Language: chosen in the event dialog, defaulting to the interface language."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from organiser.models import Event
from ui import fmt


def _save(qtbot, dlg):
    qtbot.mouseClick(
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _choose(qtbot, combo, text):
    """Pick an entry the way a keyboard user does: focus the combo and type its name."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def test_new_event_takes_the_interface_language_and_the_choice_reaches_the_pdf(
    qtbot, window, sqlite_store, monkeypatch
):
    from organiser.printing.agenda_pdf import agenda_pdf
    from ui.dialogs.event_dialog import EventDialog

    monkeypatch.setattr(fmt, "_language", "it")
    dlg = EventDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.language_combo.currentText() == "Italiano"

    qtbot.keyClicks(dlg.title_edit, "Berlin ML Abend")
    dlg.zone.set_zone("Europe/Berlin")
    dlg.start.set(QDate(2026, 12, 17), QTime(18, 30))
    dlg.end.set(QDate(2026, 12, 17), QTime(21, 0))
    _choose(qtbot, dlg.language_combo, "Deutsch")
    assert dlg.language_combo.currentData() == "de"
    _save(qtbot, dlg)
    qtbot.waitUntil(lambda: not dlg.isVisible())

    with sqlite_store.session() as s:
        ev = s.scalar(select(Event).where(Event.title == "Berlin ML Abend"))
        assert ev.language == "de"
        text = PdfReader(io.BytesIO(agenda_pdf(s, ev.id))).pages[0].extract_text()
    assert "Donnerstag, 17. Dezember 2026" in " ".join(text.split())

    # Editing it again shows the saved language, not the interface's.
    again = EventDialog(window.ctx, ev.id, window)
    qtbot.addWidget(again)
    assert again.language_combo.currentText() == "Deutsch"
    _choose(qtbot, again.language_combo, "English")
    qtbot.keyClick(again.language_combo, Qt.Key.Key_Down)  # the next entry: English (US)
    assert again.language_combo.currentText() == "English (US)"
    _save(qtbot, again)
    qtbot.waitUntil(lambda: not again.isVisible())
    with sqlite_store.session() as s:
        assert s.get(Event, ev.id).language == "en-US"


def test_checklist_page_shows_shipped_items_in_the_interface_language(
    qtbot, window, monkeypatch
):
    from ui.main_window import page_key
    from ui.models.checklist_model import ChecklistTreeModel

    monkeypatch.setattr(fmt, "_language", "it")
    window.load_demo()
    window.show_page(page_key("ChecklistPage"))
    page = window.pages[page_key("ChecklistPage")]
    model = page.tree.model()

    def titles():
        out = []
        for g in range(model.rowCount()):
            parent = model.index(g, 0)
            for r in range(model.rowCount(parent)):
                out.append(model.index(r, ChecklistTreeModel.COL_TITLE, parent).data())
        return out

    qtbot.waitUntil(lambda: len(titles()) > 10, timeout=5000)
    shown = titles()
    assert "Inviare l’annuncio alla mailing list" in shown
    assert "Send the announcement to the mailing list" not in shown
