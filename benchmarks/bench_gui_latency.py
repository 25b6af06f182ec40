"""GUI thread stalls against a team PostgreSQL 25 ms away: the heartbeat's longest gaps.

Drives the real window against PostgreSQL (ORGANISER_TEST_DATABASE_URL, as
`.ci/postgres.sh start` sets it) directly and through a small loopback TCP proxy
(a process of its own, as a network would be) that holds every chunk 25 ms in
each direction: switch through every page,
open and close every editor, import an RSVP file, tick a checklist item, check
a person in, undo. A 10 ms QTimer on the GUI thread records the gaps between
its ticks; a frozen GUI shows as a long gap. Prints p95 and max per run.
Without a PostgreSQL URL it says so and measures SQLite only.
"""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
DELAY = 0.025
SAMPLE = ROOT / "tests" / "data" / "attendees" / "meetup-attendees.csv"


class DelayProxy:
    """Forward 127.0.0.1:<port> to ``upstream``, each chunk held ``delay`` seconds."""

    def __init__(self, host: str, port: int, delay: float) -> None:
        self.upstream, self.delay = (host, port), delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        # One reader, one writer per direction: order kept, each chunk sent `delay` later.
        import queue

        q: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def writer() -> None:
            while True:
                due, data = q.get()
                if not data:
                    break
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                try:
                    dst.sendall(data)
                except OSError:
                    break
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

        threading.Thread(target=writer, daemon=True).start()
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            q.put((time.perf_counter() + self.delay, data))
            if not data:
                return

    def close(self) -> None:
        self.closed = True
        self.listener.close()


class ProxyProcess:
    """A :class:`DelayProxy` in a process of its own.

    In the measured process its dozen relay threads would queue for the same
    interpreter lock as the GUI thread and show up as GUI stalls that a real
    network never causes.
    """

    def __init__(self, host: str, port: int, delay: float) -> None:
        import subprocess
        import sys

        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--proxy", host, str(port), str(delay)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def _drive(url: str) -> list[float]:
    """Run the scripted session; the heartbeat gaps in milliseconds."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from organiser import checkin
    from organiser.demo import create_demo
    from organiser.store import Store
    from ui.main_window import PAGES, MainWindow

    _app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="organiser-bench-gui-"))
    store = Store(url)
    with store.session() as s:
        event_id = create_demo(s).id
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.resize(1280, 820)
    window.show()
    from ui import heap

    heap.enable()  # as ui.app.run_gui does
    ctx = window.ctx
    assert ctx is not None
    ctx.select_event(event_id)
    gaps: list[float] = []
    last = [time.perf_counter()]
    step = ["start"]
    worst: dict[str, float] = {}

    def beat() -> None:
        now = time.perf_counter()
        gap = (now - last[0]) * 1000
        gaps.append(gap)
        worst[step[0]] = max(worst.get(step[0], 0.0), gap)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)

    pump = QEventLoop()  # not QApplication.processEvents: PySide6 6.12 leaks None there

    def settle() -> None:
        ctx.ops.wait_idle()
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            pump.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)

    last[0] = time.perf_counter()
    heartbeat.start()
    for _round in range(2):
        for key in range(len(PAGES)):
            step[0] = f"page {PAGES[key][1]}" + (" (built)" if _round == 0 else "")
            window.show_page(key)
            settle()
    # every editor, opened and closed
    from ui.dialogs.event_dialog import CopyEventDialog, EventDialog
    from ui.dialogs.session_dialog import SessionDialog
    from ui.dialogs.speaker_dialog import SpeakerDialog
    from ui.dialogs.venue_dialog import VenueDialog

    sessions = ctx.ops.call(
        lambda s: [x.id for x in __import__("organiser.agenda").agenda.list_sessions(s, event_id)]
    )
    speaker_id, venue_id = ctx.ops.call(
        lambda s: (
            __import__("organiser.speakers").speakers.list_speakers(s)[0].id,
            __import__("organiser.events").events.get_event(s, event_id).venue_id,
        )
    )
    for make in (
        lambda: EventDialog(ctx, event_id, window),
        lambda: CopyEventDialog(ctx, event_id, window),
        lambda: SessionDialog(ctx, event_id, sessions[0], window),
        lambda: SpeakerDialog(ctx, speaker_id, window),
        lambda: VenueDialog(ctx, venue_id, window),
    ):
        step[0] = "editor"
        dialog: QDialog = make()
        dialog.show()
        settle()
        dialog.reject()
        dialog.deleteLater()
        settle()
    # import, tick, check in, undo
    from ui.main_window import page_key

    step[0] = "import"
    window.show_page(page_key("AttendeesPage"))
    settle()
    page = window.pages[page_key("AttendeesPage")]
    wizard = page.open_import(str(SAMPLE))
    settle()
    if wizard is not None:
        wizard.start_import("auto", {}, False)
        settle()
        wizard.close()
    step[0] = "tick"
    window.show_page(page_key("ChecklistPage"))
    settle()
    checklist = window.pages[page_key("ChecklistPage")]
    first = next(iter(checklist._rows), None)
    if first is not None:
        checklist.tick(first, True)
        settle()
    step[0] = "check-in and undo"
    window.show_page(page_key("CheckinPage"))
    settle()
    door = window.pages[page_key("CheckinPage")]
    who = next(p for p in door.index.search("", limit=50) if p.checked_in_at is None)
    door.results.setCurrentRow(0)
    ctx.ops.call(lambda s: checkin.person(s, event_id, who.id))
    door.check_in_current()
    settle()
    ctx.undo_stack.undo()
    settle()
    heartbeat.stop()
    window.close()
    settle()
    _drive.worst = sorted(worst.items(), key=lambda kv: -kv[1])[:4]  # type: ignore[attr-defined]
    return gaps[1:]


def _summary(label: str, gaps: list[float]) -> str:
    gaps = sorted(gaps)
    p95 = gaps[int(len(gaps) * 0.95) - 1] if gaps else 0.0
    worst = ", ".join(f"{name} {ms:.0f}" for name, ms in getattr(_drive, "worst", []))
    return (
        f"{label}: heartbeat gaps p95 {p95:.0f} ms, max {max(gaps):.0f} ms "
        f"(median {statistics.median(gaps):.0f} ms, {len(gaps)} ticks; longest by step: {worst})"
    )


def _reset(url: str) -> None:
    from tests.conftest import reset_postgres

    reset_postgres(url)


def run() -> Iterator[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pg = os.environ.get("ORGANISER_TEST_DATABASE_URL", "")
    tmp = Path(tempfile.mkdtemp(prefix="organiser-bench-gui-"))
    yield _summary("SQLite file", _drive(str(tmp / "o.sqlite")))
    if not pg:
        yield 'PostgreSQL: not measured (start one: eval "$(.ci/postgres.sh start DIR)")'
        return
    _reset(pg)
    yield _summary("PostgreSQL, loopback", _drive(pg))
    url = make_url(pg)
    proxy = ProxyProcess(url.host or "127.0.0.1", url.port or 5432, DELAY)
    try:
        _reset(pg)
        slow = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        yield _summary(f"PostgreSQL, +{DELAY * 1000:.0f} ms each way", _drive(slow))
    finally:
        proxy.close()


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--proxy"]:  # ProxyProcess: relay until killed
        relay = DelayProxy(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
        print(relay.port, flush=True)
        threading.Event().wait()
    sys.path.insert(0, str(ROOT))
    for line in run():
        print(line, flush=True)
