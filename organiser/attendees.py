"""Attendees: import any RSVP export, edit people, export them for spreadsheets.

Formats are recognised from the header row by column *name* (Meetup, Eventbrite,
Luma, or anything else through a column mapping), never by position. A re-import
updates the people it already knows (source + external id, then email, then
normalised name) and leaves alone what the organiser corrected by hand
(``Attendee.edited_fields``) unless asked to overwrite it. One import is one
transaction: the caller's session commits it or nothing.
"""

from __future__ import annotations

import csv
import functools
import importlib
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import Table as SATable
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from organiser import validation as v
from organiser.crud import get_or_error
from organiser.csvread import DELIMITER_NAMES, Table, read_bytes, read_table
from organiser.errors import OrganiserError, ValidationError
from organiser.models import (
    ATTENDEE_ROLES,
    ATTENDEE_SOURCES,
    RSVP_STATES,
    AppSetting,
    Attendee,
    Event,
    new_token,
)
from organiser.textnorm import fold as _fold
from organiser.textnorm import variants
from organiser.timeutil import now_utc

FORMATS = ("meetup", "eventbrite", "luma", "generic")
FORMAT_LABELS = {
    "meetup": "Meetup",
    "eventbrite": "Eventbrite",
    "luma": "Luma",
    "generic": "Other CSV",
}

# Our fields a column can be mapped to, with the label the wizard shows.
FIELD_LABELS: dict[str, str] = {
    "full_name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "company": "Company",
    "job_title": "Job title",
    "pronouns": "Pronouns",
    "role": "Role",
    "rsvp": "RSVP / status",
    "checked_in": "Attended (yes/no)",
    "checked_in_at": "Check-in time",
    "external_id": "ID in the source",
    "source": "Source",
    "guests": "Guests",
    "notes": "Notes",
}

EDITABLE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "company",
    "job_title",
    "pronouns",
    "role",
    "rsvp",
    "guests",
    "notes",
)
# Fields an import may write (and so the ones a manual edit protects): the same set.
_IMPORTED = EDITABLE_FIELDS
_LIMITS = {
    "first_name": 200,
    "last_name": 200,
    "company": 200,
    "job_title": 200,
    "pronouns": 50,
    "external_id": 200,
    "notes": 20000,
}

# Column names as each platform exports them, folded (see _norm_header).
_MEETUP = {
    "full_name": ("name",),
    "checked_in": ("attendance", "attended"),
    "external_id": ("user id", "member id"),
    "job_title": ("title",),
    "host": ("event host",),
    "rsvp": ("rsvp",),
    "guests": ("guests",),
    "notes": ("notes",),
    "email": ("email", "email address"),
}
_EVENTBRITE = {
    "first_name": ("first name",),
    "last_name": ("last name", "surname"),
    "email": ("email", "email address"),
    "company": ("company",),
    "job_title": ("job title",),
    "rsvp": ("attendee status",),
    "external_id": ("attendee #", "attendee no", "attendee no.", "barcode #", "barcode no."),
    "ticket": ("ticket type",),
    "pronouns": ("pronouns",),
}
_LUMA = {
    "full_name": ("name",),
    "first_name": ("first_name",),
    "last_name": ("last_name",),
    "email": ("email",),
    "rsvp": ("approval_status",),
    "checked_in_at": ("checked_in_at",),
    "external_id": ("api_id",),
    "ticket": ("ticket_name",),
    "company": ("company", "organization", "organisation"),
    "job_title": ("job title", "job_title"),
    "pronouns": ("pronouns",),
}
_GENERIC = {
    "full_name": (
        "name",
        "full name",
        "fullname",
        "attendee name",
        "attendee",
        "participant",
        "guest name",
        "display name",
        "nome",
        "nom complet",
        "vollstandiger name",
    ),
    "first_name": (
        "first name",
        "firstname",
        "first_name",
        "given name",
        "forename",
        "vorname",
        "prenom",
        "nombre",
    ),
    "last_name": (
        "last name",
        "lastname",
        "last_name",
        "surname",
        "family name",
        "nachname",
        "nom",
        "cognome",
        "apellido",
        "apellidos",
    ),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "courriel"),
    "company": (
        "company",
        "organisation",
        "organization",
        "employer",
        "affiliation",
        "firma",
        "azienda",
        "entreprise",
    ),
    "job_title": ("job title", "job_title", "position", "title", "occupation"),
    "pronouns": ("pronouns", "pronoun"),
    "role": ("role", "type", "attendee type"),
    "rsvp": (
        "rsvp",
        "status",
        "attendee status",
        "approval_status",
        "response",
        "attending",
        "registration status",
    ),
    "checked_in": ("attended", "attendance", "checked in", "present", "check-in"),
    "checked_in_at": (
        "checked in at",
        "checked_in_at",
        "check-in time",
        "checkin time",
        "check in time",
        "arrived at",
    ),
    "external_id": ("external id", "id", "attendee id", "user id", "member id", "api_id"),
    "source": ("source",),
    "guests": ("guests", "plus ones", "+1", "guest count"),
    "notes": ("notes", "note", "comments", "comment"),
}
_SPECS: dict[str, dict[str, tuple[str, ...]]] = {
    "meetup": _MEETUP,
    "eventbrite": _EVENTBRITE,
    "luma": _LUMA,
    "generic": _GENERIC,
}

_GOING = {
    "yes",
    "y",
    "going",
    "attending",
    "approved",
    "confirmed",
    "registered",
    "accepted",
    "true",
    "1",
    "x",
    "ok",
    "si",
    "ja",
    "oui",
    "checked in",
    "checked_in",
    "checked-in",
    "attended",
}
_NOT_GOING = {
    "no",
    "n",
    "not going",
    "not_going",
    "not attending",
    "declined",
    "cancelled",
    "canceled",
    "refunded",
    "transferred",
    "deleted",
    "false",
    "0",
    "nein",
    "non",
}
_WAITLIST = {
    "waitlist",
    "waitlisted",
    "wait list",
    "waiting list",
    "waiting",
    "pending",
    "pending_approval",
    "pending approval",
    "invited",
    "maybe",
}
_CHECKED_IN_STATUS = {"checked in", "checked_in", "checked-in", "attended"}
_TRUE = {"y", "yes", "true", "1", "x", "attended", "checked in", "present", "si", "ja", "oui"}
_ROLE_WORDS = {
    "attendee": "attendee",
    "speaker": "speaker",
    "speakers": "speaker",
    "presenter": "speaker",
    "organiser": "organiser",
    "organizer": "organiser",
    "organisers": "organiser",
    "organizers": "organiser",
    "host": "organiser",
    "co-organiser": "organiser",
    "co-organizer": "organiser",
    "volunteer": "volunteer",
    "volunteers": "volunteer",
    "staff": "volunteer",
    "crew": "volunteer",
    "sponsor": "sponsor",
    "sponsors": "sponsor",
    "partner": "sponsor",
}
_ATTENDEES: SATable = Attendee.__table__  # type: ignore[assignment]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

EXPORT_COLUMNS = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("email", "Email"),
    ("company", "Company"),
    ("job_title", "Job title"),
    ("pronouns", "Pronouns"),
    ("role", "Role"),
    ("rsvp", "RSVP"),
    ("checked_in_at", "Checked in at"),
    ("guests", "Guests"),
    ("source", "Source"),
    ("external_id", "External ID"),
    ("notes", "Notes"),
)


# ---------------------------------------------------------------------------------
# Results handed to the CLI and the GUI
# ---------------------------------------------------------------------------------
@dataclass
class SkippedRow:
    line: int
    reason: str


@dataclass
class ImportReport:
    """What an import did, for a person to read."""

    file_name: str
    format: str
    encoding: str
    delimiter: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[SkippedRow] = field(default_factory=list)
    kept_edits: int = 0

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.skipped)

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.skipped)} skipped"
        )

    def lines(self) -> list[str]:
        """The report as text lines (the CLI prints them; the wizard shows them)."""
        out = [
            f"Imported {self.file_name} as {FORMAT_LABELS.get(self.format, self.format)} "
            f"({self.encoding}, {DELIMITER_NAMES.get(self.delimiter, self.delimiter)}-separated).",
            self.summary() + ".",
        ]
        if self.kept_edits:
            out.append(
                f"{self.kept_edits} value(s) you edited by hand were kept "
                "(use overwrite edits to replace them)."
            )
        for row in self.skipped:
            out.append(f"Skipped line {row.line}: {row.reason}")
        for row in self.warnings:
            out.append(f"Note on line {row.line}: {row.reason}")
        return out


@dataclass
class Preview:
    """What the wizard shows before importing."""

    file_name: str
    format: str
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    row_count: int
    mapping: dict[str, str]  # our field -> column name in the file


@dataclass(slots=True)
class _Parsed:
    line: int
    values: dict[str, Any]
    checked_in: bool = False
    checked_in_at: DateTime | None = None


# ---------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------
@functools.lru_cache(maxsize=8192)
def _part_keys(part: str) -> tuple[str, ...]:
    if part.isascii():
        return (part.lower(),)
    return tuple(sorted(variants(part)))


def fast_search_key(*parts: str | None) -> str:
    """Same result as :func:`organiser.textnorm.search_key`, quicker (ASCII, repeated names)."""
    keys: list[str] = []
    for p in parts:
        if p:
            for k in _part_keys(p):
                if k not in keys:
                    keys.append(k)
    return " ".join(keys)[:800]


def attendee_search_key(first: str, last: str, email: str | None, company: str) -> str:
    return fast_search_key(first, last, email, company)


def fold(text: str) -> str:
    """:func:`organiser.textnorm.fold` with a shortcut for plain ASCII (most cells)."""
    if text.isascii():
        return text.lower()
    return _fold(text)


def name_key(first: str, last: str) -> str:
    """Normalised full name for matching people across imports."""
    return " ".join(fold(f"{first} {last}").replace("-", " ").split())


def _norm_header(name: str) -> str:
    text = fold(name.replace("\ufeff", "")).strip().strip(":").strip()
    return " ".join(text.split())


def _cell(value: str) -> str:
    """Clean one cell; undo our own export's formula neutralising."""
    if value.isprintable():  # no control characters: only normalise (the common case)
        text = (value if value.isascii() else unicodedata.normalize("NFC", value)).strip()
    else:
        text = v.clean_text(value)
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        text = text[1:]
    return text


def _one_line(text: str) -> str:
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return " ".join(text.split())
    return text.strip()


_CJK_CHARS = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_WORD = re.compile(f"[{_CJK_CHARS}\\W\\d_]+")
_CJK_RE = re.compile(f"[{_CJK_CHARS}]")


def _is_cjk(token: str) -> bool:
    """A word written in Han, kana or Hangul (punctuation and digits allowed)."""
    if not token or token.isascii():
        return False
    return _CJK_RE.search(token) is not None and _CJK_WORD.fullmatch(token) is not None


def split_name(full: str) -> tuple[str, str]:
    """Split a single name field into (first, last) the way people expect.

    "Rossi, Giulia" is last-comma-first; "Giulia Rossi" and "Ludwig van Beethoven"
    give the first word as first name; names written in Chinese, Japanese or
    Korean characters keep their order (family name first) and a name without
    spaces (陈伟, 김민준) stays whole.
    """
    name = _one_line(full)
    if not name:
        return "", ""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last:
            return first, last
    parts = name.split(" ")
    if len(parts) == 1:
        return name, ""
    if not name.isascii() and all(_is_cjk(p) for p in parts):
        return " ".join(parts[1:]), parts[0]
    return parts[0], " ".join(parts[1:])


# ---------------------------------------------------------------------------------
# Detecting the format and the columns
# ---------------------------------------------------------------------------------
def detect_format(header: Iterable[str]) -> str:
    names = {_norm_header(h) for h in header}
    if "api_id" in names and ({"approval_status", "checked_in_at", "qr_code_url"} & names):
        return "luma"
    if (
        "rsvp" in names
        and "name" in names
        and ({"user id", "url of member profile", "attendance", "rsvped on", "event host"} & names)
    ):
        return "meetup"
    eventbrite_marks = {
        "attendee status",
        "order #",
        "order no.",
        "order no",
        "barcode #",
        "attendee #",
        "ticket type",
    }
    if len(eventbrite_marks & names) >= 2 and ("first name" in names or "email" in names):
        return "eventbrite"
    return "generic"


def propose_mapping(header: list[str], fmt: str) -> dict[str, str]:
    """Map our fields to columns of the file by name (first matching column wins)."""
    spec = _SPECS[fmt]
    normalised = [_norm_header(h) for h in header]
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for key, names in spec.items():
        for candidate in names:
            for idx, col in enumerate(normalised):
                if idx not in used and col == candidate:
                    mapping[key] = header[idx]
                    used.add(idx)
                    break
            if key in mapping:
                break
    if (
        fmt == "generic"
        and "full_name" in mapping
        and ("first_name" in mapping and "last_name" in mapping)
    ):
        del mapping["full_name"]
    return mapping


def _header_row(table: Table) -> int:
    """Index of the header: the first record that looks like one (exports may have a title)."""
    for idx, (_line, record) in enumerate(table.rows[:10]):
        fmt = detect_format(record)
        if fmt != "generic":
            return idx
        mapped = propose_mapping(record, "generic")
        if len(mapped) >= 2 or {"email", "full_name", "first_name"} & set(mapped):
            return idx
    return 0


# ---------------------------------------------------------------------------------
# Reading a file
# ---------------------------------------------------------------------------------
def _load(path: str | Path | None, data: bytes | None, name: str) -> Table:
    if data is not None:
        return read_bytes(data, name)
    assert path is not None
    return read_table(path)


def preview(path: str | Path, *, rows: int = 8) -> Preview:
    """Read a file for the import wizard: format, encoding, separator, first rows, mapping."""
    table = read_table(path)
    h = _header_row(table)
    header = [c.strip() for c in table.rows[h][1]]
    fmt = detect_format(header)
    body = table.rows[h + 1 :]
    width = len(header)
    first = [(r + [""] * width)[:width] for _line, r in body[:rows]]
    return Preview(
        file_name=Path(path).name,
        format=fmt,
        encoding=table.encoding,
        delimiter=table.delimiter,
        header=header,
        rows=first,
        row_count=len(body),
        mapping=_guess_from_values(header, first, propose_mapping(header, fmt)),
    )


def _guess_from_values(
    header: list[str], rows: list[list[str]], mapping: dict[str, str]
) -> dict[str, str]:
    """For columns with unknown names, propose email and name columns from what they hold.

    Only a proposal for the wizard, which shows it to the person before importing.
    """
    out = dict(mapping)
    used = set(out.values())

    def share(col: int, test: Callable[[str], bool]) -> float:
        values = [r[col].strip() for r in rows if col < len(r) and r[col].strip()]
        return sum(1 for x in values if test(x)) / len(values) if values else 0.0

    free = [i for i, h in enumerate(header) if h not in used]
    if "email" not in out:
        for i in free:
            if share(i, lambda x: "@" in x and " " not in x and "." in x.split("@")[-1]) >= 0.8:
                out["email"] = header[i]
                used.add(header[i])
                break
    if not ({"full_name", "first_name", "last_name"} & set(out)):
        for i in free:
            if header[i] in used:
                continue

            def looks_like_name(x: str) -> bool:
                return " " in x and not any(ch.isdigit() or ch == "@" for ch in x)

            if share(i, looks_like_name) >= 0.8:
                out["full_name"] = header[i]
                break
    return out


def _parse_time(text: str, zone: str) -> DateTime | None:
    try:
        parsed = pendulum.parse(text, tz=zone, strict=False)
    except Exception:  # any text can arrive here: a time we cannot read is just not a time
        return None
    if not isinstance(parsed, DateTime):
        return None
    result: DateTime = parsed.in_timezone("UTC")
    return result


def _rsvp(key: str) -> str | None:
    """Our RSVP state for a folded status word, or None when it is not one we know."""
    if key in _GOING:
        return "going"
    if key in _NOT_GOING:
        return "not_going"
    if key in _WAITLIST:
        return "waitlist"
    return None


def _role(text: str) -> str | None:
    key = " ".join(fold(text).split())
    if key in _ROLE_WORDS:
        return _ROLE_WORDS[key]
    for word in re.split(r"[^\w-]+", key):
        if word in _ROLE_WORDS and _ROLE_WORDS[word] != "attendee":
            return _ROLE_WORDS[word]
    return None


_NEW_DEFAULTS: dict[str, Any] = {
    "first_name": "",
    "last_name": "",
    "email": None,
    "company": "",
    "job_title": "",
    "pronouns": "",
    "role": "attendee",
    "external_id": None,
    "rsvp": "going",
    "guests": 0,
    "notes": "",
}
_HINTS = ("ticket", "host")  # columns that only suggest a role
_COMPARED_ONLY = frozenset({"host", "checked_in", "guests", "rsvp", "ticket", "role", "source"})
_ROW_KEYS = (*FIELD_LABELS, "ticket", "host")


def _parse_row(
    fmt: str,
    cols: dict[str, int],
    record: list[str],
    line: int,
    event: Event,
    report: ImportReport,
) -> _Parsed | None:
    width = len(record)
    c = dict.fromkeys(_ROW_KEYS, "")
    for key, idx in cols.items():
        if idx < width:
            # words we only compare against known values need no cleaning for storage
            c[key] = record[idx].strip() if key in _COMPARED_ONLY else _cell(record[idx])

    values: dict[str, Any] = {}
    first = _one_line(c["first_name"])
    last = _one_line(c["last_name"])
    full = _one_line(c["full_name"])
    if full and not first and not last:
        first, last = split_name(full)
    elif full and first and not last and full.startswith(first):
        last = full[len(first) :].strip()  # e.g. Luma with last_name left empty
    raw_email = c["email"]
    email: str | None = None
    if raw_email:
        try:
            email = v.optional_email(raw_email.strip("<> "))
        except ValidationError:
            report.warnings.append(
                SkippedRow(line, f"“{raw_email[:60]}” is not an email address; left out.")
            )
    if not first and not last and not email:
        report.skipped.append(SkippedRow(line, "no name and no email address."))
        return None
    values["first_name"] = first[: _LIMITS["first_name"]]
    values["last_name"] = last[: _LIMITS["last_name"]]
    if "email" in cols:
        values["email"] = email.lower() if email else None
    for key in ("company", "job_title", "pronouns", "notes"):
        if key in cols:
            values[key] = c[key][: _LIMITS[key]]
    ext = c["external_id"]
    if fmt == "meetup" and ext[:4].lower() == "user":  # "user 12537919"
        ext = ext[4:].lstrip()
    if ext:
        values["external_id"] = _one_line(ext)[: _LIMITS["external_id"]]
    if fmt == "generic" and "source" in cols:
        src = fold(c["source"])
        if src in ATTENDEE_SOURCES:
            values["source"] = src

    parsed = _Parsed(line=line, values=values)
    status = c["rsvp"]
    if status:
        status_key = " ".join(fold(status).split())
        rsvp = _rsvp(status_key)
        if rsvp is None:
            report.warnings.append(
                SkippedRow(
                    line, f"status “{_cell(status)[:40]}” is not one we know; imported as going."
                )
            )
            rsvp = "going"
        values["rsvp"] = rsvp
        if status_key in _CHECKED_IN_STATUS:
            parsed.checked_in = True
    elif "rsvp" in cols:
        values["rsvp"] = "going"
    if fold(c["checked_in"]) in _TRUE:
        parsed.checked_in = True
    when = c["checked_in_at"]
    if when:
        stamp = _parse_time(when, event.timezone)
        if stamp is None:
            report.warnings.append(
                SkippedRow(line, f"check-in time “{when[:40]}” is not a date; marked as attended.")
            )
        parsed.checked_in = True
        parsed.checked_in_at = stamp
    if parsed.checked_in and "rsvp" not in values:
        values["rsvp"] = "going"

    role = None
    if "role" in cols:
        role = _role(c["role"])
    if role is None and "ticket" in cols:
        role = _role(c["ticket"])
    if role is None and fmt == "meetup" and fold(c["host"]) in ("yes", "y", "true"):
        role = "organiser"
    if role is not None:
        values["role"] = role
    elif "role" in cols:
        values["role"] = "attendee"

    guests = c["guests"]
    if guests:
        try:
            number = int(guests) if guests.isdigit() else int(float(guests))
            values["guests"] = max(0, min(number, 1000))
        except (ValueError, OverflowError):
            report.warnings.append(
                SkippedRow(line, f"guests “{_cell(guests)[:20]}” is not a number.")
            )
    return parsed


# ---------------------------------------------------------------------------------
# Matching and writing
# ---------------------------------------------------------------------------------
class _Index:
    """The event's attendees by external id, email and normalised name."""

    def __init__(self, people: Iterable[Attendee]) -> None:
        self.by_ext: dict[tuple[str, str], Attendee] = {}
        self.by_email: dict[str, Attendee] = {}
        self.by_name: dict[str, list[Attendee]] = {}
        self.matched: set[int] = set()  # people already matched by a row of this file
        for a in people:
            self.add(a)

    def add(self, a: Attendee) -> None:
        if a.external_id:
            self.by_ext[(a.source, a.external_id)] = a
        if a.email:
            self.by_email.setdefault(a.email.lower(), a)
        key = name_key(a.first_name, a.last_name)
        if key:
            self.by_name.setdefault(key, []).append(a)

    def find(self, source: str, values: Mapping[str, Any]) -> Attendee | None:
        ext = values.get("external_id")
        if ext and (source, ext) in self.by_ext:
            return self.by_ext[(source, ext)]
        email = values.get("email")
        if email and email in self.by_email:
            found = self.by_email[email]
            if not (ext and found.source == source and found.external_id not in (None, ext)):
                return found
        if not self.by_name:
            return None
        key = name_key(values.get("first_name", ""), values.get("last_name", ""))
        candidates = [
            c
            for c in (self.by_name.get(key, []) if key else [])
            # another account on the same platform is another person
            if not (ext and c.source == source and c.external_id not in (None, ext))
            and c.id not in self.matched
        ]
        if not candidates:
            return None
        # The same name with another address is usually the same person registered
        # elsewhere; prefer someone without an address, then the first one.
        return next((c for c in candidates if not c.email), candidates[0])


def _identity(source: str, values: Mapping[str, Any]) -> list[str]:
    """What makes two rows of one file the same person.

    An id from the platform wins: Eventbrite gives every ticket its own attendee
    number even when the buyer's address is on all of them.
    """
    if values.get("external_id"):
        return [f"x:{source}:{values['external_id']}"]
    if values.get("email"):
        return [f"e:{values['email']}"]
    return [f"n:{name_key(values.get('first_name', ''), values.get('last_name', ''))}"]


def _resolve_columns(
    header: list[str], fmt: str, mapping: Mapping[str, str] | None
) -> dict[str, int]:
    if mapping is None:
        named = propose_mapping(header, fmt)
    else:
        named = {k: c for k, c in mapping.items() if c}
        unknown = [k for k in named if k not in FIELD_LABELS and k not in _HINTS]
        if unknown:
            raise OrganiserError(f"“{unknown[0]}” is not a field attendees have.")
        # keep the format's hints the mapping form does not show (ticket type, event host)
        for key, col in propose_mapping(header, fmt).items():
            if key in _HINTS:
                named.setdefault(key, col)
    positions = {h: i for i, h in reversed(list(enumerate(header)))}
    stripped = {h.strip(): i for i, h in reversed(list(enumerate(header)))}
    cols: dict[str, int] = {}
    for key, col in named.items():
        if col in positions:
            cols[key] = positions[col]
        elif col.strip() in stripped:
            cols[key] = stripped[col.strip()]
        else:
            raise OrganiserError(f"The file has no column named “{col}”.")
    return cols


def import_file(
    s: Session,
    event_id: int,
    path: str | Path | None = None,
    *,
    data: bytes | None = None,
    name: str | None = None,
    fmt: str = "auto",
    mapping: Mapping[str, str] | None = None,
    overwrite_edits: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import an RSVP export into an event and say what happened.

    Give ``path`` or the raw ``data``. ``fmt`` is ``auto`` or one of :data:`FORMATS`;
    ``mapping`` (our field -> column name) overrides the detected columns, for
    files the detection does not know. Everything is read and checked before
    the database is touched; the caller's session is the one transaction.
    """
    event = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    if fmt != "auto" and fmt not in FORMATS:
        raise OrganiserError(f"“{fmt}” is not an import format; use auto, {', '.join(FORMATS)}.")
    file_name = name or (Path(path).name if path is not None else "file")
    table = _load(path, data, file_name)
    h = _header_row(table)
    header = [c.strip() for c in table.rows[h][1]]
    detected = detect_format(header) if fmt == "auto" else fmt
    cols = _resolve_columns(header, detected, mapping)
    body = table.rows[h + 1 :]
    if not body:
        raise OrganiserError(
            f"The file {file_name} has a header row but no attendees below it; nothing changed."
        )
    if not ({"full_name", "first_name", "last_name", "email"} & set(cols)):
        shown = ", ".join(header[:6]) + (", …" if len(header) > 6 else "")
        raise OrganiserError(
            f"No name or email column was found in {file_name} (columns: {shown}); "
            "choose the columns in the import wizard."
        )
    source = detected if detected in ("meetup", "eventbrite", "luma") else "generic"
    report = ImportReport(
        file_name=file_name, format=detected, encoding=table.encoding, delimiter=table.delimiter
    )

    parsed: list[_Parsed] = []
    for line, record in body:
        if table.truncated_line == line:
            report.skipped.append(
                SkippedRow(
                    line, "the row is cut off (a quote is never closed); is the file complete?"
                )
            )
            continue
        row = _parse_row(detected, cols, record, line, event, report)
        if row is not None:
            parsed.append(row)

    existing = list(s.scalars(select(Attendee).where(Attendee.event_id == event_id)))
    index = _Index(existing)
    seen: dict[str, int] = {}
    new_rows: list[dict[str, Any]] = []
    total = len(parsed)
    now = now_utc()
    for n, row in enumerate(parsed):
        if progress is not None and n % 500 == 0:
            progress(n, total)
        values = row.values
        row_source = values.pop("source", source)
        identity = _identity(row_source, values)
        dup = next((seen[k] for k in identity if k in seen), None)
        if dup is not None:
            report.skipped.append(SkippedRow(row.line, f"the same person as line {dup}."))
            continue
        for k in identity:
            seen[k] = row.line
        stamp = row.checked_in_at or (event.starts_at if row.checked_in else None)
        found = index.find(row_source, values)
        if found is not None:
            index.matched.add(found.id)
        if found is None:
            new_row = {
                **_NEW_DEFAULTS,
                **values,
                "event_id": event_id,
                "source": row_source,
                "checked_in_at": stamp,
                "checkin_token": new_token(),
            }
            new_row["search_key"] = attendee_search_key(
                new_row["first_name"], new_row["last_name"], new_row["email"], new_row["company"]
            )
            new_rows.append(new_row)
            report.added += 1
            continue
        changed = _update_from_import(found, row_source, values, stamp, overwrite_edits, report)
        if changed:
            report.updated += 1
        else:
            report.unchanged += 1
    if new_rows:
        # Core executemany: one statement for all new rows (the ORM would split them).
        _bulk_insert(s, new_rows, {"created_at": now, "edited_fields": []})
    s.flush()
    if progress is not None:
        progress(total, total)
    return report


def _bulk_insert(s: Session, rows: list[dict[str, Any]], same: dict[str, Any]) -> None:
    """Insert many attendees in one executemany on the session's transaction.

    SQLAlchemy would run each row's values through their column types (UTC
    datetimes, JSON); here the values every row shares (``same``) are
    converted once and only the per-row check-in time is converted per row.
    """
    conn = s.connection()
    dialect = conn.dialect
    keys = list(rows[0]) + list(same)
    compiled = insert(_ATTENDEES).compile(dialect=dialect, column_keys=keys)
    sql = compiled.string.split(" RETURNING ")[0]

    def processor(key: str) -> Callable[[Any], Any] | None:
        col_type = _ATTENDEES.c[key].type
        proc: Callable[[Any], Any] | None = col_type.dialect_impl(dialect).bind_processor(dialect)
        return proc

    fixed = {}
    for key, value in same.items():
        proc = processor(key)
        fixed[key] = proc(value) if proc is not None else value
    per_row = {key: p for key in rows[0] if (p := processor(key)) is not None}
    order = compiled.positiontup
    pick = operator.itemgetter(*order) if order is not None else None
    params: list[Any] = []
    for row in rows:  # the rows are ours: convert in place
        for key, proc in per_row.items():
            if row[key] is not None:
                row[key] = proc(row[key])
        row.update(fixed)
        params.append(pick(row) if pick is not None else row)
    conn.exec_driver_sql(sql, params)


def _update_from_import(
    a: Attendee,
    source: str,
    values: Mapping[str, Any],
    stamp: DateTime | None,
    overwrite_edits: bool,
    report: ImportReport,
) -> bool:
    changed = False
    edited = set(a.edited_fields or [])
    for key in _IMPORTED:
        if key not in values:
            continue
        new = values[key]
        if key == "email" and not new:
            continue  # an export without the address does not erase the one we have
        if (
            key in ("first_name", "last_name")
            and not values.get("first_name")
            and not values.get("last_name")
        ):
            continue
        if getattr(a, key) == new:
            continue
        if key in edited and not overwrite_edits:
            report.kept_edits += 1
            continue
        setattr(a, key, new)
        changed = True
        if key in edited:
            edited.discard(key)
    if overwrite_edits and set(a.edited_fields or []) != edited:
        a.edited_fields = sorted(edited)
    ext = values.get("external_id")
    if ext and not a.external_id:
        a.source = source
        a.external_id = ext
        changed = True
    if stamp is not None and a.checked_in_at is None:
        a.checked_in_at = stamp
        changed = True
    if changed:
        a.search_key = attendee_search_key(a.first_name, a.last_name, a.email, a.company)
    return changed


# ---------------------------------------------------------------------------------
# Editing people in the app
# ---------------------------------------------------------------------------------
def get_attendee(s: Session, attendee_id: int) -> Attendee:
    return get_or_error(s, Attendee, attendee_id, "attendee")


def list_attendees(s: Session, event_id: int) -> list[Attendee]:
    get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    return list(
        s.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id)
            .order_by(Attendee.last_name, Attendee.first_name, Attendee.id)
        )
    )


@dataclass(frozen=True)
class AttendeeRow:
    """One line of the Attendees table: plain values, safe to keep in the UI."""

    id: int
    first_name: str
    last_name: str
    email: str
    company: str
    job_title: str
    role: str
    rsvp: str
    source: str
    checked_in_at: DateTime | None
    badge_printed_at: DateTime | None
    search_key: str
    edited_fields: tuple[str, ...]
    repeat_no_show: bool = False

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def row_of(a: Attendee, repeat_no_show: bool = False) -> AttendeeRow:
    return AttendeeRow(
        id=a.id,
        first_name=a.first_name,
        last_name=a.last_name,
        email=a.email or "",
        company=a.company,
        job_title=a.job_title,
        role=a.role,
        rsvp=a.rsvp,
        source=a.source,
        checked_in_at=a.checked_in_at,
        badge_printed_at=a.badge_printed_at,
        search_key=a.search_key,
        edited_fields=tuple(a.edited_fields or ()),
        repeat_no_show=repeat_no_show,
    )


def attendee_rows(s: Session, event_id: int) -> list[AttendeeRow]:
    """The event's people for the table, repeat no-shows marked."""
    from organiser.stats import flagged_attendees

    flagged = flagged_attendees(s, event_id)
    return [row_of(a, a.id in flagged) for a in list_attendees(s, event_id)]


def _clean_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise TypeError(f"unknown attendee field {key}")
        if key == "email":
            email = v.optional_email(value)
            out[key] = email.lower() if email else None
        elif key == "role":
            out[key] = v.choice(value, ATTENDEE_ROLES, "role", "Role")
        elif key == "rsvp":
            out[key] = v.choice(value, RSVP_STATES, "rsvp", "RSVP")
        elif key == "guests":
            try:
                number = int(value or 0)
            except (TypeError, ValueError) as exc:
                raise ValidationError("guests", f"Guests “{value}” is not a whole number.") from exc
            if number < 0:
                raise ValidationError("guests", "Guests cannot be negative.")
            out[key] = number
        elif key == "notes":
            out[key] = v.clean_text(value)
        else:
            text = _one_line(v.clean_text(value))
            if len(text) > _LIMITS[key]:
                raise ValidationError(key, f"That is too long (at most {_LIMITS[key]} characters).")
            out[key] = text
    return out


def add_attendee(
    s: Session,
    event_id: int,
    *,
    first_name: str,
    last_name: str = "",
    source: str = "manual",
    checked_in: bool = False,
    **fields: Any,
) -> Attendee:
    """Add one person by hand (or at the door, with ``source="walk_in"``)."""
    get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    data = _clean_fields({"first_name": first_name, "last_name": last_name, **fields})
    if not data["first_name"] and not data["last_name"]:
        raise ValidationError("first_name", "Give the person's name.")
    if source not in ATTENDEE_SOURCES:
        raise TypeError(f"unknown source {source}")
    a = Attendee(event_id=event_id, source=source, edited_fields=[], **data)
    if checked_in:
        a.checked_in_at = now_utc()
    a.search_key = attendee_search_key(a.first_name, a.last_name, a.email, a.company or "")
    s.add(a)
    s.flush()
    return a


def update_attendee(s: Session, attendee_id: int, **changes: Any) -> Attendee:
    """Change a person; every changed field is remembered as edited by hand."""
    a = get_attendee(s, attendee_id)
    data = _clean_fields(changes)
    if ("first_name" in data or "last_name" in data) and not (
        data.get("first_name", a.first_name) or data.get("last_name", a.last_name)
    ):
        raise ValidationError("first_name", "Give the person's name.")
    edited = list(a.edited_fields or [])
    for key, value in data.items():
        if getattr(a, key) != value:
            setattr(a, key, value)
            if key not in edited:
                edited.append(key)
    a.edited_fields = edited
    a.search_key = attendee_search_key(a.first_name, a.last_name, a.email, a.company)
    s.flush()
    return a


def set_role(s: Session, attendee_id: int, role: str) -> Attendee:
    return update_attendee(s, attendee_id, role=role)


def set_rsvp(s: Session, attendee_id: int, rsvp: str) -> Attendee:
    return update_attendee(s, attendee_id, rsvp=rsvp)


def delete_attendee(s: Session, attendee_id: int) -> None:
    s.delete(get_attendee(s, attendee_id))
    s.flush()


# ---------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------
def neutralise(value: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection)."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_rows(s: Session, event_id: int) -> list[list[str]]:
    rows: list[list[str]] = [[label for _key, label in EXPORT_COLUMNS]]
    for a in list_attendees(s, event_id):
        row: list[str] = []
        for key, _label in EXPORT_COLUMNS:
            value = getattr(a, key)
            if value is None:
                text = ""
            elif isinstance(value, DateTime):
                text = value.in_timezone("UTC").to_iso8601_string()
            else:
                text = str(value)
            row.append(neutralise(text))
        rows.append(row)
    return rows


def export_csv(s: Session, event_id: int, out: str | Path) -> int:
    """Write the attendees as CSV (UTF-8 with BOM, for spreadsheets); return how many."""
    rows = export_rows(s, event_id)
    target = Path(out)
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh, lineterminator="\r\n").writerows(rows)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OrganiserError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    return len(rows) - 1


# ---------------------------------------------------------------------------------
# Badges at the door (printing lives in organiser.printing.badges)
# ---------------------------------------------------------------------------------
def badge_printing_available() -> bool:
    return _badges_module() is not None


def _badges_module() -> Any:
    """The badge printer, when this build has it (it is developed alongside)."""
    try:
        module = importlib.import_module("organiser.printing.badges")
    except ImportError:
        return None
    return module if hasattr(module, "make_badges_pdf") else None


REPRINT_LAYOUT_KEY = "checkin.reprint_layout"
DEFAULT_REPRINT_LAYOUT = "printer-4x3in"  # one badge per page: no half-used sheet wasted


def reprint_layout(s: Session) -> str:
    """The label layout badges are reprinted on at the door (remembered per database)."""
    row = s.get(AppSetting, REPRINT_LAYOUT_KEY)
    if row is not None and isinstance(row.value, str):
        return row.value
    return DEFAULT_REPRINT_LAYOUT


def set_reprint_layout(s: Session, name: str) -> None:
    badges = _badges_module()
    if badges is not None:
        from organiser.printing.layouts import get_layout

        get_layout(s, name)  # refuses an unknown layout with a clear message
    row = s.get(AppSetting, REPRINT_LAYOUT_KEY)
    if row is None:
        s.add(AppSetting(key=REPRINT_LAYOUT_KEY, value=name))
    else:
        row.value = name
    s.flush()


def print_badges(
    s: Session,
    event_id: int,
    attendee_ids: list[int],
    out: str | Path,
    *,
    layout: str | None = None,
    **options: Any,
) -> Path:
    """Make a badge PDF for these people (a reprint at the door) and mark them printed."""
    badges = _badges_module()
    if badges is None:
        raise OrganiserError("Badge printing is not available in this version of Meetup Organiser.")
    if not attendee_ids:
        raise OrganiserError("Choose whose badge to print first.")
    badges.make_badges_pdf(
        s,
        event_id,
        Path(out),
        layout=layout or reprint_layout(s),
        attendee_ids=list(attendee_ids),
        mark_printed=True,
        **options,
    )
    return Path(out)
