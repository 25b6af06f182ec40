"""Restore from damaged or random files: refused with a message, or restored whole.

A backup file can be cut short by a full USB stick or flipped by a bad disk.
Whatever the bytes, restore either refuses with OrganiserError and leaves the
database exactly as it was, or restores a file that passes integrity_check.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from organiser import backup
from organiser.demo import create_demo
from organiser.errors import OrganiserError
from organiser.models import Base
from organiser.store import Store

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("src")
    with Store(folder / "o.sqlite") as st_, st_.session() as s:
        create_demo(s)
    with Store(folder / "o.sqlite") as st_:
        return backup.backup_to(st_, folder / "b.sqlite").read_bytes()


damage = st.lists(
    st.tuples(st.integers(0, 300_000), st.binary(min_size=1, max_size=64)), min_size=1, max_size=6
)


@FUZZ
@given(cut=st.one_of(st.none(), st.integers(0, 300_000)), edits=damage)
@example(cut=100, edits=[(0, b"\x00")])  # cut inside the header
@example(cut=None, edits=[(28, b"\xff\xff\xff\xff")])  # impossible page count
# Text that is no longer UTF-8 is placed from the file's content in test_backup_faults.py.
def test_damaged_backup_is_refused_or_restored_whole(good_backup, tmp_path_factory, cut, edits):
    folder = Path(tmp_path_factory.mktemp("fz"))
    data = bytearray(good_backup[:cut] if cut is not None else good_backup)
    for offset, chunk in edits:
        if data:
            pos = offset % len(data)
            data[pos : pos + len(chunk)] = chunk
    src = folder / "damaged.sqlite"
    src.write_bytes(bytes(data))
    target = folder / "current.sqlite"
    target.write_bytes(good_backup)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    try:
        backup.restore(src, target)
    except OrganiserError as exc:
        event("refused")
        assert exc.message.strip()
        assert hashlib.sha256(target.read_bytes()).hexdigest() == before
        assert not list(folder.glob("*.restoring")) and not list(folder.glob("*.part"))
        return
    event("restored")
    assert backup.integrity_problem(target) is None
    with Store(target) as st_, st_.session() as s:  # and the app can read every record
        for mapper in Base.registry.mappers:
            s.scalars(select(mapper.class_)).all()


@FUZZ
@given(data=st.binary(max_size=5000))
def test_random_bytes_are_never_restored(tmp_path_factory, data):
    folder = Path(tmp_path_factory.mktemp("rb"))
    src = folder / "random.sqlite"
    src.write_bytes(data)
    target = folder / "current.sqlite"
    with pytest.raises(OrganiserError):
        backup.restore(src, target)
    assert not target.exists()
