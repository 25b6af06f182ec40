"""Venues: a library reused across events."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import validation as v
from organiser.crud import apply, check_lengths, check_version, get_or_error
from organiser.errors import ValidationError
from organiser.models import Venue

# The venue fields a person edits: free text of several lines, then one-line fields.
MULTILINE_FIELDS = ("address", "accessibility", "av_equipment", "notes")
LINE_FIELDS = (
    "map_url",
    "contact_name",
    "contact_email",
    "contact_phone",
    "wifi_name",
    "wifi_password",
    "closing_time",
)
EDITABLE_FIELDS = ("name", "capacity", *MULTILINE_FIELDS, *LINE_FIELDS)

_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_TEXT_FIELDS = (
    "address",
    "contact_name",
    "contact_phone",
    "accessibility",
    "wifi_name",
    "wifi_password",
    "av_equipment",
    "notes",
)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "name":
            out[key] = v.required(value, "name", "The venue name")
        elif key == "map_url":
            out[key] = v.optional_url(value, "map_url", label="The map link")
        elif key == "capacity":
            out[key] = v.capacity(value)
        elif key == "contact_email":
            out[key] = v.optional_email(value, "contact_email")
        elif key == "closing_time":
            text = v.clean_text(value)
            if text and not _HHMM.match(text):
                raise ValidationError("closing_time", f"Closing time “{text}” is not like 22:30.")
            out[key] = f"{int(text.split(':')[0]):02d}:{text.split(':')[1]}" if text else None
        elif key in _TEXT_FIELDS:
            out[key] = v.clean_text(value)
        else:
            raise TypeError(f"unknown venue field {key}")
    return out


def _check_unique_name(s: Session, name: str, own_id: int | None) -> None:
    other = s.scalar(select(Venue).where(Venue.name == name))
    if other is not None and other.id != own_id:
        raise ValidationError("name", f"A venue called “{name}” already exists.")


def create_venue(s: Session, *, name: str, **fields: Any) -> Venue:
    data = _clean({"name": name, **fields})
    check_lengths(Venue, data)
    _check_unique_name(s, data["name"], None)
    venue = Venue(**data)
    s.add(venue)
    s.flush()
    return venue


def update_venue(
    s: Session, venue_id: int, *, expected_version: int | None = None, **changes: Any
) -> Venue:
    venue = get_venue(s, venue_id)
    data = _clean(changes)
    check_lengths(Venue, data)
    check_version(venue, expected_version, "venue", data)
    if "name" in data:
        _check_unique_name(s, data["name"], venue.id)
    apply(venue, data)
    s.flush()
    return venue


def delete_venue(s: Session, venue_id: int) -> None:
    """Events keep existing; they simply lose their venue."""
    s.delete(get_venue(s, venue_id))
    s.flush()


def get_venue(s: Session, venue_id: int) -> Venue:
    return get_or_error(s, Venue, venue_id, "venue")


def list_venues(s: Session) -> list[Venue]:
    return list(s.scalars(select(Venue).order_by(Venue.name)))
