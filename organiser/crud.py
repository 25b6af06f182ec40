"""Small shared helpers for the services: fetch-or-explain, apply changes, versions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from organiser.errors import ConflictError, OrganiserError, ValidationError

_PENDING_KEY = "organiser_versioned_changes"

T = TypeVar("T")


def get_or_error(s: Session, model: type[T], obj_id: int, what: str, hint: str = "") -> T:
    in_range = isinstance(obj_id, int) and -(2**63) <= obj_id < 2**63  # a database integer
    obj = s.get(model, obj_id) if in_range else None
    if obj is None:
        shown = str(obj_id) if len(str(obj_id)) <= 20 else str(obj_id)[:20] + "…"
        raise OrganiserError(f"There is no {what} with id {shown}.{(' ' + hint) if hint else ''}")
    return obj


def check_version(obj: Any, expected: int | None, what: str, fields: Mapping[str, Any]) -> None:
    """Refuse to overwrite a record someone else saved since it was loaded."""
    if expected is None or obj.version == expected:
        return
    theirs = {k: getattr(obj, k) for k in fields}
    raise conflict_error(what, obj.version, expected, dict(fields), theirs)


def _show(value: Any) -> str:
    if isinstance(value, bytes | bytearray):
        return f"a file of {len(value)} bytes"
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return f"“{text[:57]}…”" if len(text) > 60 else f"“{text}”"


def conflict_error(
    what: str,
    their_version: int | None,
    your_version: int | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
) -> ConflictError:
    """The message both conflict paths give: versions, then each field, theirs and yours."""
    if their_version is None:
        return ConflictError(
            f"Someone else deleted this {what} while you were editing it; your changes "
            "were not saved.",
            mine=mine,
            theirs={},
        )
    differing = [k for k in mine if k in theirs and theirs[k] != mine[k]]
    details = "; ".join(
        f"{k}: theirs {_show(theirs[k])}, yours {_show(mine[k])}" for k in differing[:6]
    )
    return ConflictError(
        f"Someone else changed this {what} while you were editing it (their version "
        f"{their_version}, yours {your_version}). Nothing was overwritten"
        + (f" — {details}" if details else "")
        + ". Review both values and save again.",
        mine=mine,
        theirs=theirs,
        their_version=their_version,
    )


@event.listens_for(Session, "before_flush")
def _check_text_lengths(s: Session, _ctx: Any, _instances: Any) -> None:
    """Refuse text longer than its column, the same way on SQLite and PostgreSQL.

    PostgreSQL would refuse it with a driver error and SQLite would keep it,
    so a file could not be moved to a team server later.
    """
    for obj in (*s.new, *s.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            col = attr.columns[0]
            limit = getattr(col.type, "length", None)
            if not isinstance(col.type, String) or not limit:
                continue
            value = state.dict.get(attr.key)
            if isinstance(value, str) and len(value) > limit:
                label = attr.key.replace("_", " ").capitalize()
                raise ValidationError(
                    attr.key,
                    f"{label} is too long: {len(value)} characters, at most {limit}.",
                )


@event.listens_for(Session, "before_flush")
def _remember_versioned_changes(s: Session, _ctx: Any, _instances: Any) -> None:
    """Note what each versioned record is about to change, for a conflict message.

    A failed flush expires the objects, so this is the last chance to read
    the user's values and the version they were loaded at.
    """
    pending: list[tuple[type[Any], Any, int | None, dict[str, Any]]] = []
    for obj in (*s.dirty, *s.deleted):
        state = inspect(obj)
        mapper = state.mapper
        if mapper.version_id_col is None or state.identity is None:
            continue
        vkey = mapper.get_property_by_column(mapper.version_id_col).key
        loaded = state.committed_state.get(vkey, state.dict.get(vkey))
        mine: dict[str, Any] = {}
        for attr in state.attrs:
            if attr.key == vkey:
                continue
            hist = attr.history
            if hist.added:
                mine[attr.key] = hist.added[0]
        pending.append((mapper.class_, state.identity, loaded, mine))
    s.info[_PENDING_KEY] = pending


def conflict_from_stale(s: Session) -> ConflictError:
    """Turn SQLAlchemy's StaleDataError (a concurrent save won) into a ConflictError.

    Rolls the session back, then reads the winner's values for comparison.
    """
    pending = s.info.pop(_PENDING_KEY, [])
    s.rollback()
    fallback = ConflictError(
        "Someone else saved this record while you were editing it; nothing was "
        "overwritten. Reload it and save again.",
        mine={},
        theirs={},
    )
    for cls, identity, loaded, mine in pending:
        current = s.get(cls, identity, populate_existing=True)
        # ChecklistTemplate -> "checklist template", as the expected_version path says it
        what = "".join(" " + c.lower() if c.isupper() else c for c in cls.__name__).strip()
        what = {"event session": "session"}.get(what, what)
        if current is None:
            return conflict_error(what, None, loaded, mine, {})
        if current.version != loaded:
            theirs = {k: getattr(current, k) for k in mine}
            return conflict_error(what, current.version, loaded, mine, theirs)
    return fallback


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
