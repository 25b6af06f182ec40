"""Add or correct one person; the core validates and remembers hand edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser import attendees as core
from organiser.changes import ChangeSet
from organiser.errors import ConflictError, OrganiserError, ValidationError
from organiser.models import ATTENDEE_ROLES, RSVP_STATES
from ui.models.attendees_model import role_labels, rsvp_labels
from ui.ops import Runner


class AttendeeDialog(QDialog):
    """Edit an attendee (``attendee_id``) or add one to ``event_id``."""

    def __init__(
        self,
        ops: Runner,
        event_id: int,
        attendee_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.event_id = event_id
        self.attendee_id = attendee_id
        self.setWindowTitle(self.tr("Edit attendee") if attendee_id else self.tr("Add attendee"))
        self.setMinimumWidth(440)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in (
            ("first_name", self.tr("&First name")),
            ("last_name", self.tr("&Last name")),
            ("email", self.tr("&Email")),
            ("company", self.tr("&Company")),
            ("job_title", self.tr("&Job title")),
            ("pronouns", self.tr("&Pronouns")),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(label.replace("&", ""))
            self.fields[key] = edit
            form.addRow(label, edit)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for value in ATTENDEE_ROLES:
            self.role.addItem(role_labels()[value], value)
        self.rsvp = QComboBox()
        self.rsvp.setAccessibleName(self.tr("RSVP"))
        for value in RSVP_STATES:
            self.rsvp.addItem(rsvp_labels()[value], value)
        self.guests = QSpinBox()
        self.guests.setRange(0, 1000)
        self.guests.setAccessibleName(self.tr("Guests"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("RS&VP"), self.rsvp)
        form.addRow(self.tr("&Guests"), self.guests)
        form.addRow(self.tr("&Notes"), self.notes)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold")
        self.error.setAccessibleName(self.tr("Problem"))
        self.kept = QLabel()
        self.kept.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.kept)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        if attendee_id is not None:
            self._load(attendee_id)

    def _load(self, attendee_id: int) -> None:
        a = self.ops.call(lambda s: core.get_attendee(s, attendee_id))
        self.version: int | None = a.version  # a save over someone else's change refuses
        for key, edit in self.fields.items():
            edit.setText(getattr(a, key) or "")
        self.role.setCurrentIndex(max(self.role.findData(a.role), 0))
        self.rsvp.setCurrentIndex(max(self.rsvp.findData(a.rsvp), 0))
        self.guests.setValue(a.guests)
        self.notes.setPlainText(a.notes)
        edited = list(a.edited_fields or [])
        if edited:
            self.kept.setText(
                self.tr("Edited by hand, kept when the list is imported again: %1").replace(
                    "%1", ", ".join(edited)
                )
            )

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {k: e.text() for k, e in self.fields.items()}
        out["role"] = self.role.currentData()
        out["rsvp"] = self.rsvp.currentData()
        out["guests"] = self.guests.value()
        out["notes"] = self.notes.toPlainText()
        return out

    def save(self) -> None:
        values = self.values()
        try:
            attendee_id, event_id = self.attendee_id, self.event_id
            version = getattr(self, "version", None)

            def save(s: Any) -> int:
                if attendee_id is None:
                    first = str(values.pop("first_name"))
                    return int(core.add_attendee(s, event_id, first_name=first, **values).id)
                return int(
                    core.update_attendee(s, attendee_id, expected_version=version, **values).id
                )

            self.attendee_id = self.ops.call(save)
        except ValidationError as exc:
            self.error.setText(exc.message)
            widget = self.fields.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        except ConflictError as exc:
            # Both values shown; the pages behind show theirs; Save again saves over them.
            self.error.setText(exc.message)
            if exc.their_version is not None:
                self.version = exc.their_version
            self.ops.announce(ChangeSet.everything())
            return
        except OrganiserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
