"""RSVPs going against the room's capacity, with the waiting list after it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.fmt import targ  # noqa: E402
from ui.theme import color


class CapacityBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.going = 0
        self.waitlist = 0
        self.capacity: int | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # the caption wraps on a narrow card
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("RSVPs against capacity"))

    def _caption_height(self, width: int) -> int:
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), 1000), int(Qt.TextFlag.TextWordWrap), self.summary()
        )
        return max(rect.height(), self.fontMetrics().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return 26 + self._caption_height(width) + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        # Not every layout asks heightForWidth(): the hint follows the current width.
        width = self.width() if self.width() > 60 else 300
        return QSize(300, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self.heightForWidth(
            event.oldSize().width()
        ):
            self.updateGeometry()

    def set_values(self, going: int, capacity: int | None, waitlist: int = 0) -> None:
        self.going, self.capacity, self.waitlist = going, capacity, waitlist
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        if self.capacity:
            text = targ(self.tr("%1 going of %2 places"), self.going, self.capacity)
        else:
            text = targ(self.tr("%1 going, no capacity set"), self.going)
        if self.waitlist:
            text += " · " + self.tr("%n on the waiting list", "", self.waitlist)
        return text

    def fill_color_name(self) -> str:
        if not self.capacity:
            return "accent"
        ratio = self.going / self.capacity
        return "bad" if ratio > 1 else "warn" if ratio >= 0.9 else "good"

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        w = self.width()
        bar = QRectF(0, 4, w, 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.Mid))
        p.drawRoundedRect(bar, 8, 8)
        total = max(self.capacity or 0, self.going + self.waitlist, 1)
        going_w = w * min(self.going, total) / total
        if self.waitlist:
            wait = QRectF(0, 4, w * min(self.going + self.waitlist, total) / total, 16)
            c = color("warn", pal)
            c.setAlpha(110)
            p.setBrush(c)
            p.drawRoundedRect(wait, 8, 8)
        p.setBrush(color(self.fill_color_name(), pal))
        if going_w > 0:
            p.drawRoundedRect(QRectF(0, 4, max(going_w, 16), 16), 8, 8)
        if self.capacity and self.capacity < total:
            x = w * self.capacity / total
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawLine(int(x), 0, int(x), 24)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(
            QRectF(0, 26, w, self._caption_height(w)),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            self.summary(),
        )
        p.end()
