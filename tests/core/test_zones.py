"""Zones are found from the cities and countries people type, in their language."""

from __future__ import annotations

from datetime import UTC, datetime

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


@pytest.mark.parametrize(
    ("zone", "day", "labels", "utc_hours"),
    [
        ("Europe/Rome", (2026, 10, 25), ("CEST", "CET"), (0, 1)),
        ("America/New_York", (2026, 11, 1), ("EDT", "EST"), (5, 6)),
    ],
)
def test_the_repeated_hour_is_named_both_ways_and_each_reading_is_its_own_instant(
    zone, day, labels, utc_hours
):
    from zoneinfo import ZoneInfo

    from organiser.timeutil import is_later_reading, local, repeated_hour

    y, m, d = day
    hour = 1 if zone.startswith("America") else 2
    assert repeated_hour(zone, y, m, d, hour, 30) == labels
    assert repeated_hour(zone, y, m, d, hour + 2, 30) is None  # after the change: once
    assert repeated_hour(zone, y, 7, 1, hour, 30) is None  # summer: once
    for fold, utc_hour in enumerate(utc_hours):
        got = local(zone, y, m, d, hour, 30, fold=fold)
        # zoneinfo, not our code, says which UTC instant each reading is
        expected = datetime(y, m, d, hour, 30, tzinfo=ZoneInfo(zone), fold=fold)
        assert got.in_timezone("UTC").hour == utc_hour == expected.astimezone(UTC).hour
        assert is_later_reading(got, zone) is bool(fold)
