"""Benchmarks: each ``bench_*.py`` module has ``run() -> list[str]`` of result lines.

Every figure is reported as a ratio against a baseline measured in the same
run, so machines of different speed can be compared.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_USER_DIRS: dict[str, str] = {}


def user_env() -> dict[str, str]:
    """os.environ with the per-user folders (log, settings, data, cache) in a temp folder.

    The benchmarks run the real program (``python main.py ...``), which writes its
    log file under the per-user state folder: without this, every run of
    ``make bench`` would append to the developer's own
    ``~/.local/state/meetup-organiser/log``.
    """
    if not _USER_DIRS:
        root = tempfile.mkdtemp(prefix="organiser-bench-home-")
        atexit.register(shutil.rmtree, root, True)
        _USER_DIRS.update(
            XDG_CONFIG_HOME=os.path.join(root, "config"),
            XDG_DATA_HOME=os.path.join(root, "data"),
            XDG_STATE_HOME=os.path.join(root, "state"),
            XDG_CACHE_HOME=os.path.join(root, "cache"),
            ORGANISER_LOG_DIR=os.path.join(root, "log"),
        )
    return {**os.environ, **_USER_DIRS}
