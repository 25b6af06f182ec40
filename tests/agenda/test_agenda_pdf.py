"""The printed agenda: text, zones, QR code, paper sizes, long agendas, no secrets."""

import io
import re

import pypdf
import pypdfium2
import pytest
import zxingcpp

from organiser import agenda, events, secrets, speakers, streaming
from organiser.announce import announcement, short_announcement
from organiser.calendar import build_ics
from organiser.printing.agenda_pdf import AgendaOptions, agenda_pdf
from organiser.timeutil import local


@pytest.fixture
def pdf_demo(sqlite_store):
    """The printed outputs do not depend on the engine: SQLite is enough here."""
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        ev = create_demo(s)
        events.update_event(s, ev.id, starts_at=local("Europe/Rome", 2026, 12, 10, 18, 30))
        return sqlite_store, ev.id


def _text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def _qr_codes(pdf: bytes, page: int = 0) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    image = doc[page].render(scale=3).to_pil()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_pdf_holds_every_title_speaker_and_zone_label(pdf_demo):
    store, ev_id = pdf_demo
    with store.session() as s:
        pdf = agenda_pdf(s, ev_id)
        titles = [x.title for x in agenda.list_sessions(s, ev_id)]
        people = speakers.speakers_of_event(s, ev_id)
    text = " ".join(_text(pdf))
    for title in titles:
        assert title in text
    for sp in people:
        assert sp.name in text  # "Kenji Watanabe 渡辺健二" too
        assert sp.affiliation in text
    for label in [
        "Rome",
        "New York",
        "Kolkata",
        "CET",
        "EST",
        "IST",
        "Europe/Rome",
        "America/New_York",
        "Asia/Kolkata",
    ]:
        assert label in text
    assert "18:30–18:45 CET" in text and "12:30–12:45 EST" in text and "23:00–23:15 IST" in text
    assert "Thursday 10 December 2026 · 18:30–21:30 CET (Europe/Rome)" in text
    assert "Talent Garden Ostiense" in text and "Via Ostiense 92" in text
    assert "meetup-2026" not in text  # wifi password only when ticked


def test_stream_qr_decodes_to_the_main_viewer_link(pdf_demo):
    store, ev_id = pdf_demo
    with store.session() as s:
        pdf = agenda_pdf(s, ev_id, AgendaOptions(paper="letter"))
        url = streaming.main_link(s, ev_id).viewer_url
    assert _qr_codes(pdf) == [url]


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes_and_wifi_when_ticked(pdf_demo, paper, size):
    store, ev_id = pdf_demo
    with store.session() as s:
        pdf = agenda_pdf(s, ev_id, AgendaOptions(paper=paper, wifi=True))
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    assert "TAG-Guest" in _text(pdf)[0] and "meetup-2026" in _text(pdf)[0]


def test_many_zones_turn_the_page_to_landscape(pdf_demo):
    store, ev_id = pdf_demo
    zones = [
        "America/New_York",
        "Asia/Kolkata",
        "Asia/Tokyo",
        "America/Los_Angeles",
        "Australia/Sydney",
    ]
    with store.session() as s:
        pdf = agenda_pdf(s, ev_id, AgendaOptions(viewer_zones=zones))
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = _text(pdf)[0]
    for abbr in ["CET", "EST", "IST", "JST", "PST", "AEDT"]:
        assert abbr in text


def test_long_agenda_wraps_titles_and_repeats_the_header(sqlite_store):
    store = sqlite_store
    with store.session() as s:
        start = local("Europe/Rome", 2026, 12, 10, 9, 0)
        ev = events.create_event(
            s,
            title="Long day",
            starts_at=start,
            ends_at=start.add(hours=12),
            timezone="Europe/Rome",
            viewer_zones=["America/New_York", "Asia/Kolkata"],
        )
        long_title = (
            "A deliberately long title about self-supervised contrastive pre-training "
            "for medical imaging that must wrap onto several lines in its cell"
        )
        for i in range(40):
            agenda.add_session(s, ev.id, title=f"{i:02d} {long_title}", duration_minutes=15)
        pdf = agenda_pdf(s, ev.id)
    pages = _text(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert "Session and speakers" in page and "New York" in page  # header repeated
    joined = " ".join(pages)
    for i in range(40):
        assert f"{i:02d} {long_title}" in joined


def test_stream_key_appears_in_no_output(pdf_demo, tmp_path):
    from organiser.cli import run

    store, ev_id = pdf_demo
    key = "live-SECRETKEY-9f3a-77qq"
    with store.session() as s:
        main = streaming.main_link(s, ev_id)
        secrets.set_stream_key(s, main.id, key)
        assert secrets.get_stream_key(s, main.id) == key
        studio = main.studio_url
        outputs = {
            "pdf": " ".join(_text(agenda_pdf(s, ev_id, AgendaOptions(wifi=True)))),
            "ics": build_ics(s, ev_id).decode(),
            "announcement": announcement(s, ev_id),
            "short": short_announcement(s, ev_id),
        }
    for name, text in outputs.items():
        assert key not in text, name
        assert "SECRETKEY" not in text, name
        assert studio not in text, name  # studio/ingest addresses stay private too
    assert "https://www.youtube.com/live/mlrome42demo" in outputs["pdf"]
    # and not in the database, nor in what the CLI writes
    from sqlalchemy import text as sql

    with store.engine.connect() as conn:
        for table in ("stream_links", "app_settings", "events", "sessions", "venues"):
            assert "SECRETKEY" not in repr(conn.execute(sql(f"SELECT * FROM {table}")).all())
    if store.path is not None:
        assert b"SECRETKEY" not in store.path.read_bytes()
        code = run(["--db", str(store.path), "ics", str(ev_id), "-o", str(tmp_path / "e.ics")])
        assert code == 0 and b"SECRETKEY" not in (tmp_path / "e.ics").read_bytes()


def test_names_in_many_scripts_print(pdf_demo):
    store, ev_id = pdf_demo
    names = ["Γιώργος Παπαδόπουλος", "Иван Петров", "김민준", "陈伟", "Zoë Müller-Łukasiewicz"]
    with store.session() as s:
        x = agenda.add_session(
            s,
            ev_id,
            title="Lightning talks: 五分钟 / пять минут",
            kind="lightning",
            duration_minutes=25,
        )
        ids = [speakers.create_speaker(s, name=n).id for n in names]
        agenda.set_speakers(s, x.id, [(i, "speaker") for i in ids])
        pdf = agenda_pdf(s, ev_id)
    text = " ".join(_text(pdf))
    for n in names:
        assert n in text
    assert "五分钟 / пять минут" in text


def test_online_event_without_venue_or_link_and_markup_in_titles(sqlite_store):
    with sqlite_store.session() as s:
        start = local("America/New_York", 2027, 3, 16, 12, 0)
        ev = events.create_event(
            s,
            title="Epi & ML <online> #3",
            starts_at=start,
            ends_at=start.add(hours=2),
            timezone="America/New_York",
            format="online",
            viewer_zones=["Europe/Rome"],
        )
        empty = agenda_pdf(s, ev.id)
        agenda.add_session(s, ev.id, title='Q&A: <what> "models" can\'t do', duration_minutes=30)
        pdf = agenda_pdf(s, ev.id)
        text = announcement(s, ev.id)
    assert "The agenda will follow." in _text(empty)[0]
    page = _text(pdf)[0]
    assert "Epi & ML <online> #3" in page
    assert 'Q&A: <what> "models" can\'t do' in page
    assert "the link will be announced" in page
    assert _qr_codes(pdf) == []
    # the week between the US and EU switches: New York EDT, Rome still CET
    assert "12:00–12:30 EDT" in page and "17:00–17:30 CET" in page
    assert "**Where:**" not in text and "the stream link will follow" in text
