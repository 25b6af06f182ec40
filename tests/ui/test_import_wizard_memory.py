"""The import wizard remembers the columns chosen for a kind of file."""

from __future__ import annotations

from ui.context import AppContext
from ui.pages.attendees_page import AttendeesPage


def _wizard_for(qtbot, store, eid, path):
    page = AttendeesPage(AppContext(store))
    qtbot.addWidget(page)
    page.set_event(eid)
    page.show()
    page.open_import(str(path))
    wizard = page.wizard
    assert wizard is not None
    wizard.next()
    return page, wizard


def test_second_file_with_the_same_columns_gets_the_same_choice(qtbot, demo_store, tmp_path):
    store, eid = demo_store
    first = tmp_path / "liste-1.csv"
    first.write_text("Chi;Posta;Ruolo\nMaria Bianchi;maria@example.it;speaker\n", "utf-8")
    _page, wizard = _wizard_for(qtbot, store, eid, first)
    pp = wizard.preview_page
    assert pp.combos["email"].currentData() == "Posta"  # guessed from the values
    pp.combos["full_name"].setCurrentIndex(pp.combos["full_name"].findData("Chi"))
    pp.combos["role"].setCurrentIndex(pp.combos["role"].findData("Ruolo"))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    assert "1 added" in wizard.report_page.text.toPlainText()
    wizard.accept()

    second = tmp_path / "liste-2.csv"
    second.write_text("Chi;Posta;Ruolo\nLuca Verdi;luca@example.it;volunteer\n", "utf-8")
    _page, wizard = _wizard_for(qtbot, store, eid, second)
    pp = wizard.preview_page
    assert pp.combos["full_name"].currentData() == "Chi"
    assert pp.combos["role"].currentData() == "Ruolo"
    assert "last time" in pp.error.text()
    wizard.reject()
