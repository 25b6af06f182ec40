"""Help menu: the offline guide in the interface language, the real shortcuts, a report zip."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from organiser import logs
from ui import fmt


def _help_action(window, text: str):
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Help"
    )
    assert isinstance(menu, QMenu)
    return next(a for a in menu.actions() if a.text() == text)


@pytest.mark.parametrize(
    ("language", "heading", "phrase"),
    [
        ("en", "Meetup Organiser — user guide", "Open with"),
        ("it", "Meetup Organiser — guida", "Apri con"),
    ],
)
def test_user_guide_opens_inside_the_app_in_the_interface_language(
    qtbot, window, monkeypatch, language, heading, phrase
):
    monkeypatch.setattr(fmt, "_language", language)
    _help_action(window, "&User guide").trigger()
    dialog = window.guide
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith(heading)
    assert phrase in text
    assert dialog.path.name == f"{language}.md"
    # Rendered from Markdown: headings are headings, not "## ..." lines.
    assert "## " not in text and "Check-in" in text
    dialog.close()


def test_user_guide_falls_back_to_english_for_an_untranslated_language():
    from ui.dialogs.help_dialogs import guide_file

    assert guide_file("de").name == "en.md" and guide_file("it").name == "it.md"


def test_keyboard_shortcuts_come_from_the_window_s_own_actions(qtbot, window):
    _help_action(window, "&Keyboard shortcuts").trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = {
        (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())
    }
    assert ("Find", "Ctrl+F") in rows
    assert ("Back up now", "Ctrl+Shift+B") in rows
    assert ("Overview", "Ctrl+1") in rows
    assert ("Undo", "Ctrl+Z") in rows
    # A shortcut given to an action later shows up too: the list is read, not written down.
    window.print_action.setShortcut("Ctrl+Alt+P")
    from ui.dialogs.help_dialogs import shortcut_rows

    assert ("File", "Print", "Ctrl+Alt+P") in shortcut_rows(window)
    dialog.close()


def test_report_a_problem_writes_a_zip_without_personal_data(
    qtbot, demo_store, settings, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from ui.main_window import MainWindow

    store, _event_id = demo_store
    log_dir = tmp_path / "log"
    monkeypatch.setenv("ORGANISER_LOG_DIR", str(log_dir))
    logs.stop_logging()
    logs.setup_logging("gui")
    try:
        win = MainWindow(store, settings)
        qtbot.addWidget(win)
        win.show()
        try:  # a bug whose message holds a person's name
            raise ValueError("Zoë Müller <zoe@example.org>")
        except ValueError as exc:
            logs.log_unexpected("a test", exc)
        target = tmp_path / "out" / "report.zip"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        _help_action(win, "&Report a problem…").trigger()
        qtbot.waitUntil(lambda: getattr(win, "report_box", None) is not None)
        box = win.report_box
        assert str(target) in box.text()
        box.close()
    finally:
        logs.stop_logging()
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        assert {"report.txt", "log/meetup-organiser.log"} <= names
        report = zf.read("report.txt").decode()
        blob = "\n".join(zf.read(n).decode("utf-8", "replace") for n in names)
    assert "meetup-organiser: " in report and "qt: 6." in report and "pyside6: 6." in report
    assert "SQLAlchemy: 2." in report
    assert re.search(r"database: (sqlite|postgresql), schema \w+", report), report
    assert "builtins.ValueError (message not logged)" in blob
    from sqlalchemy import select

    from organiser.models import Attendee

    with store.session() as s:
        people = [
            value
            for a in s.scalars(select(Attendee))
            for value in (a.last_name, a.email)
            if value and len(value) > 3
        ]
    assert len(people) > 20
    for secret in [*people, "Zoë", "zoe@example.org", str(store.path), str(Path.home()) + "/"]:
        assert secret not in blob, secret


def test_menu_texts_lose_their_mnemonic_but_keep_real_ampersands():
    from ui.dialogs.help_dialogs import _plain

    assert _plain("&Back up now…") == "Back up now"
    assert _plain("Venue & Stream") == "Venue & Stream"
    assert _plain("R&&D &notes") == "R&D notes"
