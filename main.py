"""Meetup Organiser: no arguments opens the app; a sub-command runs the CLI."""

from __future__ import annotations

import os
import sys
from typing import Any

#: Set to a number of milliseconds to open the GUI, report its windows on stdout and
#: quit by itself once no background job runs: how the installer test proves a frozen
#: bundle starts (no display needed with QT_QPA_PLATFORM=offscreen).
SMOKE_QUIT_ENV = "MEETUP_ORGANISER_SMOKE_QUIT_MS"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # `--db X` alone (no command) still means: open the GUI on that database; a CSV
    # file (the menu entry's "Open with", %f) opens the GUI's import wizard on it.
    if args and not _only_gui_arguments(args):
        from organiser.cli import run
        from organiser.logs import setup_logging

        if args[0] not in ("--version", "-h", "--help"):
            setup_logging("cli")
        return run(args)
    from ui.app import run_gui

    timer = _arm_smoke_quit()
    try:
        # The GUI starts its log once the window is on screen (start-up time).
        return run_gui(args, start_logging=True)
    finally:
        if timer is not None:  # the app may live on (tests): leave no timer behind
            timer.stop()
            timer.deleteLater()


#: What a file manager may hand over for "Open with": an RSVP export to import.
OPEN_FILE_SUFFIXES = (".csv", ".tsv", ".txt")


def _only_gui_arguments(args: list[str]) -> bool:
    """True for ``[--db X] [FILE.csv]``: no sub-command (those never end in .csv)."""
    rest = list(args)
    if rest[:1] == ["--db"] and len(rest) >= 2:
        rest = rest[2:]
    elif rest and rest[0].startswith("--db="):
        rest = rest[1:]
    if not rest:
        return True
    return len(rest) == 1 and rest[0].lower().endswith(OPEN_FILE_SUFFIXES)


def _arm_smoke_quit() -> Any:
    value = os.environ.get(SMOKE_QUIT_ENV, "").strip()
    if not value:
        return None
    try:
        delay = max(0, int(value))
    except ValueError:
        print(f"error: {SMOKE_QUIT_ENV} must be a number of milliseconds", file=sys.stderr)
        raise SystemExit(2) from None
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    # run_gui reuses an existing QApplication, so the timer lives in its event loop.
    app = QApplication.instance() or QApplication([sys.argv[0]])

    def busy() -> bool:
        if QThreadPool.globalInstance().activeThreadCount():
            return True
        # The window's database door (ui.ops.Runner) has a pool of its own.
        for widget in QApplication.topLevelWidgets():
            ops = getattr(getattr(widget, "ctx", None), "ops", None)
            if ops is not None and not getattr(ops, "idle", True):
                return True
        return False

    def report_and_quit() -> None:
        if busy():
            return  # a background job (e.g. opening the database) is running: next tick
        # A job that has just ended may not have delivered its answer yet (it is queued
        # for this thread): look again once that is through.
        QTimer.singleShot(200, lambda: None if busy() else report())

    reported: list[bool] = []

    def report() -> None:
        if reported:
            return  # an earlier tick's look already quit
        reported.append(True)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                icon = "icon" if not widget.windowIcon().isNull() else "no-icon"
                print(f"smoke: window {type(widget).__name__} {icon} {widget.windowTitle()!r}")
        print("smoke: quitting", flush=True)
        app.quit()

    # Repeating: a dialog run before the main loop (a first-run question, an error box)
    # ends at the first tick, the main window's loop at a later one.
    timer = QTimer(app)
    timer.setInterval(delay)
    timer.timeout.connect(report_and_quit)
    timer.start()
    return timer


if __name__ == "__main__":
    sys.exit(main())
