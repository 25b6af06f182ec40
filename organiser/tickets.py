"""Ticket codes: what a person can show at the door, matched exactly, never fuzzily.

A person may hold several codes: our badge token (the QR on every badge we print)
and our vCard QR, the Eventbrite barcode and attendee number, Luma's QR URL and
guest id, a pretix order code or secret, a Ti.to ticket reference, a Meetup
member id. Our token and the platform's id live on the attendee row; every other
code is a :class:`~organiser.models.TicketCode`.

A scan is compared after :func:`normalise`: surrounding whitespace, CR/LF and
control characters a scanner sends before or after (STX/ETX, an AIM symbology
identifier such as ``]Q1``, punctuation) are dropped and case is folded. Nothing
inside the code is ever changed or guessed: a code that is not on the list stays
"not on the list".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from organiser.models import Attendee, TicketCode

MAX_SCAN = 1000  # longer than any ticket code or vCard we read: a paste, not a scan
MAX_CODE = 500

# Kinds of code, by where they come from (shown nowhere; kept for export and debugging).
CODE_KINDS = (
    "badge",  # our token (on the attendee row)
    "external",  # the platform's id (on the attendee row)
    "eventbrite_barcode",
    "eventbrite_attendee",
    "luma_qr",
    "luma_guest",
    "pretix_order",
    "pretix_secret",
    "tito_reference",
    "meetup_member",
    "ticket",  # any other import column that holds a ticket code
)

_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # ISO/IEC 15424 symbology identifier
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


class ScanText:
    """What a scan or paste turned into, before looking anything up."""

    __slots__ = ("candidates", "length", "problem", "reason", "vcard_email", "vcard_name")

    def __init__(self) -> None:
        self.candidates: list[str] = []
        self.problem = ""  # a sentence when the text cannot be a code at all
        self.reason = ""  # which one, for a screen in another language: see REASONS
        self.length = 0  # the text's length, for "too_long"
        self.vcard_email = ""
        self.vcard_name = ""

    @property
    def is_vcard(self) -> bool:
        return bool(self.vcard_email or self.vcard_name)


REASONS = ("too_long", "empty_card", "unreadable")


def _refuse(out: ScanText, reason: str, length: int = 0) -> ScanText:
    out.reason, out.length = reason, length
    out.problem = {
        "too_long": f"That is {length:,} characters: too long to be a ticket code.",
        "empty_card": "That contact card has no name or email to look up.",
        "unreadable": "That is not a ticket code (unreadable characters).",
    }[reason]
    return out


def normalise(code: str) -> str:
    """The folded form a code is stored and compared in."""
    return unicodedata.normalize("NFC", code.strip()).casefold()[:MAX_CODE]


def _junk(text: str) -> bool:
    return any(
        unicodedata.category(ch) in _CONTROL and ch not in "\r\n\t" or ch == "\ufffd" for ch in text
    )


def _vcard_fields(text: str) -> tuple[str, str]:
    email = name = ""
    # Unfold continuation lines (RFC 6350 3.2) and read EMAIL and FN.
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    for line in re.split(r"\r\n|\n|\r", unfolded):
        key, _, value = line.partition(":")
        prop = key.split(";")[0].strip().upper()
        if prop == "EMAIL" and not email:
            email = value.strip()
        elif prop == "FN" and not name:
            name = value.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\").strip()
    return email, name


def parse(text: str) -> ScanText:
    """Turn scanner or clipboard text into exact candidates (most literal first)."""
    out = ScanText()
    if len(text) > MAX_SCAN:
        return _refuse(out, "too_long", len(text))
    stripped = "".join(ch for ch in text.strip() if ch not in "\x00").strip()
    # Control characters a scanner adds at either end (STX/ETX, GS, RS) are noise.
    while stripped and unicodedata.category(stripped[0]) in _CONTROL:
        stripped = stripped[1:].strip()
    while stripped and unicodedata.category(stripped[-1]) in _CONTROL:
        stripped = stripped[:-1].strip()
    if not stripped:
        return out
    if "BEGIN:VCARD" in stripped.upper():
        out.vcard_email, out.vcard_name = _vcard_fields(stripped)
        if not out.is_vcard:
            return _refuse(out, "empty_card")
        return out
    if _junk(stripped):
        return _refuse(out, "unreadable")
    if len(stripped) > MAX_CODE:
        return _refuse(out, "too_long", len(stripped))
    seen: list[str] = []

    def add(c: str) -> None:
        n = normalise(c)
        if n and n not in seen:
            seen.append(n)

    add(stripped)
    without_aim = _AIM.sub("", stripped)
    add(without_aim)
    # Punctuation a scanner is set to send around a code ("*", "#", "[", ...).
    # Our tokens are URL-safe base64, so "-" and "_" at either end belong to the
    # code: strip what is outside that alphabet first, then any punctuation.
    for c in (stripped, without_aim):
        add(re.sub(r"^[^\w-]+|[^\w-]+$", "", c))
        add(re.sub(r"^[^\w]+|[^\w]+$", "", c))
    out.candidates = seen
    return out


def looks_like_code(text: str) -> bool:
    """True when the text is a code rather than a name someone typed.

    A code never falls back to the fuzzy name search: it is an exact hit or
    "not on the list". Codes have no inner spaces and hold a digit, a URL, a vCard
    marker, or switch case mid-word like random tokens (an email is a name search).
    """
    t = text.strip()
    if not t:
        return False
    if "BEGIN:VCARD" in t.upper() or len(t) > 60 or _junk(t):
        return True
    if any(ch.isspace() for ch in t):
        return False
    if "@" in t and "://" not in t:
        return False  # an email typed to find someone
    # Random tokens switch case mid-word again and again; names do at most once (McDonald).
    switches = sum(1 for a, b in zip(t, t[1:], strict=False) if a.islower() and b.isupper())
    return any(ch.isdigit() for ch in t) or "://" in t or switches >= 2


@dataclass(frozen=True)
class Hit:
    attendee_id: int
    event_id: int


def find(s: Session, parsed: ScanText, *, event_id: int | None = None) -> list[Hit]:
    """Every attendee (in any event) holding the first candidate that matches anything."""
    if parsed.is_vcard:
        return _find_vcard(s, parsed, event_id)
    for cand in parsed.candidates:
        hits = _find_code(s, cand)
        if hits:
            return hits
    return []


def _find_code(s: Session, code: str) -> list[Hit]:
    by_row = select(Attendee.id, Attendee.event_id).where(
        or_(func.lower(Attendee.checkin_token) == code, func.lower(Attendee.external_id) == code)
    )
    by_code = select(TicketCode.attendee_id, TicketCode.event_id).where(TicketCode.code == code)
    found = {Hit(r[0], r[1]) for r in s.execute(union_all(by_row, by_code))}
    return sorted(found, key=lambda h: h.attendee_id)


def _find_vcard(s: Session, parsed: ScanText, event_id: int | None) -> list[Hit]:
    from organiser.textnorm import fold

    if parsed.vcard_email:
        rows = s.execute(
            select(Attendee.id, Attendee.event_id).where(
                func.lower(Attendee.email) == parsed.vcard_email.casefold()
            )
        ).all()
        if rows:
            return sorted({Hit(r[0], r[1]) for r in rows}, key=lambda h: h.attendee_id)
    if not parsed.vcard_name or event_id is None:
        return []
    # No email: an exact (case/accent-folded) full name within this event only.
    want = fold(" ".join(parsed.vcard_name.split()))
    named = s.execute(
        select(Attendee.id, Attendee.event_id, Attendee.first_name, Attendee.last_name).where(
            Attendee.event_id == event_id
        )
    ).all()
    return [Hit(r[0], r[1]) for r in named if fold(" ".join(f"{r[2]} {r[3]}".split())) == want]


def add_codes(s: Session, attendee_id: int, event_id: int, codes: Iterable[tuple[str, str]]) -> int:
    """Keep extra codes (kind, value) for a person; ones already held are skipped."""
    have = set(s.scalars(select(TicketCode.code).where(TicketCode.attendee_id == attendee_id)))
    added = 0
    for kind, value in codes:
        value = (value or "").strip()
        code = normalise(value)
        if not code or code in have or _junk(value):
            continue
        have.add(code)
        s.add(
            TicketCode(
                attendee_id=attendee_id,
                event_id=event_id,
                kind=kind if kind in CODE_KINDS else "ticket",
                code=code,
                value=value[:MAX_CODE],
            )
        )
        added += 1
    if added:
        s.flush()
    return added


# Columns (folded header names) that hold a code someone can show at the door, by format.
_CODE_COLUMNS: dict[str, dict[str, str]] = {
    "eventbrite": {"barcode #": "eventbrite_barcode", "attendee #": "eventbrite_attendee"},
    "luma": {"qr_code_url": "luma_qr", "api_id": "luma_guest"},
    "meetup": {"user id": "meetup_member", "member id": "meetup_member"},
    "pretix": {"order code": "pretix_order", "secret": "pretix_secret"},
    "tito": {"ticket reference": "tito_reference", "unique ticket url": "ticket"},
}
# Any format: columns whose name says they hold a ticket code (pretix, Ti.to, others).
_ANY_CODE_COLUMNS = {
    "barcode": "ticket",
    "barcode #": "eventbrite_barcode",
    "qr code": "ticket",
    "qr_code_url": "luma_qr",
    "ticket code": "ticket",
    "ticket id": "ticket",
    "ticket number": "ticket",
    "ticket reference": "tito_reference",
    "reference": "tito_reference",
    "order code": "pretix_order",
    "secret": "pretix_secret",
    "ticket secret": "pretix_secret",
}


def code_columns(header: list[str], fmt: str) -> list[tuple[int, str]]:
    """(column index, kind) of every column of an import that holds door codes."""
    from organiser.textnorm import fold

    wanted = {**_ANY_CODE_COLUMNS, **_CODE_COLUMNS.get(fmt, {})}
    out = []
    for i, name in enumerate(header):
        key = " ".join(fold(name.replace("\ufeff", "")).strip().strip(":").split())
        if key in wanted:
            out.append((i, wanted[key]))
    return out


def codes_in_record(record: list[str], columns: list[tuple[int, str]]) -> list[tuple[str, str]]:
    out = []
    for i, kind in columns:
        if i < len(record):
            value = record[i].strip()
            if kind == "meetup_member" and value[:4].lower() == "user":  # "user 12537919"
                value = value[4:].strip()
            if value and not _junk(value) and len(value) <= MAX_CODE:
                out.append((kind, value))
    return out


def add_codes_bulk(s: Session, event_id: int, codes: dict[int, list[tuple[str, str]]]) -> int:
    """Keep many people's codes at once (an import): one read, one executemany."""
    from sqlalchemy import insert

    if not codes:
        return 0
    held = {
        (r[0], r[1])
        for r in s.execute(
            select(TicketCode.attendee_id, TicketCode.code).where(TicketCode.event_id == event_id)
        )
    }
    rows = []
    for aid, pairs in codes.items():
        for kind, value in pairs:
            code = normalise(value)
            if code and (aid, code) not in held:
                held.add((aid, code))
                rows.append(
                    {
                        "attendee_id": aid,
                        "event_id": event_id,
                        "kind": kind if kind in CODE_KINDS else "ticket",
                        "code": code,
                        "value": value[:MAX_CODE],
                    }
                )
    if rows:
        s.execute(insert(TicketCode), rows)
    return len(rows)


def codes_of(s: Session, attendee_id: int) -> list[tuple[str, str]]:
    """(kind, value) of every code a person holds, ours first."""
    a = s.get(Attendee, attendee_id)
    if a is None:
        return []
    out = [("badge", a.checkin_token)]
    if a.external_id:
        out.append(("external", a.external_id))
    rows = s.execute(
        select(TicketCode.kind, TicketCode.value)
        .where(TicketCode.attendee_id == attendee_id)
        .order_by(TicketCode.id)
    )
    out.extend((r[0], r[1]) for r in rows)
    return out
