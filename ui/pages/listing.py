"""A searchable, sortable table with a row of buttons: the shape of the library pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
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
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition).setText(
            self.tr("Search")
        )
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


FLOOR = 70  # no column is squeezed below this; then the table scrolls sideways


class _Refit(QObject):
    """Fits the columns again whenever the table's visible width changes."""

    def __init__(self, view: QTableView, cap: int) -> None:
        super().__init__(view)
        self.view, self.cap, self.width = view, cap, -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self.width:
            self.width = self.view.viewport().width()
            _fit(self.view, self.cap)
        return False


def _fit(view: QTableView, cap: int) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    count = header.count()
    sizes = [min(header.sectionSize(c), cap) for c in range(count)]
    sizes = [0 if header.isSectionHidden(c) else w for c, w in enumerate(sizes)]
    room = view.viewport().width() - 2
    if header.stretchLastSection() and count:
        # The stretched last column never goes below its own hint: leave it as is.
        # (Its hint, not its width: stretched, it holds all the room left over, and
        # counting that squeezed every other column for nothing.)
        last = max(view.sizeHintForColumn(count - 1), header.sectionSizeHint(count - 1))
        room -= max(last, header.defaultSectionSize())
        sizes[-1] = 0
    if sum(sizes) > room > 0:
        # Every column in sight: the widest give up width first, down to a common
        # level (their text elides), short columns keep theirs; FLOOR at least.
        level = max(sizes)
        while level > FLOOR and sum(min(w, level) for w in sizes) > room:
            level -= 4
        sizes = [min(w, max(level, FLOOR)) if w else 0 for w in sizes]
    for col, width in enumerate(sizes):
        if width:
            header.resizeSection(col, width)


def fit_columns(view: QTableView, cap: int = 280) -> None:
    """Size columns to their contents, capped, and fit them all in the table's width.

    The fit is redone when the table is resized (a smaller window, the splitter).
    """
    _fit(view, cap)
    refit = view.findChild(_Refit)
    if refit is None:
        refit = _Refit(view, cap)
        view.viewport().installEventFilter(refit)
    refit.cap = cap
