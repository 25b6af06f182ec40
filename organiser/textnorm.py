"""Text folding for search: case- and accent-insensitive, any script."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose into base + accent in Unicode.
_SPECIAL = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"}
)
# German-style spellings people type without the umlaut key ("mueller").
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """Lower-case, strip accents, keep non-Latin scripts as they are (NFC)."""
    lowered = unicodedata.normalize("NFC", text or "").casefold().translate(_SPECIAL)
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
