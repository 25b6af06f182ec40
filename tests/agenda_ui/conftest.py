"""GUI tests of the agenda and stream pages: a fake keyring, the demo at a fixed date."""

from __future__ import annotations

import pytest

from tests.agenda import conftest as agenda_fixtures

# The same fixtures as the core tests: never the machine's keyring.
fake_keyring = agenda_fixtures.fake_keyring
no_keyring = agenda_fixtures.no_keyring
fixed_demo = agenda_fixtures.fixed_demo


@pytest.fixture
def ctx(fixed_demo):
    from ui.context import AppContext

    store, ev_id = fixed_demo
    context = AppContext(store)
    context.current_event_id = ev_id
    return context
