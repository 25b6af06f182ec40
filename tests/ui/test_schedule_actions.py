"""File ▸ Import schedule… / Export schedule… driven through the menus and the file dialogs."""

from __future__ import annotations

from pathlib import Path

import pendulum
from lxml import etree
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from organiser import agenda, events
from organiser.changes import ChangeSet, Kind
from tests.ui.conftest import check, on_next_modal

DATA = Path(__file__).resolve().parents[1] / "data" / "schedule"


def _file_menu_action(window, text):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == "File":
            for act in top.menu().actions():
                if act.text().replace("&", "") == text:
                    return act
    raise AssertionError(f"no File ▸ {text}")


def _choose_file(path: Path):
    def fill(dlg):
        assert isinstance(dlg, QFileDialog)
        _type_path(dlg, path)

    return on_next_modal(fill)


def _type_path(dlg: QFileDialog, path: Path) -> None:
    """Go to the folder and type the name, as a user would.

    A bare selectFile() can be overtaken by the dialog's own initial selection
    while it loads, and the dialog then waits for an answer nobody gives.
    """
    dlg.setDirectory(str(path.parent))
    name = dlg.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(path.name)
    dlg.accept()
    assert not dlg.isVisible(), f"the file dialog did not take {path.name}"


def test_import_then_export_a_schedule_from_the_file_menu(qtbot, window, tmp_path):
    state = _choose_file(DATA / "pretalx-democon.json")
    _file_menu_action(window, "Import schedule…").trigger()
    check(state)
    ev_id = window.ctx.current_event_id
    assert ev_id is not None
    with window.ctx.store.session() as s:
        assert events.get_event(s, ev_id).title == "DemoCon"
        assert len(agenda.list_sessions(s, ev_id)) == 6
    qtbot.waitUntil(lambda: "sessions 6 added" in window.statusBar().currentMessage())
    assert window.events_model.row_of(ev_id) is not None  # the sidebar lists it

    export = _file_menu_action(window, "Export schedule…")
    assert export.isEnabled()
    target = tmp_path / "democon.xml"
    state = _choose_file(target)
    export.trigger()
    check(state)
    schema = etree.XMLSchema(etree.parse(str(DATA / "schedule.xml.xsd")))
    doc = etree.parse(str(target))
    assert schema.validate(doc), schema.error_log
    assert len(doc.getroot().findall("day/room/event")) == 6


def test_import_into_the_selected_event_asks_first(qtbot, window, tmp_path):
    with window.ctx.store.session() as s:
        ev = events.create_event(
            s,
            title="PyBay",
            starts_at=pendulum.datetime(2025, 10, 18, 9, 0, tz="America/Los_Angeles"),
            ends_at=pendulum.datetime(2025, 10, 18, 18, 0, tz="America/Los_Angeles"),
            timezone="America/Los_Angeles",
        )
        ev_id = ev.id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    window.ctx.select_event(ev_id)
    assert window.ctx.current_event_id == ev_id

    def answer(box):
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Add to this event").click()

    box_state: dict = {}

    def choose(dlg):
        assert isinstance(dlg, QFileDialog)
        box_state["question"] = on_next_modal(answer)  # asked once the file is chosen
        _type_path(dlg, DATA / "sessionize-accepted-sessions.csv")

    file_state = on_next_modal(choose)
    _file_menu_action(window, "Import schedule…").trigger()
    check(file_state)
    check(box_state["question"])
    with window.ctx.store.session() as s:
        titles = [x.title for x in agenda.list_sessions(s, ev_id)]
        assert len(events.list_events(s)) == 1  # no new event
    assert titles == ["Panel: packaging in 2025", "Typing the untypable"]
