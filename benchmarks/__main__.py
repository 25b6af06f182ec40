"""`make bench`: run every benchmark module (or those named) and print its lines."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

import benchmarks


def main(argv: list[str]) -> int:
    # In-process benchmarks and the programs they start keep their settings and logs
    # out of the developer's own per-user folders.
    os.environ.update(benchmarks.user_env())
    names = sorted(
        m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    failed = 0
    for name in names:
        mod = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {(mod.__doc__ or '').strip().splitlines()[0]}", flush=True)
        t0 = time.perf_counter()
        try:
            for line in mod.run():
                print(f"   {line}", flush=True)
        except Exception as exc:  # keep going: one broken benchmark must not hide the rest
            failed += 1
            print(f"   FAILED: {exc.__class__.__name__}: {exc}", flush=True)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main(sys.argv[1:]))
