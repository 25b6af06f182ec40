"""ICS export: the event and each session as calendar entries.

Every start and end carries its TZID and the file holds one VTIMEZONE per
zone used (older Outlook shifts events whose zone it cannot find). We build
each VTIMEZONE from the zone's real transitions (:func:`vtimezone`): every
onset is the wall-clock time, in the offset before the change, at which
zoneinfo says the zone changes. A wall time inside the repeated hour of
the autumn change means different instants to different clients (RFC 5545
and vobject take the first pass, libical the second), so such an instant is
written in UTC instead. UIDs are built from this database's id and the
record ids, so importing the file again updates the entries instead of
duplicating them; SEQUENCE grows when a session moves, so clients take the
new time. With METHOD:PUBLISH, RFC 5546 wants an ORGANIZER on every entry:
without an organiser e-mail the file is a plain calendar (no METHOD).
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
from organiser.events import get_event, meets_in_room
from organiser.i18n import Output, pick, translator
from organiser.models import Event, EventSession, Speaker
from organiser.secrets import database_id

PRODID = f"-//Meetup Organiser//{__version__}//EN"


def _one_line(text: str) -> str:
    """Titles and places are one line in a calendar (a line break would end the field)."""
    return " ".join(text.split())


def _at(instant: DateTime, zone: str) -> dt.datetime:
    """The instant in ``zone``, or in UTC when its wall time falls in the repeated hour.

    RFC 5545 reads an ambiguous TZID time as the first pass, libical as the
    second: in UTC every client reads the same instant.
    """
    local = dt.datetime.fromtimestamp(instant.timestamp(), ZoneInfo(zone))
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return local.astimezone(dt.UTC)
    return local


_State = tuple[dt.timedelta | None, dt.timedelta | None, str | None]
_STEP = dt.timedelta(hours=6)  # no zone changes twice within six hours
_BACK = dt.timedelta(days=30)
_OLDEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)


def _state(zone: ZoneInfo, at: dt.datetime) -> _State:
    local = at.astimezone(zone)
    return local.utcoffset(), local.dst(), local.tzname()


def _change_in(zone: ZoneInfo, lo: dt.datetime, hi: dt.datetime) -> dt.datetime:
    """The first second in (lo, hi] whose state differs from lo's (bisection)."""
    before = _state(zone, lo)
    while hi - lo > dt.timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid <= lo:
            mid = lo + dt.timedelta(seconds=1)
        if _state(zone, mid) == before:
            lo = mid
        else:
            hi = mid
    return hi


def transitions(zone: str, first: dt.datetime, last: dt.datetime) -> list[dt.datetime]:
    """UTC instants at which ``zone`` changes offset, DST flag or abbreviation.

    The list starts with the last change at or before ``first`` (the rule in
    force when the calendar begins) and holds every change up to ``last``.
    Empty for a zone that never changed (UTC).
    """
    zi = ZoneInfo(zone)

    def changes(lo: dt.datetime, hi: dt.datetime) -> list[dt.datetime]:
        out = []
        t = lo
        while t < hi:
            nxt = min(t + _STEP, hi)
            if _state(zi, t) != _state(zi, nxt):
                t = _change_in(zi, t, nxt)
                out.append(t)
            else:
                t = nxt
        return out

    found: list[dt.datetime] = []
    cursor = first
    while cursor > _OLDEST and not found:
        lo = max(cursor - _BACK, _OLDEST)
        if _state(zi, lo) != _state(zi, cursor):
            found = changes(lo, cursor)[-1:]
        cursor = lo
    return found + changes(first, last)


def vtimezone(zone: str, first: dt.datetime, last: dt.datetime) -> icalendar.Timezone:
    """A VTIMEZONE whose every onset is one of ``zone``'s real transitions."""
    zi = ZoneInfo(zone)
    tz = icalendar.Timezone()
    tz.add("tzid", zone)
    changes = transitions(zone, first, last)
    if not changes:
        offset, _dst, name = _state(zi, first)
        fixed = icalendar.TimezoneStandard()
        fixed.add("dtstart", dt.datetime(1970, 1, 1))
        fixed.add("tzoffsetfrom", offset)
        fixed.add("tzoffsetto", offset)
        fixed.add("tzname", name or zone)
        tz.add_component(fixed)
        return tz
    for at in changes:
        before, _, _ = _state(zi, at - dt.timedelta(seconds=1))
        after, dst, name = _state(zi, at)
        assert before is not None and after is not None
        part: icalendar.Component = (
            icalendar.TimezoneDaylight() if dst else icalendar.TimezoneStandard()
        )
        part.add("dtstart", (at + before).replace(tzinfo=None))
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        if name:
            part.add("tzname", name)
        tz.add_component(part)
    return tz


def event_uid(s: Session, event_id: int) -> str:
    return f"event-{event_id}-{database_id(s)}@meetup-organiser"


def session_uid(s: Session, session_id: int) -> str:
    return f"session-{session_id}-{database_id(s)}@meetup-organiser"


def location_of(event: Event, t: Output | None = None) -> str:
    t = t or translator(None)
    venue = event.venue
    if venue is None:
        return "" if meets_in_room(event.format) else t._("Online")
    parts = [venue.name, venue.address.replace("\n", ", ")]
    text = ", ".join(p for p in parts if p)
    and_online = t._("and online")
    return f"{text} ({and_online})" if event.format == "hybrid" else text


def _speakers_line(session: EventSession, t: Output) -> str:
    names = []
    for link in session.speakers:
        sp = link.speaker
        text = sp.name + (f" ({sp.affiliation})" if sp.affiliation else "")
        if link.role == "moderator":
            text += ", " + t._("moderator")
        names.append(text)
    return "; ".join(names)


def build_ics(
    s: Session, event_id: int, *, speaker_id: int | None = None, lang: str | None = None
) -> bytes:
    """The calendar file; with ``speaker_id``, only that speaker's sessions in their zone.

    Descriptions and the location's words are in ``lang``, else the event's language.
    """
    event = get_event(s, event_id)
    t = translator(pick(lang, event.language))
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
    location = location_of(event, t)

    lines = [event.description] if event.description else []
    if main is not None and main.viewer_url:
        platform = streaming.platform_label(main.platform)
        join = t._("Join online ({platform}):").format(platform=platform)
        lines.append(f"{join} {main.viewer_url}")
    if backup is not None and backup.viewer_url:
        lines.append(t._("Backup link:") + f" {backup.viewer_url}")
    if sessions:
        lines.append("")
        lines.append(t._("Agenda:"))
        for x in sessions:
            lines.append(f"{time_range(x.starts_at, x.ends_at, zone, out=t)}  {x.title}")

    cal = icalendar.Calendar.new(
        prodid=PRODID, name=_one_line(event.title), uid=f"calendar-{event.id}-{database_id(s)}"
    )
    organizer = None
    if event.organiser_email:
        cal.add("method", "PUBLISH")
        organizer = icalendar.vCalAddress(f"mailto:{event.organiser_email}")
        organizer.params["cn"] = icalendar.vText(event.organiser_name or event.title)
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
    if organizer is not None:
        ev.add("organizer", organizer)
    cal.add_component(ev)
    for x in sessions:
        link = streaming.main_link(s, event_id, x.id)
        body = []
        who = _speakers_line(x, t)
        if who:
            body.append(who)
        if x.abstract:
            body.append(x.abstract)
        if link is not None and link.viewer_url:
            body.append(t._("Watch online:") + f" {link.viewer_url}")
        body.append(t._("Part of {event}.").format(event=event.title))
        entry = icalendar.Event.new(
            uid=session_uid(s, x.id),
            summary=_one_line(x.title),
            start=_at(x.starts_at, session_zone),
            end=_at(x.ends_at, session_zone),
            stamp=stamp,
            description="\n\n".join(body),
            location=_one_line(f"{x.room}, {location}" if location else x.room)
            if x.room
            else (_one_line(location) or None),
            url=link.viewer_url if link is not None else None,
            related_to=event_uid(s, event.id),
            sequence=x.sequence or 0,
        )
        if organizer is not None:
            entry.add("organizer", organizer)
        cal.add_component(entry)
    instants = [event.starts_at, event.ends_at]
    instants += [x.starts_at for x in sessions] + [x.ends_at for x in sessions]
    first = dt.datetime.fromtimestamp(min(instants).timestamp(), dt.UTC) - dt.timedelta(days=30)
    last = dt.datetime.fromtimestamp(max(instants).timestamp(), dt.UTC) + dt.timedelta(days=30)
    # VTIMEZONEs first: some clients read a TZID only after its definition
    zones = [vtimezone(name, first, last) for name in sorted({zone, session_zone})]
    cal.subcomponents[0:0] = zones
    data: bytes = cal.to_ical()
    return data
