"""What the organiser sees at a glance, computed with SQL aggregates.

The dashboard and the window's lists read these small frozen records instead
of ORM objects, so the GUI never loads a whole attendee list to count it and
never touches a detached relationship.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pendulum import DateTime
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from organiser.crud import get_or_error
from organiser.events import FORMAT_LABELS
from organiser.models import (
    Attendee,
    ChecklistItem,
    Event,
    EventSession,
    SessionSpeaker,
    Speaker,
    StreamLink,
    Venue,
)
from organiser.stats import going_and_checked_in
from organiser.timeutil import now_utc

NEXT_ITEMS = 5


# -- records ------------------------------------------------------------------------


@dataclass(frozen=True)
class EventSummary:
    """One line of the events sidebar."""

    id: int
    title: str
    starts_at: DateTime
    ends_at: DateTime
    timezone: str
    format: str
    status: str
    venue_name: str
    going: int
    is_past: bool


@dataclass(frozen=True)
class VenueSummary:
    id: int
    name: str
    address: str
    capacity: int | None
    contact_name: str
    events: int


@dataclass(frozen=True)
class SpeakerSummary:
    id: int
    name: str
    pronouns: str
    email: str
    affiliation: str
    timezone: str
    remote: bool
    sessions: int
    has_photo: bool


@dataclass(frozen=True)
class SessionSummary:
    id: int
    position: int
    kind: str
    title: str
    starts_at: DateTime
    duration_minutes: int
    room: str
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class DueItem:
    """An open checklist item, with whose it is (event or a speaker)."""

    id: int
    title: str
    due_at: DateTime | None
    overdue: bool
    speaker_name: str
    days_left: int | None  # calendar days (event's zone) until due; 0 today, negative past


@dataclass(frozen=True)
class ReadinessRow:
    speaker_id: int
    name: str
    remote: bool
    # One entry per column: "done", "open", "overdue" or "none" (no such item).
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Readiness:
    columns: tuple[str, ...]
    rows: tuple[ReadinessRow, ...]

    @property
    def empty(self) -> bool:
        return not self.columns or not self.rows


@dataclass(frozen=True)
class Countdown:
    """Where the event stands in time: ``phase`` is before, during or after."""

    phase: str
    seconds: int  # to the start (before), to the end (during), since the end (after)


@dataclass(frozen=True)
class TrendPoint:
    event_id: int
    title: str
    starts_at: DateTime
    going: int
    checked_in: int


@dataclass(frozen=True)
class EventOverview:
    id: int
    title: str
    starts_at: DateTime
    ends_at: DateTime
    timezone: str
    format: str
    format_label: str
    status: str
    venue_name: str
    venue_address: str
    venue_capacity: int | None
    venue_closing_time: str | None
    event_capacity: int | None
    stream_links: int
    going: int
    waitlist: int
    not_going: int
    checked_in: int
    sessions: int
    speakers: int
    checklist_done: int
    checklist_total: int
    overdue: int
    next_items: tuple[DueItem, ...]
    readiness: Readiness
    trend: tuple[TrendPoint, ...] = field(default=())
    guests_going: int = 0  # the +1s the people going bring (Meetup "Guests")
    guests_in: int = 0  # the +1s of the people checked in

    @property
    def people_going(self) -> int:
        """Heads expected: RSVPs going and their guests (what the room must hold)."""
        return self.going + self.guests_going

    @property
    def people_in(self) -> int:
        return self.checked_in + self.guests_in

    @property
    def capacity(self) -> int | None:
        """The tighter of the event's own limit and the room's."""
        limits = [c for c in (self.event_capacity, self.venue_capacity) if c]
        return min(limits) if limits else None

    def countdown(self, now: DateTime | None = None) -> Countdown:
        now = now or now_utc()
        if now < self.starts_at:
            return Countdown("before", int((self.starts_at - now).total_seconds()))
        if now < self.ends_at:
            return Countdown("during", int((self.ends_at - now).total_seconds()))
        return Countdown("after", int((now - self.ends_at).total_seconds()))


# -- queries ------------------------------------------------------------------------


def has_events(s: Session) -> bool:
    return s.scalar(select(Event.id).limit(1)) is not None


def event_summaries(s: Session, now: DateTime | None = None) -> list[EventSummary]:
    """All events, upcoming first (soonest first), then past (latest first)."""
    now = now or now_utc()
    going = (
        select(Attendee.event_id, func.count().label("n"))
        .where(Attendee.rsvp == "going")
        .group_by(Attendee.event_id)
        .subquery()
    )
    rows = s.execute(
        select(
            Event.id,
            Event.title,
            Event.starts_at,
            Event.ends_at,
            Event.timezone,
            Event.format,
            Event.status,
            Venue.name,
            func.coalesce(going.c.n, 0),
        )
        .outerjoin(Venue, Venue.id == Event.venue_id)
        .outerjoin(going, going.c.event_id == Event.id)
        .order_by(Event.starts_at, Event.id)
    ).all()
    out = [
        EventSummary(
            id=r[0],
            title=r[1],
            starts_at=r[2],
            ends_at=r[3],
            timezone=r[4],
            format=r[5],
            status=r[6],
            venue_name=r[7] or "",
            going=int(r[8]),
            is_past=r[3] < now,
        )
        for r in rows
    ]
    upcoming = [e for e in out if not e.is_past]
    past = [e for e in out if e.is_past]
    return upcoming + past[::-1]


def event_summary(s: Session, event_id: int, now: DateTime | None = None) -> EventSummary:
    for e in event_summaries_for(s, [event_id], now):
        return e
    get_or_error(s, Event, event_id, "event")
    raise AssertionError("unreachable")  # pragma: no cover


def event_summaries_for(
    s: Session, ids: list[int], now: DateTime | None = None
) -> list[EventSummary]:
    wanted = set(ids)
    return [e for e in event_summaries(s, now) if e.id in wanted]


def venue_summaries(s: Session) -> list[VenueSummary]:
    used = select(Event.venue_id, func.count().label("n")).group_by(Event.venue_id).subquery()
    rows = s.execute(
        select(
            Venue.id,
            Venue.name,
            Venue.address,
            Venue.capacity,
            Venue.contact_name,
            func.coalesce(used.c.n, 0),
        )
        .outerjoin(used, used.c.venue_id == Venue.id)
        .order_by(Venue.name)
    ).all()
    return [
        VenueSummary(
            id=r[0],
            name=r[1],
            address=r[2] or "",
            capacity=r[3],
            contact_name=r[4] or "",
            events=int(r[5]),
        )
        for r in rows
    ]


def speaker_summaries(s: Session, event_id: int | None = None) -> list[SpeakerSummary]:
    """The speaker library, or only the people on stage at one event."""
    talks = (
        select(SessionSpeaker.speaker_id, func.count().label("n"))
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .group_by(SessionSpeaker.speaker_id)
    )
    if event_id is not None:
        talks = talks.where(EventSession.event_id == event_id)
    sub = talks.subquery()
    query = (
        select(
            Speaker.id,
            Speaker.name,
            Speaker.pronouns,
            Speaker.email,
            Speaker.affiliation,
            Speaker.timezone,
            Speaker.remote,
            func.coalesce(sub.c.n, 0),
            Speaker.photo_mime,
        )
        .outerjoin(sub, sub.c.speaker_id == Speaker.id)
        .order_by(Speaker.name)
    )
    if event_id is not None:
        query = query.where(sub.c.n > 0)
    return [
        SpeakerSummary(
            id=r[0],
            name=r[1],
            pronouns=r[2] or "",
            email=r[3] or "",
            affiliation=r[4] or "",
            timezone=r[5] or "",
            remote=bool(r[6]),
            sessions=int(r[7]),
            has_photo=r[8] is not None,
        )
        for r in s.execute(query).all()
    ]


def session_summaries(s: Session, event_id: int) -> list[SessionSummary]:
    sessions = list(
        s.scalars(
            select(EventSession)
            .where(EventSession.event_id == event_id)
            .order_by(EventSession.position, EventSession.starts_at)
        )
    )
    names: dict[int, list[str]] = {x.id: [] for x in sessions}
    if sessions:
        for sid, name in s.execute(
            select(SessionSpeaker.session_id, Speaker.name)
            .join(Speaker, Speaker.id == SessionSpeaker.speaker_id)
            .where(SessionSpeaker.session_id.in_(list(names)))
            .order_by(SessionSpeaker.session_id, SessionSpeaker.position)
        ).all():
            names[sid].append(name)
    return [
        SessionSummary(
            id=x.id,
            position=x.position,
            kind=x.kind,
            title=x.title,
            starts_at=x.starts_at,
            duration_minutes=x.duration_minutes,
            room=x.room,
            speakers=tuple(names[x.id]),
        )
        for x in sessions
    ]


def attendance_trend(s: Session, *, before: DateTime, limit: int = 8) -> list[TrendPoint]:
    """RSVPs going and people checked in at the latest events up to ``before``.

    Only those few events' attendees are counted (through the event_id index),
    so the dashboard stays quick with years of history in the database.
    """
    recent = list(
        s.execute(
            select(Event.id, Event.title, Event.starts_at)
            .where(Event.starts_at <= before)
            .order_by(Event.starts_at.desc(), Event.id.desc())
            .limit(limit)
        ).all()
    )
    if not recent:
        return []
    ids = [r[0] for r in recent]
    counts = going_and_checked_in(s, ids)
    return [
        TrendPoint(
            event_id=eid,
            title=title,
            starts_at=start,
            going=counts.get(eid, (0, 0))[0],
            checked_in=counts.get(eid, (0, 0))[1],
        )
        for eid, title, start in reversed(recent)
    ]


def _days_between(now: DateTime, when: DateTime, zone: str) -> int:
    """Calendar days from today to ``when`` as the organiser's wall calendar shows them."""
    today = now.in_timezone(zone).date()
    return (when.in_timezone(zone).date() - today).days


def _readiness(s: Session, event_id: int, now: DateTime) -> Readiness:
    items = s.execute(
        select(
            ChecklistItem.speaker_id,
            ChecklistItem.title,
            ChecklistItem.position,
            ChecklistItem.due_at,
            ChecklistItem.done_at,
        )
        .where(ChecklistItem.event_id == event_id, ChecklistItem.speaker_id.is_not(None))
        .order_by(ChecklistItem.position, ChecklistItem.id)
    ).all()
    if not items:
        return Readiness((), ())
    columns: list[str] = []
    state: dict[tuple[int | None, str], str] = {}
    for speaker_id, title, _pos, due_at, done_at in items:
        if title not in columns:
            columns.append(title)
        if done_at is not None:
            cell = "done"
        elif due_at is not None and due_at < now:
            cell = "overdue"
        else:
            cell = "open"
        state[(speaker_id, title)] = cell
    speaker_ids = {sid for sid, *_ in items}
    people = s.execute(
        select(Speaker.id, Speaker.name, Speaker.remote)
        .where(Speaker.id.in_(speaker_ids))
        .order_by(Speaker.name)
    ).all()
    rows = tuple(
        ReadinessRow(
            speaker_id=sid,
            name=name,
            remote=bool(remote),
            cells=tuple(state.get((sid, c), "none") for c in columns),
        )
        for sid, name, remote in people
    )
    return Readiness(tuple(columns), rows)


def event_overview(s: Session, event_id: int, now: DateTime | None = None) -> EventOverview:
    """Everything the Overview page draws, in a handful of aggregate queries."""
    now = now or now_utc()
    event = get_or_error(s, Event, event_id, "event")
    venue = s.get(Venue, event.venue_id) if event.venue_id is not None else None
    counts = s.execute(
        select(
            func.sum(case((Attendee.rsvp == "going", 1), else_=0)),
            func.sum(case((Attendee.rsvp == "waitlist", 1), else_=0)),
            func.sum(case((Attendee.rsvp == "not_going", 1), else_=0)),
            func.sum(case((Attendee.checked_in_at.is_not(None), 1), else_=0)),
            func.sum(case((Attendee.rsvp == "going", Attendee.guests), else_=0)),
            func.sum(case((Attendee.checked_in_at.is_not(None), Attendee.guests), else_=0)),
        ).where(Attendee.event_id == event_id)
    ).one()
    going, waitlist, not_going, checked_in, guests_going, guests_in = (
        int(c or 0) for c in counts
    )
    n_sessions = s.scalar(
        select(func.count()).select_from(EventSession).where(EventSession.event_id == event_id)
    )
    n_links = s.scalar(
        select(func.count()).select_from(StreamLink).where(StreamLink.event_id == event_id)
    )
    n_speakers = s.scalar(
        select(func.count(func.distinct(SessionSpeaker.speaker_id)))
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .where(EventSession.event_id == event_id)
    )
    done, total, overdue = s.execute(
        select(
            func.sum(case((ChecklistItem.done_at.is_not(None), 1), else_=0)),
            func.count(ChecklistItem.id),
            func.sum(
                case(
                    ((ChecklistItem.done_at.is_(None)) & (ChecklistItem.due_at < now), 1),
                    else_=0,
                )
            ),
        ).where(ChecklistItem.event_id == event_id)
    ).one()
    open_rows = s.execute(
        select(ChecklistItem.id, ChecklistItem.title, ChecklistItem.due_at, Speaker.name)
        .outerjoin(Speaker, Speaker.id == ChecklistItem.speaker_id)
        .where(ChecklistItem.event_id == event_id, ChecklistItem.done_at.is_(None))
        .order_by(ChecklistItem.due_at.is_(None), ChecklistItem.due_at, ChecklistItem.position)
        .limit(NEXT_ITEMS)
    ).all()
    next_items = tuple(
        DueItem(
            id=r[0],
            title=r[1],
            due_at=r[2],
            overdue=r[2] is not None and r[2] < now,
            speaker_name=r[3] or "",
            days_left=_days_between(now, r[2], event.timezone) if r[2] is not None else None,
        )
        for r in open_rows
    )
    return EventOverview(
        id=event.id,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        timezone=event.timezone,
        format=event.format,
        format_label=FORMAT_LABELS.get(event.format, event.format),
        status=event.status,
        venue_name=venue.name if venue else "",
        venue_address=venue.address if venue else "",
        venue_capacity=venue.capacity if venue else None,
        venue_closing_time=venue.closing_time if venue else None,
        event_capacity=event.capacity,
        stream_links=int(n_links or 0),
        going=going,
        waitlist=waitlist,
        not_going=not_going,
        checked_in=checked_in,
        sessions=int(n_sessions or 0),
        speakers=int(n_speakers or 0),
        checklist_done=int(done or 0),
        checklist_total=int(total or 0),
        overdue=int(overdue or 0),
        next_items=next_items,
        readiness=_readiness(s, event_id, now),
        trend=tuple(attendance_trend(s, before=event.starts_at)),
        guests_going=guests_going,
        guests_in=guests_in,
    )
