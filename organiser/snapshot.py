"""Take a record and everything hanging off it, so a delete can be undone exactly.

``snapshot_*`` reads the rows (same ids, same values) before a delete;
``restore`` writes them back and re-links what the delete had set to NULL,
so undo in the GUI brings back an event with its agenda, links, checklist and
attendees, not an empty shell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from organiser.errors import OrganiserError
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

Row = dict[str, Any]


@dataclass
class Snapshot:
    what: str
    # (table, rows) in insertion order: parents before children
    inserts: list[tuple[Table, list[Row]]] = field(default_factory=list)
    # (table, id, values): links the delete cleared, or positions it renumbered
    relinks: list[tuple[Table, int, Row]] = field(default_factory=list)


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _rows(s: Session, model: type[Any], *where: Any) -> list[Row]:
    table = _table(model)
    return [dict(r) for r in s.execute(select(table).where(*where)).mappings()]


def _ids(rows: list[Row]) -> list[int]:
    return [int(r["id"]) for r in rows]


def snapshot_event(s: Session, event_id: int) -> Snapshot:
    snap = Snapshot("event")
    snap.inserts.append((_table(Event), _rows(s, Event, Event.id == event_id)))
    sessions = _rows(s, EventSession, EventSession.event_id == event_id)
    snap.inserts.append((_table(EventSession), sessions))
    snap.inserts.append(
        (
            _table(SessionSpeaker),
            _rows(s, SessionSpeaker, SessionSpeaker.session_id.in_(_ids(sessions))),
        )
    )
    snap.inserts.append((_table(StreamLink), _rows(s, StreamLink, StreamLink.event_id == event_id)))
    snap.inserts.append(
        (_table(ChecklistItem), _rows(s, ChecklistItem, ChecklistItem.event_id == event_id))
    )
    snap.inserts.append((_table(Attendee), _rows(s, Attendee, Attendee.event_id == event_id)))
    return snap


def snapshot_venue(s: Session, venue_id: int) -> Snapshot:
    snap = Snapshot("venue")
    snap.inserts.append((_table(Venue), _rows(s, Venue, Venue.id == venue_id)))
    for (eid,) in s.execute(select(Event.id).where(Event.venue_id == venue_id)).all():
        snap.relinks.append((_table(Event), eid, {"venue_id": venue_id}))
    return snap


def snapshot_speaker(s: Session, speaker_id: int) -> Snapshot:
    snap = Snapshot("speaker")
    snap.inserts.append((_table(Speaker), _rows(s, Speaker, Speaker.id == speaker_id)))
    snap.inserts.append(
        (_table(SessionSpeaker), _rows(s, SessionSpeaker, SessionSpeaker.speaker_id == speaker_id))
    )
    snap.inserts.append(
        (_table(ChecklistItem), _rows(s, ChecklistItem, ChecklistItem.speaker_id == speaker_id))
    )
    return snap


def snapshot_session(s: Session, session_id: int) -> Snapshot:
    snap = Snapshot("session")
    rows = _rows(s, EventSession, EventSession.id == session_id)
    snap.inserts.append((_table(EventSession), rows))
    snap.inserts.append(
        (_table(SessionSpeaker), _rows(s, SessionSpeaker, SessionSpeaker.session_id == session_id))
    )
    snap.inserts.append(
        (_table(StreamLink), _rows(s, StreamLink, StreamLink.session_id == session_id))
    )
    if rows:
        for sid, pos in s.execute(
            select(EventSession.id, EventSession.position).where(
                EventSession.event_id == rows[0]["event_id"], EventSession.id != session_id
            )
        ).all():
            snap.relinks.append((_table(EventSession), sid, {"position": pos}))
    return snap


def restore(s: Session, snap: Snapshot) -> None:
    """Write the rows back with their old ids; refuse clearly if that clashes."""
    try:
        for table, rows in snap.inserts:
            if rows:
                s.execute(insert(table), rows)
        for table, row_id, values in snap.relinks:
            s.execute(update(table).where(table.c.id == row_id).values(**values))
        s.flush()
    except IntegrityError as exc:
        raise OrganiserError(
            f"The {snap.what} cannot be brought back: something saved since then "
            "uses the same name or place. Nothing was changed."
        ) from exc
    s.expire_all()
