"""Where the program keeps its files per user: the lowest layer, imports nothing of ours."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from organiser import APP_ID


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/meetup-organiser on Linux)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "organiser.sqlite"
