"""The wheel works the way Python users install an app: `pip install`, then any folder.

Builds the wheel from this tree (pip wheel, isolated build), installs it into one
fresh virtual environment (no editable install, no source tree on sys.path) and
runs the installed `meetup-organiser` from an unrelated empty folder with a
clean environment: every data file (fonts, layouts, checklists, icons,
translations, migrations) must come from inside the installed packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from organiser.cli import build_parser
from tests.installer.conftest import ROOT, _project

pytestmark = pytest.mark.slow  # about a minute: still part of `make test` and CI

#: What the wheel is built from (what an sdist would hold).
SOURCES = ("pyproject.toml", "setup.py", "README.md", "main.py", "organiser", "ui", "resources")


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bindir: Path
    python: Path
    home: Path


def _pip(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # pip keeps the caller's environment: its index, cache and find-links settings.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources.
    src = out / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    built = _pip(
        Path(sys.executable), "wheel", "--no-deps", "-q", "-w", str(out / "dist"), str(src),
        cwd=out,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (out / "dist").glob("meetup_organiser-*.whl")
    env_dir = out / "venv"
    venv.create(env_dir, with_pip=True, clear=True)  # a clean venv: no system site-packages
    python = env_dir / "bin" / "python"
    inst = _pip(python, "install", "-q", str(wheel), cwd=out)
    assert inst.returncode == 0, inst.stdout[-3000:] + inst.stderr[-3000:]
    home = out / "home"
    home.mkdir()
    return Installed(wheel=wheel, bindir=env_dir / "bin", python=python, home=home)


def _run(
    inst: Installed, cwd: Path, *args: str, program: str = "meetup-organiser", **extra: str
) -> subprocess.CompletedProcess[str]:
    """The installed program from an empty folder: no PYTHONPATH, a private HOME."""
    env = {
        "PATH": f"{inst.bindir}:/usr/bin:/bin",
        "HOME": str(inst.home),
        "XDG_DATA_HOME": str(inst.home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(inst.home / ".config"),
        "XDG_CACHE_HOME": str(inst.home / ".cache"),
        "XDG_STATE_HOME": str(inst.home / ".local" / "state"),
        "LANG": "C.UTF-8",
        **extra,
    }
    return subprocess.run(
        [str(inst.bindir / program), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture()
def empty_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_wheel_carries_the_resources_and_both_entry_points(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = zf.read(entry_points).decode()
    for src in (ROOT / "resources").rglob("*"):
        rel = src.relative_to(ROOT / "resources").as_posix()
        if not src.is_file() or "__pycache__" in rel:
            continue
        if src.suffix in (".ts", ".md", ".po") and rel.startswith(("translations/", "locale/")):
            continue  # translators' sources: the program reads the compiled .qm and .mo
        assert f"meetup_organiser_resources/{rel}" in names, f"{rel} is not in the wheel"
    assert "organiser/migrations/script.py.mako" in names
    assert "[console_scripts]\nmeetup-organiser = main:main" in scripts
    assert "[gui_scripts]\nmeetup-organiser-gui = main:main" in scripts
    assert (installed.bindir / "meetup-organiser-gui").is_file()


def test_installed_version_is_the_pyproject_version(
    installed: Installed, empty_dir: Path
) -> None:
    proc = _run(installed, empty_dir, "--version")
    assert proc.returncode == 0, proc.stderr
    project = _project()
    assert proc.stdout.strip() == f"{project['name']} {project['version']}"


def test_installed_program_lists_the_bundled_layouts(
    installed: Installed, empty_dir: Path
) -> None:
    proc = _run(installed, empty_dir, "badges", "--list-layouts")
    assert proc.returncode == 0, proc.stderr
    shipped = {p.stem for p in (ROOT / "resources" / "badge_layouts").glob("*.json")}
    listed = {line.split()[0] for line in proc.stdout.splitlines() if line.strip()}
    assert shipped <= listed, proc.stdout


#: A real run of each command on the demo database ({db}, {event}, {dir} filled in);
#: a command added later and not listed here still has to answer --help.
REAL_RUNS: dict[str, list[str]] = {
    "events": ["--db", "{db}", "events"],
    "import-attendees": ["--db", "{db}", "import-attendees", "{event}", "{csv}"],
    "export-attendees": ["--db", "{db}", "export-attendees", "{event}", "-o", "{dir}/out.csv"],
    "agenda": [
        "--db", "{db}", "agenda", "{event}", "-o", "{dir}/agenda.pdf", "--tz", "Asia/Kolkata"
    ],
    "ics": ["--db", "{db}", "ics", "{event}", "-o", "{dir}/meetup.ics"],
    "announce": ["--db", "{db}", "announce", "{event}", "--short"],
    "checklist": ["--db", "{db}", "checklist", "{event}"],
    "briefing": ["--db", "{db}", "briefing", "{event}", "-o", "{dir}/briefing.pdf"],
    "badges": ["--db", "{db}", "badges", "{event}", "-o", "{dir}/badges.pdf"],
    "backup": ["--db", "{db}", "backup", "-o", "{dir}/copy.sqlite"],
    "restore": ["--db", "{dir}/restored.sqlite", "restore", "{dir}/copy.sqlite"],
}


def test_installed_program_runs_every_command(installed: Installed, empty_dir: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    parser = build_parser()
    commands = set(next(a.choices for a in parser._actions if a.dest == "command") or ())
    assert set(REAL_RUNS) <= commands, "a command listed here is gone from the CLI"
    db = empty_dir / "wheel.sqlite"
    proc = _run(installed, empty_dir, "--db", str(db), "demo")
    assert proc.returncode == 0, proc.stderr
    event_id = proc.stdout.strip().splitlines()[-1]
    assert event_id.isdigit(), proc.stdout
    values = {
        "db": str(db),
        "event": event_id,
        "dir": str(empty_dir),
        "csv": str(ROOT / "tests" / "data" / "attendees" / "luma-guests.csv"),
    }
    for command in sorted(commands - {"demo"}):
        args = [a.format(**values) for a in REAL_RUNS.get(command, [command, "--help"])]
        proc = _run(installed, empty_dir, *args)
        assert proc.returncode == 0, f"{command}: {proc.stderr}"
        assert "unexpected problem" not in proc.stderr
    text = "".join(
        "".join((page.extract_text() or "").split())
        for page in pypdf.PdfReader(empty_dir / "badges.pdf").pages
    )
    assert "陈伟" in text, text[:300]  # the CJK font came from inside the installed package
    for made in ("agenda.pdf", "briefing.pdf"):
        assert (empty_dir / made).read_bytes().startswith(b"%PDF")
    assert "BEGIN:VCALENDAR" in (empty_dir / "meetup.ics").read_text(encoding="utf-8")
    assert (empty_dir / "restored.sqlite").is_file()


def test_installed_gui_script_opens_the_window_offscreen(
    installed: Installed, empty_dir: Path
) -> None:
    proc = _run(
        installed,
        empty_dir,
        "--db",
        str(empty_dir / "gui.sqlite"),
        program="meetup-organiser-gui",
        QT_QPA_PLATFORM="offscreen",
        MEETUP_ORGANISER_SMOKE_QUIT_MS="1500",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    windows = [ln for ln in proc.stdout.splitlines() if ln.startswith("smoke: window MainWindow")]
    # The icon comes from the installed SVG; the title is the app's.
    assert windows and " icon " in windows[0], proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
