"""Events: create, change, copy, list and delete meetups."""

from __future__ import annotations

from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import checklists, i18n
from organiser import validation as v
from organiser.crud import apply, check_lengths, check_version, get_or_error
from organiser.errors import ValidationError
from organiser.models import (
    EVENT_FORMATS,
    EVENT_STATUSES,
    Event,
    EventSession,
    SessionSpeaker,
    StreamLink,
    Venue,
)
from organiser.timeutil import check_zone, now_utc

FORMAT_LABELS = {
    "in_person": i18n.N_("In person"),
    "online": i18n.N_("Online"),
    "hybrid": i18n.N_("Hybrid"),
}
STREAMED_FORMATS = frozenset({"online", "hybrid"})  # watched online: links, readiness
IN_ROOM_FORMATS = frozenset({"in_person", "hybrid"})  # people meet at a venue
_TEXT_FIELDS = ("description", "organiser_name", "organiser_phone")


def is_streamed(format: str) -> bool:
    """Whether an event of this format is streamed (online or hybrid)."""
    return format in STREAMED_FORMATS


def meets_in_room(format: str) -> bool:
    """Whether people of an event of this format meet in a room (in person or hybrid)."""
    return format in IN_ROOM_FORMATS


def _aware(value: Any, field: str) -> DateTime:
    if not isinstance(value, DateTime) or value.tzinfo is None:
        raise ValidationError(field, "Give the time with its time zone.")
    return pendulum.instance(value).in_timezone("UTC")


def _clean(s: Session, fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "title":
            out[key] = v.required(value, "title", "The event title")
        elif key in ("starts_at", "ends_at"):
            out[key] = _aware(value, key)
        elif key == "timezone":
            out[key] = check_zone(value)
        elif key == "format":
            out[key] = v.choice(value, EVENT_FORMATS, "format", "Format")
        elif key == "status":
            out[key] = v.choice(value, EVENT_STATUSES, "status", "Status")
        elif key == "capacity":
            out[key] = v.capacity(value)
        elif key == "venue_id":
            if value is not None:
                get_or_error(s, Venue, int(value), "venue")
            out[key] = value
        elif key == "viewer_zones":
            zones: list[str] = []
            for z in value or ():
                zone = check_zone(z, "viewer_zones")
                if zone not in zones:
                    zones.append(zone)
            out[key] = zones
        elif key == "language":
            # Stored as written in a tag ("en-US"); empty means "not chosen".
            out[key] = i18n.normalise(value).replace("_", "-") if value else None
        elif key == "organiser_email":
            out[key] = v.optional_email(value, "organiser_email")
        elif key in _TEXT_FIELDS:
            out[key] = v.clean_text(value)
        else:
            raise TypeError(f"unknown event field {key}")
    return out


def _check_times(starts_at: DateTime, ends_at: DateTime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("ends_at", "The event must end after it starts.")
    if (ends_at - starts_at).in_days() > 14:
        raise ValidationError("ends_at", "An event cannot last more than two weeks.")


def create_event(
    s: Session,
    *,
    title: str,
    starts_at: DateTime,
    ends_at: DateTime,
    timezone: str,
    **fields: Any,
) -> Event:
    data = _clean(
        s,
        {
            "title": title,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "timezone": timezone,
            **fields,
        },
    )
    check_lengths(Event, data)
    _check_times(data["starts_at"], data["ends_at"])
    event = Event(**data)
    s.add(event)
    s.flush()
    return event


def update_event(
    s: Session, event_id: int, *, expected_version: int | None = None, **changes: Any
) -> Event:
    """Change an event; moving its start moves its sessions with it."""
    event = get_event(s, event_id)
    data = _clean(s, changes)
    check_lengths(Event, data)
    check_version(event, expected_version, "event", data)
    new_start = data.get("starts_at", event.starts_at)
    new_end = data.get("ends_at", event.ends_at)
    if "starts_at" in data and "ends_at" not in data:
        new_end = new_start + (event.ends_at - event.starts_at).as_timedelta()
        data["ends_at"] = new_end
    _check_times(new_start, new_end)
    # An exact timedelta: a pendulum Interval added to another date counts calendar
    # months, so sessions would move by a different amount than the event.
    shift = (new_start - event.starts_at).as_timedelta()
    apply(event, data)
    if shift.total_seconds():
        for session in event.sessions:
            session.starts_at = session.starts_at + shift
    s.flush()
    if shift.total_seconds() or "timezone" in data:
        checklists.reschedule(s, event.id)
    return event


def delete_event(s: Session, event_id: int) -> None:
    s.delete(get_event(s, event_id))
    s.flush()


def get_event(s: Session, event_id: int) -> Event:
    return get_or_error(s, Event, event_id, "event", "Run `events` to list them.")


def list_events(s: Session) -> list[Event]:
    """Upcoming events first (soonest first), then past ones (latest first)."""
    now = now_utc()
    events = list(s.scalars(select(Event).order_by(Event.starts_at)))
    upcoming = [e for e in events if e.ends_at >= now]
    past = [e for e in events if e.ends_at < now]
    return upcoming + past[::-1]


def copy_event(
    s: Session, event_id: int, *, starts_at: DateTime, title: str | None = None
) -> Event:
    """Make "New event from this one": same set-up, agenda and links, no attendees."""
    src = get_event(s, event_id)
    start = _aware(starts_at, "starts_at")
    shift = (start - src.starts_at).as_timedelta()  # exact, not calendar months
    new = create_event(
        s,
        title=title or src.title,
        starts_at=start,
        ends_at=src.ends_at + shift,
        timezone=src.timezone,
        format=src.format,
        capacity=src.capacity,
        venue_id=src.venue_id,
        description=src.description,
        viewer_zones=list(src.viewer_zones or []),
        organiser_name=src.organiser_name,
        organiser_email=src.organiser_email,
        organiser_phone=src.organiser_phone,
        language=src.language,
    )
    session_map: dict[int, EventSession] = {}
    for old in src.sessions:
        copy = EventSession(
            event_id=new.id,
            position=old.position,
            kind=old.kind,
            title=old.title,
            abstract=old.abstract,
            starts_at=old.starts_at + shift,
            duration_minutes=old.duration_minutes,
            locked=old.locked,
            room=old.room,
        )
        for sp in old.speakers:
            copy.speakers.append(
                SessionSpeaker(speaker_id=sp.speaker_id, position=sp.position, role=sp.role)
            )
        s.add(copy)
        session_map[old.id] = copy
    for link in src.stream_links:
        s.add(
            StreamLink(
                event_id=new.id,
                session=session_map.get(link.session_id) if link.session_id else None,
                purpose=link.purpose,
                platform=link.platform,
                viewer_url=link.viewer_url,
                studio_url=link.studio_url,
                label=link.label,
            )
        )
    s.flush()
    return new


def describe_start(event: Event) -> str:
    """The start in the event's own zone, with the zone named."""
    local = event.starts_at.in_timezone(event.timezone)
    return f"{local.format('ddd D MMM YYYY HH:mm')} {event.timezone}"


def event_filename(s: Session, event_id: int, what: str, ext: str = "pdf") -> str:
    """A file name that says which event it is for: ``ml-rome-42-2026-12-10-badges.pdf``.

    ``s`` is an open session; the date is the event's local date.
    """
    import re
    import unicodedata

    from organiser.timeutil import in_zone

    ev = get_event(s, event_id)
    ascii_title = unicodedata.normalize("NFKD", ev.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:50].strip("-")
    day = in_zone(ev.starts_at, ev.timezone).format("YYYY-MM-DD")
    parts = [p for p in (slug or "event", day, what) if p]
    return "-".join(parts) + f".{ext}"
