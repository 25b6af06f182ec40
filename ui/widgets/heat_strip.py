"""A day as a strip of quarter hours, each coloured by how much of the audience it suits."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.theme import color


class HeatStrip(QWidget):
    """``set_cells([(label, percent), ...])`` draws them left to right; a click selects one."""

    cell_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[tuple[str, float]] = []
        self.selected: int | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(64)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(96 * 7, 72)

    def set_cells(self, cells: Sequence[tuple[str, float]], selected: int | None = None) -> None:
        self.cells = list(cells)
        self.selected = selected
        self.update()

    def select(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def _bar(self) -> QRectF:
        return QRectF(4, 4, max(1, self.width() - 8), max(1, self.height() - 26))

    def index_at(self, x: float) -> int | None:
        if not self.cells:
            return None
        bar = self._bar()
        if not bar.left() <= x < bar.right():
            return None
        return min(len(self.cells) - 1, int((x - bar.left()) / bar.width() * len(self.cells)))

    def _fill(self, percent: float) -> QColor:
        good = color("good", self.palette())
        base = self.palette().color(QPalette.ColorRole.Base)
        # Squared, so 80 % reads clearly lighter than 100 % (the difference that matters).
        t = max(0.0, min(1.0, percent / 100.0)) ** 2
        return QColor(
            round(base.red() + (good.red() - base.red()) * t),
            round(base.green() + (good.green() - base.green()) * t),
            round(base.blue() + (good.blue() - base.blue()) * t),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        p = QPainter(self)
        bar = self._bar()
        n = max(1, len(self.cells))
        w = bar.width() / n
        pal = self.palette()
        for i, (_label, percent) in enumerate(self.cells):
            p.fillRect(
                QRectF(bar.left() + i * w, bar.top(), w + 0.5, bar.height()), self._fill(percent)
            )
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.drawRect(bar)
        text_pen = QPen(pal.color(QPalette.ColorRole.WindowText))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        step = max(1, n // 8)  # a label every 3 hours on a day of quarter hours
        for i in range(0, len(self.cells), step):
            x = bar.left() + i * w
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 4))
            p.setPen(text_pen)
            p.drawText(QPointF(x + 2, bar.bottom() + 16), self.cells[i][0])
        if self.selected is not None and 0 <= self.selected < len(self.cells):
            p.setPen(QPen(color("accent", pal), 2.5))
            p.drawRect(QRectF(bar.left() + self.selected * w, bar.top(), w, bar.height()))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        i = self.index_at(event.position().x())
        if i is not None:
            self.select(i)
            self.cell_clicked.emit(i)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Left/Right step a quarter hour, Home/End jump to the ends of the day."""
        if not self.cells:
            super().keyPressEvent(event)
            return
        last = len(self.cells) - 1
        here = self.selected if self.selected is not None else 0
        target = {
            Qt.Key.Key_Left: max(0, here - 1),
            Qt.Key.Key_Right: min(last, here + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }.get(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        self.select(target)
        self.cell_clicked.emit(target)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        i = self.index_at(event.position().x())
        if i is not None:
            label, percent = self.cells[i]
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{label} UTC · {percent:.0f} %", self
            )
