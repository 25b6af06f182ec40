"""German, French and Spanish words are longer than English ones: every dialog,
the main window and every page still fit a 1366×768 laptop in each of them.

The checks are those of ``test_fits_a_laptop`` (nothing needs more room than the
screen has, no button outside the window); set GUIFIX_SHOTS=DIR to keep the
pictures (``laptop-de-event.png``, ``laptop-fr-page-3.png``, …).
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_fits_a_laptop import NAMES, ROOM, _cut_buttons, _dialogs, _fits
from ui import i18n

LANGUAGES = ("de", "fr", "es")


@pytest.fixture
def in_language(request, qapp):
    assert i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_each_dialog_fits_a_laptop_in_each_language(qtbot, in_language, sqlite_store, settings):
    from ui.main_window import MainWindow

    win = MainWindow(sqlite_store, settings)  # built in the language: its words are translated
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.load_demo()
    factories = _dialogs(win)
    for name in NAMES:
        dlg = factories[name]()
        _fits(qtbot, dlg, f"{in_language}-{name}")
        dlg.close()


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_every_page_fits_a_laptop_in_each_language(qtbot, in_language, sqlite_store, settings):
    from ui.main_window import PAGES, MainWindow

    win = MainWindow(sqlite_store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.load_demo()
    win.resize(ROOM)
    for key in range(len(PAGES)):
        win.show_page(key)
        QApplication.processEvents()
        need = win.minimumSizeHint().expandedTo(win.minimumSize())
        assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), (key, need)
        assert win.size() == ROOM, (in_language, key)
        shots = os.environ.get("GUIFIX_SHOTS")
        if shots:
            win.grab().save(os.path.join(shots, f"laptop-{in_language}-page-{key}.png"))
        assert _cut_buttons(win) == [], (in_language, key)
