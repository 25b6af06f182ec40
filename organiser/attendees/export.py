"""Attendees out to a spreadsheet: CSV with formula cells neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

from pendulum import DateTime
from sqlalchemy.orm import Session

from organiser.attendees.formats import needs_neutralising
from organiser.attendees.service import list_attendees

EXPORT_COLUMNS = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("email", "Email"),
    ("company", "Company"),
    ("job_title", "Job title"),
    ("pronouns", "Pronouns"),
    ("role", "Role"),
    ("rsvp", "RSVP"),
    ("checked_in_at", "Checked in at"),
    ("guests", "Guests"),
    ("source", "Source"),
    ("external_id", "External ID"),
    ("notes", "Notes"),
)


def neutralise(value: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection)."""
    return "'" + value if needs_neutralising(value) else value


def export_rows(s: Session, event_id: int) -> list[list[str]]:
    rows: list[list[str]] = [[label for _key, label in EXPORT_COLUMNS]]
    for a in list_attendees(s, event_id):
        row: list[str] = []
        for key, _label in EXPORT_COLUMNS:
            value = getattr(a, key)
            if value is None:
                text = ""
            elif isinstance(value, DateTime):
                text = value.in_timezone("UTC").to_iso8601_string()
            else:
                text = str(value)
            row.append(neutralise(text))
        rows.append(row)
    return rows


def export_csv(s: Session, event_id: int, out: str | Path) -> int:
    """Write the attendees as CSV (UTF-8 with BOM, for spreadsheets); return how many."""
    rows = export_rows(s, event_id)
    from organiser.output import atomic_open

    # Every cell quoted: a spreadsheet whose list separator is ";" must not split one.
    with atomic_open(out, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return len(rows) - 1
