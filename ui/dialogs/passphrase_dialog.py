"""Asks for the passphrase of the encrypted stream key file (no keyring on this computer).

The dialog only asks: ``unlock`` is the core's ``secrets.unlock_key_file``,
which checks the passphrase, makes or opens the file, and raises an
``OrganiserError`` with one line that the dialog shows so the user can retry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organiser.errors import OrganiserError


class PassphraseDialog(QDialog):
    def __init__(
        self, new: bool, unlock: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.new = new
        self._unlock = unlock
        self.setWindowTitle(
            self.tr("Protect stream keys with a passphrase")
            if new
            else self.tr("Unlock the stream keys")
        )
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This computer has no keyring. Stream keys will be kept in a file "
                "encrypted with a passphrase you choose now; you will be asked for it "
                "once each time the app starts. Without it they are forgotten when you "
                "close the app."
            )
            if new
            else self.tr(
                "Type the passphrase of the stream key file to use the keys saved on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("&Again:"), self.confirm)
        else:
            self.confirm.hide()
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAccessibleName(self.tr("Problem"))
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        lay.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        text = self.passphrase.text()
        if self.new and text != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ; type them again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        try:
            self._unlock(text)
        except OrganiserError as exc:
            self.error.setText(exc.message)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            if self.new:
                self.confirm.clear()
        self.passphrase.clear()
        super().accept()
