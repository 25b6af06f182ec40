"""Bundled fonts: every script prints with a font that has its glyphs."""

from __future__ import annotations

import io
import sys
import threading
import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from organiser import resources
from organiser.printing import fonts
from tests.tools import pdfglyphs

ROOT = Path(__file__).resolve().parents[2]

NAMES = {
    "latin": "Zoë Müller-Łukasiewicz",
    "greek": "Γιώργος Παπαδόπουλος",
    "cyrillic": "Иван Петров",
    "chinese": "李娜 清华大学",
    "japanese": "田中 由紀 東京AIラボ",
    "korean": "김민준 서울 데이터 연구소",
    "arabic": "ليلى منصور",
    "hebrew": "נועה לוי",
    "devanagari": "प्रिया शर्मा",
    "thai": "สมชาย ใจดี",
}


@pytest.fixture(scope="module")
def cmaps() -> dict[str, set[int]]:
    """Read each bundled font's cmap independently of ReportLab."""
    out = {}
    for f in fonts.FONT_LICENCES:
        tt = TTFont(str(f.path), lazy=True)
        out[f.name] = set(tt.getBestCmap())
    return out


def test_fonts_are_bundled_truetype_with_their_licences():
    for f in fonts.FONT_LICENCES:
        assert f.path.is_file(), f.path
        assert f.path.is_relative_to(ROOT / "resources" / "fonts")
        assert "glyf" in TTFont(str(f.path), lazy=True), f"{f.filename} is not TrueType-outline"
        text = f.licence_path.read_text(encoding="utf-8")
        assert "Open Font License" in text or "Apache License" in text
    names = {name for name, _, _ in fonts.font_licences()}
    assert {fonts.BASE_FONT, fonts.BOLD_FONT} <= names


@pytest.mark.parametrize("script", sorted(NAMES))
@pytest.mark.parametrize("bold", [False, True])
def test_each_script_uses_a_font_whose_cmap_has_its_glyphs(script, bold):
    name = NAMES[script]
    assert fonts.missing_glyphs(name) == []
    buf = io.BytesIO()
    c = Canvas(buf)
    fonts.draw_text(c, 40, 700, name, 14, bold=bold)
    c.save()
    pdf = buf.getvalue()
    # Read back from the PDF, not from fonts.runs(): every character is in the cmap of
    # the shipped file its run is drawn in, no .notdef, bold text in the Bold files.
    assert pdfglyphs.problems(pdf) == []
    used = {r.font for r in pdfglyphs.runs(pdf) if r.text.strip()}
    assert used, name
    for font in used - {"DroidSansFallback"}:  # the CJK font has no bold face
        assert font.endswith("-Bold") == bold, (font, bold)
    # Nothing but spaces was dropped on the way.
    read = {ch for ch, _font, _weight in pdfglyphs.pdfium_chars(pdf)}
    assert pdfglyphs.letters(name) <= read


def test_mixed_name_falls_back_per_character(cmaps):
    r = fonts.runs("Chen Wei 陈伟")
    assert r == [(fonts.BASE_FONT, "Chen Wei "), ("MO-CJK", "陈伟")]
    assert fonts.fonts_used("Chen Wei 陈伟") == {fonts.BASE_FONT, "MO-CJK"}
    assert '<font name="MO-CJK">陈伟</font>' in fonts.para_markup("Chen Wei 陈伟")


def test_arabic_is_joined_and_in_visual_order():
    shaped = fonts.shape("عمر حداد")
    # Joining forms only: no bare (unshaped) Arabic letters remain.
    assert not any(0x0600 <= ord(c) <= 0x06FF for c in shaped)
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in shaped if c != " ")
    # First word read right-to-left is drawn last: "حداد" (reversed) comes first.
    first, second = shaped.split(" ")

    def logical(word: str) -> str:
        return "".join(unicodedata.normalize("NFKC", c) for c in reversed(word))

    assert logical(first) == "حداد"
    assert logical(second) == "عمر"
    # Initial form of ح (U+FEA3) opens the word حداد in logical order.
    assert first[-1] == "\ufea3"


def test_hebrew_is_reversed_and_latin_untouched():
    assert fonts.shape("נועה לוי") == "יול העונ"
    assert fonts.shape("Tel Aviv ML") == "Tel Aviv ML"
    # Mixed: Latin keeps its order, Hebrew reads right to left.
    assert fonts.shape("ML נועה") == "ML העונ"


def test_nfc_normalisation():
    decomposed = "Zoe\u0308"
    assert fonts.shape(decomposed) == "Zoë"
    assert fonts.runs(decomposed) == [(fonts.BASE_FONT, "Zoë")]


def test_uncovered_characters_are_reported_and_not_drawn():
    text = "Ada \U00013000 Lovelace \U0001f600"
    assert fonts.missing_glyphs(text) == ["\U00013000", "\U0001f600"]
    buf = io.BytesIO()
    c = Canvas(buf)
    fonts.draw_text(c, 50, 700, text, 14)
    c.save()
    extracted = PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    assert "Ada" in extracted and "Lovelace" in extracted
    assert "\U0001f600" not in extracted and "\U00013000" not in extracted


def test_draw_text_prints_every_script_and_aligns():
    buf = io.BytesIO()
    c = Canvas(buf)
    w = fonts.draw_text(c, 300, 700, "Chen Wei 陈伟", 14, align="right")
    assert w == pytest.approx(fonts.text_width("Chen Wei 陈伟", 14))
    assert fonts.text_width("Chen Wei 陈伟", 28) == pytest.approx(2 * w)
    fonts.draw_text(c, 300, 650, "Иван Петров", 14, bold=True, align="centre")
    c.save()
    text = PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    assert "陈伟" in text and "Иван Петров" in text


def test_registration_is_idempotent_across_threads():
    errors: list[BaseException] = []

    def go() -> None:
        try:
            fonts.ensure_registered()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fonts.ensure_registered()
    assert errors == []
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(fonts.BASE_FONT).face.filename.endswith("NotoSans-Regular.ttf")


def test_resource_path_in_a_frozen_bundle(monkeypatch, tmp_path):
    monkeypatch.delenv("ORGANISER_RESOURCES", raising=False)
    assert resources.resource_path("fonts") == ROOT / "resources" / "fonts"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resources.resource_path("fonts", "OFL.txt") == tmp_path / "resources" / "fonts" / "OFL.txt"
    )


def test_devanagari_is_shaped_with_harfbuzz_on_canvas_and_in_paragraphs():
    if not fonts.harfbuzz_available():
        pytest.skip("uharfbuzz is not installed: Devanagari prints unshaped")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    name = "प्रिया शर्मा"
    markup = fonts.para_markup(name)
    # The short-i sign is drawn before its consonant cluster: the glyph order changed.
    assert name not in markup and 'name="MO-Devanagari"' in markup
    # Conjuncts narrow the line compared with the unshaped letters.
    from reportlab.pdfbase import pdfmetrics

    unshaped = pdfmetrics.stringWidth(name, "MO-Devanagari", 20)
    assert fonts.text_width(name, 20) < unshaped
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([Paragraph(markup, ParagraphStyle("p", fontName="MO-Sans"))])
    assert buf.getvalue().startswith(b"%PDF")
