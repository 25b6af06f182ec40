"""An event's running order; rows can be dragged to a new place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from organiser.overview import SessionSummary
from organiser.speaker_clock import SpeakerClock
from ui import fmt
from ui.models.table import Column, RecordTableModel

MIME = "application/x-organiser-session-id"

KIND_NAMES = {
    "talk": QT_TRANSLATE_NOOP("Kinds", "Talk"),
    "panel": QT_TRANSLATE_NOOP("Kinds", "Panel"),
    "break": QT_TRANSLATE_NOOP("Kinds", "Break"),
    "networking": QT_TRANSLATE_NOOP("Kinds", "Networking"),
    "lightning": QT_TRANSLATE_NOOP("Kinds", "Lightning talks"),
    "intro": QT_TRANSLATE_NOOP("Kinds", "Welcome"),
}


def kind_name(code: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_NAMES.get(code, code))


class SessionsModel(RecordTableModel[SessionSummary]):
    """Shown in running order (not sortable); a drop asks for a move."""

    move_requested = Signal(int, int)  # session id, new index

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = "UTC"
        self.clocks: dict[int, tuple[SpeakerClock, ...]] = {}  # remote speakers' own times
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("Columns", "Time"),
                lambda x: fmt.clock(x.starts_at, self.zone),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Minutes"),
                lambda x: str(x.duration_minutes),
                align=Qt.AlignmentFlag.AlignRight,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda x: kind_name(x.kind)),
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda x: x.title),
            Column(QT_TRANSLATE_NOOP("Columns", "Speakers"), self._speakers),
        )

    def set_zone(self, zone: str) -> None:
        self.zone = zone

    def set_clocks(self, clocks: dict[int, tuple[SpeakerClock, ...]]) -> None:
        """Remote speakers' own times per session id (``speaker_clock.by_session``)."""
        self.clocks = clocks

    def _speakers(self, x: SessionSummary) -> str:
        """Names; a remote speaker with their time: "Amara Okafor (13:15–13:45 EST New York)"."""
        mine = {c.name: c for c in self.clocks.get(x.id, ())}
        return ", ".join(f"{n} ({mine[n].label})" if n in mine else n for n in x.speakers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        tip, icon = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole
        if role in (tip, icon) and index.isValid() and index.row() < self.rowCount():
            clocks = self.clocks.get(self.record(index.row()).id, ())
            warnings = "\n".join(c.warning for c in clocks if c.warning)
            if role == tip:
                return warnings or None
            if warnings and self.columns[index.column()].text == self._speakers:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        if rows:
            data.setData(MIME, QByteArray(str(self.record(rows[0]).id).encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        session_id = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        source = self.row_of(session_id)
        if source < 0:
            return False
        new_index = target - 1 if target > source else target
        if new_index != source:
            self.move_requested.emit(session_id, new_index)
        # The move happens through the core and a reload; Qt must not remove rows itself.
        return False
