"""Speakers: the event's running order and line-up, and the library across events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from organiser.changes import Kind
from organiser.errors import OrganiserError
from organiser.models import Speaker
from ui import fmt, undo
from ui.actions import confirm_delete
from ui.context import AppContext
from ui.fmt import targ  # noqa: E402
from ui.icons import icon
from ui.models.sessions_model import SessionsModel
from ui.models.speakers_model import SpeakersModel
from ui.pages.base import Page
from ui.pages.listing import ListingPanel, fit_columns, make_table


def _button(parent: QWidget, icon_name: str, text: str, accessible: str = "") -> QPushButton:
    b = QPushButton(icon(icon_name), text, parent)
    b.setAccessibleName(accessible or text.replace("&", "").rstrip("…"))
    return b


class SpeakersPage(Page):
    """Sessions of the selected event (drag to reorder) and who speaks in them."""

    page_title = QT_TRANSLATE_NOOP("MainWindow", "Speakers")
    kinds = frozenset({Kind.SESSION, Kind.SPEAKER, Kind.EVENT})
    wants_event_header = True  # the window names the event above this page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        lay.addWidget(split)

        top = QWidget(split)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        title = QLabel(self.tr("<h3>Sessions</h3>"), top)
        head.addWidget(title)
        hint = QLabel(self.tr("Drag a row to change the running order."), top)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head.addWidget(hint, 1)
        self.add_session_button = _button(
            top, "add", self.tr("&Add session…"), self.tr("Add session")
        )
        self.edit_session_button = _button(top, "edit", self.tr("Edit…"), self.tr("Edit session"))
        self.delete_session_button = _button(
            top, "delete", self.tr("Remove"), self.tr("Remove session")
        )
        for b in (self.add_session_button, self.edit_session_button, self.delete_session_button):
            head.addWidget(b)
        tl.addLayout(head)
        self.sessions = SessionsModel(self)
        self.sessions_view = make_table(
            top, self.sessions, None, self.tr("Sessions"), sortable=False
        )
        v = self.sessions_view
        v.setDragEnabled(True)
        v.setAcceptDrops(True)
        v.setDropIndicatorShown(True)
        v.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        v.setDefaultDropAction(Qt.DropAction.MoveAction)
        v.setDragDropOverwriteMode(False)
        tl.addWidget(v, 1)

        bottom = QWidget(split)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("<h3>On stage at this event</h3>"), bottom))
        self.people = SpeakersModel(self)
        self.people_panel = ListingPanel(
            self.people, self.tr("Speakers at this event"), self.tr("Search speakers"), bottom
        )
        self.people_panel.button("add", self.tr("New speaker…"), self.new_speaker)
        self.people_panel.button("edit", self.tr("Edit speaker…"), self.edit_speaker)
        self.people_panel.on_activated(self._edit_speaker_id)
        bl.addWidget(self.people_panel, 1)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button.clicked.connect(self.delete_selected)
        v.activated.connect(lambda _i: self.edit_session())
        v.doubleClicked.connect(lambda _i: self.edit_session())
        self.sessions.move_requested.connect(self.move_session)
        # Speakers created on this page, per event, shown before they have a session.
        self._added: dict[int, set[int]] = {}
        self.placeholder = QLabel(self.tr("Choose an event in the sidebar."), self)
        lay.addWidget(self.placeholder)

    def refresh(self) -> None:
        from organiser.events import get_event
        from organiser.overview import session_summaries, speaker_summaries
        from organiser.speaker_clock import by_session, event_clocks

        has_event = self.event_id is not None
        self.placeholder.setVisible(not has_event)
        for b in (self.add_session_button, self.edit_session_button, self.delete_session_button):
            b.setEnabled(has_event)
        if self.event_id is None:
            self.sessions.set_rows([])
            self.people.set_rows([])
            return
        keep = self.current_session_id()
        event_id = self.event_id
        added = set(self._added.get(event_id, set()))
        language = fmt.language()

        def load(s: Any) -> tuple[str, Any, Any, Any]:
            zone = get_event(s, event_id).timezone
            clocks = by_session(event_clocks(s, event_id, language))
            on_stage = speaker_summaries(s, event_id)
            waiting = added - {p.id for p in on_stage}
            if waiting:  # added here, no session yet: they stay in view
                on_stage += [p for p in speaker_summaries(s) if p.id in waiting]
                on_stage.sort(key=lambda p: p.name.casefold())
            return zone, clocks, session_summaries(s, event_id), on_stage

        try:
            zone, clocks, sessions, people = self.ctx.ops.call(load)
        except OrganiserError:  # the event was deleted meanwhile
            self.sessions.set_rows([])
            self.people.set_rows([])
            return
        self.sessions.set_zone(zone)
        self.sessions.set_clocks(clocks)
        self.sessions.set_rows(sessions)
        self.people.set_rows(people)
        fit_columns(self.sessions_view, 520)
        fit_columns(self.people_panel.table)
        if keep is not None and self.sessions.row_of(keep) >= 0:
            self.sessions_view.selectRow(self.sessions.row_of(keep))

    def focus_search(self) -> None:
        self.people_panel.search.setFocus()

    def current_session_id(self) -> int | None:
        idx = self.sessions_view.currentIndex()
        if not idx.isValid() or idx.row() >= self.sessions.rowCount():
            return None
        return self.sessions.record(idx.row()).id

    def add_session(self) -> None:
        from ui.dialogs.session_dialog import SessionDialog

        if self.event_id is None:
            return
        dlg = SessionDialog(self.ctx, self.event_id, None, self)
        if dlg.exec():
            self.refresh()
            if dlg.saved_id is not None:
                self.sessions_view.selectRow(self.sessions.row_of(dlg.saved_id))

    def edit_session(self) -> None:
        from ui.dialogs.session_dialog import SessionDialog

        sid = self.current_session_id()
        if (
            sid is not None
            and self.event_id is not None
            and SessionDialog(self.ctx, self.event_id, sid, self).exec()
        ):
            self.refresh()

    def delete_selected(self) -> None:
        sid = self.current_session_id()
        if sid is None:
            return
        title = self.sessions.record(self.sessions.row_of(sid)).title
        if confirm_delete(
            self, self.tr("Remove session"), targ(self.tr("Remove “%1” from the agenda?"), title)
        ):
            from organiser import agenda

            assert self.event_id is not None
            undo.run(
                self.ctx,
                targ(self.tr("Remove session “%1”"), title),
                [undo.agenda_of(self.event_id)],
                lambda s: agenda.delete_session(s, sid),
                what="session",
                parent=self,
            )

    def move_session(self, session_id: int, new_index: int) -> None:
        old = self.sessions.row_of(session_id)
        title = self.sessions.record(old).title
        from organiser import agenda

        assert self.event_id is not None
        undo.run(
            self.ctx,
            targ(self.tr("Move “%1”"), title),
            [undo.agenda_of(self.event_id)],
            lambda s: agenda.move_session(s, session_id, new_index),
            what="session",
            parent=self,
        )
        self.refresh()
        self.sessions_view.selectRow(new_index)

    def new_speaker(self) -> None:
        from ui.dialogs.speaker_dialog import SpeakerDialog

        dlg = SpeakerDialog(self.ctx, None, self)
        if dlg.exec():
            if self.event_id is not None and dlg.saved_id is not None:
                self._added.setdefault(self.event_id, set()).add(dlg.saved_id)
            self.refresh()

    def edit_speaker(self) -> None:
        sid = self.people_panel.current_id()
        if sid is not None:
            self._edit_speaker_id(sid)

    def _edit_speaker_id(self, speaker_id: int) -> None:
        from ui.dialogs.speaker_dialog import SpeakerDialog

        if SpeakerDialog(self.ctx, speaker_id, self).exec():
            self.refresh()


class SpeakerLibraryPage(Page):
    """Everyone who ever spoke, for reuse in new events."""

    page_title = QT_TRANSLATE_NOOP("MainWindow", "Speaker library")
    kinds = frozenset({Kind.SPEAKER, Kind.SESSION})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("<h2>Speaker library</h2>"), self))
        intro = QLabel(
            self.tr(
                "Speakers across all your events. Add someone to a session from "
                "the session editor; their bio and photo come along."
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = SpeakersModel(self)
        self.panel = ListingPanel(
            self.model,
            self.tr("Speaker library"),
            self.tr("Search by name, affiliation or email"),
            self,
        )
        self.panel.button("add", self.tr("&New speaker…"), self.new_speaker)
        self.panel.button("edit", self.tr("&Edit…"), self.edit_selected, self.tr("Edit speaker"))
        self.panel.button(
            "delete", self.tr("&Delete"), self.delete_selected, self.tr("Delete speaker")
        )
        self.panel.on_activated(self.edit)
        lay.addWidget(self.panel, 1)

    def refresh(self) -> None:
        from organiser.overview import speaker_summaries

        keep = self.panel.current_id()
        self.model.set_rows(self.ctx.ops.call(speaker_summaries))
        fit_columns(self.panel.table)
        self.panel.select_id(keep)

    def focus_search(self) -> None:
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    def new_speaker(self) -> None:
        from ui.dialogs.speaker_dialog import SpeakerDialog

        dlg = SpeakerDialog(self.ctx, None, self)
        if dlg.exec():
            self.refresh()
            self.panel.select_id(dlg.saved_id)

    def edit(self, speaker_id: int) -> None:
        from ui.dialogs.speaker_dialog import SpeakerDialog

        if SpeakerDialog(self.ctx, speaker_id, self).exec():
            self.refresh()

    def edit_selected(self) -> None:
        sid = self.panel.current_id()
        if sid is not None:
            self.edit(sid)

    def delete_selected(self) -> None:
        sid = self.panel.current_id()
        if sid is None:
            return
        name = self.model.record(self.model.row_of(sid)).name
        if confirm_delete(
            self,
            self.tr("Delete speaker"),
            targ(self.tr("Delete “%1” and take them out of every session?"), name),
        ):
            from organiser import speakers

            undo.run(
                self.ctx,
                targ(self.tr("Delete speaker “%1”"), name),
                [undo.tree(Speaker, sid)],
                lambda s: speakers.delete_speaker(s, sid),
                what="speaker",
                parent=self,
            )
