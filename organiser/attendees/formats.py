"""What each RSVP platform's export looks like: column names, status and role words.

Formats are recognised from the header row by column *name* (Meetup, Eventbrite,
Luma, or anything else through a column mapping), never by position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from organiser import validation as v
from organiser.csvread import Table
from organiser.textnorm import fold

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


# Fields a person edits by hand; an import writes the same set (and so a manual
# edit protects exactly the fields an import could overwrite).
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


LIMITS = {
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


CHECKED_IN_STATUS = {"checked in", "checked_in", "checked-in", "attended"}


TRUE_WORDS = {"y", "yes", "true", "1", "x", "attended", "checked in", "present", "si", "ja", "oui"}


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


# ---------------------------------------------------------------------------------
# Cells and names
# ---------------------------------------------------------------------------------
def _norm_header(name: str) -> str:
    text = fold(name.replace("\ufeff", "")).strip().strip(":").strip()
    return " ".join(text.split())


_FORMULA_RE = re.compile(r"(?:^|[;,|])[=+\-@\t\r]")


def needs_neutralising(value: str) -> bool:
    """True when a spreadsheet could read ``value`` (or a part of it) as a formula.

    OWASP's rule: ``= + - @``, tab or CR at the start of the cell, or right after a
    ``;``, ``,`` or ``|`` inside it (a spreadsheet whose list separator is ``;``
    splits ``x;=cmd|...`` there). A cell our own export already neutralised
    (``'`` + such a value) is neutralised again so re-importing is exact.
    """
    if not value:
        return False
    if value[0] == "'" and needs_neutralising(value[1:]):
        return True
    return _FORMULA_RE.search(value) is not None


def clean_cell(value: str) -> str:
    """Clean one cell; undo our own export's formula neutralising."""
    if value.isprintable():  # no control characters: only normalise (the common case)
        text = (value if value.isascii() else unicodedata.normalize("NFC", value)).strip()
    else:
        text = v.clean_text(value)
    if len(text) > 1 and text[0] == "'" and needs_neutralising(text[1:]):
        text = text[1:]  # exactly what export.neutralise added
    return text


def one_line(text: str) -> str:
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
    name = one_line(full)
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


def header_row(table: Table) -> int:
    """Index of the header: the first record that looks like one (exports may have a title)."""
    for idx, (_line, record) in enumerate(table.rows[:10]):
        fmt = detect_format(record)
        if fmt != "generic":
            return idx
        mapped = propose_mapping(record, "generic")
        if len(mapped) >= 2 or {"email", "full_name", "first_name"} & set(mapped):
            return idx
    return 0


def rsvp_state(key: str) -> str | None:
    """Our RSVP state for a folded status word, or None when it is not one we know."""
    if key in _GOING:
        return "going"
    if key in _NOT_GOING:
        return "not_going"
    if key in _WAITLIST:
        return "waitlist"
    return None


def role_of(text: str) -> str | None:
    key = " ".join(fold(text).split())
    if key in _ROLE_WORDS:
        return _ROLE_WORDS[key]
    for word in re.split(r"[^\w-]+", key):
        if word in _ROLE_WORDS and _ROLE_WORDS[word] != "attendee":
            return _ROLE_WORDS[word]
    return None
