"""A small attendance trend (going vs checked in) for the last few events.

Used when the attendees area does not provide ``ui.widgets.attendance_chart``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.fmt import targ  # noqa: E402
from ui.theme import color


class TrendBars(QWidget):
    """Points as (label, going, checked_in, is_current)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, int, int, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Attendance trend"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 150)

    def set_points(self, points: Sequence[tuple[str, int, int, bool]]) -> None:
        self.points = list(points)
        self.setAccessibleDescription(
            "; ".join(
                targ(self.tr("%1: %2 going, %3 came"), label, g, c)
                for label, g, c, _cur in self.points
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        if len(self.points) < 2:
            p.setPen(muted)
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("The trend appears after a few events."),
            )
            p.end()
            return
        w, h = self.width(), self.height()
        chart_h = h - 54
        top = max(max(g, c) for _l, g, c, _x in self.points) or 1
        slot = w / len(self.points)
        bar = min(18.0, slot / 3)
        small = p.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        p.setFont(small)
        fm = p.fontMetrics()
        widest = max(fm.horizontalAdvance(label) for label, *_ in self.points) + 6
        every = max(1, int(widest // slot) + 1)  # label every n-th bar when they would collide
        last = len(self.points) - 1
        for i, (label, going, came, current) in enumerate(self.points):
            x = i * slot + slot / 2
            for j, (value, tone) in enumerate(((going, "accent"), (came, "good"))):
                bh = chart_h * value / top
                c = color(tone, pal)
                if not current:
                    c.setAlpha(170)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c)
                p.drawRoundedRect(
                    QRectF(x - bar - 1 + j * (bar + 2), 4 + chart_h - bh, bar, bh), 3, 3
                )
            if (last - i) % every:
                continue
            p.setPen(pal.color(QPalette.ColorRole.WindowText) if current else muted)
            p.drawText(
                QRectF(x - widest / 2, chart_h + 8, widest, 18), Qt.AlignmentFlag.AlignCenter, label
            )
        y = h - 12
        p.setBrush(color("accent", pal))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(4, y - 8, 10, 10))
        p.setPen(muted)
        p.drawText(18, int(y + 1), self.tr("RSVP going"))
        x2 = 30 + fm.horizontalAdvance(self.tr("RSVP going"))
        p.setBrush(color("good", pal))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(x2, y - 8, 10, 10))
        p.setPen(muted)
        p.drawText(int(x2 + 14), int(y + 1), self.tr("checked in"))
        p.end()
