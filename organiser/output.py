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


def event_filename(s: object, event_id: int, what: str, ext: str = "pdf") -> str:
    """A file name that says which event it is for: ``ml-rome-42-2026-12-10-badges.pdf``.

    ``s`` is an open session; the date is the event's local date.
    """
    import re
    import unicodedata

    from organiser.events import get_event
    from organiser.timeutil import in_zone

    ev = get_event(s, event_id)  # type: ignore[arg-type]
    ascii_title = unicodedata.normalize("NFKD", ev.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:50].strip("-")
    day = in_zone(ev.starts_at, ev.timezone).format("YYYY-MM-DD")
    parts = [p for p in (slug or "event", day, what) if p]
    return "-".join(parts) + f".{ext}"
