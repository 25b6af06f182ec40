"""Attendance numbers: per event, the trend across past events, repeat no-shows.

A no-show is someone marked going who was not checked in. Events where nobody
was checked in at all are left out of no-show counting: there the organiser
did not use check-in, and calling everyone a no-show would be wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pendulum import DateTime
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from organiser.crud import get_or_error
from organiser.models import Attendee, Event
from organiser.textnorm import name_key
from organiser.timeutil import now_utc


@dataclass(frozen=True)
class EventStats:
    event_id: int
    title: str
    starts_at: DateTime
    timezone: str
    registered: int
    going: int
    waitlist: int
    not_going: int
    checked_in: int
    walk_ins: int
    is_past: bool

    @property
    def no_shows(self) -> int:
        """Going but never checked in (only meaningful once the event is over)."""
        return max(0, self.going - self.checked_in_going)

    checked_in_going: int = 0

    @property
    def no_show_rate(self) -> float | None:
        """Share of "going" people who did not come; None before the event or without data."""
        if not self.is_past or self.going == 0 or self.checked_in == 0:
            return None
        return self.no_shows / self.going

    @property
    def attendance_rate(self) -> float | None:
        if self.going == 0:
            return None
        return self.checked_in_going / self.going


def _counts(s: Session, event_ids: list[int] | None) -> dict[int, dict[str, int]]:
    checked = Attendee.checked_in_at.is_not(None)
    stmt = select(
        Attendee.event_id,
        func.count(),
        func.sum(case((Attendee.rsvp == "going", 1), else_=0)),
        func.sum(case((Attendee.rsvp == "waitlist", 1), else_=0)),
        func.sum(case((Attendee.rsvp == "not_going", 1), else_=0)),
        func.sum(case((checked, 1), else_=0)),
        func.sum(case(((Attendee.rsvp == "going") & checked, 1), else_=0)),
        func.sum(case((Attendee.source == "walk_in", 1), else_=0)),
    ).group_by(Attendee.event_id)
    if event_ids is not None:
        stmt = stmt.where(Attendee.event_id.in_(event_ids))
    out: dict[int, dict[str, int]] = {}
    for row in s.execute(stmt):
        out[row[0]] = {
            "registered": int(row[1] or 0),
            "going": int(row[2] or 0),
            "waitlist": int(row[3] or 0),
            "not_going": int(row[4] or 0),
            "checked_in": int(row[5] or 0),
            "checked_in_going": int(row[6] or 0),
            "walk_ins": int(row[7] or 0),
        }
    return out


def _stats(event: Event, counts: dict[str, int], now: DateTime) -> EventStats:
    return EventStats(
        event_id=event.id,
        title=event.title,
        starts_at=event.starts_at,
        timezone=event.timezone,
        registered=counts.get("registered", 0),
        going=counts.get("going", 0),
        waitlist=counts.get("waitlist", 0),
        not_going=counts.get("not_going", 0),
        checked_in=counts.get("checked_in", 0),
        walk_ins=counts.get("walk_ins", 0),
        checked_in_going=counts.get("checked_in_going", 0),
        is_past=event.ends_at < now,
    )


def event_stats(s: Session, event_id: int, *, now: DateTime | None = None) -> EventStats:
    event = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    counts = _counts(s, [event_id]).get(event_id, {})
    return _stats(event, counts, now or now_utc())


def attendance_trend(
    s: Session,
    *,
    limit: int = 12,
    now: DateTime | None = None,
    through_event: int | None = None,
) -> list[EventStats]:
    """The last ``limit`` past events, oldest first (data for the Overview chart).

    With ``through_event`` the series ends with that event instead (past or not),
    so the Overview of an upcoming meetup shows it beside the ones before it.
    Only those events' attendees are counted.
    """
    moment = now or now_utc()
    stmt = select(Event).where(Event.status != "cancelled")
    if through_event is not None:
        anchor = get_or_error(s, Event, through_event, "event", "Run `events` to list them.")
        stmt = stmt.where(
            (Event.starts_at < anchor.starts_at)
            | ((Event.starts_at == anchor.starts_at) & (Event.id <= anchor.id))
        )
    else:
        stmt = stmt.where(Event.ends_at < moment)
    events = list(s.scalars(stmt.order_by(Event.starts_at.desc(), Event.id.desc()).limit(limit)))
    events.reverse()
    counts = _counts(s, [e.id for e in events])
    return [_stats(e, counts.get(e.id, {}), moment) for e in events]


@dataclass
class RepeatNoShow:
    """Someone who said they were going and did not come, more than once."""

    name: str
    email: str | None
    event_ids: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.event_ids)


def _person_key(a: Attendee) -> str:
    if a.email:
        return "e:" + a.email.lower()
    return "n:" + name_key(a.first_name, a.last_name)


def repeat_no_shows(
    s: Session, *, min_events: int = 2, now: DateTime | None = None
) -> list[RepeatNoShow]:
    """People (same email, else same normalised name) who no-showed at ``min_events``+ events."""
    moment = now or now_utc()
    used_checkin = (
        select(Attendee.event_id)
        .where(Attendee.checked_in_at.is_not(None))
        .group_by(Attendee.event_id)
    )
    rows = s.scalars(
        select(Attendee)
        .join(Event, Event.id == Attendee.event_id)
        .where(
            Event.ends_at < moment,
            Event.status != "cancelled",
            Attendee.rsvp == "going",
            Attendee.checked_in_at.is_(None),
            Attendee.event_id.in_(used_checkin),
        )
        .order_by(Event.starts_at)
    )
    people: dict[str, RepeatNoShow] = {}
    by_name: dict[str, str] = {}
    for a in rows:
        key = _person_key(a)
        nk = "n:" + name_key(a.first_name, a.last_name)
        if key.startswith("e:") and nk in people and nk not in by_name:
            # the same person once without, once with an email: merge into the email key
            people[key] = people.pop(nk)
        if key.startswith("n:") and key in by_name:
            key = by_name[key]
        if key.startswith("e:"):
            by_name.setdefault(nk, key)
        entry = people.setdefault(key, RepeatNoShow(name=a.full_name, email=a.email))
        if a.event_id not in entry.event_ids:
            entry.event_ids.append(a.event_id)
    flagged = [p for p in people.values() if p.count >= min_events]
    flagged.sort(key=lambda p: (-p.count, p.name.casefold()))
    return flagged


def flagged_attendees(
    s: Session, event_id: int, *, min_events: int = 2, now: DateTime | None = None
) -> set[int]:
    """Ids of this event's attendees who are repeat no-shows elsewhere (to mark in the table)."""
    flagged = repeat_no_shows(s, min_events=min_events, now=now)
    emails = {p.email.lower() for p in flagged if p.email}
    names = {name_key(p.name, "") for p in flagged}
    out: set[int] = set()
    for a in s.scalars(select(Attendee).where(Attendee.event_id == event_id)):
        if (a.email and a.email.lower() in emails) or name_key(a.first_name, a.last_name) in names:
            out.add(a.id)
    return out


__all__ = [
    "EventStats",
    "RepeatNoShow",
    "attendance_trend",
    "event_stats",
    "flagged_attendees",
    "repeat_no_shows",
]


def going_and_checked_in(s: Session, event_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(people going, people checked in) per event, for a row of past meetups."""
    return {
        eid: (int(going or 0), int(came or 0))
        for eid, going, came in s.execute(
            select(
                Attendee.event_id,
                func.sum(case((Attendee.rsvp == "going", 1), else_=0)),
                func.sum(case((Attendee.checked_in_at.is_not(None), 1), else_=0)),
            )
            .where(Attendee.event_id.in_(event_ids))
            .group_by(Attendee.event_id)
        ).all()
    }
