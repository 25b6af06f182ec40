"""What a unit of work changed, as typed kinds plus ids, collected by watching the session.

Core functions keep their signatures: :func:`track` listens to one session and
records every table written — through the ORM (``after_flush``: new, dirty and
deleted rows, with their ids) and through statements (``INSERT``/``UPDATE``/
``DELETE`` run on the session's connection: ids known when the WHERE pins the
primary key, as a check-in's ``id = n`` does, else unknown). Tables map to a
:class:`Kind` by name; a table with no kind of its own (a link table, a new
table) stands for the kinds of the tables its foreign keys point at, and a
delete also reaches the tables whose foreign keys point at the deleted one
(the database cascades or clears them), so adding a table needs no list here.

    with store.session() as s, track(s) as changes:
        agenda.delete_session(s, session_id)
    changes.result   # ChangeSet({Kind.SESSION: None, ...})
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import Column, Table, event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, Grouping

from organiser.models import Base


class Kind(Enum):
    """What pages subscribe to. The value is the table it is named after."""

    EVENT = "events"
    SESSION = "sessions"
    SPEAKER = "speakers"
    VENUE = "venues"
    ATTENDEE = "attendees"
    CHECKIN = "checkin"  # only an attendee's arrival changed
    CHECKLIST = "checklist_items"
    STREAM_LINK = "stream_links"
    TEMPLATE = "checklist_templates"
    LAYOUT = "badge_layouts"
    SETTING = "app_settings"


# An attendee row whose check-in time changed, and nothing but these columns with
# it, was checked in or out (a check-in also records the door, sets the RSVP to
# going, and bumps the version).
CHECKIN_COLUMNS = frozenset({"checked_in_at", "checked_in_door", "rsvp", "version"})

_BY_TABLE = {k.value: k for k in Kind}
_WRITE_RE = re.compile(
    r"^\s*(INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+[\"`]?(\w+)[\"`]?"
    r"(?:\s+SET\s+(.*?)\s+WHERE\b)?",
    re.I | re.S,
)
_SET_COL_RE = re.compile(r"[\"`]?(\w+)[\"`]?\s*=")

Ids = frozenset[int] | None  # None: some rows of that kind, which ones unknown


@dataclass(frozen=True)
class ChangeSet:
    """Kinds that changed, each with the ids that changed (None: unknown, maybe all)."""

    kinds: Mapping[Kind, Ids] = field(default_factory=dict)

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[int] | None = None) -> ChangeSet:
        frozen = None if ids is None else frozenset(ids)
        return cls({k: frozen for k in kinds})

    @classmethod
    def everything(cls) -> ChangeSet:
        """After a restore or a switch of database: every page reloads."""
        return cls({k: None for k in Kind})

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def touches(self, *kinds: Kind) -> bool:
        return any(k in self.kinds for k in kinds)

    def ids(self, kind: Kind) -> Ids:
        """The ids of ``kind`` that changed; empty if none did, None if unknown."""
        if kind not in self.kinds:
            return frozenset()
        return self.kinds[kind]

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged: dict[Kind, Ids] = dict(self.kinds)
        for kind, ids in other.kinds.items():
            mine = merged.get(kind, frozenset())
            merged[kind] = None if mine is None or ids is None else mine | ids
        return ChangeSet(merged)

    def __repr__(self) -> str:
        parts = [
            f"{k.name}:{'?' if v is None else sorted(v)}"
            for k, v in sorted(self.kinds.items(), key=lambda kv: kv[0].name)
        ]
        return f"ChangeSet({', '.join(parts)})"


def _tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def kinds_of_table(name: str, _seen: frozenset[str] = frozenset()) -> frozenset[Kind]:
    """The kinds a write to table ``name`` stands for (its own, else its parents')."""
    own = _BY_TABLE.get(name)
    if own is not None:
        return frozenset({own})
    table = _tables().get(name)
    if table is None or name in _seen:
        return frozenset()
    found: set[Kind] = set()
    for fk in table.foreign_keys:
        found |= kinds_of_table(fk.column.table.name, _seen | {name})
    return frozenset(found)


def _dependants(name: str) -> set[str]:
    """Tables whose foreign keys reach ``name`` (directly or through others)."""
    tables = _tables()
    out: set[str] = set()
    todo = [name]
    while todo:
        parent = todo.pop()
        for t in tables.values():
            if t.name not in out and any(fk.column.table.name == parent for fk in t.foreign_keys):
                out.add(t.name)
                todo.append(t.name)
    out.discard(name)
    return out


class Collector:
    """Gathers the changes of one session; ``result`` once the work is done."""

    def __init__(self) -> None:
        self._ids: dict[Kind, set[int] | None] = {}
        self._flushing = False

    # -- recording -----------------------------------------------------------------
    def add(self, kind: Kind, ids: Iterable[int] | None) -> None:
        mine = self._ids.get(kind, set())
        if mine is None:
            return
        if ids is None:
            self._ids[kind] = None
        else:
            mine.update(ids)
            self._ids[kind] = mine

    def _add_table(
        self,
        name: str,
        ids: Iterable[int] | None,
        *,
        deleted: bool,
        columns: Iterable[str] = (),
        values: Mapping[str, Any] | None = None,
    ) -> None:
        cols = set(columns)
        if name == Kind.ATTENDEE.value and "checked_in_at" in cols and cols <= CHECKIN_COLUMNS:
            self.add(Kind.CHECKIN, ids)
            return
        own = _BY_TABLE.get(name)
        if own is not None:
            self.add(own, ids)
        else:
            # A link row (a speaker on a session) changes the rows it points at.
            table = _tables().get(name)
            for fk in table.foreign_keys if table is not None else ():
                parent = fk.column.table.name
                value = values.get(fk.parent.key) if values is not None else None
                for kind in kinds_of_table(parent):
                    known = isinstance(value, int) and kind is _BY_TABLE.get(parent)
                    self.add(kind, [int(value)] if known and value is not None else None)
        if deleted:
            mine = kinds_of_table(name)
            for child in _dependants(name):
                for kind in kinds_of_table(child) - mine:
                    self.add(kind, None)

    def before_flush(self, *_: Any) -> None:
        self._flushing = True

    def after_flush(self, session: Session, _context: Any) -> None:
        dirty = set(session.dirty)
        for obj, deleted in (
            *((o, False) for o in session.new),
            *((o, False) for o in dirty),
            *((o, True) for o in session.deleted),
        ):
            state = inspect(obj)
            mapper = state.mapper
            table = mapper.local_table
            if not isinstance(table, Table):
                continue
            changed: list[str] = []
            if obj in dirty:
                changed = [
                    a.key
                    for a in mapper.column_attrs
                    if a.key != "version" and state.attrs[a.key].history.has_changes()
                ]
                if not changed:
                    continue  # touched but not changed (a relationship list re-read)
            key = mapper.primary_key_from_instance(obj)
            ids = [key[0]] if len(key) == 1 and isinstance(key[0], int) else None
            values = {c.key: state.attrs[c.key].loaded_value for c in mapper.column_attrs}
            self._add_table(table.name, ids, deleted=deleted, columns=changed, values=values)

    def after_flush_postexec(self, *_: Any) -> None:
        self._flushing = False

    def after_begin(self, _s: Session, _t: SessionTransaction, conn: Connection) -> None:
        event.listen(conn, "before_cursor_execute", self.statement)

    def statement(
        self, _conn: Any, _cursor: Any, sql: str, _params: Any = None, context: Any = None, *_: Any
    ) -> None:
        if self._flushing:
            return  # the ORM's own statements: after_flush has the rows and ids
        m = _WRITE_RE.match(sql)
        if m is None:
            return
        verb, name, set_clause = m.group(1).upper(), m.group(2), m.group(3)
        columns = _SET_COL_RE.findall(set_clause) if set_clause else ()
        ids = _statement_ids(context, name) if not verb.startswith("INSERT") else None
        self._add_table(name, ids, deleted=verb.startswith("DELETE"), columns=list(columns))

    # -- reading -------------------------------------------------------------------
    @property
    def result(self) -> ChangeSet:
        return ChangeSet({k: (None if v is None else frozenset(v)) for k, v in self._ids.items()})


def _statement_ids(context: Any, name: str) -> list[int] | None:
    """The ids an UPDATE/DELETE names in its WHERE (``id = 5``, ``id IN (...)``), else None.

    Read from the statement object the SQL was compiled from, so only a condition
    that pins the primary key counts (ANDed with others); anything else is unknown.
    """
    compiled = getattr(context, "compiled", None)
    stmt = getattr(compiled, "statement", None)
    table = getattr(stmt, "table", None)
    where = getattr(stmt, "whereclause", None)
    if not isinstance(table, Table) or table.name != name or where is None:
        return None
    pk = list(table.primary_key.columns)
    if len(pk) != 1:
        return None
    key = pk[0]
    terms = list(where.clauses) if getattr(where, "operator", None) is operators.and_ else [where]
    for term in terms:
        if not isinstance(term, BinaryExpression) or not isinstance(term.left, Column):
            continue
        if getattr(term.left.table, "name", None) != name or term.left.name != key.name:
            continue
        right: Any = term.right
        if isinstance(right, Grouping):
            right = right.element
        if not isinstance(right, BindParameter):
            continue
        value: Any = right.effective_value
        if term.operator is operators.eq and isinstance(value, int):
            return [value]
        in_ = term.operator is operators.in_op and isinstance(value, (list, tuple))
        if in_ and all(isinstance(v, int) for v in value):
            return [int(v) for v in value]
    return None


_HOOKS = ("before_flush", "after_flush", "after_flush_postexec", "after_begin")


@contextmanager
def track(s: Session) -> Iterator[Collector]:
    """Record what ``s`` writes until the block ends (read ``.result`` after commit).

    The block flushes at its end, so open it inside the session's block.
    """
    collector = Collector()
    for hook in _HOOKS:
        event.listen(s, hook, getattr(collector, hook))
    if s.in_transaction():
        conn = s.connection()
        event.listen(conn, "before_cursor_execute", collector.statement)
    try:
        yield collector
        s.flush()  # what is still pending is part of this work
    finally:
        for hook in _HOOKS:
            event.remove(s, hook, getattr(collector, hook))
