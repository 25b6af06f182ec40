"""Find a time slot: a heat strip of the day for an audience spread over time zones."""

from __future__ import annotations

from pendulum import DateTime
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organiser import slots as sl
from organiser.errors import OrganiserError
from ui import fmt
from ui.context import AppContext
from ui.widgets.heat_strip import HeatStrip

TOP = 10


def _event_defaults(ctx: AppContext, event_id: int | None) -> tuple[str, int, str]:
    """Audience zones, duration and UTC date taken from the event (the only data read)."""
    if event_id is None:
        return "", 90, ""
    d = ctx.ops.call(lambda s: sl.event_defaults(s, event_id))
    return d.audience_text(), d.duration_minutes, d.date.isoformat()


def _move_event(ctx: AppContext, event_id: int, start: DateTime) -> tuple[str, str]:
    """Move the event (sessions and due dates follow) as one undo step; returns title, when."""
    from organiser.events import update_event
    from ui import undo

    ev = undo.run(
        ctx,
        lambda ev: QCoreApplication.translate("SlotFinderDialog", "Move event “%1”").replace(
            "%1", ev.title
        ),
        undo.event_edit(event_id),
        lambda s: update_event(s, event_id, starts_at=start),
        what="event",
    )
    title, zone = ev.title, ev.timezone
    return title, f"{fmt.when(start, zone)} ({zone})"


class SlotFinderDialog(QDialog):
    def __init__(
        self, ctx: AppContext, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.current: int | None = None
        self.setWindowTitle(self.tr("Find a time slot"))
        self.resize(820, 560)
        self.audience: list[sl.AudienceZone] = []
        self.slots: list[sl.Slot] = []
        self.ranked: list[sl.Slot] = []
        self.date = None
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.zones_edit = QLineEdit()
        self.zones_edit.setPlaceholderText("Europe/Rome:50, America/New_York:30, Asia/Kolkata:20")
        self.zones_edit.setAccessibleName(self.tr("Audience time zones with weights"))
        form.addRow(self.tr("&Audience (zone:weight):"), self.zones_edit)
        self.duration = QSpinBox()
        self.duration.setRange(15, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Session length in minutes"))
        form.addRow(self.tr("&Duration:"), self.duration)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("2027-01-20")
        self.date_edit.setAccessibleName(self.tr("Date (UTC)"))
        form.addRow(self.tr("Da&te (UTC):"), self.date_edit)
        self.window_edit = QLineEdit("08:00-22:00")
        self.window_edit.setAccessibleName(self.tr("Local hours the whole session must fit in"))
        form.addRow(self.tr("&Local window:"), self.window_edit)
        layout.addLayout(form)

        self.strip = HeatStrip()
        self.strip.setAccessibleName(self.tr("Share of the audience for each start time (UTC)"))
        layout.addWidget(self.strip)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Selected start"))
        layout.addWidget(self.detail)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Best start times"))
        layout.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.move_button = QPushButton(self.tr("&Move the event to this start"))
        self.move_button.setVisible(event_id is not None)
        self.move_button.clicked.connect(self.move_event)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        zones, minutes, date = _event_defaults(ctx, event_id)
        self.zones_edit.setText(zones)
        self.duration.setValue(minutes)
        self.date_edit.setText(date)
        for edit in (self.zones_edit, self.date_edit, self.window_edit):
            edit.editingFinished.connect(self.update_slots)
        self.duration.valueChanged.connect(lambda _v: self.update_slots())
        self.strip.cell_clicked.connect(self.show_slot)
        self.table.itemSelectionChanged.connect(self._table_picked)
        self.update_slots()

    def update_slots(self) -> None:
        try:
            self.audience = sl.parse_audience(self.zones_edit.text())
            self.date = sl.parse_date(self.date_edit.text())
            window = sl.parse_window(self.window_edit.text())
            self.slots = sl.find_slots(self.audience, self.duration.value(), self.date, window)
        except OrganiserError as exc:
            self.status.setText(exc.message)
            self.strip.set_cells([])
            self.table.setRowCount(0)
            self.detail.clear()
            self.current = None
            self.move_button.setEnabled(False)
            return
        self.status.setText(
            self.tr("Green: the whole session falls inside everyone's local window.")
        )
        self.ranked = sl.rank_slots(self.slots)
        best = self.slots.index(self.ranked[0])
        self.strip.set_cells([(x.utc_label(), x.coverage_percent) for x in self.slots], best)
        headers = [self.tr("Start (UTC)"), self.tr("Audience")]
        headers += [z.zone.split("/")[-1].replace("_", " ") for z in self.audience]
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(min(TOP, len(self.ranked)))
        for row, slot in enumerate(self.ranked[:TOP]):
            cells = [slot.utc_label(), f"{sl.percent_label(slot.coverage_percent)} %"]
            cells += [sl.local_label(x, self.date) for x in slot.local_starts]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2 and not slot.fits[col - 2]:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        self.show_slot(best)

    def _table_picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.ranked):
            i = self.slots.index(self.ranked[rows[0].row()])
            self.strip.select(i)
            self.show_slot(i)

    def show_slot(self, index: int) -> None:
        if not 0 <= index < len(self.slots) or self.date is None:
            return
        slot = self.slots[index]
        self.current = index
        self.move_button.setEnabled(True)
        parts = [
            f"{z.zone.split('/')[-1].replace('_', ' ')} {sl.local_label(x, self.date)}"
            f" {'✓' if ok else '✗'}"
            for z, x, ok in zip(self.audience, slot.local_starts, slot.fits, strict=True)
        ]
        self.detail.setText(
            f"{slot.utc_label()} UTC · {sl.percent_label(slot.coverage_percent)} % — "
            + ", ".join(parts)
        )

    def move_event(self) -> None:
        if self.event_id is None or self.current is None:
            return
        try:
            title, when = _move_event(self.ctx, self.event_id, self.slots[self.current].utc_start)
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(fmt.targ(self.tr("“%1” now starts %2."), title, when))
