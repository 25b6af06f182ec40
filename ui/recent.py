"""File ▸ Open Recent: the databases opened last, kept in QSettings (organiser.recent)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from organiser import recent

KEY = "database/recent"


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    if isinstance(value, str):  # QSettings gives one entry back as a plain string
        value = [value]
    return [str(v) for v in (value or []) if v]


def remember_database(settings: QSettings, db: str) -> None:
    settings.setValue(KEY, recent.remember(recent_databases(settings), db))


class RecentMenu(QMenu):
    """Filled each time it opens; a missing file shows greyed out."""

    def __init__(
        self, parent: QWidget, settings: QSettings, open_database: Callable[[str], object]
    ) -> None:
        super().__init__(self.tr("Open Re&cent"), parent)
        self.settings = settings
        self.open_database = open_database
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self.clear()
        entries = recent_databases(self.settings)
        for i, entry in enumerate(entries):
            text = recent.label(entry).replace("&", "&&")
            act = QAction(f"&{i + 1} {text}" if i < 9 else text, self)
            act.setData(entry)
            act.setEnabled(recent.available(entry))
            if not act.isEnabled():
                act.setToolTip(self.tr("This file is no longer there."))
            act.triggered.connect(lambda _=False, e=entry: self.open_database(e))
            self.addAction(act)
        if not entries:
            empty = self.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self.clear_list)

    def clear_list(self) -> None:
        self.settings.remove(KEY)
        self.refill()
