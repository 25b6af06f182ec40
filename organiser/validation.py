"""Field validators shared by the services, the GUI editors and the importers.

Each returns the cleaned value or raises :class:`ValidationError` with a
message a person understands.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from organiser.errors import ValidationError

_EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


def clean_text(value: str | None) -> str:
    """NFC-normalise and strip; control characters other than newline/tab go."""
    if value is None:
        return ""
    text = str(value)
    if text.isascii() and text.isprintable():  # the common case: nothing to remove (quicker)
        return text.strip()
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return text.translate(BIDI_CONTROLS).strip()


# Bidirectional overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069)
# and the marks U+200E/U+200F: invisible, they make "Eve<U+202E>gnp.exe" print
# as something else than what it is. Names are what they say.
BIDI_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F], None
)


def required(value: str | None, field: str, label: str) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(field, f"{label} cannot be empty.")
    return text


def optional_email(value: str | None, field: str = "email") -> str | None:
    text = clean_text(value)
    if not text:
        return None
    if len(text) > 254 or not _EMAIL_RE.match(text):
        raise ValidationError(field, f"“{text}” is not an email address like name@example.org.")
    return text


def optional_url(
    value: str | None,
    field: str = "url",
    schemes: tuple[str, ...] = ("http", "https"),
    label: str = "The link",
) -> str | None:
    """Accept only the given URL schemes and a host; anything else is refused."""
    text = clean_text(value)
    if not text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise ValidationError(field, f"{label} “{text}” is not a valid web address.") from exc
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        allowed = " or ".join(f"{s}://" for s in schemes)
        if not scheme:
            raise ValidationError(field, f"{label} “{text}” must start with {allowed}.")
        raise ValidationError(
            field, f"{label} uses “{scheme}:”, which is not allowed here; use {allowed}."
        )
    if not parts.hostname or any(ch.isspace() for ch in text):
        raise ValidationError(field, f"{label} “{text}” has no valid host name.")
    return text


def capacity(value: int | None, field: str = "capacity") -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ValidationError(field, f"Capacity “{value}” is not a whole number.") from exc
    if number < 0:
        raise ValidationError(field, "Capacity cannot be negative.")
    return number


def choice(value: str, allowed: tuple[str, ...], field: str, label: str) -> str:
    if value not in allowed:
        raise ValidationError(field, f"{label} “{value}” is not one of: {', '.join(allowed)}.")
    return value
