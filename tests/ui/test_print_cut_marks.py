"""The Cut marks box follows the label sheet: off, with the reason, where marks make no sense."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from organiser.demo import create_demo
from organiser.printing import badges, layouts
from ui.context import AppContext
from ui.pages.print_page import PrintPage


@pytest.fixture
def page(qtbot, sqlite_store):
    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    p = PrintPage(AppContext(sqlite_store))
    qtbot.addWidget(p)
    p.show()
    p.set_event(event_id)
    return p


def choose(qtbot, combo, data):
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data} not in the combo box")


def test_cut_marks_box_is_disabled_with_the_reason_on_edge_to_edge_sheets(qtbot, page):
    choose(qtbot, page.layout_combo, "avery-l4785")
    page.cut_marks.setFocus()
    qtbot.keyClick(page.cut_marks, Qt.Key.Key_Space)
    assert page.cut_marks.isEnabled() and page.cut_marks.isChecked()
    assert page.options()["cut_marks"] is True

    choose(qtbot, page.layout_combo, "a6-4up-a4")
    sheet = layouts.builtin_layouts()["a6-4up-a4"]
    assert not page.cut_marks.isEnabled()
    assert not page.cut_marks.isChecked()
    assert page.cut_marks.toolTip() == badges.cut_marks_refusal(sheet)
    assert "edge of the paper" in page.cut_marks.toolTip()
    assert page.options()["cut_marks"] is False
    qtbot.waitUntil(lambda: "no margin" not in page.status.text())  # the preview still renders

    choose(qtbot, page.layout_combo, "printer-a6")
    assert "nothing to cut" in page.cut_marks.toolTip()

    choose(qtbot, page.layout_combo, "card-54x90-10up-a4")
    assert page.cut_marks.isEnabled() and page.cut_marks.toolTip() == ""
