"""Frozen start-up against the venv: process start to the main window shown.

    python installer/measure_startup.py dist/meetup-organiser [--runs 7]

Both sides run the same program on the same small database with
``ORGANISER_BENCH_EXIT=shown`` (ui/app.py prints ``BENCH_READY`` from the event
loop once the window is up, then quits), offscreen, interleaved, from fresh
processes; the best run of each counts (the least disturbed by other load).
The venv side runs from compiled bytecode, as an installed wheel would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time_to_ready(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ready = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if b"BENCH_READY" in line and ready is None:
            ready = time.perf_counter() - t0
    proc.stdout.close()
    if proc.wait() != 0 or ready is None:
        raise SystemExit(f"error: {cmd[0]} did not show its window")
    return ready


def measure(bundle: Path, runs: int = 7) -> tuple[float, float]:
    """Best-of-``runs`` seconds to a shown window: (venv, frozen)."""
    exe = bundle / bundle.name
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        db = home / "startup.sqlite"
        env = dict(
            os.environ,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_STATE_HOME=str(home / "state"),
            QT_QPA_PLATFORM="offscreen",
            ORGANISER_BENCH_EXIT="shown",
            ORGANISER_INSTANCE_NAME=f"startup-{os.getpid()}",
            PYTHONPYCACHEPREFIX=str(home / "pycache"),
        )
        env.pop("ORGANISER_LOG_DIR", None)  # both sides log under this HOME
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
            env=env, check=True, capture_output=True,
        )
        venv_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        frozen_cmd = [str(exe), "--db", str(db)]
        _time_to_ready(venv_cmd, env)  # compile the bytecode once, warm the disk cache
        _time_to_ready(frozen_cmd, env)
        venv, frozen = [], []
        for _ in range(runs):
            venv.append(_time_to_ready(venv_cmd, env))
            frozen.append(_time_to_ready(frozen_cmd, env))
    return min(venv), min(frozen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the onedir folder (dist/meetup-organiser)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    v, f = measure(args.bundle, args.runs)
    print(f"venv start-up to a shown window:   {v:.2f} s (best of {args.runs})")
    print(f"frozen start-up to a shown window: {f:.2f} s (best of {args.runs})")
    print(f"frozen / venv: {f / v:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
