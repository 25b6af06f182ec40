"""File ▸ Open Recent: the databases opened before, one click away."""

from __future__ import annotations

from ui.main_window import open_store


def _menu_entries(window) -> list[tuple[str, bool]]:
    menu = window.recent_menu
    menu.aboutToShow.emit()
    return [(a.text(), a.isEnabled()) for a in menu.actions() if a.data()]


def test_opened_databases_are_listed_and_reopen_with_one_click(qtbot, window, tmp_path):
    first = tmp_path / "a.sqlite"
    second = tmp_path / "b.sqlite"
    for path in (first, second):
        store, lock = open_store(str(path))
        lock.release()
        store.close()
    assert window.switch_database(str(first))
    assert window.switch_database(str(second))
    entries = _menu_entries(window)
    assert [t.split(" ", 1)[1] for t, _ in entries[:2]] == [str(second), str(first)]
    assert all(enabled for _, enabled in entries[:2])

    action = next(a for a in window.recent_menu.actions() if a.data() == str(first))
    action.trigger()
    assert str(first) in window.windowTitle()
    assert _menu_entries(window)[0][0].endswith(str(first))

    assert window.switch_database(str(second))
    first.unlink()
    entries = dict(_menu_entries(window))
    assert entries[next(t for t in entries if t.endswith(str(first)))] is False  # greyed out

    clear = next(a for a in window.recent_menu.actions() if a.text() == "&Clear list")
    clear.trigger()
    assert _menu_entries(window) == []
    assert window.settings.value("database/recent") is None
