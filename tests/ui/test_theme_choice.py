"""Preferences ▸ Theme: Light or Dark applies at once, even where the desktop has no theme."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from tests.ui.conftest import check, on_next_modal
from ui import theme


@pytest.fixture
def restore_theme(qapp):
    style = qapp.style().name()
    palette = QPalette(qapp.palette())
    yield
    theme.apply_theme(qapp, "system")
    from PySide6.QtWidgets import QStyleFactory

    base = QStyleFactory.create(style)
    if base is not None:
        qapp.setStyle(base)
    qapp.setPalette(palette)


def _choose(window, qtbot, label: str) -> None:
    def pick(dlg) -> None:
        combo = next(c for c in dlg.findChildren(QComboBox) if c.accessibleName() == "Theme")
        combo.setFocus()
        index = combo.findText(label)
        assert index >= 0
        while combo.currentIndex() != index:
            qtbot.keyClick(
                combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
            )
        ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    state = on_next_modal(pick)
    action = next(
        a for a in window.findChildren(type(window.undo_anchor)) if a.text() == "Pre&ferences…"
    )
    action.trigger()
    check(state)
    assert state["done"]


def test_dark_then_light_then_system_apply_without_restart(qtbot, window, settings, restore_theme):
    app = QApplication.instance()
    desktop_dark = theme.is_dark(app.palette())
    _choose(window, qtbot, "Dark")
    assert settings.value(theme.THEME_KEY) == "dark"
    qtbot.waitUntil(lambda: theme.is_dark(window.palette()))
    qtbot.waitUntil(lambda: window.nav.palette().color(QPalette.ColorRole.Base).lightness() < 80)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    shots = os.environ.get("GUIFIX_SHOTS")
    if shots:
        window.grab().save(os.path.join(shots, "theme-dark.png"))
    _choose(window, qtbot, "Light")
    assert settings.value(theme.THEME_KEY) == "light"
    qtbot.waitUntil(lambda: not theme.is_dark(window.palette()))
    qtbot.waitUntil(lambda: window.nav.palette().color(QPalette.ColorRole.Base).lightness() > 180)
    if shots:
        window.grab().save(os.path.join(shots, "theme-light.png"))
    _choose(window, qtbot, "Same as the system")
    assert settings.value(theme.THEME_KEY) == "system"
    qtbot.waitUntil(lambda: theme.is_dark(window.palette()) is desktop_dark)


def test_the_chosen_theme_is_shown_when_preferences_open_again(qtbot, settings):
    from ui.dialogs.preferences_dialog import PreferencesDialog

    settings.setValue(theme.THEME_KEY, "dark")
    dlg = PreferencesDialog(settings)
    qtbot.addWidget(dlg)
    assert dlg.theme.currentText() == "Dark"
