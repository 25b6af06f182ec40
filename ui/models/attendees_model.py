"""The Attendees table: a model over core rows, a proxy that filters, delegates that edit.

Edits (role, RSVP) are saved through :mod:`organiser.attendees`, which records
them as hand edits so a later re-import keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from organiser import attendees as core
from organiser.errors import ConflictError
from organiser.models import ATTENDEE_ROLES, RSVP_STATES
from organiser.textnorm import fold
from ui import fmt
from ui.ops import Runner, one_line

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_EMAIL, COL_COMPANY, COL_ROLE, COL_RSVP, COL_CHECKED_IN, COL_SOURCE = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored value ("not_going") behind the label


# lupdate reads only literal translate() calls: the words _tr() is given, for the .ts.
_WORDS = (
    QT_TRANSLATE_NOOP("AttendeesModel", "Attendee"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Speaker"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Organiser"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Volunteer"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Sponsor"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Going"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Waitlist"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Not going"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Invited"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Added by hand"),
    QT_TRANSLATE_NOOP("AttendeesModel", "CSV file"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Walk-in"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Name"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Email"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Company"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Role"),
    QT_TRANSLATE_NOOP("AttendeesModel", "RSVP"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Checked in"),
    QT_TRANSLATE_NOOP("AttendeesModel", "Source"),
    QT_TRANSLATE_NOOP(
        "AttendeesModel", "Said they were going but did not come to two or more past events."
    ),
    QT_TRANSLATE_NOOP("AttendeesModel", "Edited by hand (kept on re-import): %s"),
    QT_TRANSLATE_NOOP("AttendeesModel", " (repeat no-show)"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendeesModel", text)


def role_labels() -> dict[str, str]:
    return {
        "attendee": _tr("Attendee"),
        "speaker": _tr("Speaker"),
        "organiser": _tr("Organiser"),
        "volunteer": _tr("Volunteer"),
        "sponsor": _tr("Sponsor"),
    }


def rsvp_labels() -> dict[str, str]:
    return {
        "going": _tr("Going"),
        "waitlist": _tr("Waitlist"),
        "not_going": _tr("Not going"),
        "invited": _tr("Invited"),
    }


def source_labels() -> dict[str, str]:
    return {
        "manual": _tr("Added by hand"),
        "meetup": "Meetup",
        "eventbrite": "Eventbrite",
        "luma": "Luma",
        "tito": "Ti.to",
        "zoom": "Zoom",
        "pretix": "pretix",
        "generic": _tr("CSV file"),
        "walk_in": _tr("Walk-in"),
    }


class AttendeesModel(QAbstractTableModel):
    """Rows of :class:`organiser.attendees.AttendeeRow` for one event."""

    error = Signal(str)  # a save was refused: the message for the user
    saved = Signal()  # a row was changed in the database

    def __init__(self, ops: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.event_id: int | None = None
        self.rows: list[core.AttendeeRow] = []
        self.zone = "UTC"
        # Cell edits not saved yet, per person, oldest first (see setData).
        self._unsaved: dict[int, list[tuple[Callable[..., Any], str]]] = {}

    # -- loading ---------------------------------------------------------------
    def load(self, event_id: int | None) -> None:
        from organiser.events import get_event

        rows: list[core.AttendeeRow] = []
        if event_id is not None:
            rows, self.zone = self.ops.call(
                lambda s: (core.attendee_rows(s, event_id), get_event(s, event_id).timezone)
            )
        self.beginResetModel()
        self.event_id = event_id
        self.rows = rows
        self.endResetModel()

    def row_by_id(self, attendee_id: int) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == attendee_id:
                return i
        return None

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _tr("Name"),
            _tr("Email"),
            _tr("Company"),
            _tr("Role"),
            _tr("RSVP"),
            _tr("Checked in"),
            _tr("Source"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return r.full_name + ("  ⚠" if r.repeat_no_show else "")
            if col == COL_EMAIL:
                return r.email
            if col == COL_COMPANY:
                return r.company
            if col == COL_ROLE:
                return role_labels().get(r.role, r.role)
            if col == COL_RSVP:
                return rsvp_labels().get(r.rsvp, r.rsvp)
            if col == COL_CHECKED_IN:
                if r.checked_in_at is None:
                    return ""
                return r.checked_in_at.in_timezone(self.zone).format(
                    "ddd D MMM, HH:mm", locale=fmt.language()
                )
            if col == COL_SOURCE:
                return source_labels().get(r.source, r.source)
        if role == VALUE_ROLE:
            return {COL_ROLE: r.role, COL_RSVP: r.rsvp}.get(col)
        if role == SORT_ROLE:
            if col == COL_NAME:
                return fold(f"{r.last_name} {r.first_name}")
            if col == COL_CHECKED_IN:
                return r.checked_in_at.timestamp() if r.checked_in_at else 0.0
            if col == COL_RSVP:
                return RSVP_STATES.index(r.rsvp) if r.rsvp in RSVP_STATES else 9
            return fold(str(self.data(index, Qt.ItemDataRole.DisplayRole) or ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAME and r.repeat_no_show:
                return _tr("Said they were going but did not come to two or more past events.")
            if col in (COL_NAME, COL_ROLE, COL_RSVP) and r.edited_fields:
                return _tr("Edited by hand (kept on re-import): %s") % ", ".join(r.edited_fields)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_NAME:
            return r.full_name + (_tr(" (repeat no-show)") if r.repeat_no_show else "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (COL_ROLE, COL_RSVP):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = index.column()
        if col not in (COL_ROLE, COL_RSVP):
            return False
        r = self.rows[index.row()]
        change = core.set_role if col == COL_ROLE else core.set_rsvp
        # One save per person at a time: the next one leaves with the version the
        # previous one stored, so two quick edits of one row never refuse each other.
        queue = self._unsaved.setdefault(r.id, [])
        queue.append((change, str(value)))
        if len(queue) == 1:
            self._send(r.id)
        return True

    def _send(self, attendee_id: int) -> None:
        """Save the person's oldest unsaved cell with the version their row was read at."""
        queue = self._unsaved.get(attendee_id)
        at = self.row_by_id(attendee_id)
        if not queue or at is None:
            self._unsaved.pop(attendee_id, None)
            return
        change, text = queue[0]
        r = self.rows[at]

        def shown(new_row: core.AttendeeRow) -> None:
            row = self.row_by_id(new_row.id)
            if row is None:
                return
            self.rows[row] = new_row
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

        def saved(new_row: core.AttendeeRow) -> None:
            shown(new_row)
            self.saved.emit()
            self._next(attendee_id)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ConflictError):
                # A teammate saved this person first: show what is stored now (theirs),
                # and drop this person's other unsaved cells (they were based on ours).
                self._unsaved.pop(attendee_id, None)
                self.ops.submit(
                    lambda s: core.row_of(core.get_attendee(s, attendee_id), r.repeat_no_show),
                    shown,
                    lambda _exc: None,
                )
            else:
                self._next(attendee_id)
            self.error.emit(one_line(exc))

        # Saved off the GUI thread, and never while the cell editor is still committing:
        # the row shows the stored value once the database has it. The version read
        # with the row goes along: a save by someone else meanwhile is refused.
        self.ops.submit(
            lambda s: core.row_of(
                change(s, attendee_id, text, expected_version=r.version), r.repeat_no_show
            ),
            saved,
            refused,
        )

    def _next(self, attendee_id: int) -> None:
        queue = self._unsaved.get(attendee_id)
        if queue:
            queue.pop(0)
        if queue:
            self._send(attendee_id)
        else:
            self._unsaved.pop(attendee_id, None)


class AttendeesFilter(QSortFilterProxyModel):
    """Filter by typed text (any part of name, email or company, accents ignored) and status."""

    STATUSES = (
        "all",
        "going",
        "waitlist",
        "invited",
        "not_going",
        "checked_in",
        "not_checked_in",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._status = "all"
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._changing_filter(lambda: setattr(self, "_tokens", fold(text).split()))

    def set_status(self, status: str) -> None:
        self._changing_filter(lambda: setattr(self, "_status", status))

    def _changing_filter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, AttendeesModel)
        r = model.rows[source_row]
        if self._status in RSVP_STATES and r.rsvp != self._status:
            return False
        if self._status == "checked_in" and r.checked_in_at is None:
            return False
        if self._status == "not_checked_in" and r.checked_in_at is not None:
            return False
        key = r.search_key
        return all(t in key for t in self._tokens)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for role or RSVP; it stores the value, shows the label."""

    def __init__(self, choices: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("AttendeesModel", "Choose a value"))
        for value, label in self.choices.items():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(VALUE_ROLE)
        pos = editor.findData(value)
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(VALUE_ROLE):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


def role_delegate(parent: QObject | None = None) -> ChoiceDelegate:
    labels = role_labels()
    return ChoiceDelegate({r: labels[r] for r in ATTENDEE_ROLES}, parent)


def rsvp_delegate(parent: QObject | None = None) -> ChoiceDelegate:
    labels = rsvp_labels()
    return ChoiceDelegate({r: labels[r] for r in RSVP_STATES}, parent)
