"""Checklist progress as a ring, with the overdue count beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.fmt import targ  # noqa: E402
from ui.theme import color


class ProgressRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = 0
        self.total = 0
        self.overdue = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Checklist progress"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 96)

    def set_values(self, done: int, total: int, overdue: int = 0) -> None:
        self.done, self.total, self.overdue = done, total, overdue
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        if not self.total:
            return self.tr("No checklist yet")
        text = targ(self.tr("%1 of %2 done"), self.done, self.total)
        if self.overdue:
            text += " · " + self.tr("%n overdue", "", self.overdue)
        return text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        d = min(self.height() - 8, 88)
        ring = QRectF(6, (self.height() - d) / 2, d, d)
        pen = QPen(pal.color(QPalette.ColorRole.Mid), 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(ring)
        if self.total:
            frac = self.done / self.total
            pen.setColor(color("good" if frac >= 1 else "accent", pal))
            p.setPen(pen)
            if frac > 0:
                p.drawArc(ring, 90 * 16, -int(360 * 16 * frac))
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        p.setFont(f)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        pct = f"{round(100 * self.done / self.total)}%" if self.total else "–"
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, pct)
        p.setFont(self.font())
        text_rect = QRectF(ring.right() + 16, ring.top(), self.width() - ring.right() - 16, d)
        lines = (
            [targ(self.tr("%1 of %2 done"), self.done, self.total)]
            if self.total
            else [self.tr("No checklist yet")]
        )
        p.drawText(text_rect.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignLeft, lines[0])
        if self.overdue:
            p.setPen(color("bad", pal))
            p.drawText(
                text_rect.adjusted(0, 32, 0, 0),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("%n overdue", "", self.overdue),
            )
        elif self.total:
            p.setPen(color("good", pal))
            p.drawText(
                text_rect.adjusted(0, 32, 0, 0),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("Nothing overdue"),
            )
        p.end()
