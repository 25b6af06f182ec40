import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from organiser import agenda, checklists
from organiser.cli import run
from organiser.errors import OrganiserError
from organiser.models import Speaker, StreamLink
from organiser.printing.briefing_pdf import build_briefing


def _pages(data):
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _speaker(s, name):
    return s.scalar(select(Speaker).where(Speaker.name == name))


def test_remote_speaker_sees_both_zones_and_the_studio_link_but_no_key(demo_store, monkeypatch):
    store, eid = demo_store
    fake_key = "abcd-efgh-ijkl-mnop-qrst"
    try:
        import keyring

        monkeypatch.setattr(keyring, "get_password", lambda *a, **k: fake_key)
    except ImportError:  # pragma: no cover
        pass
    with store.session() as s:
        amara = _speaker(s, "Amara Okafor")
        talk = next(x for x in agenda.list_sessions(s, eid) if "Forecasting" in x.title)
        zoom = s.scalar(
            select(StreamLink).where(StreamLink.event_id == eid, StreamLink.platform == "zoom")
        )
        youtube = s.scalar(
            select(StreamLink).where(StreamLink.event_id == eid, StreamLink.platform == "youtube")
        )
        data, pages = build_briefing(s, eid, amara.id)
        rome = talk.starts_at.in_timezone("Europe/Rome").format("HH:mm")
        new_york = talk.starts_at.in_timezone("America/New_York").format("HH:mm")
    assert pages == 1
    (text,) = _pages(data)
    assert "Speaker briefing: Amara Okafor" in text
    assert f"{rome}–" in text and "(Europe/Rome)" in text
    assert f"{new_york}–" in text and "(America/New_York)" in text
    assert rome != new_york
    assert "Forecasting outbreaks" in text and "bringing epidemiologists" in text
    assert zoom.studio_url in text
    assert youtube.studio_url not in text  # the broadcaster's dashboard is not for speakers
    assert fake_key not in text and "rtmp" not in text.lower()
    assert not re.search(r"\b[a-z0-9]{4}(-[a-z0-9]{4}){3,}\b", text)
    assert "Remote tech check" in text  # still open in the demo
    assert "Via Ostiense" not in text  # no travel directions for someone joining from home
    assert "Marco Bianchi" in text and "+39 333 000 0099" in text


def test_on_site_speaker_gets_venue_contacts_and_a_page_each(demo_store):
    store, eid = demo_store
    with store.session() as s:
        data, pages = build_briefing(s, eid)
        names = [sp.name for sp in checklists.event_speakers(s, eid)]
    texts = _pages(data)
    assert pages == len(texts) == len(names) == 4
    giulia = next(t for t in texts if "Speaker briefing: Giulia Conti" in t)
    assert "Via Ostiense 92" in giulia and "openstreetmap.org" in giulia
    assert "Elisa Moretti" in giulia and "+39 06 0000 0000" in giulia
    assert "Same as the event (Europe/Rome)" in giulia
    assert "zoom.us" not in giulia and "A/V check" in giulia
    kenji = next(t for t in texts if "Kenji Watanabe" in t)
    assert "渡辺健二" in kenji


def test_ticked_items_leave_the_briefing(demo_store):
    store, eid = demo_store
    with store.session() as s:
        amara = _speaker(s, "Amara Okafor")
        item = next(
            r for r in checklists.list_items(s, eid, speaker_id=amara.id) if "tech check" in r.title
        )
        checklists.set_done(s, item.id)
        data, _ = build_briefing(s, eid, amara.id)
    assert "tech check" not in _pages(data)[0]


def test_briefing_errors_are_clear(demo_store, tmp_path):
    store, eid = demo_store
    with store.session() as s:
        outsider = Speaker(name="Not Booked", email="nb@example.org")
        s.add(outsider)
        s.flush()
        with pytest.raises(OrganiserError, match="not on the agenda"):
            build_briefing(s, eid, outsider.id)


def test_cli_briefing_writes_a_pdf(tmp_path):
    db = str(tmp_path / "b.sqlite")
    out = io.StringIO()
    assert run(["--db", db, "demo"], out=out) == 0
    eid = out.getvalue().strip()
    target = tmp_path / "briefing.pdf"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", db, "briefing", eid, "-o", str(target)], out=out, err=err) == 0
    assert "Wrote 4 pages" in out.getvalue()
    assert len(PdfReader(str(target)).pages) == 4
    err = io.StringIO()
    assert run(["--db", db, "briefing", eid, "-o", str(tmp_path / "b.txt")], err=err) == 1
    assert ".pdf file name" in err.getvalue()


@pytest.mark.parametrize(
    ("lang", "local_time", "note"),
    [
        ("en", "03:00–03:30 EST (America/New_York)", "That is outside 08:00–21:00 where you are"),
        ("en-US", "3:00 AM–3:30 AM EST (America/New_York)", "outside 8:00 AM–9:00 PM where"),
        ("it", "03:00–03:30 EST (America/New_York)", "Per te è fuori dalla fascia 08:00–21:00"),
        ("de", "03:00–03:30 EST (America/New_York)", "Bei dir liegt das außerhalb von 08:00–21:00"),
        ("fr", "03:00–03:30 EST (America/New_York)", "en dehors de 08:00–21:00"),
        ("es", "3:00–3:30 EST (America/New_York)", "Para ti queda fuera de 8:00–21:00"),
    ],
)
def test_remote_speaker_at_three_in_the_morning_is_told_in_their_language(
    demo_store, lang, local_time, note
):
    from organiser import events
    from organiser.timeutil import local

    store, eid = demo_store
    with store.session() as s:
        # 08:15 in Rome: Amara's talk at 09:00 Rome is 03:00 in New York
        events.update_event(s, eid, starts_at=local("Europe/Rome", 2026, 12, 17, 8, 15))
        amara = _speaker(s, "Amara Okafor")
        giulia = _speaker(s, "Giulia Conti")
        data, _ = build_briefing(s, eid, amara.id, lang)
        on_site, _ = build_briefing(s, eid, giulia.id, lang)
    (text,) = _pages(data)
    assert local_time in text
    assert note in text
    (rome,) = _pages(on_site)
    assert "08:00–21:00" not in rome and "8:00 AM" not in rome  # on Rome time, in the room


def test_remote_speaker_in_the_evening_gets_no_night_note(demo_store):
    store, eid = demo_store
    with store.session() as s:
        data, _ = build_briefing(s, eid, _speaker(s, "Amara Okafor").id)
    (text,) = _pages(data)
    assert "(America/New_York)" in text and "where you are" not in text
