"""Hostile and unlucky inputs: each gives the right data or one clean line.

Files and values an attacker or an unlucky user would bring: formula cells,
bidi overrides, zero-width characters, fake time zones, the repeated DST
hour, line breaks in titles, ids beyond 64 bits, a re-imported template.
Hypothesis drives the neutralising and name cleaning with arbitrary text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organiser import attendees as A
from organiser.attendees.formats import clean_cell
from organiser.checkin import CheckinIndex
from organiser.cli import run
from organiser.demo import create_demo
from organiser.errors import OrganiserError, ValidationError
from organiser.events import create_event, update_event
from organiser.store import Store
from organiser.timeutil import parse_local, zone_abbrev
from tests.safety.conftest import one_clean_line

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "organiser.sqlite"
    with Store(path) as st_, st_.session() as s:
        start = pendulum.datetime(2027, 2, 4, 18, 30, tz="Europe/Rome")
        create_event(s, title="Hostile", starts_at=start, ends_at=start.add(hours=3),
                     timezone="Europe/Rome")
    return path


def cli(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()


# -- CSV export (OWASP) ---------------------------------------------------------------

FORMULAS = [
    "x;=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://example.invalid\")",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "a|=b",
    "a,+b",
    "'=already quoted",
]


def test_formula_cells_are_neutralised_quoted_and_reimport_unchanged(db, tmp_path):
    with Store(db) as st_, st_.session() as s:
        for n, text in enumerate(FORMULAS):
            A.add_attendee(s, 1, first_name=f"P{n}", last_name="X", notes=text,
                           company=text.strip() or "c")
    out = tmp_path / "people.csv"
    code, _o, err = cli("--db", db, "export-attendees", 1, "-o", out)
    assert code == 0, err
    raw = out.read_text(encoding="utf-8-sig")
    for line in raw.splitlines()[1:]:
        assert line.startswith('"'), line  # every cell quoted: ";" cannot split one
    rows = list(csv.DictReader(io.StringIO(raw)))
    notes = [r["Notes"] for r in rows] if "Notes" in rows[0] else []
    companies = [r["Company"] for r in rows]
    for cell in [*notes, *companies]:
        assert cell.startswith("'"), cell
    # a spreadsheet splitting on ";" (outside quotes) sees no cell that starts a formula
    for line in raw.splitlines():
        for part in _split_outside_quotes(line, ";"):
            assert not part.lstrip('"').startswith(("=", "+", "-", "@")), part
    with Store(db) as st_, st_.session() as s:
        before = sorted((a.company, a.notes) for a in A.list_attendees(s, 1))
    other = tmp_path / "other.sqlite"
    with Store(other) as st_, st_.session() as s:
        start = pendulum.datetime(2027, 2, 4, 18, 30, tz="Europe/Rome")
        create_event(s, title="Copy", starts_at=start, ends_at=start.add(hours=3),
                     timezone="Europe/Rome")
        A.import_file(s, 1, out)
        after = sorted((a.company, a.notes) for a in A.list_attendees(s, 1))
    assert [c for c, _n in after] == [c for c, _n in before]


def _split_outside_quotes(line: str, sep: str) -> list[str]:
    parts, current, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")),
    min_size=1,
    max_size=30,
).map(str.strip).filter(bool)


@SETTINGS
@given(text=printable)
def test_neutralising_is_undone_exactly_by_our_import(text):
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    cell = A.neutralise(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    for sep in ";,|":
        for piece in cell.split(sep)[1:]:
            if piece[:1] in ("=", "+", "-", "@"):
                assert cell.startswith("'")
    assert clean_cell(cell) == text


# -- names are what they say ---------------------------------------------------------

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f"]


def test_bidi_controls_are_removed_on_import_and_edit_and_search_finds_the_name(db, tmp_path):
    path = tmp_path / "bidi.csv"
    path.write_text(
        "First name,Last name,Email\n"
        "Eve\u202egnp.exe,Evil,eve@example.org\n"
        "Zo\u200bë,Mu\u2066ller\u2069,zoe@example.org\n",
        encoding="utf-8",
    )
    with Store(db) as st_, st_.session() as s:
        A.import_file(s, 1, path)
        people = {a.email: a for a in A.list_attendees(s, 1)}
        assert people["eve@example.org"].first_name == "Evegnp.exe"
        assert people["zoe@example.org"].last_name == "Muller"
        edited = A.update_attendee(s, people["zoe@example.org"].id, company="\u202eACME\u202c")
        assert edited.company == "ACME"
        index = CheckinIndex.load(s, 1)
        assert [p.email for p in index.search("evegnp")] == ["eve@example.org"]
        assert [p.email for p in index.search("zoe muller")] == ["zoe@example.org"]


@SETTINGS
@given(name=printable, controls=st.lists(st.sampled_from(BIDI), min_size=1, max_size=4))
def test_no_bidi_control_survives_cleaning(name, controls):
    from organiser.validation import clean_text

    mixed = name[:1] + "".join(controls) + name[1:]
    cleaned = clean_text(mixed)
    assert not any(c in cleaned for c in BIDI)


# -- zones and the repeated hour -----------------------------------------------------

@pytest.mark.parametrize(
    "zone", ["right/Europe/Rome", "posix/Europe/Rome", "posixrules", "Factory", "localtime",
             "Mars/Olympus", "Europe/Rome/x", "../../etc/passwd"]
)
def test_only_canonical_zones_are_accepted(db, zone):
    with Store(db) as st_, st_.session() as s, pytest.raises(ValidationError):
        update_event(s, 1, timezone=zone)
    code, _o, err = cli("--db", db, "announce", 1, "--tz", zone)
    assert code == 1 and one_clean_line(err), err


def test_the_repeated_hour_is_asked_never_chosen():
    with pytest.raises(ValidationError, match="happens twice") as asked:
        parse_local("2026-10-25 02:30", "Europe/Rome")
    assert "earlier" in str(asked.value) and "later" in str(asked.value)
    earlier = parse_local("2026-10-25 02:30 earlier", "Europe/Rome")
    later = parse_local("2026-10-25 02:30 later", "Europe/Rome")
    assert (zone_abbrev(earlier), zone_abbrev(later)) == ("CEST", "CET")
    assert later.int_timestamp - earlier.int_timestamp == 3600
    assert zone_abbrev(parse_local("2026-10-25 18:30", "Europe/Rome")) == "CET"


# -- smaller items -------------------------------------------------------------------

def test_a_title_with_line_breaks_still_makes_a_valid_calendar(tmp_path):
    import icalendar

    db = tmp_path / "o.sqlite"
    with Store(db) as st_, st_.session() as s:
        event = create_demo(s)
        event.title = "Line one\nLine two\r\nthree"
        event_id = event.id
    out = tmp_path / "e.ics"
    code, _o, err = cli("--db", db, "ics", event_id, "-o", out)
    assert code == 0, err
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = [str(e.get("summary")) for e in cal.walk("VEVENT")]
    assert "Line one Line two three" in summaries


@pytest.mark.parametrize(
    "argv",
    [
        ["ics", "99999999999999999999999", "-o", "x.ics"],
        ["checklist", "99999999999999999999999"],
        ["badges", "99999999999999999999999", "-o", "x.pdf"],
        ["badges", "1", "--attendee", "99999999999999999999999", "-o", "x.pdf"],
        ["briefing", "1", "--speaker", "-99999999999999999999999", "-o", "x.pdf"],
        ["export-attendees", "99999999999999999999999", "-o", "x.csv"],
        ["announce", "99999999999999999999999"],
    ],
)
def test_ids_beyond_64_bits_are_one_line(db, tmp_path, argv, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _o, err = cli("--db", db, *argv)
    assert code == 1 and one_clean_line(err), err
    assert "Overflow" not in err


def test_replacing_a_template_then_applying_it_again_adds_nothing(tmp_path):
    db = tmp_path / "o.sqlite"
    with Store(db) as st_, st_.session() as s:
        event_id = create_demo(s).id
    from organiser import checklists as c

    with Store(db) as st_, st_.session() as s:
        name = c.list_templates(s)[0].name
    out = tmp_path / "t.json"
    assert cli("--db", db, "checklist", "--export-template", name, "-o", out)[0] == 0
    assert cli("--db", db, "checklist", event_id, "--apply", name)[0] == 0
    with Store(db) as st_, st_.session() as s:
        before = c.progress(s, event_id).total
    code, _o, err = cli("--db", db, "checklist", "--import-template", out, "--replace")
    assert code == 0, err
    code, out_text, err = cli("--db", db, "checklist", event_id, "--apply", name)
    assert code == 0, err
    assert "0 new items" in out_text
    with Store(db) as st_, st_.session() as s:
        assert c.progress(s, event_id).total == before


def test_random_bytes_as_an_import_file_are_one_line_or_imported(db, tmp_path):
    import random

    rng = random.Random(13)
    tried = 0
    for n in range(40):
        path = tmp_path / f"junk{n}.csv"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))))
        code, _o, err = cli("--db", db, "import-attendees", 1, path)
        assert code in (0, 1)
        if code == 1:
            assert one_clean_line(err), err
        tried += 1
    assert tried == 40
    with Store(db) as st_, st_.session() as s:
        assert isinstance(A.list_attendees(s, 1), list)
    with pytest.raises(OrganiserError):
        raise OrganiserError("sanity")


# -- encodings -----------------------------------------------------------------------

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "attendees" / "meetup-attendees.csv"
NAMES = {
    "cp1251": ("Windows-1251", ["Мария Сидорова", "Иван Петров", "Ольга Смирнова",
                                "Дмитрий Козлов", "Анна Волкова"]),
    "big5": ("Big5", ["陳大文", "林小美", "黃志明", "張淑芬", "李建國"]),
    "shift_jis": ("Shift-JIS", ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健太"]),
    "euc_kr": ("EUC-KR", ["김민수", "이지은", "박서준", "최유진", "정하늘"]),
    "mac_roman": ("Mac Roman", ["Zoë Müller", "François Lefèvre", "Jürgen Groß", "Inès Gómez",
                                "Søren Kjær"]),
    "cp1252": ("Windows-1252", ["François Lefèvre", "Zoë Müller", "Jürgen Groß", "Inès Gómez",
                                "Søren Kjær"]),
    "iso8859_7": (None, ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Γεωργίου",
                         "Νίκος Δημητρίου", "Κατερίνα Ιωάννου"]),
    "iso8859_5": ("ISO-8859-5", ["Иван Петров", "Мария Сидорова", "Ольга Смирнова",
                                 "Дмитрий Козлов", "Анна Волкова"]),
}
# Five short names cannot tell these apart from a neighbour: the user names the encoding.
CHOSEN = {
    "cp1250": ["Łukasz Żółkiewski", "Jiří Dvořák", "Agnieszka Wójcik", "Tomáš Černý",
               "Zofia Kędzierska"],
    "gbk": ["王芳", "张伟", "李娜", "刘洋", "陈静"],
}


def _sample_in(encoding: str, names: list[str]) -> bytes:
    """The real Meetup export (tests/data) with its five people renamed into another script."""
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines()
    body = [lines[0]] + [names[i] + lines[i + 1][lines[i + 1].index(","):] for i in range(5)]
    return ("\r\n".join(body) + "\r\n").encode(encoding)


@pytest.mark.parametrize("encoding", list(NAMES))
def test_legacy_encodings_are_detected_and_named(db, tmp_path, encoding):
    label, names = NAMES[encoding]
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(_sample_in(encoding, names))
    with Store(db) as st_, st_.session() as s:
        report = A.import_file(s, 1, path)
        got = {a.full_name for a in A.list_attendees(s, 1)}
    assert got == set(names)
    if label is not None:
        assert report.encoding == label


@pytest.mark.parametrize("encoding", list(CHOSEN))
def test_an_encoding_chosen_by_the_user_is_used(db, tmp_path, encoding):
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(_sample_in(encoding, CHOSEN[encoding]))
    code, _o, err = cli("--db", db, "import-attendees", 1, path, "--encoding", encoding)
    assert code == 0, err
    with Store(db) as st_, st_.session() as s:
        assert {a.full_name for a in A.list_attendees(s, 1)} == set(CHOSEN[encoding])


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_line(db, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "First name,Last name,Email\nZoë,Müller,z@example.org\nAda,Byron,a@example.org\n".encode()
        + "Jürgen,Groß,j@example.de\n".encode("cp1252")
    )
    code, _o, err = cli("--db", db, "import-attendees", 1, path)
    assert code == 1 and one_clean_line(err), err
    assert "line 4" in err and "mixes encodings" in err
    with Store(db) as st_, st_.session() as s:
        assert A.list_attendees(s, 1) == []


def test_non_regular_and_oversized_inputs_are_refused_without_reading(db, tmp_path):
    import os

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # reading it would block forever
    code, _o, err = cli("--db", db, "import-attendees", 1, fifo)
    assert code == 1 and one_clean_line(err) and "not a regular file" in err
    code, _o, err = cli("--db", db, "import-attendees", 1, "/dev/zero")
    assert code == 1 and one_clean_line(err) and "not a regular file" in err
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:  # sparse: no disk used
        fh.truncate(400 * 1024 * 1024)
    code, _o, err = cli("--db", db, "import-attendees", 1, big)
    assert code == 1 and one_clean_line(err) and "MB" in err


# -- bounded reports -----------------------------------------------------------------

def test_a_file_of_broken_rows_reports_twenty_problems_and_a_count(db, tmp_path):
    path = tmp_path / "broken.csv"
    lines = ["First name,Last name,Email"] + [f",,not-an-address-{i}" for i in range(5000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = cli("--db", db, "import-attendees", 1, path)
    assert code in (0, 1), err
    text = out + err
    assert text.count("Skipped line") <= 20
    if code == 0:
        assert "more problems" in text
        assert len(text.splitlines()) < 30


# -- images ----------------------------------------------------------------------------

def _png_claiming(width: int, height: int) -> bytes:
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path):
    from organiser.images import image_size

    bomb = _png_claiming(60_000, 60_000)
    assert image_size(bomb) == (60_000, 60_000)
    db = tmp_path / "o.sqlite"
    with Store(db) as st_, st_.session() as s:
        event_id = create_demo(s).id
    logo = tmp_path / "logo.png"
    logo.write_bytes(bomb)
    code, _o, err = cli("--db", db, "badges", event_id, "-o", tmp_path / "b.pdf", "--logo", logo)
    assert code == 1 and one_clean_line(err) and "megapixels" in err, err
    from organiser.models import Speaker
    from organiser.speakers import update_speaker

    with Store(db) as st_, st_.session() as s, pytest.raises(ValidationError, match="megapixels"):
        update_speaker(s, s.query(Speaker).first().id, photo=bomb)
