"""QApplication set-up and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from organiser import APP_NAME, __version__
from organiser.errors import OrganiserError
from organiser.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"{APP_NAME} — {store.display_name}")
        label = QLabel(self.tr("Meetup Organiser"))
        label.setAccessibleName(self.tr("Welcome"))
        self.setCentralWidget(label)
        self.resize(1100, 720)


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="meetup-organiser")
    parser.add_argument("--db")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        store = Store(args.db)
    except OrganiserError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    window = MainWindow(store)
    window.show()
    code = app.exec()
    store.close()
    return int(code)
