"""A table model over a list of frozen records with an ``id``.

Columns are declared as data; the model answers display, sort, search and id
roles. ``set_rows`` resets (a reload), ``update_row`` changes one record and
emits ``dataChanged`` for that row only, so selections and scroll survive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from organiser.textnorm import fold

R = TypeVar("R")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
RECORD_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


class RecordTableModel(QAbstractTableModel, Generic[R]):
    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- loading ------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, record: R) -> bool:
        """Replace the record with the same id; False when it is not shown."""
        row = self.row_of(record.id)  # type: ignore[attr-defined]
        if row < 0:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def remove_id(self, record_id: int) -> None:
        row = self.row_of(record_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def row_of(self, record_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == record_id:  # type: ignore[attr-defined]
                return i
        return -1

    def record(self, row: int) -> R:
        return self._rows[row]

    def records(self) -> list[R]:
        return list(self._rows)

    def search_text(self, record: R) -> str:
        return " ".join(c.text(record) for c in self.columns)

    # -- Qt -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.text(rec)
        if role == SORT_ROLE:
            return col.sort(rec) if col.sort else fold(col.text(rec))
        if role == ID_ROLE:
            return rec.id  # type: ignore[attr-defined]
        if role == SEARCH_ROLE:
            return fold(self.search_text(rec))
        if role == RECORD_ROLE:
            return rec
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        return None


class SearchProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key; filters accent- and case-insensitively."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        src = self.sourceModel()
        hay = src.data(src.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in hay for word in self._needle.split())

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            return (a is None) and (b is not None)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def id_at(self, row: int) -> int | None:
        if row < 0 or row >= self.rowCount():
            return None
        value = self.index(row, 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def row_of_id(self, record_id: int) -> int:
        for r in range(self.rowCount()):
            if self.index(r, 0).data(ID_ROLE) == record_id:
                return r
        return -1
