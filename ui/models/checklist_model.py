"""Qt models for checklists: items grouped by when they are due, readiness grid, template items.

The models only hold what the core returned (``ItemRow`` ...) and ask the page
to do any change through signals, so no SQL and no date arithmetic live here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from organiser import checklists as core
from organiser.checklists import GROUPS, ItemRow, Readiness
from organiser.i18n import translator
from ui import fmt


def _words(text: str) -> str:
    """A shipped checklist text in the interface language (organiser's own text as typed)."""
    return translator(fmt.language()).checklist(text)

Index = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2


# The core's group names (organiser.checklists.GROUP_LABELS), translated where shown.
_GROUP_NAMES = (
    QT_TRANSLATE_NOOP("ChecklistModel", "Overdue"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Late start (already past due when planning began)"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Due this week"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Later"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Done"),
)


# lupdate reads only literal translate() calls: the words _tr() is given, for the .ts.
_WORDS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "remote"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Note: "),
    QT_TRANSLATE_NOOP("ChecklistModel", "done"),
    QT_TRANSLATE_NOOP("ChecklistModel", "not done"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Speaker"),
    QT_TRANSLATE_NOOP("ChecklistModel", "on site"),
    QT_TRANSLATE_NOOP("ChecklistModel", "not needed"),
    QT_TRANSLATE_NOOP("ChecklistModel", "open"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistModel", text)


class ChecklistTreeModel(QAbstractItemModel):
    """Two levels: the four groups (overdue, this week, later, done), then their items.

    Ticking the check box beside the title (column 0) emits ``tick_requested(item_id, done)``;
    the page saves it through the core and reloads.
    """

    COL_TITLE, COL_SPEAKER, COL_DUE, COL_ASSIGNEE, COL_DONE_AT = range(5)
    COL_DONE = COL_TITLE  # the title carries the check box
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Speaker"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Due"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Assignee"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Done at"),
    )

    tick_requested = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: dict[str, list[ItemRow]] = {g: [] for g in GROUPS}
        self._zone = "UTC"

    # -- loading ---------------------------------------------------------------------
    def set_rows(self, groups: dict[str, list[ItemRow]], zone: str) -> None:
        self.beginResetModel()
        self._groups = {g: list(groups.get(g, [])) for g in GROUPS}
        self._zone = zone
        self.endResetModel()

    def row_for(self, index: Index) -> ItemRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = GROUPS[index.internalId() - 1]
        rows = self._groups[group]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def index_of_item(self, item_id: int, column: int = 0) -> QModelIndex:
        for g, group in enumerate(GROUPS):
            for r, row in enumerate(self._groups[group]):
                if row.id == item_id:
                    return self.createIndex(r, column, g + 1)
        return QModelIndex()

    def group_index(self, group: str) -> QModelIndex:
        return self.createIndex(GROUPS.index(group), 0, 0)

    def group_rows(self, group: str) -> list[ItemRow]:
        return list(self._groups[group])

    # -- structure -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0 and index.column() == self.COL_DONE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    # -- data ------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        row = self.row_for(index)
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TITLE:
                return _words(row.title)
            if col == self.COL_SPEAKER:
                if not row.speaker_name:
                    return ""
                return (
                    f"{row.speaker_name} ({_tr('remote')})"
                    if row.speaker_remote
                    else (row.speaker_name)
                )
            if col == self.COL_DUE:
                return fmt.stamp(row.due_at, self._zone)
            if col == self.COL_ASSIGNEE:
                return row.assignee
            if col == self.COL_DONE_AT:
                return fmt.stamp(row.done_at, self._zone)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_DONE:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _words(row.why)
            if row.note:
                tip += "\n\n" + _tr("Note: ") + row.note
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_DONE:
            return f"{_words(row.title)}: {_tr('done') if row.done else _tr('not done')}"
        if role == ITEM_ID_ROLE:
            return row.id
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        group = GROUPS[index.row()]
        if role == GROUP_ROLE:
            return group
        if index.column() != 0 and role == Qt.ItemDataRole.DisplayRole:
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{_tr(core.GROUP_LABELS[group])} ({len(self._groups[group])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_for(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != row.done:
            self.tick_requested.emit(row.id, checked)
        return True


class ReadinessModel(QAbstractTableModel):
    """Speakers (rows) × their checklist items (columns): ✓ done, ✗ open, blank not theirs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid = Readiness([], [])

    def set_readiness(self, grid: Readiness) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._grid.columns) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return _tr("Speaker") if role == Qt.ItemDataRole.DisplayRole else None
        title = self._grid.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sp, cells = self._grid.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                where = _tr("remote") if sp.remote else _tr("on site")
                p = sp.progress
                return f"{sp.name} ({where}) — {p.done}/{p.total}"
            return None
        cell = cells[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if cell is None else ("✓" if cell else "✗")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("not needed") if cell is None else (_tr("done") if cell else _tr("open"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._grid.columns[index.column() - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


def _short(title: str) -> str:
    """Column headers: the words before the first colon or comma."""
    for sep in (":", ","):
        if sep in title:
            title = title.split(sep, 1)[0]
    return title


class TemplateItemsModel(QAbstractTableModel):
    """The items of one template, editable in place; edits go out as ``edit_requested``."""

    COL_TITLE, COL_WHY, COL_OFFSET, COL_CATEGORY, COL_OWNER = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Why"),
        QT_TRANSLATE_NOOP("ChecklistModel", "When"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Category"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Owner"),
    )
    FIELDS = ("title", "why", "offset", "category", "owner_role")

    edit_requested = Signal(int, str, str)  # template item id, field, new text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str, str, str, str, str]] = []

    def set_items(self, items: list[tuple[int, str, str, int, str | None, str, str]]) -> None:
        """``(id, title, why, offset_minutes, at_time, category, owner_role)`` rows."""
        self.beginResetModel()
        self._rows = [
            (
                i,
                title,
                why,
                core.format_offset(minutes, at),
                core.describe_offset(minutes, at),
                category,
                owner,
            )
            for i, title, why, minutes, at, category, owner in items
        ]
        self.endResetModel()

    def item_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _id, title, why, offset, described, category, owner = self._rows[index.row()]
        values = (title, why, offset, category, owner)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return described if index.column() == self.COL_OFFSET else values[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(self._rows[index.row()][0], self.FIELDS[index.column()], text)
        return True
