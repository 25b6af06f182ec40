"""Speakers × their checklist ticks: who still owes slides, a tech check, consent."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.fmt import targ  # noqa: E402
from ui.theme import color

ROW_H = 28
HEAD_H = 132
ANGLE = -58
LABEL_W = 150
NAME_W = 150
CELL_W = 38


class ReadinessGrid(QWidget):
    """Rows of (name, remote, cells) where a cell is done / open / overdue / none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[tuple[str, bool, Sequence[str]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Speaker readiness"))

    def set_grid(
        self, columns: Sequence[str], rows: Sequence[tuple[str, bool, Sequence[str]]]
    ) -> None:
        self.columns = list(columns)
        self.rows = list(rows)
        done = sum(1 for _n, _r, cells in self.rows for c in cells if c == "done")
        total = sum(1 for _n, _r, cells in self.rows for c in cells if c != "none")
        self.setAccessibleDescription(
            targ(self.tr("%1 of %2 speaker tasks done"), done, total)
            if total
            else self.tr("No speaker checklists yet")
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self.columns:
            return QSize(300, 60)
        return QSize(NAME_W + CELL_W * len(self.columns) + 60, HEAD_H + ROW_H * len(self.rows) + 28)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Never squeeze the grid: the Overview scrolls sideways instead of clipping ticks.
        return self.sizeHint()

    def cell_at(self, x: float, y: float) -> tuple[int, int]:
        """(row, column) under a point; -1 where there is none. Row -1 is the header."""
        col = int((x - NAME_W) // CELL_W) if x >= NAME_W else -1
        if col >= len(self.columns):
            col = -1
        if y < HEAD_H:
            return -1, col
        row = int((y - HEAD_H) // ROW_H)
        return (row if row < len(self.rows) else -1), col

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            assert isinstance(e, QHelpEvent)
            row, col = self.cell_at(e.position().x(), e.position().y())
            text = ""
            if col >= 0 and row >= 0:
                name, _remote, cells = self.rows[row]
                text = f"{name} — {self.columns[col]}: {self._label(cells[col])}"
            elif col >= 0:
                text = self.columns[col]
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def _label(self, state: str) -> str:
        return {
            "done": self.tr("done"),
            "open": self.tr("to do"),
            "overdue": self.tr("overdue"),
        }.get(state, self.tr("not asked"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        if not self.columns or not self.rows:
            p.setPen(muted)
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Speaker tasks appear here once the event has a checklist."),
            )
            p.end()
            return
        fm = p.fontMetrics()
        # Column titles, slanted so long ones fit.
        for i, title in enumerate(self.columns):
            x = NAME_W + i * CELL_W + CELL_W / 2
            p.save()
            p.translate(x + 4, HEAD_H - 6)
            p.rotate(ANGLE)
            p.setPen(muted)
            p.drawText(QPointF(0, 0), fm.elidedText(title, Qt.TextElideMode.ElideRight, LABEL_W))
            p.restore()
        for r, (name, remote, cells) in enumerate(self.rows):
            y = HEAD_H + r * ROW_H
            if r % 2 == 0:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
                p.drawRoundedRect(QRectF(0, y, NAME_W + CELL_W * len(self.columns), ROW_H), 4, 4)
            p.setPen(text)
            label = name + ("  " + self.tr("(remote)") if remote else "")
            p.drawText(
                QRectF(6, y, NAME_W - 10, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, NAME_W - 12),
            )
            for i, state in enumerate(cells):
                c = QPointF(NAME_W + i * CELL_W + CELL_W / 2, y + ROW_H / 2)
                self._cell(p, pal, c, state)
        # Legend
        y = HEAD_H + len(self.rows) * ROW_H + 8
        x = 6.0
        for state in ("done", "open", "overdue"):
            self._cell(p, pal, QPointF(x + 7, y + 8), state)
            p.setPen(muted)
            label = self._label(state)
            p.drawText(QPointF(x + 20, y + 12), label)
            x += 36 + fm.horizontalAdvance(label)
        p.end()

    def _cell(self, p: QPainter, pal: QPalette, c: QPointF, state: str) -> None:
        r = 8.0
        if state == "none":
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 2))
            p.drawLine(QPointF(c.x() - 4, c.y()), QPointF(c.x() + 4, c.y()))
            return
        if state == "done":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color("good", pal))
            p.drawEllipse(c, r, r)
            tick = QPainterPath(QPointF(c.x() - 4, c.y()))
            tick.lineTo(c.x() - 1, c.y() + 3)
            tick.lineTo(c.x() + 4.5, c.y() - 3.5)
            pen = QPen(pal.color(QPalette.ColorRole.Base), 2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(tick)
        elif state == "overdue":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color("bad", pal))
            p.drawEllipse(c, r, r)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Base), 2))
            p.drawLine(QPointF(c.x(), c.y() - 4), QPointF(c.x(), c.y() + 1))
            p.drawPoint(QPointF(c.x(), c.y() + 4))
        else:
            p.setPen(QPen(color("accent", pal), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, r - 1, r - 1)
