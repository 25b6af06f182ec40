"""Fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL.

Set ORGANISER_TEST_DATABASE_URL to a PostgreSQL URL to run every store test
against a real server too; `.ci/run` does that.

The whole session runs isolated (see ``pytest_configure``): HOME, the XDG
folders, TMPDIR, QSettings and Hypothesis' example database all live in one
temporary folder, and a test fails if it writes outside it. With ``CI=true`` a
skip that means "feature or tool missing" is a failure. ORGANISER_TEST_SEED
replays a run's random choices; ORGANISER_TEST_SHUFFLE=1 shuffles test order.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A GUI started by a test (and its children) meets only this session's instances, never
# the developer's running app or another test run on the same machine.
os.environ.setdefault("ORGANISER_INSTANCE_NAME", f"meetup-organiser-test-{os.getpid()}")

from organiser.store import Store  # noqa: E402

PG_URL = os.environ.get("ORGANISER_TEST_DATABASE_URL", "")


@pytest.fixture(autouse=True, scope="session")
def _private_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Code under test that sets up the log file writes it here, not in the real home."""
    old = os.environ.get("ORGANISER_LOG_DIR")
    os.environ["ORGANISER_LOG_DIR"] = str(tmp_path_factory.mktemp("logs"))
    yield
    from organiser.logs import stop_logging

    stop_logging()
    if old is None:
        os.environ.pop("ORGANISER_LOG_DIR", None)
    else:
        os.environ["ORGANISER_LOG_DIR"] = old


ENGINES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not PG_URL, reason="ORGANISER_TEST_DATABASE_URL not set"),
    ),
]


def reset_postgres(url: str) -> None:
    """Empty the test database so each test starts from nothing."""
    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database location nobody has used yet, on each engine."""
    if request.param == "sqlite":
        return str(tmp_path / "organiser.sqlite")
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    st = Store(db_url)
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    st = Store(tmp_path / "organiser.sqlite")
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def demo_store(store: Store) -> Iterator[tuple[Store, int]]:
    """The sample meetup on each engine; yields (store, event id)."""
    from organiser.demo import create_demo

    with store.session() as s:
        event_id = create_demo(s).id
    yield store, event_id


# --------------------------------------------------------------------------- isolation

REAL_HOME = Path(os.path.expanduser("~"))
REAL_TMP = Path(tempfile.gettempdir())
# Under the real home: the folders an app, Qt or a keyring writes to, and the names ours use.
# (.local/state holds the app's log: the one seen there after a suite run came from
# benchmark-style runs of `python main.py` with the real HOME on the same machine at the
# same time, not from a test; `benchmarks.user_env()` now keeps `make bench` out of it.)
WATCHED_HOME = (".config", ".local/share", ".local/state", ".cache")
# (Not Qt's "Unknown Organization": the session names itself, and on a shared machine
# that folder is written by other suites.)
WATCHED_NAMES = re.compile(r"meetup|organi[sz]er|keyring", re.IGNORECASE)
# Straight into /tmp: any fixed name a test spells out as a string literal.
TESTS = Path(__file__).resolve().parent
FIXED_TMP = re.compile(r"""["']/tmp/([^"'{}\s]+)["']""")
_ISOLATED: dict[str, Path] = {}
_outside: list[str] = []  # writes outside the isolated folder seen by the audit hook
_current: list[str] = [""]  # the test running now


def _stat_tree(root: Path) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    if not root.is_dir():
        return out
    for entry in root.iterdir():
        if not WATCHED_NAMES.search(entry.name):
            continue
        paths = [entry, *entry.rglob("*")] if entry.is_dir() else [entry]
        for p in paths:
            try:
                st = p.stat()
            except OSError:
                continue
            out[str(p)] = (st.st_mtime_ns, st.st_size)
    return out


def _snapshot() -> dict[str, tuple[int, int]]:
    """The real home's app/Qt files and /tmp's loose output files, with mtime and size."""
    out: dict[str, tuple[int, int]] = {}
    for sub in WATCHED_HOME:
        out.update(_stat_tree(REAL_HOME / sub))
    for source in TESTS.rglob("*.py"):
        for name in FIXED_TMP.findall(source.read_text(encoding="utf-8", errors="replace")):
            try:
                st = (REAL_TMP / name).stat()
            except OSError:
                continue
            out[str(REAL_TMP / name)] = (st.st_mtime_ns, st.st_size)
    return out


_ENV_KEYS = (
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "XDG_RUNTIME_DIR",
    "TMPDIR",
)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _audit(event: str, args: tuple) -> None:
    """Record a write this process makes outside the isolated folder (Python-level I/O)."""
    if event == "open":
        path, mode, flags = args
        if mode is not None:
            if not any(c in str(mode) for c in "wax+"):
                return
        elif not (flags or 0) & _WRITE_FLAGS:
            return
    elif event in ("os.mkdir", "os.remove", "os.rmdir", "os.rename"):
        # (path, [mode,] dir_fd) / (src, dst, src_dir_fd, dst_dir_fd)
        path = args[1] if event == "os.rename" else args[0]
        dir_fd = args[3] if event == "os.rename" else args[-1]
        if dir_fd is not None and not os.path.isabs(os.fsdecode(path)):
            return  # relative to a directory fd (shutil.rmtree): checked when that was opened
    else:
        return
    if isinstance(path, int) or path is None:
        return
    name = os.path.abspath(os.fsdecode(path))
    root = str(_ISOLATED.get("root", ""))
    if root and (name == root or name.startswith(root + os.sep)):
        return
    shots = str(_ISOLATED.get("artefacts", ""))
    if shots and (name == shots or name.startswith(shots + os.sep)):
        return  # screenshots asked for with ORGANISER_ARTEFACTS (`make screenshots`)
    if name.startswith(("/dev/", "/proc/")) or f"{os.sep}__pycache__{os.sep}" in name:
        return
    _outside.append(f"{_current[0] or 'collection'}: {event} {name}")


def pytest_configure(config: pytest.Config) -> None:
    root = Path(tempfile.mkdtemp(prefix="organiser-tests-", dir=REAL_TMP))
    _ISOLATED["root"] = root
    if os.environ.get("ORGANISER_ARTEFACTS"):  # resolved now: HOME and TMPDIR move below
        os.environ["ORGANISER_ARTEFACTS"] = str(Path(os.environ["ORGANISER_ARTEFACTS"]).resolve())
        _ISOLATED["artefacts"] = Path(os.environ["ORGANISER_ARTEFACTS"])
    _ISOLATED["saved_env"] = {k: os.environ.get(k) for k in _ENV_KEYS}  # type: ignore[assignment]
    _ISOLATED["snapshot"] = _snapshot()  # type: ignore[assignment]
    env = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_RUNTIME_DIR": root / "run",
        "TMPDIR": root / "tmp",
    }
    for key, path in env.items():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[key] = str(path)
        _ISOLATED[key] = path
    tempfile.tempdir = str(env["TMPDIR"])  # pytest's tmp_path lives here too
    # Qt: QSettings in every format and scope, and the names they are filed under.
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("meetup-organiser-tests")
    QCoreApplication.setApplicationName("meetup-organiser-tests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(root / "qsettings"))
    # Hypothesis keeps its examples and caches in the isolated folder, not the clone.
    from hypothesis import settings as hyp_settings
    from hypothesis.configuration import set_hypothesis_home_dir
    from hypothesis.database import DirectoryBasedExampleDatabase

    set_hypothesis_home_dir(root / "hypothesis")

    hyp_settings.register_profile(
        "isolated", database=DirectoryBasedExampleDatabase(root / "hypothesis")
    )
    hyp_settings.load_profile("isolated")
    sys.addaudithook(_audit)
    _configure_seed(config)
    _configure_order(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    # Put the environment back (pytest can run again in this process, as mutmut does).
    saved: dict[str, str | None] = _ISOLATED.pop("saved_env", {})  # type: ignore[assignment]
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    tempfile.tempdir = None
    root = _ISOLATED.pop("root", None)
    if root is not None and not os.environ.get("ORGANISER_TEST_KEEP_TMP"):
        shutil.rmtree(root, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [
        f"isolated HOME/XDG/TMPDIR/QSettings: {_ISOLATED.get('root')}",
        f"seed: {config.stash.get(SEED_KEY, None)} (ORGANISER_TEST_SEED=N replays it); "
        f"order: {'shuffled' if os.environ.get('ORGANISER_TEST_SHUFFLE') else 'fixed'}",
    ]


@pytest.fixture(scope="session", autouse=True)
def isolated_home() -> Iterator[dict[str, Path]]:
    """Every test runs with HOME, XDG folders, TMPDIR and QSettings in one temp folder."""
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        assert os.environ[key] == str(_ISOLATED[key]), f"{key} was changed: {os.environ[key]}"
    from PySide6.QtCore import QSettings

    probe = QSettings()
    assert probe.fileName().startswith(str(_ISOLATED["root"])), probe.fileName()
    yield dict(_ISOLATED)  # type: ignore[arg-type]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    _current[0] = item.nodeid
    yield
    _current[0] = ""


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("ORGANISER_TEST_OUTSIDE_CHECK") == "0":
        return  # e.g. mutmut's many runs on a machine where other suites write ~/.config
    before = _ISOLATED.get("snapshot") or {}
    after = _snapshot()
    changed = sorted(p for p, v in after.items() if before.get(p) != v)  # type: ignore[union-attr]
    if changed:
        lines = "\n  ".join(changed[:20])
        session.config.get_terminal_writer().line(
            f"\nFAILED isolation: the suite wrote outside its temporary folder:\n  {lines}",
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# --------------------------------------------------------------------------- seeds and order

SEED_KEY = pytest.StashKey[int]()


def _configure_seed(config: pytest.Config) -> None:
    """One seed for the run: ORGANISER_TEST_SEED, or a fresh one printed in the header."""
    given = os.environ.get("ORGANISER_TEST_SEED")
    seed = int(given) if given else random.SystemRandom().randrange(2**32)
    config.stash[SEED_KEY] = seed
    if config.pluginmanager.hasplugin("randomly"):
        config.option.randomly_seed = seed  # reseeds `random` before each test from it
    if hasattr(config.option, "hypothesis_seed") and given:
        config.option.hypothesis_seed = seed


def _configure_order(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("randomly") and not os.environ.get("ORGANISER_TEST_SHUFFLE"):
        config.option.randomly_reorganize = False


@pytest.fixture
def test_seed(request: pytest.FixtureRequest) -> int:
    """A seed for this test, derived from the run's; shown with any failure."""
    seed = (request.config.stash[SEED_KEY] + sum(map(ord, request.node.nodeid))) % 2**32
    request.node.user_properties.append(("seed", seed))
    return seed


# --------------------------------------------------------------------------- CI: skips fail

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# The only skips CI accepts: a parameter combination that does not apply, the stress run,
# and platform limits CI (Linux) never hits.
LEGITIMATE_SKIP = re.compile(
    r"^(not applicable: |only in `make stress`|SIGKILL is POSIX|POSIX permissions)"
)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    seed = dict(item.user_properties).get("seed")
    if report.failed and seed is not None:
        report.sections.append(("seed", f"test_seed={seed} (run seed in the header)"))
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        if not LEGITIMATE_SKIP.search(reason):
            report.outcome = "failed"
            report.longrepr = f"CI=true: a skip here means something is missing: {reason}"
    if report.when == "teardown":
        mine = [w for w in _outside if w.startswith(item.nodeid + ":")]
        if mine and report.passed:
            report.outcome = "failed"
            report.longrepr = "wrote outside the temporary folder:\n" + "\n".join(mine[:10])
