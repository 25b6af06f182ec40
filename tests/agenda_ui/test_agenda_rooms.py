"""The Agenda page with several rooms: a tab per day, a column per room, warnings per room."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from organiser import agenda, events
from organiser.timeutil import local
from tests.agenda.test_rooms_days import _add  # a session on a day of May 2027, in Rome
from tests.ui.conftest import check, on_next_modal
from ui.context import AppContext
from ui.pages.agenda_page import AgendaPage

ROME = "Europe/Rome"


@pytest.fixture
def rooms_ctx(sqlite_store):
    """PyCon Roma, Thu 6 and Fri 7 May 2027: a keynote for all, then Sala A and Sala B."""
    start = local(ROME, 2027, 5, 6, 9, 0)
    with sqlite_store.session() as s:
        ev = events.create_event(
            s,
            title="PyCon Roma",
            starts_at=start,
            ends_at=start.add(days=1, hours=9),
            timezone=ROME,
            viewer_zones=["America/New_York"],
        )
        _add(s, ev.id, "Keynote", 6, 9, 0, 60)
        _add(s, ev.id, "Rust in prod", 6, 10, 0, 60, "Sala A")
        _add(s, ev.id, "Django tips", 6, 10, 0, 30, "Sala B")  # beside Rust: another room
        _add(s, ev.id, "Pytest", 6, 10, 30, 30, "Sala B")
        _add(s, ev.id, "Lunch", 6, 11, 0, 60)
        _add(s, ev.id, "Async Python", 7, 9, 0, 60, "Sala A")
        _add(s, ev.id, "Data at scale", 7, 9, 0, 30, "Sala B")
        _add(s, ev.id, "Typing in depth", 7, 9, 30, 30, "Sala B")
        ev_id = ev.id
    ctx = AppContext(sqlite_store)
    ctx.current_event_id = ev_id
    return ctx


@pytest.fixture
def english(qapp):
    """The app's English catalogue, as the app installs it: "1 warning", not "1 warning(s)"."""
    from ui import i18n

    assert i18n.install(qapp, "en")
    yield
    for translator in list(i18n._installed):
        qapp.removeTranslator(translator)
    i18n._installed.clear()


def _page(qtbot, ctx, size=(1200, 760)):
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.set_event(ctx.current_event_id)
    qtbot.waitExposed(page)
    return page


def _columns(page) -> dict[str, list[str]]:
    """What the grid shows under each room's header: session titles, top to bottom.

    Read from where each cell is drawn: a cell belongs to every room column its
    rectangle covers (a keynote spans them all).
    """
    grid, model = page.grid, page.grid_model
    header = grid.horizontalHeader()
    out: dict[str, list[str]] = {}
    for col in range(1, model.columnCount()):
        name = model.headerData(col, Qt.Orientation.Horizontal).split("\n")[0]
        left = header.sectionViewportPosition(col)
        right = left + header.sectionSize(col)
        titles = []
        for row in range(model.rowCount()):
            for c in range(1, model.columnCount()):
                idx = model.index(row, c)
                text = model.data(idx)
                rect = grid.visualRect(idx)
                if text and rect.left() < right and rect.right() > left:
                    titles.append(text.split("\n")[0])
        out[name] = titles
    return out


def _sid(model, title: str) -> int:
    return next(c.row.session_id for c in model.cells if c.row.title == title)


def _warnings(page) -> list[str]:
    return [page.warnings.item(i).text() for i in range(page.warnings.count())]


def _shot(page, folder: Path, name: str) -> None:
    """A screenshot to look at (run with --basetemp to keep them somewhere known)."""
    assert page.grab().save(str(folder / name))


def test_two_rooms_two_days_side_by_side(qtbot, rooms_ctx, tmp_path):
    page = _page(qtbot, rooms_ctx)
    assert page.rooms_shown and page.grid.isVisible() and not page.table.isVisible()
    assert page.day_tabs.isVisible()
    assert [page.day_tabs.tabText(i) for i in range(page.day_tabs.count())] == [
        "Day 1 · Thu 6 May",
        "Day 2 · Fri 7 May",
    ]
    model = page.grid_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert _columns(page) == {
        "Sala A": ["Keynote", "Rust in prod", "Lunch"],
        "Sala B": ["Keynote", "Django tips", "Pytest", "Lunch"],
    }
    # time down the side, in the event's zone and the viewer's
    assert model.data(model.index(0, 0)) == "09:00 CEST\n03:00 EDT"
    # Rust in prod (10:00–11:00) reaches down beside Django tips and Pytest (from 10:30)
    rust = model.index_of(_sid(model, "Rust in prod"))
    assert page.grid.rowSpan(rust.row(), rust.column()) == 2
    # parallel rooms are not a clash
    assert _warnings(page) == ["No clashes, gaps or overruns."]
    _shot(page, tmp_path, "rooms_day1.png")

    bar = page.day_tabs
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert _columns(page) == {
        "Sala A": ["Async Python"],
        "Sala B": ["Data at scale", "Typing in depth"],
    }
    assert model.data(model.index(0, 0)) == "09:00 CEST\n03:00 EDT"
    assert not page.up_button.isVisible() and page.edit_button.isVisible()
    _shot(page, tmp_path, "rooms_day2.png")


def test_an_overlap_warns_only_within_its_room(qtbot, rooms_ctx, tmp_path, english):
    page = _page(qtbot, rooms_ctx)
    event_id = rooms_ctx.current_event_id
    model = page.grid_model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Sala B"
    # a session in Sala B that runs into Django tips: a clash in that room only
    rooms_ctx.ops.call(lambda s: _add(s, event_id, "Late arrival", 6, 10, 15, 10, "Sala B"))
    qtbot.waitUntil(lambda: len(_warnings(page)) == 1)
    (text,) = _warnings(page)
    assert text == (
        "In Sala B: “Django tips” (until 10:30 CEST) overlaps “Late arrival” (from 10:15 CEST)"
        " by 10 min."
    )
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Sala A"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Sala B\n1 warning"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None
    late = model.index_of(_sid(model, "Late arrival"))
    assert late.column() == 2
    assert model.data(late, Qt.ItemDataRole.DecorationRole) is not None
    assert "overlaps “Late arrival”" in model.data(late, Qt.ItemDataRole.ToolTipRole)
    # clicking the warning selects the session in the grid
    item = page.warnings.item(0)
    qtbot.mouseClick(
        page.warnings.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.warnings.visualItemRect(item).center(),
    )
    assert page.grid.currentIndex().column() == 2
    assert model.data(page.grid.currentIndex()).startswith("Django tips")
    _shot(page, tmp_path, "rooms_warning.png")


def test_select_a_session_and_edit_it(qtbot, rooms_ctx):
    page = _page(qtbot, rooms_ctx)
    model = page.grid_model
    sid = _sid(model, "Django tips")
    idx = model.index_of(sid)
    qtbot.mouseClick(
        page.grid.viewport(), Qt.MouseButton.LeftButton, pos=page.grid.visualRect(idx).center()
    )
    assert page.grid.selectionModel().isSelected(idx)

    def move_to_sala_a(dlg):
        assert dlg.windowTitle() == "Edit session"
        assert dlg.title_edit.text() == "Django tips" and dlg.room.text() == "Sala B"
        dlg.room.clear()
        qtbot.keyClicks(dlg.room, "Sala A")
        dlg.start.set_instant(local(ROME, 2027, 5, 6, 11, 0), ROME)
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    state = on_next_modal(move_to_sala_a)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    check(state)
    qtbot.waitUntil(lambda: "Django tips" in _columns(page).get("Sala A", []))
    cols = _columns(page)
    assert "Django tips" not in cols["Sala B"]
    with rooms_ctx.store.session() as s:
        assert agenda.get_session(s, sid).room == "Sala A"
        # the other sessions keep their slots: saving one never strings the rooms together
        times = {
            x.title: x.starts_at.in_timezone(ROME).format("ddd HH:mm")
            for x in agenda.list_sessions(s, rooms_ctx.current_event_id)
        }
    assert times["Rust in prod"] == "Thu 10:00" and times["Pytest"] == "Thu 10:30"
    assert times["Async Python"] == "Fri 09:00" and times["Django tips"] == "Thu 11:00"
    # Undo puts it back in Sala B
    rooms_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "Django tips" in _columns(page).get("Sala B", []))

    # Return on the selected cell opens the editor
    state = on_next_modal(lambda dlg: dlg.reject())
    page.grid.setFocus()
    page.select_session(sid)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    check(state)

    # double-click opens the editor too; Cancel changes nothing
    state = on_next_modal(lambda dlg: dlg.reject())
    where = page.grid.visualRect(model.index_of(sid)).center()
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=where)
    check(state)


def test_one_room_keeps_the_running_order(qtbot, sqlite_store):
    start = local(ROME, 2027, 5, 6, 18, 30)
    with sqlite_store.session() as s:
        ev = events.create_event(
            s, title="Meetup", starts_at=start, ends_at=start.add(hours=3), timezone=ROME
        )
        _add(s, ev.id, "Welcome", 6, 18, 30, 15, "Aula Magna")
        _add(s, ev.id, "Talk", 6, 18, 45, 30, "aula magna")  # same room, other spelling
        ev_id = ev.id
    ctx = AppContext(sqlite_store)
    ctx.current_event_id = ev_id
    page = _page(qtbot, ctx)
    assert not page.rooms_shown and page.table.isVisible() and not page.day_tabs.isVisible()
    assert page.up_button.isVisible()
    assert [page.model.data(page.model.index(r, 0)) for r in range(2)] == ["Welcome", "Talk"]
    # Edit session… opens the selected row there too
    page.table.selectRow(1)
    seen = []
    state = on_next_modal(lambda dlg: (seen.append(dlg.title_edit.text()), dlg.reject()))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    check(state)
    assert seen == ["Talk"]
