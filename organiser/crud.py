"""Small shared helpers for the services: fetch-or-explain, apply changes, versions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from organiser.errors import ConflictError, OrganiserError, ValidationError

T = TypeVar("T")


def get_or_error(s: Session, model: type[T], obj_id: int, what: str, hint: str = "") -> T:
    obj = s.get(model, obj_id)
    if obj is None:
        raise OrganiserError(f"There is no {what} with id {obj_id}.{(' ' + hint) if hint else ''}")
    return obj


def check_version(obj: Any, expected: int | None, what: str, fields: Mapping[str, Any]) -> None:
    """Refuse to overwrite a record someone else saved since it was loaded."""
    if expected is None or obj.version == expected:
        return
    theirs = {k: getattr(obj, k) for k in fields}
    raise ConflictError(
        f"Someone else changed this {what} while you were editing it (their version "
        f"{obj.version}, yours {expected}). Nothing was overwritten: review both values "
        "and save again.",
        mine=dict(fields),
        theirs=theirs,
    )


def apply(obj: Any, changes: Mapping[str, Any]) -> None:
    for key, value in changes.items():
        if not hasattr(obj, key):
            raise AttributeError(f"{type(obj).__name__} has no field {key}")
        setattr(obj, key, value)


_LABELS = {
    "title": "The title",
    "name": "The name",
    "email": "The email address",
    "map_url": "The map link",
    "viewer_url": "The viewer link",
    "studio_url": "The studio link",
}


def check_lengths(model: type[Any], data: Mapping[str, Any]) -> None:
    """Refuse text longer than its column holds (PostgreSQL would fail with a raw error)."""
    columns = model.__table__.columns
    for key, value in data.items():
        if not isinstance(value, str) or key not in columns:
            continue
        limit = getattr(columns[key].type, "length", None)
        if limit is not None and len(value) > limit:
            label = _LABELS.get(key, key.replace("_", " ").capitalize())
            raise ValidationError(
                key, f"{label} is too long ({len(value)} characters; at most {limit})."
            )
