"""Create or edit a venue of the library."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from organiser.models import Venue
from organiser.venues import EDITABLE_FIELDS, LINE_FIELDS, MULTILINE_FIELDS
from ui import undo
from ui.context import AppContext
from ui.dialogs.editor import EditorDialog
from ui.fmt import targ  # noqa: E402

TEXT_FIELDS = MULTILINE_FIELDS


class VenueDialog(EditorDialog):
    def __init__(
        self, ctx: AppContext, venue_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("New venue") if venue_id is None else self.tr("Edit venue"), parent
        )
        self.venue_id = venue_id
        self.version: int | None = None
        self.before: dict[str, Any] = {}
        self.resize(560, 620)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Talent Garden Ostiense"))
        self.add_field("name", self.tr("&Name:"), self.name)
        self.address = self._text(self.tr("&Address:"), "address", 56)
        self.map_url = self._line(
            self.tr("&Map link:"), "map_url", "https://www.openstreetmap.org/…"
        )
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("Unknown"))
        self.add_field("capacity", self.tr("&Capacity:"), self.capacity)
        self.contact_name = self._line(self.tr("Contact:"), "contact_name")
        self.contact_email = self._line(self.tr("Contact email:"), "contact_email")
        self.contact_phone = self._line(self.tr("Contact phone:"), "contact_phone")
        self.accessibility = self._text(self.tr("Accessibility:"), "accessibility", 56)
        self.wifi_name = self._line(self.tr("Wi-Fi name:"), "wifi_name")
        self.wifi_password = self._line(self.tr("Wi-Fi password:"), "wifi_password")
        self.av_equipment = self._text(self.tr("A/V equipment:"), "av_equipment", 56)
        self.closing_time = self._line(self.tr("Closes at:"), "closing_time", "22:30")
        self.notes = self._text(self.tr("Notes:"), "notes", 56)
        if venue_id is not None:
            self._load(venue_id)
        self.name.setFocus()

    def _line(self, label: str, name: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit(self)
        w.setPlaceholderText(placeholder)
        self.add_field(name, label, w)
        return w

    def _text(self, label: str, name: str, height: int) -> QPlainTextEdit:
        w = QPlainTextEdit(self)
        w.setTabChangesFocus(True)
        w.setFixedHeight(height)
        self.add_field(name, label, w)
        return w

    def _load(self, venue_id: int) -> None:
        from organiser.venues import get_venue

        v = self.ctx.ops.call(lambda s: get_venue(s, venue_id))
        self.version = v.version
        self.before = self._values_of(v)
        b = self.before
        self.name.setText(b["name"])
        self.capacity.setValue(b["capacity"] or 0)
        for f in TEXT_FIELDS:
            getattr(self, f).setPlainText(b[f] or "")
        for f in LINE_FIELDS:
            getattr(self, f).setText(b[f] or "")

    @staticmethod
    def _values_of(v: Any) -> dict[str, Any]:
        out = {f: getattr(v, f) for f in EDITABLE_FIELDS}
        return out

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name.text(), "capacity": self.capacity.value() or None}
        for f in TEXT_FIELDS:
            data[f] = getattr(self, f).toPlainText()
        for f in LINE_FIELDS:
            data[f] = getattr(self, f).text()
        return data

    def save(self) -> None:
        from organiser import venues

        data = self.values()
        venue_id, version = self.venue_id, self.version
        if venue_id is None:
            v = undo.create(
                self.ctx,
                lambda v: targ(self.tr("Create venue “%1”"), v.name),
                lambda s: venues.create_venue(s, **data),
                lambda v: [undo.tree(Venue, v.id)],
                what="venue",
            )
        else:
            v = undo.run(
                self.ctx,
                lambda v: targ(self.tr("Edit venue “%1”"), v.name),
                [undo.row(Venue, venue_id)],
                lambda s: venues.update_venue(s, venue_id, expected_version=version, **data),
                what="venue",
            )
        self.saved_id = v.id
