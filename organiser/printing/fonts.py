"""Bundled fonts for every script, per-character fallback and right-to-left shaping.

Venue printers have no CJK or Arabic fonts and ReportLab's built-in CID fonts are
not embedded, so every PDF the app makes uses only the TrueType files shipped in
``resources/fonts/``. Text goes through :func:`shape` (NFC, Arabic joining forms,
bidi reordering into visual order) and is then split into runs, each in the first
bundled font whose cmap has the character, so "Chen Wei 陈伟" prints every glyph.
A character that no bundled font covers is reported by :func:`missing_glyphs`
and left out of the output rather than printed as an empty box.

Devanagari and Thai need OpenType shaping (conjuncts, vowel signs placed before
the consonant). When ``uharfbuzz`` is importable, :func:`draw_text` lets
ReportLab shape those runs with HarfBuzz; without it they print unshaped.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from organiser.resources import resource_path

BASE_FONT = "MO-Sans"
BOLD_FONT = "MO-Sans-Bold"

OFL = "OFL.txt"
APACHE = "LICENSE-Apache-2.0.txt"


@dataclass(frozen=True)
class BundledFont:
    """One shipped font file and the licence that covers it."""

    name: str  # ReportLab font name
    filename: str
    licence: str
    covers: str  # what it is there for (shown in the About dialog)

    @property
    def path(self) -> Path:
        return resource_path("fonts", self.filename)

    @property
    def licence_path(self) -> Path:
        return resource_path("fonts", self.licence)


_REGULAR: tuple[BundledFont, ...] = (
    BundledFont(BASE_FONT, "NotoSans-Regular.ttf", OFL, "Latin, Greek, Cyrillic"),
    BundledFont("MO-Arabic", "NotoSansArabic-Regular.ttf", OFL, "Arabic"),
    BundledFont("MO-Hebrew", "NotoSansHebrew-Regular.ttf", OFL, "Hebrew"),
    BundledFont("MO-Devanagari", "NotoSansDevanagari-Regular.ttf", OFL, "Devanagari"),
    BundledFont("MO-Thai", "NotoSansThai-Regular.ttf", OFL, "Thai"),
    BundledFont("MO-CJK", "DroidSansFallback.ttf", APACHE, "Chinese, Japanese, Korean"),
)
_BOLD: tuple[BundledFont, ...] = (
    BundledFont(BOLD_FONT, "NotoSans-Bold.ttf", OFL, "Latin, Greek, Cyrillic (bold)"),
    BundledFont("MO-Arabic-Bold", "NotoSansArabic-Bold.ttf", OFL, "Arabic (bold)"),
    BundledFont("MO-Hebrew-Bold", "NotoSansHebrew-Bold.ttf", OFL, "Hebrew (bold)"),
    BundledFont("MO-Devanagari-Bold", "NotoSansDevanagari-Bold.ttf", OFL, "Devanagari (bold)"),
    BundledFont("MO-Thai-Bold", "NotoSansThai-Bold.ttf", OFL, "Thai (bold)"),
    # Droid Sans Fallback has no bold face: CJK stays regular in bold text.
    _REGULAR[-1],
)

#: Every bundled font file with its licence text (the About dialog lists these).
FONT_LICENCES: tuple[BundledFont, ...] = tuple({f.name: f for f in (*_REGULAR, *_BOLD)}.values())

# Runs in these fonts need OpenType shaping beyond what arabic-reshaper does.
_COMPLEX = frozenset({"MO-Devanagari", "MO-Devanagari-Bold", "MO-Thai", "MO-Thai-Bold"})

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, frozenset[int]] = {}

Align = Literal["left", "centre", "center", "right"]


def font_licences() -> list[tuple[str, Path, Path]]:
    """(font name, font file, licence file) for each bundled font."""
    return [(f.name, f.path, f.licence_path) for f in FONT_LICENCES]


def font_path(name: str) -> Path:
    """File of a bundled font by its ReportLab name."""
    for f in FONT_LICENCES:
        if f.name == name:
            return f.path
    raise KeyError(name)


def ensure_registered() -> None:
    """Register the bundled fonts with ReportLab (once per process, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for f in FONT_LICENCES:
            if not f.path.is_file():
                from organiser.errors import OrganiserError

                raise OrganiserError(
                    f"The bundled font {f.filename} is missing from {f.path.parent}; "
                    "reinstall the application."
                )
            font = TTFont(f.name, str(f.path))
            pdfmetrics.registerFont(font)
            _cmaps[f.name] = frozenset(font.face.charToGlyph)
        for regular, bold in zip(_REGULAR, _BOLD, strict=True):
            # <b> inside a Paragraph picks the bold face of the same family.
            addMapping(regular.name, 0, 0, regular.name)
            addMapping(regular.name, 0, 1, regular.name)
            addMapping(regular.name, 1, 0, bold.name)
            addMapping(regular.name, 1, 1, bold.name)
            if bold.name != regular.name:
                addMapping(bold.name, 0, 0, bold.name)
                addMapping(bold.name, 1, 0, bold.name)
                addMapping(bold.name, 0, 1, bold.name)
                addMapping(bold.name, 1, 1, bold.name)
        _registered = True


def cmap(name: str) -> frozenset[int]:
    """Code points a bundled font has glyphs for."""
    ensure_registered()
    return _cmaps[name]


# --------------------------------------------------------------------------- shaping


def _is_arabic(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL", "RLE", "RLO", "RLI")


@lru_cache(maxsize=1)
def _reshaper() -> Any:
    import arabic_reshaper

    ensure_registered()
    # Letter ligatures (lam-alef...) the bundled font has, so none turns into a box;
    # no word ligatures: a name spelt محمد must not gain the vowel marks of ﷴ.
    config = arabic_reshaper.config_for_true_type_font(
        str(font_path("MO-Arabic")), arabic_reshaper.ENABLE_LETTERS_LIGATURES
    )
    config["delete_harakat"] = True
    return arabic_reshaper.ArabicReshaper(configuration=config)


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """NFC-normalise, join Arabic letters and reorder right-to-left text for display.

    The result is in visual (left-to-right drawing) order, ready for a PDF canvas.
    """
    text = unicodedata.normalize("NFC", text or "")
    if not any(_is_rtl(ch) for ch in text):
        return text
    if any(_is_arabic(ch) for ch in text):
        text = _reshaper().reshape(text)
    from bidi import get_display

    return str(get_display(text))


# --------------------------------------------------------------------------- runs


def _ignorable(ch: str) -> bool:
    """Invisible format characters (bidi marks, joiners, variation selectors)."""
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Cc") or 0xFE00 <= ord(ch) <= 0xFE0F


def _chain(bold: bool) -> tuple[BundledFont, ...]:
    return _BOLD if bold else _REGULAR


def _pick(ch: str, current: str | None, bold: bool) -> str | None:
    code = ord(ch)
    # Spaces, punctuation, digits and marks stay with the run they are in.
    if current is not None and code in _cmaps[current] and unicodedata.category(ch)[0] in "ZPNMS":
        return current
    for f in _chain(bold):
        if code in _cmaps[f.name]:
            return f.name
    return None


@lru_cache(maxsize=4096)
def _runs(text: str, bold: bool) -> tuple[tuple[str, str], ...]:
    ensure_registered()
    out: list[tuple[str, str]] = []
    current: str | None = None
    buf: list[str] = []
    for ch in shape(text):
        if ch in "\r\n\t":
            ch = " "
        if _ignorable(ch):
            continue
        name = _pick(ch, current, bold)
        if name is None:
            continue  # reported by missing_glyphs(); never drawn as a box
        if name != current and buf:
            assert current is not None
            out.append((current, "".join(buf)))
            buf = []
        current = name
        buf.append(ch)
    if buf and current is not None:
        out.append((current, "".join(buf)))
    return tuple(out)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, text) runs of the shaped text, each in a font that has its glyphs."""
    return list(_runs(text, bold))


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    ensure_registered()
    return frozenset().union(*_cmaps.values())


@lru_cache(maxsize=4096)
def _missing(text: str) -> tuple[str, ...]:
    covered = _covered()
    seen: list[str] = []
    for ch in shape(text):
        if ord(ch) in covered or ch in "\r\n\t" or ch in seen or _ignorable(ch):
            continue
        seen.append(ch)
    return tuple(seen)


def missing_glyphs(text: str) -> list[str]:
    """Characters that no bundled font can print (each once, in order)."""
    return list(_missing(text))


def fonts_used(text: str, bold: bool = False) -> set[str]:
    """Names of the bundled fonts the text is printed with."""
    return {name for name, _ in _runs(text, bold)}


def para_markup(text: str, bold: bool = False) -> str:
    """Markup for a platypus Paragraph: escaped text in ``<font name=...>`` runs.

    Use it with the style's default ``shaping=0``: the text is already shaped.
    Devanagari/Thai runs are shaped by HarfBuzz here (when available) into the
    font's own glyphs, so conjuncts come out right inside a Paragraph too.
    """
    return "".join(
        f'<font name="{name}">{escape(str(_shaped(name, chunk, 10.0)))}</font>'
        for name, chunk in _runs(text, bold)
    )


# --------------------------------------------------------------------------- canvas


@lru_cache(maxsize=1)
def harfbuzz_available() -> bool:
    """True when ReportLab could import uharfbuzz (needed for Devanagari and Thai)."""
    from reportlab.pdfbase import ttfonts

    return ttfonts.uharfbuzz is not None


def _shaped(name: str, chunk: str, size: float) -> Any:
    """HarfBuzz-shaped string for complex-script runs, else the chunk itself."""
    if name in _COMPLEX and harfbuzz_available():
        from reportlab.pdfbase.ttfonts import shapeStr

        return shapeStr(chunk, name, size)
    return chunk


def _width(name: str, chunk: Any, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    data = getattr(chunk, "__shapeData__", None)
    if data is not None:
        return float(sum(d.x_advance for d in data)) * size / 1000.0
    return float(pdfmetrics.stringWidth(chunk, name, size))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of the text as :func:`draw_text` prints it."""
    return sum(_width(n, _shaped(n, c, size), size) for n, c in _runs(text, bold))


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    align: Align = "left",
) -> float:
    """Draw one line at baseline ``y``; ``x`` is the left edge, centre or right edge.

    Returns the drawn width in points.
    """
    pieces = [(n, _shaped(n, c, size)) for n, c in _runs(text, bold)]
    widths = [_width(n, c, size) for n, c in pieces]
    total = sum(widths)
    if align in ("centre", "center"):
        x -= total / 2.0
    elif align == "right":
        x -= total
    for (name, chunk), w in zip(pieces, widths, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += w
    return total
