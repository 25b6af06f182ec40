"""File → Back up or restore…: a verified copy now, or put a backup back.

All the work is done by organiser.backup; this dialog only asks where,
confirms, and tells every page to reload after a restore.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pendulum
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser import backup
from organiser.changes import ChangeSet
from organiser.errors import OrganiserError
from organiser.store import Store
from ui.context import AppContext
from ui.fmt import targ
from ui.fmt import when as fmt_when

log = logging.getLogger(__name__)

def backup_on_close(store: Store) -> Path | None:
    """Take the automatic backup when the app closes; never stops the app closing."""
    try:
        return backup.auto_backup(store)
    except OrganiserError:
        log.warning("automatic backup on close failed", exc_info=True)
    except OSError:
        log.warning("automatic backup on close failed", exc_info=True)
    return None


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Back up or restore"))
        self.setAccessibleName(self.tr("Back up or restore"))
        self.last_message = ""

        intro = QLabel(
            self.tr(
                "A backup is a complete copy of this database: events, people, checklists "
                "and speaker photos. Stream keys are never stored, so never backed up. "
                "Give a backup file to a co-organiser to hand the event over."
            )
        )
        intro.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore from a file…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a file"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        self.list_label = QLabel(self.tr("Backups kept beside this database (newest first):"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Kept backups"))
        self.list_label.setBuddy(self.list)
        self.restore_selected_button = QPushButton(self.tr("Restore &selected…"))
        self.restore_selected_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_selected_button.setEnabled(False)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Result"))

        # Return in the list restores the selected backup; it must not also press a
        # default button (QDialog hands an ignored Return to the default button).
        for b in (self.backup_button, self.restore_button, self.restore_selected_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in close.buttons():
            b.setAutoDefault(False)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.restore_selected_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.list.currentItemChanged.connect(
            lambda cur, _prev: self.restore_selected_button.setEnabled(cur is not None)
        )
        self.list.itemActivated.connect(lambda _item: self.restore_selected())

        if ctx.store.path is None:
            for w in (self.backup_button, self.restore_button, self.list):
                w.setEnabled(False)
            self._say(
                self.tr(
                    "This is a shared PostgreSQL database: it is backed up on its server "
                    "(pg_dump), not from here."
                )
            )
        self.reload_list()
        self.resize(560, 420)

    # -- helpers ------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)

    def _fail(self, exc: OrganiserError) -> None:
        self._say(exc.message)
        QMessageBox.warning(self, self.windowTitle(), exc.message)

    def reload_list(self) -> None:
        self.list.clear()
        path = self.ctx.store.path
        if path is None:
            return
        labels = {
            "auto": self.tr("automatic"),
            "manual": self.tr("manual"),
            "before-restore": self.tr("before a restore"),
        }
        local_zone = pendulum.now().timezone_name
        for b in backup.list_backups(path):
            kind = labels.get(b.kind) or self.tr("before an upgrade")
            when = fmt_when(b.taken_at, local_zone)
            item = QListWidgetItem(f"{when} — {kind}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)

    # -- actions ------------------------------------------------------------------------
    def back_up_now(self) -> None:
        path = self.ctx.store.path
        if path is None:
            return
        suggested = str(Path.home() / backup.backup_name(path, "manual"))
        dest, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up to"),
            suggested,
            self.tr("Meetup Organiser backups (*.sqlite);;All files (*)"),
        )
        if not dest:
            return
        store = self.ctx.store
        try:
            written = self.ctx.ops.call_plain(lambda: backup.backup_to(store, dest))
        except OrganiserError as exc:
            self._fail(exc)
            return
        self._say(targ(self.tr("Backed up and verified: %1"), written))

    def restore_from_file(self) -> None:
        start = str(backup.backups_dir(self.ctx.store.path)) if self.ctx.store.path else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from"),
            start,
            self.tr("Meetup Organiser backups (*.sqlite);;All files (*)"),
        )
        if chosen:
            self.restore(Path(chosen))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def restore(self, source: Path) -> bool:
        store = self.ctx.store
        if store.path is None:
            return False
        try:
            backup.inspect_backup(source)  # refuse a bad file before asking anything
        except OrganiserError as exc:
            self._fail(exc)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            targ(
                self.tr(
                    "Replace everything in %1 with the backup %2?\n\n"
                    "The current data is kept in the backups folder first, so this can be "
                    "undone by restoring that copy."
                ),
                store.path,
                source.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        target = store.path
        self.ctx.ops.wait_idle()  # no job may be reading the file being replaced

        def put_back() -> backup.RestoreResult:
            store.engine.dispose()  # no pooled connection may keep the old file open
            try:
                return backup.restore(source, target)
            finally:
                store.engine.dispose()

        try:
            result = self.ctx.ops.call_plain(put_back)
        except OrganiserError as exc:
            self._fail(exc)
            return False
        # Undo steps refer to records of the replaced data.
        self.ctx.undo_stack.clear()
        self.ctx.select_event(None)
        self.ctx.ops.announce(ChangeSet.everything())
        kept = result.previous_kept_at
        self._say(
            targ(
                self.tr("Restored from %1. The data it replaced is kept in %2."),
                source,
                kept if kept else self.tr("(nothing: the database was empty)"),
            )
        )
        self.reload_list()
        return True
