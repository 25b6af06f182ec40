"""Importing into an event and editing people: the functions the CLI and the GUI call.

A re-import leaves alone what the organiser corrected by hand
(``Attendee.edited_fields``) unless asked to overwrite it. One import is one
transaction: the caller's session commits it or nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import operator
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pendulum import DateTime
from sqlalchemy import Table as SATable
from sqlalchemy import insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from organiser import tickets
from organiser import validation as v
from organiser.attendees.formats import (
    EDITABLE_FIELDS,
    FORMATS,
    LIMITS,
    SOURCE_OF_FORMAT,
    body_range,
    detect_format,
    header_signature,
    looks_like_schedule,
    one_line,
    propose_mapping,
)
from organiser.attendees.matching import Index, identity_keys
from organiser.attendees.reading import (
    ImportReport,
    Parsed,
    SkippedRow,
    load_table,
    parse_row,
    resolve_columns,
)
from organiser.crud import check_version, get_or_error
from organiser.errors import OrganiserError, ValidationError
from organiser.models import (
    ATTENDEE_ROLES,
    ATTENDEE_SOURCES,
    RSVP_STATES,
    AppSetting,
    Attendee,
    Event,
    attendee_email_key,
    new_token,
)
from organiser.stats import flagged_attendees
from organiser.textnorm import fast_search_key, person_name
from organiser.timeutil import now_utc

_ATTENDEES: SATable = Attendee.__table__  # type: ignore[assignment]


_NEW_DEFAULTS: dict[str, Any] = {
    "first_name": "",
    "last_name": "",
    "email": None,
    "company": "",
    "job_title": "",
    "pronouns": "",
    "role": "attendee",
    "external_id": None,
    "rsvp": "going",
    "guests": 0,
    "notes": "",
    "version": 1,
}


def _token_stream() -> Iterator[str]:
    """Check-in tokens like :func:`new_token`'s, drawn from the OS 512 at a time.

    ``new_token`` reads the OS's random source once per token: for a big import
    that call costs more than the rest of the row. 12 random bytes are exactly 16
    URL-safe base64 characters, as ``secrets.token_urlsafe(12)`` gives them.
    """
    while True:
        raw = base64.urlsafe_b64encode(secrets.token_bytes(12 * 512)).decode("ascii")
        for i in range(0, len(raw), 16):
            token = raw[i : i + 16]
            if token[0] != "-":  # never read as an option on a command line
                yield token


def attendee_search_key(first: str, last: str, email: str | None, company: str) -> str:
    return fast_search_key(first, last, email, company)


# ---------------------------------------------------------------------------------
# Importing a file
# ---------------------------------------------------------------------------------
def import_file(
    s: Session,
    event_id: int,
    path: str | Path | None = None,
    *,
    data: bytes | None = None,
    name: str | None = None,
    fmt: str = "auto",
    mapping: Mapping[str, str] | None = None,
    overrides: Mapping[str, str] | None = None,
    overwrite_edits: bool = False,
    progress: Callable[[int, int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """Import an RSVP export into an event and say what happened.

    Give ``path`` or the raw ``data``. ``fmt`` is ``auto`` or one of :data:`FORMATS`;
    ``mapping`` (our field -> column name) replaces the detected columns, for
    files the detection does not know, and is remembered for files with the
    same columns; ``overrides`` changes only the fields it names. Everything is
    read and checked before the database is touched; the caller's session is
    the one transaction.
    """
    serialise_import(s, event_id, on_wait)
    event = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    if fmt != "auto" and fmt not in FORMATS:
        raise OrganiserError(f"“{fmt}” is not an import format; use auto, {', '.join(FORMATS)}.")
    file_name = name or (Path(path).name if path is not None else "file")
    table = load_table(path, data, file_name, encoding)
    h, end = body_range(table)
    header = [c.strip() for c in table.rows[h][1]]
    if mapping is None and looks_like_schedule(header):
        raise OrganiserError(
            f"{file_name} lists sessions or speakers (a Sessionize or pretalx export), not "
            "attendees; bring it in with `import-schedule FILE`. Nothing changed."
        )
    if mapping is not None and not overrides:
        remember_mapping(s, header, mapping)
    detected = detect_format(header) if fmt == "auto" else fmt
    if overrides:
        mapping = {**(mapping or propose_mapping(header, detected)), **overrides}
    cols = resolve_columns(header, detected, mapping)
    body = table.rows[h + 1 : end]
    if not body:
        raise OrganiserError(
            f"The file {file_name} has a header row but no attendees below it; nothing changed."
        )
    if not ({"full_name", "first_name", "last_name", "email"} & set(cols)):
        shown = ", ".join(header[:6]) + (", …" if len(header) > 6 else "")
        raise OrganiserError(
            f"No name or email column was found in {file_name} (columns: {shown}); "
            "choose the columns in the import wizard."
        )
    source = SOURCE_OF_FORMAT.get(detected, "generic")
    report = ImportReport(
        file_name=file_name, format=detected, encoding=table.encoding, delimiter=table.delimiter
    )

    code_cols = tickets.code_columns(header, detected)

    def parsed_rows() -> Iterator[Parsed]:
        # One row at a time: a million-row file is never held as parsed rows.
        for line, record in body:
            if table.truncated_line == line:
                report.skipped.append(
                    SkippedRow(
                        line, "the row is cut off (a quote is never closed); is the file complete?"
                    )
                )
                continue
            row = parse_row(detected, cols, record, line, event, report)
            if row is not None:
                if code_cols:
                    ext = row.values.get("external_id")  # already matched on the attendee row
                    row.codes = [
                        c for c in tickets.codes_in_record(record, code_cols) if c[1] != ext
                    ]
                yield row

    # Who is already there, as plain rows (a re-import into a big event must not
    # load everyone as full objects); the people a row matches are loaded and
    # updated in batches (``_apply_updates``).
    index = Index(
        s.execute(
            select(
                Attendee.id, Attendee.source, Attendee.external_id, Attendee.email,
                Attendee.first_name, Attendee.last_name,
            ).where(Attendee.event_id == event_id)
        ).all()
    )
    pending: list[_Update] = []
    parsed: Iterable[Parsed] = parsed_rows()
    if detected == "zoom":  # rejoins are merged over the whole (small) report
        parsed = _merge_rejoins(source, list(parsed))
    # identity key -> first line; hashed, so a million keys stay small
    seen: dict[int, int] = {}
    new_rows: list[dict[str, Any]] = []
    codes: dict[int, list[tuple[str, str]]] = {}  # attendee id -> door codes
    codes_by_token: dict[str, list[tuple[str, str]]] = {}  # new people, by their token
    total = len(body)
    now = now_utc()
    tokens = _token_stream()
    for n, row in enumerate(parsed):
        if progress is not None and n % 500 == 0:
            progress(n, total)
        values = row.values
        row_source = values.pop("source", source)
        identity = identity_keys(row_source, values)
        hashed = hash(identity[0]) if len(identity) == 1 else hash(tuple(identity))
        dup = seen.get(hashed)
        if dup is not None:
            report.skipped.append(SkippedRow(row.line, f"the same person as line {dup}."))
            continue
        seen[hashed] = row.line
        stamp = row.checked_in_at or (event.starts_at if row.checked_in else None)
        found = index.find(row_source, values) if index.people else None
        if found is not None:
            index.matched.add(found.id)
        if found is None:
            new_row = {
                **_NEW_DEFAULTS,
                **values,
                "event_id": event_id,
                "source": row_source,
                "checked_in_at": stamp,
                "checkin_token": next(tokens),
                "email_key": attendee_email_key(values.get("email"), values.get("external_id")),
            }
            new_row["search_key"] = attendee_search_key(
                new_row["first_name"], new_row["last_name"], new_row["email"], new_row["company"]
            )
            new_rows.append(new_row)
            if row.codes:
                codes_by_token[new_row["checkin_token"]] = row.codes
            report.added += 1
            if len(new_rows) >= IMPORT_BATCH:
                _bulk_insert(s, new_rows, {"created_at": now, "edited_fields": []})
                new_rows = []
            continue
        if row.codes:
            codes[found.id] = row.codes
        pending.append((found.id, row_source, values, stamp))
        if len(pending) >= UPDATE_BATCH:
            _apply_updates(s, pending, overwrite_edits, report)
            pending = []
    if pending:
        _apply_updates(s, pending, overwrite_edits, report)
    if new_rows:
        # Core executemany: one statement for all new rows (the ORM would split them).
        _bulk_insert(s, new_rows, {"created_at": now, "edited_fields": []})
    s.flush()
    if codes_by_token:
        ids = s.execute(
            select(Attendee.checkin_token, Attendee.id).where(
                Attendee.event_id == event_id, Attendee.checkin_token.in_(list(codes_by_token))
            )
        )
        for token, aid in ids:
            codes[aid] = codes_by_token[token]
    tickets.add_codes_bulk(s, event_id, codes)
    s.flush()
    if progress is not None:
        progress(total, total)
    return report


IMPORT_BATCH = 5000  # new people inserted per executemany: bounded memory, few round trips
UPDATE_BATCH = 1000  # people a re-import matched, loaded with one query per batch

_Update = tuple[int, str, dict[str, Any], DateTime | None]  # id, source, values, check-in


def _apply_updates(
    s: Session, pending: list[_Update], overwrite_edits: bool, report: ImportReport
) -> None:
    """Update the people these rows matched: one query loads them, one flush writes them.

    Rows apply in file order, so two rows matching one person apply in turn as
    they did one by one. The loaded people are dropped afterwards (the
    session keeps only weak references to unchanged objects).
    """
    ids = list(dict.fromkeys(aid for aid, *_rest in pending))
    people = {a.id: a for a in s.scalars(select(Attendee).where(Attendee.id.in_(ids)))}
    for aid, row_source, values, stamp in pending:
        if _update_from_import(people[aid], row_source, values, stamp, overwrite_edits, report):
            report.updated += 1
        else:
            report.unchanged += 1
    s.flush()
_IMPORT_LOCK_CLASS = 0x4D4F  # advisory lock namespace ("MO"); the second key is the event


def serialise_import(
    s: Session, event_id: int, on_wait: Callable[[], None] | None = None
) -> None:
    """One import per event at a time, across processes and machines.

    The matching reads the event's people and then adds the new ones; two
    imports interleaving there would both add the same people. SQLite: the
    transaction starts with ``BEGIN IMMEDIATE`` (the write lock, taken before
    the reads). PostgreSQL: a transaction-scoped advisory lock on the event.
    ``on_wait`` is called once when another import holds the lock.
    """
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        args = {"c": _IMPORT_LOCK_CLASS, "e": event_id}
        got = conn.execute(text("SELECT pg_try_advisory_xact_lock(:c, :e)"), args).scalar()
        if not got:
            if on_wait is not None:
                on_wait()
            conn.execute(text("SELECT pg_advisory_xact_lock(:c, :e)"), args)
        return
    if conn.dialect.name != "sqlite":
        return
    raw: Any = conn.connection.dbapi_connection
    if raw is None or raw.in_transaction:
        return  # a write already happened in this transaction: the write lock is held
    from organiser.store import busy_timeout_ms, write_wait_ms

    conn.exec_driver_sql("PRAGMA busy_timeout=0")
    try:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                raise
        if on_wait is not None:
            on_wait()
        conn.exec_driver_sql(f"PRAGMA busy_timeout={write_wait_ms()}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_timeout_ms()}")


_MAPPING_KEY = "import.mapping.{}"


def remember_mapping(s: Session, header: list[str], mapping: Mapping[str, str]) -> None:
    """Keep the columns chosen for this set of column names, for the next file like it."""
    key = _MAPPING_KEY.format(header_signature(header))
    value = {k: c for k, c in mapping.items() if c}
    row = s.get(AppSetting, key)
    if row is None:
        s.add(AppSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


def remembered_mapping(s: Session, header: list[str]) -> dict[str, str] | None:
    """The mapping chosen last time for a file with these columns, if it still fits."""
    row = s.get(AppSetting, _MAPPING_KEY.format(header_signature(header)))
    if row is None or not isinstance(row.value, dict):
        return None
    present = {h.strip() for h in header}
    mapping = {str(k): str(c) for k, c in row.value.items() if str(c).strip() in present}
    return mapping or None


def remembered_mapping_for(store: Any, header: list[str]) -> dict[str, str] | None:
    """:func:`remembered_mapping` in a short session of its own (the import wizard's preview)."""
    with store.session() as s:
        return remembered_mapping(s, header)


def _merge_rejoins(source: str, parsed: list[Parsed]) -> list[Parsed]:
    """Zoom lists a person once per time they joined: one person, checked in at the first join."""
    first_of: dict[str, Parsed] = {}
    kept: list[Parsed] = []
    for row in parsed:
        keys = identity_keys(source, row.values)
        earlier = next((first_of[k] for k in keys if k in first_of), None)
        if earlier is None:
            kept.append(row)
            for k in keys:
                first_of[k] = row
            continue
        earlier.checked_in = earlier.checked_in or row.checked_in
        if row.checked_in_at is not None and (
            earlier.checked_in_at is None or row.checked_in_at < earlier.checked_in_at
        ):
            earlier.checked_in_at = row.checked_in_at
        for key, value in row.values.items():
            if value and not earlier.values.get(key):
                earlier.values[key] = value
    return kept


def _bulk_insert(s: Session, rows: list[dict[str, Any]], same: dict[str, Any]) -> None:
    """Insert many attendees in one executemany on the session's transaction.

    SQLAlchemy would run each row's values through their column types (UTC
    datetimes, JSON); here the values every row shares (``same``) are
    converted once and only the per-row check-in time is converted per row.
    """
    conn = s.connection()
    dialect = conn.dialect
    keys = list(rows[0]) + list(same)
    compiled = insert(_ATTENDEES).compile(dialect=dialect, column_keys=keys)
    sql = compiled.string.split(" RETURNING ")[0]

    def processor(key: str) -> Callable[[Any], Any] | None:
        col_type = _ATTENDEES.c[key].type
        proc: Callable[[Any], Any] | None = col_type.dialect_impl(dialect).bind_processor(dialect)
        return proc

    fixed = {}
    for key, value in same.items():
        proc = processor(key)
        fixed[key] = proc(value) if proc is not None else value
    per_row = {key: p for key in rows[0] if (p := processor(key)) is not None}
    order = compiled.positiontup
    pick = operator.itemgetter(*order) if order is not None else None
    params: list[Any] = []
    for row in rows:  # the rows are ours: convert in place
        for key, proc in per_row.items():
            if row[key] is not None:
                row[key] = proc(row[key])
        row.update(fixed)
        params.append(pick(row) if pick is not None else row)
    conn.exec_driver_sql(sql, params)


def _update_from_import(
    a: Attendee,
    source: str,
    values: Mapping[str, Any],
    stamp: DateTime | None,
    overwrite_edits: bool,
    report: ImportReport,
) -> bool:
    changed = False
    edited = set(a.edited_fields or [])
    for key in EDITABLE_FIELDS:
        if key not in values:
            continue
        new = values[key]
        if key == "email" and not new:
            continue  # an export without the address does not erase the one we have
        if (
            key in ("first_name", "last_name")
            and not values.get("first_name")
            and not values.get("last_name")
        ):
            continue
        if getattr(a, key) == new:
            continue
        if key in edited and not overwrite_edits:
            report.kept_edits += 1
            continue
        setattr(a, key, new)
        changed = True
        if key in edited:
            edited.discard(key)
    if overwrite_edits and set(a.edited_fields or []) != edited:
        a.edited_fields = sorted(edited)
    ext = values.get("external_id")
    if ext and not a.external_id:
        a.source = source
        a.external_id = ext
        changed = True
    if stamp is not None and a.checked_in_at is None:
        a.checked_in_at = stamp
        changed = True
    if changed:
        a.search_key = attendee_search_key(a.first_name, a.last_name, a.email, a.company)
    return changed


# ---------------------------------------------------------------------------------
# Editing people in the app
# ---------------------------------------------------------------------------------
def get_attendee(s: Session, attendee_id: int) -> Attendee:
    return get_or_error(s, Attendee, attendee_id, "attendee")


def list_attendees(s: Session, event_id: int) -> list[Attendee]:
    get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    return list(
        s.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id)
            .order_by(Attendee.last_name, Attendee.first_name, Attendee.id)
        )
    )


@dataclass(frozen=True)
class AttendeeRow:
    """One attendee as plain values, safe to keep in the UI.

    The Attendees table's row and the check-in desk's person (``checkin.Person``
    is this type).
    """

    id: int
    first_name: str
    last_name: str
    email: str
    company: str
    job_title: str
    role: str
    rsvp: str
    source: str
    checked_in_at: DateTime | None
    badge_printed_at: DateTime | None
    search_key: str
    edited_fields: tuple[str, ...]
    repeat_no_show: bool = False
    guests: int = 0  # the +1s they bring
    door: str = ""  # where they were checked in
    version: int | None = None  # the record's version when read (team mode)

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None


def row_of(a: Attendee, repeat_no_show: bool = False) -> AttendeeRow:
    return AttendeeRow(
        id=a.id,
        first_name=a.first_name,
        last_name=a.last_name,
        email=a.email or "",
        company=a.company,
        job_title=a.job_title,
        role=a.role,
        rsvp=a.rsvp,
        source=a.source,
        checked_in_at=a.checked_in_at,
        badge_printed_at=a.badge_printed_at,
        search_key=a.search_key or "",
        edited_fields=tuple(a.edited_fields or ()),
        repeat_no_show=repeat_no_show,
        guests=a.guests or 0,
        door=a.checked_in_door or "",
        version=a.version,
    )


def attendee_rows(s: Session, event_id: int) -> list[AttendeeRow]:
    """The event's people for the table, repeat no-shows marked."""
    flagged = flagged_attendees(s, event_id)
    return [row_of(a, a.id in flagged) for a in list_attendees(s, event_id)]


def _clean_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise TypeError(f"unknown attendee field {key}")
        if key == "email":
            email = v.optional_email(value)
            out[key] = email.lower() if email else None
        elif key == "role":
            out[key] = v.choice(value, ATTENDEE_ROLES, "role", "Role")
        elif key == "rsvp":
            out[key] = v.choice(value, RSVP_STATES, "rsvp", "RSVP")
        elif key == "guests":
            try:
                number = int(value or 0)
            except (TypeError, ValueError) as exc:
                raise ValidationError("guests", f"Guests “{value}” is not a whole number.") from exc
            if number < 0:
                raise ValidationError("guests", "Guests cannot be negative.")
            out[key] = number
        elif key == "notes":
            out[key] = v.clean_text(value)
        else:
            text = one_line(v.clean_text(value))
            if len(text) > LIMITS[key]:
                raise ValidationError(key, f"That is too long (at most {LIMITS[key]} characters).")
            out[key] = text
    return out


def add_attendee(
    s: Session,
    event_id: int,
    *,
    first_name: str,
    last_name: str = "",
    source: str = "manual",
    checked_in: bool = False,
    **fields: Any,
) -> Attendee:
    """Add one person by hand (or at the door, with ``source="walk_in"``)."""
    get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    data = _clean_fields({"first_name": first_name, "last_name": last_name, **fields})
    if not data["first_name"] and not data["last_name"]:
        raise ValidationError("first_name", "Give the person's name.")
    if source not in ATTENDEE_SOURCES:
        raise TypeError(f"unknown source {source}")
    a = Attendee(event_id=event_id, source=source, edited_fields=[], **data)
    if checked_in:
        a.checked_in_at = now_utc()
    a.search_key = attendee_search_key(a.first_name, a.last_name, a.email, a.company or "")
    s.add(a)
    s.flush()
    return a


def update_attendee(
    s: Session, attendee_id: int, *, expected_version: int | None = None, **changes: Any
) -> Attendee:
    """Change a person; every changed field is remembered as edited by hand."""
    a = get_attendee(s, attendee_id)
    data = _clean_fields(changes)
    check_version(a, expected_version, "attendee", data)
    if ("first_name" in data or "last_name" in data) and not (
        data.get("first_name", a.first_name) or data.get("last_name", a.last_name)
    ):
        raise ValidationError("first_name", "Give the person's name.")
    edited = list(a.edited_fields or [])
    for key, value in data.items():
        if getattr(a, key) != value:
            setattr(a, key, value)
            if key not in edited:
                edited.append(key)
    a.edited_fields = edited
    a.search_key = attendee_search_key(a.first_name, a.last_name, a.email, a.company)
    s.flush()
    return a


@dataclass(frozen=True)
class NewAttendee:
    """One person for :func:`add_attendees`, with their history at the event."""

    first_name: str
    last_name: str = ""
    email: str | None = None
    company: str = ""
    role: str = "attendee"
    rsvp: str = "going"
    source: str = "manual"
    registered_at: dt.datetime | None = None
    checked_in_at: dt.datetime | None = None
    badge_printed_at: dt.datetime | None = None


def add_attendees(s: Session, event_id: int, people: Sequence[NewAttendee]) -> int:
    """Add many people in one statement (checked like :func:`add_attendee`); return how many.

    For people whose registration, check-in and badge already happened (a past
    meetup's list); times are UTC.
    """
    get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    if not people:
        return 0
    now = now_utc()
    rows: list[dict[str, Any]] = []
    for p in people:
        data = _clean_fields(
            {
                "first_name": p.first_name,
                "last_name": p.last_name,
                "email": p.email,
                "company": p.company,
                "role": p.role,
                "rsvp": p.rsvp,
            }
        )
        if not data["first_name"] and not data["last_name"]:
            raise ValidationError("first_name", "Give the person's name.")
        if p.source not in ATTENDEE_SOURCES:
            raise TypeError(f"unknown source {p.source}")
        data.update(
            event_id=event_id,
            source=p.source,
            checked_in_at=p.checked_in_at,
            badge_printed_at=p.badge_printed_at,
            checkin_token=new_token(),
            created_at=p.registered_at or now,
            search_key=attendee_search_key(
                data["first_name"], data["last_name"], data["email"], data["company"]
            ),
        )
        rows.append({**_NEW_DEFAULTS, **data})
    _bulk_insert(s, rows, {"edited_fields": []})
    s.flush()
    return len(rows)


def set_role(
    s: Session, attendee_id: int, role: str, *, expected_version: int | None = None
) -> Attendee:
    return update_attendee(s, attendee_id, expected_version=expected_version, role=role)


def set_rsvp(
    s: Session, attendee_id: int, rsvp: str, *, expected_version: int | None = None
) -> Attendee:
    return update_attendee(s, attendee_id, expected_version=expected_version, rsvp=rsvp)


def delete_attendee(s: Session, attendee_id: int) -> None:
    s.delete(get_attendee(s, attendee_id))
    s.flush()
