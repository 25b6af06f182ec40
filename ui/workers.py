"""Long jobs off the UI thread, with a cancellable progress dialog.

The job is a plain function from the core that takes a ``progress(done, total)``
callback; the callback raises :class:`Cancelled` once the user presses Cancel,
so the core stops cleanly (its transaction rolls back). Results and errors come
back on the UI thread through ``on_done`` / ``on_error``.

    run_job(self, self.tr("Making badges…"), lambda progress: make(..., progress=progress),
            on_done=lambda result: ..., on_error=lambda exc: ...)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a job's progress callback when the user cancelled."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self._emit(self.signals.progress, done, total)

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except BaseException as exc:  # delivered to the UI thread, shown there
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # The window (and the signals' receivers) may be gone when the user quit
        # while the job ran: the result has nobody to go to, which is fine.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


_running: set[_Job] = set()


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    show_dialog: bool = True,
    pool: QThreadPool | None = None,
    on_finish: Callable[[], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> _Job:
    """Start ``fn(progress)`` on the thread pool and return the job handle.

    Work that touches the database goes through :class:`ui.ops.Runner`, which
    opens the session and broadcasts the changes; this is its engine.
    """
    job = _Job(fn)
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(
            title, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            job.cancelled = True

        dialog.canceled.connect(cancel)

        def progress(done: int, total: int) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        job.signals.progress.connect(progress)

    def finish() -> None:
        _running.discard(job)
        if on_finish is not None:
            on_finish()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            if on_cancel is not None:
                on_cancel()
            return
        if on_error is not None:
            on_error(exc)
        else:
            from organiser.errors import OrganiserError
            from ui.ops import show_error
            from ui.problems import show_unexpected

            if isinstance(exc, OrganiserError):
                show_error(parent, title, exc)
            else:  # a bug: logged, and the box says where the log file is
                show_unexpected(parent, title, exc, "a background job")

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    _running.add(job)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
