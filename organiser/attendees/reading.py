"""Reading an RSVP export: the wizard's preview, then every row parsed and checked.

Nothing here touches the database; :mod:`organiser.attendees.service` writes what
these functions read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pendulum
from pendulum import DateTime

from organiser import validation as v
from organiser.attendees.formats import (
    CHECKED_IN_STATUS,
    EMPTY_WORDS,
    FIELD_LABELS,
    FORMAT_LABELS,
    LIMITS,
    TRUE_WORDS,
    body_range,
    clean_cell,
    detect_format,
    one_line,
    propose_mapping,
    role_of,
    rsvp_state,
    split_name,
)
from organiser.csvread import (
    DELIMITER_NAMES,
    LEGACY_ENCODINGS,
    Table,
    codec_of,
    read_bytes,
    read_table,
)
from organiser.errors import OrganiserError, ValidationError
from organiser.models import ATTENDEE_SOURCES, Event
from organiser.textnorm import fold


# ---------------------------------------------------------------------------------
# Results handed to the CLI and the GUI
# ---------------------------------------------------------------------------------
@dataclass
class SkippedRow:
    line: int
    reason: str


class ProblemList(list[SkippedRow]):
    """The problems of an import: the first ``KEEP`` are kept, all are counted.

    A file of 2.5 million broken rows must not become 2.5 million report lines
    (nor their memory): ``len()`` is the full count, iterating gives the kept ones.
    """

    KEEP = 100

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def append(self, item: SkippedRow) -> None:
        self.total += 1
        if super().__len__() < self.KEEP:
            super().append(item)

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0


SHOWN_PROBLEMS = 20


@dataclass
class ImportReport:
    """What an import did, for a person to read."""

    file_name: str
    format: str
    encoding: str
    delimiter: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedRow] = field(default_factory=ProblemList)
    warnings: list[SkippedRow] = field(default_factory=ProblemList)
    kept_edits: int = 0

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.skipped)

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.skipped)} skipped"
        )

    def lines(self) -> list[str]:
        """The report as text lines (the CLI prints them; the wizard shows them)."""
        how = self.encoding
        if self.delimiter:
            how += f", {DELIMITER_NAMES.get(self.delimiter, self.delimiter)}-separated"
        out = [
            f"Imported {self.file_name} as {FORMAT_LABELS.get(self.format, self.format)} "
            f"({how}).",
            self.summary() + ".",
        ]
        if self.kept_edits:
            out.append(
                f"{self.kept_edits} value(s) you edited by hand were kept "
                "(use overwrite edits to replace them)."
            )
        # The first SHOWN_PROBLEMS problems, then how many more: never millions of lines.
        shown = [f"Skipped line {row.line}: {row.reason}" for row in self.skipped]
        shown += [f"Note on line {row.line}: {row.reason}" for row in self.warnings]
        out += shown[:SHOWN_PROBLEMS]
        hidden = len(self.skipped) + len(self.warnings) - min(len(shown), SHOWN_PROBLEMS)
        if hidden > 0:
            out.append(f"… and {hidden} more problems (skipped lines and notes).")
        return out


@dataclass
class Preview:
    """What the wizard shows before importing."""

    file_name: str
    format: str
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    row_count: int
    mapping: dict[str, str]  # our field -> column name in the file
    codec: str = "utf-8"  # the Python codec the text was read with

    @property
    def legacy_encoding(self) -> bool:
        """True when the file is in an old code page: the wizard offers to choose another."""
        return any(self.codec == codec for codec, _label in LEGACY_ENCODINGS)


@dataclass(slots=True)
class Parsed:
    line: int
    values: dict[str, Any]
    checked_in: bool = False
    checked_in_at: DateTime | None = None
    codes: list[tuple[str, str]] = field(default_factory=list)  # door codes (kind, value)


# ---------------------------------------------------------------------------------
# Reading a file
# ---------------------------------------------------------------------------------
def load_table(
    path: str | Path | None, data: bytes | None, name: str, encoding: str | None = None
) -> Table:
    if data is not None:
        table = read_bytes(data, name, encoding)
    else:
        assert path is not None
        table = read_table(path, encoding)
    _refuse_other_kinds(table, name)
    return table


def _refuse_other_kinds(table: Table, name: str) -> None:
    """A calendar or a schedule given as an attendee list: say which command reads it."""
    first = table.rows[0][1][0].strip() if table.rows and table.rows[0][1] else ""
    if first.upper().startswith("BEGIN:VCALENDAR"):
        raise OrganiserError(
            f"{name} is a calendar (ICS) file, not an attendee list; nothing changed. "
            "Calendars are written by `ics`, not imported."
        )
    if first.startswith(("{", "[", "<?xml", "<schedule")):
        raise OrganiserError(
            f"{name} looks like a schedule (JSON or XML), not an attendee list; bring it in "
            "with `import-schedule FILE`. Nothing changed."
        )


def preview(path: str | Path, *, rows: int = 8, encoding: str | None = None) -> Preview:
    """Read a file for the import wizard: format, encoding, separator, first rows, mapping.

    ``encoding`` (a codec, e.g. from :data:`LEGACY_ENCODINGS`) reads the file as
    the person chose instead of as detected: the wizard's live preview.
    """
    table = read_table(path, encoding)
    h, end = body_range(table)
    header = [c.strip() for c in table.rows[h][1]]
    fmt = detect_format(header)
    body = table.rows[h + 1 : end]
    width = len(header)
    first = [(r + [""] * width)[:width] for _line, r in body[:rows]]
    return Preview(
        file_name=Path(path).name,
        format=fmt,
        encoding=table.encoding,
        delimiter=table.delimiter,
        header=header,
        rows=first,
        row_count=len(body),
        mapping=_guess_from_values(header, first, propose_mapping(header, fmt)),
        codec=codec_of(table.encoding),
    )


def _guess_from_values(
    header: list[str], rows: list[list[str]], mapping: dict[str, str]
) -> dict[str, str]:
    """For columns with unknown names, propose email and name columns from what they hold.

    Only a proposal for the wizard, which shows it to the person before importing.
    """
    out = dict(mapping)
    used = set(out.values())

    def share(col: int, test: Callable[[str], bool]) -> float:
        values = [r[col].strip() for r in rows if col < len(r) and r[col].strip()]
        return sum(1 for x in values if test(x)) / len(values) if values else 0.0

    free = [i for i, h in enumerate(header) if h not in used]
    if "email" not in out:
        for i in free:
            if share(i, lambda x: "@" in x and " " not in x and "." in x.split("@")[-1]) >= 0.8:
                out["email"] = header[i]
                used.add(header[i])
                break
    if not ({"full_name", "first_name", "last_name"} & set(out)):
        for i in free:
            if header[i] in used:
                continue

            def looks_like_name(x: str) -> bool:
                return " " in x and not any(ch.isdigit() or ch == "@" for ch in x)

            if share(i, looks_like_name) >= 0.8:
                out["full_name"] = header[i]
                break
    return out


# Local times as reports write them: Zoom ("Mar 28, 2020 09:07:39"), pretix's
# English and German short formats ("02/22/2019 2:05 p.m.", "22.02.2019 14:05").
_TIME_FORMATS = (
    "%b %d, %Y %H:%M:%S",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I %p",
    "%m/%d/%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
)


def _parse_local(text: str, zone: str) -> DateTime | None:
    import datetime as dt

    cleaned = " ".join(text.replace("a.m.", "AM").replace("p.m.", "PM").split())
    for pattern in _TIME_FORMATS:
        try:
            naive = dt.datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
        local = pendulum.instance(naive, tz=zone)
        return local.in_timezone("UTC")
    return None


def _parse_time(text: str, zone: str) -> DateTime | None:
    if text[:1].isalpha() or "." in text[:3] or "m." in text or text[2:3] == "/":
        found = _parse_local(text, zone)
        if found is not None:
            return found
    try:
        parsed = pendulum.parse(text, tz=zone, strict=False)
    except Exception:  # any text can arrive here: a time we cannot read is just not a time
        return _parse_local(text, zone)
    if not isinstance(parsed, DateTime):
        return None
    result: DateTime = parsed.in_timezone("UTC")
    return result


_HINTS = ("ticket", "host", "void")  # columns that only suggest a role or a state


_COMPARED_ONLY = frozenset(
    {"host", "checked_in", "guests", "rsvp", "ticket", "role", "source", "void"}
)


_ROW_KEYS = (*FIELD_LABELS, *_HINTS)
_EMPTY_ROW = dict.fromkeys(_ROW_KEYS, "")  # copied per row: quicker than building it


def parse_row(
    fmt: str,
    cols: dict[str, int],
    record: list[str],
    line: int,
    event: Event,
    report: ImportReport,
) -> Parsed | None:
    width = len(record)
    c = _EMPTY_ROW.copy()
    for key, idx in cols.items():
        if idx < width:
            # words we only compare against known values need no cleaning for storage
            c[key] = record[idx].strip() if key in _COMPARED_ONLY else clean_cell(record[idx])

    values: dict[str, Any] = {}
    first = one_line(c["first_name"])
    last = one_line(c["last_name"])
    full = one_line(c["full_name"])
    if full and not first and not last:
        first, last = split_name(full)
    elif full and first and not last and full.startswith(first):
        last = full[len(first) :].strip()  # e.g. Luma with last_name left empty
    raw_email = c["email"]
    email: str | None = None
    if raw_email:
        try:
            email = v.optional_email(raw_email.strip("<> "))
        except ValidationError:
            report.warnings.append(
                SkippedRow(line, f"“{raw_email[:60]}” is not an email address; left out.")
            )
    if not first and not last and not email:
        report.skipped.append(SkippedRow(line, "no name and no email address."))
        return None
    values["first_name"] = first[: LIMITS["first_name"]]
    values["last_name"] = last[: LIMITS["last_name"]]
    if "email" in cols:
        values["email"] = email.lower() if email else None
    for key in ("company", "job_title", "pronouns", "notes"):
        if key in cols:
            values[key] = c[key][: LIMITS[key]]
    ext = c["external_id"]
    if fmt == "meetup" and ext[:4].lower() == "user":  # "user 12537919"
        ext = ext[4:].lstrip()
    if ext:
        values["external_id"] = one_line(ext)[: LIMITS["external_id"]]
    if fmt == "generic" and "source" in cols:
        src = fold(c["source"])
        if src in ATTENDEE_SOURCES:
            values["source"] = src

    parsed = Parsed(line=line, values=values)
    status = c["rsvp"]
    if status and fold(status) in EMPTY_WORDS:
        status = ""
    void = fold(c["void"]) if c["void"] else ""
    if void and void not in ("false", "no", "0", "valid"):
        status = "void"  # Ti.to: a voided (cancelled) ticket
    if status:
        status_key = " ".join(fold(status).split())
        rsvp = rsvp_state(status_key)
        if rsvp is None:
            report.warnings.append(
                SkippedRow(
                    line,
                    f"status “{clean_cell(status)[:40]}” is not one we know; imported as going.",
                )
            )
            rsvp = "going"
        values["rsvp"] = rsvp
        if status_key in CHECKED_IN_STATUS:
            parsed.checked_in = True
    elif "rsvp" in cols:
        values["rsvp"] = "going"
    if c["checked_in"] and fold(c["checked_in"]) in TRUE_WORDS:
        parsed.checked_in = True
    when = c["checked_in_at"]
    if when and fold(when) in EMPTY_WORDS or (
        "checked_in" in cols and c["checked_in"] and fold(c["checked_in"]) not in TRUE_WORDS
    ):
        when = ""  # Zoom: "--" for people who never joined; a join time only counts if attended
    if when:
        stamp = _parse_time(when, event.timezone)
        if stamp is None:
            report.warnings.append(
                SkippedRow(line, f"check-in time “{when[:40]}” is not a date; marked as attended.")
            )
        parsed.checked_in = True
        parsed.checked_in_at = stamp
    if parsed.checked_in and "rsvp" not in values:
        values["rsvp"] = "going"

    role = None
    if "role" in cols:
        role = role_of(c["role"])
    if role is None and "ticket" in cols:
        role = role_of(c["ticket"])
    if role is None and fmt == "meetup" and c["host"] and fold(c["host"]) in ("yes", "y", "true"):
        role = "organiser"
    if role is not None:
        values["role"] = role
    elif "role" in cols:
        values["role"] = "attendee"

    guests = c["guests"]
    if guests:
        try:
            number = int(guests) if guests.isdigit() else int(float(guests))
            values["guests"] = max(0, min(number, 1000))
        except (ValueError, OverflowError):
            report.warnings.append(
                SkippedRow(line, f"guests “{clean_cell(guests)[:20]}” is not a number.")
            )
    return parsed


def resolve_columns(
    header: list[str], fmt: str, mapping: Mapping[str, str] | None
) -> dict[str, int]:
    if mapping is None:
        named = propose_mapping(header, fmt)
    else:
        named = {k: c for k, c in mapping.items() if c}
        unknown = [k for k in named if k not in FIELD_LABELS and k not in _HINTS]
        if unknown:
            raise OrganiserError(f"“{unknown[0]}” is not a field attendees have.")
        # keep the format's hints the mapping form does not show (ticket type, event host)
        for key, col in propose_mapping(header, fmt).items():
            if key in _HINTS:
                named.setdefault(key, col)
    positions = {h: i for i, h in reversed(list(enumerate(header)))}
    stripped = {h.strip(): i for i, h in reversed(list(enumerate(header)))}
    cols: dict[str, int] = {}
    for key, col in named.items():
        if col in positions:
            cols[key] = positions[col]
        elif col.strip() in stripped:
            cols[key] = stripped[col.strip()]
        else:
            raise OrganiserError(f"The file has no column named “{col}”.")
    return cols
