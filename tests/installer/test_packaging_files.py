"""Fast checks of the packaging files (no frozen build): icons, menu entry, metadata."""

from __future__ import annotations

import configparser
import io
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import icons  # noqa: E402

LINUX = ROOT / "installer" / "linux"
DESKTOP = LINUX / "meetup-organiser.desktop"
METAINFO = LINUX / "io.github.meetup_organiser.MeetupOrganiser.metainfo.xml"


def _version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


@pytest.fixture(scope="module")
def made_icons(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    # pytest-qt's QApplication first: icons.py would otherwise make a QGuiApplication,
    # and later widget tests in the same process would find that one instead.
    return icons.make_icons(tmp_path_factory.mktemp("icons"))


def test_icons_are_drawn_at_every_hicolor_size(made_icons: dict[str, Path]) -> None:
    image = pytest.importorskip("PIL.Image")
    for size in icons.HICOLOR_SIZES:
        with image.open(made_icons[f"png{size}"]) as im:
            assert im.size == (size, size)
            alpha = im.convert("RGBA").getchannel("A")
            lo, hi = alpha.getextrema()
            # Transparent corners and an opaque badge: a real drawing, not a blank square.
            assert lo == 0 and hi == 255
            opaque = sum(alpha.point(lambda a: 255 if a > 200 else 0).histogram()[255:]) / size**2
            assert 0.3 < opaque < 0.9, f"{size}px icon covers {opaque:.0%}"


def test_windows_and_macos_icon_files_hold_several_sizes(made_icons: dict[str, Path]) -> None:
    image = pytest.importorskip("PIL.Image")
    with image.open(io.BytesIO(made_icons["ico"].read_bytes())) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with image.open(made_icons["icns"]) as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[:2] >= (512, 512)


def test_desktop_entry_launches_the_installed_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application"
    assert d["Exec"].split()[0] == "meetup-organiser"
    assert d["Icon"] == icons.ICON_NAME
    assert "Office;" in d["Categories"]
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_names_the_desktop_file_and_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == "io.github.meetup_organiser.MeetupOrganiser"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == icons.ICON_NAME
    newest = root.find("./releases/release")
    assert newest is not None and newest.get("version") == _version()


def test_metainfo_passes_appstream_validation() -> None:
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_inno_setup_script_has_a_fixed_app_id_and_shortcut() -> None:
    iss = (ROOT / "installer" / "windows" / "meetup-organiser.iss").read_text(encoding="utf-8")
    assert "AppId={{7A6C5A42-7FD7-433C-A4E9-996D24EF036E}" in iss
    assert "{autoprograms}\\{#AppName}" in iss
    assert "AppVersion={#AppVersion}" in iss


def test_desktop_entry_opens_csv_files_with_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Exec"] == "meetup-organiser %f"  # one file: the RSVP export to import
    assert "text/csv" in d["MimeType"].split(";")


def test_metainfo_has_links_screenshots_releases_and_a_content_rating() -> None:
    root = ET.parse(METAINFO).getroot()
    urls = {u.get("type"): u.text or "" for u in root.findall("url")}
    assert urls["homepage"].startswith("https://") and urls["bugtracker"].startswith("https://")
    shots = root.findall("./screenshots/screenshot")
    assert shots and shots[0].get("type") == "default"
    prefix = "https://raw.githubusercontent.com/meetup-organiser/meetup-organiser/main/"
    for shot in shots:
        image = shot.findtext("image") or ""
        assert shot.findtext("caption"), image
        # Each screenshot is a file of this repository, at the path its address names.
        assert image.startswith(prefix) and (ROOT / image[len(prefix):]).is_file(), image
    help_url = urls["help"]  # the bundled guide, as the project page shows it
    assert (ROOT / help_url.split("/blob/main/", 1)[1]).is_file(), help_url
    releases = root.findall("./releases/release")
    assert releases and all(r.get("date") for r in releases)
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert "text/csv" in [m.text for m in root.findall("./provides/mediatype")]
