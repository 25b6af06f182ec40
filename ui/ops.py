"""The one door to the database: every read and write of the GUI passes through here.

Each job runs on a thread pool with a session of its own (one unit of work:
commit on success, roll back on error); its result or error comes back on the
GUI thread. After a job that wrote something, :attr:`Runner.changed` carries
the :class:`~organiser.changes.ChangeSet` it made, and pages reload by kind.

    rows = ctx.ops.call(lambda s: agenda.list_sessions(s, event_id))   # waits, GUI alive
    ctx.ops.submit(lambda s: overview.build(s, eid), on_done=self.show)  # returns at once
    ctx.ops.long(self, title, lambda s, progress: make(s, progress=progress), on_done)

``call`` is for a click that needs the answer before it can go on: the GUI
keeps painting and its timers keep running while the job runs (events are
processed while it waits; deferred deletions are not), keyboard and mouse
wait until the answer is in, so nothing is clicked twice. ``long`` shows a
progress dialog with Cancel.

After about 300 ms without an answer the window shows that it is busy
(:attr:`Runner.busy`). No other module of ``ui/`` opens a session (a test checks).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organiser.changes import ChangeSet, track
from organiser.errors import OrganiserError
from ui.workers import Cancelled, run_job

__all__ = ["Cancelled", "Runner", "one_line", "show_error"]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from organiser.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)
BUSY_AFTER_MS = 300


def one_line(exc: BaseException) -> str:
    """What a person reads about a failed job: one line, never SQL or a traceback."""
    if isinstance(exc, OrganiserError):
        return exc.message
    return QCoreApplication.translate(
        "Ops", "Something went wrong (%1); nothing was changed. Details are in the log."
    ).replace("%1", exc.__class__.__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, OrganiserError):
        QMessageBox.warning(parent, title, one_line(exc))
    else:
        from organiser.logs import log_unexpected

        log_unexpected(title or "a background job", exc)  # the stack goes to the log file
        QMessageBox.critical(parent, title, one_line(exc))


class Runner(QObject):
    """Runs jobs against one store off the GUI thread; see the module text."""

    changed = Signal(object)  # ChangeSet, on the GUI thread, after a write
    busy = Signal(bool)  # True once a job has taken longer than BUSY_AFTER_MS

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(3)
        self._in_flight = 0
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.gui_thread = threading.current_thread()
        self._plain: set[Callable[..., Any]] = set()  # jobs that open no session
        self._pump = QEventLoop(self)  # only its processEvents, never exec()

    # -- the work itself (on a pool thread) --------------------------------------------
    def _in_session(self, fn: Callable[..., T], *args: Any) -> tuple[T, ChangeSet]:
        if fn in self._plain:
            return fn(*args), ChangeSet()
        with self.store.session() as s, track(s) as collected:
            result = fn(s, *args)
        return result, collected.result

    # -- starting and finishing ----------------------------------------------------------
    def _started(self) -> None:
        self._in_flight += 1
        if self._in_flight == 1:
            self._busy_timer.start()

    def _finished(self) -> None:
        self._in_flight -= 1
        if self._in_flight <= 0:
            self._in_flight = 0
            self._busy_timer.stop()
            if self._busy_shown:
                self._busy_shown = False
                QApplication.restoreOverrideCursor()
                self.busy.emit(False)

    def _show_busy(self) -> None:
        if self._in_flight and not self._busy_shown:
            self._busy_shown = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busy.emit(True)

    def _deliver(self, outcome: tuple[Any, ChangeSet]) -> Any:
        result, changes = outcome
        if changes:
            self.changed.emit(changes)
        return result

    def announce(self, changes: ChangeSet) -> None:
        """Tell the pages about a change that did not come from a job (a restore)."""
        if changes:
            self.changed.emit(changes)

    def submit(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        parent: QWidget | None = None,
        title: str = "",
    ) -> Any:
        """Run ``fn(session)`` and return at once; ``on_done(result)`` on the GUI thread."""
        self._started()

        def done(outcome: Any) -> None:
            result = self._deliver(outcome)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, title or QApplication.applicationName(), exc)

        return run_job(
            parent,
            title,
            lambda _progress: self._in_session(fn),
            done,
            failed,
            show_dialog=False,
            pool=self.pool,
            on_finish=self._finished,
        )

    def call_plain(self, fn: Callable[[], T]) -> T:
        """Like :meth:`call` for work that opens no session (a file copy, a restore)."""
        self._plain.add(fn)
        try:
            return self.call(fn)  # type: ignore[arg-type]
        finally:
            self._plain.discard(fn)

    def call(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` off the GUI thread and return its result (or raise)."""
        if threading.current_thread() is not self.gui_thread or QCoreApplication.instance() is None:
            # Already off the GUI thread, or no event loop at all (a script): run here.
            return self._deliver(self._in_session(fn))  # type: ignore[no-any-return]
        box: dict[str, Any] = {}

        def done(result: Any) -> None:
            box["result"] = result

        def failed(exc: BaseException) -> None:
            box["error"] = exc

        self.submit(fn, done, failed)
        # Not a nested exec(): processEvents never runs deferred deletions, so no
        # widget that is being shown or edited up the stack is deleted under it.
        # (QEventLoop's own processEvents: PySide6 6.12's static QCoreApplication
        # .processEvents drops a reference to None on every call.)
        flags = (
            QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        )
        while not box:
            self._pump.processEvents(flags)
        if "error" in box:
            raise box["error"]
        return box["result"]  # type: ignore[no-any-return]

    def long(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[Session, Callable[[int, int], None]], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        session: bool = True,
        on_cancel: Callable[[], None] | None = None,
    ) -> Any:
        """A job with a progress dialog and Cancel: ``fn(session, progress(done, total))``.

        Cancel rolls the job's transaction back, then ``on_cancel()``.
        ``session=False`` for work that needs no database (a file copy): ``fn(None, progress)``.
        """
        self._started()

        def work(progress: Callable[[int, int], None]) -> tuple[Any, ChangeSet]:
            if session:
                return self._in_session(fn, progress)
            return fn(None, progress), ChangeSet()  # type: ignore[arg-type]

        def done(outcome: Any) -> None:
            on_done(self._deliver(outcome))

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, title, exc)

        return run_job(
            parent,
            title,
            work,
            done,
            failed,
            pool=self.pool,
            on_finish=self._finished,
            on_cancel=on_cancel,
        )

    # -- waiting (closing the window, tests) ------------------------------------------
    @property
    def idle(self) -> bool:
        return self._in_flight == 0

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Let queued jobs finish and their answers arrive; False on timeout."""
        deadline = QDeadlineTimer(timeout_ms)
        while not self.idle and not deadline.hasExpired():
            self._pump.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            with contextlib.suppress(RuntimeError):
                self.pool.waitForDone(5)
        return self.idle
