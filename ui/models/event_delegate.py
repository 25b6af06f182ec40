"""Draws an event of the sidebar: title, when and format; past events muted under a header."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.events_model import PAST_ROLE, SUBTITLE_ROLE

ROW_H = 50
HEADER_H = 26


class EventDelegate(QStyledItemDelegate):
    def _header(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """The first past event carries a "Past events" header above it."""
        if not index.data(PAST_ROLE):
            return False
        if index.row() == 0:
            return True
        prev = index.sibling(index.row() - 1, 0)
        return not prev.data(PAST_ROLE)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        return QSize(200, ROW_H + (HEADER_H if self._header(index) else 0))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        pal = option.palette  # type: ignore[attr-defined]
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if self._header(index):
            head = QRect(rect.left() + 10, rect.top(), rect.width() - 20, HEADER_H)
            f = QFont(option.font)  # type: ignore[attr-defined]
            f.setBold(True)
            f.setPointSizeF(f.pointSizeF() * 0.85)
            painter.setFont(f)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                head,
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                self.tr("PAST EVENTS"),
            )
            rect.setTop(rect.top() + HEADER_H)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(4, 2, -4, -2), 6, 6)
        past = bool(index.data(PAST_ROLE))
        text = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        title_font = QFont(option.font)  # type: ignore[attr-defined]
        title_font.setBold(not past)
        painter.setFont(title_font)
        painter.setPen(
            text if not past or selected else pal.color(QPalette.ColorRole.PlaceholderText)
        )
        inner = rect.adjusted(14, 6, -12, -6)
        fm = painter.fontMetrics()
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), inner.height() // 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(pal.color(muted))
        sub = str(index.data(SUBTITLE_ROLE) or "")
        painter.drawText(
            QRect(
                inner.left(), inner.top() + inner.height() // 2, inner.width(), inner.height() // 2
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(sub, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()
