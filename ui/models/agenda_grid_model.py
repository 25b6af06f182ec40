"""One day of a several-room agenda as a table: time down the side, a column per room.

The placing (which slot, which room, how far down a session reaches) comes
from :func:`organiser.agenda_grid.room_grid`, the same grouping the agenda
PDF prints; this model only shows one of its days. Read-only: the page opens
the session editor for the selected cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from organiser.agenda import Schedule, ScheduleRow, time_range
from organiser.agenda_grid import GridCell, RoomGrid, clock_lines, room_grid, warnings_per_room
from ui import fmt
from ui.models.agenda_model import SESSION_ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class TopAlignedDelegate(QStyledItemDelegate):
    """The warning sign beside a session's first line, even when its cell is tall."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


class RoomGridModel(QAbstractTableModel):
    """Column 0: the start time in every zone; then one column per room."""

    COL_TIME = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._schedule: Schedule | None = None
        self.grid: RoomGrid = RoomGrid((), ())
        self.day = 0
        self._cells: list[GridCell] = []
        self._at: dict[tuple[int, int], GridCell] = {}  # (slot, room column) of a cell's corner
        self._room_warnings: dict[str, int] = {}

    # -- loading ---------------------------------------------------------------
    def load(self, schedule: Schedule | None, zone: str | None) -> None:
        """Group ``schedule`` per day in ``zone`` (the event's); keep the day if it exists."""
        self.beginResetModel()
        self._schedule = schedule
        if schedule is None or zone is None:
            self.grid = RoomGrid((), ())
        else:
            self.grid = room_grid(schedule.rows, zone)
        self.day = min(self.day, max(0, len(self.grid.days) - 1))
        self._place()
        self.endResetModel()

    def set_day(self, day: int) -> None:
        if day == self.day or not 0 <= day < len(self.grid.days):
            return
        self.beginResetModel()
        self.day = day
        self._place()
        self.endResetModel()

    def _place(self) -> None:
        self._cells = self.grid.cells(self.day) if self.grid.days else []
        self._at = {(c.slot, c.room): c for c in self._cells}
        rows = [c.row for c in self._cells]
        warnings = self._schedule.warnings if self._schedule is not None else ()
        self._room_warnings = warnings_per_room(self.grid, rows, warnings)

    @property
    def cells(self) -> list[GridCell]:
        return list(self._cells)

    def day_labels(self) -> list[str]:
        """``Day 1 · Thu 6 May`` per day (just the date when there is one day)."""
        out = []
        for d in self.grid.days:
            date = d.first_start.format("ddd D MMM", locale=fmt.language())
            if len(self.grid.days) > 1:
                date = self.tr("Day {n} · {date}").format(n=d.number, date=date)
            out.append(date)
        return out

    def index_of(self, session_id: int) -> QModelIndex:
        """The corner cell of a session on the shown day (invalid if not on it)."""
        for c in self._cells:
            if any(r.session_id == session_id for r in self.grid.sharing(self.day, c)):
                return self.index(c.slot, 1 + c.room)
        return QModelIndex()

    def cell_at(self, index: Index) -> GridCell | None:
        if not index.isValid() or index.column() == self.COL_TIME:
            return None
        return self._at.get((index.row(), index.column() - 1))

    # -- shape -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or not self.grid.days:
            return 0
        return len(self.grid.days[self.day].slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.grid.days else 1 + len(self.grid.rooms)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not self.grid.days:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_TIME:
                return self.tr("Time")
            room = self.grid.rooms[section - 1]
            n = self._room_warnings.get(room, 0)
            if n:
                return room + "\n" + self.tr("%n warning(s)", "", n)
            return room
        if (
            role == Qt.ItemDataRole.DecorationRole
            and section > 0
            and self._room_warnings.get(self.grid.rooms[section - 1], 0)
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_TIME and self._schedule:
            return "\n".join(self._schedule.zone_labels)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.cell_at(index) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    # -- data ------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.grid.days:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if index.column() == self.COL_TIME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                slot = self.grid.days[self.day].slots[index.row()]
                zones = self._schedule.zones if self._schedule is not None else ()
                return "\n".join(clock_lines(slot.starts_at, zones, fmt.language()))
            return None
        cell = self.cell_at(index)
        if cell is None:
            return None
        rows = self.grid.sharing(self.day, cell)
        if role == SESSION_ID_ROLE:
            return cell.row.session_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n\n".join(self._text(r) for r in rows)
        if role == Qt.ItemDataRole.DecorationRole and any(r.warnings for r in rows):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            for r in rows:
                lines.append(r.heading)
                lines.extend(sp.label for sp in r.speakers)
                if r.abstract:
                    lines.append(r.abstract)
                lines.extend(r.warnings)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and cell.row.kind in ("break", "networking"):
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        return None

    def _text(self, row: ScheduleRow) -> str:
        zone = self._schedule.zones[0] if self._schedule is not None else "UTC"
        lines = [row.heading]
        if row.speakers:
            lines.append("; ".join(sp.name for sp in row.speakers))
        lines.append(time_range(row.starts_at, row.ends_at, zone))
        return "\n".join(lines)
