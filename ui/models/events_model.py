"""The events of the sidebar and the events table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from organiser.overview import EventSummary
from ui import fmt
from ui.models.table import Column, RecordTableModel, SearchProxy

PAST_ROLE = Qt.ItemDataRole.UserRole + 10
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 11

FORMAT_NAMES = {
    "in_person": QT_TRANSLATE_NOOP("Formats", "In person"),
    "online": QT_TRANSLATE_NOOP("Formats", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("Formats", "Hybrid"),
}


def format_name(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Formats", FORMAT_NAMES.get(code, code))


class EventsModel(RecordTableModel[EventSummary]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda e: e.title),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Starts"),
            lambda e: fmt.when(e.starts_at, e.timezone),
            sort=lambda e: e.starts_at.timestamp(),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Format"), lambda e: format_name(e.format)),
        Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda e: e.venue_name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Going"),
            lambda e: str(e.going),
            sort=lambda e: e.going,
            align=Qt.AlignmentFlag.AlignRight,
        ),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            index.isValid()
            and index.column() == 0
            and role
            in (
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
            )
        ):
            e = self.record(index.row())
            return f"{e.title}, {self.data(index, SUBTITLE_ROLE)}"
        if index.isValid() and role in (PAST_ROLE, SUBTITLE_ROLE):
            e = self.record(index.row())
            if role == PAST_ROLE:
                return e.is_past
            parts = [
                fmt.when(e.starts_at, e.timezone, "ddd D MMM YYYY, HH:mm"),
                format_name(e.format),
            ]
            return " · ".join(parts)
        return super().data(index, role)


class EventsProxy(SearchProxy):
    """Keeps the core's order (upcoming soonest first, then past) unless sorted."""
