"""The venue library: every venue ever used, ready to reuse for a new event."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from organiser.changes import Kind
from organiser.models import Venue
from ui import undo
from ui.actions import confirm_delete
from ui.context import AppContext
from ui.fmt import targ  # noqa: E402
from ui.models.venues_model import VenuesModel
from ui.pages.base import Page
from ui.pages.listing import ListingPanel, fit_columns


class VenuesPage(Page):
    page_title = QT_TRANSLATE_NOOP("MainWindow", "Venues")
    kinds = frozenset({Kind.VENUE, Kind.EVENT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("<h2>Venues</h2>"), self)
        lay.addWidget(head)
        intro = QLabel(
            self.tr(
                "Every place you have used. Pick one for the current event, "
                "or keep the details (Wi-Fi, access, closing time) in one place."
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = VenuesModel(self)
        self.panel = ListingPanel(self.model, self.tr("Venues"), self.tr("Search venues"), self)
        self.panel.button("add", self.tr("&New venue…"), self.new_venue)
        self.panel.button("edit", self.tr("&Edit…"), self.edit_selected, self.tr("Edit venue"))
        self.use_button = self.panel.button(
            "event", self.tr("&Use for this event"), self.use_for_event
        )
        self.panel.button(
            "delete", self.tr("&Delete"), self.delete_selected, self.tr("Delete venue")
        )
        self.panel.on_activated(self.edit)
        lay.addWidget(self.panel, 1)
        self.model.set_rows([])

    def refresh(self) -> None:
        from organiser.overview import venue_summaries

        keep = self.panel.current_id()
        self.model.set_rows(self.ctx.ops.call(venue_summaries))
        fit_columns(self.panel.table, 360)
        self.panel.select_id(keep)
        self.use_button.setEnabled(self.ctx.current_event_id is not None)

    def focus_search(self) -> None:
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    def new_venue(self) -> None:
        from ui.dialogs.venue_dialog import VenueDialog

        dlg = VenueDialog(self.ctx, None, self)
        if dlg.exec():
            self.refresh()
            self.panel.select_id(dlg.saved_id)

    def edit(self, venue_id: int) -> None:
        from ui.dialogs.venue_dialog import VenueDialog

        if VenueDialog(self.ctx, venue_id, self).exec():
            self.refresh()

    def edit_selected(self) -> None:
        vid = self.panel.current_id()
        if vid is not None:
            self.edit(vid)

    def use_for_event(self) -> None:
        from organiser import events

        vid = self.panel.current_id()
        eid = self.ctx.current_event_id
        if vid is None or eid is None:
            return
        undo.run(
            self.ctx,
            self.tr("Change the event's venue"),
            undo.event_edit(eid),
            lambda s: events.update_event(s, eid, venue_id=vid),
            what="event",
            parent=self,
        )

    def delete_selected(self) -> None:
        vid = self.panel.current_id()
        if vid is None:
            return
        name = self.model.record(self.model.row_of(vid)).name
        if confirm_delete(
            self,
            self.tr("Delete venue"),
            targ(
                self.tr(
                    "Delete the venue “%1”? Events held there keep their "
                    "details but lose the venue."
                ),
                name,
            ),
        ):
            from organiser import venues

            undo.run(
                self.ctx,
                targ(self.tr("Delete venue “%1”"), name),
                [undo.tree(Venue, vid)],
                lambda s: venues.delete_venue(s, vid),
                what="venue",
                parent=self,
            )
