"""Real processes for the safety suites: the CLI as a user starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment whose per-user folders are inside tmp_path."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        ORGANISER_LOG_DIR=str(home / "log"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


@pytest.fixture
def cli(tmp_path: Path) -> CliRunner:
    """``cli("--db", db, "events")``: main.py in a new process; returns the result."""

    def run(*args: object, env: dict[str, str] | None = None, timeout: float = 180,
            prefix: str = "") -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, str(ROOT / "main.py"), *map(str, args)]
        if prefix:  # Python code run in the child before the command (limits)
            argv = [sys.executable, "-c", prefix + _RUN_MAIN, *map(str, args)]
        return subprocess.run(
            argv, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
            env=env or child_env(tmp_path), stdin=subprocess.DEVNULL,
        )

    return run


_RUN_MAIN = (
    "\nimport sys\nsys.path.insert(0, '.')\nfrom main import main\nsys.exit(main(sys.argv[1:]))\n"
)


def one_clean_line(stderr: str) -> bool:
    """A single ``error: …`` line: no traceback, no SQL, no parameters."""
    return (
        stderr.startswith("error: ")
        and stderr.count("\n") == 1
        and "Traceback" not in stderr
        and not any(w in stderr for w in ("SELECT ", "INSERT ", "UPDATE ", "[SQL", "[parameters"))
    )
