"""The Agenda page: the running order with a time column per zone and warnings inline.

Sessions are reordered by drag and drop (or Move up / Move down for the
keyboard); durations and locks are edited in the table. Every edit goes
through the core (which reflows the times) and onto the undo stack.

When the sessions use more than one room, the page shows the rooms side by
side instead, one day at a time (a tab per day): time down the side, a
column per room, as the printed agenda does (``organiser.agenda_grid``).
A session is selected there and opened in the session editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from organiser import agenda, events
from organiser.agenda import KIND_LABELS
from organiser.changes import Kind
from organiser.errors import ConflictError, OrganiserError
from organiser.models import Event
from ui import fmt, undo
from ui.context import AppContext
from ui.models.agenda_grid_model import RoomGridModel, TopAlignedDelegate
from ui.models.agenda_model import SESSION_ID_ROLE, AgendaModel, ElidedDelegate
from ui.models.events_model import format_name
from ui.models.sessions_model import kind_name
from ui.pages.base import Page

T = TypeVar("T")


class AgendaPage(Page):
    page_title = "Agenda"
    kinds = frozenset({Kind.SESSION, Kind.EVENT, Kind.SPEAKER, Kind.VENUE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_title = self.tr("Agenda")
        layout = QVBoxLayout(self)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Event and its time zone"))
        layout.addWidget(self.heading)

        zones_row = QHBoxLayout()
        zones_label = QLabel(self.tr("&Viewer time zones:"))
        self.zones_edit = QLineEdit()
        self.zones_edit.setPlaceholderText(self.tr("e.g. America/New_York, Asia/Kolkata"))
        self.zones_edit.setAccessibleName(self.tr("Viewer time zones, separated by commas"))
        zones_label.setBuddy(self.zones_edit)
        self.zones_apply = QPushButton(self.tr("Show zones"))
        self.zones_apply.setAccessibleName(self.tr("Apply viewer time zones"))
        self.zones_edit.returnPressed.connect(self._apply_zones)
        self.zones_apply.clicked.connect(self._apply_zones)
        zones_row.addWidget(zones_label)
        zones_row.addWidget(self.zones_edit, 1)
        zones_row.addWidget(self.zones_apply)
        layout.addLayout(zones_row)

        self.day_tabs = QTabBar()
        self.day_tabs.setAccessibleName(self.tr("Day of the agenda"))
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._day_chosen)
        self.day_tabs.hide()
        layout.addWidget(self.day_tabs)

        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Running order"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Speakers on one line, cut with "…"; the tooltip has them all.
        self.speakers_delegate = ElidedDelegate(self.table)
        self.table.setItemDelegateForColumn(AgendaModel.COL_SPEAKERS, self.speakers_delegate)
        self._fitting = False
        self.table.viewport().installEventFilter(self)

        self.grid_model = RoomGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setAccessibleName(self.tr("Sessions per room"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.setItemDelegate(TopAlignedDelegate(self.grid))
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setMinimumSectionSize(60)
        self.grid.doubleClicked.connect(lambda _i: self.edit_selected())
        self.grid.viewport().installEventFilter(self)
        self.grid.installEventFilter(self)  # Return opens the selected session

        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.grid)
        layout.addWidget(self.views, 1)

        self.model.move_requested.connect(self.move_session)
        # After the cell editor has committed and closed: the change reloads the table.
        self.model.duration_requested.connect(
            self.set_duration, Qt.ConnectionType.QueuedConnection
        )
        self.model.lock_requested.connect(self.set_locked)

        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("New &session:"))
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Title"))
        self.new_title.setAccessibleName(self.tr("Title of the new session"))
        add_label.setBuddy(self.new_title)
        self.new_kind = QComboBox()
        for kind in KIND_LABELS:
            self.new_kind.addItem(kind_name(kind), kind)
        self.new_kind.setAccessibleName(self.tr("Kind of the new session"))
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(0, 24 * 60)
        self.new_minutes.setValue(30)
        self.new_minutes.setSuffix(self.tr(" min"))
        self.new_minutes.setAccessibleName(self.tr("Duration of the new session in minutes"))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add the session at the end"))
        self.add_button.clicked.connect(self.add_session)
        self.new_title.returnPressed.connect(self.add_session)
        self.delete_button = QPushButton(self.tr("De&lete session"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.delete_button.clicked.connect(self.delete_selected)
        add_row.addWidget(add_label)
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.new_minutes)
        add_row.addWidget(self.add_button)
        add_row.addStretch(0)
        add_row.addWidget(self.delete_button)
        layout.addLayout(add_row)

        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.up_button.setAccessibleName(self.tr("Move the selected session earlier"))
        self.down_button.setAccessibleName(self.tr("Move the selected session later"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.up_button.clicked.connect(lambda: self._nudge(-1))
        self.down_button.clicked.connect(lambda: self._nudge(+1))
        QShortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self._nudge(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self._nudge(+1))
        self.edit_button = QPushButton(self.tr("Ed&it session…"))
        self.edit_button.setAccessibleName(self.tr("Open the selected session in the editor"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.print_button = QPushButton(self.tr("&Print agenda…"))
        self.print_button.setAccessibleName(self.tr("Print the agenda as a PDF"))
        self.print_button.clicked.connect(self.open_print_dialog)
        self.announce_button = QPushButton(self.tr("&Announcement…"))
        self.announce_button.setAccessibleName(self.tr("Write the announcement"))
        self.announce_button.clicked.connect(self.open_announce_dialog)
        for b in (self.up_button, self.down_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.announce_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)

        warn_label = QLabel(self.tr("Warnings"))
        layout.addWidget(warn_label)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Agenda warnings"))
        self.warnings.itemActivated.connect(self._show_warning)
        self.warnings.itemClicked.connect(self._show_warning)
        layout.addWidget(self.warnings)

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.message.clear()
        if self.event_id is None:
            self.heading.setText(self.tr("Choose an event to see its agenda."))
            self.model.load(None)
            self.grid_model.load(None, None)
            self._show_rooms(False)
            self.warnings.clear()
            return
        event_id = self.event_id
        try:
            ev, sched = self.ctx.ops.call(
                lambda s: (
                    events.get_event(s, event_id),
                    # Kinds, zone names, days and warnings in the window's language.
                    agenda.build_schedule(s, event_id, lang=fmt.language()),
                )
            )
            heading = self.tr("{title} — {when} — {format}").format(
                title=ev.title,
                when=f"{fmt.when(ev.starts_at, ev.timezone)} ({ev.timezone})",
                format=format_name(ev.format),
            )
            zones = list(ev.viewer_zones or [])
            zone = ev.timezone
            # The zones as shown and the event's version: a zone edit is saved against them.
            self._zones_seen: tuple[list[str], int | None] = (zones, ev.version)
        except OrganiserError as exc:
            self.heading.setText(exc.message)
            self.model.load(None)
            self.grid_model.load(None, None)
            self._show_rooms(False)
            return
        self.heading.setText(heading)
        if not self.zones_edit.hasFocus():
            self.zones_edit.setText(", ".join(zones))
        selected = self._selected_id()
        self.model.load(sched)
        self.grid_model.load(sched, zone)
        multi = len(self.grid_model.grid.rooms) > 1
        self._show_rooms(multi)
        if not multi:
            self._fit_columns()
        self.warnings.clear()
        for w in sched.warnings:
            item = QListWidgetItem(w.message)
            item.setData(Qt.ItemDataRole.UserRole, w.session_ids[0] if w.session_ids else None)
            self.warnings.addItem(item)
        if not sched.warnings:
            self.warnings.addItem(self.tr("No clashes, gaps or overruns."))
        # As tall as its lines (up to five), so the running order keeps the room.
        lines = min(5, max(1, self.warnings.count()))
        row = max(self.warnings.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.warnings.setFixedHeight(lines * row + 2 * self.warnings.frameWidth() + 6)
        if selected is not None:
            self.select_session(selected)

    # -- layout ----------------------------------------------------------------------
    @property
    def rooms_shown(self) -> bool:
        """True when the rooms are side by side (the sessions use more than one room)."""
        return self.views.currentWidget() is self.grid

    def _show_rooms(self, multi: bool) -> None:
        self.views.setCurrentWidget(self.grid if multi else self.table)
        for b in (self.up_button, self.down_button):
            b.setVisible(not multi)
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        if multi:
            for label in self.grid_model.day_labels():
                self.day_tabs.addTab(label)
            self.day_tabs.setCurrentIndex(self.grid_model.day)
        self.day_tabs.blockSignals(False)
        self.day_tabs.setVisible(multi)
        if multi:
            self._lay_out_grid()

    def _day_chosen(self, day: int) -> None:
        if day >= 0:
            self.grid_model.set_day(day)
            self._lay_out_grid()

    def _lay_out_grid(self) -> None:
        """Spans for sessions over several slots or every room; rooms share the width."""
        grid, model = self.grid, self.grid_model
        grid.clearSpans()
        for c in model.cells:
            if c.slots > 1 or c.rooms > 1:
                grid.setSpan(c.slot, 1 + c.room, c.slots, c.rooms)
        header = grid.horizontalHeader()
        if model.columnCount() == 0:
            return
        header.setSectionResizeMode(
            RoomGridModel.COL_TIME, QHeaderView.ResizeMode.ResizeToContents
        )
        for col in range(1, model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M" * 12))
        grid.resizeRowsToContents()
        # A slot is at least as tall as a session with title, speakers and time.
        least = 3 * self.fontMetrics().lineSpacing() + 10
        for r in range(model.rowCount()):
            if grid.rowHeight(r) < least:
                grid.setRowHeight(r, least)

    def _fit_columns(self) -> None:
        """Title takes what is left; speakers are cut; times and warnings stay compact.

        Sized so that at 1366 px the Warnings column is in sight with three viewer
        zones; more zones scroll sideways.
        """
        if self._fitting or self.model.columnCount() == 0:
            return
        self._fitting = True
        try:
            model, table = self.model, self.table
            header = table.horizontalHeader()
            fm, hfm = table.fontMetrics(), header.fontMetrics()
            pad = 14

            def head(col: int) -> int:
                text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                return max(hfm.horizontalAdvance(line) for line in text.split("\n")) + pad

            warn_col = model.columnCount() - 1
            speakers = AgendaModel.COL_SPEAKERS
            minutes, locked = AgendaModel.COL_MINUTES, AgendaModel.COL_LOCKED
            widths = {
                minutes: max(head(minutes), fm.horizontalAdvance("1440") + pad),
                locked: head(locked),
                warn_col: max(head(warn_col), fm.horizontalAdvance("Overlap ×2") + 16 + pad),
            }
            for col in range(AgendaModel.FIXED, warn_col):
                widths[col] = max(head(col), fm.horizontalAdvance("00:00–00:00") + pad)
            avail = table.viewport().width()
            texts = (model.data(model.index(r, speakers)) for r in range(model.rowCount()))
            people = max((fm.horizontalAdvance(str(x or "")) for x in texts), default=0)
            # What the fixed columns leave goes to the title, the speakers taking at most 40 %
            left = avail - sum(widths.values())
            widths[speakers] = max(head(speakers), min(people + pad, max(100, int(left * 0.4))))
            widths[AgendaModel.COL_TITLE] = max(
                fm.horizontalAdvance("M" * 14), left - widths[speakers]
            )
            for col, width in widths.items():
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(col, width)
            table.resizeRowsToContents()
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if (
            watched is getattr(self, "grid", None)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_selected()
            return True
        if event.type() == QEvent.Type.Resize and hasattr(self, "views"):
            if watched is self.table.viewport() and not self.rooms_shown:
                self._fit_columns()
            elif watched is self.grid.viewport() and self.rooms_shown:
                self._lay_out_grid()
        return super().eventFilter(watched, event)

    # -- selection ---------------------------------------------------------------------
    def _show_warning(self, item: QListWidgetItem) -> None:
        """Jump to the first session a warning names."""
        sid = item.data(Qt.ItemDataRole.UserRole)
        if sid is not None:
            self.select_session(int(sid))

    def _selected_id(self) -> int | None:
        if self.rooms_shown:
            idx = self.grid.currentIndex()
            sid = self.grid_model.data(idx, SESSION_ID_ROLE) if idx.isValid() else None
            if sid is None or not self.grid.selectionModel().isSelected(idx):
                return None
            return int(sid)
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = self.model.session_at(rows[0].row())
        return row.session_id if row else None

    def select_session(self, session_id: int) -> None:
        if self.rooms_shown:
            day = self.grid_model.grid.day_of(session_id)
            if day is not None and day != self.day_tabs.currentIndex():
                self.day_tabs.setCurrentIndex(day)  # lays the day out
            idx = self.grid_model.index_of(session_id)
            if idx.isValid():
                self.grid.setCurrentIndex(idx)
                self.grid.scrollTo(idx)
            return
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def edit_selected(self) -> None:
        """Open the selected session in the session editor (title, room, time, line-up)."""
        sid = self._selected_id()
        if sid is None or self.event_id is None:
            self.message.setText(self.tr("Select a session first."))
            return
        from ui.dialogs.session_dialog import SessionDialog

        SessionDialog(self.ctx, self.event_id, sid, self).exec()

    # -- edits -------------------------------------------------------------------------
    def _edit(self, text: str, fn: Callable[[Session], T]) -> T | None:
        """An agenda change as one undo step; the runner's broadcast reloads the page."""
        if self.event_id is None:
            return None
        try:
            return undo.run(self.ctx, text, [undo.agenda_of(self.event_id)], fn, what="session")
        except OrganiserError as exc:
            if isinstance(exc, ConflictError):
                self.refresh()  # a teammate saved first: show their values
            self.message.setText(exc.message)
            return None

    def _version_of(self, session_id: int) -> int | None:
        """The session's version as the table shows it (a cell edit passes it along)."""
        row = self.model.session_at(self.model.row_of(session_id))
        return row.version if row is not None else None

    def move_session(self, session_id: int, new_index: int) -> None:
        self._edit(self.tr("Move session"), lambda s: agenda.move_session(s, session_id, new_index))
        self.select_session(session_id)

    def set_duration(self, session_id: int, minutes: int) -> None:
        seen = self._version_of(session_id)
        self._edit(
            self.tr("Change duration"),
            lambda s: agenda.set_duration(s, session_id, minutes, expected_version=seen),
        )

    def set_locked(self, session_id: int, locked: bool) -> None:
        text = self.tr("Lock session") if locked else self.tr("Unlock session")
        seen = self._version_of(session_id)
        self._edit(text, lambda s: agenda.set_locked(s, session_id, locked, expected_version=seen))

    def add_session(self) -> None:
        if self.event_id is None:
            return
        event_id = self.event_id
        fields = {
            "title": self.new_title.text(),
            "kind": self.new_kind.currentData(),
            "duration_minutes": self.new_minutes.value(),
        }
        new_id = self._edit(
            self.tr("Add session “%1”").replace("%1", fields["title"]),
            lambda s: agenda.add_session(s, event_id, **fields).id,
        )
        if new_id is None:
            return
        self.new_title.clear()
        self.select_session(new_id)

    def delete_selected(self) -> None:
        sid = self._selected_id()
        if sid is None or self.event_id is None:
            self.message.setText(self.tr("Select a session first."))
            return
        row = self.model.session_at(self.model.row_of(sid))
        title = row.title if row is not None else ""

        def delete(s: Session) -> bool:
            agenda.delete_session(s, sid)
            return True

        if self._edit(self.tr("Delete session"), delete):
            self.message.setText(self.tr("Deleted “{0}”; Undo puts it back.").format(title))

    def _nudge(self, step: int) -> None:
        sid = self._selected_id()
        if sid is None:
            self.message.setText(self.tr("Select a session first."))
            return
        row = self.model.row_of(sid)
        target = row + step
        if 0 <= target < self.model.rowCount():
            self.move_session(sid, target)

    def _apply_zones(self) -> None:
        if self.event_id is None:
            return
        event_id = self.event_id
        old, seen = getattr(self, "_zones_seen", (None, None))
        try:
            new = agenda.parse_zones(self.zones_edit.text())
            if new != old:
                undo.run(
                    self.ctx,
                    self.tr("Change viewer time zones"),
                    [undo.row(Event, event_id)],
                    lambda s: events.update_event(
                        s, event_id, expected_version=seen, viewer_zones=new
                    ),
                    what="event",
                )
        except OrganiserError as exc:
            if isinstance(exc, ConflictError):  # a teammate changed the event: show theirs
                self.zones_edit.clearFocus()
                self.refresh()
            self.message.setText(exc.message)
            return
        self.zones_edit.clearFocus()
        self.refresh()

    # -- dialogs -------------------------------------------------------------------------
    def open_print_dialog(self) -> None:
        if self.event_id is None:
            return
        from ui.dialogs.agenda_print_dialog import AgendaPrintDialog

        AgendaPrintDialog(self.ctx, self.event_id, self).exec()

    def open_announce_dialog(self) -> None:
        if self.event_id is None:
            return
        from ui.dialogs.announce_dialog import AnnounceDialog

        AnnounceDialog(self.ctx, self.event_id, self).exec()
