"""The domain model: SQLAlchemy 2 typed mappings, portable to SQLite and PostgreSQL.

Instants are stored as naive UTC and handed out as aware pendulum datetimes
in UTC (:class:`UTCDateTime`); each event keeps its IANA zone for display and
wall-clock arithmetic.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    inspect,
    text,
)
from sqlalchemy import DateTime as SADateTime
from sqlalchemy import event as sa_event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from organiser.textnorm import person_name

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

EVENT_FORMATS = ("in_person", "online", "hybrid")
EVENT_STATUSES = ("draft", "announced", "done", "cancelled")
SESSION_KINDS = ("talk", "panel", "break", "networking", "lightning", "intro")
SPEAKER_ROLES = ("speaker", "moderator", "panellist")
STREAM_PURPOSES = ("main", "backup", "recording")
ATTENDEE_ROLES = ("attendee", "speaker", "organiser", "volunteer", "sponsor")
RSVP_STATES = ("going", "waitlist", "not_going", "invited")  # invited: never registered
ATTENDEE_SOURCES = (
    "manual",
    "meetup",
    "eventbrite",
    "luma",
    "tito",
    "zoom",
    "pretix",
    "generic",
    "walk_in",
)
TEMPLATE_SCOPES = ("event", "speaker")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class UTCDateTime(TypeDecorator[DateTime]):
    """Aware pendulum datetime in, naive UTC in the column, aware UTC out."""

    impl = SADateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValueError("only aware datetimes are stored; attach a time zone first")
        utc = value.astimezone(dt.UTC)
        return dt.datetime(
            utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond
        )

    def process_result_value(self, value: Any, dialect: Dialect) -> DateTime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - defensive for raw SQLite text
            value = dt.datetime.fromisoformat(value)
        result: DateTime = pendulum.instance(value.replace(tzinfo=None), tz="UTC")
        return result


def new_token() -> str:
    """A short unguessable token for check-in QR codes.

    Never starting with "-": typed or scanned into a command line
    (``checkin EVENT CODE``) it would read as an option.
    """
    while True:
        token = secrets.token_urlsafe(12)
        if not token.startswith("-"):
            return token


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {DateTime: UTCDateTime()}


class Venue(Base):
    __tablename__ = "venues"
    __table_args__ = (CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    map_url: Mapped[str | None] = mapped_column(String(2000))
    capacity: Mapped[int | None]
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    wifi_name: Mapped[str] = mapped_column(String(200), default="")
    wifi_password: Mapped[str] = mapped_column(String(200), default="")
    av_equipment: Mapped[str] = mapped_column(Text, default="")
    closing_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM" local to the event
    notes: Mapped[str] = mapped_column(Text, default="")

    events: Mapped[list[Event]] = relationship(back_populates="venue")

    # Optimistic concurrency: every UPDATE checks and bumps the version (team mode).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
        CheckConstraint(_in("format", EVENT_FORMATS), name="format"),
        CheckConstraint(_in("status", EVENT_STATUSES), name="status"),
        Index("ix_events_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[DateTime]
    ends_at: Mapped[DateTime]
    timezone: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(16), default="in_person")
    capacity: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id", ondelete="SET NULL"))
    viewer_zones: Mapped[list[str]] = mapped_column(JSON, default=list)
    organiser_name: Mapped[str] = mapped_column(String(200), default="")
    organiser_email: Mapped[str | None] = mapped_column(String(254))
    organiser_phone: Mapped[str] = mapped_column(String(50), default="")
    # Events made together by "Make a series" share this id; each stays independent.
    series_id: Mapped[str | None] = mapped_column(String(32), index=True)
    # Output language of badges, agenda, exports ("it", "en-US"); None: --lang, else English.
    language: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[DateTime] = mapped_column(default=lambda: pendulum.now("UTC"))
    updated_at: Mapped[DateTime] = mapped_column(
        default=lambda: pendulum.now("UTC"), onupdate=lambda: pendulum.now("UTC")
    )

    venue: Mapped[Venue | None] = relationship(back_populates="events")
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="EventSession.position",
        passive_deletes=True,
    )
    stream_links: Mapped[list[StreamLink]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    checklist_items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="ChecklistItem.due_at",
        passive_deletes=True,
    )
    attendees: Mapped[list[Attendee]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )

    # Optimistic concurrency: every UPDATE checks and bumps the version (team mode).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    pronouns: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    photo_mime: Mapped[str | None] = mapped_column(String(50))
    links: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str | None] = mapped_column(String(64))
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    appearances: Mapped[list[SessionSpeaker]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )

    # Optimistic concurrency: every UPDATE checks and bumps the version (team mode).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class EventSession(Base):
    """A slot of the agenda (talk, panel, break ...); "Session" clashes with SQLAlchemy."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration"),
        CheckConstraint(_in("kind", SESSION_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Team mode: a save based on an older version is refused (see crud.conflict_error).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="talk")
    title: Mapped[str] = mapped_column(String(300))
    abstract: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[DateTime]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    room: Mapped[str] = mapped_column(String(100), default="")
    # iCalendar SEQUENCE: bumped whenever the start or the duration changes
    # (organiser.calendar), so calendar clients take a moved session's new time.
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    event: Mapped[Event] = relationship(back_populates="sessions")
    speakers: Mapped[list[SessionSpeaker]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="SessionSpeaker.position",
        passive_deletes=True,
    )
    stream_links: Mapped[list[StreamLink]] = relationship(
        back_populates="session", passive_deletes=True
    )

    @property
    def ends_at(self) -> DateTime:
        return self.starts_at.add(minutes=self.duration_minutes)


@sa_event.listens_for(EventSession, "before_update")
def _bump_sequence_on_move(_mapper: Any, _conn: Any, target: EventSession) -> None:
    """A new start or duration is a new version of the calendar entry (RFC 5545 SEQUENCE)."""
    state = inspect(target)
    if state.attrs.starts_at.history.has_changes() or (
        state.attrs.duration_minutes.history.has_changes()
    ):
        old = state.attrs.starts_at.history.deleted
        new = state.attrs.starts_at.history.added
        moved = bool(old and new and old[0] != new[0])
        d_old = state.attrs.duration_minutes.history.deleted
        d_new = state.attrs.duration_minutes.history.added
        resized = bool(d_old and d_new and d_old[0] != d_new[0])
        if moved or resized:
            target.sequence = (target.sequence or 0) + 1


class SessionSpeaker(Base):
    """A speaker's place in a session: order, role (moderator of a panel) and consent."""

    __tablename__ = "session_speakers"
    __table_args__ = (
        UniqueConstraint("session_id", "speaker_id"),
        CheckConstraint(_in("role", SPEAKER_ROLES), name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(16), default="speaker")
    recording_consent: Mapped[bool | None] = mapped_column(Boolean)

    session: Mapped[EventSession] = relationship(back_populates="speakers")
    speaker: Mapped[Speaker] = relationship(back_populates="appearances")


class StreamLink(Base):
    """A stream or call link; its key lives in the OS keyring, never here."""

    __tablename__ = "stream_links"
    __table_args__ = (CheckConstraint(_in("purpose", STREAM_PURPOSES), name="purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Team mode: a save based on an older version is refused (see crud.conflict_error).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(16), default="main")
    platform: Mapped[str] = mapped_column(String(32), default="other")
    viewer_url: Mapped[str | None] = mapped_column(String(2000))
    studio_url: Mapped[str | None] = mapped_column(String(2000))
    label: Mapped[str] = mapped_column(String(200), default="")

    event: Mapped[Event] = relationship(back_populates="stream_links")
    session: Mapped[EventSession | None] = relationship(back_populates="stream_links")


class ChecklistTemplate(Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (CheckConstraint(_in("applies_to", TEMPLATE_SCOPES), name="applies_to"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Team mode: a save based on an older version is refused (see crud.conflict_error).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    applies_to: Mapped[str] = mapped_column(String(16), default="event")
    formats: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: every format
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)

    items: Mapped[list[TemplateItem]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="TemplateItem.position",
        passive_deletes=True,
    )


class TemplateItem(Base):
    __tablename__ = "template_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    why: Mapped[str] = mapped_column(Text, default="")
    offset_minutes: Mapped[int] = mapped_column(Integer, default=0)  # from event start
    at_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM" wall clock, event zone
    category: Mapped[str] = mapped_column(String(50), default="")
    owner_role: Mapped[str] = mapped_column(String(50), default="organiser")

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")


class ChecklistItem(Base):
    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Team mode: a save based on an older version is refused (see crud.conflict_error).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    template_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("template_items.id", ondelete="SET NULL")
    )
    template_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    why: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(50), default="")
    owner_role: Mapped[str] = mapped_column(String(50), default="organiser")
    offset_minutes: Mapped[int | None] = mapped_column(Integer)
    at_time: Mapped[str | None] = mapped_column(String(5))
    due_at: Mapped[DateTime | None]
    done_at: Mapped[DateTime | None]
    assignee: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="checklist_items")
    speaker: Mapped[Speaker | None] = relationship()


class Attendee(Base):
    __tablename__ = "attendees"
    __table_args__ = (
        UniqueConstraint("event_id", "source", "external_id"),
        # One person per address in an event (people without a platform id):
        # two imports at once cannot both add them. See attendee_email_key.
        UniqueConstraint("event_id", "email_key"),
        CheckConstraint(_in("role", ATTENDEE_ROLES), name="role"),
        CheckConstraint(_in("rsvp", RSVP_STATES), name="rsvp"),
        Index("ix_attendees_event_search", "event_id", "search_key"),
        # A scan matches codes whatever case the scanner typed them in.
        Index("ix_attendees_token_lower", func.lower(text("checkin_token"))),
        Index("ix_attendees_external_lower", func.lower(text("external_id"))),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Team mode: a save based on an older version is refused (see crud.conflict_error).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(50), default="")
    role: Mapped[str] = mapped_column(String(16), default="attendee")
    source: Mapped[str] = mapped_column(String(16), default="manual")
    external_id: Mapped[str | None] = mapped_column(String(200))
    email_key: Mapped[str | None] = mapped_column(String(254))
    rsvp: Mapped[str] = mapped_column(String(16), default="going")
    guests: Mapped[int] = mapped_column(Integer, default=0)
    checked_in_at: Mapped[DateTime | None]
    checked_in_door: Mapped[str | None] = mapped_column(String(100))
    badge_printed_at: Mapped[DateTime | None]
    checkin_token: Mapped[str] = mapped_column(String(32), unique=True, default=new_token)
    edited_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_key: Mapped[str] = mapped_column(String(800), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[DateTime] = mapped_column(default=lambda: pendulum.now("UTC"))

    event: Mapped[Event] = relationship(back_populates="attendees")
    ticket_codes: Mapped[list[TicketCode]] = relationship(
        back_populates="attendee", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)


class TicketCode(Base):
    """One code a person can show at the door besides our own badge token.

    Eventbrite barcode, Luma QR URL, pretix secret, Ti.to reference ...: ``code``
    is stored folded (see :func:`organiser.tickets.normalise`) so a scan matches
    exactly whatever case the scanner typed; ``value`` keeps it as imported.
    """

    __tablename__ = "ticket_codes"
    __table_args__ = (
        UniqueConstraint("attendee_id", "code"),
        Index("ix_ticket_codes_code", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendees.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32), default="")
    code: Mapped[str] = mapped_column(String(500))
    value: Mapped[str] = mapped_column(String(500), default="")

    attendee: Mapped[Attendee] = relationship(back_populates="ticket_codes")


def attendee_email_key(email: str | None, external_id: str | None) -> str | None:
    """The address that must be unique in an event, or None.

    People with a platform id are told apart by it (Eventbrite puts the buyer's
    address on every ticket), so only people without one are keyed by address.
    """
    if external_id or not email or not email.strip():
        return None
    return email.strip().lower()


@sa_event.listens_for(Attendee, "before_insert")
def _key_new_attendee(_mapper: Any, _conn: Any, a: Attendee) -> None:
    a.email_key = attendee_email_key(a.email, a.external_id)


@sa_event.listens_for(Attendee, "before_update")
def _rekey_attendee(_mapper: Any, _conn: Any, a: Attendee) -> None:
    # Only when the address or id changes: an older file may hold two rows with
    # one address (kept unkeyed by the upgrade) and must stay editable.
    state = sa_inspect(a)
    if state.attrs.email.history.has_changes() or state.attrs.external_id.history.has_changes():
        a.email_key = attendee_email_key(a.email, a.external_id)


class BadgeLayout(Base):
    """An organiser's own label sheet; the shipped ones live in resources/."""

    __tablename__ = "badge_layouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AppSetting(Base):
    """Small key/value settings that belong with the data (e.g. printer calibration)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


__all__ = [
    "Attendee",
    "AppSetting",
    "BadgeLayout",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "Event",
    "EventSession",
    "SessionSpeaker",
    "Speaker",
    "StreamLink",
    "TemplateItem",
    "TicketCode",
    "UTCDateTime",
    "Venue",
]
