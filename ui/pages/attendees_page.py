"""Attendees page: the event's people as a sortable, filterable table; import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser import attendees as core
from organiser import stats
from organiser.changes import Kind
from organiser.checkin import event_capacity
from organiser.errors import OrganiserError
from ui.context import AppContext
from ui.dialogs.attendee_dialog import AttendeeDialog
from ui.dialogs.import_wizard import ImportWizard, csv_path_from_mime
from ui.models.attendees_model import (
    COL_COMPANY,
    COL_EMAIL,
    COL_NAME,
    COL_ROLE,
    COL_RSVP,
    ID_ROLE,
    AttendeesFilter,
    AttendeesModel,
    role_delegate,
    rsvp_delegate,
)
from ui.pages.base import Page

# (minimum, most) width of a column in average characters. Name, Email and
# Company keep their minimum first; the short columns give way before them.
_WIDE = {COL_NAME: (18, 26), COL_EMAIL: (24, 34), COL_COMPANY: (16, 28)}
_SHORT_MIN = 8


class _ColumnFit(QObject):
    """Sizes the attendee columns to the table's width.

    Each column wants its contents, capped. When they do not all fit, Name,
    Email and Company shrink first but only down to a readable minimum, then
    the short columns (their text elides); past that the table scrolls
    sideways. Room to spare goes to Email and Company, as a Stretch would.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.width = -1
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self.width:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        self.width = view.viewport().width()
        count = header.count()
        if not count:
            return
        char = max(view.fontMetrics().averageCharWidth(), 1)
        pad = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        sizes: dict[int, int] = {}
        floors: dict[int, int] = {}
        wants: dict[int, int] = {}
        for col in range(count):
            want = wants[col] = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
            if col in _WIDE:
                low, high = _WIDE[col]
                sizes[col] = min(want, high * char + pad)
                floors[col] = min(sizes[col], low * char + pad)
            else:
                sizes[col] = want
                floors[col] = min(want, _SHORT_MIN * char + pad)
        room = self.width - 2
        excess = sum(sizes.values()) - room
        for group in (tuple(_WIDE), tuple(c for c in range(count) if c not in _WIDE)):
            if excess <= 0:
                break
            give = {c: sizes[c] - floors[c] for c in group if c < count}
            total = sum(give.values())
            if total <= 0:
                continue
            cut = min(excess, total)
            for c, g in give.items():
                sizes[c] -= cut * g // total
            excess = sum(sizes.values()) - room
        if excess < 0:  # room to spare: first to what is still cut, then Email and Company
            extra = -excess
            for col in (COL_COMPANY, COL_EMAIL, COL_NAME):
                more = min(extra, max(wants[col] - sizes[col], 0))
                sizes[col] += more
                extra -= more
            sizes[COL_EMAIL] += extra // 2
            sizes[COL_COMPANY] += extra - extra // 2
        for col, width in sizes.items():
            header.resizeSection(col, width)


class AttendeesPage(Page):
    page_title = "Attendees"
    wants_event_header = True  # the window's strip names the event
    kinds = frozenset({Kind.ATTENDEE, Kind.EVENT, Kind.CHECKIN})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self.wizard: ImportWizard | None = None
        self.editor: AttendeeDialog | None = None

        self.stats_label = QLabel()
        self.stats_label.setAccessibleName(self.tr("Attendance numbers"))
        self.stats_label.setTextFormat(Qt.TextFormat.RichText)
        self.stats_label.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, email or company"))
        self.search.setAccessibleName(self.tr("Filter attendees"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show only"))
        for value, label in (
            ("all", self.tr("Everyone")),
            ("going", self.tr("Going")),
            ("waitlist", self.tr("Waitlist")),
            ("invited", self.tr("Invited, not registered")),
            ("not_going", self.tr("Not going")),
            ("checked_in", self.tr("Checked in")),
            ("not_checked_in", self.tr("Not checked in yet")),
        ):
            self.status.addItem(label, value)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import attendees from a CSV file"))
        self.import_button.setToolTip(self.tr("Or drop a CSV file onto this page"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export attendees as CSV"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add an attendee by hand"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected attendee"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected attendee"))

        self.model = AttendeesModel(ctx.ops, self)
        self.proxy = AttendeesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Attendees"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self._role_delegate = role_delegate(self.table)
        self._rsvp_delegate = rsvp_delegate(self.table)
        self.table.setItemDelegateForColumn(COL_ROLE, self._role_delegate)
        self.table.setItemDelegateForColumn(COL_RSVP, self._rsvp_delegate)
        self.table.setWordWrap(False)
        # Every column can be dragged; the page sizes them (again whenever the
        # table's width changes) so Name, Email and Company stay readable.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._column_fit = _ColumnFit(self.table)
        self.empty_label = QLabel(
            self.tr("No attendees yet. Import the RSVP export from Meetup, Eventbrite or Luma.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.stats_label, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        bar = QHBoxLayout()
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty_label)

        self.search.textChanged.connect(self.proxy.set_text)
        self.status.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status.currentData())
        )
        self.import_button.clicked.connect(lambda: self.open_import())
        self.export_button.clicked.connect(self.export)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected_id()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        self.model.error.connect(lambda msg: QMessageBox.warning(self, self.tr("Attendees"), msg))
        self.model.saved.connect(self._after_edit)
        # Ctrl+F is the window's Edit ▸ Find, which calls focus_search (no second binding).
        self._update_enabled()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.model.load(self.event_id)
        except OrganiserError as exc:  # the event was deleted meanwhile
            self.model.load(None)
            self.stats_label.setText(exc.message)
        self._column_fit.fit()
        self._update_stats()
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_event = self.event_id is not None
        self.import_button.setEnabled(has_event)
        self.add_button.setEnabled(has_event)
        self.edit_button.setEnabled(has_event and bool(self.model.rows))
        self.delete_button.setEnabled(has_event and bool(self.model.rows))
        self.export_button.setEnabled(has_event and bool(self.model.rows))
        empty = has_event and not self.model.rows
        self.empty_label.setVisible(empty or not has_event)
        if not has_event:
            self.empty_label.setText(self.tr("Choose an event to see its attendees."))
        else:  # an event with nobody yet says so, whatever was shown before
            self.empty_label.setText(
                self.tr("No attendees yet. Import the RSVP export from Meetup, Eventbrite or Luma.")
            )
        self.table.setVisible(bool(self.model.rows))

    def _update_stats(self) -> None:
        if self.event_id is None:
            self.stats_label.clear()
            return
        event_id = self.event_id
        st, cap = self.ctx.ops.call(
            lambda s: (stats.event_stats(s, event_id), event_capacity(s, event_id))
        )
        flagged = sum(1 for r in self.model.rows if r.repeat_no_show)
        parts = [
            self.tr("<b>%1</b> going").replace("%1", str(st.going)),
            self.tr("<b>%1</b> checked in").replace("%1", str(st.checked_in)),
            self.tr("%1 on the waitlist").replace("%1", str(st.waitlist)),
            self.tr("%1 not going").replace("%1", str(st.not_going)),
        ]
        if cap is not None:
            parts.append(self.tr("capacity %1").replace("%1", str(cap)))
        if st.no_show_rate is not None:
            parts.append(
                self.tr("no-show rate %1%").replace("%1", str(round(st.no_show_rate * 100)))
            )
        if flagged:
            parts.append(self.tr("⚠ %n repeat no-show(s)", "", flagged))
        self.stats_label.setText(" · ".join(parts))

    def _after_edit(self) -> None:
        self._update_stats()  # the runner has told the other pages

    # -- editing -----------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (COL_ROLE, COL_RSVP):  # those edit in place
            self.open_editor(index.data(ID_ROLE))

    def open_editor(self, attendee_id: int | None) -> AttendeeDialog | None:
        if self.event_id is None:
            return None
        dialog = AttendeeDialog(self.ctx.ops, self.event_id, attendee_id, self)
        self.editor = dialog
        dialog.accepted.connect(self._after_dialog)
        dialog.open()
        return dialog

    def _after_dialog(self) -> None:
        if not self.isVisible():  # a visible page has reloaded on the runner's broadcast
            self.refresh()

    def delete_selected(self) -> None:
        attendee_id = self.selected_id()
        if attendee_id is None:
            return
        row = self.model.row_by_id(attendee_id)
        name = self.model.rows[row].full_name if row is not None else ""
        answer = QMessageBox.question(
            self,
            self.tr("Delete attendee"),
            self.tr("Delete %1 from this event? A later import adds them again.").replace(
                "%1", name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.ops.call(lambda s: core.delete_attendee(s, attendee_id))
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Delete attendee"), exc.message)
            return
        self._after_dialog()

    # -- import / export ---------------------------------------------------------
    def open_import(self, path: str | None = None) -> ImportWizard | None:
        if self.event_id is None:
            return None
        self.wizard = ImportWizard(self.ctx.ops, self.event_id, path, self)
        self.wizard.finished.connect(self._import_closed)
        self.wizard.open()
        return self.wizard

    def _import_closed(self, _result: int) -> None:
        if self.wizard is None or self.wizard.report is None:
            return
        if not self.isVisible():
            self.refresh()  # a visible page has reloaded on the runner's broadcast
        # The status bar says what the import did (not the last undoable step).
        window = self.window()
        if isinstance(window, QMainWindow):
            summary = self.wizard.report_page.summary(self.wizard.report)
            window.statusBar().showMessage(self.tr("Import: %1").replace("%1", summary), 8000)

    def export(self, path: str | None = None) -> None:
        if self.event_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export attendees"),
                str(Path.home() / "attendees.csv"),
                self.tr("CSV files (*.csv)"),
            )
            if not path:
                return
        try:
            event_id, target = self.event_id, path
            count = self.ctx.ops.call(lambda s: core.export_csv(s, event_id, target))
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Export attendees"), exc.message)
            return
        self.stats_label.setToolTip(
            self.tr("Exported %n attendee(s) to %1", "", count).replace("%1", path)
        )

    # -- drag and drop -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.event_id is not None and csv_path_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = csv_path_from_mime(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_import(path)
