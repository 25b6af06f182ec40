"""The agenda of an event: sessions in order, with their speakers.

Besides the CRUD, this module owns the schedule rules: reflowing the running
order after a duration change or a move (locked sessions keep their time),
the warnings an organiser must see (gaps, overlaps, running past the event's
end or the venue's closing time, a speaker booked twice), and the times of
each session in the event's zone, the viewers' zones and a remote speaker's
own zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organiser import checklists
from organiser import validation as v
from organiser.agenda_warnings import AgendaWarning as AgendaWarning
from organiser.agenda_warnings import double_bookings as _double_bookings
from organiser.agenda_warnings import hm as _hm
from organiser.crud import apply, check_lengths, check_version, get_or_error
from organiser.errors import ValidationError
from organiser.events import get_event
from organiser.i18n import N_, Output, translator
from organiser.models import (
    SESSION_KINDS,
    SPEAKER_ROLES,
    Event,
    EventSession,
    SessionSpeaker,
    Speaker,
)
from organiser.speaker_clock import SpeakerClock, by_session, clock_warnings, event_clocks
from organiser.timeutil import check_zone, format_local, utc_offset_label, zone_abbrev

KIND_LABELS = {
    "talk": N_("Talk"),
    "panel": N_("Panel"),
    "break": N_("Break"),
    "networking": N_("Networking"),
    "lightning": N_("Lightning talks"),
    "intro": N_("Welcome"),
}


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "title":
            out[key] = v.required(value, "title", "The session title")
        elif key == "kind":
            out[key] = v.choice(value, SESSION_KINDS, "kind", "Session kind")
        elif key == "starts_at":
            if not isinstance(value, DateTime) or value.tzinfo is None:
                raise ValidationError("starts_at", "Give the session start with its time zone.")
            out[key] = pendulum.instance(value).in_timezone("UTC")
        elif key == "duration_minutes":
            try:
                minutes = int(value)
            except (TypeError, ValueError) as exc:
                raise ValidationError(
                    "duration_minutes", "The duration must be in minutes."
                ) from exc
            if minutes < 0 or minutes > 24 * 60:
                raise ValidationError(
                    "duration_minutes", "The duration must be between 0 and 1440 minutes."
                )
            out[key] = minutes
        elif key == "locked":
            out[key] = bool(value)
        elif key in ("abstract", "room"):
            out[key] = v.clean_text(value)
        else:
            raise TypeError(f"unknown session field {key}")
    check_lengths(EventSession, out)
    return out


def list_sessions(s: Session, event_id: int) -> list[EventSession]:
    return list(
        s.scalars(
            select(EventSession)
            .where(EventSession.event_id == event_id)
            .order_by(EventSession.position, EventSession.starts_at)
        )
    )


def add_session(
    s: Session, event_id: int, *, title: str, starts_at: DateTime | None = None, **fields: Any
) -> EventSession:
    """Append a session; without a start it follows the last one (or opens the event)."""
    event = get_event(s, event_id)
    existing = list_sessions(s, event_id)
    data = _clean({"title": title, **fields})
    if starts_at is None:
        starts_at = existing[-1].ends_at if existing else event.starts_at
    data.update(_clean({"starts_at": starts_at}))
    position = (existing[-1].position + 1) if existing else 0
    session = EventSession(event_id=event.id, position=position, **data)
    s.add(session)
    s.flush()
    return session


def update_session(
    s: Session,
    session_id: int,
    *,
    reflow: bool = True,
    expected_version: int | None = None,
    **changes: Any,
) -> EventSession:
    """Change a session; a new duration moves the (unlocked) sessions after it."""
    session = get_session(s, session_id)
    data = _clean(changes)
    check_version(session, expected_version, "session", data)
    anchor = _anchor(list_sessions(s, session.event_id))
    old_start = session.starts_at
    apply(session, data)
    s.flush()
    if reflow and "duration_minutes" in data:
        # A start typed together with the duration (the session editor sends
        # both) is the organiser's: it stays, and the sessions after follow it.
        typed = "starts_at" in data and session.starts_at != old_start
        keep = frozenset({session.id}) if typed else frozenset()
        reflow_sessions(s, session.event_id, anchor=anchor, keep=keep)
    return session


def set_duration(
    s: Session, session_id: int, minutes: int, *, expected_version: int | None = None
) -> list[EventSession]:
    """Change a duration and reflow; returns the running order with new times."""
    session = update_session(
        s, session_id, expected_version=expected_version, duration_minutes=minutes
    )
    return list_sessions(s, session.event_id)


def set_locked(
    s: Session, session_id: int, locked: bool, *, expected_version: int | None = None
) -> EventSession:
    """Pin a session (a fixed break, the pizza delivery) so reflows never move it."""
    return update_session(s, session_id, expected_version=expected_version, locked=locked)


def delete_session(s: Session, session_id: int, *, reflow: bool = True) -> None:
    """Remove a session; by default the ones after it move up to close the hole."""
    session = get_session(s, session_id)
    event_id = session.event_id
    anchor = _anchor(list_sessions(s, event_id))
    s.delete(session)
    s.flush()
    _renumber(list_sessions(s, event_id))
    if reflow:
        reflow_sessions(s, event_id, anchor=anchor)


def get_session(s: Session, session_id: int) -> EventSession:
    return get_or_error(s, EventSession, session_id, "session")


def move_session(
    s: Session, session_id: int, new_index: int, *, reflow: bool = True
) -> list[EventSession]:
    """Put a session at ``new_index`` in the running order (drag and drop).

    The agenda keeps its opening time; unlocked sessions then follow each
    other from there, and locked ones stay at their time.
    """
    session = get_session(s, session_id)
    current = list_sessions(s, session.event_id)
    anchor = _anchor(current)
    order = [x for x in current if x.id != session.id]
    new_index = max(0, min(new_index, len(order)))
    order.insert(new_index, session)
    _renumber(order)
    s.flush()
    if reflow:
        reflow_sessions(s, session.event_id, anchor=anchor)
    return order


def _anchor(order: Sequence[EventSession]) -> DateTime | None:
    """Where the agenda opens: the earliest start, whatever the running order."""
    return min((x.starts_at for x in order), default=None)


def reflow_sessions(
    s: Session,
    event_id: int,
    *,
    anchor: DateTime | None = None,
    keep: frozenset[int] = frozenset(),
) -> list[EventSession]:
    """Make unlocked sessions follow each other from ``anchor`` in running order.

    Locked sessions keep their start; the session after a locked one starts
    when it ends. Durations are real elapsed minutes, so a session across a
    DST change ends at the right instant (its wall-clock end shifts).
    Clashes this leaves (an unlocked talk running into a locked break) are
    reported by :func:`check_agenda`, never silently resolved. Sessions in
    ``keep`` hold their start for this reflow as a locked one would.

    Only a single track reflows: when the sessions use several rooms or
    several days (a night of six hours or more between two of them), every
    session keeps its time (parallel talks would otherwise be strung one
    after another, and the second day pulled into the first); a longer talk
    then shows as an overlap in its room.
    """
    order = list_sessions(s, event_id)
    if not order or len(rooms_used(order)) > 1 or _has_night(order):
        return order
    cursor = anchor if anchor is not None else _anchor(order)
    assert cursor is not None
    for session in order:
        if not session.locked and session.id not in keep and session.starts_at != cursor:
            session.starts_at = cursor
        cursor = session.ends_at
    s.flush()
    return order


def _has_night(order: Sequence[EventSession]) -> bool:
    """True when six hours or more pass between one session and the next to start."""
    latest: DateTime | None = None
    for x in sorted(order, key=lambda x: x.starts_at):
        if latest is not None and (x.starts_at - latest).total_seconds() >= 6 * 3600:
            return True
        latest = x.ends_at if latest is None else max(latest, x.ends_at)
    return False


def _renumber(order: Sequence[EventSession]) -> None:
    for i, x in enumerate(order):
        x.position = i


def set_speakers(
    s: Session, session_id: int, speakers: Sequence[tuple[int, str]]
) -> list[SessionSpeaker]:
    """Replace a session's line-up with ``(speaker_id, role)`` pairs, in order.

    A panel has at most one moderator; everybody keeps their recording consent.
    """
    session = get_session(s, session_id)
    ids = [sid for sid, _role in speakers]
    if len(set(ids)) != len(ids):
        raise ValidationError("speakers", "The same speaker is listed twice in this session.")
    roles = [role for _sid, role in speakers]
    for role in roles:
        v.choice(role, SPEAKER_ROLES, "speakers", "Speaker role")
    if roles.count("moderator") > 1:
        raise ValidationError("speakers", "A session can have only one moderator.")
    consent = {x.speaker_id: x.recording_consent for x in session.speakers}
    for sid in ids:
        get_or_error(s, Speaker, sid, "speaker")
    session.speakers.clear()
    s.flush()
    for pos, (sid, role) in enumerate(speakers):
        session.speakers.append(
            SessionSpeaker(
                speaker_id=sid, role=role, position=pos, recording_consent=consent.get(sid)
            )
        )
    s.flush()
    checklists.sync_speaker_items(s, session.event_id)
    return list(session.speakers)


def set_recording_consent(
    s: Session, session_id: int, speaker_id: int, consent: bool | None
) -> None:
    session = get_session(s, session_id)
    for link in session.speakers:
        if link.speaker_id == speaker_id:
            link.recording_consent = consent
            s.flush()
            return
    raise ValidationError("speakers", "That speaker is not part of this session.")


# -- warnings ---------------------------------------------------------------------

WARNING_KINDS = ("gap", "overlap", "past_end", "past_closing", "double_booked", "speaker_hours")
WARNING_LABELS = {
    "gap": N_("Gap"),
    "overlap": N_("Overlap"),
    "past_end": N_("Past the end"),
    "past_closing": N_("Past closing time"),
    "double_booked": N_("Speaker booked twice"),
    "speaker_hours": N_("Outside a speaker's day"),
}


def _minutes(a: DateTime, b: DateTime) -> int:
    return int((b - a).total_seconds() // 60)


def closing_instant(event: Event) -> DateTime | None:
    """The venue's closing time (HH:MM local) as an instant on the event's evening.

    A closing time earlier than the event's start (e.g. 01:00) means after midnight.
    """
    return _closing_on(event, event.starts_at)


def room_key(room: str) -> str:
    """Rooms compare without case or surrounding spaces; "" is every room (a plenary)."""
    return room.strip().casefold()


def rooms_used(sessions: Sequence[EventSession] | Sequence[Any]) -> list[str]:
    """The named rooms, in order of first use; empty when the event has one room."""
    seen: dict[str, str] = {}
    for x in sessions:
        key = room_key(x.room)
        if key and key not in seen:
            seen[key] = x.room.strip()
    return list(seen.values())


def _same_room(a: EventSession, b: EventSession) -> bool:
    ka, kb = room_key(a.room), room_key(b.room)
    return not ka or not kb or ka == kb


def _closing_on(event: Event, day_start: DateTime) -> DateTime | None:
    """The venue's closing time on the evening of the day that starts at ``day_start``."""
    venue = event.venue
    if venue is None or not venue.closing_time:
        return None
    hour, minute = (int(p) for p in venue.closing_time.split(":"))
    start = day_start.in_timezone(event.timezone)
    closing = pendulum.datetime(start.year, start.month, start.day, hour, minute, tz=event.timezone)
    if closing <= start:
        nxt = start.add(days=1)
        closing = pendulum.datetime(nxt.year, nxt.month, nxt.day, hour, minute, tz=event.timezone)
    return closing.in_timezone("UTC")


def check_agenda(s: Session, event_id: int, lang: str | None = None) -> list[AgendaWarning]:
    """Every gap, overlap, overrun and double booking, each naming its sessions.

    With several rooms, overlaps and gaps are looked for within each room (a
    session without a room is in all of them); the night between two days
    of a multi-day event is not a gap, and the venue closes on each day.
    Messages are in ``lang`` (an output language tag; English when ``None``).
    """
    event = get_event(s, event_id)
    zone = event.timezone
    t = translator(lang)

    def hm(instant: DateTime) -> str:
        return _hm(instant, zone, t)

    order = sorted(list_sessions(s, event_id), key=lambda x: (x.starts_at, x.position))
    rooms = rooms_used(order)
    out: list[AgendaWarning] = []

    def where(x: EventSession) -> str:
        if len(rooms) > 1 and room_key(x.room):
            return t._("In {room}:").format(room=x.room.strip()) + " "
        return ""

    for i, a in enumerate(order):
        for b in order[i + 1 :]:
            if b.starts_at >= a.ends_at:
                break
            if a.duration_minutes == 0 or b.duration_minutes == 0 or not _same_room(a, b):
                continue
            overlap = _minutes(b.starts_at, min(a.ends_at, b.ends_at))
            out.append(
                AgendaWarning(
                    "overlap",
                    (where(a) or where(b))
                    + t._("“{a}” (until {until}) overlaps “{b}” (from {start}) by {n} min.").format(
                        a=a.title, until=hm(a.ends_at), b=b.title, start=hm(b.starts_at), n=overlap
                    ),
                    (a.id, b.id),
                )
            )
    timelines = (
        [order]
        if len(rooms) <= 1
        else [
            [x for x in order if not room_key(x.room) or room_key(x.room) == room_key(r)]
            for r in rooms
        ]
    )
    seen_gaps: set[tuple[int, int]] = set()
    for line in timelines:
        latest: EventSession | None = None
        for x in line:
            same_day = (
                latest is not None
                and latest.ends_at.in_timezone(zone).date() == x.starts_at.in_timezone(zone).date()
            )
            if latest is not None and x.starts_at > latest.ends_at and same_day:
                pair = (latest.id, x.id)
                if pair not in seen_gaps:
                    seen_gaps.add(pair)
                    named = x if room_key(x.room) else latest
                    out.append(
                        AgendaWarning(
                            "gap",
                            where(named)
                            + t._(
                                "Gap of {n} min between “{a}” (ends {end}) "
                                "and “{b}” (starts {start})."
                            ).format(
                                n=_minutes(latest.ends_at, x.starts_at),
                                a=latest.title,
                                end=hm(latest.ends_at),
                                b=x.title,
                                start=hm(x.starts_at),
                            ),
                            pair,
                        )
                    )
            if latest is None or x.ends_at > latest.ends_at or not same_day:
                latest = x
    for x in order:
        if x.ends_at > event.ends_at:
            out.append(
                AgendaWarning(
                    "past_end",
                    t._("“{a}” ends at {end}, after the event ends ({close}).").format(
                        a=x.title, end=hm(x.ends_at), close=hm(event.ends_at)
                    ),
                    (x.id,),
                )
            )
    if event.venue is not None and event.venue.closing_time:
        first_of_day: dict[Any, DateTime] = {}
        for x in order:
            day = x.starts_at.in_timezone(zone).date()
            first_of_day.setdefault(day, x.starts_at)
        for x in order:
            day = x.starts_at.in_timezone(zone).date()
            opening = (
                event.starts_at
                if day == event.starts_at.in_timezone(zone).date()
                else (first_of_day[day])
            )
            closing = _closing_on(event, min(opening, first_of_day[day]))
            if closing is not None and x.ends_at > closing:
                out.append(
                    AgendaWarning(
                        "past_closing",
                        t._("“{a}” ends at {end}, after {venue} closes ({close}).").format(
                            a=x.title, end=hm(x.ends_at), venue=event.venue.name, close=hm(closing)
                        ),
                        (x.id,),
                    )
                )
    out.extend(_double_bookings(s, event_id, zone, t))
    out.extend(clock_warnings(s, event_id, t))  # a remote speaker's night
    return out


# -- time zones ---------------------------------------------------------------------


def zones_for(event: Event, viewer_zones: Sequence[str] | None = None) -> list[str]:
    """The event's zone first, then the viewer zones (the event's own if none given)."""
    chosen = list(event.viewer_zones or []) if viewer_zones is None else list(viewer_zones)
    zones = [event.timezone]
    for z in chosen:
        zone = check_zone(z, "zones")
        if zone not in zones:
            zones.append(zone)
    return zones


def city_of(zone: str) -> str:
    """The words people recognise: ``America/New_York`` gives ``New York``."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_label(zone: str, at: DateTime, out: Output | None = None) -> str:
    """A column header such as ``New York (EST, UTC-05:00)`` for the instant ``at``."""
    loc = at.in_timezone(zone)
    abbr = zone_abbrev(loc)
    city = out.city(zone) if out is not None else city_of(zone)
    offset = utc_offset_label(loc)
    if abbr == offset:
        return f"{city} ({offset})"
    return f"{city} ({abbr}, {offset})"


def time_range(
    start: DateTime,
    end: DateTime,
    zone: str,
    ref: DateTime | None = None,
    out: Output | None = None,
) -> str:
    """``18:30–19:00 CET`` in ``zone``; says so when the day differs from ``ref``'s.

    The abbreviation is taken at the start; when a DST change falls inside the
    session, the end carries its own (``01:30 CET–03:30 CEST``).
    """
    a, b = start.in_timezone(zone), end.in_timezone(zone)
    ab, bb = zone_abbrev(a), zone_abbrev(b)
    ta = out.time(a) if out is not None else a.format("HH:mm")
    tb = out.time(b) if out is not None else b.format("HH:mm")
    text = f"{ta}–{tb} {ab}"
    if ab != bb:
        text = f"{ta} {ab}–{tb} {bb}"
    if ref is not None and a.date() != ref.in_timezone(zone).date():
        text += f" ({out.day(a) if out is not None else a.format('ddd D MMM')})"
    return text


@dataclass(frozen=True)
class SpeakerLine:
    speaker_id: int
    name: str
    role: str
    affiliation: str
    pronouns: str
    remote: bool
    timezone: str | None

    @property
    def label(self) -> str:
        """``Name (Affiliation)``, with ``moderator`` when the role says so."""
        text = self.name
        if self.affiliation:
            text += f" ({self.affiliation})"
        if self.role == "moderator":
            text += ", moderator"
        return text


@dataclass(frozen=True)
class ScheduleRow:
    session_id: int
    position: int
    kind: str
    kind_label: str
    title: str
    abstract: str
    starts_at: DateTime
    ends_at: DateTime
    duration_minutes: int
    locked: bool
    room: str
    speakers: tuple[SpeakerLine, ...]
    times: tuple[str, ...]
    warnings: tuple[str, ...]
    warning_kinds: tuple[str, ...] = ()
    clocks: tuple[SpeakerClock, ...] = ()  # remote speakers' own times (speaker_clock)
    version: int | None = None  # the session's version when read (team mode)

    @property
    def warning_summary(self) -> str:
        """Short enough for a table cell: ``Overlap ×2 · Speaker booked twice``."""
        parts = []
        for kind in WARNING_KINDS:
            n = self.warning_kinds.count(kind)
            if n:
                parts.append(WARNING_LABELS[kind] + (f" ×{n}" if n > 1 else ""))
        return " · ".join(parts)

    @property
    def heading(self) -> str:
        """The title, prefixed with its kind unless the title already says it."""
        title = self.title.casefold()
        english = KIND_LABELS.get(self.kind, self.kind).casefold()
        if self.kind == "talk" or title.startswith((self.kind_label.casefold(), english)):
            return self.title
        return f"{self.kind_label}: {self.title}"


@dataclass(frozen=True)
class Schedule:
    """An event's agenda ready to show or print: one time column per zone."""

    event_id: int
    title: str
    zones: tuple[str, ...]
    zone_labels: tuple[str, ...]
    rows: tuple[ScheduleRow, ...]
    warnings: tuple[AgendaWarning, ...]
    zone_days: tuple[str, ...] = ()  # the event's first day in each zone, "Fri 11 Dec"


def build_schedule(
    s: Session,
    event_id: int,
    viewer_zones: Sequence[str] | None = None,
    lang: str | None = None,
) -> Schedule:
    """The running order with times in every zone and the warnings per session.

    ``lang`` (an output language tag) translates kinds, warnings, times and
    days for print; ``None`` keeps the English the GUI's models expect.
    """
    event = get_event(s, event_id)
    zones = zones_for(event, viewer_zones)
    warnings = check_agenda(s, event_id, lang)
    t = translator(lang) if lang is not None else None
    per_session: dict[int, list[AgendaWarning]] = {}
    for w in warnings:
        for sid in w.session_ids:
            per_session.setdefault(sid, []).append(w)
    rows = []
    clocks = by_session(event_clocks(s, event_id, lang))
    with_people = s.scalars(
        select(EventSession)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.position, EventSession.starts_at)
        .options(selectinload(EventSession.speakers).selectinload(SessionSpeaker.speaker))
    )
    for x in with_people:
        rows.append(
            ScheduleRow(
                session_id=x.id,
                version=x.version,
                position=x.position,
                kind=x.kind,
                kind_label=(
                    t._(KIND_LABELS[x.kind])
                    if t is not None and x.kind in KIND_LABELS
                    else KIND_LABELS.get(x.kind, x.kind)
                ),
                title=x.title,
                abstract=x.abstract,
                starts_at=x.starts_at,
                ends_at=x.ends_at,
                duration_minutes=x.duration_minutes,
                locked=x.locked,
                room=x.room,
                speakers=tuple(
                    SpeakerLine(
                        speaker_id=link.speaker_id,
                        name=link.speaker.name,
                        role=link.role,
                        affiliation=link.speaker.affiliation,
                        pronouns=link.speaker.pronouns,
                        remote=link.speaker.remote,
                        timezone=link.speaker.timezone,
                    )
                    for link in x.speakers
                ),
                times=tuple(
                    time_range(x.starts_at, x.ends_at, z, event.starts_at, t) for z in zones
                ),
                warnings=tuple(w.message for w in per_session.get(x.id, ())),
                warning_kinds=tuple(w.kind for w in per_session.get(x.id, ())),
                clocks=clocks.get(x.id, ()),
            )
        )
    return Schedule(
        event_id=event.id,
        title=event.title,
        zones=tuple(zones),
        zone_labels=tuple(zone_label(z, event.starts_at, t) for z in zones),
        rows=tuple(rows),
        warnings=tuple(warnings),
        zone_days=tuple(
            t.day(event.starts_at.in_timezone(z))
            if t is not None
            else event.starts_at.in_timezone(z).format("ddd D MMM")
            for z in zones
        ),
    )


@dataclass(frozen=True)
class SpeakerSlot:
    """One of a speaker's sessions as they see it: their zone first, the event's beside."""

    session_id: int
    event_title: str
    title: str
    role: str
    zone: str
    local_time: str
    event_time: str


def speaker_view(s: Session, speaker_id: int, event_id: int | None = None) -> list[SpeakerSlot]:
    """A speaker's sessions in their own zone (remote speakers get confused otherwise)."""
    speaker = get_or_error(s, Speaker, speaker_id, "speaker")
    query = (
        select(SessionSpeaker)
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .where(SessionSpeaker.speaker_id == speaker_id)
        .order_by(EventSession.starts_at)
    )
    if event_id is not None:
        query = query.where(EventSession.event_id == event_id)
    out = []
    for link in s.scalars(query):
        x = link.session
        ev = x.event
        zone = speaker.timezone or ev.timezone
        out.append(
            SpeakerSlot(
                session_id=x.id,
                event_title=ev.title,
                title=x.title,
                role=link.role,
                zone=zone,
                local_time=format_local(x.starts_at, zone) + f" to {_hm(x.ends_at, zone)}",
                event_time=format_local(x.starts_at, ev.timezone),
            )
        )
    return out


# -- undo support and zone lists for the editors --------------------------------------


@dataclass(frozen=True)
class SlotState:
    """Where a session sat: what an undo puts back after a move or a reflow."""

    session_id: int
    position: int
    starts_at: DateTime
    duration_minutes: int
    locked: bool


def snapshot(s: Session, event_id: int) -> list[SlotState]:
    return [
        SlotState(x.id, x.position, x.starts_at, x.duration_minutes, x.locked)
        for x in list_sessions(s, event_id)
    ]


def restore(s: Session, event_id: int, states: Sequence[SlotState]) -> None:
    """Put sessions back exactly as in ``states`` (no reflow); unknown ids are skipped."""
    by_id = {x.id: x for x in list_sessions(s, event_id)}
    for st in states:
        x = by_id.get(st.session_id)
        if x is None:
            continue
        x.position = st.position
        x.starts_at = st.starts_at
        x.duration_minutes = st.duration_minutes
        x.locked = st.locked
    s.flush()


def parse_zones(text: str) -> list[str]:
    """``"America/New_York, Asia/Kolkata"`` -> checked zone names, each once."""
    zones: list[str] = []
    for part in (text or "").replace(";", ",").replace("\n", ",").split(","):
        name = part.strip()
        if not name:
            continue
        zone = check_zone(name, "zones")
        if zone not in zones:
            zones.append(zone)
    return zones

