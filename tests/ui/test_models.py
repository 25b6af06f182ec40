"""Table models and their proxy, without any widget."""

import pendulum
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from organiser.overview import EventSummary, SessionSummary, SpeakerSummary, VenueSummary
from ui.models.events_model import PAST_ROLE, EventsModel
from ui.models.sessions_model import MIME, SessionsModel
from ui.models.speakers_model import SpeakersModel
from ui.models.table import ID_ROLE, SearchProxy
from ui.models.venues_model import VenuesModel


def _venue(i, name, capacity, events=0):
    return VenueSummary(
        id=i, name=name, address="", capacity=capacity, contact_name="", events=events
    )


def _event(i, title, day, going, past=False):
    start = pendulum.datetime(2026, 12, day, 17, 30, tz="UTC")
    return EventSummary(
        id=i,
        title=title,
        starts_at=start,
        ends_at=start.add(hours=3),
        timezone="Europe/Rome",
        format="hybrid",
        status="draft",
        venue_name="",
        going=going,
        is_past=past,
    )


def _column_values(proxy, column):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_proxy_sorts_numbers_as_numbers_and_unknown_capacity_first():
    model = VenuesModel()
    model.set_rows([_venue(1, "Hall", 120), _venue(2, "Attic", 9), _venue(3, "Zoo", None)])
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column_values(proxy, 0) == ["Zoo", "Attic", "Hall"]  # "", 9, 120 — not "120" < "9"
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column_values(proxy, 0) == ["Zoo", "Hall", "Attic"]


def test_events_sort_by_start_instant_not_by_the_displayed_text():
    model = EventsModel()
    model.set_rows([_event(1, "B", 20, 5), _event(2, "A", 3, 50), _event(3, "C", 11, 0)])
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column_values(proxy, 0) == ["A", "C", "B"]
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert _column_values(proxy, 0) == ["A", "B", "C"]
    assert "CET" in proxy.index(0, 1).data()  # shown in the event's zone, named


def test_filter_ignores_case_and_accents_and_matches_every_word():
    model = SpeakersModel()
    people = [
        SpeakerSummary(
            1, "Zoë Müller", "", "zoe@example.org", "Università di Roma", "", False, 1, False
        ),
        SpeakerSummary(2, "José Núñez", "", "", "Visión SL", "", True, 0, False),
        SpeakerSummary(3, "Giulia Conti", "", "", "Sapienza", "Europe/Rome", False, 2, False),
    ]
    model.set_rows(people)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("zoe")
    assert _column_values(proxy, 0) == ["Zoë Müller"]
    proxy.set_search("NUNEZ vision")
    assert _column_values(proxy, 0) == ["José Núñez"]
    proxy.set_search("universita roma")
    assert proxy.id_at(0) == 1
    proxy.set_search("nobody")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_single_row_update_emits_data_changed_for_that_row_only():
    model = EventsModel()
    model.set_rows([_event(1, "A", 3, 10), _event(2, "B", 4, 20), _event(3, "C", 5, 30)])
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(
        lambda tl, br, roles=(): changes.append((tl.row(), br.row(), br.column()))
    )
    assert model.update_row(_event(2, "B renamed", 4, 21)) is True
    assert changes == [(1, 1, model.columnCount() - 1)]
    assert resets == []
    assert model.index(1, 0).data() == "B renamed"
    assert model.index(1, 4).data() == "21"
    assert model.index(0, 0).data() == "A"
    assert model.update_row(_event(99, "not shown", 4, 1)) is False


def test_sidebar_roles_mark_past_events_and_carry_ids():
    model = EventsModel()
    model.set_rows([_event(7, "Next", 3, 1), _event(8, "Old", 1, 1, past=True)])
    assert model.index(0, 0).data(PAST_ROLE) is False
    assert model.index(1, 0).data(PAST_ROLE) is True
    assert model.index(1, 0).data(ID_ROLE) == 8


def test_dropping_a_session_asks_for_the_right_new_index():
    model = SessionsModel()
    start = pendulum.datetime(2026, 12, 10, 17, 30, tz="UTC")
    model.set_rows(
        [
            SessionSummary(i, i, "talk", f"T{i}", start.add(minutes=30 * i), 30, "", ())
            for i in range(4)
        ]
    )
    asked = []
    model.move_requested.connect(lambda sid, new: asked.append((sid, new)))
    mime = model.mimeData([model.index(0, 0)])
    assert mime.hasFormat(MIME)
    # Drop the first row between rows 2 and 3: it becomes the third (index 2).
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex()) is False
    mime = model.mimeData([model.index(3, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert asked == [(0, 2), (3, 0)]
    assert model.rowCount() == 4  # the move goes through the core, not by Qt removing rows
    assert not model.canDropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
