"""Fixes from an evening of use (issue 15): each test clicks and types as a user would."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime

from organiser.changes import ChangeSet, Kind


def _new_event_dialog(qtbot, window):
    from ui.dialogs.event_dialog import EventDialog

    dlg = EventDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_new_event_end_date_follows_the_start_date(qtbot, window):
    dlg = _new_event_dialog(qtbot, window)
    dlg.start.set(QDate(2027, 5, 20), QTime(18, 30))
    dlg.end.set(QDate(2027, 5, 20), QTime(21, 30))
    dlg.start.date.setFocus()
    dlg.start.date.setSelectedSection(dlg.start.date.Section.DaySection)
    qtbot.keyClick(dlg.start.date, Qt.Key.Key_Up)  # the 21st
    assert dlg.start.date.date() == QDate(2027, 5, 21)
    assert dlg.end.date.date() == QDate(2027, 5, 21)
    assert dlg.end.time.time() == QTime(21, 30)
    dlg.start.date.setDate(QDate(2027, 6, 3))
    assert dlg.end.date.date() == QDate(2027, 6, 3)


def test_typing_a_time_over_the_selected_time_gives_that_time(qtbot, window):
    dlg = _new_event_dialog(qtbot, window)
    edit = dlg.start.time
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "19:00")
    assert edit.time() == QTime(19, 0)
    qtbot.keyClick(dlg.end.time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dlg.end.time, "2145")
    assert dlg.end.time.time() == QTime(21, 45)


def _event(window, title="ML Milano #1"):
    from organiser import events
    from organiser.timeutil import local

    start = local("Europe/Rome", 2099, 12, 10, 18, 30)
    with window.ctx.store.session() as s:
        eid = events.create_event(
            s, title=title, starts_at=start, ends_at=start.add(hours=3), timezone="Europe/Rome"
        ).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    assert window.ctx.ops.wait_idle(10000)
    window.ctx.select_event(eid)
    return eid


def test_view_menu_shows_venue_and_stream_with_its_ampersand(qtbot, window):
    view = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    texts = [a.text() for a in view.actions() if not a.isSeparator()]
    assert "Venue && Stream" in texts  # shown as "Venue & Stream", not "Venue_Stream"
    assert not any(t.replace("&&", "").count("&") for t in texts if "Stream" in t)


def test_after_undo_the_status_bar_says_what_was_undone(qtbot, window):
    from ui.main_window import page_key

    _event(window)
    window.show_page(page_key("AgendaPage"))
    page = window.pages[page_key("AgendaPage")]
    for title in ("Welcome", "Keynote"):
        page.new_title.setFocus()
        qtbot.keyClicks(page.new_title, title)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("Done: ")
    window.undo_action.trigger()
    message = window.statusBar().currentMessage()
    assert not message.startswith("Done: ")
    assert message.startswith("Undone: ")


def test_attendees_page_of_an_event_with_nobody_says_so(qtbot, window):
    from ui.main_window import page_key

    window.ctx.select_event(None)
    window.show_page(page_key("AttendeesPage"))
    page = window.pages[page_key("AttendeesPage")]
    assert page.empty_label.text() == "Choose an event to see its attendees."
    _event(window)
    window.show_page(page_key("AttendeesPage"))
    qtbot.waitUntil(lambda: page.empty_label.text().startswith("No attendees yet"))
    assert page.empty_label.isVisible()


def test_a_new_speaker_is_on_stage_before_having_a_session(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from tests.ui.conftest import check, on_next_modal
    from ui.main_window import page_key

    _event(window)
    window.show_page(page_key("SpeakersPage"))
    page = window.pages[page_key("SpeakersPage")]
    button = next(
        b for b in page.people_panel.findChildren(QPushButton) if b.text() == "New speaker…"
    )

    def fill(dlg):
        qtbot.keyClicks(dlg.name, "Grace Hopper")
        save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    state = on_next_modal(fill)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    check(state)
    assert [p.name for p in page.people.records()] == ["Grace Hopper"]


def test_a_panel_suggests_moderator_then_panellist(qtbot, window):
    from organiser import speakers
    from ui.dialogs.session_dialog import SessionDialog

    eid = _event(window)
    with window.ctx.store.session() as s:
        for name in ("Ada Lovelace", "Alan Turing"):
            speakers.create_speaker(s, name=name)
    dlg = SessionDialog(window.ctx, eid, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    lineup = dlg.lineup
    assert lineup.role.currentData() == "speaker"
    dlg.kind.setFocus()
    while dlg.kind.currentData() != "panel":
        qtbot.keyClick(dlg.kind, Qt.Key.Key_Down)
    assert lineup.role.currentText() == "Moderator"
    qtbot.mouseClick(lineup.add, Qt.MouseButton.LeftButton)
    assert lineup.entries()[0][1] == "moderator"
    assert lineup.role.currentText() == "Panellist"
    lineup.pick.setCurrentIndex(1)
    qtbot.mouseClick(lineup.add, Qt.MouseButton.LeftButton)
    assert [role for _sid, role in lineup.entries()] == ["moderator", "panellist"]


def test_a_ticked_checklist_row_stays_put_until_the_list_refreshes(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import page_key

    window.load_demo()
    window.show_page(page_key("ChecklistPage"))
    page = window.pages[page_key("ChecklistPage")]
    group = next(g for g in ("overdue", "this_week", "later") if page.model.group_rows(g))
    rows = page.model.group_rows(group)
    target = rows[0]
    page.select_item(target.id)
    QApplication.processEvents()
    widths = [page.tree.header().sectionSize(c) for c in range(page.model.columnCount())]
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.group_rows(group)[0].done)
    after = page.model.group_rows(group)
    assert [r.id for r in after] == [r.id for r in rows]  # nothing moved under the mouse
    assert after[0].id == target.id and after[0].done
    assert [page.tree.header().sectionSize(c) for c in range(page.model.columnCount())] == widths
    page.refresh()  # the list refreshes: the done item joins the done group
    assert target.id not in [r.id for r in page.model.group_rows(group)]
    assert target.id in [r.id for r in page.model.group_rows("done")]


def test_a_checklist_for_next_month_starts_with_late_items_not_overdue_ones(qtbot, window):
    import pendulum

    from organiser import checklists, events
    from ui.main_window import page_key

    start = pendulum.now("Europe/Rome").add(days=30).set(hour=18, minute=30, second=0)
    with window.ctx.store.session() as s:
        eid = events.create_event(
            s,
            title="Next month",
            starts_at=start,
            ends_at=start.add(hours=3),
            timezone="Europe/Rome",
        ).id
        checklists.apply_default_templates(s, eid)
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    assert window.ctx.ops.wait_idle(10000)
    window.ctx.select_event(eid)
    window.show_page(page_key("ChecklistPage"))
    page = window.pages[page_key("ChecklistPage")]
    late = page.model.group_rows("late_start")
    assert late, "items due more than 30 days ahead of the event"
    assert page.model.group_rows("overdue") == []
    header = page.model.group_index("late_start").data()
    assert header.startswith("Late start") and f"({len(late)})" in header


def test_a_time_the_clocks_go_back_over_asks_earlier_or_later(qtbot, window):
    # 02:30 on 25 October 2026 happens twice in Rome (CEST, then CET): the
    # editor offers the two, refuses to guess, and saves the one picked.
    from sqlalchemy import select

    from organiser.models import Event

    dlg = _new_event_dialog(qtbot, window)
    dlg.fields["title"].setText("Night owls")
    dlg.zone.set_zone("Europe/Rome")
    dlg.start.set(QDate(2026, 10, 25), QTime(2, 30))
    dlg.end.set(QDate(2026, 10, 25), QTime(4, 0))
    which = dlg.start.which
    assert not which.isHidden() and dlg.end.which.isHidden()
    assert [which.itemText(i) for i in range(which.count())] == ["earlier (CEST)", "later (CET)"]
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "happens twice" in dlg.error_text("starts_at")
    which.setFocus()
    qtbot.keyClick(which, Qt.Key.Key_Down)
    qtbot.keyClick(which, Qt.Key.Key_Down)
    assert which.currentText() == "later (CET)"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    with window.ctx.store.session() as s:
        ev = s.scalars(select(Event).where(Event.title == "Night owls")).one()
        assert (ev.starts_at.hour, ev.starts_at.minute) == (1, 30)  # 02:30 CET in UTC
        assert ev.starts_at.in_timezone("UTC").day == 25
    # moving off the repeated hour hides the choice again
    dlg2 = _new_event_dialog(qtbot, window)
    dlg2.zone.set_zone("Europe/Rome")
    dlg2.start.set(QDate(2026, 10, 25), QTime(2, 30))
    assert not dlg2.start.which.isHidden()
    dlg2.start.time.setTime(QTime(3, 30))
    assert dlg2.start.which.isHidden()


def test_session_and_attendee_editors_refuse_to_overwrite_someone_elses_change(qtbot, window):
    # Team mode: another laptop saves the same session / person while this
    # editor is open; Save here keeps theirs and says so, with both values.
    from organiser import agenda
    from organiser.attendees import service as people
    from organiser.timeutil import local
    from ui.dialogs.attendee_dialog import AttendeeDialog
    from ui.dialogs.session_dialog import SessionDialog

    eid = _event(window)
    with window.ctx.store.session() as s:
        sid = agenda.add_session(
            s,
            eid,
            title="Keynote",
            starts_at=local("Europe/Rome", 2099, 12, 10, 18, 30),
            duration_minutes=30,
        ).id
        aid = people.add_attendee(s, eid, first_name="Marta", last_name="Rossi").id

    dlg = SessionDialog(window.ctx, eid, sid, window)
    qtbot.addWidget(dlg)
    dlg.show()
    with window.ctx.store.session() as s:  # the other laptop
        agenda.update_session(s, sid, title="Keynote: vision on the edge")
    dlg.title_edit.setText("Opening keynote")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert "Someone else changed this session" in dlg.banner.text()
    assert "Keynote: vision on the edge" in dlg.banner.text()
    with window.ctx.store.session() as s:
        assert agenda.get_session(s, sid).title == "Keynote: vision on the edge"

    edit = AttendeeDialog(window.ctx.ops, eid, aid, window)
    qtbot.addWidget(edit)
    edit.show()
    with window.ctx.store.session() as s:
        people.update_attendee(s, aid, company="Politecnico di Milano")
    edit.fields["company"].setText("Sapienza")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert edit.isVisible() and "Someone else changed this attendee" in edit.error.text()
    with window.ctx.store.session() as s:
        assert people.get_attendee(s, aid).company == "Politecnico di Milano"
