"""Nothing on the GUI thread that a user would feel: full collections and double loads.

The figures live in ``make bench`` (bench_gui_latency); these tests pin the
behaviour the figures depend on.
"""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import Qt

from organiser import checklists
from organiser.changes import ChangeSet, Kind
from ui import heap
from ui.main_window import page_key


@pytest.fixture
def heap_policy():
    heap.enable()
    yield
    heap.disable()


@pytest.fixture
def demo_window(qtbot, window, sqlite_store, wait_idle):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))
    window.ctx.select_event(event_id)
    wait_idle(window.ctx)
    return window


def test_a_built_page_is_moved_out_of_the_full_collections_way(qtbot, demo_window, heap_policy):
    frozen = gc.get_freeze_count()
    demo_window.show_page(page_key("ChecklistPage"))
    # The page's widgets and models join the frozen heap once the page has drawn.
    qtbot.waitUntil(lambda: gc.get_freeze_count() > frozen)


def test_going_to_the_background_collects_frozen_garbage(qtbot, qapp, heap_policy):
    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector can free it
    alive = weakref.ref(a)
    heap.settle()  # frozen with everything else
    del a, b
    gc.collect()
    assert alive() is not None  # a full collection no longer walks the frozen heap
    heap._state_changed(Qt.ApplicationState.ApplicationInactive)  # the app left the front
    assert alive() is None  # collected there
    assert gc.get_freeze_count() > 0  # and what survived is frozen again


def test_without_the_policy_nothing_is_frozen(qtbot, demo_window):
    heap.disable()
    demo_window.show_page(page_key("AgendaPage"))
    qtbot.wait(50)
    assert gc.get_freeze_count() == 0


def test_coming_back_to_a_page_after_choosing_another_event_loads_it_once(
    qtbot, demo_window, monkeypatch, wait_idle
):
    import pendulum

    from organiser import events

    first = demo_window.ctx.current_event_id
    demo_window.show_page(page_key("ChecklistPage"))
    wait_idle(demo_window.ctx)
    demo_window.show_page(page_key("AgendaPage"))
    start = pendulum.datetime(2027, 3, 4, 18, 30, tz="Europe/Rome")
    second = demo_window.ctx.ops.call(
        lambda s: events.copy_event(s, first, starts_at=start, title="ML Rome #2").id
    )
    demo_window.ctx.select_event(second)
    wait_idle(demo_window.ctx)
    loads: list[int] = []
    real = checklists.list_items

    def counted(s, event_id, *a, **k):
        loads.append(event_id)
        return real(s, event_id, *a, **k)

    monkeypatch.setattr(checklists, "list_items", counted)
    demo_window.show_page(page_key("ChecklistPage"))
    wait_idle(demo_window.ctx)
    page = demo_window.pages[page_key("ChecklistPage")]
    assert "ML Rome #2" in page.heading.text()  # the event chosen, not the one left
    assert loads == [second]  # read once, not the old event first and then the new one


def test_checklist_columns_keep_their_width_across_visits_and_grow_for_a_long_name(
    qtbot, demo_window, wait_idle
):
    from ui.models.checklist_model import ChecklistTreeModel

    demo_window.show_page(page_key("ChecklistPage"))
    wait_idle(demo_window.ctx)
    page = demo_window.pages[page_key("ChecklistPage")]
    header = page.tree.header()
    col = ChecklistTreeModel.COL_ASSIGNEE
    before = header.sectionSize(col)
    demo_window.show_page(page_key("AgendaPage"))
    demo_window.show_page(page_key("ChecklistPage"))
    wait_idle(demo_window.ctx)
    assert header.sectionSize(col) == before
    item_id = next(iter(page._rows))
    long_name = "Maria Benedetta Rossi-Bianchi"
    demo_window.ctx.ops.call(lambda s: checklists.update_item(s, item_id, assignee=long_name))
    demo_window.show_page(page_key("AgendaPage"))
    demo_window.show_page(page_key("ChecklistPage"))
    wait_idle(demo_window.ctx)
    assert header.sectionSize(col) > before
