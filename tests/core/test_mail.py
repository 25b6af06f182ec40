"""Speaker mail merge: .eml drafts read back with the email package, mailto, checklist."""

from __future__ import annotations

import email
import email.policy
import io
import json
import urllib.parse
from pathlib import Path

import keyring
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from organiser import checklists, mail
from organiser.cli import run
from organiser.errors import OrganiserError, ValidationError
from organiser.events import get_event
from organiser.models import Speaker

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"


def _read(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _speaker(s, name):
    return s.scalar(select(Speaker).where(Speaker.name == name))


def test_confirmation_drafts_parse_back_with_headers_names_and_briefing(demo_store, tmp_path):
    store, eid = demo_store
    with store.session() as s:
        written = mail.write_drafts(s, eid, "confirmation", tmp_path)
        kenji = _speaker(s, "Kenji Watanabe 渡辺健二").id
    assert len(written) == 4
    by_speaker = {w.draft.speaker_id: w.path for w in written}
    msg = _read(by_speaker[kenji])
    # the non-ASCII display name is encoded on the wire and decodes back intact
    raw = by_speaker[kenji].read_bytes()
    assert "渡辺".encode() not in raw.split(b"\r\n\r\n", 1)[0]
    assert msg["To"].addresses[0].display_name == "Kenji Watanabe 渡辺健二"
    assert msg["To"].addresses[0].addr_spec == "kenji.watanabe@example.jp"
    assert msg["From"].addresses[0].display_name == "Marco Bianchi"
    assert msg["Subject"].startswith("Confirmed: you speak at ML Rome #42")
    assert msg["X-Unsent"] == "1" and msg["Message-ID"] and msg["Date"].datetime is not None
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # RFC 5322 line ends
    body = msg.get_body(("plain",)).get_content()
    assert body.startswith("Hi Kenji,") and "Marco Bianchi" in body
    (att,) = list(msg.iter_attachments())
    assert att.get_content_type() == "application/pdf"
    assert att.get_filename() == "briefing-kenji-watanabe.pdf"
    text = " ".join(PdfReader(io.BytesIO(att.get_content())).pages[0].extract_text().split())
    assert "Speaker briefing: Kenji Watanabe" in text


def test_new_york_speakers_draft_shows_new_york_time(demo_store, tmp_path):
    store, eid = demo_store
    with store.session() as s:
        amara = _speaker(s, "Amara Okafor").id
        (w,) = mail.write_drafts(s, eid, "invitation", tmp_path, speaker_id=amara)
    body = _read(w.path).get_body(("plain",)).get_content()
    # the demo talk is at 19:15 in Rome: 1:15 PM in New York (English: 12-hour clock)
    assert "Your time: Thu 17 Dec 2026, 1:15 PM–1:45 PM EST (America/New_York)" in body
    assert "Event time: Thu 17 Dec 2026, 7:15 PM–7:45 PM CET (Europe/Rome)" in body
    assert "Join here: https://zoom.us/s/81234567890" in body  # the studio, for a remote speaker


def test_italian_uses_the_24_hour_clock_and_italian_words(demo_store):
    store, eid = demo_store
    with store.session() as s:
        amara = _speaker(s, "Amara Okafor").id
        (d,) = mail.merge(s, eid, "invitation", speaker_id=amara, lang="it")
    assert d.subject.startswith("Ti va di parlare a ML Rome #42")
    assert "Il tuo orario: gio 17 dic 2026, 13:15–13:45 EST (America/New_York)" in d.body
    assert "Orario dell'evento: gio 17 dic 2026, 19:15–19:45 CET (Europe/Rome)" in d.body


def test_on_site_speaker_gets_the_venue_and_no_key_anywhere(demo_store, monkeypatch):
    store, eid = demo_store
    fake_key = "abcd-efgh-ijkl-mnop-qrst"
    monkeypatch.setattr(keyring, "get_password", lambda *a, **k: fake_key)
    with store.session() as s:
        giulia = _speaker(s, "Giulia Conti").id
        drafts = mail.merge(s, eid, "day-of")
        venue = get_event(s, eid).venue
    d = next(x for x in drafts if x.speaker_id == giulia)
    assert venue.name in d.body and venue.address in d.body
    assert "Time: Thu 17 Dec 2026" in d.body  # same zone as the event: one line
    assert "https://www.youtube.com/live/mlrome42demo" in d.body
    for x in drafts:
        assert fake_key not in x.body and fake_key.encode() not in mail.eml_bytes(x)


def test_drafts_tick_or_link_the_speakers_checklist_item(demo_store, tmp_path):
    store, eid = demo_store
    with store.session() as s:
        amara = _speaker(s, "Amara Okafor").id
        mail.write_drafts(s, eid, "thank-you", tmp_path, speaker_id=amara)
        mail.write_drafts(s, eid, "slides-reminder", tmp_path, speaker_id=amara)
        rows = {r.title.split(":")[0]: r for r in checklists.list_items(s, eid, speaker_id=amara)}
    thanks = rows["Thank-you message sent"]
    assert thanks.done and "thank-you-amara-okafor.eml" in thanks.note
    slides = rows["Slides received as a file"]
    assert not slides.done and "slides-reminder-amara-okafor.eml" in slides.note


def test_thank_you_carries_the_recording_link(demo_store):
    from organiser import streaming

    store, eid = demo_store
    with store.session() as s:
        (first,) = mail.merge(s, eid, "thank-you")[:1]
        assert "we will send you the recording link" in first.body
        streaming.add_link(
            s, eid, viewer_url="https://www.youtube.com/watch?v=abcdefghijk", purpose="recording"
        )
        (first,) = mail.merge(s, eid, "thank-you")[:1]
    assert "The recording: https://www.youtube.com/watch?v=abcdefghijk" in first.body


def test_mailto_carries_subject_and_body(demo_store):
    store, eid = demo_store
    with store.session() as s:
        amara = _speaker(s, "Amara Okafor").id
        (d,) = mail.merge(s, eid, "slides-reminder", speaker_id=amara)
    url = mail.mailto_url(d)
    assert url.startswith("mailto:amara.okafor@example.com?")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["subject"] == [d.subject]
    assert query["body"][0].replace("\r\n", "\n") == d.body


def test_our_drafts_have_every_header_a_real_client_draft_has(demo_store):
    real = _read(DATA / "javamail-draft.eml")
    store, eid = demo_store
    with store.session() as s:
        d = mail.merge(s, eid, "confirmation")[0]
    ours = email.message_from_bytes(mail.eml_bytes(d), policy=email.policy.default)
    assert {k.lower() for k in real} <= {k.lower() for k in ours}
    assert real.get_content_type() == ours.get_content_type() == "multipart/mixed"


def test_templates_are_data_edits_are_kept_and_reset(demo_store):
    store, eid = demo_store
    with store.session() as s:
        names = [t.name for t in mail.list_templates(s)]
        assert names == [
            "invitation",
            "confirmation",
            "slides-reminder",
            "tech-check",
            "day-of",
            "thank-you",
        ]
        t = mail.get_template(s, "thank-you")
        en = t.texts["en"]
        edited = mail.MailTemplate(
            name=t.name,
            label=t.label,
            texts={**t.texts, "en": mail.MailText("Grazie mille, {speaker_first_name}!", en.body)},
            checklist_title=t.checklist_title,
            checklist_action=t.checklist_action,
        )
        mail.save_template(s, edited)
    with store.session() as s:
        assert mail.get_template(s, "thank-you").edited
        subjects = {d.subject for d in mail.merge(s, eid, "thank-you")}
        assert "Grazie mille, Amara!" in subjects
        mail.reset_template(s, "thank-you")
        assert not mail.get_template(s, "thank-you").edited
        with pytest.raises(ValidationError, match=r"\{speaker_shoe_size\}"):
            mail.save_template(
                s,
                mail.MailTemplate(
                    name="odd", label="Odd", texts={"en": mail.MailText("{speaker_shoe_size}", "")}
                ),
            )
        with pytest.raises(OrganiserError, match="no de text"):
            mail.merge(s, eid, "thank-you", lang="de")


def test_cli_mail(tmp_path):
    db = str(tmp_path / "a.sqlite")
    out = io.StringIO()
    assert run(["--db", db, "demo"], out, io.StringIO()) == 0
    eid = out.getvalue().strip()
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(["--db", db, "mail", eid, "--template", "tech-check", "-o", str(drafts)], out, err) == 0
    )
    assert sorted(p.name for p in drafts.iterdir()) == [
        "tech-check-amara-okafor.eml",
        "tech-check-giulia-conti.eml",
        "tech-check-kenji-watanabe.eml",
        "tech-check-priya-raman.eml",
    ]
    assert "linked to “Remote tech check done" in out.getvalue()
    err = io.StringIO()
    assert (
        run(["--db", db, "mail", eid, "--template", "nope", "-o", str(drafts)], io.StringIO(), err)
        == 1
    )
    assert "no mail template “nope”" in err.getvalue()
    assert (
        run(["--db", db, "mail", eid, "--template", "invitation"], io.StringIO(), io.StringIO())
        == 2
    )
    out = io.StringIO()
    assert (
        run(["--db", db, "mail", eid, "--template", "invitation", "--mailto"], out, io.StringIO())
        == 0
    )
    assert all(line.startswith("mailto:") for line in out.getvalue().splitlines())


def test_templates_travel_as_files(tmp_path):
    db = str(tmp_path / "a.sqlite")
    out = io.StringIO()
    assert run(["--db", db, "demo"], out, io.StringIO()) == 0
    path = tmp_path / "thanks.json"
    assert (
        run(
            ["--db", db, "mail", "--export-template", "thank-you", "-o", str(path)],
            io.StringIO(),
            io.StringIO(),
        )
        == 0
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == "meetup-organiser-mail-template" and data["name"] == "thank-you"
    data["text"]["en"]["subject"] = "Danke, {speaker_first_name}!"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    other = str(tmp_path / "b.sqlite")
    assert run(["--db", other, "demo"], io.StringIO(), io.StringIO()) == 0
    out = io.StringIO()
    assert run(["--db", other, "mail", "--import-template", str(path)], out, io.StringIO()) == 0
    out = io.StringIO()
    assert run(["--db", other, "mail", "--templates"], out, io.StringIO()) == 0
    assert "thank-you        Thank-you (en, it; edited)" in out.getvalue()
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "something-else"}', encoding="utf-8")
    err = io.StringIO()
    assert run(["--db", other, "mail", "--import-template", str(bad)], io.StringIO(), err) == 1
    assert "not a Meetup Organiser mail template" in err.getvalue()
