"""Make a series: N events from this one, each in the next zone of a rotation if asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from organiser import series as sr
from organiser.errors import OrganiserError
from ui import fmt
from ui.context import AppContext


class _SeriesData:
    """The dialog's only way to the database: read the source event, make the series."""

    def __init__(self, ctx: AppContext, event_id: int) -> None:
        self.ctx, self.event_id = ctx, event_id

    def source(self) -> tuple[str, object, str]:
        from organiser.events import get_event

        event_id = self.event_id

        def read(s: Any) -> tuple[str, object, str]:
            ev = get_event(s, event_id)
            return ev.title, ev.starts_at, ev.timezone

        return self.ctx.ops.call(read)

    def make(
        self,
        every: sr.Recurrence,
        count: int,
        rotation: list[sr.RotationStop],
        local_time: tuple[int, int] | None,
    ) -> list[int]:
        from organiser.models import Event
        from ui import undo

        event_id = self.event_id

        def make(s: Any) -> list[int]:
            made = sr.make_series(
                s, event_id, every=every, count=count, rotation=rotation, local_time=local_time
            )
            return [e.id for e in made]

        # One Edit ▸ Undo step takes the whole series back (and Redo brings it again).
        return undo.create(
            self.ctx,
            lambda ids: fmt.targ(
                QCoreApplication.translate("MakeSeriesDialog", "Make a series of %1 events"),
                len(ids),
            ),
            make,
            lambda ids: [undo.tree(Event, i) for i in ids],
            what="series",
        )


class MakeSeriesDialog(QDialog):
    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = _SeriesData(ctx, event_id)
        self.made: list[int] = []
        self.title, self.start, self.zone = self.data.source()
        self.setWindowTitle(self.tr("Make a series"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt.targ(
                self.tr(
                    "New events after “%1”: same venue, stream links (no keys), agenda "
                    "skeleton and checklists, re-dated. Each stays independent."
                ),
                self.title,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.every = QComboBox()
        self.every.setEditable(True)
        for value in ("1w", "2w", "1m", "first thu", "last fri"):
            self.every.addItem(value)
        self.every.setAccessibleName(self.tr("How often"))
        form.addRow(self.tr("&Every:"), self.every)
        self.count = QSpinBox()
        self.count.setRange(1, sr.MAX_COUNT)
        self.count.setValue(4)
        self.count.setAccessibleName(self.tr("How many new events"))
        form.addRow(self.tr("&New events:"), self.count)
        self.rotate_edit = QLineEdit()
        self.rotate_edit.setPlaceholderText("Europe/Rome=18:30, America/New_York=12:00")
        self.rotate_edit.setAccessibleName(self.tr("Time zones to rotate through"))
        form.addRow(self.tr("&Rotate zones:"), self.rotate_edit)
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(fmt.clock(self.start, self.zone))  # type: ignore[arg-type]
        self.time_edit.setAccessibleName(self.tr("Local start time"))
        form.addRow(self.tr("&Local start:"), self.time_edit)
        layout.addLayout(form)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Local start"), self.tr("Time zone"), self.tr("UTC")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("The events to be made"))
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("&Make the events"))
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create)
        layout.addWidget(buttons)

        self.every.currentTextChanged.connect(lambda _t: self.update_plan())
        self.count.valueChanged.connect(lambda _v: self.update_plan())
        self.rotate_edit.textChanged.connect(lambda _t: self.update_plan())
        self.time_edit.textChanged.connect(lambda _t: self.update_plan())
        self.update_plan()

    def _inputs(
        self,
    ) -> tuple[sr.Recurrence, int, list[sr.RotationStop], tuple[int, int] | None]:
        every = sr.parse_every(self.every.currentText())
        rotation = sr.parse_rotation(self.rotate_edit.text())
        text = self.time_edit.text().strip()
        local_time = sr.parse_local_time(text) if text else None
        return every, self.count.value(), rotation, local_time

    def update_plan(self) -> bool:
        try:
            every, count, rotation, local_time = self._inputs()
            plans = sr.plan_series(
                self.start,  # type: ignore[arg-type]
                self.zone,
                every,
                count,
                rotation,
                local_time,
            )
        except OrganiserError as exc:
            self.status.setText(exc.message)
            self.create_button.setEnabled(False)
            self.table.setRowCount(0)
            return False
        self.table.setRowCount(len(plans))
        for row, p in enumerate(plans):
            cells = (fmt.when(p.starts_at, p.zone), p.zone, fmt.clock(p.starts_at, "UTC"))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.status.setText(fmt.targ(self.tr("%1 new events."), len(plans)))
        self.create_button.setEnabled(True)
        return True

    def create(self) -> None:
        if not self.update_plan():
            return
        try:
            self.made = self.data.make(*self._inputs())
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return
        self.accept()
