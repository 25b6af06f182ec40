"""File ▸ Import schedule… and Export schedule…: file dialogs around organiser.schedule.

Reading, matching and writing all happen in the core; this only asks which
file (and, with an event selected, whether to add to it) and reports back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from organiser.errors import OrganiserError
from organiser.output import write_atomic
from organiser.schedule import ImportReport, export_schedule, import_schedule
from ui.context import AppContext


class ScheduleActions(QObject):
    """Owned by the main window; ``last_report`` is what the last import did."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.last_report: ImportReport | None = None

    def import_file(self, path: str | None = None, *, into_current: bool | None = None) -> bool:
        """Import a pretalx/frab or Sessionize file; True when something was imported."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import a schedule"),
                "",
                self.tr("Schedules (*.json *.xml *.csv *.xlsx)"),
            )
            if not path:
                return False
        event_id = self.ctx.current_event_id
        if event_id is not None and into_current is None:
            box = QMessageBox(self.window)
            box.setWindowTitle(self.tr("Import a schedule"))
            box.setText(self.tr("Add the sessions to the selected event, or make a new event?"))
            add = box.addButton(self.tr("Add to this event"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("New event"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Cancel):
                return False
            into_current = box.clickedButton() is add
        target = event_id if into_current else None
        try:
            source = Path(path)
            report = self.ctx.ops.call(lambda s: import_schedule(s, source, event_id=target))
        except OrganiserError as exc:
            QMessageBox.warning(self.window, self.tr("Import a schedule"), str(exc))
            return False
        self.last_report = report  # the runner has told the pages what changed
        self.ctx.select_event(report.event_id)
        self._status(report.summary().splitlines()[0])
        return True

    def export_file(self, path: str | None = None) -> Path | None:
        """Write the selected event's schedule as frab XML or c3voc JSON."""
        event_id = self.ctx.current_event_id
        if event_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export the schedule"),
                "schedule.xml",
                self.tr("frab schedule XML (*.xml);;c3voc schedule JSON (*.json)"),
            )
            if not path:
                return None
        try:
            target_path = path
            data = self.ctx.ops.call(lambda s: export_schedule(s, event_id, target_path))
            target = write_atomic(path, data)
        except OrganiserError as exc:
            QMessageBox.warning(self.window, self.tr("Export the schedule"), str(exc))
            return None
        self._status(self.tr("Schedule written to %1").replace("%1", str(target)))
        return target

    def _status(self, text: str) -> None:
        bar: Any = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)
