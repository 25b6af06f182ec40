"""Frozen start-up: the PyInstaller bundle against the venv, process start to a shown window.

Issue 16's target is a ratio of at most 1.2. It needs a built bundle:
``make installer`` (dist/meetup-organiser) or MEETUP_ORGANISER_PREBUILT_DIST
pointing at a folder that holds one; without it the line says so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "5"))


def run() -> Iterator[str]:
    dist = Path(os.environ.get("MEETUP_ORGANISER_PREBUILT_DIST") or ROOT / "dist")
    bundle = dist / "meetup-organiser"
    if not (bundle / bundle.name).is_file():
        yield f"no bundle in {dist}: run `make installer` first (target: frozen/venv <= 1.2)"
        return
    sys.path.insert(0, str(ROOT / "installer"))
    import measure_startup  # installer/measure_startup.py

    venv, frozen = measure_startup.measure(bundle, RUNS)
    yield (
        f"venv {venv:.2f} s, frozen {frozen:.2f} s to a shown window (best of {RUNS}): "
        f"ratio {frozen / venv:.2f} (target <= 1.2)"
    )
