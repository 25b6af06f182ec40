"""All events in one sortable table: compare turnout, find last year's edition."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from organiser.changes import Kind
from ui import actions
from ui.context import AppContext
from ui.models.events_model import EventsModel
from ui.pages.base import Page
from ui.pages.listing import ListingPanel, fit_columns


class EventsPage(Page):
    page_title = QT_TRANSLATE_NOOP("MainWindow", "All events")
    kinds = frozenset({Kind.EVENT, Kind.ATTENDEE, Kind.VENUE, Kind.CHECKIN})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("<h2>All events</h2>"), self))
        intro = QLabel(self.tr("Sort by date, format or turnout; open one to work on it."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = EventsModel(self)
        self.panel = ListingPanel(
            self.model, self.tr("All events"), self.tr("Search by title, venue or format"), self
        )
        self.panel.button("add", self.tr("&New event…"), self.new_event)
        self.panel.button("copy", self.tr("New event from &this one…"), self.copy_selected)
        self.panel.button(
            "delete", self.tr("&Delete"), self.delete_selected, self.tr("Delete event")
        )
        self.panel.on_activated(self.open_event)
        lay.addWidget(self.panel, 1)

    def refresh(self) -> None:
        from organiser.overview import event_summaries

        keep = self.panel.current_id() or self.ctx.current_event_id
        self.model.set_rows(self.ctx.ops.call(event_summaries))
        fit_columns(self.panel.table, 360)
        self.panel.select_id(keep)

    def focus_search(self) -> None:
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    def open_event(self, event_id: int) -> None:
        self.ctx.select_event(event_id)
        window = self.window()
        show = getattr(window, "show_page", None)
        if callable(show):
            show(0)

    def new_event(self) -> None:
        actions.new_event(self.ctx, self)

    def copy_selected(self) -> None:
        actions.copy_event(self.ctx, self, self.panel.current_id())

    def delete_selected(self) -> None:
        eid = self.panel.current_id()
        if eid is None:
            return
        title = self.model.record(self.model.row_of(eid)).title
        actions.delete_event(self.ctx, self, eid, title)
