"""The announcement: Markdown for Meetup or a mailing list, or a short post; Copy button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser import agenda, events
from organiser.announce import SHORT_LIMIT, announcement, short_announcement
from organiser.errors import OrganiserError
from ui.context import AppContext


class AnnounceDialog(QDialog):
    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.setWindowTitle(self.tr("Announcement"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        zones_label = QLabel(self.tr("&Viewer time zones:"))
        self.zones_edit = QLineEdit()
        self.zones_edit.setAccessibleName(self.tr("Viewer time zones, separated by commas"))
        zones_label.setBuddy(self.zones_edit)
        self.short_box = QCheckBox(self.tr("&Short post (under 280 characters)"))
        self.short_box.setAccessibleName(self.tr("Short post"))
        row.addWidget(zones_label)
        row.addWidget(self.zones_edit, 1)
        row.addWidget(self.short_box)
        layout.addLayout(row)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Announcement text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the announcement to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.copy_button.clicked.connect(self.copy)
        self.short_box.toggled.connect(self.update_text)
        self.zones_edit.editingFinished.connect(self.update_text)

        zones = ctx.ops.call(lambda s: list(events.get_event(s, event_id).viewer_zones or []))
        self.zones_edit.setText(", ".join(zones))
        self.update_text()

    def update_text(self) -> None:
        try:
            zones = agenda.parse_zones(self.zones_edit.text())
            make = short_announcement if self.short_box.isChecked() else announcement
            event_id = self.event_id
            text = self.ctx.ops.call(lambda s: make(s, event_id, zones))
        except OrganiserError as exc:
            self.status.setText(exc.message)
            self.copy_button.setEnabled(False)
            return
        self.text.setPlainText(text)
        self.copy_button.setEnabled(True)
        if self.short_box.isChecked():
            self.status.setText(self.tr("{0} of {1} characters.").format(len(text), SHORT_LIMIT))
        else:
            self.status.setText(self.tr("Markdown, ready for Meetup or a mailing list."))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied to the clipboard."))
