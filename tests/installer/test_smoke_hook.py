"""The unattended start/quit hook in main.py that the frozen-bundle test relies on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import main


def test_smoke_quit_opens_the_window_and_returns(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(main.SMOKE_QUIT_ENV, "200")
    db = tmp_path / "smoke.sqlite"
    assert main.main(["--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "smoke: window MainWindow" in out and str(db) in out
    assert out.rstrip().endswith("smoke: quitting")
    assert db.exists()  # the GUI really opened (and migrated) the database
    # Nothing keeps quitting the (shared) application after the call returned.
    assert not [t for t in qapp.findChildren(QTimer) if t.isActive()]


def test_smoke_quit_rejects_a_value_that_is_not_a_number(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(main.SMOKE_QUIT_ENV, "soon")
    with pytest.raises(SystemExit) as exc:
        main.main(["--db", str(tmp_path / "x.sqlite")])
    assert exc.value.code == 2
    assert main.SMOKE_QUIT_ENV in capsys.readouterr().err
