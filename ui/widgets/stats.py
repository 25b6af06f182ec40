"""A row of big numbers with small captions (sessions, speakers, checked in…)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import color


class StatStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: list[tuple[str, str, str]] = []  # value, caption, tone
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Key figures"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 60)

    def set_stats(self, stats: Sequence[tuple[str, str, str]]) -> None:
        self.stats = list(stats)
        self.setAccessibleDescription(", ".join(f"{v} {c}" for v, c, _t in self.stats))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.stats:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        slot = self.width() / len(self.stats)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        for i, (value, caption, tone) in enumerate(self.stats):
            r = QRectF(i * slot, 0, slot, self.height())
            p.setFont(big)
            p.setPen(color(tone, pal) if tone else pal.color(QPalette.ColorRole.WindowText))
            p.drawText(r.adjusted(0, 0, 0, -22), Qt.AlignmentFlag.AlignCenter, value)
            p.setFont(self.font())
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                r.adjusted(0, self.height() - 24, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                p.fontMetrics().elidedText(caption, Qt.TextElideMode.ElideRight, int(slot)),
            )
        p.end()
