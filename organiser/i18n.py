"""Output language: one gettext catalogue for the core, local formats from CLDR.

Every text that leaves the laptop (badges, agenda PDF, briefing, announcement,
ICS, checklist, warnings) is written in the *output language* of its event:
``events.language``, overridden by ``--lang`` on the command line, English when
neither is set. A language is an IETF-like tag, optionally with a region
(``it``, ``en-US``, ``de-AT``): the words come from the language's catalogue
(``resources/locale/<lang>/LC_MESSAGES/organiser.mo``, compiled from the
``.po`` beside it by ``tools/update_catalogue.py``), the date and time formats
from the CLDR data of language plus region (Babel). Plain ``en`` formats as
en-GB (24-hour clock, "Thu 17 Dec 2026"); ``en-US`` gives "6:30 PM".

Time zones are named as before: a local time is followed by its abbreviation
and, where the text says so, the IANA name.
"""

from __future__ import annotations

import datetime as _dt
import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    get_timezone,
    get_timezone_location,
)
from babel.numbers import format_decimal

from organiser.errors import ValidationError
from organiser.resources import resource_path
from organiser.timeutil import in_zone, zone_abbrev

#: Languages with a complete output catalogue (English is the source).
LANGUAGES: tuple[str, ...] = ("en", "it", "de", "fr", "es")
#: Each language in its own words, for choosers.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
#: What an event editor offers: tag → name in that language (other tags stay possible).
LANGUAGE_CHOICES: dict[str, str] = {
    "en": "English",
    "en-US": "English (US)",
    "it": "Italiano",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
DEFAULT = "en"
DOMAIN = "organiser"
#: Context of checklist template texts in the catalogue (they are data, not code).
CHECKLIST_CONTEXT = "checklist"
#: Context of the shipped label sheets' titles and notes (``resources/badge_layouts``).
SHEET_CONTEXT = "sheet"

_TAG_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?$")
# CLDR puts narrow no-break spaces in "6:30 PM"; plain text and PDFs read better
# (and search better) with an ordinary space.
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it yet (tables)."""
    return message


def normalise(tag: str | None) -> str:
    """``"en-us"`` → ``"en_US"``; ``None`` or ``""`` → English; unknown → ValidationError."""
    text = (tag or "").strip()
    if not text:
        return DEFAULT
    m = _TAG_RE.match(text)
    if not m or m.group(1).lower() not in LANGUAGES:
        names = ", ".join(LANGUAGES)
        raise ValidationError(
            "language",
            f"“{text}” is not an output language; use one of {names}, "
            "optionally with a region such as en-US.",
        )
    lang = m.group(1).lower()
    region = m.group(2)
    if region is None:
        return lang
    tag_out = f"{lang}_{region.upper()}"
    try:
        Locale.parse(tag_out)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValidationError("language", f"“{text}” is not a known language and region.") from exc
    return tag_out


def language_of(tag: str | None) -> str:
    """The catalogue language of a tag: ``"en_US"`` → ``"en"``."""
    return normalise(tag).split("_")[0]


def pick(override: str | None, event_language: str | None) -> str:
    """The output language: ``--lang`` first, then the event's, then English."""
    return normalise(override or event_language)


@lru_cache(maxsize=16)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of a language; English is the msgid itself."""
    base = language_of(lang)
    if base == "en":
        return gettext.NullTranslations()
    folder = resource_path("locale")
    return gettext.translation(DOMAIN, localedir=str(folder), languages=[base], fallback=True)


@dataclass(frozen=True)
class Output:
    """Words and formats of one output language (``Output.for_lang("it")``)."""

    tag: str
    locale: Locale
    catalogue: gettext.NullTranslations

    @staticmethod
    def for_lang(tag: str | None) -> Output:
        return _output(normalise(tag))

    @property
    def language(self) -> str:
        return self.tag.split("_")[0]

    # --- words -------------------------------------------------------------
    def _(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def n_(self, singular: str, plural: str, n: int) -> str:
        return self.catalogue.ngettext(singular, plural, n)

    def p_(self, context: str, message: str) -> str:
        return self.catalogue.pgettext(context, message)

    def sheet(self, text: str) -> str:
        """A shipped label sheet's title or note in this language."""
        return self.p_(SHEET_CONTEXT, text) if text else text

    def checklist(self, text: str) -> str:
        """A shipped checklist text (title, why, category) in this language.

        Texts the organiser wrote or edited are not in the catalogue and come
        back as they are; a speaker's copy ("Name: title") keeps the name.
        """
        if not text:
            return text
        found = self.p_(CHECKLIST_CONTEXT, text)
        if found != text or ": " not in text:
            return found
        name, _, rest = text.partition(": ")
        return f"{name}: {self.p_(CHECKLIST_CONTEXT, rest)}"

    # --- formats (wall-clock values; the caller has put them in the right zone) ---
    def _clean(self, text: str) -> str:
        return text.translate(_SPACES)

    def weekday(self, dt: _dt.datetime) -> str:
        """Abbreviated weekday: "gio", "Thu", "Do."."""
        return self._clean(format_skeleton("E", _naive(dt), locale=self.locale))

    def day(self, dt: _dt.datetime) -> str:
        """Weekday, day and month: "gio 17 dic", "Thu, Dec 17", "Do., 17. Dez."."""
        if self.tag == "en":
            return self._clean(format_date(dt.date(), "EEE d MMM", locale=self.locale))
        return self._clean(format_skeleton("MMMEd", _naive(dt), locale=self.locale))

    def date(self, dt: _dt.datetime) -> str:
        """With the year: "gio 17 dic 2026", "Thu, Dec 17, 2026"."""
        if self.tag == "en":  # the project's own English: "Thu 17 Dec 2026"
            return self._clean(format_date(dt.date(), "EEE d MMM y", locale=self.locale))
        return self._clean(format_skeleton("yMMMEd", _naive(dt), locale=self.locale))

    def long_date(self, dt: _dt.datetime) -> str:
        """Written out: "giovedì 17 dicembre 2026", "Thursday, December 17, 2026"."""
        if self.tag == "en":
            return self._clean(format_date(dt.date(), "EEEE d MMMM y", locale=self.locale))
        return self._clean(format_date(dt.date(), "full", locale=self.locale))

    def time(self, dt: _dt.datetime) -> str:
        """Clock time: "18:30" or "6:30 PM", as the locale writes it."""
        return self._clean(format_time(dt.time().replace(tzinfo=None), "short", locale=self.locale))

    def _join(self, date_text: str, time_text: str) -> str:
        pattern = str(self.locale.datetime_formats["medium"])
        return self._clean(pattern.replace("{1}", date_text).replace("{0}", time_text))

    def date_time(self, dt: _dt.datetime) -> str:
        """Date and time: "gio 17 dic 2026, 18:30", "Thu, Dec 17, 2026, 6:30 PM"."""
        return self._join(self.date(dt), self.time(dt))

    def day_time(self, dt: _dt.datetime) -> str:
        """Without the year: "gio 17 dic, 18:30"."""
        return self._join(self.day(dt), self.time(dt))

    def number(self, value: float, pattern: str = "0.###") -> str:
        """A number as this language writes it: "3,375" in Italian, "3.375" in English."""
        return self._clean(format_decimal(value, format=pattern, locale=self.locale))

    def city(self, zone: str) -> str:
        """A zone's city in this language (CLDR): "Roma", "Nueva York"; the zone id's last part."""
        fallback = zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" not in zone:
            return fallback
        try:
            name = get_timezone_location(get_timezone(zone), locale=self.locale, return_city=True)
        except (LookupError, ValueError):
            return fallback
        return str(name) or fallback

    def local(self, instant: _dt.datetime, zone: str, *, with_year: bool = True) -> str:
        """An instant in ``zone``, zone named: "gio 17 dic 2026, 18:30 CET (Europe/Rome)"."""
        loc = in_zone(instant, zone)  # type: ignore[arg-type]
        text = self.date_time(loc) if with_year else self.day_time(loc)
        return f"{text} {zone_abbrev(loc)} ({zone})"


def _naive(dt: _dt.datetime) -> _dt.datetime:
    return dt.replace(tzinfo=None)


@lru_cache(maxsize=32)
def _output(tag: str) -> Output:
    lang = tag.split("_")[0]
    # Plain English prints the way this project always has: 24-hour, day before month.
    fmt = "en_GB" if tag == "en" else tag
    return Output(tag=tag, locale=Locale.parse(fmt), catalogue=translations(lang))


def translator(lang: str | None) -> Output:
    """Words and formats for an output language tag (``None`` → English)."""
    return Output.for_lang(lang)


def catalogue_languages() -> tuple[str, ...]:
    """Languages with a translated catalogue (all but the English source)."""
    return tuple(x for x in LANGUAGES if x != "en")
