"""Fuzzed input for the validators: a clean value or a ValidationError, nothing else."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from organiser import validation as v
from organiser.errors import OrganiserError, ValidationError
from organiser.timeutil import all_zones, check_zone, parse_local

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ZONES = st.sampled_from(all_zones())
any_text = st.text(max_size=300)
# text built from pieces that look like the real thing, so the checks get past the first test
url_like = st.builds(
    lambda scheme, host, rest: f"{scheme}{host}{rest}",
    st.sampled_from(
        ["http://", "https://", "HTTPS://", "javascript:", "file:///", "ftp://", "", "//", "http:/"]
    ),
    st.text(max_size=40),
    st.text(max_size=40),
)
email_like = st.builds(
    lambda a, b, c: f"{a}@{b}.{c}", st.text(max_size=30), st.text(max_size=30), st.text(max_size=8)
)
local_like = st.builds(
    lambda y, mo, d, h, mi, sep: f"{y:04d}-{mo:02d}-{d:02d}{sep}{h:02d}:{mi:02d}",
    st.integers(0, 10_000),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 61),
    st.sampled_from([" ", "T", "  "]),
)


def _is_message(exc: OrganiserError) -> None:
    assert isinstance(exc.message, str) and len(exc.message) > 10
    assert exc.message.rstrip().endswith("."), exc.message  # a sentence for a person


@FUZZ
@given(st.one_of(any_text, url_like), st.sampled_from([("http", "https"), ("https",)]))
@example("javascript:alert(1)", ("http", "https"))
@example("http://[::1", ("http", "https"))
@example("https://exa mple.org", ("https",))
def test_urls(text, schemes):
    try:
        cleaned = v.optional_url(text, schemes=schemes)
    except ValidationError as exc:
        _is_message(exc)
        return
    if cleaned is not None:
        assert cleaned.split(":", 1)[0].lower() in schemes
        assert not any(ch.isspace() for ch in cleaned)


@FUZZ
@given(st.one_of(any_text, email_like))
@example("ada@example.org")
@example("a@b.c\n")
def test_emails(text):
    try:
        cleaned = v.optional_email(text)
    except ValidationError as exc:
        _is_message(exc)
        return
    if cleaned is not None:
        assert cleaned.count("@") == 1 and len(cleaned) <= 254
        assert not any(ch.isspace() for ch in cleaned)


@FUZZ
@given(st.one_of(any_text, ZONES, st.sampled_from(["../../etc/passwd", "Europe/Rome\x00", " "])))
def test_zones(text):
    try:
        zone = check_zone(text)
    except ValidationError as exc:
        _is_message(exc)
        return
    assert zone == text.strip()


@FUZZ
@given(st.one_of(any_text, local_like), ZONES)
@example("2026-03-29 02:30", "Europe/Rome")  # skipped by daylight saving time
@example("0000-01-01 00:00", "UTC")
@example("9999-12-31 23:59", "Pacific/Kiritimati")
@example("0001-01-01 00:30", "Asia/Tokyo")  # a year-1 time has no UTC equivalent
@example("٢٠٢٦-١٢-١٠ ١٨:٣٠", "Europe/Rome")  # Arabic-Indic digits
def test_local_times(text, zone):
    try:
        when = parse_local(text, zone)
    except ValidationError as exc:
        _is_message(exc)
        return
    # Checked with the standard library, not pendulum: the wall clock in the zone is the
    # text's, the offset is one the zone really has then, and the time is not in a DST gap.
    y, mo, d, h, mi = (int(g) for g in re.findall(r"\d+", text)[:5])
    wall = when.in_timezone(zone)
    assert (wall.year, wall.month, wall.day, wall.hour, wall.minute) == (y, mo, d, h, mi)
    naive = datetime(y, mo, d, h, mi)
    tz = ZoneInfo(zone)
    assert when.utcoffset() in {naive.replace(tzinfo=tz, fold=f).utcoffset() for f in (0, 1)}
    back = naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    assert back == naive, "a time skipped by daylight saving time was accepted"


@FUZZ
@given(any_text)
def test_clean_text_is_normalised_and_idempotent(text):
    cleaned = v.clean_text(text)
    assert cleaned == v.clean_text(cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in cleaned)


@FUZZ
@given(st.one_of(st.integers(), st.text(max_size=20), st.floats(allow_nan=True), st.none()))
def test_capacity(value):
    try:
        got = v.capacity(value)
    except ValidationError as exc:
        _is_message(exc)
        return
    assert got is None or got >= 0
