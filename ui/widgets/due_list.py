"""The next checklist items, drawn as a short timeline with overdue ones in red."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.theme import color, soft

ROW_H = 30


class DueList(QWidget):
    """Items as (title, who, days_left or None, overdue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str, int | None, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Next checklist items"))

    def set_items(self, items: Sequence[tuple[str, str, int | None, bool]]) -> None:
        self.items = list(items)
        self.setAccessibleDescription(
            "; ".join(f"{t} ({self.when(d, o)})" for t, _w, d, o in self.items)
            or self.tr("Nothing due")
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, max(1, len(self.items)) * ROW_H + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            assert isinstance(e, QHelpEvent)
            row = int(e.position().y() // ROW_H)
            if 0 <= row < len(self.items):
                title, who, days, overdue = self.items[row]
                label = f"{title} — {who}" if who else title
                QToolTip.showText(e.globalPos(), f"{label} ({self.when(days, overdue)})", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def when(self, days: int | None, overdue: bool) -> str:
        if days is None:
            return self.tr("no date")
        if overdue:
            late = max(1, -days)
            return self.tr("overdue by %n day(s)", "", late) if days < 0 else self.tr("due today")
        if days == 0:
            return self.tr("due today")
        return self.tr("due in %n day(s)", "", days)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = p.fontMetrics()
        if not self.items:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Nothing due: all caught up."),
            )
            p.end()
            return
        w = self.width()
        for i, (title, who, days, overdue) in enumerate(self.items):
            y = i * ROW_H
            tone = "bad" if overdue else ("warn" if days is not None and days <= 2 else "accent")
            when = self.when(days, overdue)
            chip_w = fm.horizontalAdvance(when) + 16
            chip = QRectF(w - chip_w, y + 5, chip_w, ROW_H - 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(soft(tone, pal, 60))
            p.drawRoundedRect(chip, 9, 9)
            p.setPen(color(tone, pal) if overdue else pal.color(QPalette.ColorRole.WindowText))
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, when)
            p.setBrush(color(tone, pal))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QRectF(2, y + ROW_H / 2 - 4, 8, 8))
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            label = f"{title} — {who}" if who else title
            p.drawText(
                QRectF(18, y, w - chip_w - 26, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, int(w - chip_w - 28)),
            )
        p.end()
