"""Font fallback per character: which bundled file prints each glyph (no PDF: fast).

The expected runs are written by hand from the rule (each character in the
first font of the chain whose cmap has it; spaces, punctuation, digits, marks
and symbols stay in the run they are in when that font has them). The facts
about the font files they rely on are checked first with fontTools, which reads
the shipped files independently of ReportLab and of the code under test.
"""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase.pdfmetrics import stringWidth

from organiser.errors import OrganiserError
from organiser.printing import fonts

SANS, SANS_B = "MO-Sans", "MO-Sans-Bold"


@pytest.fixture(autouse=True)
def fresh_caches():
    """Work the runs out anew in each test, not from an earlier test's cache."""
    for cached in (fonts.shape, fonts._runs, fonts._missing, fonts._covered):
        cached.cache_clear()
    yield


@pytest.fixture(scope="module")
def has():
    """has(font, char): the shipped file's own cmap says it has a glyph for char."""
    cmaps = {}
    for name, filename in [
        (SANS, "NotoSans-Regular.ttf"),
        (SANS_B, "NotoSans-Bold.ttf"),
        ("MO-CJK", "DroidSansFallback.ttf"),
        ("MO-Arabic", "NotoSansArabic-Regular.ttf"),
        ("MO-Devanagari-Bold", "NotoSansDevanagari-Bold.ttf"),
    ]:
        path = fonts.resource_path("fonts", filename)
        cmaps[name] = set(TTFont(str(path), lazy=True).getBestCmap())
    return lambda font, ch: ord(ch) in cmaps[font]


def test_a_name_in_two_scripts_prints_each_in_its_font(has):
    assert has(SANS, "C") and not has(SANS, "陈") and has("MO-CJK", "陈")
    assert fonts.runs("Chen Wei 陈伟") == [(SANS, "Chen Wei "), ("MO-CJK", "陈伟")]
    assert fonts.runs("Chen Wei 陈伟", bold=True) == [(SANS_B, "Chen Wei "), ("MO-CJK", "陈伟")]
    assert fonts.fonts_used("Chen Wei 陈伟") == {SANS, "MO-CJK"}
    assert fonts.fonts_used("Chen Wei 陈伟", bold=True) == {SANS_B, "MO-CJK"}


def test_punctuation_the_current_font_lacks_moves_to_one_that_has_it(has):
    # Droid Sans Fallback has a space but no comma and no digits
    assert has("MO-CJK", " ") and not has("MO-CJK", ",") and not has("MO-CJK", "2")
    assert fonts.runs("陈伟, Ana") == [("MO-CJK", "陈伟"), (SANS, ", Ana")]
    assert fonts.runs("陈伟 2026") == [("MO-CJK", "陈伟 "), (SANS, "2026")]
    assert fonts.runs("陈伟 2026", bold=True) == [("MO-CJK", "陈伟 "), (SANS_B, "2026")]


def test_punctuation_the_current_font_has_stays_in_its_run(has):
    assert has("MO-Devanagari-Bold", ",") and has("MO-Devanagari-Bold", " ")
    assert fonts.runs("प्रिया, Ana", bold=True) == [
        ("MO-Devanagari-Bold", "प्रिया, "),
        (SANS_B, "Ana"),
    ]


def test_a_letter_never_stays_in_a_font_just_because_it_has_it(has):
    assert has(SANS, "И") and not has("MO-CJK", "И")
    assert fonts.runs("李娜 Иван") == [("MO-CJK", "李娜 "), (SANS, "Иван")]


def test_symbols_print_in_a_font_that_has_them_or_not_at_all(has):
    assert has(SANS, "©") and not any(has(f, "✓") for f in (SANS, "MO-CJK", "MO-Arabic"))
    assert fonts.runs("Ana ✓ ©") == [(SANS, "Ana  ©")]
    assert fonts.missing_glyphs("Ana ✓ ©") == ["✓"]


def test_missing_glyphs_are_each_reported_once_in_order():
    assert fonts.missing_glyphs("Ana ✓ ✓ \n\t\r\u200d ☃ 陈") == ["✓", "☃"]
    assert fonts.missing_glyphs("Ana Rossi") == []
    assert fonts.missing_glyphs("") == []


def test_line_breaks_and_tabs_print_as_spaces():
    assert fonts.runs("Ana\nRossi\tX\rY") == [(SANS, "Ana Rossi X Y")]


def test_invisible_format_characters_are_not_printed():
    # zero-width space and joiner (Cf), a variation selector, a control character
    assert fonts.runs("Ana\u200bRossi\ufe0f\u200d\x07") == [(SANS, "AnaRossi")]
    assert fonts.runs("\ufe00Ana\ufe0e") == [(SANS, "Ana")]
    assert fonts.missing_glyphs("Ana\ufe0f\x07") == []


def test_text_with_nothing_printable_has_no_runs():
    assert fonts.runs("") == []
    assert fonts.runs("✓☃") == []
    assert fonts.fonts_used("✓") == set()


def test_arabic_prints_in_the_arabic_files_regular_and_bold():
    assert fonts.fonts_used("ليلى") == {"MO-Arabic"}
    assert fonts.fonts_used("ليلى", bold=True) == {"MO-Arabic-Bold"}
    assert fonts.fonts_used("ליה") == {"MO-Hebrew"}
    assert fonts.fonts_used("ליה", bold=True) == {"MO-Hebrew-Bold"}
    assert fonts.fonts_used("สมชาย", bold=True) == {"MO-Thai-Bold"}


def test_right_to_left_text_is_drawn_in_visual_order():
    assert fonts.shape("נועה לוי") == "יול העונ"
    assert fonts.shape("ML נועה") == "ML העונ"
    assert fonts.shape("Zoe\u0308") == "Zoë"
    assert fonts.shape("") == ""
    # Arabic joined: no bare letter of the basic block is left
    assert not any(0x0600 <= ord(c) <= 0x06FF for c in fonts.shape("ليلى منصور"))


def test_bold_markup_picks_the_bold_file_of_the_same_family():
    fonts.ensure_registered()
    assert tt2ps(SANS, 1, 0) == SANS_B
    assert tt2ps(SANS, 1, 1) == SANS_B
    assert tt2ps(SANS, 0, 1) == SANS
    assert tt2ps(SANS, 0, 0) == SANS
    assert tt2ps("MO-Arabic", 1, 0) == "MO-Arabic-Bold"
    assert tt2ps("MO-Arabic-Bold", 0, 0) == "MO-Arabic-Bold"
    assert tt2ps("MO-Arabic-Bold", 0, 1) == "MO-Arabic-Bold"
    assert tt2ps("MO-Arabic-Bold", 1, 1) == "MO-Arabic-Bold"
    assert tt2ps("MO-CJK", 1, 0) == "MO-CJK"


def test_each_name_maps_to_its_file():
    assert fonts.font_path("MO-CJK").name == "DroidSansFallback.ttf"
    assert fonts.font_path(SANS_B).name == "NotoSans-Bold.ttf"
    with pytest.raises(KeyError) as info:
        fonts.font_path("Helvetica")
    assert info.value.args == ("Helvetica",)


def test_a_missing_font_file_says_which_and_what_to_do(monkeypatch, tmp_path):
    fonts.ensure_registered()
    lost = fonts.BundledFont("MO-Lost", "NotoSans-Lost.ttf", fonts.OFL, "nothing")
    monkeypatch.setattr(fonts, "FONT_LICENCES", (lost,))
    monkeypatch.setattr(fonts, "_registered", False)
    with pytest.raises(OrganiserError) as info:
        fonts.ensure_registered()
    text = str(info.value)
    assert "The bundled font NotoSans-Lost.ttf is missing from " in text
    assert text.endswith("; reinstall the application.")


class Recorder:
    """A canvas that records what would be drawn."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float, str]] = []
        self.font = ""
        self.sizes: list[float] = []
        self.baselines: list[float] = []
        self.shaped: list[bool] = []

    def setFont(self, name: str, size: float) -> None:  # noqa: N802 (ReportLab's name)
        self.font = name
        self.sizes.append(size)

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.calls.append((self.font, round(x, 3), text))
        self.baselines.append(y)
        self.shaped.append(hasattr(text, "__shapeData__"))


@pytest.mark.parametrize(
    "align, shift", [("left", 0.0), ("centre", 0.5), ("center", 0.5), ("right", 1.0)]
)
def test_draw_text_places_each_run_after_the_previous_one(align, shift):
    w1 = stringWidth("Chen ", SANS, 12)
    w2 = stringWidth("陈伟", "MO-CJK", 12)
    canvas = Recorder()
    total = fonts.draw_text(canvas, 100, 700, "Chen 陈伟", 12, align=align)
    assert total == pytest.approx(w1 + w2)
    x0 = round(100 - shift * (w1 + w2), 3)
    assert canvas.calls == [(SANS, x0, "Chen "), ("MO-CJK", round(x0 + w1, 3), "陈伟")]
    assert fonts.text_width("Chen 陈伟", 12) == pytest.approx(w1 + w2)


def test_bold_text_is_measured_in_the_bold_file():
    assert fonts.text_width("Ana", 10, bold=True) == pytest.approx(stringWidth("Ana", SANS_B, 10))
    assert fonts.text_width("Ana", 10) == pytest.approx(stringWidth("Ana", SANS, 10))
    assert stringWidth("Ana", SANS_B, 10) != stringWidth("Ana", SANS, 10)


def test_paragraph_markup_names_the_font_of_each_run_and_escapes_text():
    assert fonts.para_markup("A&B 陈") == (
        f'<font name="{SANS}">A&amp;B </font><font name="MO-CJK">陈</font>'
    )
    assert fonts.para_markup("Ana", bold=True) == f'<font name="{SANS_B}">Ana</font>'


def test_bold_is_drawn_with_the_bold_file_at_the_given_size_and_baseline():
    canvas = Recorder()
    fonts.draw_text(canvas, 10, 321.5, "Ana 陈", 17, bold=True)
    assert [c[0] for c in canvas.calls] == [SANS_B, "MO-CJK"]
    assert canvas.sizes == [17, 17]
    assert canvas.baselines == [321.5, 321.5]


def _harfbuzz_width(font: str, text: str, size: float) -> float:
    """Advance of the text shaped by HarfBuzz itself, read from the font file."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(fonts.font_path(font))))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(face), buf)
    return sum(p.x_advance for p in buf.glyph_positions) * size / face.upem


@pytest.mark.parametrize("size", [12, 30])
def test_devanagari_is_drawn_shaped_and_measured_as_harfbuzz_shapes_it(size):
    if not fonts.harfbuzz_available():
        pytest.skip("not applicable: uharfbuzz is not installed")
    name = "प्रिया"  # the conjunct प्र is one glyph once shaped
    expected = _harfbuzz_width("MO-Devanagari", name, size)
    assert expected != pytest.approx(stringWidth(name, "MO-Devanagari", size))  # unshaped
    assert fonts.text_width(name, size) == pytest.approx(expected)
    canvas = Recorder()
    assert fonts.draw_text(canvas, 0, 0, name, size, align="right") == pytest.approx(expected)
    assert canvas.shaped == [True]
    assert canvas.calls[0][1] == round(-expected, 3)


def test_devanagari_markup_carries_the_shaped_glyphs():
    if not fonts.harfbuzz_available():
        pytest.skip("not applicable: uharfbuzz is not installed")
    from xml.sax.saxutils import escape

    from reportlab.pdfbase.ttfonts import shapeStr

    shaped = str(shapeStr("प्रिया", "MO-Devanagari", 10.0))
    assert shaped != "प्रिया"
    assert fonts.para_markup("प्रिया") == f'<font name="MO-Devanagari">{escape(shaped)}</font>'


def test_a_right_to_left_override_prints_the_letters_reversed():
    # U+202E RIGHT-TO-LEFT OVERRIDE: the letters after it are drawn right to left
    assert fonts.runs("\u202eabc\u202c") == [(SANS, "cba")]
    assert fonts.runs("abc") == [(SANS, "abc")]


def test_a_vertical_comma_after_a_chinese_name_is_printed_not_dropped(has):
    assert has("MO-CJK", "\ufe10")  # PRESENTATION FORM FOR VERTICAL COMMA
    assert fonts.runs("陈伟\ufe10") == [("MO-CJK", "陈伟\ufe10")]


SAMPLES = {
    "MO-Sans": "AzЖΩ",
    "MO-Sans-Bold": "AzЖΩ",
    "MO-Arabic": "لمن",
    "MO-Arabic-Bold": "لمن",
    "MO-Hebrew": "אבג",
    "MO-Hebrew-Bold": "אבג",
    "MO-Devanagari": "कखग",
    "MO-Devanagari-Bold": "कखग",
    "MO-Thai": "กขค",
    "MO-Thai-Bold": "กขค",
    "MO-CJK": "陈伟東",
}


def test_registering_the_fonts_reads_each_files_characters_and_bold_faces(monkeypatch):
    import reportlab.lib.fonts as rl_fonts

    fonts.ensure_registered()
    # forget this process's registration: cmaps and ReportLab's bold/italic table
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "_cmaps", {})
    table = {k: v for k, v in rl_fonts._tt2ps_map.items() if not str(k[0]).startswith("mo-")}
    monkeypatch.setattr(rl_fonts, "_tt2ps_map", table)
    fonts.ensure_registered()
    assert fonts._registered is True
    assert set(fonts._cmaps) == set(SAMPLES)
    for name, text in SAMPLES.items():
        own = set(TTFont(str(fonts.font_path(name)), lazy=True).getBestCmap())
        got = fonts.cmap(name)
        assert {ord(ch) for ch in text} <= got, name
        assert len(got & own) > 0.95 * len(own), name
    families = [
        ("MO-Sans", "MO-Sans-Bold"),
        ("MO-Arabic", "MO-Arabic-Bold"),
        ("MO-Hebrew", "MO-Hebrew-Bold"),
        ("MO-Devanagari", "MO-Devanagari-Bold"),
        ("MO-Thai", "MO-Thai-Bold"),
        ("MO-CJK", "MO-CJK"),
    ]
    for regular, bold in families:
        for face in (regular, bold):
            assert [tt2ps(face, b, i) for b, i in ((0, 0), (0, 1), (1, 0), (1, 1))] == [
                regular if face == regular else bold,
                regular if face == regular else bold,
                bold,
                bold,
            ], face
    assert ord("A") not in fonts.cmap("MO-CJK")


def test_a_single_right_to_left_word_is_joined_and_reversed_too():
    assert fonts.shape("נועה") == "העונ"
    joined = fonts.shape("ليلى")
    assert not any(0x0600 <= ord(c) <= 0x06FF for c in joined)
    assert fonts.runs("ليلى") == [("MO-Arabic", joined)]
