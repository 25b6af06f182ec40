"""QApplication set-up: language, style, the single-instance lock, the main window.

The window is shown before the database opens (in a worker thread), so the
program answers at once even when the store needs a migration or lives on a
slow network server; the sidebar fills in when the store is ready.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from organiser import APP_ID
from ui.main_window import APP_NAME, MainWindow

__all__ = ["MainWindow", "run_gui"]

ORG = "meetup-organiser"


def _quit_when_idle(app: QApplication, window: MainWindow) -> None:
    """For the startup benchmark: report and quit once the window is idle."""
    mode = os.environ.get("ORGANISER_BENCH_EXIT")
    if not mode:
        return

    def done() -> None:
        print("BENCH_READY", flush=True)
        app.quit()

    if mode == "shown":
        QTimer.singleShot(0, done)
    else:  # "data": after the store is attached and the first page has drawn
        window.store_attached.connect(lambda: QTimer.singleShot(0, done))


def split_db_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--db X`` / ``--db=X`` for us, everything else for Qt (argparse costs startup time)."""
    db: str | None = None
    rest: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg == "--db":
            db = next(it, None)
        elif arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return db, rest


def run_gui(argv: list[str], *, start_logging: bool = False) -> int:
    """Open the window; ``start_logging``: start the log file as the database opens (main.py)."""
    from ui import single_instance

    db_arg, qt_args = split_db_option(argv)
    open_file, qt_args = single_instance.split_open_file(qt_args)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # taskbars match the window to the menu entry and icon
    if single_instance.hand_over(db_arg, open_file):
        return 0  # the running window came forward with our database and file
    from ui import i18n, theme

    settings = QSettings()
    i18n.install(app, i18n.choose_language(settings))
    theme.apply_theme(app, theme.chosen_theme(settings))
    window = MainWindow(None, settings)
    window.show()
    from ui import heap

    heap.enable()  # full garbage collections off the GUI's path (see ui/heap.py)
    window.instance_server = single_instance.InstanceServer(window)  # type: ignore[attr-defined]
    if open_file:
        single_instance.open_file_when_ready(window, open_file)
    _quit_when_idle(app, window)
    last = settings.value("database/last")
    db = db_arg or (str(last) if last else None)
    # Open the database once the window has painted: a worker thread started
    # earlier would compete with the first paint for the interpreter.
    QTimer.singleShot(
        0,
        lambda: _open_async(window, db, explicit=db_arg is not None, start_logging=start_logging),
    )

    code = app.exec()
    return int(code)


#: Core modules the sidebar and the Overview need: imported by the worker that opens
#: the database (SQLAlchemy's mappers, babel), not by the GUI thread when it fills in.
FIRST_PAGE_CORE = (
    "organiser.models",
    "organiser.changes",
    "organiser.events",
    "organiser.overview",
    "organiser.checklists",
    "organiser.series",
    "organiser.snapshot",
    "organiser.i18n",
)


def _import_first_page_core() -> None:
    import importlib

    for name in FIRST_PAGE_CORE:
        importlib.import_module(name)


def _open_async(
    window: MainWindow, db: str | None, *, explicit: bool, start_logging: bool = False
) -> None:
    from ui.main_window import open_store
    from ui.workers import run_job

    # The log file and the crash dialog's hook cost start-up time (logging.handlers,
    # the log's first line): the worker that opens the database starts the log and
    # imports the hook, which is installed when the answer is back. Until then
    # Python's default hook prints anything unexpected on stderr.
    def job(_progress: object) -> object:
        if start_logging:
            from organiser.logs import setup_logging

            setup_logging("gui")  # thread-safe; the log's first line names the GUI
        import ui.problems  # noqa: F401 - imported here, installed on the GUI thread

        opened = open_store(db)
        _import_first_page_core()
        return opened

    def opened(result: object) -> None:
        from ui.fonts import install_bundled_fonts
        from ui.problems import install_excepthook

        install_excepthook()
        store, lock = result  # type: ignore[misc]
        # Fonts for every script, on the GUI thread (adding them from the worker
        # crashed Qt), after the first paint but before any name is shown.
        install_bundled_fonts()
        window.attach(store, lock)
        from ui.recent import remember_database

        remember_database(window.settings, store.url)

    def failed(exc: BaseException) -> None:
        from organiser.errors import OrganiserError
        from ui.problems import install_excepthook, log_unexpected, unexpected_text

        install_excepthook()
        if not isinstance(exc, OrganiserError):
            log_unexpected("opening the database", exc)
        message = exc.message if isinstance(exc, OrganiserError) else unexpected_text(exc)
        if not explicit and db is not None:
            # The remembered database is gone or busy: fall back to the default one.
            QMessageBox.warning(window, APP_NAME, message)
            _open_async(window, None, explicit=True)
            return
        QMessageBox.critical(window, APP_NAME, message)
        window.close()
        QApplication.exit(1)

    run_job(window, APP_NAME, job, opened, failed, show_dialog=False)
