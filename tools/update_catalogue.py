"""Refresh the core's gettext catalogue (outputs: badges, agenda, exports) and compile it.

    .venv/bin/python tools/update_catalogue.py          # extract, merge, compile
    .venv/bin/python tools/update_catalogue.py --check  # count only; exit 1 if unfinished

Messages come from two places:

* ``organiser/**.py``: ``t._("...")``, ``t.n_("one", "many", n)``,
  ``t.p_("context", "...")`` and ``N_("...")`` (tables translated at use);
* the shipped checklist templates ``resources/checklists/*.json``: name,
  description, item titles, "why" and categories, under the context
  ``checklist`` (they are data, so the code never names them);
* the shipped label sheets ``resources/badge_layouts/*.json``: title and
  note, under the context ``sheet``.

Each language's ``resources/locale/<lang>/LC_MESSAGES/organiser.po`` keeps its
translations (new entries arrive empty, vanished ones are dropped) and is
compiled to the ``.mo`` beside it, which is committed so a clean clone, the
wheel and the frozen app need no build step. ``tests/core/test_catalogue.py``
fails when a language has an empty or fuzzy entry or a ``.mo`` is stale.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "organiser"
LANGUAGES = ("it", "de", "fr", "es")
CONTEXT = "checklist"
SHEET_CONTEXT = "sheet"
KEYWORDS = {"_": None, "N_": None, "n_": (1, 2), "p_": ((1, "c"), 2)}


def template() -> Catalog:
    """Every message the core and the shipped checklists can print."""
    cat = Catalog(project="Meetup Organiser", domain=DOMAIN, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT / "organiser",
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        cat.add(
            message,
            locations=[(f"organiser/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    for path in sorted((ROOT / "resources" / "badge_layouts").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        where = [(f"resources/badge_layouts/{path.name}", 0)]
        for text in (data.get("title", ""), data.get("note", "")):
            if text:
                cat.add(text, locations=where, context=SHEET_CONTEXT)
    for path in sorted((ROOT / "resources" / "checklists").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        where = [(f"resources/checklists/{path.name}", 0)]
        texts = [data.get("name", ""), data.get("description", "")]
        for item in data.get("items", []):
            texts += [item.get("title", ""), item.get("why", ""), item.get("category", "")]
        for text in texts:
            if text:
                cat.add(text, locations=where, context=CONTEXT)
    return cat


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN, project="Meetup Organiser", fuzzy=False)
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def unfinished(cat: Catalog) -> list[str]:
    """Messages with no translation (any plural form empty) or marked fuzzy."""
    out = []
    for msg in cat:
        if not msg.id:
            continue
        strings = msg.string if isinstance(msg.string, tuple | list) else (msg.string,)
        if msg.fuzzy or not all(strings):
            out.append(msg.id if isinstance(msg.id, str) else msg.id[0])
    return out


def compiled(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, cat, use_fuzzy=False)
    return buf.getvalue()


def update(lang: str, tmpl: Catalog) -> Catalog:
    cat = load(lang)
    if po_path(lang).exists():  # keep the header stable: no diff when nothing changed
        tmpl.creation_date = cat.creation_date
    # No fuzzy matching: a guessed translation is worse than an empty one here.
    cat.update(tmpl, no_fuzzy_matching=True, update_header_comment=False)
    cat.obsolete.clear()
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, cat, width=100, omit_header=False, sort_output=False)
    path.with_suffix(".mo").write_bytes(compiled(cat))
    return cat


def main(argv: list[str]) -> int:
    check = "--check" in argv
    tmpl = template()
    bad = 0
    for lang in LANGUAGES:
        cat = load(lang) if check else update(lang, tmpl)
        missing = [m.id for m in tmpl if m.id and cat.get(m.id, context=m.context) is None]
        todo = unfinished(cat) + [str(m) for m in missing]
        total = len([m for m in tmpl if m.id])
        print(f"{lang}: {total - len(todo)} of {total} translated")
        for text in todo[:20]:
            print(f"    {text!r}")
        bad += len(todo)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
