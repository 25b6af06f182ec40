"""What each RSVP platform's export looks like: column names, status and role words.

Formats are recognised from the header row by column *name* (Meetup, Eventbrite,
Luma, or anything else through a column mapping), never by position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from organiser import validation as v
from organiser.csvread import LazyRows, Table
from organiser.errors import OrganiserError
from organiser.textnorm import fold, is_cjk

FORMATS = ("meetup", "eventbrite", "luma", "tito", "zoom", "pretix", "google_forms", "generic")


FORMAT_LABELS = {
    "meetup": "Meetup",
    "eventbrite": "Eventbrite",
    "luma": "Luma",
    "tito": "Ti.to",
    "zoom": "Zoom",
    "pretix": "pretix",
    "google_forms": "Google Forms",
    "generic": "Other CSV",
}


# The source stored with each person (re-imports match on source + id in the source).
SOURCE_OF_FORMAT = {
    "meetup": "meetup",
    "eventbrite": "eventbrite",
    "luma": "luma",
    "tito": "tito",
    "zoom": "zoom",
    "pretix": "pretix",
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

# Fields the import wizard offers in its column mapping, in the order a person
# thinks of them (the source comes from the format).
MAPPED_FIELDS = tuple(key for key in FIELD_LABELS if key != "source")

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


# Eventbrite writes its export in the organiser's account language; the column
# names below cover the languages it offers (English, German, French, Spanish,
# Italian, Portuguese, Dutch).
_EVENTBRITE = {
    "first_name": (
        "first name",
        "vorname",
        "prenom",
        "nombre",
        "nome",
        "primeiro nome",
        "voornaam",
    ),
    "last_name": (
        "last name",
        "surname",
        "nachname",
        "nom",
        "apellidos",
        "apellido",
        "cognome",
        "sobrenome",
        "achternaam",
    ),
    "email": ("email", "email address", "e-mail", "e-mail-adresse", "correo electronico"),
    "company": ("company", "firma", "unternehmen", "entreprise", "empresa", "azienda", "bedrijf"),
    "job_title": ("job title", "berufsbezeichnung", "poste", "cargo", "qualifica", "functie"),
    "rsvp": (
        "attendee status",
        "teilnehmerstatus",
        "statut du participant",
        "estado del asistente",
        "stato del partecipante",
        "stato partecipante",
        "status do participante",
        "status van deelnemer",
        "deelnemersstatus",
    ),
    "external_id": (
        "attendee #",
        "attendee no",
        "attendee no.",
        "barcode #",
        "barcode no.",
        "teilnehmer-nr.",
        "teilnehmernr.",
        "barcode-nr.",
        "n° de participant",
        "n.° de asistente",
    ),
    "ticket": ("ticket type", "ticketart", "tickettyp", "type de billet", "tipo de entrada",
               "tipo di biglietto", "tipo de ingresso", "tickettype"),
    "pronouns": ("pronouns",),
}


# Ti.to's tickets export: the ticket holder's columns, never the buyer's (an
# unassigned ticket has an empty holder and is skipped, not given the buyer's name).
_TITO: dict[str, tuple[str, ...]] = {
    "full_name": ("ticket full name",),
    "first_name": ("ticket first name",),
    "last_name": ("ticket last name",),
    "email": ("ticket email",),
    "company": ("ticket company name",),
    "job_title": ("ticket job title",),
    "void": ("void status",),
    "external_id": ("ticket reference",),
    "ticket": ("ticket",),
}


# Zoom's webinar/meeting reports: the attendee section (or a registration report).
_ZOOM: dict[str, tuple[str, ...]] = {
    "first_name": ("first name",),
    "last_name": ("last name",),
    "full_name": ("user name", "name (original name)", "name", "user name (original name)"),
    "email": ("email", "user email"),
    "checked_in": ("attended",),
    "checked_in_at": ("join time",),
    "rsvp": ("approval status",),
}


# pretix's check-in list and order exports (attendee name parts follow the
# event's name scheme; "Checked in" holds the last check-in time).
_PRETIX: dict[str, tuple[str, ...]] = {
    "external_id": ("secret",),  # one order code can hold several attendees
    "full_name": ("attendee name", "name"),
    "first_name": ("attendee name: first name", "attendee name: given name"),
    "last_name": ("attendee name: family name", "attendee name: last name"),
    "email": ("e-mail", "email", "attendee e-mail", "attendee email"),
    "company": ("company",),
    "checked_in_at": ("checked in",),
    "ticket": ("product",),
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
    "tito": _TITO,
    "zoom": _ZOOM,
    "pretix": _PRETIX,
    "google_forms": _GENERIC,
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
    # Eventbrite in other languages: attending
    "teilnehmend",
    "nimmt teil",
    "participe",
    "participant",
    "asistira",
    "asistente",
    "partecipa",
    "partecipera",
    "participando",
    "vai participar",
    "neemt deel",
    "aanwezig",
    "eingecheckt",
    "enregistre",
    "check-in effettuato",
    "check-in realizado",
    "check-in feito",
    "ingecheckt",
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
    # Eventbrite in other languages: cancelled, refunded, transferred
    "storniert",
    "erstattet",
    "ruckerstattet",
    "ubertragen",
    "annule",
    "rembourse",
    "transfere",
    "cancelado",
    "reembolsado",
    "transferido",
    "annullato",
    "rimborsato",
    "trasferito",
    "geannuleerd",
    "terugbetaald",
    "overgedragen",
    "void",
    "voided",
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
    "maybe",
    "warteliste",
    "liste d'attente",
    "lista de espera",
    "lista d'attesa",
    "wachtlijst",
}


# Invited but never registered (Luma): on no list of people coming.
_INVITED = {"invited", "eingeladen", "invite", "invitado", "invitato", "convidado", "uitgenodigd"}


# A row that only names a section of a multi-part report (Zoom): the attendee
# section is the one to read; the others are hosts, panelists or summaries.
ZOOM_SECTIONS = frozenset(
    {
        "attendee report",
        "registration report",
        "host details",
        "panelist details",
        "attendee details",
        "other attended",
        "other details",
        "panelist report",
        "performance report",
        "poll report",
        "q&a report",
    }
)

_SECTION_WORDS = re.compile(
    "|".join(sorted({re.escape(t.split()[-1]) for t in ZOOM_SECTIONS})), re.IGNORECASE
)


# Headers that say the file is not an RSVP list but sessions or speakers
# (Sessionize, pretalx): importing them as people would fill "Job title" with
# session titles.
_SCHEDULE_MARKS = frozenset(
    {
        "session id",
        "speaker id",
        "tagline",
        "scheduled at",
        "scheduled duration",
        "session format",
        "proposal title",
        "submission type",
        "abstract",
        "owner email",
        "session title",
        "track",
    }
)


# Cells that mean "no value" in reports (Zoom writes -- for people who never joined).
EMPTY_WORDS = frozenset({"--", "-", "n/a", "na", "none", "null"})


CHECKED_IN_STATUS = {
    "checked in",
    "checked_in",
    "checked-in",
    "attended",
    "eingecheckt",
    "enregistre",
    "check-in effettuato",
    "check-in realizado",
    "check-in feito",
    "ingecheckt",
}


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
    if not name.isascii() and all(is_cjk(p) for p in parts):
        return " ".join(parts[1:]), parts[0]
    return parts[0], " ".join(parts[1:])


# ---------------------------------------------------------------------------------
# Detecting the format and the columns
# ---------------------------------------------------------------------------------
def looks_like_schedule(header: Iterable[str]) -> bool:
    """A sessions or speakers export (Sessionize, pretalx), not a list of people coming."""
    names = {_norm_header(h) for h in header}
    return len(_SCHEDULE_MARKS & names) >= 2


def section_title(record: list[str]) -> str | None:
    """The folded title when a record only names a report section ("Attendee Details,")."""
    filled = [c for c in record if c.strip()]
    if len(filled) != 1 or not record[0].strip():
        return None
    title = _norm_header(record[0])
    return title if title in ZOOM_SECTIONS else None


def detect_format(header: Iterable[str]) -> str:
    names = {_norm_header(h) for h in header}
    if {"ticket full name", "ticket email"} & names and "ticket reference" in names:
        return "tito"
    if "order code" in names and ({"attendee name", "product", "checked in"} & names):
        return "pretix"
    if "time in session (minutes)" in names or (
        "join time" in names and ("attended" in names or "leave time" in names)
    ):
        return "zoom"
    if {"registration time", "approval status"} <= names and "email" in names:
        return "zoom"
    if "timestamp" in names and "email address" in names:
        return "google_forms"
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
    localized_rsvp = set(_EVENTBRITE["rsvp"]) - {"attendee status"}
    if localized_rsvp & names and {"vorname", "prenom", "nombre", "nome", "voornaam"} & names:
        return "eventbrite"
    return "generic"


# Google Forms names each column after its question ("Preferred Name (First and
# Last)", "Your full name", "Preferred Pronouns"): after the exact names, the
# question's words decide. Patterns need a qualifier before "name" so that
# "Emoji 1 Name" or "uniqname" are never taken for a person's name.
_QUESTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("first_name", re.compile(r"\b(first|given) name\b")),
    ("last_name", re.compile(r"\b(last|family) name\b|\bsurname\b|\bcognome\b")),
    (
        "full_name",
        re.compile(r"\b(full|preferred|your|complete) name\b|\bnome e cognome\b|^name\b"),
    ),
    ("email", re.compile(r"\be-?mail\b")),
    ("pronouns", re.compile(r"\bpronoun")),
    ("company", re.compile(r"\b(company|organi[sz]ation|employer|affiliation|azienda)\b")),
    ("job_title", re.compile(r"\bjob title\b|\bposition\b")),
)


def _map_questions(
    normalised: list[str], header: list[str], mapping: dict[str, str], used: set[int]
) -> None:
    for key, pattern in _QUESTION_PATTERNS:
        if key in mapping:
            continue
        for idx, col in enumerate(normalised):
            if idx not in used and pattern.search(col):
                mapping[key] = header[idx]
                used.add(idx)
                break


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
    if fmt == "google_forms":
        _map_questions(normalised, header, mapping, used)
    if (
        fmt in ("generic", "google_forms")
        and "full_name" in mapping
        and ("first_name" in mapping and "last_name" in mapping)
    ):
        del mapping["full_name"]
    return mapping


def body_range(table: Table) -> tuple[int, int]:
    """(index of the header row, end of its rows) for the people in the file.

    Most exports are one table, perhaps under a title. Zoom's reports hold
    several sections, each under a title row ("Host Details,", "Panelist
    Details,", "Attendee Details,"): the attendee section is the one read, up to
    the next section.
    """
    rows = table.rows
    titles: list[tuple[int, str]] = []
    # Reading every record for a title is skipped when no title's last word is in the text.
    if not isinstance(rows, LazyRows) or rows.may_contain(_SECTION_WORDS):
        titles = [
            (idx, title)
            for idx, (_line, record) in enumerate(rows)
            if record and record[0].strip() and (title := section_title(record)) is not None
        ]
    if titles:
        for n, (idx, title) in enumerate(titles):
            if title == "attendee details" and idx + 1 < len(rows):
                end = titles[n + 1][0] if n + 1 < len(titles) else len(rows)
                return idx + 1, end
    start = header_row(table)
    end = next((idx for idx, _t in titles if idx > start), len(rows))
    return start, end


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
    if key in _INVITED:
        return "invited"
    return None


def role_of(text: str) -> str | None:
    key = " ".join(fold(text).split())
    if key in _ROLE_WORDS:
        return _ROLE_WORDS[key]
    for word in re.split(r"[^\w-]+", key):
        if word in _ROLE_WORDS and _ROLE_WORDS[word] != "attendee":
            return _ROLE_WORDS[word]
    return None


# Words a person may use for our fields on the command line (`--map "Col=name"`).
MAP_ALIASES = {
    "name": "full_name",
    "full name": "full_name",
    "first": "first_name",
    "first name": "first_name",
    "last": "last_name",
    "last name": "last_name",
    "surname": "last_name",
    "mail": "email",
    "e-mail": "email",
    "organisation": "company",
    "organization": "company",
    "title": "job_title",
    "job title": "job_title",
    "status": "rsvp",
    "attended": "checked_in",
    "check-in time": "checked_in_at",
    "id": "external_id",
    "ticket": "external_id",
}


def parse_map_option(text: str) -> dict[str, str]:
    """``"Ticket Full Name=name,Ticket Email=email"`` -> {our field: column name}.

    Pairs are separated by commas (a column name holding a comma is quoted:
    ``"Name, as written"=name``); the part after the last ``=`` names our field.
    """
    import csv

    pairs = next(csv.reader([text], skipinitialspace=True), [])
    mapping: dict[str, str] = {}
    for pair in pairs:
        if not pair.strip():
            continue
        column, sep, field_name = pair.rpartition("=")
        column, key = column.strip(), " ".join(field_name.strip().lower().split())
        if not sep or not column or not key:
            raise OrganiserError(
                f"“{pair.strip()[:60]}” is not COLUMN=FIELD (for example “Ticket Email=email”)."
            )
        key = MAP_ALIASES.get(key, key.replace(" ", "_"))
        if key not in FIELD_LABELS:
            known = "name, first, last, email, company, title, pronouns, role, status, "
            known += "attended, checked_in_at, id, source, guests, notes"
            name = field_name.strip()[:40]
            raise OrganiserError(f"“{name}” is not a field; use one of: {known}.")
        mapping[key] = column
    if not mapping:
        raise OrganiserError("--map names no column; write it as “Column name=field,…”.")
    return mapping


def header_signature(header: Iterable[str]) -> str:
    """A short key for a set of column names, to remember the mapping chosen for it."""
    import hashlib

    names = sorted({_norm_header(h) for h in header if h.strip()})
    return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()[:20]
