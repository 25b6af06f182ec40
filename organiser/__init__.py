"""Meetup Organiser core: pure Python, never imports Qt."""

from __future__ import annotations

from functools import lru_cache

APP_NAME = "Meetup Organiser"
APP_ID = "meetup-organiser"


@lru_cache(maxsize=1)
def _version() -> str:
    # importlib.metadata costs ~20 ms to import: only pay it when someone asks.
    from importlib import metadata

    try:
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0.1.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'organiser' has no attribute {name!r}")
