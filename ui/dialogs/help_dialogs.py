"""Help menu: the bundled user guide, the keyboard shortcuts, a problem report."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from organiser.resources import resource_path
from ui import fmt
from ui.fmt import targ

BUG_TRACKER = "https://github.com/meetup-organiser/meetup-organiser/issues"


def guide_file(language: str) -> Path:
    """The guide in ``language`` when it is translated, else the English one."""
    own = resource_path("guide", f"{language}.md")
    return own if own.is_file() else resource_path("guide", "en.md")


class UserGuideDialog(QDialog):
    """The offline guide (Markdown shipped in resources/guide), in the interface language."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(720, 640)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.path = guide_file(language or fmt.language())
        try:
            self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        lay.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker and trailing ellipsis."""
    # "&&" is a literal ampersand; "& " (as in "Venue & Stream") is no mnemonic either.
    plain = re.sub(r"&(?=[^&\s])", "", text.replace("&&", "\0")).replace("\0", "&")
    return plain.rstrip("…").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the window's menus that has a shortcut."""
    rows: list[tuple[str, str, str]] = []
    menubar = getattr(window, "menuBar", None)
    if menubar is None:
        return rows

    def walk(menu: QMenu, path: str) -> None:
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {_plain(sub.title())}")
                continue
            keys = [k for k in act.shortcuts() if not k.isEmpty()]
            if act.isSeparator() or not keys:
                continue
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((path, _plain(act.text()), text))

    for top in menubar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    return rows


class ShortcutsDialog(QDialog):
    """The shortcuts of the real actions, so the list can never go out of date."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        lay = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def report_problem(window: QWidget, store: object | None, path: str | None = None) -> Path | None:
    """Ask where to save the report zip, write it, say what to do with it."""
    from organiser.problem_report import database_description, write_report

    title = QCoreApplication.translate("HelpMenu", "Report a problem")
    if path is None:
        suggested = Path.home() / f"meetup-organiser-report-{date.today():%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("HelpMenu", "Save a problem report"),
            str(suggested),
            QCoreApplication.translate("HelpMenu", "Zip files (*.zip)"),
        )
        if not path:
            return None
    import PySide6

    extra = [
        ("qt", qVersion()),
        ("pyside6", PySide6.__version__),
        ("interface language", fmt.language()),
        ("database", database_description(store)),
    ]
    try:
        written = write_report(Path(path), extra)
    except OSError as exc:
        QMessageBox.warning(
            window,
            title,
            targ(
                QCoreApplication.translate("HelpMenu", "Cannot write %1: %2."),
                path,
                exc.strerror or exc.__class__.__name__,
            ),
        )
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(
        targ(
            QCoreApplication.translate(
                "HelpMenu",
                "Saved %1.\n\nIt holds the program's versions, your system's name and the log "
                "file, but no names, addresses or other data from your meetups. Attach it to "
                "a new issue on the project's page.",
            ),
            written,
        )
    )
    open_tracker = box.addButton(
        QCoreApplication.translate("HelpMenu", "Open the issue page"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    open_tracker.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(BUG_TRACKER)))
    box.open()
    window.report_box = box  # type: ignore[attr-defined]  # tests and screenshots find it
    return written
