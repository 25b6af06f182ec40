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
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organiser.attendees import add_attendee, get_attendee
from organiser.crud import get_or_error
from organiser.errors import OrganiserError
from organiser.models import AppSetting, Attendee, Event, Venue
from organiser.textnorm import fold, person_name
from organiser.timeutil import now_utc


@dataclass(frozen=True)
class Person:
    """What the door needs to show about one attendee (a plain copy, safe in the UI)."""

    id: int
    first_name: str
    last_name: str
    email: str
    company: str
    role: str
    rsvp: str
    checked_in_at: DateTime | None
    badge_printed_at: DateTime | None
    key: str

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None


def _person(a: Attendee) -> Person:
    key = a.search_key or ""
    return Person(
        id=a.id,
        first_name=a.first_name,
        last_name=a.last_name,
        email=a.email or "",
        company=a.company,
        role=a.role,
        rsvp=a.rsvp,
        checked_in_at=a.checked_in_at,
        badge_printed_at=a.badge_printed_at,
        key=key,
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
        cols = (
            Attendee.id,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.email,
            Attendee.company,
            Attendee.role,
            Attendee.rsvp,
            Attendee.checked_in_at,
            Attendee.badge_printed_at,
            Attendee.search_key,
        )
        rows = s.execute(select(*cols).where(Attendee.event_id == event_id))
        people = [
            Person(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8], r[9] or "")
            for r in rows
        ]
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
            matched = [p for p in pool if token in p.key]
        else:
            matched = [p for p in pool if all(t in p.key for t in tokens)]
        self._last = (folded, matched)
        first = tokens[0]
        spaced = " " + first

        def starts(p: Person) -> bool:
            return p.key.startswith(first) or spaced in p.key

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
        going = sum(1 for p in self._people.values() if p.rsvp == "going")
        checked = sum(1 for p in self._people.values() if p.checked_in_at is not None)
        return Counters(checked_in=checked, going=going, capacity=capacity)


@dataclass(frozen=True)
class Counters:
    checked_in: int
    going: int
    capacity: int | None

    def text(self) -> str:
        cap = f" / {self.capacity} capacity" if self.capacity is not None else ""
        return f"{self.checked_in} checked in / {self.going} going{cap}"


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
    """Checked in / going / capacity, counted in the database."""
    cap = event_capacity(s, event_id)
    going = s.scalar(
        select(func.count())
        .select_from(Attendee)
        .where(Attendee.event_id == event_id, Attendee.rsvp == "going")
    )
    checked = s.scalar(
        select(func.count())
        .select_from(Attendee)
        .where(Attendee.event_id == event_id, Attendee.checked_in_at.is_not(None))
    )
    return Counters(checked_in=int(checked or 0), going=int(going or 0), capacity=cap)


def _for_event(s: Session, event_id: int, attendee_id: int) -> Attendee:
    a = get_attendee(s, attendee_id)
    if a.event_id != event_id:
        raise OrganiserError("That person is registered for another event.")
    return a


def check_in(
    s: Session, event_id: int, attendee_id: int, *, when: DateTime | None = None
) -> Person:
    """Check a person in now (a second check-in keeps the first time)."""
    a = _for_event(s, event_id, attendee_id)
    if a.checked_in_at is None:
        a.checked_in_at = when or now_utc()
        if a.rsvp != "going":
            a.rsvp = "going"  # they came: from the waitlist or a late "no"
        s.flush()
    return _person(a)


def undo_check_in(s: Session, event_id: int, attendee_id: int) -> Person:
    a = _for_event(s, event_id, attendee_id)
    a.checked_in_at = None
    s.flush()
    return _person(a)


def restore(
    s: Session, event_id: int, attendee_id: int, *, checked_in_at: DateTime | None, rsvp: str
) -> Person:
    """Put back a person's check-in state exactly (for undo of a check-in)."""
    a = _for_event(s, event_id, attendee_id)
    a.checked_in_at = checked_in_at
    a.rsvp = rsvp
    s.flush()
    return _person(a)


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
    return _person(a)


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
    now = _person(a)
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
    return _person(_for_event(s, event_id, attendee_id))


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
