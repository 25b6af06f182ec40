"""A conference schedule as read from a file, before it touches the database.

Every reader (frab/pretalx, Sessionize) produces a :class:`Conference`; the
importer turns it into an event, speakers and sessions. Instants are aware
pendulum datetimes in UTC; wall-clock times without an offset are placed in
the conference's zone by the reader.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pendulum
from pendulum import DateTime

from organiser.errors import OrganiserError
from organiser.timeutil import check_zone


@dataclass
class Person:
    """A speaker as the file describes them; ``key`` is unique within the file."""

    key: str
    name: str
    bio: str = ""
    tagline: str = ""
    pronouns: str = ""
    email: str = ""
    photo_url: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)  # (label, url)


@dataclass
class Talk:
    key: str
    title: str
    starts_at: DateTime
    minutes: int
    room: str = ""
    kind: str = "talk"
    abstract: str = ""
    speakers: list[str] = field(default_factory=list)  # Person keys, in order


@dataclass
class Conference:
    """What a schedule file holds; ``title`` and ``zone`` may be unknown (Sessionize)."""

    source: str  # "pretalx JSON", "frab XML", "Sessionize JSON", ...
    title: str = ""
    zone: str | None = None
    talks: list[Talk] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # one line per thing left out, and why


def parse_instant(text: str, zone: str | None, what: str) -> DateTime:
    """An ISO date-time; one without an offset is wall-clock time in ``zone``."""
    raw = text.strip()
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise OrganiserError(f"{what}: “{raw}” is not a date and time.") from exc
    return place(value, zone, what)


def place(value: dt.datetime, zone: str | None, what: str) -> DateTime:
    """Attach ``zone`` to a naive wall-clock time; aware values keep their instant."""
    if value.tzinfo is not None:
        return pendulum.instance(value).in_timezone("UTC")
    if zone is None:
        raise OrganiserError(
            f"{what} has times without a time zone: give the event (--event ID) or the "
            "zone (--tz ZONE) they are in."
        )
    check_zone(zone)
    local = pendulum.instance(value, tz=zone)
    return local.in_timezone("UTC")


def parse_minutes(text: str, what: str) -> int:
    """``HH:MM``, ``H:MM:SS`` (frab) or a plain number of minutes (Sessionize)."""
    raw = str(text).strip()
    try:
        if ":" in raw:
            parts = [int(p) for p in raw.split(":")]
            if len(parts) == 2:
                return parts[0] * 60 + parts[1]
            if len(parts) == 3:
                return parts[0] * 60 + parts[1] + (1 if parts[2] >= 30 else 0)
        else:
            return int(float(raw))
    except ValueError:
        pass
    raise OrganiserError(f"{what}: “{raw}” is not a duration.")


def kind_for(label: str, *, service: bool = False) -> str:
    """Our session kind from a talk type or session format as people write them."""
    text = label.casefold()
    if "lightning" in text:
        return "lightning"
    if "panel" in text or "fireside" in text:
        return "panel"
    if service or any(w in text for w in ("break", "lunch", "coffee", "pause", "dinner")):
        return "break"
    if any(w in text for w in ("networking", "social", "party")):
        return "networking"
    if any(w in text for w in ("opening", "welcome", "closing")):
        return "intro"
    return "talk"


__all__ = ["Conference", "Person", "Talk", "kind_for", "parse_instant", "parse_minutes", "place"]
