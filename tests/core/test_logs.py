"""The log file: where it is, what an unexpected problem writes there, what it never holds."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from organiser import logs

PERSON = "Zoë Müller"
EMAIL = "zoe.mueller@example.org"


@pytest.fixture()
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv("ORGANISER_LOG_DIR", str(folder))
    logs.stop_logging()
    yield folder
    logs.stop_logging()


class _Bug(Exception):
    """A programming error nobody mapped to a message (database errors are mapped)."""


def _database_bug(*_args: object, **_kwargs: object) -> None:
    # A bug whose text holds SQL and the values of a row, as driver errors do.
    raise _Bug(
        f"INSERT INTO attendees (name, email) VALUES ({PERSON!r}, {EMAIL!r}): "
        "UNIQUE constraint failed: attendees.email"
    )


def test_log_folder_is_the_per_user_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ORGANISER_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.log_file() == tmp_path / "state" / "meetup-organiser" / "log" / logs.LOG_NAME


def test_cli_bug_says_where_the_log_is_and_the_log_has_no_personal_data(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("organiser.cli.Store", _database_bug)
    code = main.main(["--db", str(log_dir.parent / "x.sqlite"), "events"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1, err
    assert err.startswith("error: unexpected problem (_Bug); details are in ")
    assert str(log_dir / logs.LOG_NAME) in err or "~" in err
    for secret in (PERSON, EMAIL, "INSERT INTO", "UNIQUE constraint"):
        assert secret not in err
    text = (log_dir / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "unexpected problem in command events" in text
    assert "tests.core.test_logs._Bug (message not logged)" in text
    assert 'in _database_bug' in text  # the code location that failed is there
    for secret in (PERSON, EMAIL, "INSERT INTO", "UNIQUE constraint"):
        assert secret not in text


def test_log_rotates_and_keeps_a_bounded_size(log_dir: Path) -> None:
    assert logs.setup_logging("cli") == log_dir / logs.LOG_NAME
    log = logging.getLogger("organiser.test")
    for i in range(6000):
        log.info("line %d of a long session %s", i, "x" * 200)
    files = sorted(p.name for p in log_dir.iterdir())
    assert files == [logs.LOG_NAME] + [f"{logs.LOG_NAME}.{i}" for i in range(1, logs.BACKUPS + 1)]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in log_dir.iterdir())


def test_home_folder_is_written_as_a_tilde(log_dir: Path) -> None:
    logs.setup_logging("cli")
    logging.getLogger("organiser.test").warning("could not read %s", Path.home() / "a.csv")
    text = (log_dir / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "could not read ~/a.csv" in text
    assert str(Path.home()) + "/" not in text


def test_unwritable_log_folder_leaves_the_program_running(
    log_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log_dir.parent.mkdir(exist_ok=True)
    log_dir.write_text("a file where the folder should be")
    assert logs.setup_logging("cli") is None
    monkeypatch.setattr("organiser.cli.Store", _database_bug)
    assert main.main(["events"]) == 1
    assert capsys.readouterr().err == "error: unexpected problem (_Bug)\n"
