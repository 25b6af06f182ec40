"""What goes on each badge and who gets one: the content, detached from the drawing.

The drawing (:mod:`organiser.printing.badges`) takes :class:`BadgeData` and never
reads the database itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser.errors import ValidationError
from organiser.i18n import Output, translator
from organiser.models import ATTENDEE_ROLES, Attendee, Event
from organiser.printing import fonts
from organiser.timeutil import in_zone, zone_abbrev

QR_CHOICES = ("token", "vcard")


@dataclass(frozen=True)
class BadgeData:
    """One badge's content, detached from the database."""

    attendee_id: int
    first: str
    full: str
    affiliation: str
    pronouns: str
    role: str
    qr: str


def _vcard_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def vcard(a: Attendee) -> str:
    """A vCard 3.0 of the name, company and email (what people swap when networking)."""
    from organiser.textnorm import person_name

    full = person_name(a.first_name, a.last_name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_vcard_escape(a.last_name.strip())};{_vcard_escape(a.first_name.strip())};;;",
        f"FN:{_vcard_escape(full)}",
    ]
    if a.company.strip():
        lines.append(f"ORG:{_vcard_escape(a.company.strip())}")
    if a.job_title.strip():
        lines.append(f"TITLE:{_vcard_escape(a.job_title.strip())}")
    if a.email:
        lines.append(f"EMAIL:{a.email.strip()}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def speaker_pronouns(s: Session, event_id: int) -> dict[str, str]:
    """Pronouns from the speaker profiles of this event, by email and by folded name.

    Attendee lists imported from RSVP sites rarely carry pronouns, but the
    speaker profile does: a speaker's badge should show them.
    """
    from organiser.speakers import speakers_of_event
    from organiser.textnorm import fold

    out: dict[str, str] = {}
    for sp in speakers_of_event(s, event_id):
        if not sp.pronouns.strip():
            continue
        if sp.email:
            out[sp.email.strip().casefold()] = sp.pronouns.strip()
        out[fold(" ".join(sp.name.split()))] = sp.pronouns.strip()
    return out


def badge_data(
    a: Attendee, qr: str = "token", pronouns_by_key: dict[str, str] | None = None
) -> BadgeData:
    from organiser.textnorm import family_name_first, fold, person_name

    first = a.first_name.strip()
    last = a.last_name.strip()
    full = person_name(first, last)
    if family_name_first(first, last):
        first = full  # a Chinese, Japanese or Korean name: the whole name is the big line
    pronouns = a.pronouns.strip()
    if not pronouns and pronouns_by_key:
        pronouns = pronouns_by_key.get((a.email or "").strip().casefold(), "") or (
            pronouns_by_key.get(fold(full), "")
        )
    return BadgeData(
        attendee_id=a.id,
        first=first or last or full,
        full=full,
        affiliation=a.company.strip(),
        pronouns=pronouns,
        role=a.role if a.role in ATTENDEE_ROLES else "attendee",
        qr=a.checkin_token if qr == "token" else vcard(a),
    )


MAX_GUEST_BADGES = 20  # per person: a typo of "200 guests" must not print a ream


def with_guest_badges(
    data: list[BadgeData], guests: dict[int, int], t: Output | None = None
) -> list[BadgeData]:
    """Each person's badge followed by a blank "Guest of NAME" badge per guest they bring."""
    t = t or translator(None)
    out: list[BadgeData] = []
    for b in data:
        out.append(b)
        for _ in range(min(guests.get(b.attendee_id, 0), MAX_GUEST_BADGES)):
            out.append(
                BadgeData(
                    attendee_id=b.attendee_id,
                    first=t._("Guest"),
                    full=t._("Guest of {name}").format(name=b.full),
                    affiliation="",
                    pronouns="",
                    role="attendee",
                    qr="",  # a guest's blank badge checks nobody in
                )
            )
    return out


def event_date_line(event: Event, t: Output | None = None) -> str:
    """The event's day and start time in its own zone, zone named: "gio 17 dic 2026 · 18:30 CET"."""
    t = t or translator(event.language)
    start = in_zone(event.starts_at, event.timezone)
    return f"{t.date(start)} · {t.time(start)} {zone_abbrev(start)}"


def select_attendees(
    s: Session,
    event_id: int,
    *,
    only_unprinted: bool = False,
    attendee_ids: Sequence[int] | None = None,
) -> list[Attendee]:
    """Who gets a badge: RSVP "going" by default; named attendees whatever their RSVP."""
    q = select(Attendee).where(Attendee.event_id == event_id)
    if attendee_ids is not None:
        ids = list(dict.fromkeys(attendee_ids))
        q = q.where(Attendee.id.in_(ids))
        found = {a.id: a for a in s.scalars(q)}
        unknown = [i for i in ids if i not in found]
        if unknown:
            raise ValidationError(
                "attendee_ids",
                f"Attendee {unknown[0]} is not on this event's list, so no badge was made.",
            )
        chosen = [found[i] for i in ids]
    else:
        q = q.where(Attendee.rsvp == "going")
        chosen = list(s.scalars(q))
        chosen.sort(key=lambda a: (a.last_name.casefold(), a.first_name.casefold(), a.id))
    if only_unprinted:
        chosen = [a for a in chosen if a.badge_printed_at is None]
    return chosen


def glyph_warnings(people: Sequence[BadgeData]) -> list[str]:
    """One sentence per badge with characters no bundled font can print."""
    out = []
    for b in people:
        missing: list[str] = []
        for text in (b.full, b.affiliation, b.pronouns):
            for ch in fonts.missing_glyphs(text):
                if ch not in missing:
                    missing.append(ch)
        if missing:
            shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
            out.append(
                f"{b.full or 'A badge'}: no bundled font has {shown}; "
                "those characters are left out of the badge."
            )
    return out


def preflight(
    s: Session,
    event_id: int,
    *,
    only_unprinted: bool = False,
    attendee_ids: Sequence[int] | None = None,
) -> list[str]:
    """Problems worth telling the organiser before anything is printed."""
    people = [
        badge_data(a)
        for a in select_attendees(
            s, event_id, only_unprinted=only_unprinted, attendee_ids=attendee_ids
        )
    ]
    return glyph_warnings(people)
