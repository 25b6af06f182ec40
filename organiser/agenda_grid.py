"""Rooms side by side per day: the grid the agenda PDF prints and the Agenda page shows.

A schedule's sessions are grouped by the day they start on (in the event's
zone) and, within a day, by start time: a *slot* per start, a *column* per
room. A session without a room (keynote, lunch) is *plenary*: it has a slot
of its own and spans every room's column. Both the printed grid and the
page's grid come from :func:`room_grid`, so they agree on what goes where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pendulum import Date, DateTime

from organiser.agenda import AgendaWarning, ScheduleRow, room_key, rooms_used
from organiser.timeutil import zone_abbrev


@dataclass(frozen=True)
class GridSlot:
    """The sessions starting at one instant: in their room's column, or plenary."""

    starts_at: DateTime
    plenary: bool
    rows: tuple[ScheduleRow, ...]


@dataclass(frozen=True)
class GridDay:
    number: int  # 1-based
    date: Date  # in the event's zone
    first_start: DateTime  # the day's first session, in the event's zone
    slots: tuple[GridSlot, ...]


@dataclass(frozen=True)
class GridCell:
    """Where a session sits on the page's grid of one day (0-based; rooms from 0)."""

    row: ScheduleRow
    slot: int
    room: int  # the first room column it covers
    rooms: int  # how many room columns (every room for a plenary)
    slots: int  # how many slots it covers, down to its end or the next session below


@dataclass(frozen=True)
class RoomGrid:
    rooms: tuple[str, ...]
    days: tuple[GridDay, ...]

    def column_of(self, row: ScheduleRow) -> int | None:
        """The room column (0-based) of a session; None for a plenary one."""
        key = room_key(row.room)
        if not key:
            return None
        keys = [room_key(r) for r in self.rooms]
        return keys.index(key) if key in keys else None

    def day_of(self, session_id: int) -> int | None:
        """The index in :attr:`days` of the day a session is on."""
        for i, day in enumerate(self.days):
            if any(r.session_id == session_id for slot in day.slots for r in slot.rows):
                return i
        return None

    def cells(self, day_index: int) -> list[GridCell]:
        """The sessions of one day placed on a grid: a row per slot, a column per room.

        A session reaches down over the slots that start before it ends, but
        never over a slot where another session of one of its columns starts
        (a clash stays visible as two cells, and the warnings name it). Two
        sessions of one room starting together share a cell: the first is
        placed, the others are listed by :meth:`sharing`.
        """
        day = self.days[day_index]
        n_rooms = max(1, len(self.rooms))
        placed: list[tuple[ScheduleRow, int, int, int]] = []  # row, slot, room, rooms
        taken: set[tuple[int, int]] = set()
        for i, slot in enumerate(day.slots):
            for row in slot.rows:
                col = self.column_of(row)
                first, width = (0, n_rooms) if slot.plenary or col is None else (col, 1)
                if (i, first) in taken:
                    continue
                taken.update((i, c) for c in range(first, first + width))
                placed.append((row, i, first, width))
        out = []
        for row, i, first, width in placed:
            span = 1
            for j in range(i + 1, len(day.slots)):
                if day.slots[j].starts_at >= row.ends_at:
                    break
                if any((j, c) in taken for c in range(first, first + width)):
                    break
                span += 1
            out.append(GridCell(row, i, first, width, span))
        return out

    def sharing(self, day_index: int, cell: GridCell) -> tuple[ScheduleRow, ...]:
        """Every session in a cell's place: itself and any that start with it in its room."""
        slot = self.days[day_index].slots[cell.slot]
        col = self.column_of(cell.row)
        return tuple(r for r in slot.rows if self.column_of(r) == col)


def room_grid(rows: Sequence[ScheduleRow], zone: str) -> RoomGrid:
    """Group a schedule's rows per day (in ``zone``) and per start, rooms side by side.

    Within a day, slots are in time order, a plenary slot before the room
    sessions that start at the same instant; within a slot, the running order.
    """
    rooms = tuple(rooms_used(rows))
    by_day: dict[Date, list[ScheduleRow]] = {}
    for row in sorted(rows, key=lambda r: (r.starts_at, r.position)):
        by_day.setdefault(row.starts_at.in_timezone(zone).date(), []).append(row)
    days = []
    for n, (day, day_rows) in enumerate(sorted(by_day.items()), start=1):
        slots: dict[tuple[DateTime, bool], list[ScheduleRow]] = {}
        for row in day_rows:
            slots.setdefault((row.starts_at, not room_key(row.room)), []).append(row)
        ordered = sorted(slots.items(), key=lambda kv: (kv[0][0], not kv[0][1]))
        days.append(
            GridDay(
                number=n,
                date=day,
                first_start=day_rows[0].starts_at.in_timezone(zone),
                slots=tuple(GridSlot(start, plenary, tuple(g)) for (start, plenary), g in ordered),
            )
        )
    return RoomGrid(rooms=rooms, days=tuple(days))


def warnings_per_room(
    grid: RoomGrid, rows: Sequence[ScheduleRow], warnings: Sequence[AgendaWarning]
) -> dict[str, int]:
    """How many warnings name a session of each room (a plenary one counts in none).

    Keys are the room names of ``grid.rooms``; a warning about two sessions of
    the same room counts once for that room. Pass one day's rows to count that
    day's warnings only.
    """
    room_of = {r.session_id: grid.column_of(r) for r in rows}
    counts = dict.fromkeys(grid.rooms, 0)
    for w in warnings:
        cols = {room_of.get(sid) for sid in w.session_ids} - {None}
        for col in cols:
            assert col is not None
            counts[grid.rooms[col]] += 1
    return counts


def clock_lines(at: DateTime, zones: Sequence[str], locale: str = "en") -> tuple[str, ...]:
    """``10:00 CEST`` in each zone (the event's first); another local day is named.

    A viewer zone where the instant falls on another date than in the first
    zone gets its weekday: ``02:00 JST Fri`` (in ``locale``'s words).
    """
    if not zones:
        return ()
    home = at.in_timezone(zones[0]).date()
    out = []
    for zone in zones:
        loc = at.in_timezone(zone)
        text = f"{loc.format('HH:mm')} {zone_abbrev(loc)}"
        if loc.date() != home:
            text += f" {loc.format('ddd', locale=locale)}"
        out.append(text)
    return tuple(out)
