"""Every output in every language: the words and the local date formats a reader sees."""

from __future__ import annotations

import io

import icalendar
import pytest
from pypdf import PdfReader

from organiser import checklists, events
from organiser.announce import announcement, short_announcement
from organiser.calendar import build_ics
from organiser.cli import run
from organiser.errors import ValidationError
from organiser.printing.agenda_pdf import AgendaOptions, agenda_pdf
from organiser.printing.badges import make_badges_pdf
from organiser.printing.briefing_pdf import build_briefing
from organiser.timeutil import local

# What a reader of each language must find (the demo on Thursday 17 December 2026,
# 18:30 in Rome): the role band, the badge date line, the agenda's heading and
# column day, the briefing title, the announcement's "When" and first time line,
# the ICS agenda heading, a shipped checklist item and a group.
EXPECTED = {
    "it": dict(
        band="PARTECIPANTE",
        badge_date="gio 17 dic 2026 · 18:30 CET",
        agenda="Programma",
        day="gio 17 dic",
        long="giovedì 17 dicembre 2026 · 18:30–21:30 CET",
        briefing="Scheda per il relatore: Amara Okafor",
        when="**Quando:**",
        when_line="- gio 17 dic 2026, 18:30–21:30 CET (Roma)",
        ics="Programma:",
        item="Fissare data, orario di inizio e tema",
        english=("ATTENDEE", "SPEAKER", "ORGANISER", "VOLUNTEER", "Thu"),
    ),
    "de": dict(
        band="TEILNEHMER",
        badge_date="Do., 17. Dez. 2026 · 18:30 CET",
        agenda="Programm",
        day="Do., 17. Dez.",
        long="Donnerstag, 17. Dezember 2026 · 18:30–21:30 CET",
        briefing="Briefing für Vortragende: Amara Okafor",
        when="**Wann:**",
        when_line="- Do., 17. Dez. 2026, 18:30–21:30 CET (Rom)",
        ics="Programm:",
        item="Datum, Beginn und Thema festlegen",
        english=("ATTENDEE", "SPEAKER", "ORGANISER", "VOLUNTEER", "Thu"),
    ),
    "fr": dict(
        band="PARTICIPANT",
        badge_date="jeu. 17 déc. 2026 · 18:30 CET",
        agenda="Programme",
        day="jeu. 17 déc.",
        long="jeudi 17 décembre 2026 · 18:30–21:30 CET",
        briefing="Fiche intervenant : Amara Okafor",
        when="**Quand :**",
        when_line="- jeu. 17 déc. 2026, 18:30–21:30 CET (Rome)",
        ics="Programme :",
        item="Fixer la date, l’heure de début et le thème",
        english=("ATTENDEE", "SPEAKER", "ORGANISER", "VOLUNTEER", "Thu"),
    ),
    "es": dict(
        band="ASISTENTE",
        badge_date="jue, 17 dic 2026 · 18:30 CET",
        agenda="Programa",
        day="jue, 17 dic",
        long="jueves, 17 de diciembre de 2026 · 18:30–21:30 CET",
        briefing="Información para ponentes: Amara Okafor",
        when="**Cuándo:**",
        when_line="- jue, 17 dic 2026, 18:30–21:30 CET (Roma)",
        ics="Programa:",
        item="Fijar la fecha, la hora de inicio y el tema",
        english=("ATTENDEE", "SPEAKER", "ORGANISER", "VOLUNTEER", "Thu"),
    ),
    "en-US": dict(
        band="ATTENDEE",
        badge_date="Thu, Dec 17, 2026 · 6:30 PM CET",
        agenda="Agenda",
        day="Thu, Dec 17",
        long="Thursday, December 17, 2026 · 6:30 PM–9:30 PM CET",
        briefing="Speaker briefing: Amara Okafor",
        when="**When:**",
        when_line="- Thu, Dec 17, 2026, 6:30 PM–9:30 PM CET (Rome)",
        ics="Agenda:",
        item="Fix the date, start time and topic",
        english=("PARTECIPANTE", "18:30"),
    ),
    "en": dict(
        band="ATTENDEE",
        badge_date="Thu 17 Dec 2026 · 18:30 CET",
        agenda="Agenda",
        day="Thu 17 Dec",
        long="Thursday 17 December 2026 · 18:30–21:30 CET",
        briefing="Speaker briefing: Amara Okafor",
        when="**When:**",
        when_line="- Thu 17 Dec 2026, 18:30–21:30 CET (Rome)",
        ics="Agenda:",
        item="Fix the date, start time and topic",
        english=("PARTECIPANTE", "PM"),
    ),
}
LANGS = list(EXPECTED)


@pytest.fixture
def demo(sqlite_store):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        ev = create_demo(s)
        events.update_event(s, ev.id, starts_at=local("Europe/Rome", 2026, 12, 17, 18, 30))
        checklists.apply_template(s, ev.id, "Meetup lifecycle")
        eid = ev.id
    return sqlite_store, eid


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
def test_badges_speak_the_language(demo, lang):
    store, eid = demo
    want = EXPECTED[lang]
    out = io.BytesIO()
    with store.session() as s:
        make_badges_pdf(s, eid, out, lang=lang, mark_printed=False, invariant=True)
    text = _text(out.getvalue())
    assert want["band"] in text
    assert want["badge_date"] in text
    for word in want["english"]:
        assert word not in text


@pytest.mark.parametrize("lang", LANGS)
def test_agenda_pdf_speaks_the_language(demo, lang):
    store, eid = demo
    want = EXPECTED[lang]
    with store.session() as s:
        text = _flat(_text(agenda_pdf(s, eid, AgendaOptions(lang=lang))))
    assert want["agenda"] in text
    assert want["day"] in text
    assert want["long"] in text


@pytest.mark.parametrize("lang", LANGS)
def test_briefing_speaks_the_language(demo, lang):
    store, eid = demo
    with store.session() as s:
        text = _flat(_text(build_briefing(s, eid, lang=lang)[0]))
    assert EXPECTED[lang]["briefing"] in text


@pytest.mark.parametrize("lang", LANGS)
def test_announcements_speak_the_language(demo, lang):
    store, eid = demo
    want = EXPECTED[lang]
    with store.session() as s:
        text = announcement(s, eid, lang=lang)
        short = short_announcement(s, eid, lang=lang)
    assert want["when"] in text
    assert want["when_line"] in text.splitlines()
    assert len(short) < 280
    assert want["day"] in short


@pytest.mark.parametrize("lang", LANGS)
def test_ics_descriptions_speak_the_language(demo, lang):
    store, eid = demo
    with store.session() as s:
        cal = icalendar.Calendar.from_ical(build_ics(s, eid, lang=lang))
    main = next(c for c in cal.walk("VEVENT") if str(c["UID"]).startswith("event-"))
    assert EXPECTED[lang]["ics"] in str(main["DESCRIPTION"]).splitlines()


@pytest.mark.parametrize("lang", LANGS)
def test_checklist_command_speaks_the_language(demo, lang):
    store, eid = demo
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(store.url), "checklist", str(eid), "--lang", lang], out=out, err=err)
    assert code == 0, err.getvalue()
    assert EXPECTED[lang]["item"] in out.getvalue()


def test_event_language_is_the_default_and_lang_overrides_it(demo):
    store, eid = demo
    with store.session() as s:
        events.update_event(s, eid, language="it")
        assert "gio 17 dic" in _text(agenda_pdf(s, eid))
        assert "6:30 PM" in _flat(_text(agenda_pdf(s, eid, AgendaOptions(lang="en-US"))))
        events.update_event(s, eid, language="en-us")
        assert events.get_event(s, eid).language == "en-US"
        events.update_event(s, eid, language="")
        assert events.get_event(s, eid).language is None
        with pytest.raises(ValidationError):
            events.update_event(s, eid, language="klingon")


def test_agenda_warnings_speak_the_language(demo):
    from organiser.agenda import check_agenda, list_sessions, update_session

    store, eid = demo
    with store.session() as s:
        first = list_sessions(s, eid)[0]
        update_session(s, first.id, reflow=False, duration_minutes=first.duration_minutes + 10)
        italian = [w.message for w in check_agenda(s, eid, "it")]
        english = [w.message for w in check_agenda(s, eid)]
    assert any("si sovrappone a" in m for m in italian)
    assert any("overlaps" in m for m in english)


def test_cli_lang_for_agenda(demo, tmp_path):
    store, eid = demo
    for lang, word in (("it", "gio 17 dic"), ("en-US", "6:30 PM")):
        pdf = tmp_path / f"agenda-{lang}.pdf"
        out, err = io.StringIO(), io.StringIO()
        code = run(
            ["--db", str(store.url), "agenda", str(eid), "-o", str(pdf), "--lang", lang],
            out=out,
            err=err,
        )
        assert code == 0, err.getvalue()
        assert word in _flat(_text(pdf.read_bytes()))


def test_cli_refuses_an_unknown_language_as_a_usage_error(demo, tmp_path, capsys):
    store, eid = demo
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", str(store.url), "badges", str(eid), "-o", str(tmp_path / "b.pdf")]
    assert run([*argv, "--lang", "xx"], out=out, err=err) == 2
    assert "not an output language" in capsys.readouterr().err + err.getvalue()
    assert not (tmp_path / "b.pdf").exists()


def test_stream_readiness_speaks_the_language(demo):
    from organiser.streaming import readiness

    store, eid = demo
    with store.session() as s:
        english = [m.message for m in readiness(s, eid)]
        italian = [m.message for m in readiness(s, eid, "it")]
    assert any("tech check" in m for m in english)
    assert len(italian) == len(english)
    assert any("prova tecnica" in m for m in italian)
    assert not any("tech check" in m for m in italian)


def test_a_kind_already_in_the_title_is_not_repeated_in_another_language(demo):
    store, eid = demo
    with store.session() as s:
        briefing = _flat(_text(build_briefing(s, eid, lang="es")[0]))
        agenda = _flat(_text(agenda_pdf(s, eid, AgendaOptions(lang="it"))))
    assert "Panel: bringing epidemiologists" in briefing
    assert "Mesa redonda: Panel:" not in briefing
    assert "Pausa: Break:" not in agenda
