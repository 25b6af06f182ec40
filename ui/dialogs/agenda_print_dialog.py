"""Print > Agenda: choose zones, paper and wifi, see the PDF, save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser import agenda, events
from organiser.errors import OrganiserError
from organiser.output import write_atomic
from organiser.printing.agenda_pdf import AgendaOptions, agenda_pdf
from ui.context import AppContext


class AgendaPrintDialog(QDialog):
    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.pdf_bytes: bytes = b""
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Print agenda"))
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        zones_label = QLabel(self.tr("&Viewer time zones:"))
        self.zones_edit = QLineEdit()
        self.zones_edit.setAccessibleName(self.tr("Viewer time zones, separated by commas"))
        zones_label.setBuddy(self.zones_edit)
        paper_label = QLabel(self.tr("&Paper:"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        paper_label.setBuddy(self.paper)
        self.wifi = QCheckBox(self.tr("Print the &wifi password"))
        self.wifi.setAccessibleName(self.tr("Print the venue wifi name and password"))
        row.addWidget(zones_label)
        row.addWidget(self.zones_edit, 1)
        row.addWidget(paper_label)
        row.addWidget(self.paper)
        row.addWidget(self.wifi)
        layout.addLayout(row)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width is computed before a scroll bar appears; with it always there
        # the page's right edge is no longer cut off.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("Agenda preview"))
        layout.addWidget(self.view, 1)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the agenda as a PDF file"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Send the agenda to a printer"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.choose_printer)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_and_save)
        layout.addWidget(buttons)

        zones = ctx.ops.call(lambda s: list(events.get_event(s, event_id).viewer_zones or []))
        self.zones_edit.setText(", ".join(zones))
        # The preview follows typing, once the user pauses (a PDF per key would lag).
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self.update_preview)
        self.zones_edit.textEdited.connect(lambda _t: self._typing.start())
        self.zones_edit.editingFinished.connect(self._preview_now)
        self.zones_edit.installEventFilter(self)
        self.paper.currentIndexChanged.connect(self.update_preview)
        self.wifi.toggled.connect(self.update_preview)
        self.update_preview()
        # A sheet's proportions, but never taller than the screen it opens on.
        self.fit_to((parent.screen() if parent is not None else self.screen()).availableGeometry())

    def fit_to(self, room: QRect) -> None:
        """Size for a screen's free area: a 1366×768 laptop shows the whole dialog.

        Leaves room for the window frame and title bar (about 40 px).
        """
        width = min(900, int(room.width() * 0.9))
        height = min(690, room.height() - 60)  # 768 px laptops: frame and panel too
        self.resize(max(width, self.minimumSizeHint().width()), max(height, 300))

    def _preview_now(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
        self.update_preview()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Enter in the zones field applies the zones; it must not press Close or Save.
        if (
            watched is self.zones_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._preview_now()
            return True
        return super().eventFilter(watched, event)

    def options(self) -> AgendaOptions:
        return AgendaOptions(
            viewer_zones=agenda.parse_zones(self.zones_edit.text()),
            paper=str(self.paper.currentData()),
            wifi=self.wifi.isChecked(),
        )

    def update_preview(self) -> None:
        try:
            opts = self.options()
            event_id = self.event_id
            data = self.ctx.ops.call(lambda s: agenda_pdf(s, event_id, opts))
        except OrganiserError as exc:
            self.status.setText(exc.message)
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.pdf_bytes = data
        # A fresh document per preview: the view re-renders reliably on a new one.
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        self.view.setDocument(document)
        old_doc, self.document = self.document, document
        old_buf, self._buffer = self._buffer, buffer
        old_doc.close()
        old_doc.deleteLater()
        if old_buf is not None:
            old_buf.deleteLater()
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s).", "", pages))

    def save_to(self, path: str) -> bool:
        try:
            target = write_atomic(path, self.pdf_bytes)
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return False
        self.status.setText(self.tr("Saved to {0}.").format(str(target)))
        return True

    def choose_and_save(self) -> None:
        event_id = self.event_id
        title = self.ctx.ops.call(lambda s: events.get_event(s, event_id).title)
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
        default = str(Path.home() / f"{safe or 'agenda'} - agenda.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save agenda"), default, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(path)

    def print_to(self, printer: QPrinter) -> int:
        """Render the previewed pages onto ``printer``; returns the pages sent."""
        paper = str(self.paper.currentData())
        printer.setPageSize(
            QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
        )
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return 0
        count = self.document.pageCount()
        try:
            for i in range(count):
                if i:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(i)
                dpi = printer.resolution()
                image = self.document.render(
                    i, QSize(int(size.width() / 72 * dpi), int(size.height() / 72 * dpi))
                )
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", count))
        return count

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print agenda"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
