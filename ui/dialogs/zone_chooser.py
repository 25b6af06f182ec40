"""Pick an IANA time zone by typing part of its name or its UTC offset."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon


def zone_rows() -> list[str]:
    """Rows like ``Europe/Rome (UTC+01:00)``, with the offset each zone has today."""
    from organiser.timeutil import all_zones, now_utc
    from ui import fmt

    now = now_utc()
    return [f"{z} ({fmt.offset(z, now)})" for z in all_zones()]


def zone_of_row(text: str) -> str:
    return text.split(" (", 1)[0]


class ZoneChooser(QDialog):
    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a time zone"))
        self.resize(420, 480)
        lay = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Type a city, region or offset, e.g. Rome or +05:30")
        )
        self.search.setAccessibleName(self.tr("Search time zones"))
        self.search.setClearButtonEnabled(True)
        lay.addWidget(self.search)
        self.model = QStringListModel(zone_rows(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Time zones"))
        self.list.doubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.select(current)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().replace(" ", "_"))
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def select(self, zone: str) -> None:
        for r in range(self.proxy.rowCount()):
            if zone_of_row(self.proxy.index(r, 0).data()) == zone:
                self.list.setCurrentIndex(self.proxy.index(r, 0))
                self.list.scrollTo(self.proxy.index(r, 0))
                return

    def zone(self) -> str:
        idx = self.list.currentIndex()
        return zone_of_row(idx.data()) if idx.isValid() else ""


class ZoneField(QWidget):
    """A line edit for the zone (typing works) plus a button that opens the chooser."""

    zone_changed = Signal(str)

    def __init__(
        self, zone: str = "", parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(zone, self)
        self.edit.setPlaceholderText(
            self.tr("Not set") if optional else self.tr("e.g. Europe/Rome")
        )
        self.edit.setAccessibleName(self.tr("Time zone"))
        self.edit.textChanged.connect(self.zone_changed)
        self.button = QPushButton(icon("globe"), self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("Choose a time zone"))
        self.button.clicked.connect(self.choose)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def choose(self) -> None:
        dlg = ZoneChooser(self.zone(), self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.zone():
            self.edit.setText(dlg.zone())

    def zone(self) -> str:
        return self.edit.text().strip()

    def set_zone(self, zone: str) -> None:
        self.edit.setText(zone)
