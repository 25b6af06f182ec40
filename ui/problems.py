"""Bugs in the GUI: logged (organiser.logs) and shown in one box that says where the log is.

A user's mistake is an :class:`organiser.errors.OrganiserError` and is shown by
the page that caused it; anything else is a bug. Its message never carries the
exception's own text (SQL, someone's name): the type, and the log file's path.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organiser.logs import log_unexpected, shown_path

_showing = False


def unexpected_text(exc: BaseException) -> str:
    """The box text: the bug's type and where the log file is."""
    return (
        QCoreApplication.translate(
            "Problems", "Something went wrong (%1). The details are in the log file:\n%2"
        )
        .replace("%1", type(exc).__name__)
        .replace("%2", shown_path())
    )


def show_unexpected(parent: QWidget | None, title: str, exc: BaseException, what: str) -> None:
    """Log ``exc`` as a bug in ``what`` and tell the user, once at a time."""
    global _showing
    log_unexpected(what, exc)
    if _showing:  # a second failure while the first box is open: logged only
        return
    _showing = True
    try:
        QMessageBox.critical(parent, title, unexpected_text(exc))
    finally:
        _showing = False


def install_excepthook() -> None:
    """Exceptions escaping a slot (Qt would print them to a console nobody sees)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        title = app.applicationName() if app is not None else ""
        show_unexpected(parent, title, exc, "the window")

    sys.excepthook = hook
