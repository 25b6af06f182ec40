"""Items already past due when planning began are a late start, not overdue."""

import pendulum

from organiser.checklists import ItemRow, group_items


def _row(i: int, due) -> ItemRow:
    return ItemRow(
        id=i,
        title=f"item {i}",
        why="",
        category="",
        owner_role="organiser",
        template_name="t",
        speaker_id=None,
        speaker_name="",
        speaker_remote=False,
        due_at=due,
        done_at=None,
        assignee="",
        note="",
    )


def test_past_due_before_planning_began_is_a_late_start():
    now = pendulum.datetime(2026, 11, 30, 12, tz="UTC")
    started = now.subtract(days=2)
    rows = [
        _row(1, now.subtract(days=10)),  # due before the event was created
        _row(2, now.subtract(days=1)),  # due after: really missed
        _row(3, now.add(days=3)),
    ]
    groups = group_items(rows, now, started)
    assert [r.id for r in groups["late_start"]] == [1]
    assert [r.id for r in groups["overdue"]] == [2]
    assert [r.id for r in groups["this_week"]] == [3]
    assert [r.id for r in group_items(rows, now)["overdue"]] == [1, 2]
