"""Agenda/stream tests never touch the machine's keyring: a dict stands in for it."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest

from organiser import secrets


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict; what the tests look into."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.data.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def fake_keyring():
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    secrets.forget_memory()
    try:
        yield fake
    finally:
        keyring.set_keyring(before)
        secrets.forget_memory()


@pytest.fixture
def no_keyring(fake_keyring):
    """A machine without any keyring (headless Linux without Secret Service)."""
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def fixed_demo(demo_store):
    """The demo meetup moved to Thursday 10 December 2026, 18:30 in Rome (CET, EST, IST).

    The demo is dated two weeks from today; tests that assert zone abbreviations
    need a date whose DST state does not depend on when they run.
    """
    from organiser import events
    from organiser.timeutil import local

    store, ev_id = demo_store
    with store.session() as s:
        events.update_event(s, ev_id, starts_at=local("Europe/Rome", 2026, 12, 10, 18, 30))
    return store, ev_id
