"""Text folding for search and matching: case- and accent-insensitive, any script."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that do not decompose into base + accent in Unicode.
_SPECIAL = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"}
)
# German-style spellings people type without the umlaut key ("mueller").
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


# Invisible characters search ignores: zero-width space/joiners, word joiner, BOM,
# soft hyphen, and the bidirectional controls.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)],
    None,
)


def fold(text: str) -> str:
    """Lower-case, strip accents and invisible characters, keep non-Latin scripts (NFC)."""
    if not text:  # an empty cell (most optional columns): nothing to fold
        return ""
    if text.isascii():  # the common case (most cells): the same result, quicker
        return text.lower()
    text = text.translate(_INVISIBLE)
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def variants(text: str) -> set[str]:
    """The folded text plus its German transliteration when that differs."""
    base = fold(text)
    out = {base}
    german = unicodedata.normalize("NFC", (text or "").casefold()).translate(_GERMAN)
    if german != (text or "").casefold():
        out.add(fold(german))
    return out


def search_key(*parts: str | None) -> str:
    """One string to match typed queries against with ``in``."""
    keys: list[str] = []
    for part in parts:
        if part:
            for v in sorted(variants(part)):
                if v not in keys:
                    keys.append(v)
    return " ".join(keys)


def name_key(first: str, last: str) -> str:
    """Normalised full name for matching people across imports and events."""
    return " ".join(fold(f"{first} {last}").replace("-", " ").split())


@functools.lru_cache(maxsize=8192)
def _part_keys(part: str) -> tuple[str, ...]:
    if part.isascii():
        return (part.lower(),)
    return tuple(sorted(variants(part)))


def fast_search_key(*parts: str | None) -> str:
    """Same result as :func:`search_key`, quicker (ASCII, repeated names), at most 800 chars."""
    keys: list[str] = []
    for p in parts:
        if not p:
            continue
        if p.isascii():  # most parts: one key, no cache look-up
            k = p.lower()
            if k not in keys:
                keys.append(k)
            continue
        for k in _part_keys(p):
            if k not in keys:
                keys.append(k)
    return " ".join(keys)[:800]


_CJK_CHARS = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_WORD = re.compile(f"[{_CJK_CHARS}\\W\\d_]+")
_CJK_RE = re.compile(f"[{_CJK_CHARS}]")


def is_cjk(token: str) -> bool:
    """A word written in Han, kana or Hangul (punctuation and digits allowed)."""
    if not token or token.isascii():
        return False
    return _CJK_RE.search(token) is not None and _CJK_WORD.fullmatch(token) is not None


def family_name_first(first: str, last: str) -> bool:
    """Names in Chinese, Japanese or Korean script are said and written family name first."""
    return bool(first and last) and is_cjk(first.strip()) and is_cjk(last.strip())


def person_name(first: str, last: str) -> str:
    """A person's whole name in the order their own script writes it.

    "Giulia" + "Rossi" reads "Giulia Rossi"; "花子" + "佐藤" reads "佐藤 花子" (family
    name first, as it was written), never "花子 佐藤".
    """
    first, last = (first or "").strip(), (last or "").strip()
    if family_name_first(first, last):
        return f"{last} {first}"
    return " ".join(p for p in (first, last) if p)
