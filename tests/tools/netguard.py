"""Block and record every attempt to open a network connection from Python code."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkAttempt(OSError):
    pass


@contextmanager
def no_network(monkeypatch, allow_ports: tuple[int, ...] = ()) -> Iterator[list[str]]:
    """Within the block, connecting a network socket is refused and recorded.

    ``allow_ports`` lets the test's own PostgreSQL through (team mode is the one
    connection the user asks for). Local (AF_UNIX) sockets are not network.
    """
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def allowed(sock: socket.socket, address: object) -> bool:
        if sock.family not in NETWORK_FAMILIES:
            return True
        port = address[1] if isinstance(address, tuple) and len(address) > 1 else None
        return port in allow_ports

    def connect(self, address):
        if allowed(self, address):
            return real_connect(self, address)
        attempts.append(f"connect {address!r}")
        raise NetworkAttempt(f"network blocked by the test: {address!r}")

    def connect_ex(self, address):
        if allowed(self, address):
            return real_connect_ex(self, address)
        attempts.append(f"connect_ex {address!r}")
        raise NetworkAttempt(f"network blocked by the test: {address!r}")

    def create_connection(address, *args, **kwargs):
        attempts.append(f"create_connection {address!r}")
        raise NetworkAttempt(f"network blocked by the test: {address!r}")

    def getaddrinfo(host, port, *args, **kwargs):
        if port in allow_ports or host in (None, "localhost", "127.0.0.1", "::1"):
            return real_getaddrinfo(host, port, *args, **kwargs)
        attempts.append(f"getaddrinfo {host!r}:{port!r}")
        raise socket.gaierror(f"name lookup blocked by the test: {host!r}")

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
