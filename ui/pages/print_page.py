"""Print page: badges on label sheets, with a live preview of the first sheet.

Everything about the PDF (layout, fonts, QR, calibration) happens in
``organiser.printing``; this page only collects the choices, shows the first
sheet rendered by QtPdf, and prints by rasterising the PDF pages with QtPdf at
the printer's resolution.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, QSizeF, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.changes import Kind
from organiser.errors import OrganiserError
from organiser.printing import badges, layouts
from organiser.printing.layouts import Calibration
from ui import fmt
from ui.context import AppContext
from ui.pages.base import Page


class _SheetPreview(QLabel):
    """The first sheet, drawn to fit whatever room the label gets (it tells when it changes)."""

    resized = Signal()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.resized.emit()


SHEET_KEY = "print/label_sheet"


class PrintPage(Page):
    """Choose a label sheet, see the first sheet, save or print the badges."""

    page_title = "Print"
    kinds = frozenset({Kind.ATTENDEE, Kind.EVENT, Kind.LAYOUT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_title = self.tr("Print")
        self._tmp = tempfile.TemporaryDirectory(prefix="organiser-print-")
        self._preview_pdf = Path(self._tmp.name) / "preview.pdf"
        self._pdf = QPdfDocument(self)
        self._per_page: dict[str, int] = {}
        self._cut_refusal: dict[str, str | None] = {}
        self._loading = False
        self._calibration_loaded = False
        self.last_run: badges.BadgeRun | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)

        # -- what to print
        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(self.tr("Label sheet"))
        # Long sheet names must not push the preview off the window.
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(14)
        self.add_layout_button = QPushButton(self.tr("Add layout…"))
        self.add_layout_button.setAccessibleName(self.tr("Add a custom label sheet"))
        self.start_at = QSpinBox()
        self.start_at.setMinimum(1)
        self.start_at.setAccessibleName(self.tr("Start at label"))
        self.start_at.setToolTip(self.tr("First free label on a part-used sheet (1 = top-left)"))
        self.only_unprinted = QCheckBox(self.tr("Only badges not printed yet"))
        self.only_unprinted.setAccessibleName(self.tr("Only badges not printed yet"))
        self.qr_combo = QComboBox()
        self.qr_combo.setAccessibleName(self.tr("QR code content"))
        self.qr_combo.addItem(self.tr("Check-in token"), "token")
        self.qr_combo.addItem(self.tr("Contact card (vCard) for networking"), "vcard")
        self.cut_marks = QCheckBox(self.tr("Cut marks"))
        self.cut_marks.setAccessibleName(self.tr("Cut marks"))
        self.logo_edit = QLineEdit()
        self.logo_edit.setAccessibleName(self.tr("Logo image file"))
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("Logo…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo image"))

        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.layout_combo, 1)
        sheet_row.addWidget(self.add_layout_button)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)

        what = QGroupBox(self.tr("Badges"))
        form = QFormLayout(what)
        form.addRow(self._buddy(self.tr("&Label sheet:"), self.layout_combo), sheet_row)
        form.addRow(self.tr("&Start at label:"), self.start_at)
        form.addRow(self.tr("&QR code:"), self.qr_combo)
        form.addRow(self._buddy(self.tr("L&ogo:"), self.logo_edit), logo_row)
        form.addRow("", self.only_unprinted)
        form.addRow("", self.cut_marks)

        # -- calibration
        self.offset_x = self._mm_spin(self.tr("Horizontal offset in millimetres"))
        self.offset_y = self._mm_spin(self.tr("Vertical offset in millimetres"))
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.8, 1.2)
        self.scale.setDecimals(3)
        self.scale.setSingleStep(0.005)
        self.scale.setValue(1.0)
        self.scale.setAccessibleName(self.tr("Scale"))
        self.save_calibration_button = QPushButton(self.tr("Save calibration"))
        self.save_calibration_button.setAccessibleName(self.tr("Save printer calibration"))
        self.calibration_page_button = QPushButton(self.tr("Calibration page…"))
        self.calibration_page_button.setAccessibleName(self.tr("Save a calibration page"))
        cal = QGroupBox(self.tr("Printer calibration"))
        cal_form = QFormLayout(cal)
        cal_form.addRow(self.tr("Move &right (mm):"), self.offset_x)
        cal_form.addRow(self.tr("Move &down (mm):"), self.offset_y)
        cal_form.addRow(self.tr("S&cale:"), self.scale)
        cal_buttons = QHBoxLayout()
        cal_buttons.addWidget(self.save_calibration_button)
        cal_buttons.addWidget(self.calibration_page_button)
        cal_form.addRow(cal_buttons)

        # -- output
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save badges as PDF"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print badges"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Badge summary"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last action"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QVBoxLayout()
        left.addWidget(what)
        left.addWidget(cal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addWidget(self.message)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(460)

        # The whole sheet always fits: the label re-renders the page at its own
        # size whenever the window, the splitter or the form beside it moves.
        self.preview = _SheetPreview()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview of the first sheet"))
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setMinimumSize(200, 260)
        self.preview.resized.connect(self._show_page)
        preview_box = QGroupBox(self.tr("First sheet"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        main = QHBoxLayout(self)
        main.addWidget(left_box)
        main.addWidget(preview_box, 1)

        for w in (self.layout_combo, self.qr_combo):
            w.currentIndexChanged.connect(self._options_changed)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        for box in (self.only_unprinted, self.cut_marks):
            box.toggled.connect(self._options_changed)
        self.start_at.valueChanged.connect(self._options_changed)
        for spin in (self.offset_x, self.offset_y, self.scale):
            spin.valueChanged.connect(self._options_changed)
        self.logo_edit.editingFinished.connect(self._options_changed)
        self.logo_button.clicked.connect(self._choose_logo)
        self.add_layout_button.clicked.connect(self._add_layout)
        self.save_calibration_button.clicked.connect(self.save_calibration)
        self.calibration_page_button.clicked.connect(self._save_calibration_page)
        self.save_button.clicked.connect(self._save_pdf)
        self.print_button.clicked.connect(self._print)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _mm_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-30.0, 30.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setAccessibleName(name)
        return spin

    # ------------------------------------------------------------------ state

    def options(self) -> dict[str, Any]:
        """The choices on screen, as keyword arguments of ``make_badges_pdf``."""
        logo = self.logo_edit.text().strip()
        return {
            "layout": self.layout_combo.currentData() or layouts.DEFAULT_LAYOUT,
            "start_at": self.start_at.value(),
            "only_unprinted": self.only_unprinted.isChecked(),
            "qr": self.qr_combo.currentData() or "token",
            "cut_marks": self.cut_marks.isChecked(),
            "calibration": self.calibration(),
            "logo": logo or None,
        }

    def calibration(self) -> Calibration:
        return Calibration(self.offset_x.value(), self.offset_y.value(), self.scale.value())

    def refresh(self) -> None:
        self._loading = True
        start_at = self.start_at.value()  # clearing the sheets below would reset it to 1
        try:
            current = self.layout_combo.currentData() or self.ctx.settings.value(SHEET_KEY)
            sheets, cal = self.ctx.ops.call(
                lambda s: (layouts.list_layouts(s), layouts.get_calibration(s))
            )
            self.layout_combo.clear()
            self._per_page = {}
            self._cut_refusal = {}
            lang = fmt.language()
            for sheet in sheets:
                label = (
                    sheet.title_in(lang)
                    if sheet.builtin
                    else self.tr("%1 (custom)").replace("%1", sheet.title)
                )
                self.layout_combo.addItem(label, sheet.name)
                tip = "\n".join(x for x in (sheet.describe(lang), sheet.note_in(lang)) if x)
                self.layout_combo.setItemData(
                    self.layout_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
                )
                self._per_page[sheet.name] = sheet.per_page
                self._cut_refusal[sheet.name] = badges.cut_marks_refusal(sheet, lang)
            index = self.layout_combo.findData(current or layouts.DEFAULT_LAYOUT)
            self.layout_combo.setCurrentIndex(max(index, 0))
            if not self._calibration_loaded:  # never overwrite what the user is typing
                self.offset_x.setValue(cal.offset_x_mm)
                self.offset_y.setValue(cal.offset_y_mm)
                self.scale.setValue(cal.scale)
                self._calibration_loaded = True
            self._layout_changed()
            self.start_at.setValue(min(start_at, self.start_at.maximum()))
        finally:
            self._loading = False
        self.update_preview()

    def _layout_changed(self) -> None:
        if not self._loading and self.layout_combo.currentData():
            # The sheet in the printer tray stays the same from one evening to the next.
            self.ctx.settings.setValue(SHEET_KEY, self.layout_combo.currentData())
        per_page = self._per_page.get(self.layout_combo.currentData() or "", 1)
        self.start_at.setMaximum(per_page)
        refusal = self._cut_refusal.get(self.layout_combo.currentData() or "")
        if refusal:
            self.cut_marks.setChecked(False)
        self.cut_marks.setEnabled(not refusal)
        self.cut_marks.setToolTip(refusal or "")

    def _options_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    # ------------------------------------------------------------------ preview

    def update_preview(self) -> None:
        """Render the first sheet with the current choices (small: one sheet)."""
        self._timer.stop()
        enabled = self.event_id is not None
        self.save_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)
        if self.event_id is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Choose an event to print its badges."))
            self.status.setText("")
            return
        try:
            opts = self.options()
            event_id, target = self.event_id, self._preview_pdf

            def make(s: Any) -> tuple[list[str], int]:
                unprinted = opts["only_unprinted"]
                warnings = badges.preflight(s, event_id, only_unprinted=unprinted)
                count = len(badges.select_attendees(s, event_id, only_unprinted=unprinted))
                badges.make_badges_pdf(s, event_id, target, first_sheet_only=True, **opts)
                return warnings, count

            warnings, count = self.ctx.ops.call(make)
        except OrganiserError as exc:
            self._pdf.close()
            self.preview.setPixmap(QPixmap())
            self.preview.setText(exc.message)
            self.status.setText(exc.message)
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        per_page = self._per_page.get(opts["layout"], 1)
        sheets = layouts.sheet_count(count, per_page, opts["start_at"])
        lines = [
            self.tr("Badges: %1 · Sheets: %2").replace("%1", str(count)).replace("%2", str(sheets))
        ]
        lines += warnings
        self.status.setText("\n".join(lines))
        self._pdf.close()
        self._pdf.load(str(self._preview_pdf))
        self._show_page()

    def _show_page(self) -> None:
        if self._pdf.pageCount() < 1:
            return
        points = self._pdf.pagePointSize(0)
        room = self.preview.contentsRect().size()
        fit = min(
            max(room.width() - 8, 100) / points.width(),
            max(room.height() - 8, 130) / points.height(),
        )
        ratio = self.devicePixelRatioF()
        size = QSize(int(points.width() * fit * ratio), int(points.height() * fit * ratio))
        rendered = self._pdf.render(0, size)
        # QtPdf leaves the page transparent; paper is white, in dark mode too.
        image = QImage(rendered.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setText("")
        self.preview.setPixmap(pixmap)

    # ------------------------------------------------------------------ actions

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Badge logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)
            self._options_changed()

    def _add_layout(self) -> None:
        from ui.dialogs.badge_layout_dialog import BadgeLayoutDialog

        dialog = BadgeLayoutDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_name:
            self.refresh()
            self.layout_combo.setCurrentIndex(self.layout_combo.findData(dialog.saved_name))

    def save_calibration(self) -> None:
        try:
            calibration = self.calibration()
            self.ctx.ops.call(lambda s: layouts.save_calibration(s, calibration))
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Printer calibration"), exc.message)
            return
        self.message.setText(self.tr("Calibration saved."))

    def _save_calibration_page(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calibration page"), "calibration.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            layout, calibration = self.options()["layout"], self.calibration()
            self.ctx.ops.call(
                lambda s: badges.make_calibration_pdf(
                    s, Path(path), layout=layout, calibration=calibration, lang=fmt.language()
                )
            )
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Calibration page"), exc.message)
            return
        self.message.setText(self.tr("Calibration page saved to %1.").replace("%1", path))

    def _start(self, out: Path, on_done: Any) -> None:
        """Make the badge PDF in a worker with a cancellable progress dialog."""
        event_id = self.event_id
        if event_id is None:
            return
        opts = self.options()

        def job(s: Any, progress: Any) -> badges.BadgeRun:
            return badges.make_badges_pdf(s, event_id, out, progress=progress, **opts)

        def done(run: badges.BadgeRun) -> None:  # the runner has told the pages
            on_done(run)
            self.last_run = run

        self.ctx.ops.long(self, self.tr("Making badges…"), job, done)

    def _suggested_path(self) -> str:
        """The user's documents folder and a name that says which event (never our own folder)."""
        from organiser.events import event_filename

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = "badges.pdf"
        if self.event_id is not None:
            event_id = self.event_id
            with contextlib.suppress(OrganiserError):
                name = self.ctx.ops.call(lambda s: event_filename(s, event_id, "badges"))
        return str(Path(folder) / name)

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save badges"), self._suggested_path(), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def saved(run: badges.BadgeRun) -> None:
            text = self.tr("Saved %n badge(s) on %1 to %2.", "", run.badges)
            sheets = self.tr("%n sheet(s)", "", run.pages)
            self.message.setText(text.replace("%1", sheets).replace("%2", path))
            self.update_preview()

        self._start(Path(path), saved)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.options()["layout"]
        sheet = self.ctx.ops.call(lambda s: layouts.get_layout(s, name))
        size = QPageSize(
            QSizeF(sheet.page_width, sheet.page_height),
            QPageSize.Unit.Point,
            sheet.title_in(fmt.language()),
        )
        printer.setPageSize(size)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if sheet.page_width > sheet.page_height
            else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print badges"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        out = Path(self._tmp.name) / "print.pdf"

        def printed(run: badges.BadgeRun) -> None:
            try:
                self.print_pdf(printer, out)
            except OrganiserError as exc:
                QMessageBox.warning(self, self.tr("Print badges"), exc.message)
                return
            self.message.setText(self.tr("Sent %n badge(s) to the printer.", "", run.badges))
            self.update_preview()

        self._start(out, printed)

    def print_pdf(self, printer: QPrinter, pdf: Path) -> int:
        """Paint each PDF page, rasterised by QtPdf at the printer's resolution."""
        doc = QPdfDocument(self)
        doc.load(str(pdf))
        count = doc.pageCount()
        if count < 1:
            raise OrganiserError(self.tr("The badge PDF could not be read back for printing."))
        dpi = printer.resolution()
        painter = QPainter()
        if not painter.begin(printer):
            raise OrganiserError(self.tr("The printer could not be opened."))
        try:
            for i in range(count):
                if i:
                    printer.newPage()
                points = doc.pagePointSize(i)
                px = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image: QImage = doc.render(i, px)
                # Full page: device (0, 0) is the paper's corner, so PDF geometry holds.
                painter.drawImage(QRect(0, 0, px.width(), px.height()), image)
        finally:
            painter.end()
            doc.close()
        return count
