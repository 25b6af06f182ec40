"""Print the mutation score of each critical core module after ``mutmut run``.

Reads mutmut's per-file results (``mutants/<file>.meta``) and groups them by
the modules the issue names. Killed = a test failed, timed out or the mutant
crashed; survived = every test passed. Mutants no test reaches ("no tests")
count as survivors: a module is only as safe as the tests that run its code.

Usage: python -m tests.tools.mutation_score [--min 85]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

GROUPS = {
    "check-in search": ["organiser/checkin.py", "organiser/textnorm.py"],
    "attendee import/export": ["organiser/attendees*", "organiser/csvread.py"],
    "checklist due dates": ["organiser/checklists*"],
    "printing/fonts": ["organiser/printing/fonts.py"],
    "backup/restore": ["organiser/backup.py"],
    "agenda reflow": ["organiser/agenda.py"],
    "calendar/ICS": ["organiser/calendar.py"],
}
KILLED = {1, 3, 36, 24, -24, 152, 255, -11, -9, 37}
SURVIVED = {0, 5, 33}


def results(mutants: Path) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for meta in sorted(mutants.rglob("*.py.meta")):
        source = str(meta.relative_to(mutants))[: -len(".meta")]
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        count: Counter[str] = Counter()
        for code in codes.values():
            if code is None:
                count["not run"] += 1
            elif code in KILLED:
                count["killed"] += 1
            elif code in SURVIVED:
                count["survived"] += 1
            else:
                count["other"] += 1
        out[source] = count
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", default="mutants", type=Path)
    parser.add_argument("--min", type=float, default=85.0, help="target score in percent")
    args = parser.parse_args(argv)
    by_file = results(args.mutants)
    if not by_file:
        print(f"no mutmut results in {args.mutants}/ (run `make mutation` first)")
        return 1
    below = []
    print(f"{'module':<24} {'killed':>7} {'survived':>9} {'not run':>8} {'score':>7}")
    for group, patterns in GROUPS.items():
        total: Counter[str] = Counter()
        for source, count in by_file.items():
            if any(fnmatch(source, p) or fnmatch(source, p + "/*") for p in patterns):
                total.update(count)
        judged = total["killed"] + total["survived"] + total["other"]
        if not judged:
            print(f"{group:<24} {'-':>7} {'-':>9} {total['not run']:>8} {'n/a':>7}")
            continue
        score = 100.0 * total["killed"] / judged
        print(
            f"{group:<24} {total['killed']:>7} {total['survived']:>9} "
            f"{total['not run']:>8} {score:>6.1f}%"
        )
        if score < args.min:
            below.append(group)
    if below:
        print(f"below {args.min:.0f}%: {', '.join(below)}  (`mutmut results` lists survivors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
