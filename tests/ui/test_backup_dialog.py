"""The backup dialog, driven by clicks; the file dialogs answer through monkeypatch."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from organiser import backup
from organiser.changes import Kind
from organiser.demo import create_demo
from organiser.models import Event, Venue
from ui.context import AppContext
from ui.dialogs.backup_dialog import BackupDialog, backup_on_close


@pytest.fixture
def ctx(sqlite_store):
    with sqlite_store.session() as s:
        create_demo(s)
    return AppContext(sqlite_store)


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _titles(store):
    with store.session() as s:
        return [e.title for e in s.query(Event).order_by(Event.id)]


def test_back_up_now_writes_a_verified_copy(qtbot, dialog, ctx, tmp_path, monkeypatch):
    dest = tmp_path / "handover.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert backup.integrity_problem(dest) is None
    con = sqlite3.connect(dest)
    assert con.execute("SELECT title FROM events").fetchall() == [(t,) for t in _titles(ctx.store)]
    con.close()
    assert str(dest) in dialog.status.text()


def test_restore_asks_first_then_replaces_and_tells_the_pages(
    qtbot, dialog, ctx, tmp_path, monkeypatch
):
    saved = ctx.store.backup_to(tmp_path / "saved.sqlite")
    with ctx.store.session() as s:
        s.add(Venue(name="Venue added after the backup"))
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "question", answer)
    ctx.undo_stack.setUndoLimit(5)
    with qtbot.waitSignal(ctx.ops.changed, check_params_cb=lambda c: Kind.VENUE in c):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "kept in the backups folder" in asked[0]
    with ctx.store.session() as s:  # the same store object keeps working on the restored file
        assert s.query(Venue).filter_by(name="Venue added after the backup").count() == 0
        assert s.query(Venue).count() == 1
    kept = [b for b in backup.list_backups(ctx.store.path) if b.kind == "before-restore"]
    assert len(kept) == 1
    assert dialog.list.count() == 1 and "before a restore" in dialog.list.item(0).text()
    assert "kept in" in dialog.status.text()


def test_cancelled_restore_changes_nothing(qtbot, dialog, ctx, tmp_path, monkeypatch):
    saved = ctx.store.backup_to(tmp_path / "saved.sqlite")
    with ctx.store.session() as s:
        s.add(Venue(name="Keep me"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with ctx.store.session() as s:
        assert s.query(Venue).filter_by(name="Keep me").count() == 1
    assert not (ctx.store.path.parent / "backups").exists()


def test_a_file_that_is_not_a_backup_is_refused_before_asking(
    qtbot, dialog, ctx, tmp_path, monkeypatch
):
    bad = tmp_path / "attendees.csv"
    bad.write_text("name,email\nAda,ada@example.org\n")
    warnings, questions = [], []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a))
    before = _titles(ctx.store)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not questions
    assert warnings and "not a usable backup" in warnings[0]
    assert _titles(ctx.store) == before


def test_automatic_backups_are_listed_and_restorable_by_keyboard(qtbot, ctx, monkeypatch, tmp_path):
    assert backup_on_close(ctx.store) is not None  # the app closed after changes
    assert backup_on_close(ctx.store) is None  # nothing changed since
    with ctx.store.session() as s:
        s.add(Venue(name="Later venue"))
    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.list.count() == 1 and "automatic" in dlg.list.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg.list.setFocus()
    qtbot.keyClick(dlg.list, Qt.Key.Key_Down)
    assert dlg.restore_selected_button.isEnabled()
    qtbot.keyClick(dlg.list, Qt.Key.Key_Return)
    with ctx.store.session() as s:
        assert s.query(Venue).filter_by(name="Later venue").count() == 0
    dlg.grab().save(str(tmp_path / "backup_dialog.png"))
