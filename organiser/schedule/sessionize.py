"""Sessionize: the API's JSON (the "All" view saved to a file) and the sessions exports.

The JSON has ``sessions``, ``speakers`` and ``rooms``; a session names its
speakers by id and its room by ``roomId``; service sessions are breaks.
The "accepted sessions" export (CSV or Excel) has one row per session and
speaker: a talk with two speakers has two rows with the same ``Session Id``
(the second sometimes with an empty title). Sessionize gives wall-clock
times without a zone; the importer places them in the event's zone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from organiser.errors import OrganiserError
from organiser.schedule.model import Conference, Person, Talk, kind_for, parse_instant, place

#: columns that make a file a Sessionize sessions export
SESSION_COLUMNS = ("Session Id", "Title", "Scheduled At")
#: columns of a speakers-only export
SPEAKER_COLUMNS = ("Speaker Id", "FirstName", "LastName")

_LINK_COLUMNS = (
    "LinkedIn",
    "Blog",
    "X (Twitter)",
    "Twitter",
    "Company Website",
    "Instagram",
    "Facebook",
    "Bluesky",
    "Mastodon",
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("_x000D_", "").replace("\r\n", "\n").strip()
    return "" if text in ("Not Provided",) else text


def read_sessionize_json(data: Mapping[str, Any], zone: str | None) -> Conference:
    sessions = data.get("sessions")
    if not isinstance(sessions, list):
        raise OrganiserError("This JSON file has no Sessionize sessions list.")
    out = Conference(source="Sessionize JSON", zone=zone)
    rooms = {r.get("id"): _text(r.get("name")) for r in data.get("rooms") or []}
    for sp in data.get("speakers") or []:
        person = Person(
            key=f"sz:{_text(sp.get('id'))}",
            name=_text(sp.get("fullName"))
            or " ".join(p for p in (_text(sp.get("firstName")), _text(sp.get("lastName"))) if p),
            bio=_text(sp.get("bio")),
            tagline=_text(sp.get("tagLine")),
            photo_url=_text(sp.get("profilePicture")),
            links=[
                (
                    _text(link.get("title")) or _text(link.get("linkType")) or "Link",
                    _text(link["url"]),
                )
                for link in sp.get("links") or []
                if isinstance(link, Mapping) and _text(link.get("url"))
            ],
        )
        if person.name:
            out.people[person.key] = person
    for x in sessions:
        title = _text(x.get("title"))
        if not _text(x.get("startsAt")):
            out.skipped.append(f"“{title}”: not scheduled yet")
            continue
        start = parse_instant(_text(x["startsAt"]), zone, "Sessionize")
        end = parse_instant(_text(x.get("endsAt")) or _text(x["startsAt"]), zone, "Sessionize")
        keys = []
        for ref in x.get("speakers") or []:
            sid = _text(ref.get("id") if isinstance(ref, Mapping) else ref)
            key = f"sz:{sid}"
            if key not in out.people and isinstance(ref, Mapping) and _text(ref.get("name")):
                out.people[key] = Person(key=key, name=_text(ref.get("name")))
            if key in out.people:
                keys.append(key)
            else:
                out.skipped.append(f"“{title}”: speaker {sid} is not in the file")
        out.talks.append(
            Talk(
                key=f"sz:{_text(x.get('id'))}",
                title=title,
                starts_at=start,
                minutes=max(0, int((end - start).total_seconds() // 60)),
                room=rooms.get(x.get("roomId"), "") or _text(x.get("room")),
                kind=kind_for(title, service=bool(x.get("isServiceSession"))),
                abstract=_text(x.get("description")),
                speakers=keys,
            )
        )
    return out


def _scheduled(value: Any, zone: str | None, title: str) -> Any:
    """A cell of "Scheduled At": an Excel date-time or text in a few spellings."""
    if isinstance(value, dt.datetime):
        return place(value, zone, "This Sessionize export")
    text = _text(value)
    if not text:
        return None
    for fmt in (
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%m/%d/%Y %I:%M:%S %p",
        "%m/%d/%Y %I:%M %p",
        "%d %b %Y %H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ):
        try:
            return place(dt.datetime.strptime(text, fmt), zone, "This Sessionize export")
        except ValueError:
            continue
    return parse_instant(text, zone, f"“{title}”")


def read_sessionize_rows(rows: Sequence[Mapping[str, Any]], zone: str | None) -> Conference:
    """Rows of the accepted-sessions export (one per session and speaker)."""
    out = Conference(source="Sessionize export", zone=zone)
    talks: dict[str, Talk] = {}
    unscheduled: set[str] = set()
    for row in rows:
        sid = _text(row.get("Session Id"))
        speaker_id = _text(row.get("Speaker Id"))
        if speaker_id:
            key = f"sz:{speaker_id}"
            if key not in out.people:
                name = " ".join(
                    p for p in (_text(row.get("FirstName")), _text(row.get("LastName"))) if p
                )
                links = [(c, _text(row.get(c))) for c in _LINK_COLUMNS if _text(row.get(c))]
                out.people[key] = Person(
                    key=key,
                    name=name,
                    bio=_text(row.get("Bio")),
                    tagline=_text(row.get("TagLine")),
                    pronouns=_text(row.get("Pronouns") or row.get("Your pronoun")),
                    email=_text(row.get("Email")),
                    photo_url=_text(row.get("Profile Picture")),
                    links=links,
                )
        if not sid or sid in unscheduled:
            continue
        talk = talks.get(sid)
        if talk is None:
            title = _text(row.get("Title"))
            start = _scheduled(row.get("Scheduled At"), zone, title)
            if start is None:
                out.skipped.append(f"“{title}”: not scheduled yet")
                unscheduled.add(sid)
                continue
            minutes = _text(row.get("Scheduled Duration"))
            panel = _text(row.get("Panel")).casefold() == "true"
            talk = Talk(
                key=f"sz:{sid}",
                title=title,
                starts_at=start,
                minutes=int(float(minutes)) if minutes else 0,
                room=_text(row.get("Room")),
                kind="panel" if panel else kind_for(_text(row.get("Session format"))),
                abstract=_text(row.get("Description")),
            )
            talks[sid] = talk
            out.talks.append(talk)
        if speaker_id and f"sz:{speaker_id}" in out.people:
            talk.speakers.append(f"sz:{speaker_id}")
    return out


def sheet_rows(path: Path) -> list[dict[str, Any]]:
    """The first sheet of an .xlsx as dicts keyed by the header row (read-only mode)."""
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - a dependency of the app
        raise OrganiserError("Reading Excel files needs the openpyxl package.") from exc
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise OrganiserError(f"{path.name} is not an Excel workbook that can be read.") from exc
    try:
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        header = [_text(h) for h in next(it, ())]
        return [
            dict(zip(header, row, strict=False)) for row in it if any(c is not None for c in row)
        ]
    finally:
        book.close()


def csv_rows(raw: bytes) -> list[dict[str, Any]]:
    text = raw.decode("utf-8-sig", errors="replace")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def looks_like_sessionize(header: Iterable[str]) -> bool:
    names = set(header)
    return all(c in names for c in SESSION_COLUMNS) or all(c in names for c in SPEAKER_COLUMNS)


__all__ = [
    "csv_rows",
    "looks_like_sessionize",
    "read_sessionize_json",
    "read_sessionize_rows",
    "sheet_rows",
]
