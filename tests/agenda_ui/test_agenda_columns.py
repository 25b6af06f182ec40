"""The running order on a 1366×768 laptop: column widths, viewer zones, Minutes edits.

Walkthrough item 5 (issue 15): titles were cut while Speakers took the room,
one extra viewer zone pushed Warnings off-screen, and every Minutes edit
logged "commitData called with an editor that does not belong to this view".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QSpinBox

from organiser import agenda
from tests.ui.conftest import settings  # noqa: F401 - the fixture, for the real window
from ui.models.agenda_model import AgendaModel

ROME = "Europe/Rome"


@pytest.fixture
def qt_messages():
    """Every message Qt logs while the test runs (but the offscreen plugin's own note)."""
    seen: list[str] = []

    def handler(_mode, _context, message):
        if "propagateSizeHints" not in message:
            seen.append(message)

    old = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(old)


@pytest.fixture
def laptop(qtbot, sqlite_store, settings):  # noqa: F811 - the fixture imported above
    """The real window at 1366×768 on the demo meetup's Agenda page."""
    from organiser.demo import create_demo
    from ui.main_window import PAGES, MainWindow

    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    win = MainWindow(sqlite_store, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.ctx.select_event(event_id)
    key = next(i for i, p in enumerate(PAGES) if p[1] == "AgendaPage")
    win.show_page(key)
    page = win.pages[key]
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    return win, page


def _minutes(win, title: str) -> int:
    with win.store.session() as s:
        return next(
            x.duration_minutes
            for x in agenda.list_sessions(s, win.ctx.current_event_id)
            if x.title.startswith(title)
        )


def _edit_minutes(qtbot, page, row: int, value: str) -> None:
    """Double-click the Minutes cell, type the new value, press Return."""
    table = page.table
    where = table.visualRect(page.model.index(row, AgendaModel.COL_MINUTES)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = next(e for e in table.viewport().findChildren(QSpinBox) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_minutes_edits_log_no_commit_data_warning(qtbot, laptop, qt_messages):
    win, page = laptop
    for row, title, value in (
        (0, "Welcome", "20"),
        (1, "Self-supervised", "25"),
        (2, "Forecasting", "40"),
    ):
        _edit_minutes(qtbot, page, row, value)
        qtbot.waitUntil(lambda t=title, v=value: _minutes(win, t) == int(v))
        qtbot.waitUntil(lambda r=row, v=value: page.model.data(page.model.index(r, 2)) == int(v))
    assert page.table.state() != page.table.State.EditingState
    assert qt_messages == []


def test_warnings_stay_in_sight_with_one_more_viewer_zone(qtbot, laptop, tmp_path):
    win, page = laptop
    page.zones_edit.setFocus()
    page.zones_edit.end(False)
    qtbot.keyClicks(page.zones_edit, ", Asia/Tokyo")
    qtbot.keyClick(page.zones_edit, Qt.Key.Key_Return)
    model, table = page.model, page.table
    qtbot.waitUntil(lambda: model.columnCount() == AgendaModel.FIXED + 4 + 1)
    header = table.horizontalHeader()
    warn = model.columnCount() - 1
    assert header.sectionViewportPosition(warn) >= 0
    assert header.sectionViewportPosition(warn) + header.sectionSize(warn) <= (
        table.viewport().width()
    )
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    # the title has the room, the speakers give it up (cut, the tooltip has them all)
    title_w = table.columnWidth(AgendaModel.COL_TITLE)
    people_w = table.columnWidth(AgendaModel.COL_SPEAKERS)
    assert title_w > people_w
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    panel = next(r for r, title in enumerate(titles) if title.startswith("Panel"))
    people = model.index(panel, AgendaModel.COL_SPEAKERS)
    full = model.data(people)
    assert table.fontMetrics().horizontalAdvance(full) > people_w
    assert "Kenji Watanabe" in model.data(people, Qt.ItemDataRole.ToolTipRole)
    # every title is shown whole: its wrapped lines fit its row
    fm = table.fontMetrics()
    for r in range(model.rowCount()):
        text = model.data(model.index(r, AgendaModel.COL_TITLE))
        lines = fm.boundingRect(0, 0, title_w - 30, 10_000, Qt.TextFlag.TextWordWrap, text)
        assert lines.height() <= table.rowHeight(r), text
    assert win.grab().save(str(tmp_path / "agenda_1366.png"))
