"""Run mutmut on ONE critical module, with only that module's tests per mutant.

``make mutation`` mutates every critical module and runs the whole test
selection in its statistics pass, which takes hours on a shared laptop. This
runs one group of ``GROUPS`` in a scratch folder (``.mutation/<group>``):
``organiser/``, ``tests/``, ``resources/`` and ``main.py`` are copied there and
``pyproject.toml``'s ``[tool.mutmut]`` is rewritten so that only the group's
files are mutated and only its test files are run. The optional ``--only``
patterns (mutmut's mutant names, e.g. ``'organiser.calendar.x_build_ics*'``)
limit a run to the critical functions of a big module.

Usage: python -m tests.tools.mutation_module GROUP [--only PATTERN ...]
Then:  python -m tests.tools.mutation_score --mutants .mutation/GROUP/mutants
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# group -> (files mutated, test files run for each mutant, mutant name patterns:
# the critical functions scored when the whole module is too slow to run)
MODULES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "checkin": (
        ["organiser/checkin.py", "organiser/textnorm.py"],
        ["tests/core/test_checkin.py"],
        [],
    ),
    "attendees": (
        ["organiser/attendees/export.py", "organiser/attendees/formats.py"],
        ["tests/core/test_attendees_neutralise.py"],
        # the CSV neutralising both ways and the export (formats.py's parsers are
        # import, scored by the whole `make mutation`)
        [
            "organiser.attendees.export.x_*",
            "organiser.attendees.formats.x_needs_neutralising__mutmut_*",
            "organiser.attendees.formats.x_clean_cell__mutmut_*",
        ],
    ),
    "checklists": (
        ["organiser/checklists/templates.py", "organiser/checklists/items.py"],
        ["tests/core/test_checklist_due.py"],
        # offsets, the due instant, the groups (the rest of the package is storage)
        [
            *(
                f"organiser.checklists.templates.x_{f}__mutmut_*"
                for f in (
                    "parse_offset",
                    "check_time",
                    "format_offset",
                    "describe_offset",
                    "due_date",
                )
            ),
            *(
                f"organiser.checklists.items.x_{f}__mutmut_*"
                for f in ("group_of", "group_items", "format_when")
            ),
        ],
    ),
    "fonts": (
        ["organiser/printing/fonts.py"],
        ["tests/core/test_font_fallback.py"],
        # the fallback: which file prints each character, what is dropped, where
        # each run is drawn (not the licence list or HarfBuzz detection)
        [
            f"organiser.printing.fonts.x_{f}__mutmut_*"
            for f in (
                "font_path",
                "ensure_registered",
                "_is_arabic",
                "_is_rtl",
                "shape",
                "_ignorable",
                "_chain",
                "_pick",
                "_runs",
                "runs",
                "_covered",
                "_missing",
                "missing_glyphs",
                "fonts_used",
                "para_markup",
                "_width",
                "text_width",
                "draw_text",
            )
        ],
    ),
    "backup": (
        ["organiser/backup.py"],
        ["tests/core/test_backup_refusals.py"],
        # which backups rotation keeps, which files restore refuses (restore's own
        # copy-and-check path needs the slower tests/core/test_backup*.py)
        [f"organiser.backup.x_{f}__mutmut_*" for f in ("plan_rotation", "inspect_backup")],
    ),
    "agenda": (
        ["organiser/agenda.py"],
        ["tests/agenda/test_agenda_reflow.py"],
        # adding, changing, moving, deleting sessions and the reflow itself (the
        # warnings and the printed schedule are other tests' business)
        [
            f"organiser.agenda.x_{f}__mutmut_*"
            for f in (
                "_clean",
                "add_session",
                "update_session",
                "set_duration",
                "set_locked",
                "delete_session",
                "move_session",
                "_anchor",
                "reflow_sessions",
                "_renumber",
                "snapshot",
                "restore",
            )
        ],
    ),
    "calendar": (
        ["organiser/calendar.py"],
        [
            "tests/agenda/test_ics_instants.py",
        ],
        # the instants: reading, zone changes, VTIMEZONE (build_ics's 320 text
        # mutants need the database tests, ~3 min a run here)
        [
            f"organiser.calendar.x_{f}__mutmut_*"
            for f in ("_at", "_state", "_change_in", "transitions", "vtimezone", "_one_line")
        ],
    ),
}


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


def prepare(group: str, where: Path) -> None:
    files, tests, _only = MODULES[group]
    tests = [t for t in tests if (ROOT / t).exists()]
    where.mkdir(parents=True, exist_ok=True)
    for name in ("organiser", "tests", "resources"):
        target = where / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy2(ROOT / "main.py", where / "main.py")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    text = re.sub(r"only_mutate = \[.*?\]", "only_mutate = " + _toml_list(files), text, flags=re.S)
    text = re.sub(
        r"pytest_add_cli_args_test_selection = \[.*?\]",
        "pytest_add_cli_args_test_selection = " + _toml_list(tests),
        text,
        flags=re.S,
    )
    text = text.replace("[tool.mutmut]", "[tool.mutmut]\ntimeout_multiplier = 4.0", 1)
    (where / "pyproject.toml").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("group", choices=sorted(MODULES))
    parser.add_argument("--only", nargs="*", default=[], help="mutant name patterns")
    parser.add_argument("--keep", action="store_true", help="reuse the previous results")
    args = parser.parse_args(argv)
    where = ROOT / ".mutation" / args.group
    if not args.keep and (where / "mutants").exists():
        shutil.rmtree(where / "mutants")
    prepare(args.group, where)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGANISER_TEST_OUTSIDE_CHECK="0")
    mutmut = Path(sys.executable).with_name("mutmut")
    only = args.only or MODULES[args.group][2]
    code = subprocess.call([str(mutmut), "run", *only], cwd=where, env=env)
    subprocess.call(
        [sys.executable, "-m", "tests.tools.mutation_score", "--mutants", str(where / "mutants")],
        cwd=ROOT,
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
