"""The Windows and macOS installer scripts, checked here since they cannot be run here.

Inno Setup and hdiutil exist on their own systems only, so a broken path or a
stale version would show up only on release day. These checks read the scripts
and hold them to the files, names and versions this tree actually produces.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import PureWindowsPath

import pytest

from tests.installer.conftest import ROOT

ISS = ROOT / "installer" / "windows" / "meetup-organiser.iss"
DMG = ROOT / "installer" / "macos" / "make_dmg.sh"
SPEC = ROOT / "installer" / "pyinstaller.spec"
APP_ID = "{7A6C5A42-7FD7-433C-A4E9-996D24EF036E}"  # never changes: upgrades rely on it
#: Message files of the standard Inno Setup 6 installation (compiler:Languages\*.isl).
INNO_LANGUAGES = {
    "Armenian", "BrazilianPortuguese", "Bulgarian", "Catalan", "Corsican", "Czech", "Danish",
    "Dutch", "Finnish", "French", "German", "Hebrew", "Hungarian", "Icelandic", "Italian",
    "Japanese", "Korean", "Norwegian", "Polish", "Portuguese", "Russian", "Slovak",
    "Slovenian", "Spanish", "Swedish", "Tamil", "Turkish", "Ukrainian",
}

sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402  (installer/build.py)
import icons  # noqa: E402


def _project() -> dict[str, str]:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]  # type: ignore[no-any-return]


def _iss_defines() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, flags=re.M))


def _spec_constant(name: str) -> str:
    match = re.search(rf'^{name}\s*=\s*"([^"]+)"', SPEC.read_text(encoding="utf-8"), re.M)
    assert match, f"{name} not in the spec"
    return match.group(1)


def test_inno_setup_app_id_is_the_fixed_one() -> None:
    text = ISS.read_text(encoding="utf-8")
    ids = re.findall(r"^AppId=\{(\{[0-9A-F-]+\})$", text, flags=re.M)
    assert ids == [APP_ID]
    assert re.fullmatch(r"\{[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}\}", APP_ID)
    assert APP_ID in (ROOT / "installer" / "README.md").read_text(encoding="utf-8")


def test_inno_setup_paths_point_at_what_the_build_makes() -> None:
    defines = _iss_defines()
    name = _project()["name"]
    base = ISS.parent

    def resolve(win_path: str) -> str:
        parts = PureWindowsPath(win_path).parts
        return (base.joinpath(*parts)).resolve().relative_to(ROOT).as_posix()

    # installer/build.py: dist/<name>/ (PyInstaller), build/installer/icons/*.ico (icons.py).
    assert resolve(defines["SourceDir"]) == f"dist/{name}"
    assert resolve(defines["OutputDir"]) == "dist"
    ico = resolve(defines["IconFile"])
    assert ico == f"build/installer/icons/{icons.ICON_NAME}.ico"
    assert "--work" in (ROOT / "installer" / "build.py").read_text(encoding="utf-8")
    assert build.INSTALLER / "windows" / ISS.name == ISS
    # The programs the shortcuts start are the ones the spec builds.
    spec = SPEC.read_text(encoding="utf-8")
    assert defines["AppExe"] == f"{name}.exe"
    assert defines["AppCli"] == f"{name}-cli.exe" and '_exe(f"{NAME}-cli"' in spec


def test_inno_setup_languages_ship_with_inno_setup() -> None:
    text = ISS.read_text(encoding="utf-8")
    files = re.findall(r'MessagesFile:\s*"compiler:([^"]+)"', text)
    assert "Default.isl" in files
    for f in files:
        if f != "Default.isl":
            lang = PureWindowsPath(f)
            assert lang.parent.name == "Languages" and lang.stem in INNO_LANGUAGES, f


def test_every_version_written_in_the_scripts_is_the_pyproject_version() -> None:
    version = _project()["version"]
    iss = ISS.read_text(encoding="utf-8")
    # The version is passed in, never written down, except in usage examples.
    assert "AppVersion={#AppVersion}" in iss and "#ifndef AppVersion" in iss
    for found in re.findall(r"/DAppVersion=(\d+\.\d+\.\d+)", iss):
        assert found == version
    readme = (ROOT / "installer" / "README.md").read_text(encoding="utf-8")
    for found in re.findall(r"(?:AppVersion=|meetup-organiser_)(\d+\.\d+\.\d+)", readme):
        assert found == version, f"installer/README.md mentions {found}, pyproject {version}"
    # build.py passes the pyproject version to iscc and names the setup file the same way.
    assert 'f"/DAppVersion={version}"' in (ROOT / "installer" / "build.py").read_text("utf-8")
    out = re.search(r"^OutputBaseFilename=(.+)$", iss, re.M)
    assert out and out.group(1).replace("{#AppVersion}", version) == (
        f"meetup-organiser-{version}-windows-x64-setup"
    )


def test_macos_script_uses_the_app_the_spec_builds_and_the_pyproject_version() -> None:
    text = DMG.read_text(encoding="utf-8")
    display = _spec_constant("DISPLAY_NAME")
    assert f'APP="dist/{display}.app"' in text
    assert 'tomllib.load(open("pyproject.toml", "rb"))["project"]["version"]' in text
    assert "CFBundleShortVersionString" in text  # refuses an .app of another version
    spec = SPEC.read_text(encoding="utf-8")
    assert '"CFBundleShortVersionString": VERSION' in spec
    assert _spec_constant("BUNDLE_ID") == build.APP_ID
    proc = subprocess.run(["bash", "-n", str(DMG)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    if shutil.which("shellcheck"):
        proc = subprocess.run(["shellcheck", str(DMG)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout


@pytest.mark.parametrize("script", [ISS, DMG, SPEC], ids=lambda p: p.name)
def test_files_the_scripts_read_from_the_tree_exist(script) -> None:
    text = script.read_text(encoding="utf-8")
    for rel in re.findall(r'ROOT / "([^"]+)"(?: / "([^"]+)")?', text):
        parts = [p for p in rel if p]
        path = ROOT.joinpath(*parts)
        if parts[0] not in ("build", "dist"):  # made by the build itself
            assert path.exists(), f"{script.name} reads {path.relative_to(ROOT)}, which is missing"
    for rel in re.findall(r"installer[\\/][\w\\/.-]+\.(?:py|iss|sh|spec)", text):
        path = ROOT / rel.replace("\\", "/")
        assert path.is_file(), f"{script.name} names {rel}, which is missing"
