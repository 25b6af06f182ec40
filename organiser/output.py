"""Every file the app writes for the user goes through here.

One rule for the CLI and the GUI alike: an output never clobbers data. A
target is refused, with one line, when it is

- the open database or any database this process manages, its ``-wal``,
  ``-shm`` or ``-journal`` file, or its lock file (also through a symlink or
  a hard link: files are compared by device and inode);
- inside a managed database's backups folder;
- an existing SQLite database of any kind (another organiser's data);
- anything but a regular file: a folder, a device (``/dev/full``), a FIFO or
  a socket. Renaming over those would replace the node itself.

A regular file is written beside the target under a temporary name, made
private (0600) and renamed over it only when complete, so a crash or a full
disk never leaves half a file with the target's name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from organiser.errors import OrganiserError

SQLITE_MAGIC = b"SQLite format 3\x00"
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
BACKUP_FOLDER = "backups"

_managed: set[Path] = set()


def protect_database(path: str | os.PathLike[str]) -> None:
    """Remember a database this process opened: no output may overwrite it."""
    _managed.add(Path(path).expanduser().absolute())


def managed_databases() -> set[Path]:
    """The databases opened in this process plus the per-user default one."""
    found = set(_managed)
    with contextlib.suppress(Exception):  # no home folder: nothing more to protect
        from organiser.paths import default_db_path

        found.add(default_db_path())
    return found


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_target(path: str | os.PathLike[str]) -> Path:
    """The path to write, or OrganiserError saying in one line why it is refused."""
    if not os.fspath(path).strip():
        raise OrganiserError("The output file name is empty; give a file name.")
    target = Path(path).expanduser()
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OrganiserError(f"Cannot use {target} as output: {exc.strerror or exc}.") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OrganiserError(f"{target} is a folder; give a file name.")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OrganiserError(
            f"{target} is not a regular file (a device, pipe or socket); "
            "nothing was written. Give a file name."
        )
    real = Path(os.path.realpath(target))
    if not real.parent.is_dir():
        raise OrganiserError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    for db in managed_databases():
        db_real = Path(os.path.realpath(db))
        for suffix in COMPANIONS:
            companion = Path(str(db_real) + suffix)
            same = real == companion
            if not same and st is not None:
                with contextlib.suppress(OSError):
                    same = _same_file(st, os.stat(companion))
            if same:
                what = "the database" if suffix == "" else "a file that belongs to the database"
                raise OrganiserError(
                    f"{target} is {what} {db}; nothing was written. Choose another file."
                )
        if _is_within(real, db_real.parent / BACKUP_FOLDER):
            raise OrganiserError(
                f"{target} is in the backups folder of {db}, which the app manages; "
                "nothing was written. Choose another folder."
            )
    if st is not None and _looks_like_sqlite(real):
        raise OrganiserError(
            f"{target} is a database; it was left untouched. Choose another file name."
        )
    return real


def _fail(target: Path, exc: OSError) -> OrganiserError:
    return OrganiserError(f"Cannot write {target}: {exc.strerror or exc}; nothing was changed.")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str = ".part") -> Iterator[Path]:
    """A private temporary path beside ``path``; renamed over it only on success.

    For libraries that want a file name (ReportLab's canvas).
    """
    target = check_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise OrganiserError(
            f"Cannot write in {target.parent}: {exc.strerror or exc}."
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _fail(target, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """``open`` for writing that is atomic, private and refuses protected targets."""
    with atomic_path(path) as tmp:
        try:
            with open(tmp, mode, encoding=encoding, newline=newline) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
        except UnicodeEncodeError as exc:
            raise OrganiserError(f"Cannot write {path}: {exc.reason}.") from None


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` (see the module rules); return the path written."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return Path(path).expanduser()
