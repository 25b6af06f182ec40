"""The stream key on the Venue & Stream page: hold to show, copy, and the passphrase file.

Issue 15, walkthrough item 10: the key could not be revealed or copied, and
on a machine without a system keyring it was gone after a restart.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from organiser import secrets
from tests.ui.conftest import check, on_next_modal
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.pages.venue_stream_page import VenueStreamPage

KEY = "rtmp-live-4242-SECRET-HOLD-KEY"
PASSPHRASE = "ostiense at seven"


def _page(qtbot, ctx) -> VenueStreamPage:
    page = VenueStreamPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_event(ctx.current_event_id)
    return page


def _select(qtbot, page, row):
    rect = page.links.visualRect(page.links.model().index(row, 0))
    qtbot.mouseClick(page.links.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _save(qtbot, page, key=KEY):
    qtbot.keyClicks(page.key_edit, key)
    qtbot.mouseClick(page.key_button, Qt.MouseButton.LeftButton)


def _shot(widget, name: str) -> None:
    folder = os.environ.get("ORGANISER_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_hold_to_show_shows_the_key_only_while_pressed(qtbot, ctx, fake_keyring):
    page = _page(qtbot, ctx)
    _select(qtbot, page, 0)
    _save(qtbot, page)
    assert page.key_shown.text() == ""
    qtbot.mousePress(page.show_key_button, Qt.MouseButton.LeftButton)
    assert page.key_shown.text() == KEY
    _shot(page, "stream-key-held.png")
    qtbot.mouseRelease(page.show_key_button, Qt.MouseButton.LeftButton)
    assert page.key_shown.text() == ""
    assert KEY not in page.message.text() and page.key_edit.text() == ""
    # the other link has no key: nothing shown, and the page says so
    _select(qtbot, page, 1)
    qtbot.mousePress(page.show_key_button, Qt.MouseButton.LeftButton)
    assert page.key_shown.text() == ""
    assert page.message.text() == "No stream key is saved for this link."
    qtbot.mouseRelease(page.show_key_button, Qt.MouseButton.LeftButton)


def test_copy_puts_the_key_on_the_clipboard_and_says_so_without_it(qtbot, ctx, fake_keyring):
    page = _page(qtbot, ctx)
    _select(qtbot, page, 0)
    _save(qtbot, page)
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(page.copy_key_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == KEY
    assert page.message.text() == "Stream key copied to the clipboard."
    assert page.key_shown.text() == ""


@pytest.fixture
def key_file(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "stream-keys.cfg"
    monkeypatch.setattr(secrets, "key_file_path", lambda: path)
    return path


def _answer(passphrase: str, again: bool):
    def fill(dlg) -> None:
        assert isinstance(dlg, PassphraseDialog)
        dlg.passphrase.setText(passphrase)
        if again:
            dlg.confirm.setText(passphrase)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return fill


def test_without_a_keyring_the_key_goes_to_the_passphrase_file_and_survives_a_restart(
    qtbot, ctx, no_keyring, key_file
):
    page = _page(qtbot, ctx)
    assert "no keyring" in page.key_note.text()
    _select(qtbot, page, 0)
    state = on_next_modal(_answer(PASSPHRASE, again=True))
    _save(qtbot, page)
    check(state)
    assert state["done"]
    assert page.message.text() == "Stream key saved in the encrypted key file."
    assert "encrypted with your passphrase" in page.key_note.text()
    assert key_file.is_file() and KEY.encode() not in key_file.read_bytes()

    secrets.forget_memory()  # the program closes and starts again
    page = _page(qtbot, ctx)
    _select(qtbot, page, 0)
    state = on_next_modal(_answer(PASSPHRASE, again=False))
    qtbot.mousePress(page.show_key_button, Qt.MouseButton.LeftButton)
    check(state)
    qtbot.mouseRelease(page.show_key_button, Qt.MouseButton.LeftButton)
    assert page.key_shown.text() == ""  # the dialog took the press: hold again
    assert "unlocked" in page.message.text()
    qtbot.mousePress(page.show_key_button, Qt.MouseButton.LeftButton)
    assert page.key_shown.text() == KEY
    qtbot.mouseRelease(page.show_key_button, Qt.MouseButton.LeftButton)
    assert page.key_shown.text() == ""


def test_a_wrong_passphrase_is_said_in_the_dialog_and_can_be_typed_again(
    qtbot, ctx, no_keyring, key_file
):
    secrets.unlock_key_file(PASSPHRASE)
    secrets.forget_memory()
    unlock_calls: list[str] = []

    def unlock(text: str) -> None:
        unlock_calls.append("x")
        secrets.unlock_key_file(text)

    dlg = PassphraseDialog(False, unlock)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.passphrase, "not the passphrase")
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    assert dlg.isVisible()
    assert dlg.error.text() == "That passphrase does not open the stream key file."
    _shot(dlg, "passphrase-wrong.png")
    dlg.passphrase.clear()
    qtbot.keyClicks(dlg.passphrase, PASSPHRASE)
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    assert not dlg.isVisible() and dlg.result() == PassphraseDialog.DialogCode.Accepted
    assert len(unlock_calls) == 2 and secrets.storage_kind() == "file"


def test_cancelling_the_passphrase_keeps_the_key_for_this_session_only(
    qtbot, ctx, no_keyring, key_file
):
    page = _page(qtbot, ctx)
    _select(qtbot, page, 1)

    def cancel(dlg) -> None:
        _shot(dlg, "passphrase-new.png")
        dlg.reject()

    state = on_next_modal(cancel)
    qtbot.keyClicks(page.key_edit, "zoom-key-1")
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)
    check(state)
    assert "this session only" in page.message.text()
    assert not key_file.exists()


def test_a_copied_key_leaves_the_clipboard_after_a_while(qtbot, ctx, fake_keyring, monkeypatch):
    from ui.pages import venue_stream_page

    monkeypatch.setattr(venue_stream_page, "CLIPBOARD_CLEAR_MS", 200)
    page = _page(qtbot, ctx)
    _select(qtbot, page, 0)
    _save(qtbot, page)
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(page.copy_key_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == KEY
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    # something else copied since is left alone
    qtbot.mouseClick(page.copy_key_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == KEY
    clipboard.setText("the venue's address")
    timer = venue_stream_page._clipboard_timer
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=3000)
    assert clipboard.text() == "the venue's address"


def test_removing_a_link_while_the_key_file_is_locked_takes_its_key_out_of_the_file(
    qtbot, ctx, no_keyring, key_file
):
    from organiser import streaming

    secrets.unlock_key_file(PASSPHRASE)
    with ctx.store.session() as s:
        first, second = (x.id for x in streaming.list_links(s, ctx.current_event_id)[:2])
        secrets.set_stream_key(s, first, KEY)
        secrets.set_stream_key(s, second, "zoom-key-2")
        user = secrets._username(s, first)
    secrets.forget_memory()  # the program starts again: the file is locked
    assert secrets.needs_passphrase() and secrets._file_has(key_file, user)

    page = _page(qtbot, ctx)
    _select(qtbot, page, page.links_proxy.row_of_id(first))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # no passphrase asked
    assert page.message.text() == "Link removed."
    assert not secrets._file_has(key_file, user)
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert not list(key_file.parent.glob("*.part"))
    # the other link's key still opens with the passphrase
    secrets.unlock_key_file(PASSPHRASE)
    with ctx.store.session() as s:
        assert secrets.get_stream_key(s, second) == "zoom-key-2"
