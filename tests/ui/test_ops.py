"""The operation runner: off the GUI thread, typed broadcasts, one undo, one-line errors."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from organiser import agenda, checkin, events
from organiser.changes import ChangeSet, Kind
from organiser.errors import OrganiserError
from organiser.models import Attendee
from ui.context import AppContext
from ui.main_window import page_key


@pytest.fixture
def demo_ctx(sqlite_store):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    ctx = AppContext(sqlite_store)
    ctx.current_event_id = event_id
    return ctx


def _session_ids(ctx):
    with ctx.store.session() as s:
        return [x.id for x in agenda.list_sessions(s, ctx.current_event_id)]


def test_switching_pages_runs_the_database_work_off_the_gui_thread(
    qtbot, window, sqlite_store, monkeypatch, wait_idle
):
    from organiser import overview
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        create_demo(s)
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    seen: list[bool] = []
    real_schedule, real_summaries = agenda.build_schedule, overview.session_summaries

    def schedule(s, event_id, *a, **k):
        seen.append(threading.current_thread() is threading.main_thread())
        return real_schedule(s, event_id, *a, **k)

    def summaries(s, event_id, *a, **k):
        seen.append(threading.current_thread() is threading.main_thread())
        return real_summaries(s, event_id, *a, **k)

    monkeypatch.setattr(agenda, "build_schedule", schedule)
    monkeypatch.setattr(overview, "session_summaries", summaries)
    window.show_page(page_key("AgendaPage"))
    window.show_page(page_key("SpeakersPage"))
    wait_idle(window.ctx)
    assert len(seen) >= 2 and not any(seen), "a page loaded from the database on the GUI thread"
    assert window.pages[page_key("AgendaPage")].model.rowCount() > 0  # and it did load


def test_a_write_broadcasts_its_kinds_and_only_subscribed_pages_reload(qtbot, demo_ctx):
    from ui.pages.agenda_page import AgendaPage
    from ui.pages.attendees_page import AttendeesPage

    pages = {}
    for cls in (AgendaPage, AttendeesPage):
        page = cls(demo_ctx)
        qtbot.addWidget(page)
        page.show()
        page.set_event(demo_ctx.current_event_id)
        pages[cls.__name__] = page
    reloads = {name: 0 for name in pages}
    for name, page in pages.items():
        original = page.refresh

        def counted(name=name, original=original):
            reloads[name] += 1
            original()

        page.refresh = counted
    heard: list[ChangeSet] = []
    demo_ctx.ops.changed.connect(heard.append)
    event_id = demo_ctx.current_event_id
    first = _session_ids(demo_ctx)[0]

    demo_ctx.ops.call(lambda s: agenda.update_session(s, first, title="Doors open"))
    assert heard[-1] == ChangeSet.of(Kind.SESSION, ids=[first])
    assert reloads == {"AgendaPage": 1, "AttendeesPage": 0}
    model = pages["AgendaPage"].model
    assert "Doors open" in model.data(model.index(0, model.COL_TITLE))

    with demo_ctx.store.session() as s:
        who = s.scalars(
            select(Attendee.id).where(
                Attendee.event_id == event_id, Attendee.checked_in_at.is_(None)
            )
        ).first()
    demo_ctx.ops.call(lambda s: checkin.check_in(s, event_id, who))
    assert Kind.CHECKIN in heard[-1] and Kind.SESSION not in heard[-1]
    assert reloads == {"AgendaPage": 1, "AttendeesPage": 1}

    demo_ctx.ops.call(lambda s: events.get_event(s, event_id))  # a read says nothing
    assert len(heard) == 2


def test_a_session_deleted_on_the_agenda_page_comes_back_with_its_id(qtbot, demo_ctx):
    from ui.pages.agenda_page import AgendaPage

    page = AgendaPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_event(demo_ctx.current_event_id)
    before = _session_ids(demo_ctx)
    page.select_session(before[2])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert before[2] not in _session_ids(demo_ctx)
    assert page.model.row_of(before[2]) < 0
    demo_ctx.undo_stack.undo()
    assert _session_ids(demo_ctx) == before
    assert page.model.row_of(before[2]) == 2
    demo_ctx.undo_stack.redo()
    assert before[2] not in _session_ids(demo_ctx)


def test_a_session_removed_on_the_speakers_page_comes_back_with_its_id(
    qtbot, demo_ctx, monkeypatch
):
    from ui.pages import speakers_page

    monkeypatch.setattr(speakers_page, "confirm_delete", lambda *a: True)
    page = speakers_page.SpeakersPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_event(demo_ctx.current_event_id)
    before = _session_ids(demo_ctx)
    page.sessions_view.selectRow(page.sessions.row_of(before[1]))
    qtbot.mouseClick(page.delete_session_button, Qt.MouseButton.LeftButton)
    assert before[1] not in _session_ids(demo_ctx)
    demo_ctx.undo_stack.undo()
    assert _session_ids(demo_ctx) == before
    assert page.sessions.row_of(before[1]) >= 0


def test_an_unexpected_error_in_a_job_shows_one_clear_line(qtbot, demo_ctx, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken(s):
        raise RuntimeError("SELECT email FROM attendees WHERE id = 7\nTraceback ...")

    demo_ctx.ops.submit(broken, parent=parent, title="Attendees")
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, text = shown[0]
    assert title == "Attendees"
    assert "\n" not in text and "SELECT" not in text and "email" not in text
    assert "nothing was changed" in text

    def refused(s):
        raise OrganiserError("The file is empty.")

    demo_ctx.ops.submit(refused, parent=parent, title="Import")
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1] == ("Import", "The file is empty.")


def test_a_slow_call_keeps_the_gui_ticking_and_shows_busy(qtbot, demo_ctx):
    from PySide6.QtCore import QTimer

    states: list[bool] = []
    demo_ctx.ops.busy.connect(states.append)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    release = threading.Timer(0.6, lambda: None)

    def slow(s):
        release.start()
        release.join()
        return 42

    assert demo_ctx.ops.call(slow) == 42
    heartbeat.stop()
    assert len(ticks) >= 10, "the GUI thread stood still while the job ran"
    assert states == [True, False]  # shown after ~300 ms, gone with the answer


def test_call_waits_for_the_answer_and_raises_the_jobs_error(qtbot, demo_ctx):
    event_id = demo_ctx.current_event_id
    title = demo_ctx.ops.call(lambda s: events.get_event(s, event_id).title)
    assert title.startswith("ML Rome")
    with pytest.raises(OrganiserError, match="no event"):
        demo_ctx.ops.call(lambda s: events.get_event(s, 9999))
