"""Every window and dialog is usable on a 1366×768 laptop: nothing needs more room,
and every button is inside the visible area."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

# The free area of a 1366×768 screen under a desktop panel, less a window frame and title bar.
ROOM = QSize(1366 - 10, 768 - 32 - 40)


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area below ``top``: a scroll bar reaches it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_buttons(win: QWidget) -> list[str]:
    cut = []
    for b in win.findChildren(QAbstractButton):
        if not b.isVisibleTo(win) or b.width() == 0 or _scrolls(b, win):
            continue
        top_left = b.mapTo(win, b.rect().topLeft())
        bottom_right = b.mapTo(win, b.rect().bottomRight())
        if not (win.rect().contains(top_left) and win.rect().contains(bottom_right)):
            cut.append(b.text() or b.accessibleName() or type(b).__name__)
    return cut


def _fits(qtbot, win: QWidget, name: str) -> None:
    qtbot.addWidget(win)
    win.show()
    QApplication.processEvents()
    need = win.minimumSizeHint().expandedTo(win.minimumSize())
    assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), (name, need)
    opened = win.size()
    assert opened.width() <= ROOM.width() and opened.height() <= ROOM.height(), (name, opened)
    win.resize(opened.boundedTo(ROOM))
    QApplication.processEvents()
    assert _cut_buttons(win) == [], name
    shots = os.environ.get("GUIFIX_SHOTS")
    if shots:
        win.grab().save(os.path.join(shots, f"laptop-{name}.png"))


def _dialogs(window):
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.agenda_print_dialog import AgendaPrintDialog
    from ui.dialogs.announce_dialog import AnnounceDialog
    from ui.dialogs.attendee_dialog import AttendeeDialog
    from ui.dialogs.backup_dialog import BackupDialog
    from ui.dialogs.badge_layout_dialog import BadgeLayoutDialog
    from ui.dialogs.event_dialog import CopyEventDialog, EventDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.mail_dialog import WriteToSpeakersDialog
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.dialogs.series_dialog import MakeSeriesDialog
    from ui.dialogs.session_dialog import SessionDialog
    from ui.dialogs.slots_dialog import SlotFinderDialog
    from ui.dialogs.speaker_dialog import SpeakerDialog
    from ui.dialogs.template_editor import TemplateEditor
    from ui.dialogs.venue_dialog import VenueDialog
    from ui.dialogs.zone_chooser import ZoneChooser

    ctx = window.ctx
    eid = ctx.current_event_id
    return {
        "about": lambda: AboutDialog("demo.sqlite", window),
        "agenda-print": lambda: AgendaPrintDialog(ctx, eid, window),
        "announce": lambda: AnnounceDialog(ctx, eid, window),
        "attendee": lambda: AttendeeDialog(ctx.store, eid, None, window),
        "backup": lambda: BackupDialog(ctx, window),
        "badge-layout": lambda: BadgeLayoutDialog(ctx, window),
        "event": lambda: EventDialog(ctx, eid, window),
        "copy-event": lambda: CopyEventDialog(ctx, eid, window),
        "import": lambda: ImportWizard(ctx.store, eid, None, window),
        "mail": lambda: WriteToSpeakersDialog(ctx, eid, window),
        "preferences": lambda: PreferencesDialog(window.settings, window),
        "series": lambda: MakeSeriesDialog(ctx, eid, window),
        "session": lambda: SessionDialog(ctx, eid, None, window),
        "slots": lambda: SlotFinderDialog(ctx, eid, window),
        "speaker": lambda: SpeakerDialog(ctx, None, window),
        "templates": lambda: TemplateEditor(ctx, window),
        "venue": lambda: VenueDialog(ctx, None, window),
        "zones": lambda: ZoneChooser("Europe/Rome", window),
    }


NAMES = [
    "about",
    "agenda-print",
    "announce",
    "attendee",
    "backup",
    "badge-layout",
    "event",
    "copy-event",
    "import",
    "mail",
    "preferences",
    "series",
    "session",
    "slots",
    "speaker",
    "templates",
    "venue",
    "zones",
]


@pytest.mark.parametrize("name", NAMES)
def test_each_dialog_fits_a_1366_by_768_laptop(qtbot, window, name):
    window.load_demo()
    factories = _dialogs(window)
    assert sorted(factories) == sorted(NAMES)
    _fits(qtbot, factories[name](), name)


def test_the_main_window_and_every_page_fit_a_1366_by_768_laptop(qtbot, window):
    from ui.main_window import PAGES

    window.load_demo()
    window.resize(ROOM)
    for key in range(len(PAGES)):
        window.show_page(key)
        QApplication.processEvents()
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), (key, need)
        assert window.size() == ROOM, key
        shots = os.environ.get("GUIFIX_SHOTS")
        if shots:
            window.grab().save(os.path.join(shots, f"laptop-page-{key}.png"))
        assert _cut_buttons(window) == [], key
