"""The venue library."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from organiser.overview import VenueSummary
from ui.models.table import Column, RecordTableModel


class VenuesModel(RecordTableModel[VenueSummary]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda v: v.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Address"), lambda v: v.address.replace("\n", ", ")),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Capacity"),
            lambda v: "" if v.capacity is None else str(v.capacity),
            sort=lambda v: -1 if v.capacity is None else v.capacity,
            align=Qt.AlignmentFlag.AlignRight,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Contact"), lambda v: v.contact_name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Events"),
            lambda v: str(v.events),
            sort=lambda v: v.events,
            align=Qt.AlignmentFlag.AlignRight,
        ),
    )
