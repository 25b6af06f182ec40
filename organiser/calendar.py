"""ICS export: the event and each session as calendar entries.

Every start and end carries its TZID and the file holds one VTIMEZONE per
zone used (older Outlook shifts events whose zone it cannot find). UIDs are
built from this database's id and the record ids, so importing the file
again updates the entries instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
from pendulum import DateTime
from sqlalchemy.orm import Session

from organiser import __version__, streaming
from organiser.agenda import list_sessions, time_range
from organiser.crud import get_or_error
from organiser.events import get_event
from organiser.models import Event, EventSession, Speaker
from organiser.secrets import database_id

PRODID = f"-//Meetup Organiser//{__version__}//EN"


def _one_line(text: str) -> str:
    """Titles and places are one line in a calendar (a line break would end the field)."""
    return " ".join(text.split())


def _at(instant: DateTime, zone: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(instant.timestamp(), ZoneInfo(zone))


def event_uid(s: Session, event_id: int) -> str:
    return f"event-{event_id}-{database_id(s)}@meetup-organiser"


def session_uid(s: Session, session_id: int) -> str:
    return f"session-{session_id}-{database_id(s)}@meetup-organiser"


def location_of(event: Event) -> str:
    venue = event.venue
    if venue is None:
        return "Online" if event.format == "online" else ""
    parts = [venue.name, venue.address.replace("\n", ", ")]
    text = ", ".join(p for p in parts if p)
    return f"{text} (and online)" if event.format == "hybrid" else text


def _speakers_line(session: EventSession) -> str:
    names = []
    for link in session.speakers:
        sp = link.speaker
        text = sp.name + (f" ({sp.affiliation})" if sp.affiliation else "")
        if link.role == "moderator":
            text += ", moderator"
        names.append(text)
    return "; ".join(names)


def build_ics(s: Session, event_id: int, *, speaker_id: int | None = None) -> bytes:
    """The calendar file; with ``speaker_id``, only that speaker's sessions in their zone."""
    event = get_event(s, event_id)
    zone = event.timezone
    session_zone = zone
    sessions = list_sessions(s, event_id)
    if speaker_id is not None:
        speaker = get_or_error(s, Speaker, speaker_id, "speaker")
        session_zone = speaker.timezone or zone
        sessions = [x for x in sessions if any(p.speaker_id == speaker_id for p in x.speakers)]
    main = streaming.main_link(s, event_id)
    backup = next(
        (
            x
            for x in streaming.list_links(s, event_id)
            if x.session_id is None and x.purpose == "backup" and x.viewer_url
        ),
        None,
    )
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    location = location_of(event)

    lines = [event.description] if event.description else []
    if main is not None and main.viewer_url:
        lines.append(f"Join online ({streaming.platform_label(main.platform)}): {main.viewer_url}")
    if backup is not None and backup.viewer_url:
        lines.append(f"Backup link: {backup.viewer_url}")
    if sessions:
        lines.append("")
        lines.append("Agenda:")
        for x in sessions:
            lines.append(f"{time_range(x.starts_at, x.ends_at, zone)}  {x.title}")

    cal = icalendar.Calendar.new(
        prodid=PRODID, name=_one_line(event.title), uid=f"calendar-{event.id}-{database_id(s)}"
    )
    cal.add("method", "PUBLISH")
    ev = icalendar.Event.new(
        uid=event_uid(s, event.id),
        summary=_one_line(event.title),
        start=_at(event.starts_at, zone),
        end=_at(event.ends_at, zone),
        stamp=stamp,
        description="\n".join(lines).strip(),
        location=_one_line(location) or None,
        url=main.viewer_url if main is not None else None,
        sequence=max(0, event.version - 1),
        last_modified=event.updated_at,
    )
    ev.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    cal.add_component(ev)
    for x in sessions:
        link = streaming.main_link(s, event_id, x.id)
        body = []
        who = _speakers_line(x)
        if who:
            body.append(who)
        if x.abstract:
            body.append(x.abstract)
        if link is not None and link.viewer_url:
            body.append(f"Watch online: {link.viewer_url}")
        body.append(f"Part of {event.title}.")
        cal.add_component(
            icalendar.Event.new(
                uid=session_uid(s, x.id),
                summary=_one_line(x.title),
                start=_at(x.starts_at, session_zone),
                end=_at(x.ends_at, session_zone),
                stamp=stamp,
                description="\n\n".join(body),
                location=_one_line(location) or None,
                url=link.viewer_url if link is not None else None,
                related_to=event_uid(s, event.id),
            )
        )
    first = event.starts_at.in_timezone(zone).date().subtract(days=30)
    last = event.ends_at.in_timezone(zone).date().add(days=30)
    cal.add_missing_timezones(first, last)
    data: bytes = cal.to_ical()
    return data
