"""GUI tests of the agenda and stream pages: a fake keyring, the demo at a fixed date."""

from __future__ import annotations

import pytest

from tests.agenda.conftest import MemoryKeyring  # noqa: F401 - re-exported for tests
from tests.agenda.conftest import fake_keyring, fixed_demo, no_keyring  # noqa: F401


@pytest.fixture
def ctx(fixed_demo):
    from ui.context import AppContext

    store, ev_id = fixed_demo
    context = AppContext(store)
    context.current_event_id = ev_id
    return context
