"""Find IANA time zones from the names people type: cities and countries.

"Milano", "Bangalore", "New York", "Italia", "Deutschland" and "Roma" all lead
to a zone. The names come from CLDR through Babel: each zone's exemplar city
and each territory's name in the interface language, English and the other
languages we ship (so "Germany" works in Italian too), the territory → zones
table, plus a small bundled table of big cities that are not zone cities
(Milan is in Europe/Rome, Bangalore in Asia/Kolkata). Only canonical IANA names
known to this machine are returned, never a deprecated alias like
Asia/Calcutta.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path

from organiser.timeutil import all_zones

# Languages whose city and country names are always searched, besides the one asked for.
SEARCH_LANGUAGES = ("en", "it", "de", "fr", "es")

# Big cities that are not the exemplar city of their zone, in the spellings people
# use (English and local). Values are canonical IANA names.
CITY_ALIASES: dict[str, str] = {
    "Milan": "Europe/Rome",
    "Milano": "Europe/Rome",
    "Turin": "Europe/Rome",
    "Torino": "Europe/Rome",
    "Naples": "Europe/Rome",
    "Napoli": "Europe/Rome",
    "Florence": "Europe/Rome",
    "Firenze": "Europe/Rome",
    "Bologna": "Europe/Rome",
    "Venice": "Europe/Rome",
    "Venezia": "Europe/Rome",
    "Genoa": "Europe/Rome",
    "Genova": "Europe/Rome",
    "Munich": "Europe/Berlin",
    "München": "Europe/Berlin",
    "Monaco di Baviera": "Europe/Berlin",
    "Hamburg": "Europe/Berlin",
    "Amburgo": "Europe/Berlin",
    "Frankfurt": "Europe/Berlin",
    "Francoforte": "Europe/Berlin",
    "Cologne": "Europe/Berlin",
    "Köln": "Europe/Berlin",
    "Colonia": "Europe/Berlin",
    "Barcelona": "Europe/Madrid",
    "Barcellona": "Europe/Madrid",
    "Valencia": "Europe/Madrid",
    "Seville": "Europe/Madrid",
    "Sevilla": "Europe/Madrid",
    "Lyon": "Europe/Paris",
    "Lione": "Europe/Paris",
    "Marseille": "Europe/Paris",
    "Marsiglia": "Europe/Paris",
    "Toulouse": "Europe/Paris",
    "Geneva": "Europe/Zurich",
    "Genève": "Europe/Zurich",
    "Ginevra": "Europe/Zurich",
    "Genf": "Europe/Zurich",
    "Manchester": "Europe/London",
    "Edinburgh": "Europe/London",
    "Cambridge": "Europe/London",
    "Rotterdam": "Europe/Amsterdam",
    "Krakow": "Europe/Warsaw",
    "Kraków": "Europe/Warsaw",
    "Porto": "Europe/Lisbon",
    "Bangalore": "Asia/Kolkata",
    "Bengaluru": "Asia/Kolkata",
    "Mumbai": "Asia/Kolkata",
    "Bombay": "Asia/Kolkata",
    "Delhi": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata",
    "Hyderabad": "Asia/Kolkata",
    "Chennai": "Asia/Kolkata",
    "Pune": "Asia/Kolkata",
    "Beijing": "Asia/Shanghai",
    "Pechino": "Asia/Shanghai",
    "Shenzhen": "Asia/Shanghai",
    "Osaka": "Asia/Tokyo",
    "Kyoto": "Asia/Tokyo",
    "San Francisco": "America/Los_Angeles",
    "San Jose": "America/Los_Angeles",
    "Seattle": "America/Los_Angeles",
    "Portland": "America/Los_Angeles",
    "San Diego": "America/Los_Angeles",
    "Boston": "America/New_York",
    "Washington": "America/New_York",
    "Philadelphia": "America/New_York",
    "Atlanta": "America/New_York",
    "Miami": "America/New_York",
    "Austin": "America/Chicago",
    "Dallas": "America/Chicago",
    "Houston": "America/Chicago",
    "Montreal": "America/Toronto",
    "Montréal": "America/Toronto",
    "Ottawa": "America/Toronto",
    "Rio de Janeiro": "America/Sao_Paulo",
    "Melbourne": "Australia/Melbourne",
    "Canberra": "Australia/Sydney",
    "Tel Aviv": "Asia/Jerusalem",
}

_EXACT, _PREFIX, _INSIDE = 0, 1, 2
_CITY, _COUNTRY = 0, 1


def normalise(text: str) -> str:
    """Lower case, no accents, spaces for underscores and hyphens: "São_Paulo" → "sao paulo"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def canonical_zones() -> frozenset[str]:
    """The IANA names this machine knows, less the deprecated aliases CLDR lists."""
    from babel.core import get_global

    aliases = set(get_global("zone_aliases"))
    return frozenset(z for z in all_zones() if z not in aliases)


def canonical(zone: str) -> str:
    """Asia/Calcutta → Asia/Kolkata; a canonical name is returned unchanged."""
    from babel.core import get_global

    return str(get_global("zone_aliases").get(zone, zone))


@lru_cache(maxsize=8)
def _index(language: str) -> tuple[tuple[str, str, int], ...]:
    """(normalised name, zone, kind) for every city and country name we search."""
    from babel.core import Locale, UnknownLocaleError, get_global

    known = canonical_zones()
    rows: list[tuple[str, str, int]] = []

    def add(name: str, zone: str, kind: int) -> None:
        zone = canonical(zone)
        if zone in known and name:
            rows.append((normalise(name), zone, kind))

    for zone in known:
        add(zone.rsplit("/", 1)[-1], zone, _CITY)  # the English exemplar city
    for name, zone in CITY_ALIASES.items():
        add(name, zone, _CITY)
    territory_zones = get_global("territory_zones")
    languages = [language, *[x for x in SEARCH_LANGUAGES if x != language]]
    for code in languages:
        try:
            loc = Locale.parse(code.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
        for zone, names in loc.time_zones.items():
            city = names.get("city") if hasattr(names, "get") else None
            if city:
                add(str(city), zone, _CITY)
        for territory, name in loc.territories.items():
            for zone in territory_zones.get(territory, ()):
                add(str(name), zone, _COUNTRY)
    return tuple(rows)


def find_zones(query: str, language: str = "en") -> list[str]:
    """Zones for a city, country or zone name, best match first; [] when nothing matches.

    Exact names come before names that start with the query, then names that
    contain it; cities before countries; a country's zones in CLDR's order
    (its main zone first).
    """
    q = normalise(query)
    if not q:
        return []
    known = canonical_zones()
    best: dict[str, tuple[int, int, int]] = {}

    def consider(zone: str, rank: tuple[int, int, int]) -> None:
        if zone not in best or rank < best[zone]:
            best[zone] = rank

    for zone in known:  # the zone's own name: "Europe/Rome", "new york", "argentina/"
        name = normalise(zone)
        if name == q:
            consider(zone, (_EXACT, _CITY, 0))
        elif q in name:
            consider(zone, (_INSIDE, _CITY, 0))
    for position, (name, zone, kind) in enumerate(_index(language.split("_")[0])):
        if name == q:
            consider(zone, (_EXACT, kind, position))
        elif name.startswith(q):
            consider(zone, (_PREFIX, kind, position))
        elif q in name:
            consider(zone, (_INSIDE, kind, position))
    return sorted(best, key=lambda z: (best[z], z))


def system_zone() -> str:
    """The computer's own zone as a canonical IANA name, "UTC" when it cannot be told.

    Reads TZ, then the /etc/localtime link, then what pendulum finds.
    """
    known = canonical_zones()
    candidates: list[str] = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        from pendulum.tz import local_timezone

        candidates.append(str(local_timezone().name))
    except Exception:  # noqa: BLE001 - any failure means "unknown"
        pass
    for name in candidates:
        zone = canonical(name)
        if zone in ("Etc/UTC", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"):
            zone = "UTC"
        if zone in known or zone == "UTC":
            return zone
    return "UTC"
