"""Create, validate and undo through the real widgets, then look in the database."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import func, select

from organiser.changes import ChangeSet, Kind
from organiser.models import Event, EventSession, SessionSpeaker, Speaker, Venue
from tests.ui.conftest import check, on_next_modal
from ui.main_window import page_key


def _count(store, model):
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _save(qtbot, dlg):
    qtbot.mouseClick(
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def test_create_event_venue_speaker_and_two_sessions_then_undo_them_all(
    qtbot, window, sqlite_store, tmp_path, monkeypatch
):
    store = sqlite_store
    photo = tmp_path / "ada.png"
    photo.write_bytes(_png_bytes())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), "Images"))
    )
    # Empty database: the welcome page invites a first meetup.
    assert window.welcome is not None and window.stack.currentWidget() is window.welcome

    # 1. A venue, from the Venues library page.
    window.show_page(page_key("VenuesPage"))
    venues_page = window.pages[page_key("VenuesPage")]

    def fill_venue(dlg):
        qtbot.keyClicks(dlg.name, "Casa del Popolo")
        dlg.capacity.lineEdit().selectAll()  # as tabbing into the field does
        qtbot.keyClicks(dlg.capacity, "60")
        qtbot.keyClicks(dlg.closing_time, "23:00")
        _save(qtbot, dlg)

    state = on_next_modal(fill_venue)
    qtbot.mouseClick(_button(venues_page, "New venue…"), Qt.MouseButton.LeftButton)
    check(state)
    with store.session() as s:
        venue = s.scalar(select(Venue))
        assert (venue.name, venue.capacity, venue.closing_time) == ("Casa del Popolo", 60, "23:00")

    # 2. An event at that venue, with the sidebar's New event button.
    def fill_event(dlg):
        qtbot.keyClicks(dlg.title_edit, "Rust Rome #1")
        dlg.zone.edit.clear()
        qtbot.keyClicks(dlg.zone.edit, "Europe/Rome")
        dlg.start.set(QDate(2027, 3, 4), QTime(19, 0))
        dlg.end.set(QDate(2027, 3, 4), QTime(21, 30))
        dlg.venue_combo.setCurrentIndex(dlg.venue_combo.findText("Casa del Popolo"))
        _save(qtbot, dlg)

    state = on_next_modal(fill_event)
    qtbot.mouseClick(window.new_event_button, Qt.MouseButton.LeftButton)
    check(state)
    with store.session() as s:
        event = s.scalar(select(Event))
        assert event.title == "Rust Rome #1"
        assert (
            event.starts_at.in_timezone("Europe/Rome").format("YYYY-MM-DD HH:mm")
            == "2027-03-04 19:00"
        )
        assert event.starts_at.hour == 18  # stored in UTC
        assert event.venue_id == venue.id
    assert window.ctx.current_event_id == event.id
    assert window.events_model.rowCount() == 1

    # 3. A speaker with a photo, from the speaker library.
    window.show_page(page_key("SpeakerLibraryPage"))
    library = window.pages[page_key("SpeakerLibraryPage")]

    def fill_speaker(dlg):
        qtbot.keyClicks(dlg.name, "Ada Lovelace")
        qtbot.keyClicks(dlg.email, "ada@example.org")
        qtbot.mouseClick(dlg.photo.choose_button, Qt.MouseButton.LeftButton)
        assert dlg.photo.thumb.pixmap() is not None and dlg.photo.remove_button.isEnabled()
        qtbot.mouseClick(dlg.remote, Qt.MouseButton.LeftButton)
        _save(qtbot, dlg)

    state = on_next_modal(fill_speaker)
    qtbot.mouseClick(_button(library, "New speaker…"), Qt.MouseButton.LeftButton)
    check(state)
    with store.session() as s:
        sp = s.scalar(select(Speaker))
        assert (sp.name, sp.email, sp.remote, sp.photo_mime) == (
            "Ada Lovelace",
            "ada@example.org",
            True,
            "image/png",
        )
        assert s.scalar(select(Speaker.photo)) == photo.read_bytes()
    assert library.model.rowCount() == 1

    # 4. Two sessions on the event's Speakers page; the first with Ada on stage.
    window.show_page(page_key("SpeakersPage"))
    page = window.pages[page_key("SpeakersPage")]

    def fill_session(title, with_speaker):
        def fill(dlg):
            qtbot.keyClicks(dlg.title_edit, title)
            dlg.duration.setValue(40)
            if with_speaker:
                qtbot.mouseClick(dlg.lineup.add, Qt.MouseButton.LeftButton)
                assert dlg.lineup.list.count() == 1
            _save(qtbot, dlg)

        return fill

    for title, with_speaker in (("Ownership for the impatient", True), ("Pizza", False)):
        state = on_next_modal(fill_session(title, with_speaker))
        qtbot.mouseClick(page.add_session_button, Qt.MouseButton.LeftButton)
        check(state)
    with store.session() as s:
        rows = s.execute(
            select(EventSession.title, EventSession.starts_at, EventSession.position).order_by(
                EventSession.position
            )
        ).all()
        assert [r[0] for r in rows] == ["Ownership for the impatient", "Pizza"]
        # The second follows the first: 19:00 + 40 minutes, in Rome.
        assert rows[1][1].in_timezone("Europe/Rome").format("HH:mm") == "19:40"
        assert s.scalar(select(SessionSpeaker.speaker_id)) == sp.id
    assert page.sessions.rowCount() == 2
    assert page.people.rowCount() == 1

    # 5. Undo everything, newest first: the rows really go.
    stack = window.ctx.undo_stack
    assert stack.count() == 5
    window.activateWindow()
    for expected in ((EventSession, 1), (EventSession, 0), (Speaker, 0), (Event, 0), (Venue, 0)):
        window.undo_action.trigger()
        model, n = expected
        assert _count(store, model) == n
    assert _count(store, SessionSpeaker) == 0
    assert window.events_model.rowCount() == 0
    # Redo brings them back with the same ids.
    for _ in range(5):
        window.redo_action.trigger()
    assert [_count(store, m) for m in (Venue, Event, Speaker, EventSession, SessionSpeaker)] == [
        1,
        1,
        1,
        2,
        1,
    ]
    with store.session() as s:
        assert s.scalar(select(Event.id)) == event.id
        assert s.scalar(select(Speaker.photo)) == photo.read_bytes()


def _button(page, text):
    from PySide6.QtWidgets import QPushButton

    for b in page.findChildren(QPushButton):
        if b.text().replace("&", "") == text:
            return b
    raise AssertionError(f"no button {text!r}")


def test_a_validation_error_shows_the_core_message_and_saves_nothing(qtbot, window, sqlite_store):
    from ui.dialogs.event_dialog import EventDialog

    dlg = EventDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    _save(qtbot, dlg)  # no title
    assert dlg.isVisible()
    assert dlg.error_text("title") == "The event title cannot be empty."
    assert _count(sqlite_store, Event) == 0
    assert window.ctx.undo_stack.count() == 0

    # A wall-clock time the clocks skip (DST starts 28 March 2027 in Rome).
    qtbot.keyClicks(dlg.title_edit, "Night owls")
    dlg.zone.set_zone("Europe/Rome")
    dlg.start.set(QDate(2027, 3, 28), QTime(2, 30))
    dlg.end.set(QDate(2027, 3, 28), QTime(5, 0))
    _save(qtbot, dlg)
    assert dlg.error_text("title") == ""
    assert "does not exist in Europe/Rome" in dlg.error_text("starts_at")
    assert dlg.fields["starts_at"].accessibleDescription() == dlg.error_text("starts_at")

    # An unknown zone and an end before the start each get their own sentence.
    dlg.zone.set_zone("Mars/Olympus")
    _save(qtbot, dlg)
    assert "is not a known time zone" in dlg.error_text("timezone")
    dlg.zone.set_zone("Europe/Rome")
    dlg.start.set(QDate(2027, 3, 28), QTime(18, 0))
    qtbot.keyClicks(dlg.viewer_zones, "America/New_York, Atlantis/Capital")
    _save(qtbot, dlg)
    assert "“Atlantis/Capital” is not a known time zone" in dlg.error_text("viewer_zones")
    dlg.viewer_zones.clear()
    dlg.start.set(QDate(2027, 3, 28), QTime(20, 0))
    dlg.end.set(QDate(2027, 3, 28), QTime(19, 0))
    _save(qtbot, dlg)
    assert dlg.error_text("ends_at") == "The event must end after it starts."
    assert _count(sqlite_store, Event) == 0


def test_speaker_email_error_keeps_the_dialog_and_the_database_unchanged(
    qtbot, window, sqlite_store
):
    from ui.dialogs.speaker_dialog import SpeakerDialog

    dlg = SpeakerDialog(window.ctx, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.name, "Grace")
    qtbot.keyClicks(dlg.email, "grace at navy")
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClick(dlg.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save shortcut
    assert "is not an email address" in dlg.error_text("email")
    assert _count(sqlite_store, Speaker) == 0


def test_new_event_from_this_one_copies_the_agenda_and_undo_removes_the_copy(
    qtbot, window, sqlite_store
):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        src = create_demo(s).id
    events_before = _count(sqlite_store, Event)
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))  # as if another organiser saved
    window.ctx.select_event(src)

    def fill(dlg):
        dlg.title_edit.selectAll()
        qtbot.keyClicks(dlg.title_edit, "ML Rome #43")
        _save(qtbot, dlg)

    state = on_next_modal(fill)
    window.copy_event_action.trigger()
    check(state)
    with sqlite_store.session() as s:
        copy = s.scalar(select(Event).where(Event.title == "ML Rome #43"))
        n = s.scalar(select(func.count()).where(EventSession.event_id == copy.id))
        assert n == 6
    assert window.ctx.current_event_id == copy.id
    assert _count(sqlite_store, Event) == events_before + 1
    window.undo_action.trigger()
    assert _count(sqlite_store, Event) == events_before
    assert window.ctx.current_event_id == src


def test_delete_asks_then_undo_restores_the_venue_and_its_link(qtbot, window, sqlite_store):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))  # as if another organiser saved
    window.show_page(page_key("VenuesPage"))
    page = window.pages[page_key("VenuesPage")]
    page.panel.table.setFocus()
    page.panel.select_id(page.model.record(0).id)

    def confirm(box):
        assert isinstance(box, QMessageBox)
        for b in box.buttons():
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole:
                qtbot.mouseClick(b, Qt.MouseButton.LeftButton)

    state = on_next_modal(confirm)
    window.delete_action.trigger()
    check(state)
    assert _count(sqlite_store, Venue) == 0
    window.undo_action.trigger()
    with sqlite_store.session() as s:
        assert s.get(Event, event_id).venue_id == s.scalar(select(Venue.id))


def test_a_session_dropped_by_the_model_reorders_it_and_undo_puts_it_back(
    qtbot, window, sqlite_store
):
    """The model's drop handler, which a drag ends in (QDrag's own loop cannot run offscreen)."""
    from PySide6.QtCore import QModelIndex

    from organiser.agenda import list_sessions
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))  # as if another organiser saved
    window.ctx.select_event(event_id)
    window.show_page(page_key("SpeakersPage"))
    page = window.pages[page_key("SpeakersPage")]
    model = page.sessions
    first = model.record(0).title
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    with sqlite_store.session() as s:
        assert [x.title for x in list_sessions(s, event_id)].index(first) == 2
    assert model.record(2).title == first
    window.undo_action.trigger()
    with sqlite_store.session() as s:
        assert list_sessions(s, event_id)[0].title == first
