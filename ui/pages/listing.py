"""A searchable, sortable table with a row of buttons: the shape of the library pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.models.table import RecordTableModel, SearchProxy


def make_table(
    parent: QWidget,
    model: RecordTableModel,
    proxy: SearchProxy | None,
    name: str,
    *,
    sortable: bool = True,
) -> QTableView:
    view = QTableView(parent)
    if proxy is not None:
        proxy.setSourceModel(model)
        view.setModel(proxy)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    return view


class ListingPanel(QWidget):
    """Search box, buttons and a table over ``model`` through a ``SearchProxy``."""

    def __init__(
        self, model: RecordTableModel, name: str, search_hint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SearchProxy(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_hint)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        ).setText(self.tr("Search"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.bar.addWidget(self.search, 1)
        lay.addLayout(self.bar)
        self.table = make_table(self, model, self.proxy, name)
        lay.addWidget(self.table, 1)

    def button(
        self, icon_name: str, text: str, slot: Callable[[], object], accessible: str = ""
    ) -> QPushButton:
        b = QPushButton(icon(icon_name), text, self)
        b.setAccessibleName(accessible or text.replace("&", "").rstrip("…"))
        b.clicked.connect(lambda _=False: slot())
        self.bar.addWidget(b)
        return b

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            idx = rows[0]
        return self.proxy.id_at(idx.row())

    def select_id(self, record_id: int | None) -> None:
        if record_id is None:
            return
        row = self.proxy.row_of_id(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.proxy.index(row, 0))

    def on_activated(self, fn: Callable[[int], object]) -> None:
        def go(index: QModelIndex) -> None:
            rid = self.proxy.id_at(index.row())
            if rid is not None:
                fn(rid)

        self.table.activated.connect(go)
        self.table.doubleClicked.connect(go)


def fit_columns(view: QTableView, cap: int = 280) -> None:
    """Size columns to their contents, but keep any one from taking the whole width."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count() - 1):
        if header.sectionSize(col) > cap:
            header.resizeSection(col, cap)
