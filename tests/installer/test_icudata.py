"""The bundle's trimmed ICU data library (installer/icudata.py) answers Qt as the full one.

Qt reaches ICU for collation (QCollator: sorting in the file dialog), time-zone
names, locale-aware case mapping and codecs by name. A child Python loads the
trimmed library in place of the wheel's (LD_LIBRARY_PATH is searched before
Qt's $ORIGIN run path) and must print exactly what it prints with the full one.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import icudata  # noqa: E402  (installer/icudata.py)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundles only")

PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["zebra", "Ärger", "apple", "Øre", "Zürich", "ångström", "Ödön", "陈伟", "渡辺",
         "ábaco", "file10", "file9"]
for name in ("sv_SE", "de_DE", "it_IT", "zh_CN", "ja_JP"):
    c = QCollator(QLocale(name))
    print(name, " ".join(sorted(words, key=c.sortKey)))
c = QCollator(QLocale("en_US"))
c.setNumericMode(True)
print("numeric", " ".join(sorted(["file10", "file9", "file1"], key=c.sortKey)))
zone = QTimeZone(b"Europe/Rome")
for name in ("en_US", "it_IT", "de_DE", "fr_FR", "es_ES"):
    long = QTimeZone.NameType.LongName
    print("zone", name, zone.displayName(QTimeZone.TimeType.StandardTime, long, QLocale(name)))
print("upper", QLocale("tr_TR").toUpper("istanbul"), QLocale("en_US").toUpper("istanbul"))
for codec in ("windows-1252", "Shift_JIS", "GBK", "Big5", "EUC-KR"):
    print("codec", codec, QStringDecoder(codec).isValid())
"""


def _wheel_icudata() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 build brings no ICU of its own")
    return found[0]


def _probe(lib_dir: Path | None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if lib_dir is not None:
        env["LD_LIBRARY_PATH"] = str(lib_dir)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_repacking_every_item_gives_back_the_same_bytes() -> None:
    if not shutil.which("objdump"):
        pytest.skip("objdump is not installed (Debian package binutils)")
    package, symbol = icudata._rodata(_wheel_icudata())
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    header = package[: struct.unpack_from("<H", package, 0)[0]]
    entries = icudata.items(package)
    assert len(entries) > 1000
    assert icudata.pack(header, entries) == package


def test_trimmed_library_answers_qt_like_the_full_one(tmp_path: Path) -> None:
    for tool in ("objdump", "readelf", "as", "ld"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (Debian package binutils)")
    full = _wheel_icudata()
    before, after = icudata.trim_library(full, tmp_path / full.name)
    assert after < before * 0.6, f"{before / 1e6:.1f} MB -> {after / 1e6:.1f} MB"
    kept = {name for name, _ in icudata.items(icudata._rodata(tmp_path / full.name)[0])}
    assert not any("/brkitr/" in n or "/lang/" in n for n in kept)
    assert any(n.endswith("/coll/sv.res") for n in kept)  # Swedish sorting stays

    expected = _probe(None)
    assert "zone it_IT Ora standard dell’Europa centrale" in expected
    assert "upper İSTANBUL ISTANBUL" in expected
    assert _probe(tmp_path) == expected
