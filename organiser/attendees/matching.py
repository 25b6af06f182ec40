"""Who is who on a re-import: the event's people by platform id, email and name.

A re-import updates the people it already knows (source + external id, then
email, then normalised name) instead of adding them twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from organiser.textnorm import name_key


class Known(Protocol):
    """What matching needs of a person already in the event (an ``Attendee`` or a row)."""

    @property
    def id(self) -> int: ...
    @property
    def source(self) -> str: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...


P = TypeVar("P", bound=Known)


class Index(Generic[P]):
    """The event's attendees by external id, email and normalised name."""

    def __init__(self, people: Iterable[P]) -> None:
        self.by_ext: dict[tuple[str, str], P] = {}
        self.by_email: dict[str, P] = {}
        self.by_name: dict[str, list[P]] = {}
        self.matched: set[int] = set()  # people already matched by a row of this file
        self.people = 0  # how many the index holds (none: every row is someone new)
        for a in people:
            self.add(a)

    def add(self, a: P) -> None:
        self.people += 1
        if a.external_id:
            self.by_ext[(a.source, a.external_id)] = a
        if a.email:
            self.by_email.setdefault(a.email.lower(), a)
        key = name_key(a.first_name, a.last_name)
        if key:
            self.by_name.setdefault(key, []).append(a)

    def find(self, source: str, values: Mapping[str, Any]) -> P | None:
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


def identity_keys(source: str, values: Mapping[str, Any]) -> list[str]:
    """What makes two rows of one file the same person.

    An id from the platform wins: Eventbrite gives every ticket its own attendee
    number even when the buyer's address is on all of them.
    """
    if values.get("external_id"):
        return [f"x:{source}:{values['external_id']}"]
    if values.get("email"):
        return [f"e:{values['email']}"]
    return [f"n:{name_key(values.get('first_name', ''), values.get('last_name', ''))}"]
