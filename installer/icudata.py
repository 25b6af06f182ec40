"""A smaller ICU data library for the bundle: only the parts Qt can ask for.

Qt Core links ICU, and ICU's data library (``libicudata.so.NN``, 32 MB in
PySide6's wheel) is the largest file in the bundle. Qt only calls ICU for
collation (``ucol_*``: QCollator, the file dialog's sorting), time-zone names
(``ucal_*``: QTimeZone::displayName), legacy text codecs (``ucnv_*``:
QStringConverter by name) and locale-aware case mapping (``u_strTo*``). It never
opens ICU's break iterators, transliterators, number spell-out rules, or the
per-locale names of units, currencies, languages and regions, nor stringprep
and confusable tables: those items are dropped from the library's common data
package, everything else is copied byte for byte.

The library holds the package as one exported symbol (``icudtNN_dat``). This
module reads that symbol, rewrites the package's table of contents without the
dropped items (ICU's layout: header, item count, sorted (name, data) offsets,
names, then 16-byte aligned items) and links a new library exporting the same
symbol under the same soname, with binutils' as and ld (PyInstaller needs
binutils on Linux already).

    python installer/icudata.py IN.so OUT.so   # prints the sizes and what went
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Item trees (``icudtNNl/<tree>/...``) Qt never opens: break iterators and their
#: dictionaries, transliterators, spell-out rules, and display names of units,
#: currencies, languages and regions (Qt's QLocale carries its own CLDR data).
DROPPED_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang", "region")
#: Top-level items Qt never opens: stringprep profiles (IDNA: Qt has its own),
#: confusables (spoof checks) and Unicode character names (used by transliterators).
DROPPED_SUFFIXES = (".spp", ".cfu")
DROPPED_NAMES = ("unames.icu",)


def _rodata(so: Path) -> tuple[bytes, str]:
    """The bytes of the exported ``icudtNN_dat`` symbol and its name."""
    symbols = subprocess.run(
        ["objdump", "-T", str(so)], capture_output=True, text=True, check=True
    ).stdout
    for line in symbols.splitlines():
        fields = line.split()
        if fields and re.fullmatch(r"icudt\d+_dat", fields[-1]) and "*UND*" not in line:
            address, size, name = int(fields[0], 16), int(fields[-2], 16), fields[-1]
            break
    else:
        raise ValueError(f"{so.name} exports no icudtNN_dat symbol")
    sections = subprocess.run(
        ["readelf", "-SW", str(so)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if "PROGBITS" in fields:
            i = fields.index("PROGBITS")
            start, offset = int(fields[i + 1], 16), int(fields[i + 2], 16)
            length = int(fields[i + 3], 16)
            if start <= address < start + length:
                blob = so.read_bytes()[offset + address - start : offset + address - start + size]
                return blob, name
    raise ValueError(f"{name} is in no section of {so.name}")


def items(package: bytes) -> list[tuple[str, bytes]]:
    """The (name, bytes) items of an ICU common data package, in table order."""
    header = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27":
        raise ValueError("not an ICU data package")
    count = struct.unpack_from("<I", package, header)[0]
    offsets = [struct.unpack_from("<II", package, header + 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in offsets[1:]] + [len(package) - header]
    out = []
    for (name_at, data_at), end in zip(offsets, ends, strict=True):
        name_end = package.index(b"\0", header + name_at)
        name = package[header + name_at : name_end].decode("ascii")
        out.append((name, package[header + data_at : header + end]))
    return out


def pack(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``entries`` (sorted by name, as ICU searches them)."""
    names = sorted(name for name, _ in entries)
    if names != [name for name, _ in entries]:
        raise ValueError("items must be in name order")
    table = 4 + 8 * len(entries)
    name_blob = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    data_at = -(-(len(header) + table + len(name_blob)) // 16) * 16 - len(header)
    offsets, chunks, name_at = [], [], table
    for name, blob in entries:
        offsets.append((name_at, data_at))
        name_at += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % 16)
        chunks.append(padded)
        data_at += len(padded)
    toc = struct.pack("<I", len(entries)) + b"".join(struct.pack("<II", *o) for o in offsets)
    body = toc + name_blob
    body += b"\xaa" * (offsets[0][1] - len(body)) if offsets else b""  # as ICU's pkgdata pads
    return header + body + b"".join(chunks)


def dropped(name: str) -> bool:
    parts = name.split("/")  # icudt73l/coll/root.res, icudt73l/root.res
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return True
    return len(parts) == 2 and (parts[1].endswith(DROPPED_SUFFIXES) or parts[1] in DROPPED_NAMES)


def trim_package(package: bytes) -> bytes:
    header = package[: struct.unpack_from("<H", package, 0)[0]]
    return pack(header, [(n, b) for n, b in items(package) if not dropped(n)])


def soname(so: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-dW", str(so)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"\(SONAME\).*\[(.+)\]", dynamic)
    return match.group(1) if match else so.name


def write_library(package: bytes, symbol: str, name: str, out: Path) -> None:
    """A shared library exporting ``package`` as the read-only symbol ``symbol`` (as, ld)."""
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.bin"
        blob.write_bytes(package)
        obj = Path(tmp) / "icudata.o"
        source = Path(tmp) / "icudata.s"
        source.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.size {symbol}, {len(package)}\n"
            f'{symbol}:\n\t.incbin "{blob}"\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", name, "-o", str(out), str(obj)],
            check=True,
        )


def trim_library(src: Path, out: Path) -> tuple[int, int]:
    """Write the trimmed copy of ``src`` to ``out``; (old size, new size) in bytes."""
    package, symbol = _rodata(src)
    write_library(trim_package(package), symbol, soname(src), out)
    return src.stat().st_size, out.stat().st_size


if __name__ == "__main__":
    before, after = trim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[1]}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
