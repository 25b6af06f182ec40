"""The unattended start/quit hook in main.py that the frozen-bundle test relies on.

Run in a child process: a QApplication whose exec() has returned is left closing,
which would upset every later Qt test in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from tests.installer.conftest import ROOT


def _run_main(tmp_path: Path, *args: str, smoke: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{main.SMOKE_QUIT_ENV: smoke})
    env["HOME"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_smoke_quit_opens_the_window_and_returns(tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite"
    proc = _run_main(tmp_path, "--db", str(db), smoke="300")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    windows = [ln for ln in proc.stdout.splitlines() if ln.startswith("smoke: window ")]
    # The main window is up at once; the database opens behind it in a worker, so its
    # path in the title depends on timing and is not asserted here.
    assert any(ln.startswith("smoke: window MainWindow ") for ln in windows), proc.stdout
    assert proc.stdout.rstrip().endswith("smoke: quitting")
    assert "Traceback" not in proc.stderr


def test_smoke_quit_rejects_a_value_that_is_not_a_number(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(main.SMOKE_QUIT_ENV, "soon")
    with pytest.raises(SystemExit) as exc:
        main.main(["--db", str(tmp_path / "x.sqlite")])
    assert exc.value.code == 2
    assert main.SMOKE_QUIT_ENV in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()  # refused before anything was opened
