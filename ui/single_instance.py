"""One window per user: a second launch hands its arguments to the running one and exits.

The first program listens on a local socket (``QLocalServer``: a Unix socket, a
named pipe on Windows) whose name is derived from the user and their data
folders, so two people on one machine, or a test with its own HOME, never meet.
A later launch connects, sends one JSON line ``{"db": …, "file": …}`` and waits
for ``ok``; the running window comes to the front, opens that database if it is
another one, and opens the attendee import wizard on the file (the file
manager's "Open with" hands a CSV over this way).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

from organiser import APP_ID

#: Overrides the socket name (tests that want two instances to meet, or not).
NAME_ENV = "ORGANISER_INSTANCE_NAME"
CONNECT_MS = 400
REPLY_MS = 3000
OPEN_FILE_SUFFIXES = (".csv", ".tsv", ".txt")


def server_name() -> str:
    """One name per user and data folder: launches that share a database folder meet."""
    override = os.environ.get(NAME_ENV)
    if override:
        return override
    return _default_server_name()


@lru_cache(maxsize=1)
def _default_server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # The data folder is the home's unless one of these moves it (XDG on Linux, the
    # profile folders on Windows). Not platformdirs itself: importing it before the
    # window shows costs start-up time, and the name only has to tell folders apart.
    moved = "\0".join(os.environ.get(v, "") for v in ("XDG_DATA_HOME", "LOCALAPPDATA", "APPDATA"))
    key = f"{user}\0{Path.home()}\0{moved}".encode()
    return f"{APP_ID}-{hashlib.sha256(key).hexdigest()[:16]}"


def split_open_file(args: list[str]) -> tuple[str | None, list[str]]:
    """The file to open (a CSV from the file manager) and the arguments left for Qt."""
    for i, arg in enumerate(args):
        if not arg.startswith("-") and arg.lower().endswith(OPEN_FILE_SUFFIXES):
            return str(Path(arg).expanduser().absolute()), args[:i] + args[i + 1 :]
    return None, args


def hand_over(db: str | None, file: str | None) -> bool:
    """Give ``db`` and ``file`` to a running instance; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    if db is not None and "://" not in db:
        db = str(Path(db).expanduser().absolute())  # the other program has another cwd
    import json  # only when another window answers: not on the start-up path

    payload = json.dumps({"db": db, "file": file}).encode() + b"\n"
    socket.write(payload)
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches and brings ``window`` forward for them."""

    def __init__(self, window: QMainWindow, *, file_open_events: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        # Only this user may connect (the socket file is private on Unix).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        # macOS hands "Open With" files to the running app as QFileOpenEvent, not argv.
        # Only there: a filter on the application sees every event of the program.
        if file_open_events is None:
            file_open_events = sys.platform == "darwin"
        app = QApplication.instance()
        if app is not None and file_open_events:
            app.installEventFilter(self)
        name = server_name()
        if not self.server.listen(name):
            # A socket left by a program that crashed: nobody answered hand_over(), so
            # it is stale; remove it and listen again.
            QLocalServer.removeServer(name)
            self.server.listen(name)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path.lower().endswith(OPEN_FILE_SUFFIXES):
                self.deliver(None, path)
                return True
        return False

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            buf = bytearray()

            def read(sock: QLocalSocket = sock, buf: bytearray = buf) -> None:
                buf += bytes(sock.readAll().data())
                if b"\n" not in buf:
                    return
                line = bytes(buf).split(b"\n", 1)[0]
                try:
                    import json

                    request: dict[str, Any] = json.loads(line)
                except ValueError:
                    sock.disconnectFromServer()
                    return
                sock.write(b"ok\n")
                sock.flush()
                sock.disconnectFromServer()
                # Act after answering: opening a database or a wizard takes a moment.
                QTimer.singleShot(0, lambda: self.deliver(request.get("db"), request.get("file")))

            sock.readyRead.connect(read)
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                read()

    def deliver(self, db: str | None, file: str | None) -> None:
        """What a second launch asked for: this window in front, its database, its file."""
        raise_window(self.window)
        current = getattr(self.window, "store", None)
        if db and (current is None or not _same_database(current, db)):
            self.window.switch_database(db)  # type: ignore[attr-defined]
        if file:
            open_file_when_ready(self.window, file)


def _same_database(store: Any, db: str) -> bool:
    from organiser.store import resolve_url

    return bool(store.url == resolve_url(db))


def raise_window(window: QMainWindow) -> None:
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def open_file_when_ready(window: Any, path: str) -> None:
    """The import wizard on ``path`` for the current event, once a database is open."""

    def open_wizard() -> None:
        # The events are read by the runner: the current event is known once it is idle.
        ctx = getattr(window, "ctx", None)
        if ctx is not None:
            ctx.ops.wait_idle()
        window.import_attendees(path)

    if getattr(window, "store", None) is not None:
        QTimer.singleShot(0, open_wizard)
        return

    def attached() -> None:
        window.store_attached.disconnect(attached)
        QTimer.singleShot(0, open_wizard)

    window.store_attached.connect(attached)
