"""The core's output catalogue: complete, unfuzzy, compiled, in step with the code."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo

from organiser import i18n

ROOT = Path(__file__).resolve().parents[2]
_TOOL = ROOT / "tools" / "update_catalogue.py"
_spec = importlib.util.spec_from_file_location("update_catalogue", _TOOL)
assert _spec is not None and _spec.loader is not None
catalogue_tool = importlib.util.module_from_spec(_spec)
sys.modules["update_catalogue"] = catalogue_tool
_spec.loader.exec_module(catalogue_tool)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture(scope="module")
def template():
    return catalogue_tool.template()


def test_languages_are_the_same_everywhere():
    assert i18n.catalogue_languages() == catalogue_tool.LANGUAGES


@pytest.mark.parametrize("lang", i18n.catalogue_languages())
def test_every_message_is_translated_and_none_is_fuzzy(lang, template):
    cat = catalogue_tool.load(lang)
    missing = [
        m.id for m in template if m.id and cat.get(m.id, context=m.context) is None
    ]
    assert not missing, f"{lang}: not in the .po yet (run tools/update_catalogue.py): {missing[:5]}"
    unfinished = catalogue_tool.unfinished(cat)
    assert not unfinished, f"{lang}: untranslated or fuzzy: {unfinished[:5]}"


@pytest.mark.parametrize("lang", i18n.catalogue_languages())
def test_translations_keep_every_placeholder(lang):
    for m in catalogue_tool.load(lang):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple | list) else (m.id,)
        strings = m.string if isinstance(m.string, tuple | list) else (m.string,)
        want = sorted(PLACEHOLDER.findall(ids[0]))
        for text in strings:
            assert sorted(PLACEHOLDER.findall(text)) == want, (lang, m.id, text)


@pytest.mark.parametrize("lang", i18n.catalogue_languages())
def test_committed_mo_is_compiled_from_the_po(lang):
    po = catalogue_tool.po_path(lang)
    mo = po.with_suffix(".mo")
    assert mo.read_bytes() == catalogue_tool.compiled(catalogue_tool.load(lang)), (
        f"{mo} is stale: run tools/update_catalogue.py"
    )
    with mo.open("rb") as fh:
        compiled = read_mo(fh)
    assert len([m for m in compiled if m.id]) == len([m for m in catalogue_tool.load(lang) if m.id])


def test_every_code_message_the_outputs_use_is_extracted(template):
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    # A few from each output, as a guard against a keyword the extractor misses.
    for text in ("ATTENDEE", "Agenda", "Speaker briefing: {name}", "When:", "Part of {event}.",
                 "Overdue", "Gap of {n} min between “{a}” (ends {end}) and “{b}” (starts {start}).",
                 "Your session", "Fix the date, start time and topic"):
        assert text in ids


@pytest.mark.parametrize("lang", i18n.catalogue_languages())
def test_a_translated_word_really_comes_back(lang):
    t = i18n.translator(lang)
    assert t._("ATTENDEE") != "ATTENDEE"
    assert t.checklist("Fix the date, start time and topic") != "Fix the date, start time and topic"
    # A speaker's copy keeps the name and translates the rest.
    assert t.checklist("Ada: Title and abstract received").startswith("Ada: ")
    assert t.checklist("Ada: Title and abstract received") != "Ada: Title and abstract received"
    assert t.checklist("Something the organiser typed") == "Something the organiser typed"
