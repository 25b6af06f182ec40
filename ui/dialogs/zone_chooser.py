"""Pick an IANA time zone by typing a city, a country, a zone name or a UTC offset.

Names are found by :func:`organiser.zones.find_zones` ("Milano", "Italia",
"Bangalore", "New York"), in the interface language; offsets like "+05:30"
match the offset each zone has today.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon


def zone_row(zone: str) -> str:
    from organiser.timeutil import now_utc
    from ui import fmt

    return f"{zone} ({fmt.offset(zone, now_utc())})"


def zone_rows() -> list[str]:
    """Rows like ``Europe/Rome (UTC+01:00)``, with the offset each zone has today."""
    from organiser.zones import canonical_zones

    return [zone_row(z) for z in sorted(canonical_zones())]


def find(text: str) -> list[str]:
    """Zones for what the user typed, in the interface language."""
    from organiser.zones import find_zones
    from ui import fmt

    return find_zones(text, fmt.language())


def _is_offset(text: str) -> bool:
    t = text.strip().lower()
    return t[:1] in ("+", "-") or t.startswith("utc+") or t.startswith("utc-")


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
        self.rows = zone_rows()
        self.model = QStringListModel(self.rows, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Time zones"))
        self.list.doubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.list, 1)
        self.nothing = QLabel(self)
        self.nothing.setWordWrap(True)
        self.nothing.setVisible(False)
        lay.addWidget(self.nothing)
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
        text = text.strip()
        if not text:
            rows = self.rows
        elif _is_offset(text):
            rows = [r for r in self.rows if text.upper() in r.upper()]
        else:
            rows = [zone_row(z) for z in find(text)]
        self.model.setStringList(rows)
        self.nothing.setText(
            self.tr(
                "No time zone matches “%1”. Try a city or a country, or an offset like +01:00."
            ).replace("%1", text)
        )
        self.nothing.setVisible(not rows)
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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        lay = QHBoxLayout()
        outer.addLayout(lay)
        self.edit = QLineEdit(zone, self)
        self.edit.setPlaceholderText(
            self.tr("Not set") if optional else self.tr("e.g. Europe/Rome")
        )
        self.edit.setAccessibleName(self.tr("Time zone"))
        self.edit.textChanged.connect(self._hint_for)
        self.edit.textChanged.connect(self.zone_changed)
        self.edit.editingFinished.connect(self.resolve)
        self.button = QPushButton(icon("globe"), self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("Choose a time zone"))
        self.button.clicked.connect(self.choose)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        outer.addWidget(self.hint)
        self.setFocusProxy(self.edit)

    def _known(self, text: str) -> bool:
        from organiser.timeutil import all_zones

        return text in all_zones()

    def _hint_for(self, text: str) -> None:
        """Say which zone a city or country stands for, or that nothing matches."""
        text = text.strip()
        if not text or self._known(text):
            self.hint.setVisible(False)
            return
        matches = find(text)
        if matches:
            self.hint.setText(self.tr("Means %1.").replace("%1", zone_row(matches[0])))
        else:
            self.hint.setText(
                self.tr("No time zone matches “%1”; try a city or a country, or Choose…").replace(
                    "%1", text
                )
            )
        self.hint.setVisible(True)

    def resolve(self) -> None:
        """Replace a city or country ("Milano") by its zone when the user moves on."""
        text = self.edit.text().strip()
        if text and not self._known(text):
            matches = find(text)
            if matches:
                self.edit.setText(matches[0])

    def choose(self) -> None:
        typed = self.edit.text().strip()
        dlg = ZoneChooser(typed, self)
        if typed and not self._known(typed):
            dlg.search.setText(typed)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.zone():
            self.edit.setText(dlg.zone())

    def zone(self) -> str:
        """The zone typed or chosen; a city or country still being typed counts as its zone."""
        text = self.edit.text().strip()
        if text and not self._known(text):
            matches = find(text)
            if matches:
                return matches[0]
        return text

    def set_zone(self, zone: str) -> None:
        self.edit.setText(zone)
