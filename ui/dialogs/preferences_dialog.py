"""Preferences kept in QSettings: the interface language and the theme."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui import theme

LANGUAGE_KEY = "ui/language"


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Italiano", "it")
        current = str(settings.value(LANGUAGE_KEY, "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.addRow(self.tr("&Language:"), self.language)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Same as the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.chosen_theme(settings))))
        form.addRow(self.tr("&Theme:"), self.theme)
        lay.addLayout(form)
        note = QLabel(
            self.tr(
                "A new language shows fully after restarting the program; "
                "a new theme shows at once."
            ),
            self,
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(theme.THEME_KEY, self.theme.currentData())
        self.settings.sync()
        super().accept()
