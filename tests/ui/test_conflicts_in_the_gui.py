"""Team mode through the real widgets: two organisers, one database.

Each test opens a window or dialog (it reads the row and its version), then a
teammate on another laptop (a second ``Store`` on the same file) saves the same
row through the core; the user's save through the widget is refused with the
core's sentence naming both values, no traceback and no SQL, the view shows the
teammate's value and the database still holds it. Ticks and check-ins are not
conflicts (they are idempotent), so they are not refused.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox

from organiser import agenda, checklists, streaming
from organiser import attendees as people
from organiser.demo import create_demo
from organiser.models import ChecklistItem
from organiser.store import Store
from tests.agenda import conftest as agenda_fixtures
from tests.ui.conftest import check, on_next_modal
from ui.context import AppContext

fake_keyring = agenda_fixtures.fake_keyring


@pytest.fixture
def demo(sqlite_store, tmp_path):
    with sqlite_store.session() as s:
        eid = create_demo(s).id
    ctx = AppContext(sqlite_store)
    ctx.current_event_id = eid
    return ctx, eid


@pytest.fixture
def teammate(sqlite_store, tmp_path):
    """The other organiser's laptop: its own engine and sessions on the same database."""
    other = Store(tmp_path / "organiser.sqlite")
    yield other
    other.close()


def _refused(text: str, theirs: str, mine: str) -> None:
    assert text.startswith("Someone else changed this"), text
    assert theirs in text and mine in text, text
    assert "Nothing was overwritten" in text
    for leak in ("SELECT", "UPDATE", "Traceback", "[SQL", "parameters"):
        assert leak not in text


def _show(qtbot, widget, size=(1200, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- checklist templates ------------------------------------------------------------------


def _template_editor(qtbot, ctx, tid):
    from ui.dialogs.template_editor import TemplateEditor

    dlg = _show(qtbot, TemplateEditor(ctx), (1000, 600))
    dlg.reload(tid)
    return dlg


@pytest.fixture
def template(sqlite_store):
    with sqlite_store.session() as s:
        tid = checklists.create_template(s, name="Workshop").id
        iid = checklists.add_template_item(s, tid, title="Book the room", offset="-14 days").id
        checklists.add_template_item(s, tid, title="Order pizza", offset="-2 days")
    return tid, iid


def _edit_cell(qtbot, table, index, text):
    """Type into a cell the way a user does: click it, F2, type, Return."""
    table.setCurrentIndex(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def test_template_item_edit_over_a_teammates_change_is_refused(qtbot, demo, teammate, template):
    ctx, _eid = demo
    tid, iid = template
    dlg = _template_editor(qtbot, ctx, tid)
    assert dlg.model.data(dlg.model.index(0, 0)) == "Book the room"
    with teammate.session() as s:
        checklists.update_template_item(s, iid, title="Book the big hall")

    _edit_cell(qtbot, dlg.table, dlg.model.index(0, dlg.model.COL_TITLE), "Book room 2")
    qtbot.waitUntil(lambda: dlg.error_label.text() != "")
    _refused(dlg.error_label.text(), "Book the big hall", "Book room 2")
    # the editor now shows the teammate's title; the database kept it
    assert dlg.model.data(dlg.model.index(0, 0)) == "Book the big hall"
    with teammate.session() as s:
        assert checklists.get_template(s, tid).items[0].title == "Book the big hall"

    # having seen it, the user's next edit goes through (the editor read the new version)
    _edit_cell(qtbot, dlg.table, dlg.model.index(0, dlg.model.COL_OFFSET), "-3 weeks")
    qtbot.waitUntil(lambda: dlg.model.data(dlg.model.index(0, dlg.model.COL_OFFSET)) == "-21 days")
    assert dlg.error_label.text() == ""
    with teammate.session() as s:
        first = checklists.get_template(s, tid).items[0]
        assert (first.title, first.offset_minutes) == ("Book the big hall", -21 * 24 * 60)


def test_template_rename_and_scope_over_a_teammates_change_are_refused(
    qtbot, demo, teammate, template
):
    ctx, _eid = demo
    tid, _iid = template
    dlg = _template_editor(qtbot, ctx, tid)
    with teammate.session() as s:
        checklists.update_template(s, tid, name="Workshop (Rome)")

    dlg.name_edit.setFocus()
    dlg.name_edit.selectAll()
    qtbot.keyClicks(dlg.name_edit, "Hands-on workshop")
    qtbot.keyClick(dlg.name_edit, Qt.Key.Key_Return)
    _refused(dlg.error_label.text(), "Workshop (Rome)", "Hands-on workshop")
    assert dlg.name_edit.text() == "Workshop (Rome)"

    with teammate.session() as s:
        checklists.update_template(s, tid, applies_to="speaker")
    assert dlg.scope_combo.currentData() == "event"  # what this screen still shows
    qtbot.mouseClick(dlg.format_boxes["online"], Qt.MouseButton.LeftButton)
    assert "Someone else changed this checklist template" in dlg.error_label.text()
    # reloaded: their scope, and the format box back as stored
    assert dlg.scope_combo.currentData() == "speaker"
    assert dlg.format_boxes["online"].isChecked()
    with teammate.session() as s:
        t = checklists.get_template(s, tid)
        assert (t.name, t.applies_to, t.formats) == ("Workshop (Rome)", "speaker", [])


def test_template_item_removed_while_a_teammate_edited_the_template_is_refused(
    qtbot, demo, teammate, template
):
    ctx, _eid = demo
    tid, iid = template
    dlg = _template_editor(qtbot, ctx, tid)
    with teammate.session() as s:
        checklists.update_template_item(s, iid, why="The hall books up a month ahead")
    dlg.table.selectRow(0)
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert "Someone else changed this checklist template" in dlg.error_label.text()
    assert dlg.model.rowCount() == 2
    assert dlg.model.data(dlg.model.index(0, dlg.model.COL_WHY)) == (
        "The hall books up a month ahead"
    )


# -- checklist items ----------------------------------------------------------------------


def _checklist_page(qtbot, ctx, eid):
    from ui.pages.checklist_page import ChecklistPage

    page = ChecklistPage(ctx)
    _show(qtbot, page, (1300, 800))
    page.set_event(eid)
    return page


def _first_open_item(page):
    from organiser.checklists import GROUPS

    for g in GROUPS:
        for r in page.model.group_rows(g):
            if not r.done:
                return r
    raise AssertionError("no open item")


def test_checklist_assignee_over_a_teammates_change_is_refused(qtbot, demo, teammate):
    ctx, eid = demo
    page = _checklist_page(qtbot, ctx, eid)
    row = _first_open_item(page)
    page.select_item(row.id)
    assert page.current_row().id == row.id
    with teammate.session() as s:
        checklists.update_item(s, row.id, assignee="Giulia")

    page.assignee_edit.setText("Marco")
    page.note_edit.setPlainText("Call them on Monday")
    seen: dict[str, str] = {}
    state = on_next_modal(lambda box: (seen.update(text=box.text()), box.accept()))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    check(state)
    _refused(seen["text"], "Giulia", "Marco")
    assert page.current_row().assignee == "Giulia"
    assert page.assignee_edit.text() == "Giulia"
    with teammate.session() as s:
        assert s.get(ChecklistItem, row.id).assignee == "Giulia"


def test_ticking_an_item_a_teammate_already_ticked_is_no_conflict(qtbot, demo, teammate):
    ctx, eid = demo
    page = _checklist_page(qtbot, ctx, eid)
    row = _first_open_item(page)
    with teammate.session() as s:
        done = checklists.set_done(s, row.id, True).done_at
    page.tick(row.id, True)  # what the check box does; no message box opens
    with teammate.session() as s:
        assert s.get(ChecklistItem, row.id).done_at == done  # the first time stays
    assert page._rows[row.id].done


# -- stream links -------------------------------------------------------------------------


def _stream_page(qtbot, ctx, eid):
    from ui.pages.venue_stream_page import VenueStreamPage

    page = VenueStreamPage(ctx)
    _show(qtbot, page)
    page.set_event(eid)
    return page


def _select_link(qtbot, page, row):
    rect = page.links.visualRect(page.links.model().index(row, 0))
    qtbot.mouseClick(page.links.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_edit_a_stream_links_address_and_label(qtbot, demo, fake_keyring):
    from ui.models.stream_links_model import COL_VIEWER

    ctx, eid = demo
    page = _stream_page(qtbot, ctx, eid)
    _select_link(qtbot, page, 0)
    link_id = page.selected_link_id()

    def fill(dlg):
        assert dlg.viewer.text() == "https://www.youtube.com/live/mlrome42demo"
        dlg.viewer.selectAll()
        qtbot.keyClicks(dlg.viewer, "https://www.youtube.com/live/mlrome43")
        dlg.label.selectAll()
        qtbot.keyClicks(dlg.label, "Room A")
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    state = on_next_modal(fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    check(state)
    assert page.message.text() == "Link saved."
    row = page.links_proxy.row_of_id(link_id)
    assert page.links.model().index(row, COL_VIEWER).data() == "youtube.com/live/mlrome43"
    with ctx.store.session() as s:
        link = streaming.get_link(s, link_id)
        assert (link.viewer_url, link.label) == ("https://www.youtube.com/live/mlrome43", "Room A")
    # and Undo puts the old address back
    ctx.undo_stack.undo()
    with ctx.store.session() as s:
        assert streaming.get_link(s, link_id).viewer_url == (
            "https://www.youtube.com/live/mlrome42demo"
        )


def test_stream_link_edit_over_a_teammates_change_is_refused(
    qtbot, demo, teammate, fake_keyring
):
    from ui.models.stream_links_model import COL_VIEWER

    ctx, eid = demo
    page = _stream_page(qtbot, ctx, eid)
    _select_link(qtbot, page, 0)
    link_id = page.selected_link_id()
    seen: dict[str, str] = {}

    def fill(dlg):
        with teammate.session() as s:  # saved while this dialog is open
            streaming.update_link(s, link_id, viewer_url="https://www.youtube.com/live/theirs")
        dlg.viewer.selectAll()
        qtbot.keyClicks(dlg.viewer, "https://www.youtube.com/live/mine")
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        assert dlg.isVisible()  # refused: the dialog stays, with the core's sentence
        seen["banner"] = dlg.banner.text()
        # the table behind already shows the teammate's address
        row = page.links_proxy.row_of_id(link_id)
        seen["cell"] = page.links.model().index(row, COL_VIEWER).data()
        dlg.reject()

    state = on_next_modal(fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    check(state)
    _refused(seen["banner"], "live/theirs", "live/mine")
    assert seen["cell"] == "youtube.com/live/theirs"
    assert page.message.text() == seen["banner"]
    with teammate.session() as s:
        assert streaming.get_link(s, link_id).viewer_url == "https://www.youtube.com/live/theirs"


# -- attendees ----------------------------------------------------------------------------


def test_attendee_role_cell_over_a_teammates_change_is_refused(qtbot, demo, teammate):
    from ui.models.attendees_model import COL_ROLE, AttendeesModel
    from ui.ops import Runner

    ctx, eid = demo
    model = AttendeesModel(Runner(ctx.store))
    model.load(eid)
    row = next(i for i, r in enumerate(model.rows) if r.first_name == "Zoë")
    aid = model.rows[row].id
    with teammate.session() as s:
        people.update_attendee(s, aid, role="speaker")
    with qtbot.waitSignal(model.error) as refused:
        model.setData(model.index(row, COL_ROLE), "volunteer")
    _refused(refused.args[0], "speaker", "volunteer")
    qtbot.waitUntil(lambda: model.index(row, COL_ROLE).data() == "Speaker")  # theirs, reloaded
    with teammate.session() as s:
        assert people.get_attendee(s, aid).role == "speaker"


def test_two_quick_cell_edits_of_one_person_do_not_refuse_each_other(qtbot, demo):
    from ui.models.attendees_model import COL_ROLE, COL_RSVP, AttendeesModel
    from ui.ops import Runner

    ctx, eid = demo
    model = AttendeesModel(Runner(ctx.store))
    model.load(eid)
    errors: list[str] = []
    model.error.connect(errors.append)
    row = next(i for i, r in enumerate(model.rows) if r.first_name == "Zoë")
    aid = model.rows[row].id
    model.setData(model.index(row, COL_ROLE), "volunteer")
    model.setData(model.index(row, COL_RSVP), "not_going")  # before the first one is saved
    qtbot.waitUntil(lambda: model.index(row, COL_RSVP).data() == "Not going")
    assert errors == []
    with ctx.store.session() as s:
        a = people.get_attendee(s, aid)
        assert (a.role, a.rsvp) == ("volunteer", "not_going")


# -- sessions: the agenda's Minutes cell --------------------------------------------------


def test_agenda_minutes_cell_over_a_teammates_change_is_refused(qtbot, demo, teammate):
    from ui.models.agenda_model import AgendaModel
    from ui.pages.agenda_page import AgendaPage

    ctx, eid = demo
    page = AgendaPage(ctx)
    _show(qtbot, page, (1300, 700))
    page.set_event(eid)
    first = page.model.session_at(0)
    with teammate.session() as s:
        agenda.update_session(s, first.session_id, duration_minutes=first.duration_minutes + 5)
    idx = page.model.index(0, AgendaModel.COL_MINUTES)
    page.table.setCurrentIndex(idx)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() != "")
    theirs = first.duration_minutes + 5
    _refused(page.message.text(), f"“{theirs}”", "“50”")
    assert page.model.session_at(0).duration_minutes == theirs  # the table shows theirs
    with teammate.session() as s:
        assert agenda.get_session(s, first.session_id).duration_minutes == theirs


def test_two_minutes_edits_in_a_row_both_save(qtbot, demo):
    """A duration change reflows (and so re-versions) the sessions after it: no false refusal."""
    from ui.models.agenda_model import AgendaModel
    from ui.pages.agenda_page import AgendaPage

    ctx, eid = demo
    page = AgendaPage(ctx)
    _show(qtbot, page, (1300, 700))
    page.set_event(eid)
    a, b = page.model.session_at(0), page.model.session_at(1)
    page.set_duration(a.session_id, a.duration_minutes + 10)
    page.set_duration(b.session_id, b.duration_minutes + 10)
    assert page.message.text() == ""
    with ctx.store.session() as s:
        assert agenda.get_session(s, a.session_id).duration_minutes == a.duration_minutes + 10
        assert agenda.get_session(s, b.session_id).duration_minutes == b.duration_minutes + 10
    assert page.model.columnCount() > AgendaModel.COL_MINUTES


# -- venues, speakers, events: the editors -------------------------------------------------


def test_venue_speaker_and_event_editors_refuse_a_stale_save(qtbot, demo, teammate):
    from organiser import events, speakers, venues
    from ui.dialogs.event_dialog import EventDialog
    from ui.dialogs.speaker_dialog import SpeakerDialog
    from ui.dialogs.venue_dialog import VenueDialog

    ctx, eid = demo
    with ctx.store.session() as s:
        vid = venues.list_venues(s)[0].id
        sid = speakers.list_speakers(s)[0].id

    venue = _show(qtbot, VenueDialog(ctx, vid), (560, 620))
    with teammate.session() as s:
        venues.update_venue(s, vid, closing_time="23:00")
    venue.closing_time.setText("21:30")
    qtbot.mouseClick(venue.save_button, Qt.MouseButton.LeftButton)
    assert venue.isVisible()
    _refused(venue.banner.text(), "23:00", "21:30")

    speaker = _show(qtbot, SpeakerDialog(ctx, sid), (700, 700))
    with teammate.session() as s:
        speakers.update_speaker(s, sid, name="Amara N. Okafor")
    speaker.name.setText("Dr Amara Okafor")
    qtbot.mouseClick(speaker.save_button, Qt.MouseButton.LeftButton)
    assert speaker.isVisible()
    _refused(speaker.banner.text(), "Amara N. Okafor", "Dr Amara Okafor")

    event = _show(qtbot, EventDialog(ctx, eid), (700, 700))
    with teammate.session() as s:
        events.update_event(s, eid, title="ML Rome #42 (moved)")
    event.title_edit.setText("ML Rome #42: GPUs")
    qtbot.mouseClick(event.save_button, Qt.MouseButton.LeftButton)
    assert event.isVisible()
    _refused(event.banner.text(), "ML Rome #42 (moved)", "ML Rome #42: GPUs")

    with teammate.session() as s:
        assert venues.get_venue(s, vid).closing_time == "23:00"
        assert speakers.get_speaker(s, sid).name == "Amara N. Okafor"
        assert events.get_event(s, eid).title == "ML Rome #42 (moved)"

    # "Review both values and save again": the second Save is the user's decision
    qtbot.mouseClick(venue.save_button, Qt.MouseButton.LeftButton)
    assert not venue.isVisible()
    with teammate.session() as s:
        assert venues.get_venue(s, vid).closing_time == "21:30"


def test_agenda_viewer_zones_over_a_teammates_change_are_refused(qtbot, demo, teammate):
    from organiser import events
    from ui.pages.agenda_page import AgendaPage

    ctx, eid = demo
    page = AgendaPage(ctx)
    _show(qtbot, page, (1300, 700))
    page.set_event(eid)
    with teammate.session() as s:
        events.update_event(s, eid, viewer_zones=["Asia/Tokyo"])
    page.zones_edit.setFocus()
    page.zones_edit.selectAll()
    qtbot.keyClicks(page.zones_edit, "Europe/London")
    qtbot.keyClick(page.zones_edit, Qt.Key.Key_Return)
    _refused(page.message.text(), "Asia/Tokyo", "Europe/London")
    assert page.zones_edit.text() == "Asia/Tokyo"
    with teammate.session() as s:
        assert events.get_event(s, eid).viewer_zones == ["Asia/Tokyo"]
    # seen now: the same edit again is saved
    page.zones_edit.setFocus()
    page.zones_edit.selectAll()
    qtbot.keyClicks(page.zones_edit, "Europe/London")
    qtbot.keyClick(page.zones_edit, Qt.Key.Key_Return)
    with teammate.session() as s:
        assert events.get_event(s, eid).viewer_zones == ["Europe/London"]
