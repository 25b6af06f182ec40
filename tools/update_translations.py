"""Refresh the translation sources from ui/ and compile them.

    python tools/update_translations.py            # lupdate + lrelease, then counts
    python tools/update_translations.py --check    # exit 1 if anything is left to translate

``meetup_organiser_{it,de,fr,es}.ts`` get every string of ``ui/`` (existing
translations are kept; strings no longer in the code are dropped, git still has them);
``meetup_organiser_en.ts`` gets only the plural forms ("%n day(s)" → "1 day" /
"2 days"). lupdate reads literal ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``
and ``QT_TRANSLATE_NOOP("Ctx", "…")`` calls only. See docs/TRANSLATING.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
ITALIAN = TRANSLATIONS / "meetup_organiser_it.ts"
ENGLISH = TRANSLATIONS / "meetup_organiser_en.ts"
# Every language the window ships in besides English (which only needs its plural forms).
LANGUAGES = ("it", "de", "fr", "es")
FULL = tuple(TRANSLATIONS / f"meetup_organiser_{lang}.ts" for lang in LANGUAGES)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools).")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "ui").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def counts(ts: Path) -> tuple[int, int]:
    """(messages, translated) in a .ts file; vanished/obsolete entries are not counted."""
    total = done = 0
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        total += 1
        text = "".join(tr.itertext()).strip() if tr is not None else ""
        if kind != "unfinished" and text:
            done += 1
    return total, done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report; exit 1 if unfinished")
    ap.add_argument("--keep-obsolete", action="store_true", help="keep strings gone from ui/")
    args = ap.parse_args(argv)
    if not args.check:
        files = sources()
        lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
        drop = [] if args.keep_obsolete else ["-no-obsolete"]
        run = lambda *cmd: subprocess.run(cmd, cwd=ROOT, check=True)  # noqa: E731
        for ts in FULL:
            lang = ts.stem.rsplit("_", 1)[1]
            target = ["-target-language", f"{lang}_{lang.upper()}"]  # it_IT, de_DE, fr_FR, es_ES
            run(lupdate, *drop, "-locations", "relative", *target, *files, "-ts", str(ts))
        run(lupdate, *drop, "-locations", "relative", "-pluralonly", *files, "-ts", str(ENGLISH))
        for ts in (*FULL, ENGLISH):
            run(lrelease, "-silent", str(ts))
    complete = True
    for ts in FULL:
        total, done = counts(ts)
        print(f"{ts.name}: {done} of {total} strings translated")
        complete = complete and done == total
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
