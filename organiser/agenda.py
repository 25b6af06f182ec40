"""The agenda of an event: sessions in order, with their speakers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import checklists
from organiser import validation as v
from organiser.crud import apply, get_or_error
from organiser.errors import ValidationError
from organiser.events import get_event
from organiser.models import SESSION_KINDS, SPEAKER_ROLES, EventSession, SessionSpeaker, Speaker

KIND_LABELS = {
    "talk": "Talk",
    "panel": "Panel",
    "break": "Break",
    "networking": "Networking",
    "lightning": "Lightning talks",
    "intro": "Welcome",
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


def update_session(s: Session, session_id: int, **changes: Any) -> EventSession:
    session = get_session(s, session_id)
    apply(session, _clean(changes))
    s.flush()
    return session


def delete_session(s: Session, session_id: int) -> None:
    session = get_session(s, session_id)
    event_id = session.event_id
    s.delete(session)
    s.flush()
    _renumber(list_sessions(s, event_id))


def get_session(s: Session, session_id: int) -> EventSession:
    return get_or_error(s, EventSession, session_id, "session")


def move_session(s: Session, session_id: int, new_index: int) -> list[EventSession]:
    """Put a session at ``new_index`` in the running order (drag and drop)."""
    session = get_session(s, session_id)
    order = [x for x in list_sessions(s, session.event_id) if x.id != session.id]
    new_index = max(0, min(new_index, len(order)))
    order.insert(new_index, session)
    _renumber(order)
    s.flush()
    return order


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
