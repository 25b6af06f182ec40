"""Printed glyphs checked without the printing code: every character in a font that has it.

Mixed strings (every shipped script next to symbols, punctuation and emoji) go
through badges and the agenda; the PDF is then read back twice, independently
of organiser.printing: by pypdf + fontTools (each text run's characters against
the cmap of the shipped font file the run names, each code's glyph against the
file's .notdef box, the file embedded) and by pdfium (the characters and font
weights a viewer renders). Nothing here asks fonts.runs() what to expect.
"""

from __future__ import annotations

import io

import pytest

from organiser import agenda, events
from organiser.demo import create_demo
from organiser.models import Attendee
from organiser.printing import badges
from organiser.printing.agenda_pdf import agenda_pdf
from tests.tools import pdfglyphs

# One word per shipped script.
WORDS = {
    "latin": "Zoë",
    "greek": "Γιώργος",
    "cyrillic": "Иван",
    "chinese": "李娜",
    "japanese": "由紀",
    "korean": "민준",
    "arabic": "ليلى",
    "hebrew": "נועה",
    "devanagari": "प्रिया",
    "thai": "สมชาย",
}
# Symbols and punctuation some fonts have and others lack, and emoji none has.
SYMBOLS = "© € № ½ – “ ” … → ★ ♥ ✓ ☕ ¿"
EMOJI = "😀 🎉"
SCRIPTS = sorted(WORDS)


def mixed(i: int) -> tuple[str, str]:
    """A first and last name mixing two scripts with symbols right after each."""
    here, there = WORDS[SCRIPTS[i]], WORDS[SCRIPTS[(i + 1) % len(SCRIPTS)]]
    return f"{here}©…“{there}”", f"{there} {SYMBOLS} {here}¿ {EMOJI}"


@pytest.fixture
def mixed_badges(sqlite_store):
    with sqlite_store.session() as s:
        event_id = create_demo(s).id
        ids = []
        for i in range(len(SCRIPTS)):
            first, last = mixed(i)
            a = Attendee(event_id=event_id, first_name=first, last_name=last, rsvp="going")
            s.add(a)
            s.flush()
            ids.append(a.id)
    buf = io.BytesIO()
    with sqlite_store.session() as s:
        run = badges.make_badges_pdf(s, event_id, buf, attendee_ids=ids, mark_printed=False)
    return run, buf.getvalue()


def test_mixed_names_on_badges_never_print_a_box(mixed_badges):
    run, pdf = mixed_badges
    assert pdfglyphs.problems(pdf) == []
    assert pdfglyphs.pdfium_problems(pdf) == []
    # Every script's letters are really there (only the emoji and ✓/☕, which no shipped
    # font has, are left out, and the run says so).
    seen = {ch for ch, _f, _w in pdfglyphs.pdfium_chars(pdf)}
    for word in WORDS.values():
        assert pdfglyphs.letters(word) <= seen, word
    assert not {"😀", "🎉"} & seen
    assert len(run.warnings) == len(SCRIPTS)
    assert all("U+1F600" in w for w in run.warnings)


def test_bold_names_on_badges_use_the_bold_files_and_they_are_embedded(mixed_badges):
    _, pdf = mixed_badges
    files = pdfglyphs.bundled_files()
    bold_letters: dict[str, set[str]] = {}
    for ch, font, weight in pdfglyphs.pdfium_chars(pdf):
        if weight >= 700:
            bold_letters.setdefault(font, set()).add(ch)
    # The first name is printed bold: each script's letters in that script's Bold file
    # (Droid Sans Fallback, the CJK font, has no bold face and stays regular).
    for script, word in WORDS.items():
        if script in ("chinese", "japanese", "korean"):
            continue
        holders = [f for f, chars in bold_letters.items() if pdfglyphs.letters(word) & chars]
        assert holders, f"no {script} letter is printed bold"
        for font in holders:
            assert font.endswith("-Bold") and files[font].name.endswith("-Bold.ttf"), font
    embedded = {r.font for r in pdfglyphs.runs(pdf) if r.embedded}
    assert {f for f in bold_letters if f in files} <= embedded


def test_mixed_strings_in_the_agenda_never_print_a_box(sqlite_store):
    with sqlite_store.session() as s:
        ev = create_demo(s)
        events.update_event(s, ev.id, title=f"{WORDS['latin']} {SYMBOLS} {WORDS['arabic']}")
        for i in range(len(SCRIPTS)):
            first, last = mixed(i)
            agenda.add_session(s, ev.id, title=f"{first} {last}", duration_minutes=5)
        pdf = agenda_pdf(s, ev.id)
    assert pdfglyphs.problems(pdf) == []
    assert pdfglyphs.pdfium_problems(pdf) == []
    seen = {ch for ch, _f, _w in pdfglyphs.pdfium_chars(pdf)}
    for word in WORDS.values():
        assert pdfglyphs.letters(word) <= seen, word


def test_the_checker_sees_a_box_when_a_font_lacks_the_glyph():
    """The checks above can fail: a symbol drawn in a font without it is found."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as RLFont
    from reportlab.pdfgen.canvas import Canvas

    path = pdfglyphs.bundled_files()["NotoSansHebrew-Regular"]
    pdfmetrics.registerFont(RLFont("TestHebrewOnly", str(path)))
    buf = io.BytesIO()
    c = Canvas(buf)
    c.setFont("TestHebrewOnly", 12)
    c.drawString(10, 10, "נועה ★")  # the Hebrew file has no ★
    c.save()
    assert any("NotoSansHebrew-Regular" in p for p in pdfglyphs.problems(buf.getvalue()))
    assert pdfglyphs.pdfium_problems(buf.getvalue())
