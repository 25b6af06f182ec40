"""The Attendees page, its model and the import wizard, checked against the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox
from sqlalchemy import select

from organiser.models import Attendee
from ui.context import AppContext
from ui.models.attendees_model import COL_NAME, COL_ROLE, COL_RSVP, AttendeesModel
from ui.ops import Runner
from ui.pages.attendees_page import AttendeesPage

DATA = Path(__file__).resolve().parents[1] / "data" / "attendees"


def import_now(qtbot, wizard):
    """Press Import and wait for the background job to finish (report page or an error)."""
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)


def make_page(qtbot, store, eid):
    page = AttendeesPage(AppContext(store))
    qtbot.addWidget(page)
    page.set_event(eid)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_model_edit_saves_through_core_and_marks_edited(qtbot, demo_store):
    store, eid = demo_store
    model = AttendeesModel(Runner(store))
    model.load(eid)
    row = next(i for i, r in enumerate(model.rows) if r.first_name == "Zoë")
    assert model.setData(model.index(row, COL_ROLE), "volunteer")  # saved off the GUI thread
    qtbot.waitUntil(lambda: model.index(row, COL_ROLE).data() == "Volunteer")
    with qtbot.waitSignal(model.error) as refused:
        model.setData(model.index(row, COL_RSVP), "maybe")
    assert "maybe" in refused.args[0]
    assert model.index(row, COL_RSVP).data() != "maybe"
    with store.session() as s:
        zoe = s.scalar(
            select(Attendee).where(Attendee.event_id == eid, Attendee.first_name == "Zoë")
        )
        assert zoe.role == "volunteer" and zoe.edited_fields == ["role"]


def test_filter_by_typed_text_and_status(qtbot, demo_store):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    assert page.proxy.rowCount() == len(page.model.rows) == 44
    qtbot.keyClicks(page.search, "mueller")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, COL_NAME).data().startswith("Zoë")
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("waitlist"))
    waitlisted = {page.proxy.index(i, COL_NAME).data() for i in range(page.proxy.rowCount())}
    with store.session() as s:
        expected = {
            a.full_name
            for a in s.scalars(
                select(Attendee).where(Attendee.event_id == eid, Attendee.rsvp == "waitlist")
            )
        }
    assert waitlisted == expected and expected


def test_rsvp_delegate_edit_from_the_table(qtbot, demo_store):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    qtbot.keyClicks(page.search, "lefevre")
    idx = page.proxy.index(0, COL_RSVP)
    page.table.setCurrentIndex(idx)
    page.table.edit(idx)
    combo = page.table.viewport().findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData("not_going"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: page.proxy.index(0, COL_RSVP).data() == "Not going")  # saved
    with store.session() as s:
        fr = s.scalar(
            select(Attendee).where(Attendee.event_id == eid, Attendee.first_name == "François")
        )
        assert fr.rsvp == "not_going" and "rsvp" in fr.edited_fields
        not_going = len(
            s.scalars(
                select(Attendee).where(Attendee.event_id == eid, Attendee.rsvp == "not_going")
            ).all()
        )
    assert f"{not_going} not going" in page.stats_label.text()  # the header follows the edit
    assert page.proxy.index(0, COL_RSVP).data() == "Not going"


def test_export_writes_a_csv_that_reimports(qtbot, demo_store, tmp_path):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    out = tmp_path / "people.csv"
    page.export(str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    wizard = page.open_import(str(out))
    wizard.next()
    assert wizard.preview.format == "generic"
    import_now(qtbot, wizard)
    assert wizard.report.unchanged == 44 and wizard.report.added == 0


def test_drop_a_csv_opens_the_wizard_and_imports_with_a_mapping(qtbot, demo_store, tmp_path):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    path = tmp_path / "teilnehmer.csv"
    path.write_bytes(
        "Teilnehmer;Adresse;Zusage\r\nJürgen Groß;juergen@example.de;ja\r\n"
        "Eva Braun;eva@example.de;nein\r\n".encode("cp1252")
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    # The events a file manager's drag delivers, through Qt's event dispatch (QDrag's own
    # loop cannot run offscreen): the page must take the drag, then open the wizard.
    assert page.acceptDrops()
    where = page.rect().center().toPointF()
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted(), "the page refused a CSV dragged onto it"
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    wizard = page.wizard
    assert wizard is not None and wizard.file_page.path_edit.text() == str(path)
    wizard.next()
    pp = wizard.preview_page
    assert pp.table.item(0, 0).text() == "Jürgen Groß"
    assert "Windows-1252" in pp.summary.text() and "semicolon" in pp.summary.text()
    assert pp.combos["full_name"].currentData() == "Teilnehmer"  # guessed from the values
    assert pp.combos["email"].currentData() == "Adresse"
    assert "check which column" in pp.error.text()
    pp.combos["full_name"].setCurrentIndex(0)
    pp.combos["email"].setCurrentIndex(0)
    import_now(qtbot, wizard)  # nothing mapped: the core refuses, the page says why
    assert wizard.currentPage() is pp and "No name or email column" in pp.error.text()
    pp.combos["full_name"].setCurrentIndex(pp.combos["full_name"].findData("Teilnehmer"))
    pp.combos["email"].setCurrentIndex(pp.combos["email"].findData("Adresse"))
    pp.combos["rsvp"].setCurrentIndex(pp.combos["rsvp"].findData("Zusage"))
    import_now(qtbot, wizard)
    assert wizard.currentPage() is wizard.report_page
    assert "2 added" in wizard.report_page.text.toPlainText()
    wizard.accept()
    with store.session() as s:
        eva = s.scalar(select(Attendee).where(Attendee.email == "eva@example.de"))
        assert eva.full_name == "Eva Braun" and eva.rsvp == "not_going"
    assert page.proxy.rowCount() == 46


def test_wizard_refuses_a_broken_file_and_changes_nothing(qtbot, demo_store, tmp_path):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 4)
    wizard = page.open_import(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "not text" in wizard.file_page.error.text() or "binary" in wizard.file_page.error.text()
    with store.session() as s:
        assert len(s.scalars(select(Attendee).where(Attendee.event_id == eid)).all()) == 44


def test_meetup_sample_through_the_wizard(qtbot, demo_store):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    wizard = page.open_import(str(DATA / "meetup-attendees.csv"))
    wizard.next()
    assert wizard.preview_page.format_combo.currentData() == "meetup"
    import_now(qtbot, wizard)
    report = wizard.report
    assert (report.added, report.updated) == (1, 4)  # Priya N. is new; four matched by name


def test_correct_a_spelling_and_it_survives_reimport(qtbot, demo_store):
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    wizard = page.open_import(str(DATA / "meetup-attendees.csv"))
    wizard.next()
    import_now(qtbot, wizard)
    wizard.accept()
    qtbot.keyClicks(page.search, "chen wei")
    page.table.setCurrentIndex(page.proxy.index(0, COL_NAME))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog.fields["last_name"].text() == "Wei 陈伟"
    dialog.fields["first_name"].clear()
    qtbot.keyClicks(dialog.fields["first_name"], "Wei")
    dialog.fields["last_name"].setText("Chen 陈伟")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    wizard = page.open_import(str(DATA / "meetup-attendees.csv"))
    wizard.next()
    import_now(qtbot, wizard)
    assert wizard.report.kept_edits == 2
    with store.session() as s:
        a = s.scalar(select(Attendee).where(Attendee.external_id == "10000003"))
        assert (a.first_name, a.last_name) == ("Wei", "Chen 陈伟")
        assert set(a.edited_fields) == {"first_name", "last_name"}


def test_add_and_delete_by_hand(qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    dialog = page.open_editor(None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name
    assert "name" in dialog.error.text()
    qtbot.keyClicks(dialog.fields["first_name"], "Ada")
    qtbot.keyClicks(dialog.fields["last_name"], "Lovelace")
    qtbot.keyClicks(dialog.fields["email"], "ada@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 45
    qtbot.keyClicks(page.search, "lovelace")
    page.table.setCurrentIndex(page.proxy.index(0, COL_NAME))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        assert s.scalar(select(Attendee).where(Attendee.email == "ada@example.org")) is None


def _choose(qtbot, combo, data):
    """Arrow through a combo box with the keyboard until the wanted entry is current."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data} not in the combo box")


def test_wizard_reads_the_file_again_in_the_encoding_chosen(qtbot, demo_store, tmp_path):
    """A Windows-1251 export: the preview follows the encoding picked, the import uses it."""
    store, eid = demo_store
    page = make_page(qtbot, store, eid)
    wizard = page.open_import(str(DATA / "meetup-attendees.csv"))
    wizard.next()
    assert wizard.preview_page.encoding_combo.isHidden()  # UTF-8: nothing to choose
    wizard.reject()
    # The real Meetup export (tests/data) with two people renamed in Cyrillic, saved as cp1251.
    lines = (DATA / "meetup-attendees.csv").read_text(encoding="utf-8-sig").splitlines()
    names = ["Мария Сидорова", "Иван Петров"]
    body = [lines[0]] + [n + lines[i + 1][lines[i + 1].index(",") :] for i, n in enumerate(names)]
    path = tmp_path / "cp1251.csv"
    path.write_bytes(("\r\n".join(body) + "\r\n").encode("cp1251"))
    wizard = page.open_import(str(path))
    wizard.next()
    pp = wizard.preview_page
    assert not pp.encoding_combo.isHidden()
    _choose(qtbot, pp.encoding_combo, "cp1252")
    assert pp.table.item(0, 0).text() == "Ìàðèÿ Ñèäîðîâà"  # what the wrong code page shows
    assert "Windows-1252" in pp.summary.text()
    _choose(qtbot, pp.encoding_combo, "cp1251")
    assert pp.table.item(0, 0).text() == "Мария Сидорова"
    assert "Windows-1251" in pp.summary.text()
    import_now(qtbot, wizard)
    assert "Windows-1251" in wizard.report_page.text.toPlainText()
    with store.session() as s:
        got = s.scalars(select(Attendee).where(Attendee.event_id == eid)).all()
        assert {"Мария Сидорова", "Иван Петров"} <= {a.full_name for a in got}
