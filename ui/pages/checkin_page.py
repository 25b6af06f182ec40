"""Check-in page: made for the door, driven by the keyboard alone.

Type any part of a name or email (accents and case do not matter), Up/Down to
pick, Enter to check in, Ctrl+Z to undo, Ctrl+N for a walk-in, Ctrl+P to
reprint the badge, Esc to clear. Searching runs on the core's in-memory
:class:`organiser.checkin.CheckinIndex`, built once per event.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pendulum import DateTime
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from organiser import checkin
from organiser.changes import ChangeSet, Kind
from organiser.errors import OrganiserError
from organiser.models import ATTENDEE_ROLES, Attendee
from organiser.store import data_dir
from ui import undo
from ui.context import AppContext
from ui.models.attendees_model import role_labels
from ui.pages.base import Page

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _on_page(page: CheckinPage, fn: Callable[..., object]) -> Callable[..., None]:
    """A hook for an undo step that outlives the page: does nothing once it is gone."""
    ref = weakref.ref(page)

    def call(*args: Any) -> None:
        target = ref()
        if target is not None:
            with contextlib.suppress(RuntimeError):  # the widget was deleted
                fn(target, *args)

    return call


class WalkInDialog(QDialog):
    """A person who is not on the list: name (required), email, company, role."""

    def __init__(self, parent: QWidget | None = None, badges: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.setMinimumWidth(420)
        self.first = QLineEdit()
        self.first.setAccessibleName(self.tr("First name"))
        self.last = QLineEdit()
        self.last.setAccessibleName(self.tr("Last name"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        self.company = QLineEdit()
        self.company.setAccessibleName(self.tr("Company"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        labels = role_labels()
        for r in ATTENDEE_ROLES:
            self.role.addItem(labels[r], r)
        self.print_badge = QCheckBox(self.tr("Print a badge now"))
        self.print_badge.setAccessibleName(self.tr("Print a badge now"))
        self.print_badge.setChecked(badges)
        self.print_badge.setEnabled(badges)
        if not badges:
            self.print_badge.setToolTip(self.tr("Badge printing is not available in this version."))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold")
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first)
        form.addRow(self.tr("&Last name"), self.last)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Role"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add and check in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.print_badge)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "first_name": self.first.text(),
            "last_name": self.last.text(),
            "email": self.email.text(),
            "company": self.company.text(),
            "role": self.role.currentData(),
        }


class CheckinPage(Page):
    page_title = "Check-in"
    wants_event_header = True  # the window's strip names the event
    kinds = frozenset({Kind.ATTENDEE, Kind.EVENT, Kind.CHECKIN})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.index: checkin.CheckinIndex | None = None
        self.capacity: int | None = None
        self.zone = "UTC"
        self.walk_in_dialog: WalkInDialog | None = None

        base = self.font().pointSizeF()
        big = QFont(self.font())
        big.setPointSizeF(base * 2.0)
        medium = QFont(self.font())
        medium.setPointSizeF(base * 1.4)
        strong = QFont(medium)
        strong.setBold(True)

        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Checked in, going and capacity"))
        self.counter.setFont(strong)
        self.search = QLineEdit()
        self.search.setFont(big)
        self.search.setPlaceholderText(self.tr("Type part of a name or email…"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFont(medium)
        self.results.setAccessibleName(self.tr("Matching people"))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setFont(medium)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last action"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkin_button = QPushButton(self.tr("Check in  (Enter)"))
        self.checkin_button.setAccessibleName(self.tr("Check in the highlighted person"))
        self.undo_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the last check-in or walk-in"))
        self.walkin_button = QPushButton(self.tr("Walk-in…  (Ctrl+N)"))
        self.walkin_button.setAccessibleName(self.tr("Add someone who is not on the list"))
        self.badge_button = QPushButton(self.tr("Reprint badge  (Ctrl+P)"))
        self.badge_button.setAccessibleName(self.tr("Reprint the highlighted person's badge"))
        if not checkin.badge_printing_available():
            self.badge_button.setToolTip(
                self.tr("Badge printing is not available in this version.")
            )
        for b in (self.checkin_button, self.undo_button, self.walkin_button, self.badge_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(self.tr("Badge layout for reprints"))
        self.layout_combo.setToolTip(self.tr("Label sheet or badge printer used for reprints"))
        self.layout_combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.layout_combo.activated.connect(self._layout_chosen)
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(16)

        buttons = QHBoxLayout()
        for b in (self.checkin_button, self.undo_button, self.walkin_button, self.badge_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # The reprint sheet is a set-up choice: it sits beside the counter, so the
        # action buttons keep one row on a small screen.
        self.layout_label = QLabel(self.tr("Reprint on:"))
        self.layout_label.setBuddy(self.layout_combo)
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addWidget(self.layout_label, 1, Qt.AlignmentFlag.AlignRight)
        # Grows into free room (up to a point) so the sheet's name reads in full.
        self.layout_combo.setSizePolicy(
            QSizePolicy.Policy.Expanding, self.layout_combo.sizePolicy().verticalPolicy()
        )
        self.layout_combo.setMaximumWidth(480)
        top.addWidget(self.layout_combo, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.search)
        lay.addWidget(self.results, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)

        self.search.textChanged.connect(self.update_results)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.check_in_current())
        self.checkin_button.clicked.connect(self.check_in_current)
        self.undo_button.clicked.connect(self.undo)
        self.walkin_button.clicked.connect(lambda: self.open_walk_in())
        self.badge_button.clicked.connect(self.reprint_badge)
        ctx.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(ctx.undo_stack.canUndo())
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.open_walk_in())
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.reprint_badge)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        self.setFocusProxy(self.search)
        # Other desks on a shared database: look for their check-ins now and then.
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(15_000)
        self.sync_timer.timeout.connect(self.sync_with_database)
        self.sync_timer.start()

    # -- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.event_id is None:
            self.index = None
            self.results.clear()
            self.counter.setText(self.tr("Choose an event to check people in."))
            self._set_enabled(False)
            return
        try:
            from organiser.events import get_event

            event_id = self.event_id
            self.index, self.capacity, self.zone = self.ctx.ops.call(
                lambda s: (
                    checkin.CheckinIndex.load(s, event_id),
                    checkin.event_capacity(s, event_id),
                    get_event(s, event_id).timezone,
                )
            )
        except OrganiserError as exc:
            self.index = None
            self.counter.setText(exc.message)
            self._set_enabled(False)
            return
        self._set_enabled(True)
        self._load_layouts()
        self.update_results()
        self._update_counter()

    def _load_layouts(self) -> None:
        self.layout_combo.clear()
        if not checkin.badge_printing_available():
            self.layout_combo.setVisible(False)
            self.layout_label.setVisible(False)
            return
        from organiser.printing.layouts import list_layouts

        layouts, current = self.ctx.ops.call(lambda s: (list_layouts(s), checkin.reprint_layout(s)))
        for layout in layouts:
            self.layout_combo.addItem(layout.title or layout.name, layout.name)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(current), 0))

    def _layout_chosen(self, _index: int) -> None:
        name = self.layout_combo.currentData()
        if not name:
            return
        try:
            self.ctx.ops.call(lambda s: checkin.set_reprint_layout(s, name))
        except OrganiserError as exc:
            self.status.setText(exc.message)
        self.search.setFocus()

    def sync_with_database(self) -> None:
        """Reload when the database counts differ from this screen (another desk)."""
        if self.index is None or self.event_id is None or not self.isVisible():
            return
        event_id = self.event_id
        try:
            stored = self.ctx.ops.call(lambda s: checkin.counters(s, event_id))
        except OrganiserError:
            return
        if stored != self.index.counters(stored.capacity):
            current = self.current_person()
            self.refresh()
            if current is not None:
                for row in range(self.results.count()):
                    if self.results.item(row).data(ID_ROLE) == current.id:
                        self.results.setCurrentRow(row)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.search, self.results, self.checkin_button, self.walkin_button):
            w.setEnabled(on)
        self.badge_button.setEnabled(on)

    def _on_changes(self, changes: ChangeSet) -> None:
        """A few people changed: update them in the index; more, or unknown: reload."""
        if not changes.touches(*self.kinds) or not self.isVisible():
            return
        ids: set[int] = set()
        for kind in (Kind.ATTENDEE, Kind.CHECKIN):
            got = changes.ids(kind)
            if got is None:
                ids = set()
                break
            ids |= got
        if self.index is None or self.event_id is None or changes.touches(Kind.EVENT) or not ids:
            self.refresh()
            return
        event_id = self.event_id

        def load(s: Any) -> list[tuple[int, checkin.Person | None]]:
            out: list[tuple[int, checkin.Person | None]] = []
            for attendee_id in sorted(ids):
                try:
                    out.append((attendee_id, checkin.person(s, event_id, attendee_id)))
                except OrganiserError:  # taken off the list
                    out.append((attendee_id, None))
            return out

        try:
            people = self.ctx.ops.call(load)
        except OrganiserError:
            return
        for attendee_id, person in people:
            if person is None:
                self.index.remove(attendee_id)
            else:
                self.index.put(person)
        self._update_counter()
        self.update_results()

    def local_time(self, when: object) -> str:
        if not isinstance(when, DateTime):
            return ""
        return when.in_timezone(self.zone).format("HH:mm")

    def _update_counter(self) -> None:
        if self.index is None:
            return
        c = self.index.counters(self.capacity)
        text = self.tr("%1 checked in  /  %2 going").replace("%1", str(c.checked_in))
        text = text.replace("%2", str(c.going))
        if c.capacity is not None:
            text += self.tr("  /  %1 capacity").replace("%1", str(c.capacity))
        self.counter.setText(text)

    def update_results(self) -> None:
        self.results.clear()
        if self.index is None:
            return
        labels = role_labels()
        for p in self.index.search(self.search.text(), limit=50):
            details = [x for x in (p.company, p.email) if x]
            if p.role != "attendee":
                details.insert(0, labels.get(p.role, p.role))
            state = ""
            if p.checked_in_at is not None:
                state = self.tr("✓ checked in %1").replace("%1", self.local_time(p.checked_in_at))
            elif p.rsvp == "waitlist":
                state = self.tr("waitlist")
            elif p.rsvp == "not_going":
                state = self.tr("said not going")
            text = p.full_name
            if details:
                text += "   —   " + " · ".join(details)
            if state:
                text += "      [" + state + "]"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, p.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{p.full_name}. {state}")
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def current_person(self) -> checkin.Person | None:
        item = self.results.currentItem()
        if item is None or self.index is None:
            return None
        return self.index.get(int(item.data(ID_ROLE)))

    def person_changed(self, person: checkin.Person, message: str) -> None:
        """Called after the database changed: update the index, the list, the counter."""
        if self.index is not None:
            self.index.put(person)
        self._show_change(message)

    def person_removed(self, attendee_id: int, message: str) -> None:
        """Called after someone was taken off the list (a walk-in undone)."""
        if self.index is not None:
            self.index.remove(attendee_id)
        self._show_change(message)

    def _show_change(self, message: str) -> None:
        self.status.setText(message)
        self._update_counter()
        self.update_results()

    # -- actions -------------------------------------------------------------------
    def check_in_current(self) -> None:
        person = self.current_person()
        if person is None:
            if self.search.text().strip():
                self.status.setText(
                    self.tr("Nobody matches “%1”. Press Ctrl+N to add a walk-in.").replace(
                        "%1", self.search.text().strip()
                    )
                )
            return
        if person.checked_in_at is not None:
            self.status.setText(
                self.tr("%1 was already checked in at %2.")
                .replace("%1", person.full_name)
                .replace("%2", self.local_time(person.checked_in_at))
            )
            return
        event_id, attendee_id, name = self.event_id, person.id, person.full_name

        def go(s: Any) -> tuple[bool, checkin.Person]:
            # What the database holds now, not what this screen last saw: another
            # desk may have checked the same person in (shared PostgreSQL).
            already = checkin.person(s, event_id, attendee_id).checked_in_at is not None
            return already, checkin.check_in(s, event_id, attendee_id)

        undone = self.tr("Check-in of %1 undone.").replace("%1", name)
        try:
            already, updated = undo.run(
                self.ctx,
                self.tr("Check in %1").replace("%1", name),
                [undo.row(Attendee, attendee_id)],
                go,
                what="check-in",
                push_if=lambda r: not r[0],  # someone else's check-in: nothing to undo
                on_undone=_on_page(self, lambda p: p.status.setText(undone)),
                on_error=_on_page(self, lambda p, exc: p.status.setText(exc.message)),
            )
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return
        stamp = self.local_time(updated.checked_in_at)
        if already:
            text = self.tr("%1 was already checked in at %2.")
            self.person_changed(updated, text.replace("%1", name).replace("%2", stamp))
        else:
            self.person_changed(updated, f"✓ {name} — {stamp}")
        self.search.clear()
        self.search.setFocus()

    def undo(self) -> None:
        if self.ctx.undo_stack.canUndo():
            try:
                self.ctx.undo_stack.undo()
            except OrganiserError as exc:
                self.status.setText(exc.message)
        self.search.setFocus()

    def open_walk_in(self) -> WalkInDialog | None:
        if self.event_id is None:
            return None
        dialog = WalkInDialog(self, badges=checkin.badge_printing_available())
        typed = self.search.text().strip()
        if typed and "@" not in typed:
            first, _, last = typed.partition(" ")
            dialog.first.setText(first)
            dialog.last.setText(last)
        elif "@" in typed:
            dialog.email.setText(typed)
        self.walk_in_dialog = dialog
        dialog.accepted.connect(lambda: self._walk_in_accepted(dialog))
        dialog.open()
        return dialog

    def _walk_in_accepted(self, dialog: WalkInDialog) -> None:
        assert self.event_id is not None
        values = dialog.values()
        event_id = self.event_id
        as_added: dict[str, checkin.Person] = {}
        name = " ".join(x for x in (values.get("first_name", ""), values.get("last_name", "")) if x)
        taken_off = self.tr("Walk-in %1 taken off the list.").replace("%1", name)
        again = self.tr("✓ Walk-in %1 added again.").replace("%1", name)
        try:
            person = undo.create(
                self.ctx,
                lambda p: self.tr("Walk-in %1").replace("%1", p.full_name),
                lambda s: checkin.add_walk_in(s, event_id, **values),
                lambda p: [undo.tree(Attendee, p.id)],
                what="walk-in",
                # Undo takes them off only if nothing happened to them since the door.
                before_undo=lambda _p, s: checkin.undo_walk_in(s, event_id, as_added["person"]),
                on_undone=_on_page(self, lambda p: p.status.setText(taken_off)),
                on_redone=_on_page(self, lambda p: p.status.setText(again)),
                on_error=_on_page(self, lambda p, exc: p.status.setText(exc.message)),
            )
        except OrganiserError as exc:
            dialog.error.setText(exc.message)
            dialog.open()
            return
        as_added["person"] = person
        self.search.clear()
        self.person_changed(
            person,
            self.tr("✓ Walk-in %1 added and checked in.").replace("%1", person.full_name),
        )
        if dialog.print_badge.isChecked():
            as_added["person"] = self._print_badge(person) or person
        self.search.setFocus()

    def reprint_badge(self) -> None:
        person = self.current_person()
        if person is None:
            self.status.setText(self.tr("Highlight a person first, then reprint the badge."))
            return
        self._print_badge(person)

    def _print_badge(self, person: checkin.Person) -> checkin.Person | None:
        """Print and open the badge; the person as now stored, or None if not printed."""
        if not checkin.badge_printing_available():
            self.status.setText(
                self.tr(
                    "Badge printing is not available in this version of Meetup Organiser; "
                    "write the name on a blank badge."
                )
            )
            return None
        assert self.event_id is not None
        folder = data_dir() / "badges"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            out = folder / f"badge-{self.event_id}-{person.id}.pdf"
            event_id, attendee_id = self.event_id, person.id

            def make(s: Any) -> checkin.Person:
                checkin.print_badges(s, event_id, [attendee_id], out)
                return checkin.person(s, event_id, attendee_id)

            updated = self.ctx.ops.call(make)
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return None
        except OSError as exc:
            self.status.setText(self.tr("Cannot write the badge: %1").replace("%1", str(exc)))
            return None
        message = self.tr("Badge for %1 ready: %2").replace("%1", person.full_name)
        self.person_changed(updated, message.replace("%2", str(out)))
        self.open_pdf(out)
        return updated

    def open_pdf(self, path: Path) -> None:
        if QGuiApplication.platformName() != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- keyboard ------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self._move(key)
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (
                Qt.Key.Key_P,
                Qt.Key.Key_N,
            ):
                # the search field has focus at the door: make the shortcuts work from it
                self.reprint_badge() if key == Qt.Key.Key_P else self.open_walk_in()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                # Ctrl+Z at the door undoes the last check-in, not the typing.
                self.undo()
                return True
        return super().eventFilter(obj, event)

    def _move(self, key: int) -> None:
        count = self.results.count()
        if not count:
            return
        row = max(self.results.currentRow(), 0)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10,
        }[Qt.Key(key)]
        self.results.setCurrentRow(min(max(row + step, 0), count - 1))
