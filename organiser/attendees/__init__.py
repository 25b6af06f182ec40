"""Attendees: import any RSVP export, edit people, export them for spreadsheets.

Split by job:

- :mod:`~organiser.attendees.formats`: the platforms' column names, status and role
  words, header detection and column mapping;
- :mod:`~organiser.attendees.reading`: reading a file (preview, parsing rows);
- :mod:`~organiser.attendees.matching`: who is who on a re-import;
- :mod:`~organiser.attendees.service`: importing into an event, adding, editing,
  deleting, the table's rows;
- :mod:`~organiser.attendees.export`: CSV out, formula cells neutralised.

Callers use the names below (``from organiser import attendees``).
"""

from __future__ import annotations

from organiser.attendees.export import EXPORT_COLUMNS, export_csv, export_rows, neutralise
from organiser.attendees.formats import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    FORMAT_LABELS,
    FORMATS,
    MAPPED_FIELDS,
    detect_format,
    parse_map_option,
    propose_mapping,
    split_name,
)
from organiser.attendees.reading import ImportReport, Preview, SkippedRow, preview
from organiser.attendees.service import (
    AttendeeRow,
    NewAttendee,
    add_attendee,
    add_attendees,
    attendee_rows,
    attendee_search_key,
    delete_attendee,
    get_attendee,
    import_file,
    list_attendees,
    remembered_mapping,
    remembered_mapping_for,
    row_of,
    set_role,
    set_rsvp,
    update_attendee,
)
from organiser.textnorm import fast_search_key, fold, name_key

__all__ = [
    "EDITABLE_FIELDS",
    "EXPORT_COLUMNS",
    "FIELD_LABELS",
    "FORMATS",
    "FORMAT_LABELS",
    "MAPPED_FIELDS",
    "AttendeeRow",
    "NewAttendee",
    "ImportReport",
    "Preview",
    "SkippedRow",
    "add_attendee",
    "add_attendees",
    "attendee_rows",
    "attendee_search_key",
    "delete_attendee",
    "detect_format",
    "export_csv",
    "export_rows",
    "fast_search_key",
    "fold",
    "get_attendee",
    "import_file",
    "list_attendees",
    "name_key",
    "neutralise",
    "parse_map_option",
    "preview",
    "propose_mapping",
    "remembered_mapping",
    "remembered_mapping_for",
    "row_of",
    "set_role",
    "set_rsvp",
    "split_name",
    "update_attendee",
]
