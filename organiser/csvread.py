"""Reading the CSV files people actually get: any encoding Excel writes, any separator.

Bytes in, a table out (header, rows with their line numbers), or an
:class:`OrganiserError` that says in one sentence why the file cannot be read.
Nothing here knows about attendees; :mod:`organiser.attendees` gives the
columns their meaning.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from organiser.errors import OrganiserError

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_BYTES = 50 * 1024 * 1024  # far beyond any RSVP export; protects the laptop at the door

csv.field_size_limit(4 * 1024 * 1024)


@dataclass
class Table:
    """A decoded, split CSV file; ``rows`` pairs each record with its first line number."""

    encoding: str
    delimiter: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    truncated_line: int | None = None  # a final record cut off inside a quoted field


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name); refuse what is not text."""
    if not data.strip(b" \t\r\n\x00"):
        raise OrganiserError(f"The file {name} is empty.")
    candidates: list[str]
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        guess = _looks_utf16(data)
        candidates = [guess] if guess else ["utf-8", "cp1252"]
    text: str | None = None
    used = ""
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        used = enc
        break
    if text is None:
        raise OrganiserError(
            f"The file {name} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252); "
            "save it again as CSV."
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = sum(
        1
        for ch in text[:20000]
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\r\n\t"
    )
    if "\x00" in text or bad > max(3, len(text[:20000]) // 100):
        raise OrganiserError(
            f"The file {name} does not look like a CSV text file (it contains binary data)."
        )
    return text, {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252"}.get(
        used, "UTF-16"
    )


def _first_record(text: str) -> str:
    """The first non-blank logical line, honouring quotes (a header may hold newlines)."""
    out: list[str] = []
    quoted = False
    started = False
    for ch in text[:200000]:
        if ch == '"':
            quoted = not quoted
        if ch in "\r\n" and not quoted:
            if started and "".join(out).strip():
                break
            out.clear()
            continue
        started = True
        out.append(ch)
    return "".join(out)


def sniff_delimiter(text: str) -> str:
    """Pick the separator the header row uses most, outside quotes (comma on a tie)."""
    header = _first_record(text)
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def split(text: str, delimiter: str, first_line: int = 1) -> Table:
    """Split into records with the line number each starts on; drop blank records."""
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):  # only CR, LF and CRLF end a line
            consumed.append(line)
            yield line

    table = Table(encoding="", delimiter=delimiter)
    reader = csv.reader(feed(), delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    line_no = first_line
    last_raw = ""
    try:
        for record in reader:
            raw = "".join(consumed)
            consumed.clear()
            start = line_no
            line_no = reader.line_num + first_line
            if any(cell.strip() for cell in record):
                table.rows.append((start, record))
                last_raw = raw
        if table.rows and _cut_off(last_raw, delimiter):
            table.truncated_line = table.rows[-1][0]
    except csv.Error as exc:
        raise OrganiserError(f"The file cannot be read as CSV near line {line_no}: {exc}.") from exc
    return table


def _cut_off(raw: str, delimiter: str) -> bool:
    """True when a record ends inside a quoted field (the file was truncated)."""
    if '"' not in raw:
        return False
    try:
        list(csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "end of data" in str(exc)
    return False


def read_table(path: str | Path) -> Table:
    """Read a CSV file from disk into a :class:`Table`, or say why not."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise OrganiserError(
                f"The file {name} is {size // (1024 * 1024)} MB; an attendee list is far "
                "smaller, so it is probably not one."
            )
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise OrganiserError(f"There is no file {p}.") from exc
    except IsADirectoryError as exc:
        raise OrganiserError(f"{p} is a folder, not a CSV file.") from exc
    except OSError as exc:
        raise OrganiserError(f"The file {name} cannot be opened: {exc.strerror}.") from exc
    return read_bytes(data, name)


XLSX_ROW_CAP = 1_100_000  # Excel's own limit is 1,048,576 rows


def read_xlsx(data: bytes, name: str = "file") -> Table:
    """The first worksheet of an Excel workbook as a table (read-only: large files stream)."""
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise OrganiserError(
            f"The file {name} is not an Excel workbook that can be read; save it again as "
            ".xlsx or CSV."
        ) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise OrganiserError(f"The workbook {name} has no sheets.")
        table = Table(encoding="Excel workbook", delimiter="")
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if line > XLSX_ROW_CAP:
                raise OrganiserError(f"The workbook {name} has more rows than Excel allows.")
            record = ["" if v is None else _cell_text(v) for v in values]
            while record and not record[-1]:
                record.pop()
            if any(cell.strip() for cell in record):
                table.rows.append((line, record))
    finally:
        book.close()
    if not table.rows:
        raise OrganiserError(f"The workbook {name} is empty.")
    return table


def _cell_text(value: object) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_bytes(data: bytes, name: str = "file") -> Table:
    if data[:4] == b"PK\x03\x04":  # a ZIP container: an .xlsx workbook
        return read_xlsx(data, name)
    text, encoding = decode(data, name)
    hint = text.split("\n", 1)[0].strip()
    start = 1
    if hint.lower().startswith("sep=") and len(hint) == 5:
        # Excel's hint line ("sep=;"): use it and drop it, keeping line numbers right
        delimiter = hint[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        start = 2
    else:
        delimiter = sniff_delimiter(text)
    table = split(text, delimiter, start)
    table.encoding = encoding
    if not table.rows:
        raise OrganiserError(f"The file {name} is empty.")
    return table
