"""The remote speaker's clock on the Agenda and Speakers pages (issue 15, item 3).

The demo's remote speaker, Amara Okafor, joins from New York; the demo is on
Thursday 10 December 2026 at 18:30 in Rome, so her talk at 19:15 CET is 13:15
EST for her. Moved to the morning, the same talk is at 03:00 for her, and the
page's warnings say so.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from organiser import events
from organiser.timeutil import local
from ui.models.agenda_model import AgendaModel
from ui.pages.agenda_page import AgendaPage
from ui.pages.speakers_page import SpeakersPage

AMARA_CLOCK = "13:15–13:45 EST New York"


def _shot(widget, name: str) -> None:
    """Screenshots for a person to look at, when ORGANISER_SCREENSHOTS names a folder."""
    folder = os.environ.get("ORGANISER_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _row_of(model, text: str, column: int) -> int:
    for row in range(model.rowCount()):
        if text in str(model.data(model.index(row, column))):
            return row
    raise AssertionError(f"no row with {text!r}")


def _agenda(qtbot, ctx) -> AgendaPage:
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.set_event(ctx.current_event_id)
    return page


def test_agenda_page_shows_the_remote_speakers_own_time_beside_her_session(qtbot, ctx):
    page = _agenda(qtbot, ctx)
    model = page.model
    row = _row_of(model, "Forecasting outbreaks", AgendaModel.COL_TITLE)
    cell = model.data(model.index(row, AgendaModel.COL_SPEAKERS))
    assert cell.startswith("Amara Okafor (Columbia")
    assert cell.endswith(f"— {AMARA_CLOCK}")
    # on-site speakers are on the room's clock: no second time beside them
    welcome = _row_of(model, "Welcome", AgendaModel.COL_TITLE)
    assert "EST" not in model.data(model.index(welcome, AgendaModel.COL_SPEAKERS))
    # what the table paints in that cell is the same text
    rect = page.table.visualRect(model.index(row, AgendaModel.COL_SPEAKERS))
    assert rect.height() > 0 and rect.width() > 0
    _shot(page, "agenda-remote-clock.png")


def test_agenda_page_warns_when_the_session_is_at_three_in_the_morning_for_her(qtbot, ctx):
    with ctx.store.session() as s:
        # 08:15 in Rome: Amara's talk at 09:00 CET is 03:00 EST
        events.update_event(
            s, ctx.current_event_id, starts_at=local("Europe/Rome", 2026, 12, 10, 8, 15)
        )
    page = _agenda(qtbot, ctx)
    texts = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert "Amara Okafor: 03:00–03:30 in America/New_York, outside 08:00–21:00." in texts
    row = _row_of(page.model, "Forecasting outbreaks", AgendaModel.COL_TITLE)
    cell = page.model.data(page.model.index(row, AgendaModel.COL_SPEAKERS))
    assert cell.endswith("— 03:00–03:30 EST New York")
    tip = page.model.data(
        page.model.index(row, AgendaModel.COL_SPEAKERS), Qt.ItemDataRole.ToolTipRole
    )
    assert "outside 08:00–21:00" in tip
    # clicking the warning selects her session
    item = page.warnings.item(texts.index(next(t for t in texts if "03:00–03:30" in t)))
    rect = page.warnings.visualItemRect(item)
    qtbot.mouseClick(page.warnings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = page.table.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [row]
    _shot(page, "agenda-remote-clock-night.png")


def test_speakers_page_shows_her_time_beside_her_session(qtbot, ctx):
    page = SpeakersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.set_event(ctx.current_event_id)
    model = page.sessions
    speakers_col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Speakers"
    )
    row = _row_of(model, "Forecasting outbreaks", 3)
    assert model.data(model.index(row, speakers_col)) == f"Amara Okafor ({AMARA_CLOCK})"
    panel = _row_of(model, "Panel", 3)
    panel_text = model.data(model.index(panel, speakers_col))
    assert "Amara Okafor (14:00–14:45 EST New York)" in panel_text
    assert "Priya" in panel_text and panel_text.count("EST") == 1
    assert model.data(model.index(row, speakers_col), Qt.ItemDataRole.ToolTipRole) is None
    _shot(page, "speakers-remote-clock.png")


def test_speakers_page_flags_her_night_session(qtbot, ctx):
    with ctx.store.session() as s:
        events.update_event(
            s, ctx.current_event_id, starts_at=local("Europe/Rome", 2026, 12, 10, 8, 15)
        )
    page = SpeakersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_event(ctx.current_event_id)
    model = page.sessions
    row = _row_of(model, "Forecasting outbreaks", 3)
    speakers_col = model.columnCount() - 1
    assert model.data(model.index(row, speakers_col)) == "Amara Okafor (03:00–03:30 EST New York)"
    tip = model.data(model.index(row, speakers_col), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Amara Okafor: 03:00–03:30 in America/New_York, outside 08:00–21:00."
    assert model.data(model.index(row, speakers_col), Qt.ItemDataRole.DecorationRole) is not None
    welcome = _row_of(model, "Welcome", 3)
    assert model.data(model.index(welcome, speakers_col), Qt.ItemDataRole.DecorationRole) is None
