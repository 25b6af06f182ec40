"""The Overview's card for a series: its events in order, with RSVPs and check-ins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from organiser.series import Sibling
from ui import fmt
from ui.context import AppContext
from ui.widgets.card import Card


def _siblings(ctx: AppContext, event_id: int) -> list[Sibling]:
    """The card's only data access: the core's list of the series' events."""
    from organiser.errors import OrganiserError
    from organiser.series import siblings

    try:
        return ctx.ops.call(lambda s: list(siblings(s, event_id)))
    except OrganiserError:
        return []


class SeriesCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This series"), parent)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Event"), self.tr("Starts"), self.tr("Going"), self.tr("Checked in")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAccessibleName(self.tr("Events of this series"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add(self.tree)
        self.rows = 0

    def show_event(self, ctx: AppContext, event_id: int) -> None:
        """Fill in the series of ``event_id``; hidden when the event is not in one."""
        rows = _siblings(ctx, event_id)
        self.tree.clear()
        self.rows = len(rows)
        for r in rows:
            item = QTreeWidgetItem(
                [
                    r.title,
                    f"{fmt.when(r.starts_at, r.timezone)} ({r.timezone})",
                    str(r.going),
                    str(r.checked_in),
                ]
            )
            for col in (2, 3):
                item.setTextAlignment(
                    col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if r.current:
                bold = QFont(self.tree.font())
                bold.setBold(True)
                for col in range(4):
                    item.setFont(col, bold)
            self.tree.addTopLevelItem(item)
        height = self.tree.header().sizeHint().height() + 4
        height += sum(self.tree.sizeHintForRow(0) for _ in rows) if rows else 0
        self.tree.setFixedHeight(max(height, 40))
        self.setVisible(bool(rows))
