"""Take some rows and everything hanging off them; put them back exactly, same ids.

A :class:`Scope` names root rows (a table and column values, e.g. the sessions
of event 3). With ``tree`` the snapshot also holds every row that hangs off
them, found by walking the schema's foreign keys (``Base.metadata``): rows
that the database deletes with their parent (``ON DELETE CASCADE``) are taken
whole; rows that only point at a root and lose that link (``SET NULL``) keep
just the link. A new table with a foreign key is covered with no code here.

:func:`restore` makes the scoped rows what they were when taken: rows added
since are deleted, changed ones updated, missing ones inserted with their old
ids, links set back. Undo in the GUI is one command over :func:`around`
(snapshot before and after a change) and :func:`restore`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, and_, delete, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from organiser.errors import OrganiserError
from organiser.models import Base

T = TypeVar("T")
Row = dict[str, Any]
Key = tuple[Any, ...]
VERSION = "version"  # optimistic-locking counters: restoring bumps, never rewinds them
_CHUNK = 500


@dataclass(frozen=True)
class Scope:
    """Rows of ``table`` whose columns equal ``where``; with ``tree``, what hangs off them."""

    table: str
    where: tuple[tuple[str, Any], ...]
    tree: bool = True

    @classmethod
    def row(cls, model: type[Any] | str, row_id: int, *, tree: bool = True) -> Scope:
        return cls(_name(model), (("id", row_id),), tree)

    @classmethod
    def children(cls, model: type[Any] | str, *, tree: bool = True, **where: Any) -> Scope:
        return cls(_name(model), tuple(sorted(where.items())), tree)


@dataclass
class Snapshot:
    what: str
    scopes: tuple[Scope, ...]
    # table -> {primary key: row}, whole rows
    rows: dict[str, dict[Key, Row]] = field(default_factory=dict)
    # (table, column) -> {primary key: value}: rows outside that point into the scope
    links: dict[tuple[str, str], dict[Key, Any]] = field(default_factory=dict)
    # table -> keys of the rows the scopes name themselves
    roots: dict[str, set[Key]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def _name(model: type[Any] | str) -> str:
    if isinstance(model, str):
        return model
    table = model.__table__
    assert isinstance(table, Table)
    return table.name


def _tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def _order() -> list[str]:
    """Parents before children."""
    return [t.name for t in Base.metadata.sorted_tables]


def _pk(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


def _key(table: Table, row: Row) -> Key:
    return tuple(row[c] for c in _pk(table))


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _select_in(s: Session, table: Table, column: str, values: Iterable[Any]) -> list[Row]:
    vals = sorted(set(values))
    out: list[Row] = []
    for part in _chunks(vals):
        out += [
            dict(r) for r in s.execute(select(table).where(table.c[column].in_(part))).mappings()
        ]
    return out


def _cascades(fk: Any) -> bool:
    return str(fk.ondelete or "").upper() == "CASCADE"


def take(s: Session, *scopes: Scope, what: str = "record") -> Snapshot:
    """Read the scoped rows as they are now."""
    tables = _tables()
    snap = Snapshot(what, tuple(scopes))
    s.flush()
    todo: list[tuple[str, list[Row]]] = []
    for scope in scopes:
        table = tables[scope.table]
        query = select(table).where(and_(*(table.c[c] == v for c, v in scope.where)))
        rows = [dict(r) for r in s.execute(query).mappings()]
        _add(snap, table, rows)
        snap.roots.setdefault(table.name, set()).update(_key(table, r) for r in rows)
        if scope.tree:
            todo.append((scope.table, rows))
    seen: set[tuple[str, Key]] = set()
    while todo:
        parent_name, parent_rows = todo.pop()
        parent = tables[parent_name]
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table is not parent:
                    continue
                values = [r[fk.column.name] for r in parent_rows]
                if not values:
                    continue
                found = _select_in(s, child, fk.parent.name, values)
                if _cascades(fk):
                    fresh = [r for r in found if (child.name, _key(child, r)) not in seen]
                    seen.update((child.name, _key(child, r)) for r in fresh)
                    _add(snap, child, fresh)
                    if fresh:
                        todo.append((child.name, fresh))
                else:
                    links = snap.links.setdefault((child.name, fk.parent.name), {})
                    for r in found:
                        links[_key(child, r)] = r[fk.parent.name]
    return snap


def _add(snap: Snapshot, table: Table, rows: list[Row]) -> None:
    into = snap.rows.setdefault(table.name, {})
    for r in rows:
        into[_key(table, r)] = r


def empty(*scopes: Scope, what: str = "record") -> Snapshot:
    """The state of scopes whose rows do not exist yet (before a create)."""
    return Snapshot(what, tuple(scopes))


def _where_key(table: Table, key: Key) -> Any:
    return and_(*(table.c[c] == v for c, v in zip(_pk(table), key, strict=True)))


def restore(s: Session, snap: Snapshot, expect: Snapshot | None = None) -> None:
    """Make the scoped rows what they were in ``snap``; refuse clearly if that clashes.

    ``expect`` is the state the caller last saw (the other side of an undo step):
    if the named rows are not the ones it holds (one was deleted, or a new row
    took a freed id), nothing is changed; of a row in both, only the columns
    that differ between the two are written, so other edits made since stay.
    """
    tables = _tables()
    try:
        now = take(s, *snap.scopes, what=snap.what)
        if expect is not None:
            for name in set(now.roots) | set(expect.roots):
                if now.roots.get(name, set()) != expect.roots.get(name, set()):
                    raise IntegrityError("", None, Exception("changed since"))
        deleted = False
        # Rows added since: delete, children first (the database cascades the rest).
        for name in reversed(_order()):
            extra = set(now.rows.get(name, {})) - set(snap.rows.get(name, {}))
            table = tables[name]
            pk = _pk(table)
            for part in _chunks(sorted(extra)):
                if len(pk) == 1:
                    s.execute(delete(table).where(table.c[pk[0]].in_([k[0] for k in part])))
                else:
                    s.execute(delete(table).where(tuple_(*(table.c[c] for c in pk)).in_(part)))
                deleted = True
        if deleted:
            s.expire_all()
            now = take(s, *snap.scopes, what=snap.what)  # what the cascades left
        # Rows changed or gone: update or insert, parents first.
        for name in _order():
            want = snap.rows.get(name, {})
            if not want:
                continue
            table = tables[name]
            have = now.rows.get(name, {})
            missing = [row for key, row in want.items() if key not in have]
            expected = expect.rows.get(name, {}) if expect is not None else {}
            for key, row in want.items():
                old = have.get(key)
                if old is None or old == row:
                    continue
                values = {c: v for c, v in row.items() if c not in _pk(table)}
                seen = expected.get(key)
                if seen is not None:
                    # Only what this step changed: a field someone else edited since stays.
                    values = {c: v for c, v in values.items() if c == VERSION or seen.get(c) != v}
                    if set(values) <= {VERSION}:
                        continue
                if VERSION in values and old.get(VERSION) is not None:
                    values[VERSION] = max(int(old[VERSION]), int(row[VERSION] or 0)) + 1
                s.execute(update(table).where(_where_key(table, key)).values(**values))
            if missing:
                s.execute(insert(table), missing)
        # Links from outside: clear those made since, put back the old ones.
        for name, column in {**now.links, **snap.links}:
            table = tables[name]
            wanted = snap.links.get((name, column), {})
            current = now.links.get((name, column), {})
            for key in set(current) - set(wanted):
                s.execute(update(table).where(_where_key(table, key)).values({column: None}))
            for key, value in wanted.items():
                if current.get(key) != value:
                    s.execute(update(table).where(_where_key(table, key)).values({column: value}))
        s.flush()
    except IntegrityError as exc:
        raise OrganiserError(
            f"The {snap.what} cannot be brought back: something saved since then "
            "uses the same name or place. Nothing was changed."
        ) from exc
    s.expire_all()


def around(
    s: Session, scopes: Sequence[Scope], fn: Callable[[], T], *, what: str = "record"
) -> tuple[T, Snapshot, Snapshot]:
    """Run ``fn()`` between two snapshots of ``scopes``: (result, before, after)."""
    before = take(s, *scopes, what=what)
    result = fn()
    s.flush()
    return result, before, take(s, *scopes, what=what)


def around_create(
    s: Session,
    fn: Callable[[], T],
    scopes_of: Callable[[T], Sequence[Scope]],
    *,
    what: str = "record",
) -> tuple[T, Snapshot, Snapshot]:
    """Run a create; the scopes come from its result, and before it they were empty."""
    result = fn()
    s.flush()
    scopes = tuple(scopes_of(result))
    return result, empty(*scopes, what=what), take(s, *scopes, what=what)


# -- the records the GUI deletes, by name (kept for callers and tests) ---------------
def snapshot_event(s: Session, event_id: int) -> Snapshot:
    return take(s, Scope.row("events", event_id), what="event")


def snapshot_venue(s: Session, venue_id: int) -> Snapshot:
    return take(s, Scope.row("venues", venue_id), what="venue")


def snapshot_speaker(s: Session, speaker_id: int) -> Snapshot:
    return take(s, Scope.row("speakers", speaker_id), what="speaker")


def snapshot_session(s: Session, session_id: int) -> Snapshot:
    """The session and its whole agenda (a delete renumbers the others)."""
    from organiser.models import EventSession

    event_id = s.scalar(select(EventSession.event_id).where(EventSession.id == session_id))
    return take(s, Scope.children("sessions", event_id=event_id), what="session")
