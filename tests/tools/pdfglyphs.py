"""What a PDF really draws, read without ReportLab or organiser.printing.

Walks each page's content stream (and its form XObjects) with pypdf, and for
every string shown records the font resource it is shown in, the characters
(through the font's own ToUnicode map), the character codes, whether the font
file is embedded, and which glyph of the embedded font file each code draws
(read with fontTools). Tests then check each character against the cmap of
the bundled font file the run names, and that no code draws ``.notdef``.
"""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = ROOT / "resources" / "fonts"


@dataclass(frozen=True)
class Run:
    page: int
    font: str  # PostScript name without the subset prefix, e.g. "NotoSans-Bold"
    text: str  # through the ToUnicode map
    codes: bytes
    embedded: bool
    drawn: tuple[tuple[str, tuple], ...]  # per code: its characters, its glyph's outline


@cache
def bundled_files() -> dict[str, Path]:
    """PostScript name (name table, ID 6) -> shipped font file."""
    out = {}
    for path in sorted(FONT_DIR.glob("*.ttf")):
        tt = TTFont(str(path), lazy=True)
        out[str(tt["name"].getDebugName(6))] = path
    return out


@cache
def file_cmap(path: Path) -> frozenset[int]:
    return frozenset(TTFont(str(path), lazy=True).getBestCmap())


def _to_unicode(font: dict) -> dict[int, str]:
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be") if dst else ""
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(start + i)
    return out


def _outline(tt: TTFont, name: str) -> tuple:
    glyph = tt["glyf"][name]
    if glyph.numberOfContours == 0:
        return ()
    coords, ends, _flags = glyph.getCoordinates(tt["glyf"])
    return (tuple(ends), tuple(coords))


@cache
def notdef_outline(path: Path) -> tuple:
    """The empty-box glyph (glyph 0) of a shipped font file."""
    tt = TTFont(str(path))
    return _outline(tt, tt.getGlyphOrder()[0])


def _outlines(font: dict) -> dict[int, tuple] | None:
    """Code -> outline of the glyph it draws in the embedded font file (None: not embedded)."""
    desc = font.get("/FontDescriptor")
    stream = desc.get_object().get("/FontFile2") if desc is not None else None
    if stream is None:
        return None
    tt = TTFont(io.BytesIO(stream.get_object().get_data()))
    out: dict[int, tuple] = {}
    for table in tt["cmap"].tables:
        for code, name in table.cmap.items():
            out.setdefault(code & 0xFF if table.platformID == 3 else code, _outline(tt, name))
    return out


def _strings(operands: list, operator: bytes) -> list[bytes]:
    if operator in (b"Tj", b"'"):
        return [bytes(operands[0].original_bytes)]
    if operator == b'"':
        return [bytes(operands[2].original_bytes)]
    if operator == b"TJ":
        return [bytes(x.original_bytes) for x in operands[0] if hasattr(x, "original_bytes")]
    return []


def runs(pdf: bytes) -> list[Run]:
    reader = PdfReader(io.BytesIO(pdf))
    out: list[Run] = []
    maps: dict[int, tuple[dict[int, str], dict[int, tuple] | None]] = {}

    def walk(page_no: int, content, resources) -> None:
        fonts = resources.get("/Font", {}) if resources else {}
        fonts = fonts.get_object() if hasattr(fonts, "get_object") else fonts
        xobjects = resources.get("/XObject", {}) if resources else {}
        current = None
        for operands, operator in ContentStream(content, reader).operations:
            if operator == b"Tf":
                current = fonts[operands[0]].get_object()
            elif operator == b"Do":
                xo = xobjects[operands[0]].get_object()
                if xo.get("/Subtype") == "/Form":
                    walk(page_no, xo, xo.get("/Resources", resources))
            else:
                for raw in _strings(operands, operator):
                    assert current is not None, "text shown before any font was set"
                    out.append(_run(page_no, current, raw, maps))

    for i, page in enumerate(reader.pages):
        walk(i, page.get_contents(), page.get("/Resources"))
    return out


def _run(page_no: int, font: dict, raw: bytes, maps: dict) -> Run:
    key = id(font)
    if key not in maps:
        maps[key] = (_to_unicode(font), _outlines(font))
    tounicode, glyphs = maps[key]
    base = str(font["/BaseFont"]).lstrip("/")
    name = base.split("+", 1)[1] if "+" in base[:7] else base
    text = "".join(tounicode.get(c, "\ufffd") for c in raw)
    drawn = tuple((tounicode.get(c, "\ufffd"), (glyphs or {}).get(c, ())) for c in raw)
    return Run(page_no, name, text, raw, glyphs is not None, drawn)


def problems(pdf: bytes) -> list[str]:
    """Every way a drawn character could come out as an empty box, as readable lines."""
    files = bundled_files()
    found = []
    for r in runs(pdf):
        if not r.text.strip():
            continue
        if r.font not in files:
            found.append(f"page {r.page + 1}: {r.text!r} drawn in {r.font}, not a bundled font")
            continue
        if not r.embedded:
            found.append(f"page {r.page + 1}: {r.font} is not embedded")
        cmap = file_cmap(files[r.font])
        for ch in r.text:
            # HarfBuzz-shaped conjuncts (Devanagari, Thai) have no code point of their own:
            # ReportLab names them in the Private Use Area; their outline is checked below.
            if ch != " " and ord(ch) not in cmap and not 0xE000 <= ord(ch) <= 0xF8FF:
                found.append(f"page {r.page + 1}: {ch!r} U+{ord(ch):04X} not in {r.font}'s cmap")
        box = notdef_outline(files[r.font])
        for chars, outline in r.drawn:
            if box and outline == box:
                found.append(f"page {r.page + 1}: {r.text!r} in {r.font} draws the .notdef box")
            elif "\x00" in chars or (not outline and chars.strip() and r.embedded):
                # ReportLab draws a character its font lacks as code 0: an empty glyph.
                found.append(f"page {r.page + 1}: {r.text!r} in {r.font} draws an empty glyph")
    return found


def letters(word: str) -> set[str]:
    """The letters a reader finds again: consonants joined by a virama (प्र) are one glyph."""
    joined = {i + d for i, ch in enumerate(word) if ch == "\u094d" for d in (-1, 1)}
    return {c for i, c in enumerate(word) if unicodedata.category(c)[0] == "L" and i not in joined}


def pdfium_chars(pdf: bytes) -> list[tuple[str, str, int]]:
    """(character, font name, font weight) for every character pdfium reads."""
    doc = pdfium.PdfDocument(pdf)
    out = []
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    for page in doc:
        tp = page.get_textpage()
        for i in range(pdfium_c.FPDFText_CountChars(tp.raw)):
            code = pdfium_c.FPDFText_GetUnicode(tp.raw, i)
            if chr(code) in "\r\n":
                continue
            pdfium_c.FPDFText_GetFontInfo(tp.raw, i, buf, len(buf), ctypes.byref(flags))
            name = buf.value.decode("latin-1")
            out.append(
                (chr(code), name.split("+", 1)[-1], pdfium_c.FPDFText_GetFontWeight(tp.raw, i))
            )
    return out


def pdfium_problems(pdf: bytes) -> list[str]:
    files = bundled_files()
    found = []
    for ch, font, _weight in pdfium_chars(pdf):
        if ch in ("\x00", "\ufffd", "\ufffe"):
            found.append(f"pdfium reads an empty box in {font}")
        elif font not in files:
            found.append(f"pdfium reads {ch!r} in {font}, not a shipped font")
        elif (
            not ch.isspace()
            and ord(ch) not in file_cmap(files[font])
            and not 0xE000 <= ord(ch) <= 0xF8FF  # a shaped conjunct (see pdfglyphs)
        ):
            found.append(f"pdfium reads {ch!r} in {font}, whose cmap lacks it")
    return found
