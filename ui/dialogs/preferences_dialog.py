"""Preferences kept in QSettings: the interface language, the theme, and this laptop at the door.

The door settings belong to the laptop, not the database: its door's name
(stored with each check-in it makes), the printer and label layout for badges
printed at the door, and whether each check-in prints a badge.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import fmt, theme

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
        self.language.addItem("Deutsch", "de")
        self.language.addItem("Français", "fr")
        self.language.addItem("Español", "es")
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
        self._door_rows(form)
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

    def _door_rows(self, form: QFormLayout) -> None:
        from ui.door_printing import (
            DOOR_NAME_KEY,
            LAYOUT_KEY,
            PRINTER_KEY,
            available_printers,
            door_layout,
            guest_badges,
            print_on_check_in,
            printer_name,
        )

        s = self.settings
        self.door_name = QLineEdit(str(s.value(DOOR_NAME_KEY, "") or ""), self)
        self.door_name.setMaxLength(100)
        self.door_name.setPlaceholderText(self.tr("e.g. Door 1, Main entrance"))
        self.door_name.setAccessibleName(self.tr("Door name of this laptop"))
        form.addRow(self.tr("&Door name:"), self.door_name)
        self.printer = QComboBox(self)
        self.printer.setAccessibleName(self.tr("Printer for badges at the door"))
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in available_printers():
            self.printer.addItem(name, name)
        chosen = printer_name(s)
        if chosen and self.printer.findData(chosen) < 0:
            self.printer.addItem(self.tr("%1 (not found now)").replace("%1", chosen), chosen)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        form.addRow(self.tr("Badge &printer:"), self.printer)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setAccessibleName(self.tr("Label layout for badges at the door"))
        self.layout_combo.addItem(self.tr("Same as the Check-in page"), "")
        try:
            from organiser.printing.layouts import list_layouts

            for layout in list_layouts():
                self.layout_combo.addItem(layout.title_in(fmt.language()), layout.name)
        except Exception:  # noqa: BLE001 - badge printing is optional in some builds
            pass
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(door_layout(s))))
        form.addRow(self.tr("Label la&yout:"), self.layout_combo)
        self.print_on_checkin = QCheckBox(self.tr("Print a badge at each check-in"), self)
        self.print_on_checkin.setChecked(print_on_check_in(s))
        form.addRow("", self.print_on_checkin)
        self.guest_badges = QCheckBox(self.tr("With a blank “Guest of NAME” badge per guest"), self)
        self.guest_badges.setChecked(guest_badges(s))
        form.addRow("", self.guest_badges)
        self._keys = (DOOR_NAME_KEY, PRINTER_KEY, LAYOUT_KEY)

    def _save_door(self) -> None:
        from ui.door_printing import GUEST_BADGES_KEY, PRINT_ON_CHECKIN_KEY

        name_key, printer_key, layout_key = self._keys
        self.settings.setValue(name_key, self.door_name.text().strip())
        self.settings.setValue(printer_key, self.printer.currentData() or "")
        self.settings.setValue(layout_key, self.layout_combo.currentData() or "")
        self.settings.setValue(
            PRINT_ON_CHECKIN_KEY, "true" if self.print_on_checkin.isChecked() else "false"
        )
        self.settings.setValue(
            GUEST_BADGES_KEY, "true" if self.guest_badges.isChecked() else "false"
        )

    def accept(self) -> None:
        self._save_door()
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(theme.THEME_KEY, self.theme.currentData())
        self.settings.sync()
        super().accept()
