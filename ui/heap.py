"""Keep Python's full garbage collections out of the user's way.

A full (generation 2) collection walks every object the program holds and keeps
the interpreter to itself while it does: with the window, its pages and the
libraries loaded that is 100–160 ms, on whichever thread happened to allocate
last (a job reading rows counts too), so the GUI froze for that long at random
moments — the longest stalls ``make bench``'s GUI latency run recorded.

The long-lived objects (modules, the window, each page once built) are moved out
of the collector's sight with ``gc.freeze()`` right after they are made, so a
full collection only walks what is young. What is frozen is not lost: an object
freed by its reference count is freed as always; only cycles among frozen
objects wait, and those are collected whole when the app goes to the background
(the user is looking elsewhere), after which the survivors are frozen again.

The policy is switched on by the application (:func:`enable`, from
``ui.app.run_gui``) and by the latency benchmark that measures it; a test that
builds a window without it keeps Python's default collector.
"""

from __future__ import annotations

import contextlib
import gc

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

_enabled = False
_watcher: QObject | None = None


def enabled() -> bool:
    return _enabled


def settle() -> None:
    """Collect the young generations, then freeze everything that survived."""
    if _enabled:
        gc.collect(1)
        gc.freeze()


def settle_soon() -> None:
    """:func:`settle` once the event loop is back (after the new page has drawn)."""
    if _enabled:
        QTimer.singleShot(0, settle)


def full_collect() -> int:
    """Unfreeze, collect everything, freeze what is left; the objects collected."""
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    return found


def _state_changed(state: Qt.ApplicationState) -> None:
    if state != Qt.ApplicationState.ApplicationActive:
        full_collect()


def enable() -> None:
    """Switch the policy on for this process (idempotent); freezes what exists now."""
    global _enabled, _watcher
    _enabled = True
    app = QGuiApplication.instance()
    if _watcher is None and isinstance(app, QGuiApplication):
        _watcher = app
        app.applicationStateChanged.connect(_state_changed)
    settle()


def disable() -> None:
    """Back to Python's default collector (tests; a window closed for good)."""
    global _enabled, _watcher
    _enabled = False
    if _watcher is not None:
        with contextlib.suppress(RuntimeError, TypeError):
            _watcher.applicationStateChanged.disconnect(_state_changed)  # type: ignore[attr-defined]
        _watcher = None
    gc.unfreeze()
