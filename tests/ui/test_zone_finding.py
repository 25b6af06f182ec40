"""The zone field and chooser find cities and countries, say when nothing matches,
and a new event starts in the computer's own zone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs.zone_chooser import ZoneChooser, ZoneField


def _rows(dlg):
    return [dlg.proxy.index(r, 0).data().split(" (")[0] for r in range(dlg.proxy.rowCount())]


def test_chooser_finds_cities_and_countries_in_italian(qtbot):
    from ui import fmt

    fmt.set_language("it")
    try:
        dlg = ZoneChooser("")
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.keyClicks(dlg.search, "Milano")
        assert dlg.zone() == "Europe/Rome"
        dlg.search.clear()
        qtbot.keyClicks(dlg.search, "Italia")
        assert _rows(dlg) == ["Europe/Rome"]
        dlg.search.clear()
        qtbot.keyClicks(dlg.search, "Germania")
        assert _rows(dlg)[0] == "Europe/Berlin"
        dlg.search.clear()
        qtbot.keyClicks(dlg.search, "Bangalore")
        assert dlg.zone() == "Asia/Kolkata"
        assert not dlg.nothing.isVisible()
        dlg.search.clear()
        qtbot.keyClicks(dlg.search, "Atlantide")
        assert _rows(dlg) == []
        assert dlg.nothing.isVisible()
        assert "Atlantide" in dlg.nothing.text()
    finally:
        fmt.set_language("en")


def test_typing_a_city_in_the_field_becomes_its_zone(qtbot):
    field = ZoneField("")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "New York")
    assert field.hint.isVisible()
    assert "America/New_York" in field.hint.text()
    assert field.zone() == "America/New_York"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "America/New_York"
    assert not field.hint.isVisible()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "Narnia")
    assert field.hint.isVisible()
    assert "No time zone matches “Narnia”" in field.hint.text()
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "Narnia"


def test_a_new_event_starts_in_the_system_zone(qtbot, window, monkeypatch):
    from ui.dialogs.event_dialog import EventDialog

    monkeypatch.setenv("TZ", "America/New_York")
    dlg = EventDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    assert dlg.zone.zone() == "America/New_York"


def test_milano_in_the_event_dialog_saves_europe_rome(qtbot, window):
    from ui.dialogs.event_dialog import EventDialog

    dlg = EventDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.title_edit, "ML Milano")
    dlg.zone.edit.clear()
    qtbot.keyClicks(dlg.zone.edit, "Milano")
    assert "Europe/Rome" in dlg.zone_note.text()
    assert dlg.values()["timezone"] == "Europe/Rome"
