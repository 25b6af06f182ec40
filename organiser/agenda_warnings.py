"""Agenda warnings' shared pieces: the warning record, clock times, double bookings.

Kept apart from :mod:`organiser.agenda` (which re-exports them) so that module
stays one job long; the messages are in the output language (``organiser.i18n``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser.i18n import Output
from organiser.models import EventSession, SessionSpeaker, Speaker
from organiser.timeutil import zone_abbrev


@dataclass(frozen=True)
class AgendaWarning:
    """Something in the schedule an organiser should look at; names the sessions."""

    kind: str
    message: str
    session_ids: tuple[int, ...]


def hm(instant: DateTime, zone: str, out: Output | None = None) -> str:
    loc = instant.in_timezone(zone)
    clock = out.time(loc) if out is not None else loc.format("HH:mm")
    return f"{clock} {zone_abbrev(loc)}"



def double_bookings(s: Session, event_id: int, zone: str, t: Output) -> list[AgendaWarning]:
    """A speaker in two sessions at once, in this event or clashing with another."""
    here = (
        select(SessionSpeaker.speaker_id)
        .join(EventSession)
        .where(EventSession.event_id == event_id)
    )
    rows = s.execute(
        select(SessionSpeaker.speaker_id, EventSession)
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .where(SessionSpeaker.speaker_id.in_(here))
        .order_by(SessionSpeaker.speaker_id, EventSession.starts_at, EventSession.id)
    ).all()
    by_speaker: dict[int, list[EventSession]] = {}
    for speaker_id, session in rows:
        by_speaker.setdefault(speaker_id, []).append(session)
    out: list[AgendaWarning] = []
    for speaker_id, sessions in by_speaker.items():
        for i, a in enumerate(sessions):
            for b in sessions[i + 1 :]:
                if b.starts_at >= a.ends_at:
                    break
                if event_id not in (a.event_id, b.event_id):
                    continue
                speaker = s.get(Speaker, speaker_id)
                name = speaker.name if speaker else t._("Speaker {n}").format(n=speaker_id)
                other = b if a.event_id == event_id else a
                if a.event_id != b.event_id:
                    msg = t._(
                        "{name} is booked twice at {start}: “{a}” and “{b}” "
                        "(“{other}” is at another event, “{event}”)."
                    )
                else:
                    msg = t._("{name} is booked twice at {start}: “{a}” and “{b}”.")
                out.append(
                    AgendaWarning(
                        "double_booked",
                        msg.format(
                            name=name,
                            start=hm(b.starts_at, zone, t),
                            a=a.title,
                            b=b.title,
                            other=other.title,
                            event=other.event.title,
                        ),
                        tuple(x.id for x in (a, b) if x.event_id == event_id),
                    )
                )
    return out
