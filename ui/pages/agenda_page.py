"""The Agenda page: the running order with a time column per zone and warnings inline.

Sessions are reordered by drag and drop (or Move up / Move down for the
keyboard); durations and locks are edited in the table. Every edit goes
through the core (which reflows the times) and onto the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from organiser import agenda, events
from organiser.agenda import KIND_LABELS
from organiser.changes import Kind
from organiser.errors import OrganiserError
from organiser.models import Event
from ui import fmt, undo
from ui.context import AppContext
from ui.models.agenda_model import AgendaModel
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
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

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
        self.print_button = QPushButton(self.tr("&Print agenda…"))
        self.print_button.setAccessibleName(self.tr("Print the agenda as a PDF"))
        self.print_button.clicked.connect(self.open_print_dialog)
        self.announce_button = QPushButton(self.tr("&Announcement…"))
        self.announce_button.setAccessibleName(self.tr("Write the announcement"))
        self.announce_button.clicked.connect(self.open_announce_dialog)
        for b in (self.up_button, self.down_button):
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
        except OrganiserError as exc:
            self.heading.setText(exc.message)
            self.model.load(None)
            return
        self.heading.setText(heading)
        if not self.zones_edit.hasFocus():
            self.zones_edit.setText(", ".join(zones))
        selected = self._selected_id()
        self.model.load(sched)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            AgendaModel.COL_TITLE, QHeaderView.ResizeMode.Interactive
        )
        # Title and speakers give up some width on a narrow window, so the first
        # viewer zone stays in sight; the rest scroll sideways.
        room = self.table.viewport().width()
        self.table.setColumnWidth(AgendaModel.COL_TITLE, max(200, min(270, int(room * 0.30))))
        self.table.setColumnWidth(AgendaModel.COL_SPEAKERS, max(170, min(220, int(room * 0.25))))
        self.table.resizeRowsToContents()
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

    def _show_warning(self, item: QListWidgetItem) -> None:
        """Jump to the first session a warning names."""
        sid = item.data(Qt.ItemDataRole.UserRole)
        if sid is not None:
            self.select_session(int(sid))
            self.table.scrollTo(self.model.index(self.model.row_of(int(sid)), 0))

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = self.model.session_at(rows[0].row())
        return row.session_id if row else None

    def select_session(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- edits -------------------------------------------------------------------------
    def _edit(self, text: str, fn: Callable[[Session], T]) -> T | None:
        """An agenda change as one undo step; the runner's broadcast reloads the page."""
        if self.event_id is None:
            return None
        try:
            return undo.run(self.ctx, text, [undo.agenda_of(self.event_id)], fn, what="session")
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return None

    def move_session(self, session_id: int, new_index: int) -> None:
        self._edit(self.tr("Move session"), lambda s: agenda.move_session(s, session_id, new_index))
        self.select_session(session_id)

    def set_duration(self, session_id: int, minutes: int) -> None:
        self._edit(
            self.tr("Change duration"), lambda s: agenda.set_duration(s, session_id, minutes)
        )

    def set_locked(self, session_id: int, locked: bool) -> None:
        text = self.tr("Lock session") if locked else self.tr("Unlock session")
        self._edit(text, lambda s: agenda.set_locked(s, session_id, locked))

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
        try:
            new = agenda.parse_zones(self.zones_edit.text())
            old = self.ctx.ops.call(
                lambda s: list(events.get_event(s, event_id).viewer_zones or [])
            )
            if new != old:
                undo.run(
                    self.ctx,
                    self.tr("Change viewer time zones"),
                    [undo.row(Event, event_id)],
                    lambda s: events.update_event(s, event_id, viewer_zones=new),
                    what="event",
                )
        except OrganiserError as exc:
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
