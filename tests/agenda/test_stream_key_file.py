"""Stream keys where the machine has no keyring: an encrypted file opened with a passphrase.

The file is keyrings.cryptfile's (Argon2id + AES-GCM); these tests read it back
as bytes to check what a thief with the laptop's disk would find.
"""

from __future__ import annotations

import base64
import os
import stat

import keyring
import pytest
from sqlalchemy import select

from organiser import secrets
from organiser.errors import OrganiserError, ValidationError
from organiser.models import StreamLink

KEY = "live_7731_Zq-SECRET-FILE-KEY-0042"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def link_id(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        link = s.scalars(select(StreamLink).where(StreamLink.event_id == event_id)).first()
        return link.id


def test_key_survives_a_restart_with_the_file_and_the_passphrase(
    demo_store, link_id, no_keyring, tmp_path
):
    store, _ = demo_store
    path = tmp_path / "stream-keys.cfg"
    assert secrets.needs_passphrase() and not secrets.key_file_exists(path)
    secrets.unlock_key_file(PASSPHRASE, path)
    assert secrets.storage_kind() == "file" and not secrets.needs_passphrase()
    with store.session() as s:
        assert secrets.set_stream_key(s, link_id, KEY) == "file"
    secrets.forget_memory()  # the program closes: passphrase and cache are gone
    assert secrets.storage_kind() == "memory" and secrets.key_file_exists(path)
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) is None
    secrets.unlock_key_file(PASSPHRASE, path)  # a new keyring object reads the file
    with store.session() as s:
        assert secrets.has_stream_key(s, link_id)
        assert secrets.get_stream_key(s, link_id) == KEY
        secrets.delete_stream_key(s, link_id)
    secrets.forget_memory()
    secrets.unlock_key_file(PASSPHRASE, path)
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) is None
        assert not secrets.has_stream_key(s, link_id)


def test_a_locked_file_still_tells_which_links_have_a_key(
    demo_store, link_id, no_keyring, tmp_path, monkeypatch
):
    store, _ = demo_store
    path = tmp_path / "stream-keys.cfg"
    monkeypatch.setattr(secrets, "key_file_path", lambda: path)
    secrets.unlock_key_file(PASSPHRASE)
    with store.session() as s:
        secrets.set_stream_key(s, link_id, KEY)
    secrets.forget_memory()
    with store.session() as s:
        assert secrets.has_stream_key(s, link_id)  # the "Stream key" column says "set"
        assert secrets.get_stream_key(s, link_id) is None  # but nothing is readable
        other = s.scalars(select(StreamLink).where(StreamLink.id != link_id)).first()
        assert not secrets.has_stream_key(s, other.id)


def test_the_file_holds_no_plain_key_and_is_private(demo_store, link_id, no_keyring, tmp_path):
    store, _ = demo_store
    path = tmp_path / "stream-keys.cfg"
    secrets.unlock_key_file(PASSPHRASE, path)
    with store.session() as s:
        secrets.set_stream_key(s, link_id, KEY)
    data = path.read_bytes()
    assert KEY.encode() not in data
    assert b"SECRET" not in data
    assert base64.b64encode(KEY.encode())[:16] not in data
    assert PASSPHRASE.encode() not in data
    assert b"Argon2" in data  # keyrings.cryptfile's scheme, named in the file
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_wrong_passphrase_opens_nothing(demo_store, link_id, no_keyring, tmp_path):
    store, _ = demo_store
    path = tmp_path / "stream-keys.cfg"
    secrets.unlock_key_file(PASSPHRASE, path)
    with store.session() as s:
        secrets.set_stream_key(s, link_id, KEY)
    secrets.forget_memory()
    with pytest.raises(OrganiserError, match="does not open the stream key file"):
        secrets.unlock_key_file("correct horse battery stapler", path)
    assert secrets.needs_passphrase()
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) is None


def test_a_new_file_wants_a_real_passphrase(no_keyring, tmp_path):
    path = tmp_path / "stream-keys.cfg"
    with pytest.raises(ValidationError, match="at least 8 characters"):
        secrets.unlock_key_file("short", path)
    with pytest.raises(ValidationError):
        secrets.unlock_key_file("   ", path)
    assert not path.exists()


def test_keys_kept_in_memory_move_into_the_file_when_it_opens(
    demo_store, link_id, no_keyring, tmp_path
):
    store, _ = demo_store
    path = tmp_path / "stream-keys.cfg"
    with store.session() as s:
        assert secrets.set_stream_key(s, link_id, KEY) == "memory"
    secrets.unlock_key_file(PASSPHRASE, path)
    secrets.forget_memory()
    secrets.unlock_key_file(PASSPHRASE, path)
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) == KEY


@pytest.mark.parametrize("backend", ["PlaintextKeyring", "CryptFileKeyring"])
def test_file_keyrings_registered_with_keyring_are_not_the_system_keyring(
    demo_store, link_id, fake_keyring, backend, tmp_path
):
    """keyrings.cryptfile registers a plain-text file backend too: never written to."""
    from keyrings.cryptfile import cryptfile, file

    cls = {
        "PlaintextKeyring": file.PlaintextKeyring,
        "CryptFileKeyring": cryptfile.CryptFileKeyring,
    }
    plain = cls[backend]()
    plain.file_path = str(tmp_path / "would-be-plain.cfg")
    keyring.set_keyring(plain)
    assert secrets.storage_kind() == "memory"
    store, _ = demo_store
    with store.session() as s:
        assert secrets.set_stream_key(s, link_id, KEY) == "memory"
    assert not (tmp_path / "would-be-plain.cfg").exists()


def test_a_damaged_key_file_is_said_in_one_line(no_keyring, tmp_path):
    path = tmp_path / "stream-keys.cfg"
    path.write_bytes(b"\x00\x01 not a key file at all\n[[[\n")
    with pytest.raises(OrganiserError) as err:
        secrets.unlock_key_file(PASSPHRASE, path)
    assert "\n" not in err.value.message and "Traceback" not in err.value.message
    assert secrets.needs_passphrase()
