"""Create or edit an event, and "New event from this one"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from organiser.i18n import LANGUAGE_CHOICES
from organiser.models import EVENT_FORMATS, EVENT_STATUSES, Event
from ui import fmt, undo
from ui.context import AppContext
from ui.dialogs.editor import EditorDialog
from ui.dialogs.zone_chooser import ZoneField
from ui.fmt import targ  # noqa: E402
from ui.icons import icon
from ui.models.events_model import format_name

FORMATS = EVENT_FORMATS
STATUSES = EVENT_STATUSES


def default_zone() -> str:
    from organiser.zones import system_zone

    return system_zone()


class TypedTimeEdit(QTimeEdit):
    """A time edit where typing "19:00" over the whole selected time gives 19:00.

    Qt's edit fed the digits of a fully selected "18:30" into a half-cleared
    text and ended on 18:00; a digit typed over a selection wider than one
    section now starts at the hour, as people expect.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        line = self.lineEdit()
        if event.text().isdigit() and line.hasSelectedText() and len(line.selectedText()) > 2:
            self.setSelectedSection(QTimeEdit.Section.HourSection)
        super().keyPressEvent(event)


class DateTimeRow(QWidget):
    """A date and a wall-clock time in the event's zone (never converted here).

    When the clocks go back over the chosen time it happens twice: a choice of
    "earlier" or "later" appears beside it and starts unanswered, so the core
    refuses the time until someone picks one (never chosen silently).
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(targ(self.tr("%1 date"), label))
        self.time = TypedTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(targ(self.tr("%1 time"), label))
        self.which = QComboBox(self)
        self.which.setAccessibleName(targ(self.tr("%1: which of the repeated hour"), label))
        self.which.setToolTip(
            self.tr("The clocks go back that night, so this time happens twice. Pick one.")
        )
        self.which.hide()
        lay.addWidget(self.date, 1)
        lay.addWidget(self.time)
        lay.addWidget(self.which)
        self.setFocusProxy(self.date)
        self._zone = ""
        self.date.dateChanged.connect(self._refresh_which)
        self.time.timeChanged.connect(self._refresh_which)

    def set_zone(self, zone: str) -> None:
        self._zone = zone
        self._refresh_which()

    def _refresh_which(self, *_: Any) -> None:
        from organiser.timeutil import repeated_hour

        d, t = self.date.date(), self.time.time()
        labels = repeated_hour(self._zone, d.year(), d.month(), d.day(), t.hour(), t.minute())
        if labels is None:
            self.which.hide()
            return
        keep = self.which.currentIndex() if self.which.isVisible() else -1
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(targ(self.tr("earlier (%1)"), labels[0]))
        self.which.addItem(targ(self.tr("later (%1)"), labels[1]))
        self.which.setPlaceholderText(self.tr("which one?"))
        self.which.setCurrentIndex(keep)
        self.which.blockSignals(False)
        self.which.show()

    def set(self, d: QDate, t: QTime) -> None:
        self.date.setDate(d)
        self.time.setTime(t)

    def instant(self, zone: str, field: str) -> Any:
        """The aware instant, built by the core.

        A DST-skipped time is refused there, and a repeated one unless earlier
        or later was picked.
        """
        from organiser.timeutil import local

        d, t = self.date.date(), self.time.time()
        index = self.which.currentIndex() if not self.which.isHidden() else -1
        fold = index if index in (0, 1) else None
        return local(
            zone, d.year(), d.month(), d.day(), t.hour(), t.minute(), field=field, fold=fold
        )

    def set_instant(self, dt: Any, zone: str) -> None:
        from organiser.timeutil import in_zone, is_later_reading

        loc = in_zone(dt, zone)
        self._zone = zone
        self.set(QDate(loc.year, loc.month, loc.day), QTime(loc.hour, loc.minute))
        self._refresh_which()
        if not self.which.isHidden():
            self.which.setCurrentIndex(1 if is_later_reading(dt, zone) else 0)


class EventDialog(EditorDialog):
    def __init__(
        self, ctx: AppContext, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("New event") if event_id is None else self.tr("Edit event"), parent
        )
        self.event_id = event_id
        self.version: int | None = None
        self.before: dict[str, Any] = {}
        self.resize(620, 640)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. ML Rome #43: Vision on the edge"))
        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.zone = ZoneField(default_zone(), self)
        self.add_field("timezone", self.tr("Time &zone:"), self.zone)
        self.zone_note = QLabel(self)
        self.zone_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.form.addRow("", self.zone_note)
        self.start = DateTimeRow(self.tr("Start"), self)
        self.add_field("starts_at", self.tr("&Starts:"), self.start)
        self.end = DateTimeRow(self.tr("End"), self)
        self.add_field("ends_at", self.tr("&Ends:"), self.end)
        self.viewer_zones = QLineEdit(self)
        self.viewer_zones.setPlaceholderText(self.tr("e.g. America/New_York, Asia/Kolkata"))
        self.add_field("viewer_zones", self.tr("Also show times in:"), self.viewer_zones)
        self.format_combo = QComboBox(self)
        for code in FORMATS:
            self.format_combo.addItem(format_name(code), code)
        self.add_field("format", self.tr("&Format:"), self.format_combo)
        self.status_combo = QComboBox(self)
        for code, label in zip(
            STATUSES,
            (self.tr("Draft"), self.tr("Announced"), self.tr("Done"), self.tr("Cancelled")),
            strict=True,
        ):
            self.status_combo.addItem(label, code)
        self.add_field("status", self.tr("Stat&us:"), self.status_combo)
        venue_row = QWidget(self)
        vl = QHBoxLayout(venue_row)
        vl.setContentsMargins(0, 0, 0, 0)
        self.venue_combo = QComboBox(venue_row)
        self.venue_combo.setAccessibleName(self.tr("Venue"))
        new_venue = QPushButton(icon("add"), self.tr("New venue…"), venue_row)
        new_venue.setAccessibleName(self.tr("New venue"))
        new_venue.clicked.connect(self._new_venue)
        vl.addWidget(self.venue_combo, 1)
        vl.addWidget(new_venue)
        self.add_field("venue_id", self.tr("&Venue:"), venue_row)
        self.venue_combo.setAccessibleName(self.tr("Venue"))
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("Same as the venue"))
        self.add_field("capacity", self.tr("&Capacity:"), self.capacity)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.add_field("description", self.tr("&Description:"), self.description)
        self.org_name = QLineEdit(self)
        self.add_field("organiser_name", self.tr("Organiser:"), self.org_name)
        self.org_email = QLineEdit(self)
        self.add_field("organiser_email", self.tr("Organiser email:"), self.org_email)
        self.org_phone = QLineEdit(self)
        self.add_field("organiser_phone", self.tr("Organiser phone:"), self.org_phone)
        self.language_combo = QComboBox(self)
        self.language_combo.setToolTip(
            self.tr("Badges, the printed agenda, briefings, announcements and exports use it.")
        )
        for tag, name in LANGUAGE_CHOICES.items():
            self.language_combo.addItem(name, tag)
        self._set_language(fmt.language())
        self.add_field("language", self.tr("Output &language:"), self.language_combo)
        self.zone.zone_changed.connect(self._zone_note)
        self._load_venues()
        if event_id is None:
            start = QDate.currentDate().addDays(28)
            self.start.set(start, QTime(18, 30))
            self.end.set(start, QTime(21, 30))
        else:
            self._load(event_id)
        self._start_date = self.start.date.date()
        self.start.date.dateChanged.connect(self._start_date_moved)
        self._zone_note()
        self.title_edit.setFocus()

    def _start_date_moved(self, new: QDate) -> None:
        """A new start date carries the end date along by the same number of days."""
        days = self._start_date.daysTo(new)
        self._start_date = new
        if days:
            self.end.date.setDate(self.end.date.date().addDays(days))

    def _zone_note(self, *_: Any) -> None:
        from organiser.errors import OrganiserError
        from organiser.timeutil import now_utc
        from ui import fmt

        zone = self.zone.zone()
        self.start.set_zone(zone)
        self.end.set_zone(zone)
        try:
            from organiser.timeutil import check_zone

            check_zone(zone)
            self.zone_note.setText(
                targ(
                    self.tr("Dates and times below are wall-clock times in %1 (%2 today)."),
                    zone,
                    fmt.offset(zone, now_utc()),
                )
            )
        except OrganiserError:
            self.zone_note.setText(self.tr("Choose the zone the event happens in."))

    def _load_venues(self, select: int | None = None) -> None:
        from organiser.overview import venue_summaries

        current = select if select is not None else self.venue_combo.currentData()
        self.venue_combo.clear()
        self.venue_combo.addItem(self.tr("No venue (online)"), None)
        for v in self.ctx.ops.call(venue_summaries):
            self.venue_combo.addItem(v.name, v.id)
        i = self.venue_combo.findData(current)
        self.venue_combo.setCurrentIndex(max(0, i))

    def _new_venue(self) -> None:
        from ui.dialogs.venue_dialog import VenueDialog

        dlg = VenueDialog(self.ctx, None, self)
        if dlg.exec() and dlg.saved_id is not None:
            self._load_venues(dlg.saved_id)

    def _load(self, event_id: int) -> None:
        from organiser.events import get_event

        e = self.ctx.ops.call(lambda s: get_event(s, event_id))
        self.version = e.version
        self.before = self._values_of(e)
        b = self.before
        self.title_edit.setText(b["title"])
        self.zone.set_zone(b["timezone"])
        self.start.set_instant(b["starts_at"], b["timezone"])
        self.end.set_instant(b["ends_at"], b["timezone"])
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(b["format"])))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(b["status"])))
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(b["venue_id"])))
        self.capacity.setValue(b["capacity"] or 0)
        self.description.setPlainText(b["description"])
        self.org_name.setText(b["organiser_name"])
        self.org_email.setText(b["organiser_email"] or "")
        self.org_phone.setText(b["organiser_phone"])
        self.viewer_zones.setText(", ".join(b["viewer_zones"] or []))
        self._set_language(b["language"] or fmt.language())

    def _set_language(self, tag: str) -> None:
        i = self.language_combo.findData(tag)
        if i < 0:  # a tag set elsewhere (CLI), e.g. de-AT: keep it choosable
            self.language_combo.addItem(tag, tag)
            i = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(i)

    @staticmethod
    def _values_of(e: Any) -> dict[str, Any]:
        return {
            "title": e.title,
            "timezone": e.timezone,
            "starts_at": e.starts_at,
            "ends_at": e.ends_at,
            "format": e.format,
            "status": e.status,
            "venue_id": e.venue_id,
            "capacity": e.capacity,
            "description": e.description,
            "organiser_name": e.organiser_name,
            "organiser_email": e.organiser_email,
            "organiser_phone": e.organiser_phone,
            "viewer_zones": list(e.viewer_zones or []),
            "language": e.language,
        }

    def values(self) -> dict[str, Any]:
        from organiser.timeutil import check_zone

        zone = check_zone(self.zone.zone())
        return {
            "title": self.title_edit.text(),
            "timezone": zone,
            "starts_at": self.start.instant(zone, "starts_at"),
            "ends_at": self.end.instant(zone, "ends_at"),
            "format": self.format_combo.currentData(),
            "status": self.status_combo.currentData(),
            "venue_id": self.venue_combo.currentData(),
            "capacity": self.capacity.value() or None,
            "description": self.description.toPlainText(),
            "organiser_name": self.org_name.text(),
            "organiser_email": self.org_email.text(),
            "organiser_phone": self.org_phone.text(),
            "viewer_zones": [z.strip() for z in self.viewer_zones.text().split(",") if z.strip()],
            "language": self.language_combo.currentData(),
        }

    def save(self) -> None:
        from organiser import events

        data = self.values()
        if self.event_id is None:
            e = undo.create(
                self.ctx,
                lambda e: targ(self.tr("Create event “%1”"), e.title),
                lambda s: events.create_event(s, **data),
                lambda e: [undo.tree(Event, e.id)],
                what="event",
            )
        else:
            event_id, version = self.event_id, self.version
            e = undo.run(
                self.ctx,
                lambda e: targ(self.tr("Edit event “%1”"), e.title),
                undo.event_edit(event_id),
                lambda s: events.update_event(s, event_id, expected_version=version, **data),
                what="event",
            )
        self.saved_id = e.id


class CopyEventDialog(EditorDialog):
    """New event from this one: same venue, agenda, speakers and links; no attendees."""

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New event from this one"), parent)
        from organiser.events import get_event

        self.source_id = event_id
        e = ctx.ops.call(lambda s: get_event(s, event_id))
        self.zone, start, title = e.timezone, e.starts_at, e.title
        note = QLabel(
            self.tr(
                "Copies the venue, format, agenda, speakers and stream links. "
                "Attendees and checklist ticks start empty."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.title_edit = QLineEdit(title, self)
        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.start = DateTimeRow(self.tr("Start"), self)
        self.start.set_instant(start, self.zone)
        self.start.date.setDate(self.start.date.date().addDays(28))
        self.add_field("starts_at", targ(self.tr("&Starts (%1):"), self.zone), self.start)
        self.resize(520, 240)

    def save(self) -> None:
        from organiser import events

        start = self.start.instant(self.zone, "starts_at")
        source, title = self.source_id, self.title_edit.text()
        new = undo.create(
            self.ctx,
            lambda e: targ(self.tr("Copy event “%1”"), e.title),
            lambda s: events.copy_event(s, source, starts_at=start, title=title),
            lambda e: [undo.tree(Event, e.id)],
            what="event",
        )
        self.saved_id = new.id
