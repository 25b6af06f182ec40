"""Import wizard: pick or drop a file, check the preview and columns, read the report.

All reading, detecting and importing is done by :mod:`organiser.attendees`;
this dialog only shows what the core found and passes the choices back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from organiser import attendees as core
from organiser.csvread import DELIMITER_NAMES, LEGACY_ENCODINGS
from organiser.errors import OrganiserError
from ui.ops import Runner, one_line

# The core's names for fields, file formats and delimiters (organiser.attendees.FIELD_LABELS,
# FORMAT_LABELS, organiser.csvread.DELIMITER_NAMES), for the .ts; translated where shown.
_CORE_WORDS = (
    QT_TRANSLATE_NOOP("PreviewPage", "Full name"),
    QT_TRANSLATE_NOOP("PreviewPage", "First name"),
    QT_TRANSLATE_NOOP("PreviewPage", "Last name"),
    QT_TRANSLATE_NOOP("PreviewPage", "Email"),
    QT_TRANSLATE_NOOP("PreviewPage", "Company"),
    QT_TRANSLATE_NOOP("PreviewPage", "Job title"),
    QT_TRANSLATE_NOOP("PreviewPage", "Pronouns"),
    QT_TRANSLATE_NOOP("PreviewPage", "Role"),
    QT_TRANSLATE_NOOP("PreviewPage", "RSVP / status"),
    QT_TRANSLATE_NOOP("PreviewPage", "Attended (yes/no)"),
    QT_TRANSLATE_NOOP("PreviewPage", "Check-in time"),
    QT_TRANSLATE_NOOP("PreviewPage", "ID in the source"),
    QT_TRANSLATE_NOOP("PreviewPage", "Source"),
    QT_TRANSLATE_NOOP("PreviewPage", "Guests"),
    QT_TRANSLATE_NOOP("PreviewPage", "Notes"),
    QT_TRANSLATE_NOOP("PreviewPage", "Other CSV"),
    QT_TRANSLATE_NOOP("PreviewPage", "comma"),
    QT_TRANSLATE_NOOP("PreviewPage", "semicolon"),
    QT_TRANSLATE_NOOP("PreviewPage", "tab"),
)

# Fields offered in the column mapping, in the order a person thinks of them.
MAPPED_FIELDS = core.MAPPED_FIELDS


def csv_path_from_mime(mime: object) -> str | None:
    """The first local .csv/.txt/.tsv file in a drag, if any."""
    urls = getattr(mime, "urls", lambda: [])()
    for url in urls:
        if url.isLocalFile():
            path = url.toLocalFile()
            if Path(path).suffix.lower() in (".csv", ".txt", ".tsv"):
                return str(path)
    return None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the RSVP export"))
        self.setSubTitle(
            self.tr(
                "A CSV file from Meetup, Eventbrite, Luma or any spreadsheet. "
                "You can also drop the file here."
            )
        )
        self.setAcceptDrops(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Path to a .csv file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for a file"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the file"))
        self.error.setStyleSheet("font-weight: bold")
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import attendees"),
            self.path_edit.text() or str(Path.home()),
            self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.wiz.preview = core.preview(self.path_edit.text().strip())
            self.wiz.encoding = None  # a new file: read as detected until chosen otherwise
        except OrganiserError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if csv_path_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = csv_path_from_mime(event.mimeData())
        if path:
            self.path_edit.setText(path)
            event.acceptProposedAction()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the columns"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What was found in the file"))
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format of the file"))
        for fmt in core.FORMATS:
            self.format_combo.addItem(self.tr(core.FORMAT_LABELS[fmt]), fmt)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        # Shown only for a file in an old code page: read it as another one, live.
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("Encoding of the file"))
        for codec, label in LEGACY_ENCODINGS:
            self.encoding_combo.addItem(label, codec)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_changed)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("First rows of the file"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.overwrite = QCheckBox(self.tr("Replace values I corrected by hand"))
        self.overwrite.setAccessibleName(self.tr("Overwrite manual edits"))
        self.mapping_box = QGroupBox(self.tr("Which column holds what"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for key in MAPPED_FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr(core.FIELD_LABELS[key]))
            self.combos[key] = combo
            self.mapping_form.addRow(self.tr(core.FIELD_LABELS[key]), combo)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold")
        self.error.setAccessibleName(self.tr("Problem with the import"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Format:")))
        top.addWidget(self.format_combo)
        top.addWidget(self.encoding_label)
        top.addWidget(self.encoding_combo)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.mapping_box, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addLayout(top)
        lay.addLayout(body, 1)
        lay.addWidget(self.overwrite)
        lay.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        pv = self.wiz.preview
        assert pv is not None
        self._show(pv)
        self.encoding_combo.blockSignals(True)
        self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findData(pv.codec), 0))
        self.encoding_combo.blockSignals(False)
        self.encoding_label.setVisible(pv.legacy_encoding)
        self.encoding_combo.setVisible(pv.legacy_encoding)
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(pv.format), 0))
        self.format_combo.blockSignals(False)
        header = pv.header
        remembered = self.wiz.ops.call(lambda s: core.remembered_mapping(s, header))
        self._apply_mapping(remembered or pv.mapping)
        if remembered:
            self.error.setText(self.tr("The columns you chose last time for this file are set."))
        elif pv.format in ("generic", "google_forms"):
            self.error.setText(
                self.tr(
                    "This file is not from a platform the app knows: check which column "
                    "holds the name and the email before importing."
                )
            )
        else:
            self.error.clear()

    def _encoding_changed(self) -> None:
        """Read the file again as the chosen encoding (the core decodes) and show it."""
        codec = self.encoding_combo.currentData()
        try:
            pv = core.preview(self.wiz.path(), encoding=codec)
        except OrganiserError as exc:
            self.error.setText(exc.message)
            return
        chosen = self.mapping()
        self.wiz.preview = pv
        self.wiz.encoding = codec
        self._show(pv)
        self._apply_mapping(chosen)
        self.error.clear()

    def _show(self, pv: core.Preview) -> None:
        """The summary line, the first rows and the column choices of a preview."""
        self.summary.setText(
            self.tr("%1: rows of people: %2 · %3 · %4-separated.")
            .replace("%1", pv.file_name)
            .replace("%2", str(pv.row_count))
            .replace("%3", pv.encoding)
            .replace("%4", self.tr(DELIMITER_NAMES.get(pv.delimiter, pv.delimiter)))
        )
        self.table.clear()
        self.table.setColumnCount(len(pv.header))
        self.table.setRowCount(len(pv.rows))
        self.table.setHorizontalHeaderLabels(pv.header)
        for r, row in enumerate(pv.rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell.replace("\n", " ⏎ "))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for name in pv.header:
                combo.addItem(name, name)
            combo.blockSignals(False)

    def _apply_mapping(self, mapping: dict[str, str]) -> None:
        for key, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(mapping.get(key, "")), 0))

    def _format_changed(self) -> None:
        pv = self.wiz.preview
        if pv is None:
            return
        self._apply_mapping(core.propose_mapping(pv.header, self.format_combo.currentData()))

    def mapping(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.combos.items() if c.currentData()}

    def validatePage(self) -> bool:  # noqa: N802
        """Leave the page once the import job has finished; start it otherwise."""
        if self.wiz.report is not None:
            return True
        if self.wiz.busy:
            return False
        fmt = self.format_combo.currentData()
        self.error.clear()
        self.wiz.start_import(fmt, self.mapping(), self.overwrite.isChecked())
        return False

    def show_error(self, message: str) -> None:
        self.error.setText(message)


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Import report"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802
        report = self.wiz.report
        if report is not None:
            self.setSubTitle(self.summary(report))
            self.text.setPlainText("\n".join(self.lines(report)))

    def summary(self, report: core.ImportReport) -> str:
        return (
            self.tr("%1 added, %2 updated, %3 unchanged, %4 skipped")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(len(report.skipped)))
        )

    def lines(self, report: core.ImportReport) -> list[str]:
        """The core's report (``ImportReport.lines``) in the window's language.

        The reasons a line was skipped or noted stay as the core words them.
        """
        how = report.encoding
        if report.delimiter:
            sep = QCoreApplication.translate(
                "PreviewPage", DELIMITER_NAMES.get(report.delimiter, report.delimiter)
            )
            how += ", " + self.tr("%1-separated").replace("%1", sep)
        fmt = QCoreApplication.translate(
            "PreviewPage", core.FORMAT_LABELS.get(report.format, report.format)
        )
        out = [
            self.tr("Imported %1 as %2 (%3).")
            .replace("%1", report.file_name)
            .replace("%2", fmt)
            .replace("%3", how),
            self.summary(report) + ".",
        ]
        if report.kept_edits:
            out.append(
                self.tr(
                    "%n value(s) you edited by hand were kept "
                    "(tick “Replace values I corrected by hand” to replace them).",
                    "",
                    report.kept_edits,
                )
            )
        english = report.lines()[2 + bool(report.kept_edits) :]  # skipped lines and notes
        for line in english:
            for prefix, ours in (
                ("Skipped line ", self.tr("Skipped line %1: %2")),
                ("Note on line ", self.tr("Note on line %1: %2")),
            ):
                if line.startswith(prefix):
                    number, _, reason = line.removeprefix(prefix).partition(": ")
                    line = ours.replace("%1", number).replace("%2", reason)
                    break
            out.append(line)
        return out


class ImportWizard(QWizard):
    """Three steps: file, preview and columns, report. The import runs leaving step two."""

    def __init__(
        self, ops: Runner, event_id: int, path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.event_id = event_id
        self.preview: core.Preview | None = None
        self.encoding: str | None = None  # a codec the person chose; None: as detected
        self.report: core.ImportReport | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Import attendees"))
        self.setAccessibleName(self.tr("Import attendees"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.addPage(self.report_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.preview_page.setCommitPage(True)
        self.resize(900, 560)
        if path:
            self.file_page.path_edit.setText(path)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def path(self) -> str:
        return self.file_page.path_edit.text().strip()

    def start_import(self, fmt: str, mapping: dict[str, str], overwrite_edits: bool) -> None:
        """Import on a worker thread (one session there); Cancel rolls everything back."""
        path = self.path()
        event_id, encoding = self.event_id, self.encoding

        def job(s: Any, progress: Callable[[int, int], None]) -> core.ImportReport | None:
            return core.import_file(
                s,
                event_id,
                path,
                fmt=fmt,
                mapping=mapping,
                overwrite_edits=overwrite_edits,
                progress=progress,
                encoding=encoding,
            )

        def cancelled() -> None:  # the session rolled back: nothing was imported
            done(None)

        def done(report: core.ImportReport | None) -> None:
            self.busy = False
            self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
            if report is None:
                self.preview_page.show_error(self.tr("Import cancelled; nothing was changed."))
                return
            self.report = report
            self.next()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
            if isinstance(exc, OrganiserError):
                self.preview_page.show_error(exc.message)
            else:
                self.preview_page.show_error(one_line(exc))

        self.busy = True
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.ops.long(self, self.tr("Importing attendees…"), job, done, failed, on_cancel=cancelled)
