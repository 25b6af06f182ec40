"""Stream keys: kept in the operating system's keyring, never in the database.

Where the machine has no keyring (a headless Linux without Secret Service:
keyring's fail or null backend), keys go to an encrypted file in the user's
data folder (``stream-keys.cfg``, keyrings.cryptfile: AES-GCM with a key
derived from a passphrase by Argon2id) once the organiser has given its
passphrase (:func:`unlock_key_file`; the GUI asks, the core never prompts).
Until then, or without a passphrase, keys are held in this process's memory
only and are gone when the program closes. :func:`storage_kind` tells the GUI
which is in use so it can say so. File keyrings that other packages register
with ``keyring`` (keyrings.alt's, cryptfile's own, which would prompt on a
terminal or write plain text) never count as the system keyring.

Keys are tied to a stream link of one database through the database's own
random id, so two databases never read each other's keys.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import secrets as _random
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from sqlalchemy.orm import Session

from organiser.errors import OrganiserError, ValidationError
from organiser.models import AppSetting, StreamLink

SERVICE = "meetup-organiser"
KEY_FILE_NAME = "stream-keys.cfg"
#: A new key file's passphrase is at least this long.
MIN_PASSPHRASE = 8
_DB_ID_KEY = "database_id"
_memory: dict[str, str] = {}
# Backends that are files, not the operating system's keyring.
_NOT_SYSTEM = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.chainer",
    "keyrings.alt",
    "keyrings.cryptfile",
)


class _FileKeys:
    """The unlocked encrypted key file; values read once are kept in memory."""

    def __init__(self, backend: Any, path: Path) -> None:
        self.backend = backend
        self.path = path
        self.cache: dict[str, str | None] = {}

    def get(self, user: str) -> str | None:
        if user not in self.cache:
            self.cache[user] = self.backend.get_password(SERVICE, user)
        return self.cache[user]

    def has(self, user: str) -> bool:
        if user in self.cache:
            return self.cache[user] is not None
        return _file_has(self.path, user)

    def set(self, user: str, value: str) -> None:
        self.backend.set_password(SERVICE, user, value)
        self.cache[user] = value

    def delete(self, user: str) -> None:
        self.cache[user] = None
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, user)


_file: _FileKeys | None = None


def _file_has(path: Path, user: str) -> bool:
    """Whether the key file holds a key for ``user``: its names are readable, keys are not."""
    from keyrings.cryptfile.escape import escape

    config = configparser.RawConfigParser()
    config.read(path, encoding="utf-8")
    return config.has_option(escape(SERVICE), escape(user))


def _file_forget(path: Path, user: str) -> None:
    """Take ``user``'s key out of the key file without its passphrase.

    Entry names are readable and each value is encrypted on its own, so a
    deleted link's key leaves the file even while it is locked. Written to a
    private temporary file and renamed: a crash leaves the old file whole.
    """
    from keyrings.cryptfile.escape import escape

    config = configparser.RawConfigParser()
    config.read(path, encoding="utf-8")
    section, option = escape(SERVICE), escape(user)
    if not config.has_option(section, option):
        return
    config.remove_option(section, option)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            config.write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


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


def _is_system(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(_NOT_SYSTEM):
        return False
    return float(getattr(backend, "priority", 0) or 0) > 0


def _system_backend() -> Any | None:
    """The operating system's keyring, or None (fail/null backend, file keyrings only)."""
    chosen = keyring.get_keyring()
    if type(chosen).__module__.startswith("keyring.backends.chainer"):
        usable = [b for b in getattr(chosen, "backends", ()) if _is_system(b)]
        return max(usable, key=lambda b: float(b.priority)) if usable else None
    return chosen if _is_system(chosen) else None


def _has_keyring() -> bool:
    return _system_backend() is not None


def storage_kind() -> str:
    """``"keyring"`` (the OS keyring), ``"file"`` (the unlocked key file), else ``"memory"``."""
    if _has_keyring():
        return "keyring"
    return "file" if _file is not None else "memory"


def needs_passphrase() -> bool:
    """No system keyring and the key file not unlocked yet: the GUI asks for the passphrase."""
    return storage_kind() == "memory"


def key_file_path() -> Path:
    """Where the encrypted key file lives (the per-user data folder, never the backups)."""
    from organiser.paths import data_dir

    return data_dir() / KEY_FILE_NAME


def key_file_exists(path: Path | None = None) -> bool:
    """True when the key file was made before (the GUI asks for its passphrase, not a new one)."""
    return Path(path or key_file_path()).is_file()


def _file_backend(path: Path) -> Any:
    from keyrings.cryptfile.cryptfile import CryptFileKeyring

    class StreamKeyFile(CryptFileKeyring):  # type: ignore[misc]
        # The file does not record these: they are fixed for this file for good.
        # Argon2id at OWASP's second recommended setting (19 MiB, 2 passes, 1 lane),
        # so each read stays well under a second on a small laptop.
        time_cost = 2
        memory_cost = 19456
        parallelism = 1

    backend = StreamKeyFile()
    backend.file_path = str(path)
    return backend


def unlock_key_file(passphrase: str, path: Path | None = None) -> None:
    """Open (or make, the first time) the encrypted key file with its passphrase.

    Keys kept in memory so far move into the file. A wrong passphrase raises
    :class:`OrganiserError`; nothing is ever prompted on a terminal.
    """
    global _file
    target = Path(path or key_file_path())
    text = passphrase or ""
    if not text.strip():
        raise ValidationError("passphrase", "Type the passphrase of the stream key file.")
    new = not target.is_file()
    if new and len(text) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase", f"Choose a passphrase of at least {MIN_PASSPHRASE} characters."
        )
    try:
        import keyrings.cryptfile.cryptfile  # noqa: F401
    except ImportError as exc:  # pragma: no cover - a dependency; a broken install
        raise OrganiserError("The encrypted key file needs keyrings.cryptfile.") from exc
    if new:
        target.parent.mkdir(parents=True, exist_ok=True)
    backend = _file_backend(target)
    try:
        backend.keyring_key = text  # makes the file, or checks the passphrase against it
    except (ValueError, KeyError) as exc:
        raise OrganiserError("That passphrase does not open the stream key file.") from exc
    except configparser.Error as exc:
        raise OrganiserError(
            "The stream key file is damaged; move it away to start a new one."
        ) from exc
    except OSError as exc:
        raise OrganiserError("The stream key file cannot be read or written.") from exc
    keys = _FileKeys(backend, target)
    for user, value in list(_memory.items()):
        keys.set(user, value)
        _memory.pop(user, None)
    _file = keys


def lock_key_file() -> None:
    """Forget the key file's passphrase and what was read (closing the program does it too)."""
    global _file
    _file = None


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
    """Store the key; returns where it went (``keyring``, ``file`` or ``memory``)."""
    user = _username(s, link_id)
    value = _clean_key(key)
    system = _system_backend()
    if system is not None:
        try:
            system.set_password(SERVICE, user, value)
            _memory.pop(user, None)
            return "keyring"
        except keyring.errors.KeyringError:
            pass
    if _file is not None:
        try:
            _file.set(user, value)
            _memory.pop(user, None)
            return "file"
        except (OSError, ValueError, configparser.Error):
            pass
    _memory[user] = value
    return "memory"


def get_stream_key(s: Session, link_id: int) -> str | None:
    user = _username(s, link_id)
    if user in _memory:
        return _memory[user]
    system = _system_backend()
    if system is not None:
        try:
            value: str | None = system.get_password(SERVICE, user)
            return value
        except keyring.errors.KeyringError:
            return None
    if _file is not None:
        try:
            return _file.get(user)
        except (OSError, ValueError, configparser.Error):
            return None
    return None


def has_stream_key(s: Session, link_id: int) -> bool:
    """Whether a key is saved; a locked key file is looked into without its passphrase."""
    if _system_backend() is None:
        user = _username(s, link_id)
        if user in _memory:
            return True
        with contextlib.suppress(OSError, ValueError, ImportError, configparser.Error):
            if _file is not None:
                return _file.has(user)
            path = key_file_path()
            return path.is_file() and _file_has(path, user)
        return False
    return get_stream_key(s, link_id) is not None


def delete_stream_key(s: Session, link_id: int) -> None:
    user = _username(s, link_id)
    _memory.pop(user, None)
    system = _system_backend()
    if system is not None:
        # PasswordDeleteError when there was none: nothing to forget
        with contextlib.suppress(keyring.errors.KeyringError):
            system.delete_password(SERVICE, user)
    if _file is not None:
        with contextlib.suppress(OSError, ValueError, configparser.Error):
            _file.delete(user)
    elif system is None:
        # The key file is locked (no passphrase given yet): the entry goes anyway,
        # so a deleted link's key never stays behind on the disk.
        path = key_file_path()
        with contextlib.suppress(OSError, ImportError, configparser.Error):
            if path.is_file():
                _file_forget(path, user)


def forget_memory() -> None:
    """Drop the keys held in memory and lock the key file (tests; closing the program)."""
    _memory.clear()
    lock_key_file()
