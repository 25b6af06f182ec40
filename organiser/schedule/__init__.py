"""Schedules in and out: pretalx/frab and Sessionize files to an event's agenda, and back.

``import_schedule`` reads a file (format recognised from its content),
adds or updates speakers in the library (matched by e-mail, else by name;
what the file leaves empty never clears what is stored) and the event's
sessions (matched by title), each with its room and its real start, across
as many days as the file has. Without an event it creates one from the
conference's title, dates and zone. ``export_schedule`` writes the frab /
c3voc schedule XML or JSON that conference apps read.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organiser import agenda, checklists, events, speakers, streaming
from organiser.calendar import session_uid
from organiser.errors import OrganiserError
from organiser.models import Speaker
from organiser.schedule import frab, sessionize
from organiser.schedule.model import Conference, Person, Talk
from organiser.secrets import database_id
from organiser.timeutil import check_zone

MAX_BYTES = 50 * 1024 * 1024


def read_schedule(path: str | Path, zone: str | None = None) -> Conference:
    """Recognise and read a schedule file; ``zone`` places times given without one."""
    p = Path(path)
    try:
        raw = p.read_bytes()[: MAX_BYTES + 1]
    except OSError as exc:
        raise OrganiserError(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    if len(raw) > MAX_BYTES:
        raise OrganiserError(f"{p.name} is larger than 50 MB: not a schedule export.")
    if raw.startswith(b"PK\x03\x04"):
        rows = sessionize.sheet_rows(p)
        if rows and sessionize.looks_like_sessionize(rows[0].keys()):
            return sessionize.read_sessionize_rows(rows, zone)
        raise OrganiserError(
            f"{p.name} is a workbook but not a Sessionize sessions export "
            "(no “Session Id”, “Title” and “Scheduled At” columns)."
        )
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return frab.read_frab_xml(raw, zone)
    if head in (b"{", b"["):
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise OrganiserError(f"{p.name} is not valid JSON: {exc}.") from exc
        if isinstance(data, dict) and "schedule" in data:
            return frab.read_frab_json(data, zone)
        if isinstance(data, dict) and "sessions" in data:
            return sessionize.read_sessionize_json(data, zone)
        raise OrganiserError(
            f"{p.name} is JSON but neither a pretalx/frab schedule nor a Sessionize export."
        )
    rows = sessionize.csv_rows(raw)
    if rows and sessionize.looks_like_sessionize(rows[0].keys()):
        return sessionize.read_sessionize_rows(rows, zone)
    raise OrganiserError(
        f"{p.name} is not a schedule this program reads: pretalx/frab JSON or XML, "
        "a Sessionize JSON, CSV or Excel export."
    )


@dataclass
class ImportReport:
    event_id: int
    event_created: bool = False
    source: str = ""
    sessions_added: int = 0
    sessions_updated: int = 0
    speakers_added: int = 0
    speakers_updated: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = []
        lines.append(
            f"{self.source}: sessions {self.sessions_added} added, {self.sessions_updated} "
            f"updated; speakers {self.speakers_added} added, {self.speakers_updated} updated."
        )
        lines += [f"  skipped: {line}" for line in self.skipped]
        return "\n".join(lines)


def _links_text(person: Person) -> str:
    lines = [f"{label}: {url}" for label, url in person.links]
    if person.photo_url:
        lines.append(f"Photo: {person.photo_url}")
    return "\n".join(lines)


def _find_speaker(s: Session, person: Person) -> Speaker | None:
    if person.email:
        found = s.scalar(select(Speaker).where(func.lower(Speaker.email) == person.email.lower()))
        if found is not None:
            return found
    for sp in s.scalars(select(Speaker).where(func.lower(Speaker.name) == person.name.lower())):
        return sp
    return None


def _upsert_speaker(s: Session, person: Person, report: ImportReport) -> int:
    existing = _find_speaker(s, person)
    links = _links_text(person)
    if existing is None:
        sp = speakers.create_speaker(
            s,
            name=person.name[:200],
            bio=person.bio,
            affiliation=person.tagline[:200],
            pronouns=person.pronouns[:50],
            email=person.email or None,
            links=links,
        )
        report.speakers_added += 1
        return sp.id
    changes: dict[str, Any] = {}
    for attr, value in (
        ("bio", person.bio),
        ("affiliation", person.tagline[:200]),
        ("pronouns", person.pronouns[:50]),
    ):
        if value and not getattr(existing, attr):
            changes[attr] = value
    if person.email and not existing.email:
        changes["email"] = person.email
    have = set(existing.links.splitlines())
    extra = [line for line in links.splitlines() if line not in have]
    if extra:
        changes["links"] = "\n".join([*existing.links.splitlines(), *extra]).strip()
    if changes:
        speakers.update_speaker(s, existing.id, **changes)
        report.speakers_updated += 1
    return existing.id


def _event_for(
    s: Session, conf: Conference, event_id: int | None, path: Path, report: ImportReport
) -> int:
    starts = [t.starts_at for t in conf.talks]
    ends = [t.starts_at.add(minutes=t.minutes) for t in conf.talks]
    if event_id is not None:
        ev = events.get_event(s, event_id)
        if starts and (min(starts) < ev.starts_at or max(ends) > ev.ends_at):
            # A multi-day schedule widens the event to hold every session. Not through
            # update_event: moving the start there shifts the sessions already planned.
            ev.starts_at = min([ev.starts_at, *starts])
            ev.ends_at = max([ev.ends_at, *ends])
            s.flush()
            checklists.reschedule(s, ev.id)
        return ev.id
    if not starts:
        raise OrganiserError("The file has no scheduled sessions to make an event from.")
    zone = conf.zone
    if zone is None:
        raise OrganiserError(
            f"{conf.source} files do not say their time zone: give --tz ZONE or --event ID."
        )
    first, last = min(starts), max(ends)
    if last <= first:
        last = first.add(hours=1)
    ev = events.create_event(
        s,
        title=(conf.title or path.stem)[:300],
        starts_at=first,
        ends_at=last,
        timezone=zone,
    )
    report.event_created = True
    return ev.id


def _title(talk: Talk) -> str:
    title = talk.title or "Untitled session"
    return title if len(title) <= 300 else title[:299] + "…"


def import_schedule(
    s: Session, path: str | Path, *, event_id: int | None = None, zone: str | None = None
) -> ImportReport:
    """Read ``path`` and put its speakers and sessions into the library and the event."""
    p = Path(path)
    if zone is not None:
        check_zone(zone, "tz")
    elif event_id is not None:
        zone = events.get_event(s, event_id).timezone
    conf = read_schedule(p, zone)
    if conf.zone is None:
        conf.zone = zone
    report = ImportReport(event_id=0, source=conf.source, skipped=list(conf.skipped))
    ev_id = _event_for(s, conf, event_id, p, report)
    report.event_id = ev_id

    # every speaker in the file joins the library, scheduled or not
    people: dict[str, int] = {}
    for key, person in conf.people.items():
        if person.name.strip():
            people[key] = _upsert_speaker(s, person, report)
        else:
            report.skipped.append(f"a speaker without a name ({key.split(':', 1)[-1]})")

    # Sessions are matched by title; a title used more than once ("Lunch" each day)
    # pairs with the same-titled sessions in time order.
    existing: dict[str, list[Any]] = {}
    for old in sorted(agenda.list_sessions(s, ev_id), key=lambda x: (x.starts_at, x.id)):
        existing.setdefault(old.title.casefold(), []).append(old)
    for talk in sorted(conf.talks, key=lambda t: (t.starts_at, t.room, t.title)):
        title = _title(talk)
        fields: dict[str, Any] = {
            "kind": talk.kind,
            "abstract": talk.abstract,
            "room": talk.room[:100],
            "duration_minutes": min(max(talk.minutes, 0), 24 * 60),
        }
        same = existing.get(title.casefold())
        found = same.pop(0) if same else None
        if found is None:
            x = agenda.add_session(s, ev_id, title=title, starts_at=talk.starts_at, **fields)
            report.sessions_added += 1
        else:
            x = found
            before = (x.starts_at, x.duration_minutes, x.room, x.abstract, x.kind)
            agenda.update_session(s, x.id, reflow=False, starts_at=talk.starts_at, **fields)
            if before != (x.starts_at, x.duration_minutes, x.room, x.abstract, x.kind):
                report.sessions_updated += 1
        role = "panellist" if talk.kind == "panel" else "speaker"
        # two entries of the file can be one person of the library: list them once
        ids = dict.fromkeys(people[key] for key in talk.speakers if key in people)
        lineup = [(sid, role) for sid in ids]
        if lineup and [sp.speaker_id for sp in x.speakers] != [sid for sid, _ in lineup]:
            agenda.set_speakers(s, x.id, lineup)
    return report


# ----------------------------------------------------------------------------- export


def build_out_schedule(s: Session, event_id: int) -> frab.OutSchedule:
    ev = events.get_event(s, event_id)
    zone = ev.timezone
    namespace = f"meetup-organiser/{database_id(s)}"
    default_room = ev.venue.name if ev.venue is not None and ev.venue.name else "Main room"
    talks = []
    for x in agenda.list_sessions(s, event_id):
        link = streaming.main_link(s, event_id, x.id)
        guid = str(uuid.uuid5(uuid.NAMESPACE_URL, session_uid(s, x.id)))
        persons = [
            frab.OutPerson(
                id=link_.speaker_id,
                guid=frab.person_guid(namespace, link_.speaker_id),
                name=link_.speaker.name,
                bio=link_.speaker.bio,
            )
            for link_ in x.speakers
        ]
        talks.append(
            frab.OutTalk(
                id=x.id,
                guid=guid,
                title=x.title,
                starts_at=x.starts_at.in_timezone(zone),
                minutes=x.duration_minutes,
                room=x.room or default_room,
                kind=x.kind,
                track=agenda.KIND_LABELS.get(x.kind, x.kind),
                abstract=x.abstract,
                url=(
                    link.viewer_url if link is not None and link.viewer_url else f"urn:uuid:{guid}"
                ),
                persons=persons,
                optout=any(p.recording_consent is False for p in x.speakers),
            )
        )
    return frab.OutSchedule(
        title=ev.title,
        acronym=frab.acronym_for(ev.title, ev.id),
        zone=zone,
        version=f"{ev.version}",
        talks=talks,
        first=ev.starts_at.in_timezone(zone),
        last=ev.ends_at.in_timezone(zone),
    )


def export_schedule(s: Session, event_id: int, path: str | Path) -> bytes:
    """The schedule as frab XML (``.xml``) or c3voc JSON (``.json``), chosen by the name."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".xml", ".json"):
        raise OrganiserError(
            f"Give the schedule a .xml or .json file name, not “{Path(path).name}”."
        )
    sched = build_out_schedule(s, event_id)
    return frab.write_frab_xml(sched) if suffix == ".xml" else frab.write_frab_json(sched)


__all__ = [
    "Conference",
    "ImportReport",
    "build_out_schedule",
    "export_schedule",
    "import_schedule",
    "read_schedule",
]
