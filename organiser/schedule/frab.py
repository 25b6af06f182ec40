"""The frab / c3voc schedule format: pretalx's schedule.json and schedule.xml, in and out.

Reading accepts what pretalx exports (``schedule/export/schedule.json`` and
``schedule.xml``) and older frab files: an event's ``date`` carries its
offset; without it the day's date and ``start`` are wall-clock time in the
conference zone. Writing follows the c3voc schedule XSD and JSON schema
(validator/ in the voc/schedule project), which Giggity, ConfClerk, Fahrplan
and pretalx tooling read.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pendulum import DateTime

from organiser import __version__
from organiser.errors import OrganiserError
from organiser.schedule.model import (
    Conference,
    Person,
    Talk,
    kind_for,
    parse_instant,
    parse_minutes,
    place,
)

# ----------------------------------------------------------------------------- reading


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _join(*parts: str) -> str:
    return "\n\n".join(p for p in (x.strip() for x in parts) if p)


def _zone_of(name: str, fallback: str | None) -> str | None:
    from organiser.timeutil import all_zones

    return name if name in all_zones() else fallback


def read_frab_json(data: Mapping[str, Any], zone: str | None = None) -> Conference:
    """Read pretalx's schedule.json (and other frab-style JSON)."""
    sched = data.get("schedule")
    if not isinstance(sched, Mapping) or not isinstance(sched.get("conference"), Mapping):
        raise OrganiserError("This JSON file has no schedule.conference: not a frab schedule.")
    conf = sched["conference"]
    out = Conference(
        source="pretalx/frab JSON",
        title=_text(conf.get("title")),
        zone=_zone_of(_text(conf.get("time_zone_name")), zone),
    )
    for day in conf.get("days") or []:
        day_date = _text(day.get("date"))
        rooms = day.get("rooms") or {}
        if not isinstance(rooms, Mapping):
            continue
        for room_name, events in rooms.items():
            for ev in events or []:
                out.talks.append(_json_talk(ev, str(room_name), day_date, out))
    return out


def _json_person(p: Mapping[str, Any]) -> Person:
    name = _text(p.get("public_name") or p.get("name") or p.get("full_public_name"))
    key = _text(p.get("code") or p.get("guid") or p.get("id") or name)
    links = []
    for link in p.get("links") or []:
        if isinstance(link, Mapping) and _text(link.get("url")):
            links.append((_text(link.get("title")) or "Link", _text(link.get("url"))))
    return Person(
        key=f"frab:{key}",
        name=name,
        bio=_text(p.get("biography")),
        photo_url=_text(p.get("avatar")),
        links=links,
    )


def _when(date_text: str, day_date: str, start: str, zone: str | None, what: str) -> DateTime:
    if date_text:
        return parse_instant(date_text, zone, what)
    if day_date and start:
        return parse_instant(f"{day_date}T{start}", zone, what)
    raise OrganiserError(f"{what} has no start time.")


def _json_talk(ev: Mapping[str, Any], room: str, day_date: str, conf: Conference) -> Talk:
    title = _text(ev.get("title"))
    what = f"“{title}”"
    keys = []
    for p in ev.get("persons") or []:
        if isinstance(p, Mapping):
            person = _json_person(p)
            if person.name:
                conf.people.setdefault(person.key, person)
                keys.append(person.key)
    return Talk(
        key=f"frab:{_text(ev.get('guid') or ev.get('id') or title)}",
        title=title,
        starts_at=_when(_text(ev.get("date")), day_date, _text(ev.get("start")), conf.zone, what),
        minutes=parse_minutes(_text(ev.get("duration")) or "0", what),
        room=_text(ev.get("room")) or room,
        kind=kind_for(_text(ev.get("type"))),
        abstract=_join(
            _text(ev.get("subtitle")), _text(ev.get("abstract")), _text(ev.get("description"))
        ),
        speakers=keys,
    )


def read_frab_xml(raw: bytes, zone: str | None = None) -> Conference:
    """Read pretalx's schedule.xml and frab/pentabarf XML."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise OrganiserError(f"This XML file cannot be read: {exc}.") from exc
    if root.tag != "schedule" or root.find("conference") is None:
        raise OrganiserError("This XML file is not a frab schedule (no <schedule><conference>).")
    conf_el = root.find("conference")
    assert conf_el is not None
    out = Conference(
        source="pretalx/frab XML",
        title=_text(conf_el.findtext("title")),
        zone=_zone_of(_text(conf_el.findtext("time_zone_name")), zone),
    )
    for day in root.findall("day"):
        day_date = day.get("date", "")
        for room in day.findall("room"):
            for ev in room.findall("event"):
                out.talks.append(_xml_talk(ev, room.get("name", ""), day_date, out))
    return out


def _xml_talk(ev: ET.Element, room: str, day_date: str, conf: Conference) -> Talk:
    title = _text(ev.findtext("title"))
    what = f"“{title}”"
    keys = []
    for p in ev.iterfind("persons/person"):
        name = _text(p.text)
        if not name:
            continue
        key = f"frab:{p.get('id') or name}"
        conf.people.setdefault(key, Person(key=key, name=name))
        keys.append(key)
    return Talk(
        key=f"frab:{ev.get('guid') or ev.get('id') or title}",
        title=title,
        starts_at=_when(
            _text(ev.findtext("date")), day_date, _text(ev.findtext("start")), conf.zone, what
        ),
        minutes=parse_minutes(_text(ev.findtext("duration")) or "0", what),
        room=_text(ev.findtext("room")) or room,
        kind=kind_for(_text(ev.findtext("type"))),
        abstract=_join(
            _text(ev.findtext("subtitle")),
            _text(ev.findtext("abstract")),
            _text(ev.findtext("description")),
        ),
        speakers=keys,
    )


# ----------------------------------------------------------------------------- writing


@dataclass
class OutPerson:
    id: int
    guid: str
    name: str
    bio: str


@dataclass
class OutTalk:
    id: int
    guid: str
    title: str
    starts_at: DateTime  # in the event's zone
    minutes: int
    room: str
    kind: str
    track: str
    abstract: str
    url: str
    persons: list[OutPerson]
    optout: bool


@dataclass
class OutSchedule:
    title: str
    acronym: str
    zone: str
    version: str
    talks: list[OutTalk]
    first: DateTime  # the event's start, in its zone
    last: DateTime


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].strip("-")


def acronym_for(title: str, event_id: int) -> str:
    """An acronym the c3voc schema takes: ``[a-z0-9_-][a-z0-9_]{3,}``, no dashes after the first."""
    base = re.sub(r"[^a-z0-9]+", "_", slugify(title, 40)).strip("_")
    return f"{base}_{event_id}" if base else f"event_{event_id}"


def person_guid(namespace: str, speaker_id: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{namespace}/speaker/{speaker_id}"))


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _days(sched: OutSchedule) -> list[tuple[str, list[OutTalk]]]:
    """Talks grouped by local date, in order; at least the event's first day."""
    by_day: dict[str, list[OutTalk]] = {}
    for t in sorted(sched.talks, key=lambda t: (t.starts_at, t.room, t.id)):
        by_day.setdefault(t.starts_at.to_date_string(), []).append(t)
    if not by_day:
        by_day[sched.first.to_date_string()] = []
    return sorted(by_day.items())


def _bounds(sched: OutSchedule, day: str, talks: list[OutTalk]) -> tuple[DateTime, DateTime]:
    if talks:
        return talks[0].starts_at, max(t.starts_at.add(minutes=t.minutes) for t in talks)
    return sched.first, sched.last


def _rooms(talks: list[OutTalk]) -> dict[str, list[OutTalk]]:
    rooms: dict[str, list[OutTalk]] = {}
    for t in talks:
        rooms.setdefault(t.room, []).append(t)
    return rooms


def _slug(sched: OutSchedule, t: OutTalk) -> str:
    tail = slugify(t.title, 50) or "session"
    return f"{sched.acronym.replace('_', '-')}-{t.id}-{tail}"


def write_frab_xml(sched: OutSchedule) -> bytes:
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name="meetup-organiser", version=__version__)
    ET.SubElement(root, "version").text = sched.version
    conf = ET.SubElement(root, "conference")
    days = _days(sched)
    for tag, value in (
        ("acronym", sched.acronym),
        ("title", sched.title),
        ("start", days[0][0]),
        ("end", days[-1][0]),
        ("days", str(len(days))),
        ("timeslot_duration", "00:05"),
        ("time_zone_name", sched.zone),
    ):
        ET.SubElement(conf, tag).text = value
    for index, (date, talks) in enumerate(days, start=1):
        start, end = _bounds(sched, date, talks)
        day = ET.SubElement(
            root,
            "day",
            index=str(index),
            date=date,
            start=start.to_iso8601_string(),
            end=end.to_iso8601_string(),
        )
        for room_name, room_talks in _rooms(talks).items():
            room = ET.SubElement(day, "room", name=room_name)
            for t in room_talks:
                ev = ET.SubElement(room, "event", guid=t.guid, id=str(t.id))
                for tag, value in (
                    ("date", t.starts_at.to_iso8601_string()),
                    ("start", t.starts_at.format("HH:mm")),
                    ("duration", _hm(t.minutes)),
                    ("room", t.room),
                    ("slug", _slug(sched, t)),
                    ("title", t.title),
                    ("subtitle", ""),
                    ("track", t.track),
                    ("type", t.kind),
                    ("abstract", t.abstract),
                    ("description", ""),
                ):
                    ET.SubElement(ev, tag).text = value
                if t.url.startswith(("http://", "https://")):
                    ET.SubElement(ev, "url").text = t.url
                rec = ET.SubElement(ev, "recording")
                ET.SubElement(rec, "license").text = ""
                ET.SubElement(rec, "optout").text = "true" if t.optout else "false"
                persons = ET.SubElement(ev, "persons")
                for p in t.persons:
                    ET.SubElement(persons, "person", id=str(p.id)).text = p.name
                ET.SubElement(ev, "links")
    ET.indent(root, space="  ")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body + b"\n"


def frab_json(sched: OutSchedule) -> dict[str, Any]:
    days = _days(sched)
    room_names: list[str] = []
    for _date, talks in days:
        for name in _rooms(talks):
            if name not in room_names:
                room_names.append(name)
    out_days = []
    for index, (date, talks) in enumerate(days, start=1):
        start, end = _bounds(sched, date, talks)
        out_days.append(
            {
                "index": index,
                "date": date,
                "day_start": start.to_iso8601_string(),
                "day_end": end.to_iso8601_string(),
                "rooms": {
                    name: [
                        {
                            "id": t.id,
                            "guid": t.guid,
                            "date": t.starts_at.to_iso8601_string(),
                            "start": t.starts_at.format("HH:mm"),
                            "duration": _hm(t.minutes),
                            "room": t.room,
                            "slug": _slug(sched, t),
                            "url": t.url,
                            "title": t.title,
                            "subtitle": "",
                            "track": t.track,
                            "type": t.kind,
                            "language": "",
                            "abstract": t.abstract,
                            "description": "",
                            "persons": [
                                {"guid": p.guid, "name": p.name, "biography": p.bio}
                                for p in t.persons
                            ],
                            "links": [],
                        }
                        for t in room_talks
                    ]
                    for name, room_talks in _rooms(talks).items()
                },
            }
        )
    return {
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "meetup-organiser", "version": __version__},
        "schedule": {
            "version": sched.version,
            "conference": {
                "acronym": sched.acronym,
                "title": sched.title,
                "start": days[0][0],
                "end": days[-1][0],
                "daysCount": len(days),
                "timeslot_duration": "00:05",
                "time_zone_name": sched.zone,
                "rooms": [
                    {"name": n, "guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"room/{n}"))}
                    for n in room_names
                ],
                "days": out_days,
            },
        },
    }


def write_frab_json(sched: OutSchedule) -> bytes:
    return (json.dumps(frab_json(sched), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


__all__ = [
    "OutPerson",
    "OutSchedule",
    "OutTalk",
    "acronym_for",
    "person_guid",
    "place",
    "read_frab_json",
    "read_frab_xml",
    "slugify",
    "write_frab_json",
    "write_frab_xml",
]
