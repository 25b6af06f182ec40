"""Fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL.

Set ORGANISER_TEST_DATABASE_URL to a PostgreSQL URL to run every store test
against a real server too; `.ci/run` does that.
"""

from __future__ import annotations

import os
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
