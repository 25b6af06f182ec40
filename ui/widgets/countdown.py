"""Days, hours and minutes to the doors opening, drawn as big figures."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import color, soft


class CountdownWidget(QWidget):
    """Give it the phase and seconds from the core's ``Countdown``; it ticks on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = "none"
        self.seconds = 0
        self.caption = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Countdown"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 118)

    def set_countdown(self, phase: str, seconds: int, caption: str = "") -> None:
        self.phase, self.seconds, self.caption = phase, max(0, seconds), caption
        if phase in ("before", "during"):
            self._timer.start()
        else:
            self._timer.stop()
        self.setAccessibleDescription(self.headline())
        self.update()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self.phase in ("before", "during", "after"):
            self._timer.start()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        super().hideEvent(event)  # type: ignore[arg-type]
        self._timer.stop()  # no ticking for a page nobody is looking at

    def _tick(self) -> None:
        if self.phase == "after":
            self.seconds += 1
        else:
            self.seconds -= 1
            if self.seconds <= 0:
                self.phase = "during" if self.phase == "before" else "after"
                self.seconds = 0
        self.update()

    def parts(self) -> list[tuple[int, str]]:
        s = self.seconds
        days, s = divmod(s, 86400)
        hours, s = divmod(s, 3600)
        minutes, secs = divmod(s, 60)
        return [
            (days, self.tr("days")),
            (hours, self.tr("hours")),
            (minutes, self.tr("minutes")),
            (secs, self.tr("seconds")),
        ]

    def headline(self) -> str:
        if self.phase == "before":
            return self.tr("until the doors open")
        if self.phase == "during":
            return self.tr("Happening now: until the end")
        if self.phase == "after":
            days = self.seconds // 86400
            return self.tr("Ended %n day(s) ago", "", days) if days else self.tr("Ended today")
        return self.tr("No event selected")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        w, h = self.width(), self.height()
        if self.phase == "after" or self.phase == "none":
            f = QFont(self.font())
            f.setPointSizeF(f.pointSizeF() * 1.6)
            f.setBold(True)
            p.setFont(f)
            p.setPen(text)
            p.drawText(QRectF(0, 0, w, h * 0.6), Qt.AlignmentFlag.AlignCenter, self.headline())
            p.setFont(self.font())
            p.setPen(muted)
            p.drawText(QRectF(0, h * 0.6, w, h * 0.4), Qt.AlignmentFlag.AlignCenter, self.caption)
            p.end()
            return
        accent = color("good" if self.phase == "during" else "accent", pal)
        parts = self.parts()
        gap = 10.0
        box_w = min(96.0, (w - gap * 3) / 4)
        box_h = h - 34.0
        left = (w - (box_w * 4 + gap * 3)) / 2
        big = QFont(self.font())
        big.setPointSizeF(max(12.0, box_h * 0.36))
        big.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for i, (value, label) in enumerate(parts):
            r = QRectF(left + i * (box_w + gap), 0, box_w, box_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(soft("accent" if self.phase == "before" else "good", pal, 40))
            p.drawRoundedRect(r, 8, 8)
            p.setPen(accent)
            p.setFont(big)
            p.drawText(r.adjusted(0, 2, 0, -box_h * 0.28), Qt.AlignmentFlag.AlignCenter, f"{value}")
            p.setPen(muted)
            p.setFont(small)
            p.drawText(r.adjusted(0, box_h * 0.62, 0, -2), Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(text)
        p.setFont(self.font())
        line = self.headline() + (f" · {self.caption}" if self.caption else "")
        p.drawText(
            QRectF(0, box_h + 6, w, 26),
            Qt.AlignmentFlag.AlignCenter,
            p.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, w),
        )
        p.end()
