import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from organiser import agenda, checklists, events
from organiser.demo import create_demo
from organiser.models import ChecklistItem, Speaker
from organiser.timeutil import local
from ui.context import AppContext
from ui.dialogs.template_editor import TemplateEditor
from ui.pages.checklist_page import ChecklistPage


@pytest.fixture
def demo(sqlite_store):
    with sqlite_store.session() as s:
        eid = create_demo(s).id
    return sqlite_store, eid


def _page(qtbot, store, eid, ctx=None):
    page = ChecklistPage(ctx or AppContext(store))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.set_event(eid)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click_row(qtbot, page, item_id, column=0):
    index = page.model.index_of_item(item_id, column)
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_row().id == item_id


def _db_item(store, item_id):
    with store.session() as s:
        return s.get(ChecklistItem, item_id)


def test_ticking_an_item_moves_the_progress_bars(qtbot, demo):
    store, eid = demo
    page = _page(qtbot, store, eid)
    before = page.event_progress.value()
    assert page.event_progress.maximum() > before > 0
    row = next(r for r in page.model.group_rows("later") if r.speaker_name == "Amara Okafor")
    amara_bar = page.speaker_bars[row.speaker_id]
    amara_before = amara_bar.value()

    _click_row(qtbot, page, row.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)

    assert page.event_progress.value() == before + 1
    assert page.speaker_bars[row.speaker_id].value() == amara_before + 1
    assert f"{before + 1} of" in page.event_progress.text()
    assert _db_item(store, row.id).done_at is not None
    # The ticked row stays where it was (the next click must not hit another item)...
    assert row.id in [r.id for r in page.model.group_rows("later")]
    assert page.current_row().id == row.id and page.current_row().done
    page.refresh()  # ...until the list refreshes
    assert row.id in [r.id for r in page.model.group_rows("done")]
    assert page.current_row().id == row.id  # the selection follows the item

    page.ctx.undo_stack.undo()
    assert _db_item(store, row.id).done_at is None
    assert page.event_progress.value() == before


def test_mark_done_button_and_note(qtbot, demo):
    store, eid = demo
    page = _page(qtbot, store, eid)
    row = page.model.group_rows("overdue")[0]
    _click_row(qtbot, page, row.id)
    page.assignee_edit.clear()
    qtbot.keyClicks(page.assignee_edit, "Ana Silva")
    page.note_edit.clear()
    qtbot.keyClicks(page.note_edit, "Booked the 17:05 train")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = _db_item(store, row.id)
    assert (saved.assignee, saved.note) == ("Ana Silva", "Booked the 17:05 train")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert _db_item(store, row.id).done_at is not None
    assert page.done_button.text().replace("&", "") == "Mark not done"


def test_assignee_filter_shows_only_their_items(qtbot, demo):
    store, eid = demo
    page = _page(qtbot, store, eid)
    combo = page.assignee_filter
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("Ana Silva"))
    rows = [r for g in checklists.GROUPS for r in page.model.group_rows(g)]
    assert rows and all(r.assignee == "Ana Silva" for r in rows)
    assert any("tech check" in r.title for r in rows)
    # the event's progress bar still counts the whole checklist
    with store.session() as s:
        assert page.event_progress.maximum() == checklists.progress(s, eid).total


def test_speaker_leaving_the_agenda_asks_and_deletes(qtbot, demo):
    store, eid = demo
    with store.session() as s:
        amara = s.scalar(select(Speaker).where(Speaker.name == "Amara Okafor"))
        for session in agenda.list_sessions(s, eid):
            people = [(x.speaker_id, x.role) for x in session.speakers]
            if any(sid == amara.id for sid, _ in people):
                agenda.set_speakers(s, session.id, [p for p in people if p[0] != amara.id])
        aid = amara.id
    page = _page(qtbot, store, eid)
    assert page.banner.isVisible()
    assert "Amara Okafor is no longer on the agenda" in page.banner_label.text()
    qtbot.mouseClick(page.banner_delete, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()
    with store.session() as s:
        assert checklists.list_items(s, eid, speaker_id=aid) == []
    assert aid not in page.speaker_bars


def test_empty_event_offers_the_recommended_checklists(qtbot, sqlite_store):
    with sqlite_store.session() as s:
        start = local("America/New_York", 2026, 11, 5, 19, 0)
        eid = events.create_event(
            s,
            title="NYC ML",
            starts_at=start,
            ends_at=start.add(hours=2),
            timezone="America/New_York",
            format="online",
        ).id
    page = _page(qtbot, sqlite_store, eid)
    assert page.empty.isVisible() and page.event_progress.value() == 0
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert not page.empty.isVisible()
    with sqlite_store.session() as s:
        names = {r.template_name for r in checklists.list_items(s, eid)}
    assert names == {"Meetup lifecycle", "Hybrid stream"}  # no venue for an online event
    rows = [r for g in checklists.GROUPS for r in page.model.group_rows(g)]
    rehearse = next(r for r in rows if r.title.startswith("Rehearse"))
    index = page.model.index_of_item(rehearse.id, page.model.COL_DUE)
    assert page.model.data(index) == "Thu 29 Oct 2026 18:00 EDT"


def test_template_editor_edits_offsets_and_round_trips_files(qtbot, sqlite_store, tmp_path):
    ctx = AppContext(sqlite_store)
    dlg = TemplateEditor(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    venue_row = next(
        i for i in range(dlg.templates.count()) if dlg.templates.item(i).text().startswith("Venue")
    )
    dlg.templates.setCurrentRow(venue_row)
    # edit the "When" of the first item in place, by keyboard
    index = dlg.model.index(0, dlg.model.COL_OFFSET)
    rect = dlg.table.visualRect(index)
    qtbot.mouseClick(dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(dlg.table, Qt.Key.Key_F2)
    editors = dlg.table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    assert editor.text() == "-42 days"
    editor.selectAll()
    qtbot.keyClicks(editor, "-8 weeks")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: dlg.model.data(dlg.model.index(0, dlg.model.COL_OFFSET)) != "-42 days")
    with sqlite_store.session() as s:
        first = checklists.get_template(s, "Venue").items[0]
        assert first.offset_minutes == -56 * 24 * 60
    assert dlg.model.data(dlg.model.index(0, dlg.model.COL_OFFSET)) == "-56 days"
    # a wrong offset is explained and nothing changes
    dlg.model.setData(dlg.model.index(0, dlg.model.COL_OFFSET), "next tuesday")
    assert "is not an offset" in dlg.error_label.text()
    # reorder with the buttons
    dlg.table.selectRow(1)
    second = dlg.model.data(dlg.model.index(1, 0))
    qtbot.mouseClick(dlg.up_button, Qt.MouseButton.LeftButton)
    assert dlg.model.data(dlg.model.index(0, 0)) == second
    # add, then remove
    n = dlg.model.rowCount()
    dlg.add_item("Check the lift works on the night", "-2 hours")
    assert dlg.model.rowCount() == n + 1
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.model.rowCount() == n
    # export and import
    path = tmp_path / "venue.json"
    assert dlg.export_to(path)
    assert json.loads(path.read_text(encoding="utf-8"))["items"][1]["offset"] == "-56 days"
    assert not dlg.import_from(path)
    assert "already exists" in dlg.error_label.text()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["name"] = "Venue (Turin)"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert dlg.import_from(path)
    assert dlg.name_edit.text() == "Venue (Turin)"
    assert dlg.model.rowCount() == n


def test_template_editor_sets_scope_and_formats(qtbot, sqlite_store):
    with sqlite_store.session() as s:
        tid = checklists.create_template(s, name="Workshop").id
    dlg = TemplateEditor(AppContext(sqlite_store))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.reload(tid)
    assert dlg.name_edit.text() == "Workshop"
    assert all(box.isChecked() for box in dlg.format_boxes.values())
    qtbot.mouseClick(dlg.format_boxes["online"], Qt.MouseButton.LeftButton)
    dlg.scope_combo.setCurrentIndex(dlg.scope_combo.findData("speaker"))
    dlg.scope_combo.activated.emit(dlg.scope_combo.currentIndex())
    with sqlite_store.session() as s:
        t = checklists.get_template(s, tid)
        assert (t.applies_to, sorted(t.formats)) == ("speaker", ["hybrid", "in_person"])
    qtbot.mouseClick(dlg.format_boxes["hybrid"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.format_boxes["in_person"], Qt.MouseButton.LeftButton)
    assert "at least one format" in dlg.error_label.text()
    with sqlite_store.session() as s:
        assert checklists.get_template(s, tid).formats == ["in_person"]


def test_overview_panel_shows_next_due_and_readiness(qtbot, demo):
    from ui.pages.checklist_page import ChecklistOverviewPanel

    store, eid = demo
    ctx = AppContext(store)
    panel = ChecklistOverviewPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_event(eid)
    with store.session() as s:
        first = checklists.next_due(s, eid, 1)[0]
    lines = panel.next_label.text().splitlines()
    assert len(lines) == 5 and first.title in lines[0] and "(overdue)" in lines[0]
    assert panel.readiness_model.rowCount() == 4
    # ticking elsewhere (the checklist page) updates the panel through the context
    page = _page(qtbot, store, eid, ctx)
    before = panel.progress.value()
    page.tick(first.id, True)
    assert panel.progress.value() == before + 1
    assert first.title not in panel.next_label.text().splitlines()[0]


def test_briefing_button_writes_the_pdf_off_the_ui_thread(qtbot, demo, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    store, eid = demo
    page = _page(qtbot, store, eid)
    target = tmp_path / "briefing.pdf"
    asked = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(page.briefing_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1, "the button did not ask where to save"
    qtbot.waitUntil(lambda: "Briefing saved" in page.status.text(), timeout=20000)
    assert "4 page" in page.status.text()  # "4 pages" with the English plural forms installed
    assert len(PdfReader(str(target)).pages) == 4
