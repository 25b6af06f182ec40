"""A small attendance-trend chart (going vs checked in per past event), drawn with QPainter.

Colours come from the widget's palette, so it follows light and dark themes.
Feed it :func:`organiser.stats.attendance_trend` through :meth:`set_stats`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from organiser import stats
from organiser.stats import EventStats
from ui import fmt


@dataclass(frozen=True)
class ChartPoint:
    label: str
    going: int
    checked_in: int
    tooltip: str = ""
    current: bool = False  # the event the page is about: its label is bold
    upcoming: bool = False  # not happened yet: nobody can have come, so no "0/39"


def points_from_stats(items: Iterable[EventStats], current: int | None = None) -> list[ChartPoint]:
    """One point per event, labelled with its local date."""
    out = []
    for st in items:
        local = st.starts_at.in_timezone(st.timezone)
        rate = f"{st.checked_in_going / st.going:.0%}" if st.going else "–"
        upcoming = not st.is_past and st.checked_in == 0
        tip = (
            fmt.targ(
                QCoreApplication.translate("AttendanceChart", "%1: %2 going (not happened yet)"),
                st.title,
                st.going,
            )
            if upcoming
            else fmt.targ(
                QCoreApplication.translate("AttendanceChart", "%1: %2 checked in of %3 going (%4)"),
                st.title,
                st.checked_in,
                st.going,
                rate,
            )
        )
        out.append(
            ChartPoint(
                label=local.format("D MMM YY", locale=fmt.language()),
                going=st.going,
                checked_in=st.checked_in,
                tooltip=tip,
                current=st.event_id == current,
                upcoming=upcoming,
            )
        )
    return out


class AttendanceChart(QWidget):
    """Bars of "going" with the "checked in" part filled, one pair per event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[ChartPoint] = []
        self.setAccessibleName(self.tr("Attendance across past events"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_points(self, points: Sequence[ChartPoint]) -> None:
        self.points = list(points)
        summary = "; ".join(
            fmt.targ(self.tr("%1: %2 going, not happened yet"), p.label, p.going)
            if p.upcoming
            else fmt.targ(self.tr("%1: %2 of %3"), p.label, p.checked_in, p.going)
            for p in self.points
        )
        self.setAccessibleDescription(summary or self.tr("No past events yet."))
        self.update()

    def set_stats(self, items: Iterable[EventStats], current: int | None = None) -> None:
        self.set_points(points_from_stats(items, current))

    def set_event(self, ctx: Any, event_id: int | None, limit: int = 8) -> None:
        """Show the events up to this one (the Overview calls this with its context)."""
        if event_id is None:
            self.set_points([])
            return
        items = ctx.ops.call(
            lambda s: stats.attendance_trend(s, through_event=event_id, limit=limit)
        )
        self.set_stats(items, current=event_id)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 120)

    def _bar_rects(self) -> list[tuple[QRectF, QRectF, ChartPoint]]:
        fm = self.fontMetrics()
        left, right = 8, 8
        top, bottom = 2 * fm.height() + 10, fm.height() + 8  # legend, then value labels
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if not self.points or area.width() <= 0 or area.height() <= 0:
            return []
        peak = max(max(p.going, p.checked_in) for p in self.points) or 1
        slot = area.width() / len(self.points)
        width = max(4.0, min(slot * 0.6, 48.0))
        out = []
        for i, p in enumerate(self.points):
            x = area.left() + slot * i + (slot - width) / 2
            h_going = area.height() * p.going / peak
            h_in = area.height() * p.checked_in / peak
            going = QRectF(x, area.bottom() - h_going, width, h_going)
            came = QRectF(x, area.bottom() - h_in, width, h_in)
            out.append((going, came, p))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        if not self.points:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No past events yet.")
            )
            return
        bars = self._bar_rects()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        outline = QColor(highlight)
        pale = QColor(highlight)
        pale.setAlphaF(0.25)
        if bars:  # the base line
            base_y = bars[0][0].bottom()
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(4, int(base_y), self.width() - 4, int(base_y))
        # the distance between bars, as _bar_rects lays them out
        slot = bars[1][0].left() - bars[0][0].left() if len(bars) > 1 else float(self.width())
        bold = QFont(painter.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(p.label) for p in self.points) + 6
        every = max(1, int(widest // slot) + 1)  # dates every n-th bar when they would collide
        last = len(bars) - 1
        for i, (going, came, p) in enumerate(bars):
            pen = QPen(outline, 1)
            if p.upcoming:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(pale)
            painter.drawRect(going)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawRect(came)
            painter.setPen(text)
            if (last - i) % every == 0 or p.current:
                label_rect = QRectF(
                    going.center().x() - widest / 2, going.bottom() + 2, widest, fm.height()
                )
                font = painter.font()
                font.setBold(p.current)
                painter.setFont(font)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, p.label)
                font.setBold(False)
                painter.setFont(font)
            if p.going:
                value = f"{p.checked_in}/{p.going}"
                if p.upcoming:
                    value = self.tr("%1 going").replace("%1", str(p.going))
                    if fm.horizontalAdvance(value) > slot - 10:  # keep a gap to the next
                        value = str(p.going)
                value_rect = QRectF(
                    going.center().x() - slot / 2, going.top() - fm.height() - 1, slot, fm.height()
                )
                painter.drawText(value_rect, Qt.AlignmentFlag.AlignHCenter, value)
        # legend
        legend = 14 + fm.horizontalAdvance(self.tr("going")) + 12 + 14
        lx = self.width() - legend - fm.horizontalAdvance(self.tr("checked in")) - 12
        painter.setPen(outline)
        painter.setBrush(pale)
        painter.drawRect(QRectF(lx, 3, 10, 10))
        painter.setPen(text)
        painter.drawText(int(lx + 14), int(fm.ascent() + 2), self.tr("going"))
        lx2 = lx + 14 + fm.horizontalAdvance(self.tr("going")) + 12
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(highlight)
        painter.drawRect(QRectF(lx2, 3, 10, 10))
        painter.setPen(text)
        painter.drawText(int(lx2 + 14), int(fm.ascent() + 2), self.tr("checked in"))

    def event(self, e: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            for going, _came, p in self._bar_rects():
                hit = going.adjusted(-4, -20, 4, 20)
                if hit.contains(e.pos().toPointF()):
                    QToolTip.showText(e.globalPos(), p.tooltip or p.label, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]
