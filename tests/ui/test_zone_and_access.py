"""The zone chooser finds zones by name or offset; every control can be named by a screen reader."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
)

from ui.dialogs.zone_chooser import ZoneChooser


def test_zone_chooser_filters_and_shows_the_utc_offset(qtbot):
    dlg = ZoneChooser("Europe/Rome")
    qtbot.addWidget(dlg)
    assert dlg.zone() == "Europe/Rome"
    qtbot.keyClicks(dlg.search, "kolkata")
    rows = [dlg.proxy.index(r, 0).data() for r in range(dlg.proxy.rowCount())]
    assert rows == ["Asia/Kolkata (UTC+05:30)"]
    assert dlg.zone() == "Asia/Kolkata"
    dlg.search.clear()
    qtbot.keyClicks(dlg.search, "new york")  # a space finds the underscore
    assert dlg.zone() == "America/New_York"
    dlg.search.clear()
    qtbot.keyClicks(dlg.search, "+05:45")
    assert dlg.zone() == "Asia/Kathmandu"


def _unnamed(root):
    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
        QAbstractItemView,
    )
    out = []
    for w in root.findChildren(kinds[0].__mro__[1]):  # every QWidget below root
        if not isinstance(w, kinds) or not w.isVisibleTo(root):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box; the outer widget is named
        if isinstance(w, QHeaderView) or isinstance(w.parent(), QAbstractItemView):
            continue  # headers and corner buttons belong to their (named) table
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        if not name.strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return out


@pytest.mark.parametrize("which", ["event", "venue", "speaker", "session"])
def test_every_editor_control_has_an_accessible_name(qtbot, window, which):
    from ui.dialogs.event_dialog import EventDialog
    from ui.dialogs.session_dialog import SessionDialog
    from ui.dialogs.speaker_dialog import SpeakerDialog
    from ui.dialogs.venue_dialog import VenueDialog

    window.load_demo()
    ctx = window.ctx
    dlg = {
        "event": lambda: EventDialog(ctx, ctx.current_event_id, window),
        "venue": lambda: VenueDialog(ctx, None, window),
        "speaker": lambda: SpeakerDialog(ctx, None, window),
        "session": lambda: SessionDialog(ctx, ctx.current_event_id, None, window),
    }[which]()
    qtbot.addWidget(dlg)
    dlg.show()
    assert _unnamed(dlg) == []


def test_every_control_of_my_pages_has_an_accessible_name(qtbot, window):
    window.load_demo()
    for key in (0, 2, 8, 9, 10):
        window.show_page(key)
    window.show_page(0)
    assert _unnamed(window) == []
    for key in (2, 8, 9, 10):
        window.show_page(key)
        assert _unnamed(window.pages[key]) == []


def test_keyboard_reaches_save_from_the_title_with_tab(qtbot, window):
    from ui.dialogs.venue_dialog import VenueDialog

    dlg = VenueDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.name.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dlg.focusWidget())
        if dlg.focusWidget() is dlg.save_button:
            break
    assert dlg.save_button in seen
    assert dlg.notes in seen and dlg.capacity in seen
