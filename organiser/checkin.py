"""Check-in at the door: find a person as you type, check them in, undo, walk-ins.

Searching goes through :class:`CheckinIndex`, built once per event from the
stored ``search_key`` and kept up to date by the same functions that change
the database, so each keystroke is a scan of short strings in memory (no query).
"""

from __future__ import annotations

import importlib
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pendulum import DateTime
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from organiser import tickets
from organiser.attendees import AttendeeRow, add_attendee, get_attendee, row_of
from organiser.crud import get_or_error
from organiser.errors import OrganiserError
from organiser.models import AppSetting, Attendee, Event, Venue
from organiser.printing.layouts import get_layout
from organiser.textnorm import fold
from organiser.timeutil import in_zone, now_utc

# What the door shows about one attendee is the Attendees table's row: one type.
Person = AttendeeRow

# The columns a row is built from without loading the ORM object (per keystroke / scan).
_ROW_COLS = (
    Attendee.id,
    Attendee.first_name,
    Attendee.last_name,
    Attendee.email,
    Attendee.company,
    Attendee.job_title,
    Attendee.role,
    Attendee.rsvp,
    Attendee.source,
    Attendee.checked_in_at,
    Attendee.badge_printed_at,
    Attendee.search_key,
    Attendee.edited_fields,
    Attendee.guests,
    Attendee.checked_in_door,
    Attendee.version,
)


def _row_from(r: Any) -> AttendeeRow:
    return AttendeeRow(
        id=r[0],
        first_name=r[1],
        last_name=r[2],
        email=r[3] or "",
        company=r[4],
        job_title=r[5],
        role=r[6],
        rsvp=r[7],
        source=r[8],
        checked_in_at=r[9],
        badge_printed_at=r[10],
        search_key=r[11] or "",
        edited_fields=tuple(r[12] or ()),
        guests=r[13] or 0,
        door=r[14] or "",
        version=r[15],
    )


class CheckinIndex:
    """Every attendee of one event, searchable per keystroke without the database."""

    def __init__(self, event_id: int, people: list[Person]) -> None:
        self.event_id = event_id
        self._people: dict[int, Person] = {p.id: p for p in people}
        self._order: list[Person] = []
        self._last: tuple[str, list[Person]] | None = None  # last query and all its hits
        self._resort()

    @classmethod
    def load(cls, s: Session, event_id: int) -> CheckinIndex:
        get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
        rows = s.execute(select(*_ROW_COLS).where(Attendee.event_id == event_id))
        people = [_row_from(r) for r in rows]
        return cls(event_id, people)

    def _resort(self) -> None:
        self._last = None
        self._order = sorted(
            self._people.values(), key=lambda p: (fold(p.first_name), fold(p.last_name), p.id)
        )

    def __len__(self) -> int:
        return len(self._people)

    def get(self, attendee_id: int) -> Person | None:
        return self._people.get(attendee_id)

    def put(self, person: Person) -> None:
        """Add or replace one person after a change (check-in, walk-in, edit)."""
        known = person.id in self._people
        old = self._people.get(person.id)
        self._people[person.id] = person
        if (
            known
            and old is not None
            and (old.first_name, old.last_name)
            == (
                person.first_name,
                person.last_name,
            )
        ):
            self._order = [person if p.id == person.id else p for p in self._order]
        else:
            self._resort()

    def remove(self, attendee_id: int) -> None:
        if self._people.pop(attendee_id, None) is not None:
            self._order = [p for p in self._order if p.id != attendee_id]
            self._last = None

    def search(self, query: str, limit: int = 50) -> list[Person]:
        """People whose name, email or company contains every word typed.

        Case and accents do not matter ("zoe" finds Zoë, "mueller" finds Müller);
        names that start with what was typed come first, people who are going
        before the waitlist.
        """
        folded = " ".join(fold(query).split())
        tokens = folded.split()
        if not tokens:
            return sorted(self._order, key=lambda p: p.rsvp != "going")[:limit]
        # Typing one more letter only narrows the last result: scan that, not everyone.
        pool = self._order
        if self._last is not None and folded.startswith(self._last[0]):
            pool = self._last[1]
        if len(tokens) == 1:
            token = tokens[0]
            matched = [p for p in pool if token in p.search_key]
        else:
            matched = [p for p in pool if all(t in p.search_key for t in tokens)]
        self._last = (folded, matched)
        first = tokens[0]
        spaced = " " + first

        def starts(p: Person) -> bool:
            return p.search_key.startswith(first) or spaced in p.search_key

        # Going before the rest, then names that start with the word before other
        # matches; each group keeps the name order. Lazily: stop at ``limit``.
        groups = (
            (p for p in matched if p.rsvp == "going" and starts(p)),
            (p for p in matched if p.rsvp == "going" and not starts(p)),
            (p for p in matched if p.rsvp != "going" and starts(p)),
            (p for p in matched if p.rsvp != "going" and not starts(p)),
        )
        return list(itertools.islice(itertools.chain.from_iterable(groups), limit))

    def counters(self, capacity: int | None) -> Counters:
        going = [p for p in self._people.values() if p.rsvp == "going"]
        checked = [p for p in self._people.values() if p.checked_in_at is not None]
        return Counters(
            checked_in=len(checked),
            going=len(going),
            capacity=capacity,
            guests_going=sum(p.guests for p in going),
            guests_in=sum(p.guests for p in checked),
        )

    def arrivals(self, zone: str, minutes: int = 10) -> list[tuple[str, int]]:
        """Check-ins per ``minutes`` slot ("18:40", 7), in the event's zone, oldest first."""
        return arrivals_per_slot(
            [p.checked_in_at for p in self._people.values() if p.checked_in_at], zone, minutes
        )


def arrivals_per_slot(times: list[DateTime], zone: str, minutes: int = 10) -> list[tuple[str, int]]:
    """Count instants per slot of ``minutes`` local wall-clock time, empty slots included."""
    if not times:
        return []
    local = sorted(t.in_timezone(zone) for t in times)

    def slot(t: DateTime) -> DateTime:
        return t.replace(minute=t.minute - t.minute % minutes, second=0, microsecond=0)

    first, last = slot(local[0]), slot(local[-1])
    counts: dict[DateTime, int] = {}
    for t in local:
        counts[slot(t)] = counts.get(slot(t), 0) + 1
    out: list[tuple[str, int]] = []
    cur = first
    while cur <= last and len(out) < 500:
        out.append((cur.format("HH:mm"), counts.get(cur, 0)))
        cur = cur.add(minutes=minutes)
    return out


@dataclass(frozen=True)
class Counters:
    checked_in: int
    going: int
    capacity: int | None
    guests_going: int = 0  # +1s of the people who are going
    guests_in: int = 0  # +1s of the people checked in

    @property
    def people_in(self) -> int:
        """Heads through the door: people checked in and the guests they brought."""
        return self.checked_in + self.guests_in

    @property
    def people_going(self) -> int:
        return self.going + self.guests_going

    def text(self) -> str:
        cap = f" / {self.capacity} capacity" if self.capacity is not None else ""
        guests = f" (+{self.guests_in} guests)" if self.guests_going else ""
        going = f" (+{self.guests_going} guests)" if self.guests_going else ""
        return f"{self.checked_in} checked in{guests} / {self.going} going{going}{cap}"


def event_capacity(s: Session, event_id: int) -> int | None:
    """The event's own capacity, else its venue's."""
    event = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    if event.capacity is not None:
        return event.capacity
    if event.venue_id is not None:
        venue = s.get(Venue, event.venue_id)
        if venue is not None:
            return venue.capacity
    return None


def counters(s: Session, event_id: int) -> Counters:
    """Checked in / going / capacity (and the guests they bring), counted in the database."""
    cap = event_capacity(s, event_id)
    going, guests_going = s.execute(
        select(func.count(), func.coalesce(func.sum(Attendee.guests), 0)).where(
            Attendee.event_id == event_id, Attendee.rsvp == "going"
        )
    ).one()
    checked, guests_in = s.execute(
        select(func.count(), func.coalesce(func.sum(Attendee.guests), 0)).where(
            Attendee.event_id == event_id, Attendee.checked_in_at.is_not(None)
        )
    ).one()
    return Counters(
        checked_in=int(checked or 0),
        going=int(going or 0),
        capacity=cap,
        guests_going=int(guests_going or 0),
        guests_in=int(guests_in or 0),
    )


def _for_event(s: Session, event_id: int, attendee_id: int) -> Attendee:
    a = get_attendee(s, attendee_id)
    if a.event_id != event_id:
        raise OrganiserError("That person is registered for another event.")
    return a


def check_in(
    s: Session,
    event_id: int,
    attendee_id: int,
    *,
    when: DateTime | None = None,
    door: str = "",
) -> Person:
    """Check a person in now (a second check-in keeps the first time and door)."""
    _for_event(s, event_id, attendee_id)
    _claim(s, attendee_id, when or now_utc(), door)
    return _fresh(s, attendee_id)


def _claim(s: Session, attendee_id: int, when: DateTime, door: str) -> bool:
    """Record the check-in unless someone already did: True when this call did it.

    One conditional UPDATE (``WHERE checked_in_at IS NULL``): when two doors scan
    the same person at the same moment the database lets exactly one of them
    change the row, on SQLite (one writer at a time) and on PostgreSQL (the
    second UPDATE waits for the first and then re-checks the condition).
    """
    s.flush()
    result = s.execute(
        update(Attendee)
        .where(Attendee.id == attendee_id, Attendee.checked_in_at.is_(None))
        .values(
            checked_in_at=when,
            checked_in_door=(door.strip()[:100] or None),
            rsvp="going",  # they came: from the waitlist or a late "no"
            version=Attendee.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def _fresh(s: Session, attendee_id: int) -> Person:
    a = s.get(Attendee, attendee_id, populate_existing=True)
    if a is None:  # deleted meanwhile by another organiser
        raise OrganiserError("That person is no longer on the list.")
    return row_of(a)


def undo_check_in(s: Session, event_id: int, attendee_id: int) -> Person:
    a = _for_event(s, event_id, attendee_id)
    a.checked_in_at = None
    a.checked_in_door = None
    s.flush()
    return row_of(a)


def restore(
    s: Session,
    event_id: int,
    attendee_id: int,
    *,
    checked_in_at: DateTime | None,
    rsvp: str,
    door: str = "",
) -> Person:
    """Put back a person's check-in state exactly (for undo of a check-in)."""
    a = _for_event(s, event_id, attendee_id)
    a.checked_in_at = checked_in_at
    a.checked_in_door = door or None
    a.rsvp = rsvp
    s.flush()
    return row_of(a)


def add_walk_in(
    s: Session,
    event_id: int,
    *,
    first_name: str,
    last_name: str = "",
    email: str | None = None,
    company: str = "",
    role: str = "attendee",
    check_in_now: bool = True,
    door: str = "",
) -> Person:
    """Someone not on the list turns up: add them (source walk_in) and check them in."""
    a = add_attendee(
        s,
        event_id,
        first_name=first_name,
        last_name=last_name,
        email=email,
        company=company,
        role=role,
        rsvp="going",
        source="walk_in",
        checked_in=check_in_now,
    )
    if check_in_now and door.strip():
        a.checked_in_door = door.strip()[:100]
        s.flush()
    return row_of(a)


def undo_walk_in(s: Session, event_id: int, as_added: Person) -> Person:
    """Take back a walk-in added by mistake, if nothing happened to them since.

    ``as_added`` is the person as the door saw them right after adding (and, when
    the door printed the badge at once, after that). If the database now says
    something else (checked in again at another desk, a badge printed since, the
    details corrected) the person stays and the message says why.
    """
    a = s.get(Attendee, as_added.id)
    if a is None or a.event_id != event_id:
        raise OrganiserError(f"{as_added.full_name} is no longer on the list: nothing to undo.")
    if a.source != "walk_in":
        raise OrganiserError(
            f"{a.full_name} was not added at the door, so undo does not remove them."
        )
    now = row_of(a)
    reasons = []
    if now.checked_in_at != as_added.checked_in_at:
        reasons.append("their check-in changed since")
    if now.badge_printed_at != as_added.badge_printed_at:
        reasons.append("a badge was printed for them since")
    fields = ("first_name", "last_name", "email", "company", "role", "rsvp")
    if any(getattr(now, f) != getattr(as_added, f) for f in fields):
        reasons.append("their details were changed since")
    if reasons:
        raise OrganiserError(
            f"{a.full_name} stays on the list: {' and '.join(reasons)}. "
            "Remove them on the Attendees page if they really should not be there."
        )
    s.delete(a)
    s.flush()
    return now


def person(s: Session, event_id: int, attendee_id: int) -> Person:
    return row_of(_for_event(s, event_id, attendee_id))


# --------------------------------------------------------------------------- scan


def _person_by_id(s: Session, attendee_id: int) -> Person | None:
    """One person as plain columns (no ORM object): the scan's hot path."""
    r = s.execute(select(*_ROW_COLS).where(Attendee.id == attendee_id)).first()
    return _row_from(r) if r is not None else None


OUTCOME_COLOURS = {
    "checked_in": "green",
    "already": "amber",
    "cancelled": "red",
    "not_found": "red",
    "other_event": "red",
    "ambiguous": "red",
    "invalid": "red",
    "empty": "",
    "not_a_code": "",
}


@dataclass(frozen=True)
class ScanOutcome:
    """What a scan did, in one line a volunteer reads at a glance."""

    kind: str  # a key of OUTCOME_COLOURS
    message: str  # in English, for the CLI and the log; a screen words it from the fields
    person: Person | None = None
    people: tuple[Person, ...] = ()  # the names when a code is ambiguous (at most five)
    count: int = 0  # ambiguous: how many hold the code; invalid "too_long": the length
    reason: str = ""  # invalid: one of tickets.REASONS
    event_title: str = ""  # other_event: the event the ticket is for ("" when unknown)

    @property
    def colour(self) -> str:
        return OUTCOME_COLOURS[self.kind]

    @property
    def changed(self) -> bool:
        """True only when this scan recorded a check-in."""
        return self.kind == "checked_in"

    @property
    def ok(self) -> bool:
        """The person may come in (checked in now or earlier)."""
        return self.kind in ("checked_in", "already")


def _guests_text(p: Person) -> str:
    if p.guests <= 0:
        return ""
    return f" (+{p.guests} guest{'s' if p.guests != 1 else ''})"


def already_text(p: Person, zone: str) -> str:
    at = in_zone(p.checked_in_at, zone).format("HH:mm") if p.checked_in_at else "?"
    door = f" ({p.door})" if p.door else ""
    return f"Already checked in: {p.full_name} at {at}{door}"


def scan(
    s: Session,
    event_id: int,
    text: str,
    *,
    door: str = "",
    when: DateTime | None = None,
    code_only: bool = False,
) -> ScanOutcome:
    """Check in whoever holds the scanned or pasted code, or say clearly why not.

    The match is exact (see :mod:`organiser.tickets`), never fuzzy. Outcomes:
    checked in · already checked in (time and door) · cancelled · not on the
    list · a ticket for another event · ambiguous (two people hold the code:
    nothing changes, both names shown) · not a code (whitespace, junk, a
    4,000-character paste). Text that reads like a name (``not_a_code``) is left
    to the name search unless ``code_only`` (a scanner typed it, or the CLI).
    """
    zone = s.scalar(select(Event.timezone).where(Event.id == event_id))
    if zone is None:
        get_or_error(s, Event, event_id, "event", "Run `events` to list them.")  # raises
    assert zone is not None
    parsed = tickets.parse(text or "")
    if parsed.problem:
        return ScanOutcome("invalid", parsed.problem, count=parsed.length, reason=parsed.reason)
    if not parsed.candidates and not parsed.is_vcard:
        return ScanOutcome("empty", "")
    hits = tickets.find(s, parsed, event_id=event_id)
    mine = [h for h in hits if h.event_id == event_id]
    if not mine:
        if hits:
            other = s.get(Event, hits[0].event_id)
            title = other.title if other is not None else ""
            return ScanOutcome(
                "other_event", f"This ticket is for {title or 'another event'}", event_title=title
            )
        if code_only or parsed.is_vcard or tickets.looks_like_code(text):
            return ScanOutcome("not_found", "Not on the list")
        return ScanOutcome("not_a_code", "")
    if len(mine) > 1:
        people = tuple(p for h in mine[:5] if (p := _person_by_id(s, h.attendee_id)) is not None)
        names = " and ".join(p.full_name for p in people)
        return ScanOutcome(
            "ambiguous",
            f"{len(mine)} people hold this code: {names}. Check them in by name.",
            people=people,
            count=len(mine),
        )
    found = _person_by_id(s, mine[0].attendee_id)
    if found is None:
        return ScanOutcome("not_found", "Not on the list")
    if found.checked_in:
        return ScanOutcome("already", already_text(found, zone), found)
    if found.rsvp == "not_going":
        return ScanOutcome("cancelled", f"Cancelled ticket: {found.full_name}", found)
    claimed = _claim(s, found.id, when or now_utc(), door)
    now = _person_by_id(s, found.id)
    if now is None:
        return ScanOutcome("not_found", "Not on the list")
    if claimed:
        return ScanOutcome("checked_in", f"Checked in: {now.full_name}{_guests_text(now)}", now)
    # Another door checked them in between our look-up and our update.
    return ScanOutcome("already", already_text(now, zone), now)


# ---------------------------------------------------------------------------------
# Badges reprinted at the door (the PDF is made by organiser.printing.badges,
# imported only when a badge is printed: ReportLab stays out of start-up)
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
