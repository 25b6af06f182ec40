"""The Overview: the selected event at a glance, drawn rather than listed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser.changes import Kind
from organiser.events import is_streamed, meets_in_room
from organiser.i18n import translator
from ui import actions, fmt
from ui.context import AppContext
from ui.fmt import targ
from ui.icons import icon
from ui.models.events_model import format_name
from ui.pages.base import Page
from ui.widgets.capacity_bar import CapacityBar
from ui.widgets.card import Card
from ui.widgets.countdown import CountdownWidget
from ui.widgets.due_list import DueList
from ui.widgets.progress import ProgressRing
from ui.widgets.readiness_grid import ReadinessGrid
from ui.widgets.series_card import SeriesCard
from ui.widgets.stats import StatStrip
from ui.widgets.trend_bars import TrendBars


def _chart_widget(parent: QWidget) -> tuple[QWidget, bool]:
    """The attendees area's chart when it is in this build, else the small built-in one."""
    try:
        from ui.widgets.attendance_chart import AttendanceChart  # type: ignore[import-not-found]
    except ImportError:
        return TrendBars(parent), False
    try:
        return AttendanceChart(parent), True
    except TypeError:
        return TrendBars(parent), False


class OverviewPage(Page):
    page_title = QT_TRANSLATE_NOOP("MainWindow", "Overview")
    kinds = frozenset(
        {
            Kind.EVENT,
            Kind.VENUE,
            Kind.ATTENDEE,
            Kind.CHECKLIST,
            Kind.SESSION,
            Kind.SPEAKER,
            Kind.CHECKIN,
            Kind.TEMPLATE,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(20, 16, 20, 20)
        lay.setSpacing(14)

        self.title = QLabel(inner)
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.7)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Event title"))
        self.subtitle = QLabel(inner)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit event…"), inner)
        self.copy_button = QPushButton(icon("copy"), self.tr("New event from this one…"), inner)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), inner)
        self.delete_button.setAccessibleName(self.tr("Delete event"))
        for b in (self.edit_button, self.copy_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.countdown_card = Card(self.tr("Countdown"), inner)
        self.countdown = CountdownWidget(self.countdown_card)
        self.countdown_card.add(self.countdown)
        self.stats = StatStrip(self.countdown_card)
        self.countdown_card.add(self.stats)
        grid.addWidget(self.countdown_card, 0, 0, 1, 2)

        self.venue_card = Card(self.tr("Venue and RSVPs"), inner)
        self.venue_name = QLabel(self.venue_card)
        vf = QFont(self.venue_name.font())
        vf.setBold(True)
        vf.setPointSizeF(vf.pointSizeF() * 1.15)
        self.venue_name.setFont(vf)
        self.venue_name.setWordWrap(True)
        self.venue_address = QLabel(self.venue_card)
        self.venue_address.setWordWrap(True)
        self.venue_address.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.venue_facts = QLabel(self.venue_card)
        self.venue_facts.setWordWrap(True)
        self.capacity = CapacityBar(self.venue_card)
        self.venue_card.add(self.venue_name)
        self.venue_card.add(self.venue_address)
        self.venue_card.add(self.venue_facts)
        self.venue_card.add(self.capacity)
        grid.addWidget(self.venue_card, 1, 0)

        self.trend_card = Card(self.tr("Attendance over recent events"), inner)
        self.trend, self.external_chart = _chart_widget(self.trend_card)
        self.trend_card.add(self.trend)
        grid.addWidget(self.trend_card, 2, 0)

        self.checklist_card = Card(self.tr("Checklist"), inner)
        self.progress = ProgressRing(self.checklist_card)
        self.due = DueList(self.checklist_card)
        self.checklist_card.add(self.progress)
        self.checklist_card.add(self.due)
        self.checklist_card.body.addStretch(1)
        grid.addWidget(self.checklist_card, 1, 1, 2, 1)

        self.readiness_card = Card(self.tr("Speaker readiness"), inner)
        self.readiness = ReadinessGrid(self.readiness_card)
        # The grid is never squeezed; on a narrow window it scrolls sideways inside
        # its card instead of making the whole Overview scroll sideways.
        self.readiness_scroll = QScrollArea(self.readiness_card)
        self.readiness_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.readiness_scroll.setWidgetResizable(True)
        self.readiness_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.readiness_scroll.setWidget(self.readiness)
        self.readiness_scroll.setAccessibleName(self.tr("Speaker readiness"))
        self.readiness_scroll.viewport().setAutoFillBackground(False)
        self.readiness.setAutoFillBackground(False)
        self.readiness_card.add(self.readiness_scroll)
        grid.addWidget(self.readiness_card, 3, 0, 1, 2)
        self.series_card = SeriesCard(inner)
        grid.addWidget(self.series_card, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        lay.addStretch(1)

        self.empty = QLabel(
            self.tr("Choose an event in the sidebar, or create one with File ▸ New event."), inner
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)
        self.cards = (
            self.countdown_card,
            self.venue_card,
            self.checklist_card,
            self.readiness_card,
            self.trend_card,
            self.series_card,
        )

        self.edit_button.clicked.connect(lambda: actions.edit_event(self.ctx, self, self.event_id))
        self.copy_button.clicked.connect(lambda: actions.copy_event(self.ctx, self, self.event_id))
        self.delete_button.clicked.connect(
            lambda: actions.delete_event(self.ctx, self, self.event_id, self.title.text())
        )

    def _show_content(self, visible: bool) -> None:
        for w in (
            *self.cards,
            self.edit_button,
            self.copy_button,
            self.delete_button,
            self.title,
            self.subtitle,
        ):
            w.setVisible(visible)
        self.empty.setVisible(not visible)

    def refresh(self) -> None:
        from organiser.errors import OrganiserError
        from organiser.overview import event_overview

        if self.event_id is None:
            self.overview = None
            self._show_content(False)
            return
        try:
            event_id = self.event_id
            ov = self.ctx.ops.call(lambda s: event_overview(s, event_id))
        except OrganiserError:
            self.overview = None
            self._show_content(False)
            return
        self.overview = ov
        self._show_content(True)
        self.title.setText(ov.title)
        status = {
            "draft": self.tr("Draft"),
            "announced": self.tr("Announced"),
            "done": self.tr("Done"),
            "cancelled": self.tr("Cancelled"),
        }.get(ov.status, ov.status)
        self.subtitle.setText(
            f"{fmt.when(ov.starts_at, ov.timezone)} – {fmt.clock(ov.ends_at, ov.timezone)}"
            f" · {ov.timezone} · {format_name(ov.format)} · {status}"
        )
        cd = ov.countdown()
        self.countdown.set_countdown(cd.phase, cd.seconds, fmt.when(ov.starts_at, ov.timezone))
        self.stats.set_stats(
            [
                (str(ov.sessions), self.tr("sessions"), ""),
                (str(ov.speakers), self.tr("speakers"), ""),
                (
                    str(ov.people_going),
                    self.tr("going") if not ov.guests_going
                    # people who RSVPed plus the guests they bring: what the room holds
                    else targ(self.tr("going (%1 guests)"), str(ov.guests_going)),
                    "accent",
                ),
                (str(ov.people_in), self.tr("checked in"), "good" if ov.checked_in else ""),
            ]
        )
        if ov.venue_name:
            self.venue_name.setText(ov.venue_name)
            self.venue_address.setText(ov.venue_address)
        elif not meets_in_room(ov.format):
            self.venue_name.setText(self.tr("Online only"))
            self.venue_address.setText(
                self.tr("No room to book; RSVPs count against the event's limit.")
            )
        else:
            self.venue_name.setText(self.tr("No venue yet"))
            self.venue_address.setText(self.tr("Pick one in Library ▸ Venues or in Edit event."))
        facts = [format_name(ov.format)]
        if ov.stream_links:
            facts.append(self.tr("%n stream link(s)", "", ov.stream_links))
        elif is_streamed(ov.format):
            facts.append(self.tr("no stream link yet"))
        if ov.venue_closing_time:
            facts.append(targ(self.tr("venue closes at %1"), ov.venue_closing_time))
        self.venue_facts.setText(" · ".join(facts))
        self.capacity.set_values(ov.people_going, ov.capacity, ov.waitlist)
        self.progress.set_values(ov.checklist_done, ov.checklist_total, ov.overdue)
        words = translator(fmt.language()).checklist  # shipped item titles, as on Checklist
        self.due.set_items(
            [(words(i.title), i.speaker_name, i.days_left, i.overdue) for i in ov.next_items]
        )
        self.readiness.set_grid(
            [words(c) for c in ov.readiness.columns],
            [(r.name, r.remote, r.cells) for r in ov.readiness.rows],
        )
        bar = self.readiness_scroll.horizontalScrollBar().sizeHint().height()
        self.readiness_scroll.setFixedHeight(self.readiness.sizeHint().height() + bar)
        if not self.external_chart:
            self.trend.set_points(  # type: ignore[attr-defined]
                [
                    (
                        fmt.short_day(t.starts_at, ov.timezone),
                        t.going,
                        t.checked_in,
                        t.event_id == ov.id,
                    )
                    for t in ov.trend
                ]
            )
        elif hasattr(self.trend, "set_event"):
            self.trend.set_event(self.ctx, ov.id)  # type: ignore[attr-defined]
        self.series_card.show_event(self.ctx, ov.id)
