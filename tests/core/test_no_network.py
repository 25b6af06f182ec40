"""The app opens no network connection on its own.

Every Python socket connect, name lookup and create_connection is blocked and
recorded while the demo is made and every output produced; nothing may even
try. (The GUI half is tests/ui/test_no_network_gui.py.) On PostgreSQL the
connection to the team server itself is the one allowed.
"""

from __future__ import annotations

import socket

import pytest
from sqlalchemy.engine import make_url

from tests.tools.netguard import no_network
from tests.tools.outputs import OUTPUTS, available_commands, produce, run_cli


def test_the_guard_really_blocks(monkeypatch):
    with no_network(monkeypatch) as attempts:
        with pytest.raises(OSError):
            socket.create_connection(("example.org", 443), timeout=1)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            with pytest.raises(OSError):
                s.connect(("192.0.2.1", 80))
        finally:
            s.close()
    assert len(attempts) == 2


def test_demo_outputs_backup_and_restore_touch_no_network(db_url, monkeypatch, tmp_path):
    sqlite = "://" not in db_url
    allow = () if sqlite else (make_url(db_url).port or 5432,)
    with no_network(monkeypatch, allow_ports=allow) as attempts:
        code, out, err = run_cli(["--db", db_url, "demo"])
        assert code == 0, err
        event_id = int(out.strip())
        assert run_cli(["--db", db_url, "events"])[0] == 0
        made = []
        for output in OUTPUTS:
            assert output.name in available_commands(), f"the `{output.name}` command is missing"
            if output.kind == "sqlite" and not sqlite:
                continue
            produce(db_url, event_id, output, tmp_path)
            made.append(output.name)
        if sqlite:
            copy = tmp_path / "backup.sqlite"
            assert run_cli(["--db", db_url, "restore", str(copy)])[0] == 0
            made.append("restore")
    expected = {o.name for o in OUTPUTS if sqlite or o.kind != "sqlite"}
    assert set(made) == expected | ({"restore"} if sqlite else set())
    assert attempts == [], f"tried to reach the network: {attempts}"
