"""Zones are found from the cities and countries people type, in their language."""

from __future__ import annotations

import pytest

from organiser.timeutil import all_zones
from organiser.zones import CITY_ALIASES, canonical_zones, find_zones, system_zone


@pytest.mark.parametrize(
    ("typed", "language", "zone"),
    [
        ("Milano", "it", "Europe/Rome"),
        ("milan", "en", "Europe/Rome"),
        ("Roma", "it", "Europe/Rome"),
        ("Rome", "en", "Europe/Rome"),
        ("Bangalore", "en", "Asia/Kolkata"),
        ("Bengaluru", "it", "Asia/Kolkata"),
        ("Calcutta", "it", "Asia/Kolkata"),
        ("New York", "en", "America/New_York"),
        ("Italia", "it", "Europe/Rome"),
        ("Germany", "it", "Europe/Berlin"),
        ("Deutschland", "en", "Europe/Berlin"),
        ("Germania", "it", "Europe/Berlin"),
        ("München", "it", "Europe/Berlin"),
        ("Munich", "en", "Europe/Berlin"),
        ("San Francisco", "en", "America/Los_Angeles"),
        ("Barcelona", "en", "Europe/Madrid"),
        ("Boston", "en", "America/New_York"),
        ("Seattle", "it", "America/Los_Angeles"),
        ("Europe/Rome", "en", "Europe/Rome"),
        ("sao paulo", "en", "America/Sao_Paulo"),
    ],
)
def test_a_city_or_country_finds_its_zone_first(typed, language, zone):
    assert find_zones(typed, language)[0] == zone


def test_nothing_matches_gibberish():
    assert find_zones("Xyzzyville", "en") == []
    assert find_zones("   ", "it") == []


def test_only_canonical_iana_names_come_back():
    assert "Asia/Calcutta" in all_zones()  # the tz database still carries the old name
    assert "Asia/Calcutta" not in canonical_zones()
    assert find_zones("Calcutta", "en") == ["Asia/Kolkata"]
    found = {z for q in ("a", "e", "o", "san", "new") for z in find_zones(q, "it")}
    assert found <= canonical_zones()
    assert set(CITY_ALIASES.values()) <= canonical_zones()


def test_system_zone_follows_the_computer(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Rome")
    assert system_zone() == "Europe/Rome"
    monkeypatch.setenv("TZ", ":Asia/Calcutta")
    assert system_zone() == "Asia/Kolkata"
