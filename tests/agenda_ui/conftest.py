"""GUI tests of the agenda and stream pages: a fake keyring, the demo at a fixed date.

The pages go through the same core functions the engine tests cover on both
SQLite and PostgreSQL, so the GUI tests run on SQLite only.
"""

from __future__ import annotations

import pytest

from tests.agenda import conftest as agenda_fixtures

# The same fixtures as the core tests: never the machine's keyring.
fake_keyring = agenda_fixtures.fake_keyring
no_keyring = agenda_fixtures.no_keyring


@pytest.fixture
def ctx(sqlite_store):
    from organiser import events
    from organiser.demo import create_demo
    from organiser.timeutil import local
    from ui.context import AppContext

    with sqlite_store.session() as s:
        ev = create_demo(s)
        events.update_event(s, ev.id, starts_at=local("Europe/Rome", 2026, 12, 10, 18, 30))
        ev_id = ev.id
    context = AppContext(sqlite_store)
    context.current_event_id = ev_id
    return context
