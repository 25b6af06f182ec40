"""Check-in page: made for the door, driven by the keyboard alone.

Scan a ticket or badge (a USB/Bluetooth scanner types the code and Enter) or
paste a code: :func:`organiser.checkin.scan` matches it exactly and the banner
turns green, amber or red; no dialog, the field is ready for the next scan.
Or type any part of a name or email (accents and case do not matter), Up/Down
to pick, Enter to check in, Ctrl+Z to undo, Ctrl+N for a walk-in, Ctrl+P to
reprint the badge, F11 for door mode, Esc to clear. Searching runs on the core's
in-memory :class:`organiser.checkin.CheckinIndex`, built once per event.

Every database call of this page is in the small ``_db_*`` methods.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pendulum import DateTime
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import (
    QFont,
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
from organiser.snapshot import Snapshot, take
from ui import fmt, undo
from ui.context import AppContext
from ui.models.attendees_model import role_labels
from ui.pages.base import Page

if TYPE_CHECKING:
    from ui.camera_scanner import CameraScanner
    from ui.pages.door_mode import DoorModeWindow

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


def _number(n: int) -> str:
    """A count as the window's language writes it ("4.000" in Italian); "4,000" without one."""
    loc = QLocale()
    return f"{n:,}" if loc.language() == QLocale.Language.C else loc.toString(n)


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


BANNER_STYLES = {
    # Background and text colours with a contrast ratio above 4.5:1 either way.
    "green": "background:#1b7f3b; color:white;",
    "amber": "background:#f2b01e; color:#1a1a1a;",
    "red": "background:#c62828; color:white;",
}


class OutcomeBanner(QLabel):
    """Green, amber or red line with the last scan's outcome; never a dialog."""

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(font)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("CheckinPage", "Scan result"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = ""
        self.show_outcome("", "")

    def show_outcome(self, colour: str, message: str) -> None:
        self.colour = colour if message else ""
        self.setText(message)
        style = BANNER_STYLES.get(self.colour, "")
        self.setStyleSheet(f"QLabel {{ {style} padding: 10px; border-radius: 6px; }}")
        self.setVisible(bool(message))


class CheckinPage(Page):
    page_title = "Check-in"
    wants_event_header = True  # the window's strip names the event
    kinds = frozenset({Kind.ATTENDEE, Kind.EVENT, Kind.CHECKIN})
    claimed_keys = ("Ctrl+N", "Ctrl+P")  # the window's New event / Print yield them here

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
        self.search.setPlaceholderText(self.tr("Scan a ticket, or type part of a name or email…"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFont(medium)
        self.results.setAccessibleName(self.tr("Matching people"))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.banner = OutcomeBanner(big)
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
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.setAccessibleName(self.tr("Scan codes with this computer's camera"))
        self.camera_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.camera: CameraScanner | None = None
        self.door_button = QPushButton(self.tr("Door mode  (F11)"))
        self.door_button.setAccessibleName(
            self.tr("Full screen, large type, for volunteers at the door")
        )
        if not checkin.badge_printing_available():
            self.badge_button.setToolTip(
                self.tr("Badge printing is not available in this version.")
            )
        for b in (
            self.checkin_button,
            self.undo_button,
            self.walkin_button,
            self.badge_button,
            self.door_button,
        ):
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
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.search, 1)
        scan_row.addWidget(self.camera_button)
        scan_row.addWidget(self.door_button)
        lay.addLayout(scan_row)
        lay.addWidget(self.banner)
        self.camera_box = QVBoxLayout()
        lay.addLayout(self.camera_box)
        lay.addWidget(self.results, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)

        self.search.textChanged.connect(self.update_results)
        self.search.returnPressed.connect(self.enter_pressed)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.check_in_current())
        self.checkin_button.clicked.connect(self.check_in_current)
        self.undo_button.clicked.connect(self.undo)
        self.walkin_button.clicked.connect(lambda: self.open_walk_in())
        self.badge_button.clicked.connect(self.reprint_badge)
        self.door_button.clicked.connect(lambda: self.open_door_mode())
        self.camera_button.toggled.connect(self.show_camera)
        ctx.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(ctx.undo_stack.canUndo())
        # Ctrl+Z and Ctrl+F are the window's (Edit ▸ Undo, Edit ▸ Find: focus_search);
        # Ctrl+N and Ctrl+P belong to this page while it shows: the window lends
        # them (see ``claimed_keys``), so no key is ever bound twice.
        for key, slot in (
            ("Ctrl+N", lambda: self.open_walk_in()),
            ("Ctrl+P", self.reprint_badge),
            ("F11", lambda: self.open_door_mode()),
        ):
            QShortcut(
                QKeySequence(key),
                self,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.setFocusProxy(self.search)
        self.door_window: DoorModeWindow | None = None
        self.last_outcome: checkin.ScanOutcome | None = None
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
        self._focus_if_pending()

    def _load_layouts(self) -> None:
        self.layout_combo.clear()
        if not checkin.badge_printing_available():
            self.layout_combo.setVisible(False)
            self.layout_label.setVisible(False)
            return
        from organiser.printing.layouts import list_layouts

        layouts, current = self.ctx.ops.call(lambda s: (list_layouts(s), checkin.reprint_layout(s)))
        for layout in layouts:
            self.layout_combo.addItem(layout.title_in(fmt.language()) or layout.name, layout.name)
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
        if c.guests_going:
            text += self.tr("  /  guests %1 of %2").replace("%1", str(c.guests_in))
            text = text.replace("%2", str(c.guests_going))
        if c.capacity is not None:
            text += self.tr("  /  %1 capacity").replace("%1", str(c.capacity))
        self.counter.setText(text)
        if self.door_window is not None:
            self.door_window.update_counters()

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
        if self.results.count() and self.search.text().strip():
            self.results.setCurrentRow(0)  # only a search picks someone for Enter

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

    # -- the database (every call goes through the runner) ----------------------------
    def _db_scan(
        self, text: str, code_only: bool = False
    ) -> tuple[checkin.ScanOutcome, Snapshot | None]:
        """The scan's outcome and, when it checked someone in, their row as it is now."""
        assert self.event_id is not None
        event_id, door = self.event_id, self.door_name()

        def job(s: Any) -> tuple[checkin.ScanOutcome, Snapshot | None]:
            outcome = checkin.scan(s, event_id, text, door=door, code_only=code_only)
            if outcome.kind != "checked_in" or outcome.person is None:
                return outcome, None
            return outcome, take(s, undo.row(Attendee, outcome.person.id), what="check-in")

        return self.ctx.ops.call(job)

    def _db_person(self, attendee_id: int) -> checkin.Person | None:
        if self.event_id is None:
            return None
        event_id = self.event_id
        try:
            return self.ctx.ops.call(lambda s: checkin.person(s, event_id, attendee_id))
        except OrganiserError:
            return None

    def _push_scan_step(self, before: checkin.Person, after: Snapshot) -> None:
        """A check-in the scan already recorded, undoable like one made by name."""
        prior = copy.deepcopy(after)
        for row in prior.rows.get(Attendee.__tablename__, {}).values():
            row["checked_in_at"] = None
            row["checked_in_door"] = None
            row["rsvp"] = before.rsvp
        undone = self.tr("Check-in of %1 undone.").replace("%1", before.full_name)
        self.ctx.undo_stack.push(
            undo.Step(
                self.ctx,
                self.tr("Check in %1").replace("%1", before.full_name),
                prior,
                after,
                on_undone=_on_page(self, lambda p: p.status.setText(undone)),
                on_error=_on_page(self, lambda p, exc: p.status.setText(exc.message)),
            )
        )

    # -- scanning --------------------------------------------------------------------
    def door_name(self) -> str:
        from ui.door_printing import door_name

        return door_name(self.ctx.settings)

    def focus_search(self) -> None:
        """Edit ▸ Find (Ctrl+F) on this page: the scan/search field, ready to type."""
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # Ready to scan the moment the page opens (no Tabs to reach the field); if the
        # event is still being read (the field is off), as soon as it is on.
        self._focus_pending = True
        QTimer.singleShot(0, self._focus_if_pending)

    def _focus_if_pending(self) -> None:
        if getattr(self, "_focus_pending", False) and self.search.isEnabled():
            self._focus_pending = False
            if self.isVisible():
                self.search.setFocus()

    def enter_pressed(self) -> None:
        """Enter in the field: a scanned or pasted code, or the highlighted person."""
        self.submit(self.search.text(), self.current_person())

    def submit(
        self, text: str, highlighted: checkin.Person | None, *, code_only: bool = False
    ) -> checkin.ScanOutcome | None:
        """Check in by code (exact) or, for a typed name, the highlighted person.

        Enter on an empty field does nothing. Shared by the page and door mode.
        """
        if self.event_id is None or self.index is None or not text.strip():
            return None
        after: Snapshot | None = None
        try:
            outcome, after = self._db_scan(text, code_only)
        except OrganiserError as exc:
            outcome = checkin.ScanOutcome("invalid", exc.message)
        if outcome.kind == "not_a_code":
            outcome = self._check_in_by_name(text, highlighted)
        elif outcome.kind == "checked_in" and outcome.person is not None:
            before = self.index.get(outcome.person.id) or outcome.person
            self.index.put(outcome.person)
            if after is not None:
                self._push_scan_step(before, after)
            outcome = self._in_own_words(outcome)  # (idempotent: said once more below)
            self._show_change(outcome.message)
        elif outcome.person is not None:
            self.index.put(outcome.person)  # e.g. checked in at another door meanwhile
            self._update_counter()
        outcome = self._in_own_words(outcome)
        self.show_outcome(outcome)
        if outcome.kind in ("checked_in", "already", "cancelled", "other_event", "invalid"):
            self.search.clear()
        elif outcome.kind in ("not_found", "ambiguous"):
            self.search.selectAll()  # the next scan replaces it
        self.search.setFocus()
        if outcome.kind == "checked_in" and outcome.person is not None:
            self._print_on_check_in(outcome.person)
        return outcome

    def _check_in_by_name(self, text: str, person: checkin.Person | None) -> checkin.ScanOutcome:
        if person is None:
            message = self.tr("Nobody matches “%1”. Press Ctrl+N to add a walk-in.")
            return checkin.ScanOutcome("not_found", message.replace("%1", text.strip()[:60]))
        if person.checked_in_at is not None:
            return checkin.ScanOutcome("already", checkin.already_text(person, self.zone), person)
        assert self.event_id is not None
        event_id, attendee_id, name = self.event_id, person.id, person.full_name
        door = self.door_name()

        def go(s: Any) -> tuple[bool, checkin.Person]:
            # What the database holds now, not what this screen last saw: another
            # desk may have checked the same person in (shared PostgreSQL).
            already = checkin.person(s, event_id, attendee_id).checked_in_at is not None
            return already, checkin.check_in(s, event_id, attendee_id, door=door)

        undone = self.tr("Check-in of %1 undone.").replace("%1", name)
        try:
            already, now = undo.run(
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
            return checkin.ScanOutcome("invalid", exc.message)
        if self.index is not None:
            self.index.put(now)
        self._update_counter()
        self.update_results()
        if already:  # another door was first: nothing to undo
            return checkin.ScanOutcome("already", checkin.already_text(now, self.zone), now)
        guests = f" (+{now.guests} guest{'s' if now.guests != 1 else ''})" if now.guests else ""
        return checkin.ScanOutcome("checked_in", f"Checked in: {now.full_name}{guests}", now)

    def _in_own_words(self, outcome: checkin.ScanOutcome) -> checkin.ScanOutcome:
        """The core's one-line outcome in the window's language (same words in English)."""
        p = outcome.person
        text = outcome.message
        if outcome.kind == "checked_in" and p is not None:
            text = self.tr("Checked in: %1").replace("%1", p.full_name)
            if p.guests > 0:
                text += " " + self.tr("(+%n guest(s))", "", p.guests)
        elif outcome.kind == "already" and p is not None and p.checked_in_at is not None:
            text = (
                self.tr("Already checked in: %1 at %2")
                .replace("%1", p.full_name)
                .replace("%2", self.local_time(p.checked_in_at))
            )
            if p.door:
                text += f" ({p.door})"
        elif outcome.kind == "cancelled" and p is not None:
            text = self.tr("Cancelled ticket: %1").replace("%1", p.full_name)
        elif outcome.kind == "not_found" and p is None and text == "Not on the list":
            text = self.tr("Not on the list")
        elif outcome.kind == "other_event":
            text = (
                self.tr("This ticket is for %1").replace("%1", outcome.event_title)
                if outcome.event_title
                else self.tr("This ticket is for another event")
            )
        elif outcome.kind == "ambiguous" and outcome.people:
            names = self.tr(" and ").join(x.full_name for x in outcome.people)
            text = self.tr(
                "%n people hold this code: %1. Check them in by name.", "", outcome.count
            ).replace("%1", names)
        elif outcome.kind == "invalid" and outcome.reason == "too_long":
            text = self.tr("That is %1 characters: too long to be a ticket code.").replace(
                "%1", _number(outcome.count)
            )
        elif outcome.kind == "invalid" and outcome.reason == "empty_card":
            text = self.tr("That contact card has no name or email to look up.")
        elif outcome.kind == "invalid" and outcome.reason == "unreadable":
            text = self.tr("That is not a ticket code (unreadable characters).")
        return dataclasses.replace(outcome, message=text)

    def show_outcome(self, outcome: checkin.ScanOutcome) -> None:
        self.last_outcome = outcome
        self.banner.show_outcome(outcome.colour, outcome.message)
        if outcome.message:
            self.status.clear()  # the banner says it: no second copy below
        if self.door_window is not None:
            self.door_window.show_outcome(outcome)

    def show_camera(self, on: bool) -> CameraScanner | None:
        """The camera panel: each code it reads is a scan (exact match, never a name)."""
        from ui.camera_scanner import CameraScanner

        if not on:
            if self.camera is not None:
                self.camera.stop()
                self.camera.hide()
            self.search.setFocus()
            return None
        if self.camera is None:
            self.camera = CameraScanner(self)
            self.camera.code_read.connect(lambda code: self.submit(code, None, code_only=True))
            self.camera_box.addWidget(self.camera)
            self.camera.start()
        self.camera.show()
        self.search.setFocus()
        return self.camera

    def _print_on_check_in(self, person: checkin.Person) -> None:
        from ui.door_printing import print_on_check_in

        if print_on_check_in(self.ctx.settings):
            self.print_badge_in_background(person)

    def print_badge_in_background(
        self, person: checkin.Person, after: Callable[[checkin.Person], None] | None = None
    ) -> None:
        """Send the badge to the remembered printer, no dialog; the check-in stays."""
        from ui.door_printing import DoorPrinter

        assert self.event_id is not None
        self.status.setText(self.tr("Printing the badge for %1…").replace("%1", person.full_name))
        page = weakref.ref(self)
        attendee_id = person.id

        def printed(ok: bool, message: str) -> None:
            me = page()
            if me is None:
                return
            try:
                me.status.setText(message)
            except RuntimeError:  # the page closed while the printer worked
                return
            if ok:
                fresh = me._db_person(attendee_id)
                if fresh is not None:
                    if me.index is not None:
                        me.index.put(fresh)
                    if after is not None:
                        after(fresh)

        DoorPrinter(self.ctx.ops, self.ctx.settings).print_badge(
            self, self.event_id, attendee_id, printed
        )

    def open_door_mode(self) -> DoorModeWindow | None:
        from ui.pages.door_mode import DoorModeWindow

        if self.event_id is None or self.index is None:
            return None
        if self.door_window is None:
            self.door_window = DoorModeWindow(self)
            self.door_window.closed.connect(self._door_mode_closed)
        self.door_window.open_full_screen()
        return self.door_window

    def _door_mode_closed(self) -> None:
        self.door_window = None
        self.search.setFocus()

    # -- actions -------------------------------------------------------------------
    def check_in_current(self) -> None:
        """The button, or Enter / double-click on a row: the highlighted person."""
        person = self.current_person()
        if person is None:
            return
        outcome = self._check_in_by_name(self.search.text(), person)
        self.show_outcome(outcome)
        if outcome.kind != "invalid":
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
        event_id, door = self.event_id, self.door_name()
        # What undo compares with: the person as the door left them.
        as_added: dict[str, checkin.Person] = {}
        name = " ".join(x for x in (values.get("first_name", ""), values.get("last_name", "")) if x)
        taken_off = self.tr("Walk-in %1 taken off the list.").replace("%1", name)
        again = self.tr("✓ Walk-in %1 added again.").replace("%1", name)
        try:
            person = undo.create(
                self.ctx,
                lambda p: self.tr("Walk-in %1").replace("%1", p.full_name),
                lambda s: checkin.add_walk_in(s, event_id, door=door, **values),
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

        def badge_printed(fresh: checkin.Person) -> None:
            # The badge printed for the walk-in is part of adding them: undo may still
            # take them off the list once the printer has it.
            old = as_added["person"]
            if fresh.id == old.id and fresh.checked_in_at == old.checked_in_at:
                as_added["person"] = fresh

        if dialog.print_badge.isChecked():
            self._print_badge(person, after=badge_printed)
        self.search.setFocus()

    def reprint_badge(self) -> None:
        person = self.current_person()
        if person is None:
            self.status.setText(self.tr("Highlight a person first, then reprint the badge."))
            return
        self._print_badge(person)

    def _print_badge(
        self, person: checkin.Person, after: Callable[[checkin.Person], None] | None = None
    ) -> None:
        """Send the badge to this door's printer in the background (no dialog, no file)."""
        if not checkin.badge_printing_available():
            self.status.setText(
                self.tr(
                    "Badge printing is not available in this version of Meetup Organiser; "
                    "write the name on a blank badge."
                )
            )
            return
        self.print_badge_in_background(person, after)

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
        row = self.results.currentRow()
        if row < 0:  # nothing highlighted yet: Down starts at the top
            row = -1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else 0
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10,
        }[Qt.Key(key)]
        self.results.setCurrentRow(min(max(row + step, 0), count - 1))
