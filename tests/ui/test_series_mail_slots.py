"""Write to speakers, Make a series and the slot finder, driven through the real window."""

from __future__ import annotations

import email
import email.policy
import urllib.parse

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import func, select

from organiser.changes import ChangeSet, Kind
from organiser.models import ChecklistItem, Event, Speaker
from tests.ui.conftest import check, on_next_modal


def _demo(window, store) -> int:
    from organiser.demo import create_demo

    with store.session() as s:
        event_id = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    window.ctx.select_event(event_id)
    return event_id


def _click(qtbot, widget):
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_slot_finder_ranks_and_the_heat_strip_answers_clicks(qtbot, window, sqlite_store):
    event_id = _demo(window, sqlite_store)
    seen = {}

    def use(dlg):
        dlg.zones_edit.selectAll()
        qtbot.keyClicks(dlg.zones_edit, "Europe/Rome:50, America/New_York:30, Asia/Kolkata:20")
        dlg.duration.selectAll()
        qtbot.keyClicks(dlg.duration, "90")
        dlg.date_edit.selectAll()
        qtbot.keyClicks(dlg.date_edit, "2027-01-20")
        qtbot.keyClick(dlg.date_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dlg.table.rowCount() > 0 and dlg.table.item(0, 0).text() == "13:00")
        seen["best"] = [dlg.table.item(0, c).text() for c in range(dlg.table.columnCount())]
        seen["header"] = [
            dlg.table.horizontalHeaderItem(c).text() for c in range(dlg.table.columnCount())
        ]
        # click the strip where 20:00 UTC is drawn (cell 80 of 96)
        bar = dlg.strip._bar()
        x = int(bar.left() + (80.5 / 96) * bar.width())
        qtbot.mouseClick(dlg.strip, Qt.MouseButton.LeftButton, pos=QPoint(x, int(bar.center().y())))
        seen["clicked"] = dlg.detail.text()
        qtbot.keyClick(dlg.strip, Qt.Key.Key_Right)  # the keyboard walks the strip too
        seen["next"] = dlg.detail.text()
        seen["shot"] = dlg.grab()
        # back to the best start, then move the event there
        dlg.table.selectRow(0)
        _click(qtbot, dlg.move_button)
        seen["moved"] = dlg.status.text()
        dlg.reject()

    state = on_next_modal(use)
    window.slots_action.trigger()
    check(state)
    with sqlite_store.session() as s:
        ev = s.get(Event, event_id)
        assert ev.starts_at.in_timezone("UTC").format("YYYY-MM-DD HH:mm") == "2027-01-20 13:00"
        assert ev.starts_at.in_timezone("Europe/Rome").format("HH:mm") == "14:00"
    assert "now starts Wed 20 Jan 2027, 14:00 CET" in seen["moved"]
    window.undo_action.trigger()
    with sqlite_store.session() as s:
        assert (
            s.get(Event, event_id).starts_at.in_timezone("Europe/Rome").format("HH:mm") == "18:30"
        )
    assert seen["best"] == ["13:00", "100 %", "14:00", "08:00", "18:30"]
    assert seen["header"] == ["Start (UTC)", "Audience", "Rome", "New York", "Kolkata"]
    assert seen["clicked"].startswith("20:00 UTC · 30 %")
    assert "New York 15:00 ✓" in seen["clicked"] and "Rome 21:00 ✗" in seen["clicked"]
    assert seen["next"].startswith("20:15 UTC")
    assert not seen["shot"].isNull()


def test_make_a_series_from_the_menu_rotates_zones(qtbot, window, sqlite_store):
    src = _demo(window, sqlite_store)
    with sqlite_store.session() as s:
        before = s.scalar(select(func.count()).select_from(Event))

    def use(dlg):
        dlg.count.selectAll()
        qtbot.keyClicks(dlg.count, "3")
        qtbot.keyClicks(
            dlg.rotate_edit, "Europe/Rome=18:30, America/New_York=12:00, Asia/Kolkata=19:00"
        )
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 3)
        assert dlg.table.item(0, 1).text() == "America/New_York"
        assert "12:00" in dlg.table.item(0, 0).text()
        _click(qtbot, dlg.create_button)

    state = on_next_modal(use)
    window.series_action.trigger()
    check(state)
    with sqlite_store.session() as s:
        made = list(s.scalars(select(Event).where(Event.id != src).order_by(Event.id)))[-3:]
        assert s.scalar(select(func.count()).select_from(Event)) == before + 3
        got = [(e.timezone, e.starts_at.in_timezone(e.timezone).format("HH:mm")) for e in made]
        assert got == [
            ("America/New_York", "12:00"),
            ("Asia/Kolkata", "19:00"),
            ("Europe/Rome", "18:30"),
        ]
    # the sidebar lists them, and the Overview lists the siblings with attendance
    titles = [window.events_model.record(i).title for i in range(window.events_model.rowCount())]
    assert sum(t.startswith(("ML Rome #43", "ML Rome #44", "ML Rome #45")) for t in titles) == 3
    window.show_page(0)
    card = window.pages[0].series_card
    qtbot.waitUntil(lambda: card.isVisible() and card.tree.topLevelItemCount() == 4)
    first = card.tree.topLevelItem(0)
    assert first.text(0).startswith("ML Rome #42") and first.text(2) == "39"
    assert "America/New_York" in card.tree.topLevelItem(1).text(1)
    # one Undo takes the whole series back; the card goes away with it
    window.undo_action.trigger()
    with sqlite_store.session() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before
    qtbot.waitUntil(lambda: not card.isVisible())
    window.redo_action.trigger()
    with sqlite_store.session() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before + 3


def test_write_to_speakers_preview_drafts_and_mailto(
    qtbot, window, sqlite_store, tmp_path, monkeypatch
):
    event_id = _demo(window, sqlite_store)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    with sqlite_store.session() as s:
        amara = s.scalar(select(Speaker.id).where(Speaker.name == "Amara Okafor"))
    seen = {}

    def use(dlg):
        dlg.template_box.setCurrentIndex(dlg.template_box.findData("thank-you"))
        row = next(
            i for i in range(dlg.speakers.count()) if dlg.speakers.item(i).text() == "Amara Okafor"
        )
        dlg.speakers.setCurrentRow(row)
        seen["subject"] = dlg.subject_label.text()
        # the invitation shows her slot on the New York clock, in English and in Italian
        dlg.template_box.setCurrentIndex(dlg.template_box.findData("invitation"))
        seen["en"] = dlg.body_view.toPlainText()
        dlg.lang_box.setCurrentIndex(dlg.lang_box.findData("it"))
        seen["it"] = dlg.body_view.toPlainText()
        dlg.lang_box.setCurrentIndex(dlg.lang_box.findData("en"))
        # only Amara gets a draft: untick the others by clicking their check boxes
        for i in range(dlg.speakers.count()):
            item = dlg.speakers.item(i)
            if i != row:
                rect = dlg.speakers.visualItemRect(item)
                qtbot.mouseClick(
                    dlg.speakers.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=QPoint(rect.left() + 10, rect.center().y()),
                )
        qtbot.waitUntil(lambda: dlg.ticked() == [amara])
        dlg.template_box.setCurrentIndex(dlg.template_box.findData("thank-you"))
        qtbot.keyClicks(dlg.folder_edit, str(tmp_path))
        _click(qtbot, dlg.save_button)
        seen["status"] = dlg.status.text()
        _click(qtbot, dlg.mailto_button)
        # edit the template: the preview follows, Save template keeps it
        dlg.tabs.setCurrentIndex(1)
        dlg.subject_edit.selectAll()
        qtbot.keyClicks(dlg.subject_edit, "Grazie, {speaker_first_name}!")
        seen["edited_preview"] = dlg.subject_label.text()
        _click(qtbot, dlg.save_template_button)
        seen["label"] = dlg.template_box.currentText()
        seen["shot"] = dlg.grab()
        dlg.reject()

    state = on_next_modal(use)
    window.mail_action.trigger()
    check(state)
    assert seen["subject"] == "Thank you for speaking at ML Rome #42: Learning from little data"
    assert "Your time: Thu 17 Dec 2026, 1:15 PM–1:45 PM EST (America/New_York)" in seen["en"]
    assert "Il tuo orario: gio 17 dic 2026, 13:15–13:45 EST (America/New_York)" in seen["it"]
    assert seen["status"].startswith("1 drafts saved")
    (path,) = list(tmp_path.glob("*.eml"))
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["To"].addresses[0].display_name == "Amara Okafor"
    assert msg["Subject"].startswith("Thank you for speaking")
    with sqlite_store.session() as s:
        item = s.scalar(
            select(ChecklistItem).where(
                ChecklistItem.event_id == event_id,
                ChecklistItem.speaker_id == amara,
                ChecklistItem.title == "Thank-you message sent",
            )
        )
        assert item.done_at is not None and path.name in item.note
    (url,) = opened
    assert url.startswith("mailto:amara.okafor@example.com?")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["subject"] == [seen["subject"]]
    assert seen["edited_preview"] == "Grazie, Amara!"
    assert seen["label"] == "Thank-you ✎"


def test_every_control_of_the_new_dialogs_has_an_accessible_name(qtbot, window, sqlite_store):
    from tests.ui.test_zone_and_access import _unnamed
    from ui.dialogs.mail_dialog import WriteToSpeakersDialog
    from ui.dialogs.series_dialog import MakeSeriesDialog
    from ui.dialogs.slots_dialog import SlotFinderDialog

    event_id = _demo(window, sqlite_store)
    for make in (WriteToSpeakersDialog, MakeSeriesDialog, SlotFinderDialog):
        dlg = make(window.ctx, event_id, window)
        qtbot.addWidget(dlg)
        dlg.show()
        assert _unnamed(dlg) == [], make.__name__
        dlg.close()
