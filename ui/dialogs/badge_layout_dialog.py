"""Add an organiser's own label sheet: page, badge size, grid, margins, gaps, corners.

The checks (labels inside the page, positive sizes, sane corner radius) live in
``organiser.printing.layouts``; this dialog shows their message next to the form
and keeps what the user typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.errors import ValidationError
from organiser.printing import layouts
from ui.context import AppContext

PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4), "A5": (148.0, 210.0)}


class BadgeLayoutDialog(QDialog):
    """Form for a custom label sheet, saved in the database."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_name: str | None = None
        self.setWindowTitle(self.tr("New label sheet"))

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Layout name"))
        self.name.setPlaceholderText(self.tr("e.g. club-badges"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for key in PAPER_MM:
            self.paper.addItem(key, key)
        self.paper.addItem(self.tr("Custom"), "custom")
        self.page_w = self._mm(self.tr("Page width"), 210.0)
        self.page_h = self._mm(self.tr("Page height"), 297.0)
        self.label_w = self._mm(self.tr("Badge width"), 90.0)
        self.label_h = self._mm(self.tr("Badge height"), 55.0)
        self.columns = self._count(self.tr("Columns"), 2)
        self.rows = self._count(self.tr("Rows"), 5)
        self.margin_left = self._mm(self.tr("Left margin"), 15.0)
        self.margin_top = self._mm(self.tr("Top margin"), 11.0)
        self.gap_x = self._mm(self.tr("Gap between columns"), 0.0)
        self.gap_y = self._mm(self.tr("Gap between rows"), 0.0)
        self.radius = self._mm(self.tr("Corner radius"), 0.0)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(
            self._buddy(self.tr("Page si&ze:"), self.page_w), self._pair(self.page_w, self.page_h)
        )
        form.addRow(
            self._buddy(self.tr("&Badge size:"), self.label_w),
            self._pair(self.label_w, self.label_h),
        )
        form.addRow(
            self._buddy(self.tr("&Grid (columns × rows):"), self.columns),
            self._pair(self.columns, self.rows),
        )
        form.addRow(
            self._buddy(self.tr("&Margins (left, top):"), self.margin_left),
            self._pair(self.margin_left, self.margin_top),
        )
        form.addRow(
            self._buddy(self.tr("G&aps (across, down):"), self.gap_x),
            self._pair(self.gap_x, self.gap_y),
        )
        form.addRow(self.tr("&Corner radius:"), self.radius)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the layout"))
        self.error.setStyleSheet("color: palette(link);")  # follows the system palette
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Layout summary"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.summary)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

        self.paper.currentIndexChanged.connect(self._paper_changed)
        for spin in (
            self.page_w, self.page_h, self.label_w, self.label_h, self.margin_left,
            self.margin_top, self.gap_x, self.gap_y, self.radius, self.columns, self.rows,
        ):  # fmt: skip
            spin.valueChanged.connect(self._update_summary)
        self._update_summary()

    def _mm(self, name: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 700.0)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _count(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 20)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(a)
        row.addWidget(b)
        return row

    def _paper_changed(self) -> None:
        key = self.paper.currentData()
        if key in PAPER_MM:
            w, h = PAPER_MM[key]
            self.page_w.setValue(w)
            self.page_h.setValue(h)

    def spec(self) -> dict[str, object]:
        return {
            "name": self.name.text().strip(),
            "title": self.name.text().strip(),
            "unit": "mm",
            "page": [self.page_w.value(), self.page_h.value()],
            "label": [self.label_w.value(), self.label_h.value()],
            "grid": [self.columns.value(), self.rows.value()],
            "margin_left": self.margin_left.value(),
            "margin_top": self.margin_top.value(),
            "gap": [self.gap_x.value(), self.gap_y.value()],
            "corner_radius": self.radius.value(),
        }

    def _update_summary(self) -> None:
        spec = self.spec()
        spec["name"] = spec["name"] or "preview"
        try:
            layout = layouts.parse_layout(spec)
        except ValidationError as exc:
            self.summary.setText("")
            self.error.setText(exc.message)
            return
        self.error.setText("")
        self.summary.setText(
            self.tr("%1 badges per sheet; right margin %2 mm, bottom margin %3 mm.")
            .replace("%1", str(layout.per_page))
            .replace("%2", f"{layout.margin_right / layouts.MM:.1f}")
            .replace("%3", f"{layout.margin_bottom / layouts.MM:.1f}")
        )

    def save(self) -> None:
        try:
            spec = self.spec()
            layout = self.ctx.ops.call(lambda s: layouts.save_custom_layout(s, spec))
        except ValidationError as exc:
            self.error.setText(exc.message)
            focus = {
                "name": self.name,
                "grid": self.columns,
                "label": self.label_w,
                "page": self.page_w,
                "corner_radius": self.radius,
                "gap": self.gap_x,
                "margin_left": self.margin_left,
            }.get(exc.field)
            if focus is not None:
                focus.setFocus()
            return
        self.saved_name = layout.name
        self.accept()
