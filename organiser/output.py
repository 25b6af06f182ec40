"""Writing what the app makes (PDF, ICS) without ever leaving half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from organiser.errors import OrganiserError


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write next to the target and rename; errors become a sentence for the user."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise OrganiserError(f"{target} is a folder; give a file name.")
    if not target.parent.is_dir():
        raise OrganiserError(f"The folder {target.parent} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    except OSError as exc:
        raise OrganiserError(f"Cannot write in {target.parent}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OrganiserError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    return target
