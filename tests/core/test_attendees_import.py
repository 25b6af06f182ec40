"""Importing RSVP exports: formats, encodings, separators, re-imports and broken files."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pendulum
import pytest
from sqlalchemy import select

from organiser import attendees as A
from organiser.errors import OrganiserError, ValidationError
from organiser.events import create_event
from organiser.models import Attendee
from organiser.store import Store
from organiser.textnorm import search_key

DATA = Path(__file__).resolve().parents[1] / "data" / "attendees"

MEETUP_HEADER = (
    "Name,Attendance,User ID,Title,Event Host,RSVP,Guests,RSVPed on,Joined Group on,"
    "URL of Member Profile,Notes"
)


def _make_event(store: Store) -> tuple[Store, int]:
    with store.session() as s:
        e = create_event(
            s,
            title="ML Rome #42",
            starts_at=pendulum.datetime(2026, 3, 10, 18, 30, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2026, 3, 10, 21, 30, tz="Europe/Rome"),
            timezone="Europe/Rome",
        )
        return store, e.id


@pytest.fixture
def event(store: Store) -> tuple[Store, int]:
    """An empty event on each engine (for what the database does)."""
    return _make_event(store)


@pytest.fixture
def sqlite_event(sqlite_store: Store) -> tuple[Store, int]:
    """An empty event on SQLite only (for file parsing, which no engine changes)."""
    return _make_event(sqlite_store)


def people(store: Store, event_id: int) -> dict[str, Attendee]:
    with store.session() as s:
        rows = s.scalars(select(Attendee).where(Attendee.event_id == event_id)).all()
        return {a.full_name: a for a in rows}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def run_import(store: Store, event_id: int, path: Path, **kw: object) -> A.ImportReport:
    with store.session() as s:
        return A.import_file(s, event_id, path, **kw)  # type: ignore[arg-type]


# --- the three platforms ------------------------------------------------------------
def test_meetup_export_maps_rsvp_attendance_host_and_user_id(event, tmp_path):
    store, eid = event
    report = run_import(store, eid, DATA / "meetup-attendees.csv")
    assert (report.format, report.added, report.skipped) == ("meetup", 5, [])
    assert report.encoding == "UTF-8 with BOM"
    got = people(store, eid)
    giulia = got["Giulia Rossi"]
    assert (giulia.first_name, giulia.last_name) == ("Giulia", "Rossi")
    assert giulia.rsvp == "going" and giulia.checked_in_at is not None
    assert giulia.source == "meetup" and giulia.external_id == "10000001"
    assert giulia.job_title == "Data Scientist"
    assert got["Marco Bianchi"].role == "organiser"  # Event Host = Yes
    assert got["Marco Bianchi"].guests == 1
    assert got["Marco Bianchi"].checked_in_at is None
    assert got["Zoë Müller-Łukasiewicz"].rsvp == "waitlist"
    assert got["Priya Natarajan"].rsvp == "not_going"
    assert got["Chen Wei 陈伟"].job_title == "ML Engineer, Vision"  # quoted comma


def test_eventbrite_export_by_name_not_position(event, tmp_path):
    store, eid = event
    # Same columns as the sample, shuffled and with the UK "Surname" header.
    text = (
        "Attendee Status,Email,Surname,Ticket Type,First Name,Order no.,Attendee #,Company\r\n"
        "Attending,sofia@example.org,Esposito,General Admission,Sofia,1001,5001,Acme AI\r\n"
        "Checked In,yuki@example.jp,田中,General Admission,由紀,1003,5003,\r\n"
        'Attending,omar@example.net,حداد,Speaker,عمر,1004,5004,"Data, Inc."\r\n'
        "Not Attending,x@example.org,Gone,General Admission,Al,1005,5005,\r\n"
    )
    report = run_import(store, eid, write(tmp_path, "eb.csv", text))
    assert report.format == "eventbrite" and report.added == 4
    got = people(store, eid)
    assert got["Sofia Esposito"].email == "sofia@example.org"
    assert got["Sofia Esposito"].company == "Acme AI"
    # a Japanese name reads family name first, as Japanese writes it
    assert got["田中 由紀"].checked_in_at is not None and got["田中 由紀"].rsvp == "going"
    assert got["عمر حداد"].role == "speaker" and got["عمر حداد"].company == "Data, Inc."
    assert got["Al Gone"].rsvp == "not_going"
    assert got["Sofia Esposito"].external_id == "5001"


def test_eventbrite_sample(event):
    store, eid = event
    report = run_import(store, eid, DATA / "eventbrite-attendees.csv")
    assert (report.format, report.added) == ("eventbrite", 4)
    assert people(store, eid)["Omar Haddad عمر"].role == "speaker"


def test_luma_export_uses_iso_check_in_time_and_approval(event):
    store, eid = event
    report = run_import(store, eid, DATA / "luma-guests.csv")
    assert (report.format, report.added) == ("luma", 3)
    got = people(store, eid)
    ivan = got["Иван Петров"]
    assert ivan.checked_in_at == pendulum.datetime(2026, 3, 10, 17, 55, tz="UTC")
    assert ivan.external_id == "gst-aaaa2"
    assert got["Noa Levi"].rsvp == "not_going"
    assert got["Ana Silva"].rsvp == "going" and got["Ana Silva"].checked_in_at is None


@pytest.mark.parametrize(
    ("name", "fmt", "rows"),
    [
        ("meetup-attendees.csv", "meetup", 5),
        ("eventbrite-attendees.csv", "eventbrite", 4),
        ("luma-guests.csv", "luma", 3),
    ],
)
def test_shared_samples_import_every_row(event, name, fmt, rows):
    # The shared samples live in tests/data (see its README): a clean clone runs this.
    store, eid = event
    report = run_import(store, eid, DATA / name)
    assert (report.format, report.added, report.skipped) == (fmt, rows, [])


# --- encodings, separators, line ends ---------------------------------------------
ENCODED = "Name,Email,RSVP\nZoë Müller,zoe@example.org,yes\nFrançois Lefèvre,fr@example.org,no\n"


@pytest.mark.parametrize(
    ("encoding", "bom", "label"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
        ("utf-16-le", b"", "UTF-16"),
        ("cp1252", b"", "Windows-1252"),
    ],
)
def test_encodings(sqlite_event, tmp_path, encoding, bom, label):
    store, eid = sqlite_event
    path = tmp_path / "list.csv"
    path.write_bytes(bom + ENCODED.replace("\n", "\r\n").encode(encoding))
    report = run_import(store, eid, path)
    assert report.encoding == label and report.added == 2
    got = people(store, eid)
    assert got["Zoë Müller"].email == "zoe@example.org"
    assert got["François Lefèvre"].rsvp == "not_going"


@pytest.mark.parametrize("sep", [";", "\t", ","])
def test_separators_are_sniffed(sqlite_event, tmp_path, sep):
    store, eid = sqlite_event
    text = (
        sep.join(["First name", "Last name", "Email", "Company"])
        + "\r\n"
        + sep.join(["Søren", "Kierkegård", "soren@example.dk", '"Nordic; Compute, ApS"'])
        + "\r\n"
    )
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.delimiter == sep and report.added == 1
    assert people(store, eid)["Søren Kierkegård"].company == "Nordic; Compute, ApS"


def test_embedded_newlines_and_line_numbers(sqlite_event, tmp_path):
    store, eid = sqlite_event
    text = (
        "Name,Email,Notes\n"
        'Ana Silva,ana@example.pt,"line one\nline two, with comma"\n'
        ",,no name here\n"
        "Luca Ferrari,luca@example.com,\n"
    )
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 2
    assert [(r.line, "no name" in r.reason) for r in report.skipped] == [(4, True)]
    assert people(store, eid)["Ana Silva"].notes == "line one\nline two, with comma"


def test_ragged_rows_short_and_long(sqlite_event, tmp_path):
    store, eid = sqlite_event
    text = (
        "First Name,Last Name,Email,Company\n"
        "Ana,Silva\n"
        "Luca,Ferrari,luca@example.com,Acme,extra,more\n"
    )
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 2 and not report.skipped
    got = people(store, eid)
    assert got["Ana Silva"].email is None and got["Luca Ferrari"].company == "Acme"


def test_title_line_before_the_header(sqlite_event, tmp_path):
    store, eid = sqlite_event
    text = "Attendee report for ML Rome\n\nFirst Name,Last Name,Email\nAna,Silva,ana@example.pt\n"
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 1 and "Ana Silva" in people(store, eid)


# --- names -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Giulia Rossi", "Giulia", "Rossi"),
        ("Rossi, Giulia", "Giulia", "Rossi"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Madonna", "Madonna", ""),
        ("  Zoë   Müller-Łukasiewicz ", "Zoë", "Müller-Łukasiewicz"),
        ("陈伟", "陈伟", ""),
        ("김민준", "김민준", ""),
        ("田中 由紀", "由紀", "田中"),
        ("Chen Wei 陈伟", "Chen", "Wei 陈伟"),
        ("Иван Петров", "Иван", "Петров"),
        ("عمر حداد", "عمر", "حداد"),
        ("נועה לוי", "נועה", "לוי"),
        ("प्रिया शर्मा", "प्रिया", "शर्मा"),
        ("สมชาย ใจดี", "สมชาย", "ใจดี"),
    ],
)
def test_split_name(full, first, last):
    assert A.split_name(full) == (first, last)


def test_names_in_many_scripts_are_kept_whole_and_searchable(sqlite_event, tmp_path):
    store, eid = sqlite_event
    names = ["陈伟", "김민준", "Γιώργος Παπαδόπουλος", "ليلى منصور", "Björn Þórsson"]
    text = "Name\n" + "\n".join(names) + "\n"
    assert run_import(store, eid, write(tmp_path, "x.csv", text)).added == 5
    got = people(store, eid)
    assert set(got) == set(names)
    for a in got.values():
        assert a.search_key == search_key(a.first_name, a.last_name, a.email, a.company)


# --- re-import ---------------------------------------------------------------------
def test_reimport_updates_instead_of_duplicating(event, tmp_path):
    store, eid = event
    run_import(store, eid, DATA / "meetup-attendees.csv")
    text = (DATA / "meetup-attendees.csv").read_text("utf-8-sig")
    text = text.replace(
        "Priya Natarajan,,user 10000005,PhD student,No,No",
        "Priya N,,user 10000005,PhD student,No,Yes",
    )
    text += "New Person,,user 10000006,,No,Yes,0,03/06/2026,03/06/2026,,\n"
    report = run_import(store, eid, write(tmp_path, "again.csv", text))
    assert (report.added, report.updated, report.unchanged) == (1, 1, 4)
    got = people(store, eid)
    assert len(got) == 6 and got["Priya N"].rsvp == "going"


def test_reimport_matches_on_email_then_name(event, tmp_path):
    store, eid = event
    with store.session() as s:
        A.add_attendee(s, eid, first_name="Sofia", last_name="Esposito", email="sofia@example.org")
        A.add_attendee(s, eid, first_name="Luca", last_name="Ferrari")
    text = (
        "First Name,Last Name,Email,Company\n"
        "Sofia,Esposito-Bianchi,SOFIA@example.org,Acme\n"
        "luca,FERRARI,luca@example.com,\n"
    )
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert (report.added, report.updated) == (0, 2)
    got = people(store, eid)
    assert got["Sofia Esposito-Bianchi"].company == "Acme"
    assert got["luca FERRARI"].email == "luca@example.com"


def test_manual_edit_survives_reimport_unless_overwrite(event):
    store, eid = event
    run_import(store, eid, DATA / "meetup-attendees.csv")
    with store.session() as s:
        chen = s.scalar(select(Attendee).where(Attendee.external_id == "10000003"))
        A.update_attendee(s, chen.id, first_name="Wei", last_name="Chen 陈伟", role="speaker")
        assert set(chen.edited_fields) == {"first_name", "last_name", "role"}
        chen_id = chen.id
    report = run_import(store, eid, DATA / "meetup-attendees.csv")
    assert report.updated == 0 and report.kept_edits == 2
    with store.session() as s:
        chen = s.get(Attendee, chen_id)
        assert (chen.first_name, chen.last_name, chen.role) == ("Wei", "Chen 陈伟", "speaker")
        assert "wei chen 陈伟" in chen.search_key
    report = run_import(store, eid, DATA / "meetup-attendees.csv", overwrite_edits=True)
    assert report.updated == 1
    with store.session() as s:
        chen = s.get(Attendee, chen_id)
        assert (chen.first_name, chen.last_name) == ("Chen", "Wei 陈伟")
        assert chen.role == "speaker"  # the file has no role for him: nothing to overwrite with
        assert "first_name" not in chen.edited_fields


def test_duplicates_within_a_file_are_skipped_with_the_first_line(event, tmp_path):
    store, eid = event
    text = (
        "Name,Email\n"
        "Ana Silva,ana@example.pt\n"
        "Luca Ferrari,luca@example.com\n"
        "Ana S.,ANA@example.pt\n"
        "Luca Ferrari,\n"
    )
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 3
    assert [(r.line, r.reason) for r in report.skipped] == [(4, "the same person as line 2.")]
    # "Luca Ferrari" without email is matched to the new row by name on the next import
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 0


def test_big_imports_in_batches_keep_matching_edits_and_doubles(event, tmp_path, monkeypatch):
    """Batches of two (a million-row file goes in batches): every rule holds across their edges."""
    from organiser.attendees import service

    monkeypatch.setattr(service, "IMPORT_BATCH", 2)
    monkeypatch.setattr(service, "UPDATE_BATCH", 2)
    store, eid = event
    rows = "".join(f"Person{i},Family{i},p{i}@example.org\n" for i in range(7))
    report = run_import(store, eid, write(tmp_path, "a.csv", "First Name,Last Name,Email\n" + rows))
    assert (report.added, len(report.skipped)) == (7, 0)
    with store.session() as s:
        p3 = s.scalar(select(Attendee).where(Attendee.email == "p3@example.org"))
        A.update_attendee(s, p3.id, company="Edited Co")
    rows = "".join(f"Person{i},Family{i},p{i}@example.org,New Co\n" for i in range(7))
    rows += "Again,Person,P1@example.org,Other Co\nNew,Person,new@example.org,\n"
    text = "First Name,Last Name,Email,Company\n" + rows
    report = run_import(store, eid, write(tmp_path, "b.csv", text))
    assert (report.added, report.updated, report.unchanged, report.kept_edits) == (1, 6, 1, 1)
    assert [(r.line, r.reason) for r in report.skipped] == [(9, "the same person as line 3.")]
    got = people(store, eid)
    assert len(got) == 8
    assert got["Person3 Family3"].company == "Edited Co"
    assert got["Person6 Family6"].company == "New Co"
    assert got["Person1 Family1"].company == "New Co"


def test_checked_in_at_the_door_is_not_undone_by_reimport(event):
    store, eid = event
    run_import(store, eid, DATA / "luma-guests.csv")
    with store.session() as s:
        ana = s.scalar(select(Attendee).where(Attendee.external_id == "gst-aaaa1"))
        ana.checked_in_at = pendulum.now("UTC")
    report = run_import(store, eid, DATA / "luma-guests.csv")
    assert report.unchanged == 3
    assert people(store, eid)["Ana Silva"].checked_in_at is not None


# --- explicit mapping for unknown formats ------------------------------------------
def test_preview_and_explicit_mapping(event, tmp_path):
    store, eid = event
    text = (
        "Teilnehmer;Adresse;Zusage\n"
        "Jürgen Groß;juergen@example.de;ja\n"
        "Eva Braun;eva@example.de;nein\n"
    )
    path = write(tmp_path, "de.csv", text, "cp1252")
    pv = A.preview(path)
    assert (pv.format, pv.delimiter, pv.encoding) == ("generic", ";", "Windows-1252")
    assert pv.header == ["Teilnehmer", "Adresse", "Zusage"]
    assert pv.rows[0] == ["Jürgen Groß", "juergen@example.de", "ja"] and pv.row_count == 2
    # unknown column names: the wizard is offered a guess from the values
    assert pv.mapping == {"full_name": "Teilnehmer", "email": "Adresse"}
    with pytest.raises(OrganiserError, match="No name or email column"):
        run_import(store, eid, path)
    mapping = {"full_name": "Teilnehmer", "email": "Adresse", "rsvp": "Zusage"}
    report = run_import(store, eid, path, mapping=mapping)
    assert report.added == 2
    got = people(store, eid)
    assert got["Jürgen Groß"].email == "juergen@example.de"
    assert got["Eva Braun"].rsvp == "not_going"
    with pytest.raises(OrganiserError, match="no column named"):
        run_import(store, eid, path, mapping={"full_name": "Nope"})


def test_preview_of_the_samples_proposes_mappings():
    pv = A.preview(DATA / "eventbrite-attendees.csv")
    assert pv.format == "eventbrite"
    assert pv.mapping["first_name"] == "First Name" and pv.mapping["rsvp"] == "Attendee Status"


# --- broken files change nothing -------------------------------------------------
BROKEN = {
    "empty": b"",
    "blank lines": b"\r\n\r\n  \n",
    "header only": MEETUP_HEADER.encode() + b"\r\n",
    "binary": bytes(range(256)) * 8,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + b"\x00" * 200,
    "no known columns": b"a,b,c\n1,2,3\n",
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_files_raise_one_sentence_and_change_nothing(event, tmp_path, kind):
    store, eid = event
    run_import(store, eid, DATA / "luma-guests.csv")
    before = people(store, eid)
    path = tmp_path / "broken.csv"
    path.write_bytes(BROKEN[kind])
    with pytest.raises(OrganiserError) as info:
        run_import(store, eid, path)
    message = str(info.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert people(store, eid).keys() == before.keys()


def test_truncated_file_imports_the_complete_rows(sqlite_event, tmp_path):
    store, eid = sqlite_event
    text = (
        'Name,Email,Notes\nAna Silva,ana@example.pt,ok\nLuca Ferrari,luca@example.com,"cut off he'
    )
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 1
    assert report.skipped[0].line == 3 and "cut off" in report.skipped[0].reason


def test_missing_file_and_unknown_format(event, tmp_path):
    store, eid = event
    with pytest.raises(OrganiserError, match="There is no file"):
        run_import(store, eid, tmp_path / "nope.csv")
    with pytest.raises(OrganiserError, match="not an import format"):
        run_import(store, eid, DATA / "luma-guests.csv", fmt="excel")


def test_bad_values_are_reported_not_fatal(sqlite_event, tmp_path):
    store, eid = sqlite_event
    text = "Name,Email,RSVP,Guests\nAna Silva,not-an-email,perhaps,two\n"
    report = run_import(store, eid, write(tmp_path, "x.csv", text))
    assert report.added == 1
    reasons = " ".join(w.reason for w in report.warnings)
    assert "not an email" in reasons and "perhaps" in reasons and "two" in reasons
    assert people(store, eid)["Ana Silva"].rsvp == "going"


# --- export -------------------------------------------------------------------------
def test_export_is_bom_utf8_neutralised_and_reimports_to_the_same_people(event, tmp_path):
    store, eid = event
    run_import(store, eid, DATA / "meetup-attendees.csv")
    run_import(store, eid, DATA / "luma-guests.csv")
    with store.session() as s:
        A.add_attendee(
            s,
            eid,
            first_name='=HYPERLINK("x")',
            last_name="-Evil",
            company="@home",
            notes="+1 tab\tinside",
            email="evil@example.org",
        )
        A.add_attendee(s, eid, first_name="\tTabby", last_name="Cat")
        out = tmp_path / "out.csv"
        assert A.export_csv(s, eid, out) == 10
        other = create_event(
            s,
            title="Copy",
            starts_at=pendulum.datetime(2026, 4, 10, 18, tz="Europe/Rome"),
            ends_at=pendulum.datetime(2026, 4, 10, 21, tz="Europe/Rome"),
            timezone="Europe/Rome",
        ).id
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    evil = ['\'=HYPERLINK("x")', "'-Evil", "evil@example.org", "'@home"]
    assert any(r[:4] == evil for r in rows)
    for bad in ("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert A.neutralise(bad) == "'" + bad
    assert A.neutralise("Ana") == "Ana"

    def shape(a: Attendee) -> tuple[object, ...]:
        return (
            a.first_name,
            a.last_name,
            a.email,
            a.company,
            a.job_title,
            a.role,
            a.rsvp,
            a.guests,
            a.notes,
            a.checked_in_at,
            a.source,
            a.external_id,
        )

    report = run_import(store, other, out)
    assert report.format == "generic" and report.added == 10 and not report.skipped
    assert sorted(map(shape, people(store, eid).values()), key=str) == sorted(
        map(shape, people(store, other).values()), key=str
    )
    # and into the same event it changes nothing
    report = run_import(store, eid, out)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 10)


def test_export_to_unwritable_place(event, tmp_path):
    store, eid = event
    with store.session() as s, pytest.raises(OrganiserError, match="Cannot write"):
        A.export_csv(s, eid, tmp_path / "missing" / "out.csv")


# --- editing ------------------------------------------------------------------------
def test_edits_are_validated_and_recorded(event):
    store, eid = event
    with store.session() as s:
        a = A.add_attendee(s, eid, first_name="Zoë", last_name="Müller")
        assert a.edited_fields == [] and "mueller" in a.search_key
        A.set_role(s, a.id, "volunteer")
        A.set_rsvp(s, a.id, "waitlist")
        A.update_attendee(s, a.id, email="ZOE@Example.org")
        assert a.edited_fields == ["role", "rsvp", "email"]
        assert a.email == "zoe@example.org" and "zoe@example.org" in a.search_key
        with pytest.raises(ValidationError):
            A.set_role(s, a.id, "king")
        with pytest.raises(ValidationError):
            A.update_attendee(s, a.id, email="nope")
        with pytest.raises(ValidationError):
            A.update_attendee(s, a.id, first_name=" ", last_name="")


def test_fast_search_key_matches_textnorm():
    for parts in [
        ("Giulia", "Rossi", "g@x.org", "Acme AI"),
        ("Zoë", "Müller", None, ""),
        ("ALL CAPS", "Name", "A@B.C", "IBM"),
        ("陈伟", "", None, "清华"),
    ]:
        assert A.fast_search_key(*parts) == search_key(*parts)


def test_same_name_other_address_is_the_same_person(demo_store):
    """Demo has Sofia Esposito (guest27@...); Eventbrite has her with another address."""
    store, eid = demo_store
    report = run_import(store, eid, DATA / "eventbrite-attendees.csv")
    assert (report.added, report.updated) == (2, 2)  # Yuki and Omar are new
    got = people(store, eid)
    assert got["Sofia Esposito"].email == "sofia.esposito@example.org"
    assert got["Sofia Esposito"].external_id == "5001"


def test_tickets_bought_together_share_an_address_but_stay_two_people(event, tmp_path):
    store, eid = event
    text = (
        "Order #,First Name,Last Name,Email,Attendee #,Attendee Status\n"
        "2001,Ana,Silva,buyer@example.org,7001,Attending\n"
        "2001,Rui,Costa,buyer@example.org,7002,Attending\n"
        "2002,Ana,Silva,buyer@example.org,7001,Attending\n"
    )
    report = run_import(store, eid, write(tmp_path, "eb.csv", text))
    assert report.added == 2
    assert [(r.line, r.reason) for r in report.skipped] == [(4, "the same person as line 2.")]
    report = run_import(store, eid, write(tmp_path, "eb.csv", text))
    assert (report.added, report.unchanged) == (0, 2)
    assert set(people(store, eid)) == {"Ana Silva", "Rui Costa"}


def test_explicit_mapping_keeps_the_formats_role_hints(event):
    store, eid = event
    mapping = {"first_name": "First Name", "last_name": "Last Name", "email": "Email"}
    report = run_import(store, eid, DATA / "eventbrite-attendees.csv", mapping=mapping)
    assert report.added == 4
    got = people(store, eid)
    assert got["Omar Haddad عمر"].role == "speaker"  # from "Ticket Type: Speaker"
    assert got["Sofia Esposito"].company == ""  # not mapped, not imported


@pytest.mark.parametrize(
    "raw",
    [
        b"sep=;\r\nName;Email\r\nAna Silva;ana@example.pt\r\n",  # Excel's separator hint
        b"Name,Email\rAna Silva,ana@example.pt\r",  # old Mac line ends
        b"\xef\xbb\xbfName\tEmail\nAna Silva\tana@example.pt",  # no final newline
    ],
)
def test_more_shapes_excel_writes(sqlite_event, tmp_path, raw):
    store, eid = sqlite_event
    path = tmp_path / "x.csv"
    path.write_bytes(raw)
    report = run_import(store, eid, path)
    assert report.added == 1 and not report.skipped
    assert people(store, eid)["Ana Silva"].email == "ana@example.pt"


def test_line_numbers_count_the_excel_hint_line(sqlite_event, tmp_path):
    store, eid = sqlite_event
    path = tmp_path / "x.csv"
    path.write_bytes(b"sep=;\nName;Email\nAna Silva;ana@example.pt\n;\n;;\n;nobody\n")
    report = run_import(store, eid, path)
    assert [r.line for r in report.skipped] == [6]


def test_cancel_at_the_last_moment_rolls_back_the_whole_import(event, tmp_path):
    """One transaction: stopping after the rows were written still leaves nothing."""
    store, eid = event
    run_import(store, eid, DATA / "luma-guests.csv")
    before = people(store, eid)
    rows = "\n".join(f"Person {i},p{i}@example.org" for i in range(1200))
    path = write(tmp_path, "big.csv", "Name,Email\n" + rows + "\n")
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done == total:
            raise KeyboardInterrupt  # what a Cancel button does, at the worst moment

    with pytest.raises(KeyboardInterrupt), store.session() as s:
        A.import_file(s, eid, path, progress=progress)
    assert calls[:3] == [0, 500, 1000] and calls[-1] == 1200
    assert people(store, eid).keys() == before.keys()


def test_people_with_their_history_are_added_at_once_and_checked(event):
    store, eid = event
    registered = pendulum.datetime(2026, 2, 20, 9, 0, tz="UTC")
    came = pendulum.datetime(2026, 3, 10, 17, 40, tz="UTC")
    people_in = [
        A.NewAttendee(
            "Zoë",
            "Lefèvre",
            email="ZOE@example.org",
            registered_at=registered,
            checked_in_at=came,
            badge_printed_at=registered,
        ),
        A.NewAttendee("Ana", "Silva", rsvp="waitlist", source="meetup"),
    ]
    with store.session() as s:
        assert A.add_attendees(s, eid, people_in) == 2
    found = people(store, eid)
    zoe, ana = found["Zoë Lefèvre"], found["Ana Silva"]
    assert zoe.email == "zoe@example.org" and zoe.checked_in_at == came
    assert zoe.created_at == registered and zoe.badge_printed_at == registered
    assert zoe.checkin_token and zoe.checkin_token != ana.checkin_token
    assert ana.rsvp == "waitlist" and ana.source == "meetup" and ana.checked_in_at is None
    with store.session() as s:  # found by the door's search like anybody imported
        assert [p.full_name for p in A.attendee_rows(s, eid) if "zoe" in p.search_key]
    with pytest.raises(ValidationError), store.session() as s:
        A.add_attendees(s, eid, [A.NewAttendee("Bo", email="not an address")])
    assert len(people(store, eid)) == 2
