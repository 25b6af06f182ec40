"""The attendance chart draws one bar pair per past event, in the palette's colours."""

from __future__ import annotations

import pendulum
from PySide6.QtGui import QColor, QPalette

from organiser import attendees as A
from organiser import stats
from organiser.demo import HISTORY
from organiser.events import create_event
from ui.widgets.attendance_chart import AttendanceChart, points_from_stats


def colours(widget) -> set[tuple[int, int, int]]:
    img = widget.grab().toImage()
    return {
        QColor(img.pixel(x, y)).getRgb()[:3]
        for x in range(0, img.width(), 2)
        for y in range(0, img.height(), 2)
    }


def test_chart_from_trend_uses_palette_highlight(qtbot, store):
    with store.session() as s:
        for month, (going, came) in enumerate([(10, 4), (20, 15)], start=1):
            start = pendulum.datetime(2026, month, 10, 18, tz="Europe/Rome")
            e = create_event(
                s,
                title=f"M{month}",
                starts_at=start,
                ends_at=start.add(hours=2),
                timezone="Europe/Rome",
            )
            for i in range(going):
                a = A.add_attendee(s, e.id, first_name=f"P{i}")
                if i < came:
                    a.checked_in_at = start
        trend = stats.attendance_trend(s, now=pendulum.datetime(2026, 6, 1, tz="UTC"))
    points = points_from_stats(trend)
    assert [(p.label, p.going, p.checked_in) for p in points] == [
        ("10 Jan 26", 10, 4),
        ("10 Feb 26", 20, 15),
    ]
    assert "15 checked in of 20 going (75%)" in points[1].tooltip

    chart = AttendanceChart()
    qtbot.addWidget(chart)
    pal = chart.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(200, 30, 40))
    pal.setColor(QPalette.ColorRole.Window, QColor(20, 20, 20))
    chart.setPalette(pal)
    chart.setAutoFillBackground(True)
    chart.resize(400, 200)
    chart.set_stats(trend)
    assert "10 Feb 26: 15 of 20" in chart.accessibleDescription()
    seen = colours(chart)
    assert (200, 30, 40) in seen  # checked-in bars in the palette's highlight
    assert (20, 20, 20) in seen  # dark background respected, nothing hard-coded light
    assert (255, 255, 255) not in seen


def test_empty_chart_says_so(qtbot):
    chart = AttendanceChart()
    qtbot.addWidget(chart)
    chart.set_points([])
    assert chart.accessibleDescription() == "No past events yet."


def test_set_event_shows_the_events_up_to_this_one(qtbot, demo_store):
    """What the Overview calls: the upcoming sample meetup last, after the past ones."""
    from ui.context import AppContext

    store, eid = demo_store
    with store.session() as s:
        start = pendulum.now("UTC").subtract(days=40)
        past = create_event(
            s, title="Before", starts_at=start, ends_at=start.add(hours=2), timezone="UTC"
        ).id
        a = A.add_attendee(s, past, first_name="Ana")
        a.checked_in_at = start
    chart = AttendanceChart()
    qtbot.addWidget(chart)
    chart.set_event(AppContext(store), eid)
    # the sample's own history, the event added here, then the upcoming one
    assert [p.current for p in chart.points] == [False] * (len(HISTORY) + 1) + [True]
    before = [p for p in chart.points if p.tooltip.startswith("Before:")]
    assert [(p.going, p.checked_in) for p in before] == [(1, 1)]
    with store.session() as s:
        going = stats.event_stats(s, eid).going
    assert chart.points[-1].going == going


def test_upcoming_event_shows_going_not_a_zero_attendance(qtbot, demo_store):
    """The sample's next meetup has nobody checked in yet: it is "39 going", not "0/39"."""
    from ui.context import AppContext

    store, eid = demo_store
    chart = AttendanceChart()
    qtbot.addWidget(chart)
    chart.resize(340, 200)
    chart.set_event(AppContext(store), eid)
    *past, upcoming = chart.points
    assert upcoming.current and upcoming.upcoming and not any(p.upcoming for p in past)
    assert "not happened yet" in upcoming.tooltip and "0 checked in" not in upcoming.tooltip
    description = chart.accessibleDescription()
    assert f"{upcoming.label}: {upcoming.going} going, not happened yet" in description
    assert f"{upcoming.label}: 0 of" not in description
    # the past meetups keep their "came of going" figures
    assert all(f"{p.label}: {p.checked_in} of {p.going}" in description for p in past)
    chart.grab()  # paints without error at the Overview's size
