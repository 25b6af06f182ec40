"""Printing at the door: the laptop's printer and label layout, no dialog, off the UI thread.

Per laptop (QSettings, not the database): the door's name, the printer, the
label layout and whether each check-in prints a badge. The badge PDF comes from
the core (:mod:`organiser.doorprint`); it goes to the printer as a PDF job
through CUPS where there is one (Linux, macOS: text stays text), otherwise
through :class:`QPrinter` page by page. Either way without a dialog, and the
check-in is already saved: a missing or stopped printer only shows a message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import QWidget

from organiser import doorprint
from organiser.errors import OrganiserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ui.ops import Runner

DOOR_NAME_KEY = "door/name"
PRINTER_KEY = "door/printer"
LAYOUT_KEY = "door/layout"
PRINT_ON_CHECKIN_KEY = "door/print_on_checkin"
GUEST_BADGES_KEY = "door/guest_badges"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DoorPrinting", text)


QT_TRANSLATE_NOOP("DoorPrinting", "Printer “%1” was not found; choose another in Preferences.")
QT_TRANSLATE_NOOP("DoorPrinting", "No default printer is set; choose one in Preferences.")
QT_TRANSLATE_NOOP("DoorPrinting", "Printer “%1” could not start the job.")
QT_TRANSLATE_NOOP("DoorPrinting", "Badge sent to %1.")
QT_TRANSLATE_NOOP("DoorPrinting", "Badge not printed (the check-in is saved): %1")
QT_TRANSLATE_NOOP("DoorPrinting", "Printing a badge")


def door_name(settings: QSettings) -> str:
    return str(settings.value(DOOR_NAME_KEY, "") or "").strip()[:100]


def printer_name(settings: QSettings) -> str:
    return str(settings.value(PRINTER_KEY, "") or "")


def door_layout(settings: QSettings) -> str:
    return str(settings.value(LAYOUT_KEY, "") or "")


def print_on_check_in(settings: QSettings) -> bool:
    return str(settings.value(PRINT_ON_CHECKIN_KEY, "false")).lower() in ("true", "1")


def guest_badges(settings: QSettings) -> bool:
    return str(settings.value(GUEST_BADGES_KEY, "false")).lower() in ("true", "1")


def available_printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def print_pdf_with_qprinter(pdf: bytes, printer: str) -> str:
    """Paint each page of the PDF on a QPrinter (no dialog); for systems without CUPS."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
    if info.isNull():
        if printer:
            raise OrganiserError(
                _tr("Printer “%1” was not found; choose another in Preferences.").replace(
                    "%1", printer
                )
            )
        raise OrganiserError(_tr("No default printer is set; choose one in Preferences."))
    qp = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    data = QByteArray(pdf)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    painter = QPainter()
    if not painter.begin(qp):
        raise OrganiserError(
            _tr("Printer “%1” could not start the job.").replace("%1", info.printerName())
        )
    try:
        dpi = qp.resolution()
        for i in range(doc.pageCount()):
            if i:
                qp.newPage()
            pts = doc.pagePointSize(i)
            size = QSize(int(pts.width() / 72 * dpi), int(pts.height() / 72 * dpi))
            painter.drawImage(0, 0, doc.render(i, size))
    finally:
        painter.end()
    return info.printerName()


class DoorPrinter:
    """Prints one badge in the background (a job of the runner) and reports back in one line."""

    def __init__(self, ops: Runner, settings: QSettings) -> None:
        self.ops = ops
        self.printer = printer_name(settings)
        self.layout = door_layout(settings) or None
        self.guest_badges = guest_badges(settings)

    def make_and_send(
        self, s: Session, event_id: int, attendee_id: int
    ) -> tuple[str, bytes | None]:
        """Runs off the UI thread: the PDF, and the queue it went to (CUPS) if sent."""
        pdf = doorprint.badge_pdf(
            s, event_id, [attendee_id], layout=self.layout, guest_badges=self.guest_badges
        )
        if doorprint.lp_available():
            where = doorprint.send_pdf(pdf, self.printer).where
            doorprint.mark_printed(s, [attendee_id])
            return where, None
        return "", pdf  # painted on a QPrinter on the UI thread

    def print_badge(
        self,
        parent: QWidget | None,
        event_id: int,
        attendee_id: int,
        report: Callable[[bool, str], None],
    ) -> None:
        def done(result: tuple[str, bytes | None]) -> None:
            where, pdf = result
            if pdf is None:
                report(True, _tr("Badge sent to %1.").replace("%1", where))
                return
            try:
                where = print_pdf_with_qprinter(pdf, self.printer)
            except OrganiserError as exc:
                failed(exc)
                return
            self.ops.submit(
                lambda s: doorprint.mark_printed(s, [attendee_id]),
                lambda _r: report(True, _tr("Badge sent to %1.").replace("%1", where)),
                failed,
                parent=parent,
            )

        def failed(exc: BaseException) -> None:
            reason = exc.message if isinstance(exc, OrganiserError) else str(exc)
            text = _tr("Badge not printed (the check-in is saved): %1")
            report(False, text.replace("%1", reason))

        self.ops.submit(
            lambda s: self.make_and_send(s, event_id, attendee_id),
            done,
            failed,
            parent=parent,
            title=_tr("Printing a badge"),
        )
