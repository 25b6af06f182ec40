"""The Attendees columns in the real window: Name, Email and Company stay readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from ui.main_window import page_key
from ui.models.attendees_model import COL_COMPANY, COL_EMAIL, COL_NAME


def _attendees(qtbot, window, size):
    window.resize(*size)
    window.show_page(page_key("AttendeesPage"))
    qtbot.wait(50)
    return window.pages[page_key("AttendeesPage")].table


def _texts(table, col):
    model = table.model()
    return [model.index(r, col).data() or "" for r in range(model.rowCount())]


def _fits(table, text, col):
    """Whether the cell shows the whole text (Qt pads it by the focus frame margin + 1)."""
    pad = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    return table.fontMetrics().horizontalAdvance(text) + pad <= table.columnWidth(col)


def test_name_email_and_company_are_readable_at_1024_by_700(qtbot, window, tmp_path):
    from ui.fonts import install_bundled_fonts

    install_bundled_fonts()
    window.load_demo()
    table = _attendees(qtbot, window, (1024, 700))
    window.grab().save(str(tmp_path / "attendees_1024.png"))
    assert table.model().rowCount() > 30
    header = table.horizontalHeader()
    # all three in sight, not scrolled past the edge
    for col in (COL_NAME, COL_EMAIL, COL_COMPANY):
        assert header.sectionViewportPosition(col) >= 0
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= (
            table.viewport().width()
        )
    # every address whole; names elide only past 18 characters, companies past 16,
    # and most of them are whole
    assert all(_fits(table, t, COL_EMAIL) for t in _texts(table, COL_EMAIL))
    names = _texts(table, COL_NAME)
    assert all(_fits(table, t[:18], COL_NAME) for t in names)
    assert sum(_fits(table, t, COL_NAME) for t in names) >= 0.8 * len(names)
    companies = [t for t in _texts(table, COL_COMPANY) if t]
    assert all(_fits(table, t[:16], COL_COMPANY) for t in companies)
    assert sum(_fits(table, t, COL_COMPANY) for t in companies) >= 0.7 * len(companies)
    # the user can still drag the columns
    assert header.sectionResizeMode(COL_EMAIL) == header.ResizeMode.Interactive


def test_a_wide_window_shows_every_company_and_no_sideways_scrolling(qtbot, window, tmp_path):
    window.load_demo()
    table = _attendees(qtbot, window, (1600, 900))
    window.grab().save(str(tmp_path / "attendees_1600.png"))
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert all(_fits(table, t, COL_COMPANY) for t in _texts(table, COL_COMPANY))
    # the spare room went to Email and Company, not to the short columns
    assert table.columnWidth(COL_COMPANY) > table.sizeHintForColumn(COL_COMPANY) - 1
    # sorting by email still works with the fitted columns
    table.sortByColumn(COL_EMAIL, Qt.SortOrder.AscendingOrder)
    emails = _texts(table, COL_EMAIL)
    assert emails == sorted(emails, key=str.casefold)
