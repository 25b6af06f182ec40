"""The running order as a table: one row per session, a time column per zone.

The model shows a :class:`organiser.agenda.Schedule` and never writes to the
database itself: drops and edits come out as signals that the page turns into
undoable commands, then the page reloads the model from the core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from organiser.agenda import Schedule, ScheduleRow, SpeakerLine, time_range

MIME = "application/x-meetup-organiser-session"
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def zone_header_lines(label: str, day: str) -> str:
    """``Rome (CET, UTC+01:00)`` and its day as narrow lines: ``Rome / CET / UTC+01:00 / day``.

    Kept narrow so that several zone columns and Warnings fit a laptop's width.
    """
    city, sep, rest = label.partition(" (")
    parts = [city]
    if sep and rest.endswith(")"):
        parts += [p.strip() for p in rest[:-1].split(",")]
    elif sep:
        parts = [label]
    if day:
        parts.append(day)
    return "\n".join(parts)


class ElidedDelegate(QStyledItemDelegate):
    """Draws a cell on one line, cut with "…" when it does not fit (the tooltip has all)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


class AgendaModel(QAbstractTableModel):
    """Columns: Session, Speakers, Minutes, Locked, one per zone, Warnings."""

    COL_TITLE, COL_SPEAKERS, COL_MINUTES, COL_LOCKED = range(4)
    FIXED = 4

    move_requested = Signal(int, int)  # session id, new index in the running order
    duration_requested = Signal(int, int)  # session id, minutes
    lock_requested = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._schedule: Schedule | None = None
        self._rows: tuple[ScheduleRow, ...] = ()

    # -- loading ---------------------------------------------------------------
    def load(self, schedule: Schedule | None) -> None:
        self.beginResetModel()
        self._schedule = schedule
        self._rows = schedule.rows if schedule is not None else ()
        self.endResetModel()

    @property
    def schedule(self) -> Schedule | None:
        return self._schedule

    def row_of(self, session_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.session_id == session_id:
                return i
        return -1

    def session_at(self, row: int) -> ScheduleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- shape -----------------------------------------------------------------
    def _zones(self) -> tuple[str, ...]:
        return self._schedule.zones if self._schedule is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.FIXED + len(self._zones()) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        fixed = [self.tr("Session"), self.tr("Speakers"), self.tr("Minutes"), self.tr("Locked")]
        if section < self.FIXED:
            return fixed[section] if role == Qt.ItemDataRole.DisplayRole else None
        zones = self._zones()
        if section - self.FIXED < len(zones):
            assert self._schedule is not None
            i = section - self.FIXED
            label = self._schedule.zone_labels[i]
            day = self._schedule.zone_days[i] if i < len(self._schedule.zone_days) else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{label}, {day}" if day else label
            return zone_header_lines(label, day)
        return self.tr("Warnings") if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.COL_MINUTES:
            f |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.COL_LOCKED:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    # -- data ------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == SESSION_ID_ROLE:
            return row.session_id
        n_zones = len(self._zones())
        warn_col = self.FIXED + n_zones
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TITLE:
                return row.heading
            if col == self.COL_SPEAKERS:
                return "; ".join(self._speaker_text(row, sp) for sp in row.speakers)
            if col == self.COL_MINUTES:
                return row.duration_minutes
            if self.FIXED <= col < warn_col:
                return row.times[col - self.FIXED]
            if col == warn_col:
                return row.warning_summary
        if role == Qt.ItemDataRole.EditRole and col == self.COL_MINUTES:
            return row.duration_minutes
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_LOCKED:
            return Qt.CheckState.Checked if row.locked else Qt.CheckState.Unchecked
        if (
            role == Qt.ItemDataRole.DecorationRole
            and col in (self.COL_TITLE, warn_col)
            and row.warnings
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_SPEAKERS:
                return self._speaker_tip(row)
            if row.warnings:
                return "\n".join(row.warnings)
            if col == self.COL_TITLE and row.abstract:
                return row.abstract
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == self.COL_LOCKED:
                return self.tr("locked") if row.locked else self.tr("not locked")
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return str(text) if text is not None else ""
        return None

    @staticmethod
    def _speaker_text(row: ScheduleRow, sp: SpeakerLine) -> str:
        """A remote speaker's own time beside their name (times come from the core)."""
        clock = next((c for c in row.clocks if c.speaker_id == sp.speaker_id), None)
        return sp.label if clock is None else f"{sp.label} — {clock.label}"

    def _speaker_tip(self, row: ScheduleRow) -> str:
        """Remote speakers see the slot in their own zone."""
        lines = []
        for sp in row.speakers:
            line = sp.label
            clock = next((c for c in row.clocks if c.speaker_id == sp.speaker_id), None)
            if clock is not None:
                line += " — " + self.tr("remote; their time: {0} ({1})").format(
                    clock.text, clock.zone
                )
                if clock.warning:
                    line += "\n" + clock.warning
            elif sp.remote and sp.timezone:
                line += " — " + self.tr("remote; their time: {0} ({1})").format(
                    time_range(row.starts_at, row.ends_at, sp.timezone), sp.timezone
                )
            lines.append(line)
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.session_at(index.row())
        if row is None:
            return False
        if index.column() == self.COL_MINUTES and role == Qt.ItemDataRole.EditRole:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if minutes != row.duration_minutes:
                self.duration_requested.emit(row.session_id, minutes)
            return True
        if index.column() == self.COL_LOCKED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != row.locked:
                self.lock_requested.emit(row.session_id, checked)
            return True
        return False

    # -- drag and drop -----------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self._rows[rows[0]].session_id).encode()))
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Turn a drop into ``move_requested``; the page reloads from the database.

        Returning False keeps the view from deleting the dragged row itself.
        """
        if not data.hasFormat(MIME):
            return False
        try:
            session_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        current = self.row_of(session_id)
        if current < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        new_index = target if target <= current else target - 1
        if new_index != current:
            self.move_requested.emit(session_id, new_index)
        return False
