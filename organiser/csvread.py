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
import re
import stat
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, overload

from organiser.errors import OrganiserError

if TYPE_CHECKING:
    from _csv import Reader

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_BYTES = 50 * 1024 * 1024  # far beyond any RSVP export; protects the laptop at the door

csv.field_size_limit(4 * 1024 * 1024)


Row = tuple[int, list[str]]


class LazyRows(Sequence[Row]):
    """The records of a CSV text, parsed when asked for, not kept.

    A million-row file held as lists of strings takes over a gigabyte; this
    keeps the text once plus three integers per record (where it starts and
    ends, its first line number) and parses a record again when it is read.
    Slices are views; iterating parses the records in one pass.
    """

    def __init__(
        self, text: str, delimiter: str, starts: array[int], ends: array[int], lines: array[int],
        lo: int = 0, hi: int | None = None,
    ) -> None:
        self._text = text
        self._delimiter = delimiter
        self._starts, self._ends, self._lines = starts, ends, lines
        self._lo = lo
        self._hi = len(starts) if hi is None else hi

    def __len__(self) -> int:
        return max(0, self._hi - self._lo)

    def _parse(self, i: int) -> list[str]:
        reader = _reader(_lines(self._text, self._starts[i], self._ends[i]), self._delimiter)
        return next(reader, [])

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> LazyRows: ...

    def __getitem__(self, index: int | slice) -> Row | LazyRows:
        if isinstance(index, slice):
            lo, hi, step = index.indices(len(self))
            if step != 1:
                raise ValueError("rows are sliced without a step")
            return LazyRows(
                self._text, self._delimiter, self._starts, self._ends, self._lines,
                self._lo + lo, self._lo + max(lo, hi),
            )
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("row index out of range")
        i = self._lo + index
        return self._lines[i], self._parse(i)

    def may_contain(self, pattern: re.Pattern[str]) -> bool:
        """False only when no record can hold ``pattern`` (an ASCII text without a match).

        A quick test before parsing every record to look for something rare.
        Non-ASCII text always may: folding could turn other letters into the
        pattern's.
        """
        if self._lo >= self._hi or not self._text.isascii():
            return self._lo < self._hi
        start, end = self._starts[self._lo], self._ends[self._hi - 1]
        return pattern.search(self._text, start, end) is not None

    def __iter__(self) -> Iterator[Row]:
        # One reader over the whole span (a reader per record costs more than the
        # parsing). The blank records :func:`split` dropped are parsed again and
        # skipped: a record is kept when it starts where a kept record starts.
        if self._lo >= self._hi:
            return
        starts, lines = self._starts, self._lines
        pos = _Pos()
        reader = _reader(
            pos.track(self._text, starts[self._lo], self._ends[self._hi - 1]), self._delimiter
        )
        i, hi = self._lo, self._hi
        begin = starts[i]
        for record in reader:
            if begin == starts[i]:
                yield lines[i], record
                i += 1
                if i == hi:
                    return
            begin = pos.end


@dataclass
class Table:
    """A decoded, split CSV file; ``rows`` pairs each record with its first line number."""

    encoding: str
    delimiter: str
    rows: Sequence[Row] = field(default_factory=list)
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


# The legacy encodings spreadsheets still write, with the names people know them by.
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
    "cp1257": "Windows-1257",
    "gb18030": "GBK",
    "big5": "Big5",
    "shift_jis": "Shift-JIS",
    "euc_kr": "EUC-KR",
    "koi8_r": "KOI8-R",
    "mac_roman": "Mac Roman",
    **{f"iso8859_{n}": f"ISO-8859-{n}" for n in (2, 4, 5, 7, 9, 13, 15, 16)},
}
_LEGACY = [k for k in ENCODING_NAMES if not k.startswith("utf")]
#: The legacy encodings a person can choose from when detection guessed wrong
#: (codec, name people know), in the order shown.
LEGACY_ENCODINGS = [(k, ENCODING_NAMES[k]) for k in _LEGACY]
_CODEC_OF_LABEL = {label: codec for codec, label in ENCODING_NAMES.items()}


def codec_of(label: str) -> str:
    """The codec behind an encoding's label ("Windows-1251" -> cp1251); a codec stays itself."""
    return _CODEC_OF_LABEL.get(label, label)


def encoding_label(codec: str) -> str:
    """"Windows-1251" for cp1251, windows-1251 or CP1251; the codec itself otherwise."""
    if codec in ENCODING_NAMES:
        return ENCODING_NAMES[codec]
    canonical = codecs.lookup(codec).name
    for key, label in ENCODING_NAMES.items():
        if codecs.lookup(key).name == canonical:
            return label
    return codec


def _first_non_utf8_line(data: bytes) -> int | None:
    """The first line that is not UTF-8 in a file whose other non-ASCII lines are.

    A file put together from two exports (one UTF-8, one Windows-1252) must be
    refused: read either way, half the names would come out as "ZoÃ« MÃ¼ller".
    """
    utf8_seen = False
    first_bad: int | None = None
    for number, line in enumerate(data.splitlines(), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            if first_bad is None:
                first_bad = number
            if utf8_seen:
                return first_bad
            continue
        utf8_seen = True
        if first_bad is not None:
            return first_bad
    return None


_HIGH_CELLS = re.compile(rb"[^\r\n,;\t\"]*[\x80-\xff][^\r\n,;\t\"]*")


def _guess_legacy(data: bytes) -> str | None:
    """The most likely legacy encoding (charset-normalizer), or None for non-text."""
    from charset_normalizer import from_bytes

    # Judge the cells that hold non-ASCII bytes: in an RSVP export most bytes are
    # ASCII (addresses, links, dates) and would drown the few names that tell.
    cells = _HIGH_CELLS.findall(data[:2_000_000])
    sample = b"\n".join(cells) if cells else data
    matches = from_bytes(sample, cp_isolation=_LEGACY)
    best = matches.best()
    if best is None:
        return None
    # Latin names that read cleanly as Windows-1252 are taken as such (the most
    # common case); a Central European file read wrong is fixed with --encoding.
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.01:
            best = m
            break
    try:
        text = data.decode(str(best.encoding))
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=_LEGACY).best()
        if best is None:
            return None
        text = str(best)
    # Several code pages read Western names the same way: call that Windows-1252.
    for preferred in ("cp1252", "cp1251"):
        try:
            if preferred != best.encoding and data.decode(preferred) == text:
                return preferred
        except UnicodeDecodeError:
            pass
    return str(best.encoding)


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name); refuse what is not text.

    ``encoding`` (a Python codec name) skips the detection: the user chose it.
    """
    if not data.strip(b" \t\r\n\x00"):
        raise OrganiserError(f"The file {name} is empty.")
    candidates: list[str]
    decoded: str | None = None
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise OrganiserError(f"“{encoding[:40]}” is not an encoding name.") from None
        candidates = [encoding]
    elif data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        guess = _looks_utf16(data)
        candidates = [guess] if guess else ["utf-8"]
        if not guess:
            try:
                decoded = data.decode("utf-8")  # kept: a 50 MB file is decoded once
            except UnicodeDecodeError:
                bad_line = _first_non_utf8_line(data)
                if bad_line is not None:
                    raise OrganiserError(
                        f"The file {name} mixes encodings: line {bad_line} is not UTF-8 like "
                        "the rest. Save the whole file again as CSV UTF-8."
                    ) from None
                legacy = _guess_legacy(data)
                candidates = [legacy] if legacy else []
    text: str | None = decoded
    used = "utf-8" if decoded is not None else ""
    for enc in candidates if text is None else ():
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        used = enc
        break
    if text is None:
        raise OrganiserError(
            f"The file {name} is not text in an encoding this program knows "
            f"({'the chosen one' if encoding else 'UTF-8, UTF-16 or a Windows/ISO code page'}); "
            "save it again as CSV UTF-8."
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
    return text, ("UTF-16" if used.startswith("utf-16") else encoding_label(used))


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
    table = Table(encoding="", delimiter=delimiter)
    pos = _Pos()
    reader = _reader(pos.track(text, 0, len(text)), delimiter)
    line_no = first_line
    starts, ends, lines = array("q"), array("q"), array("q")
    offset = 0
    try:
        for record in reader:
            start = line_no
            line_no = reader.line_num + first_line
            end = pos.end
            if any(cell.strip() for cell in record):
                starts.append(offset)
                ends.append(end)
                lines.append(start)
            offset = end
        if lines and _cut_off(text[starts[-1] : ends[-1]], delimiter):
            table.truncated_line = lines[-1]
    except csv.Error as exc:
        raise OrganiserError(f"The file cannot be read as CSV near line {line_no}: {exc}.") from exc
    table.rows = LazyRows(text, delimiter, starts, ends, lines)
    return table


# A line as ``open(newline="")`` reads it: only CR, LF and CRLF end a line.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str, start: int, end: int) -> Iterator[str]:
    """The lines of ``text[start:end]`` without copying the text (a StringIO would, in UCS-4)."""
    return map(re.Match.group, _LINE.finditer(text, start, end))


class _Pos:
    """Lines for a CSV reader, remembering where the last line handed out ends."""

    __slots__ = ("end",)

    def __init__(self) -> None:
        self.end = 0

    def track(self, text: str, start: int, end: int) -> Iterator[str]:
        self.end = start
        for m in _LINE.finditer(text, start, end):
            self.end = m.end()
            yield m.group()


def _reader(lines: Iterator[str], delimiter: str) -> Reader:
    return csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)


def _cut_off(raw: str, delimiter: str) -> bool:
    """True when a record ends inside a quoted field (the file was truncated)."""
    if '"' not in raw:
        return False
    try:
        list(csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "end of data" in str(exc)
    return False


def read_table(path: str | Path, encoding: str | None = None) -> Table:
    """Read a CSV file from disk into a :class:`Table`, or say why not."""
    p = Path(path)
    name = p.name
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(str(p))
        if not stat.S_ISREG(st.st_mode):
            raise OrganiserError(
                f"{p} is not a regular file (a device, pipe or socket); give a CSV file."
            )
        size = st.st_size
        if size > MAX_BYTES:
            raise OrganiserError(
                f"The file {name} is {size // (1024 * 1024)} MB, over the "
                f"{MAX_BYTES // (1024 * 1024)} MB an attendee list can be; it was not read."
            )
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # a file growing while read stops at the cap
        if len(data) > MAX_BYTES:
            raise OrganiserError(
                f"The file {name} is over the {MAX_BYTES // (1024 * 1024)} MB an attendee "
                "list can be; it was not read."
            )
    except FileNotFoundError as exc:
        raise OrganiserError(f"There is no file {p}.") from exc
    except IsADirectoryError as exc:
        raise OrganiserError(f"{p} is a folder, not a CSV file.") from exc
    except OSError as exc:
        raise OrganiserError(f"The file {name} cannot be opened: {exc.strerror}.") from exc
    return read_bytes(data, name, encoding)


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
        rows: list[Row] = []
        table.rows = rows
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if line > XLSX_ROW_CAP:
                raise OrganiserError(f"The workbook {name} has more rows than Excel allows.")
            record = ["" if v is None else _cell_text(v) for v in values]
            while record and not record[-1]:
                record.pop()
            if any(cell.strip() for cell in record):
                rows.append((line, record))
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


def read_bytes(data: bytes, name: str = "file", encoding: str | None = None) -> Table:
    if data[:4] == b"PK\x03\x04":  # a ZIP container: an .xlsx workbook
        return read_xlsx(data, name)
    text, encoding = decode(data, name, encoding)
    newline = text.find("\n")
    hint = text[: newline if newline >= 0 else len(text)].strip()  # never copy the rest
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
