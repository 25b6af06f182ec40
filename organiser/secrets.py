"""Stream keys: kept in the operating system's keyring, never in the database.

Where the machine has no keyring (a headless Linux without Secret Service),
keys are held in this process's memory only and are gone when the program
closes; :func:`storage_kind` tells the GUI which of the two is in use so it
can say so. Keys are tied to a stream link of one database through the
database's own random id, so two databases never read each other's keys.
"""

from __future__ import annotations

import contextlib
import secrets as _random

import keyring
import keyring.errors
from sqlalchemy.orm import Session

from organiser.errors import ValidationError
from organiser.models import AppSetting, StreamLink

SERVICE = "meetup-organiser"
_DB_ID_KEY = "database_id"
_memory: dict[str, str] = {}


def database_id(s: Session) -> str:
    """A random id for this database, created once (stable ICS UIDs use it too)."""
    row = s.get(AppSetting, _DB_ID_KEY)
    if row is not None and isinstance(row.value, str) and row.value:
        return row.value
    value = _random.token_hex(8)
    s.add(AppSetting(key=_DB_ID_KEY, value=value))
    s.flush()
    return value


def _username(s: Session, link_id: int) -> str:
    if s.get(StreamLink, link_id) is None:
        raise ValidationError("stream_key", f"There is no stream link with id {link_id}.")
    return f"{database_id(s)}:stream-link:{link_id}"


def _has_keyring() -> bool:
    backend = keyring.get_keyring()
    return float(getattr(backend, "priority", 0) or 0) > 0


def storage_kind() -> str:
    """``"keyring"`` when keys persist in the OS keyring, else ``"memory"``."""
    return "keyring" if _has_keyring() else "memory"


def _clean_key(key: str) -> str:
    text = (key or "").strip()
    if not text:
        raise ValidationError("stream_key", "The stream key is empty.")
    if any(ch.isspace() for ch in text) or len(text) > 500:
        raise ValidationError(
            "stream_key", "A stream key is one word without spaces; paste it again."
        )
    return text


def set_stream_key(s: Session, link_id: int, key: str) -> str:
    """Store the key; returns where it went (``keyring`` or ``memory``)."""
    user = _username(s, link_id)
    value = _clean_key(key)
    if _has_keyring():
        try:
            keyring.set_password(SERVICE, user, value)
            _memory.pop(user, None)
            return "keyring"
        except keyring.errors.KeyringError:
            pass
    _memory[user] = value
    return "memory"


def get_stream_key(s: Session, link_id: int) -> str | None:
    user = _username(s, link_id)
    if user in _memory:
        return _memory[user]
    if _has_keyring():
        try:
            value: str | None = keyring.get_password(SERVICE, user)
            return value
        except keyring.errors.KeyringError:
            return None
    return None


def has_stream_key(s: Session, link_id: int) -> bool:
    return get_stream_key(s, link_id) is not None


def delete_stream_key(s: Session, link_id: int) -> None:
    user = _username(s, link_id)
    _memory.pop(user, None)
    if _has_keyring():
        # PasswordDeleteError when there was none: nothing to forget
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(SERVICE, user)


def forget_memory() -> None:
    """Drop the keys held in memory (tests; closing the program does it anyway)."""
    _memory.clear()
