"""A remote speaker's clock: each of their sessions in their home zone, and their night.

A remote speaker joins from home, so the time that matters to them is the
session in their own zone (``speakers.timezone``). A speaker on site is in the
event's room and lives on the event's clock, and a remote speaker in the
event's own zone sees the times the agenda already shows: neither gets a
clock. A session that starts before 08:00 or ends after 21:00 in the speaker's
zone (or crosses their midnight) is flagged, with a warning that names the
speaker, the local times and the zone. Texts are in an output language
(:mod:`organiser.i18n`); all arithmetic is on aware instants (pendulum), so a
DST change in either zone between the dates is taken as it falls.
"""

from __future__ import annotations

from dataclasses import dataclass

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organiser.agenda_warnings import AgendaWarning
from organiser.i18n import Output, translator
from organiser.models import Event, EventSession, SessionSpeaker, Speaker
from organiser.timeutil import in_zone, zone_abbrev

#: The speaker's waking day: a session should start at or after this ...
DAY_OPENS = (8, 0)
#: ... and end at or before this, on the day it starts, in the speaker's zone.
DAY_CLOSES = (21, 0)
WARNING_KIND = "speaker_hours"


@dataclass(frozen=True)
class SpeakerClock:
    """One speaker in one session, on their own clock."""

    session_id: int
    speaker_id: int
    name: str
    zone: str
    starts_local: DateTime
    ends_local: DateTime
    text: str  # "12:45–13:15 EST", with the day when it is not the event's day
    place: str  # the zone's city in the output language: "New York"
    outside: bool
    warning: str  # "" when the session is inside the speaker's day

    @property
    def label(self) -> str:
        """``12:45–13:15 EST New York``: short enough for a table cell."""
        return f"{self.text} {self.place}"


def has_own_clock(speaker: Speaker, event_zone: str) -> bool:
    """A remote speaker with a home zone other than the event's."""
    return bool(speaker.remote and speaker.timezone and speaker.timezone != event_zone)


def _at(day: DateTime, hm: tuple[int, int], zone: str) -> DateTime:
    return pendulum.datetime(day.year, day.month, day.day, hm[0], hm[1], tz=zone)


def outside_hours(start: DateTime, end: DateTime, zone: str) -> bool:
    """True when any part of ``start``–``end`` falls outside 08:00–21:00 in ``zone``.

    The window is that of the local day the session starts on, so a session
    running past the speaker's midnight is outside too.
    """
    a = in_zone(start, zone)
    b = in_zone(end, zone)
    return a < _at(a, DAY_OPENS, zone) or b > _at(a, DAY_CLOSES, zone)


def day_window(t: Output) -> tuple[str, str]:
    """08:00 and 21:00 as the output language writes them ("8:00 AM", "9:00 PM")."""
    ref = pendulum.datetime(2000, 1, 1, tz="UTC")
    opens = ref.replace(hour=DAY_OPENS[0], minute=DAY_OPENS[1])
    closes = ref.replace(hour=DAY_CLOSES[0], minute=DAY_CLOSES[1])
    return t.time(opens), t.time(closes)


def clock_for(
    name: str,
    zone: str,
    start: DateTime,
    end: DateTime,
    *,
    event_zone: str,
    t: Output | None = None,
    session_id: int = 0,
    speaker_id: int = 0,
) -> SpeakerClock:
    """The clock of one speaker in one session; ``t`` gives words and formats."""
    t = t or translator(None)
    a, b = in_zone(start, zone), in_zone(end, zone)
    ab, bb = zone_abbrev(a), zone_abbrev(b)
    ta, tb = t.time(a), t.time(b)
    text = f"{ta}–{tb} {ab}" if ab == bb else f"{ta} {ab}–{tb} {bb}"
    if a.date() != in_zone(start, event_zone).date():
        text += f" ({t.day(a)})"
    outside = outside_hours(start, end, zone)
    warning = ""
    if outside:
        opens, closes = day_window(t)
        warning = t._("{name}: {start}–{end} in {zone}, outside {opens}–{closes}.").format(
            name=name, start=ta, end=tb, zone=zone, opens=opens, closes=closes
        )
    return SpeakerClock(
        session_id=session_id,
        speaker_id=speaker_id,
        name=name,
        zone=zone,
        starts_local=a,
        ends_local=b,
        text=text,
        place=t.city(zone),
        outside=outside,
        warning=warning,
    )


def event_clocks(s: Session, event_id: int, lang: str | None = None) -> list[SpeakerClock]:
    """Every remote speaker's clock in every session of the event, in running order."""
    event = s.get(Event, event_id)
    if event is None:
        return []
    t = translator(lang)
    sessions = s.scalars(
        select(EventSession)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.position, EventSession.starts_at)
        .options(selectinload(EventSession.speakers).selectinload(SessionSpeaker.speaker))
    )
    out: list[SpeakerClock] = []
    for x in sessions:
        for link in x.speakers:
            sp = link.speaker
            if not has_own_clock(sp, event.timezone):
                continue
            assert sp.timezone is not None
            out.append(
                clock_for(
                    sp.name,
                    sp.timezone,
                    x.starts_at,
                    x.ends_at,
                    event_zone=event.timezone,
                    t=t,
                    session_id=x.id,
                    speaker_id=sp.id,
                )
            )
    return out


def by_session(clocks: list[SpeakerClock]) -> dict[int, tuple[SpeakerClock, ...]]:
    """Clocks grouped per session id (for a table row)."""
    out: dict[int, list[SpeakerClock]] = {}
    for c in clocks:
        out.setdefault(c.session_id, []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def clock_warnings(s: Session, event_id: int, t: Output) -> list[AgendaWarning]:
    """A warning per remote speaker and session outside their 08:00–21:00."""
    return [
        AgendaWarning(WARNING_KIND, c.warning, (c.session_id,))
        for c in event_clocks(s, event_id, t.tag)
        if c.outside
    ]
