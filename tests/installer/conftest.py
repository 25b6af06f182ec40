"""One frozen build per test session, shared by every installer test.

The build (PyInstaller onedir + a quickly compressed .deb) goes to a temporary
folder, so a developer's own dist/ is never touched. It is skipped, with the
reason, only when the build tools are missing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FrozenBuild:
    bundle: Path
    exe: Path
    deb: Path
    log: str
    name: str
    version: str


def _project() -> dict[str, str]:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]  # type: ignore[no-any-return]


#: A folder where installer/build.py already put the bundle and the .deb (`.ci/run`
#: builds them once, with their real compression, and the tests reuse them).
PREBUILT_ENV = "MEETUP_ORGANISER_PREBUILT_DIST"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The first installer test also waits for the frozen build (up to 20 minutes).
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here) and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(1800))


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> FrozenBuild:
    project = _project()
    name, version = project["name"], project["version"]
    prebuilt = os.environ.get(PREBUILT_ENV)
    if prebuilt:
        dist = Path(prebuilt)
        debs = sorted(dist.glob(f"{name}_{version}_*.deb"))
        assert len(debs) == 1 and (dist / name / name).is_file(), f"no build in {dist}"
        return FrozenBuild(
            bundle=dist / name, exe=dist / name / name, deb=debs[0], log="", name=name,
            version=version,
        )
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install pyinstaller): no frozen build")
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed (Debian package dpkg): no .deb build")
    if not shutil.which("objdump"):
        pytest.skip("objdump is not installed (Debian package binutils): PyInstaller needs it")
    out = tmp_path_factory.mktemp("installer")
    dist, work = out / "dist", out / "work"
    cmd = [
        sys.executable,
        str(ROOT / "installer" / "build.py"),
        "--dist",
        str(dist),
        "--work",
        str(work),
        "--fast-deb",
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200, check=False
    )
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"installer/build.py failed:\n{log[-6000:]}"
    debs = sorted(dist.glob(f"{name}_{version}_*.deb"))
    assert len(debs) == 1, f"expected one .deb in {dist}: {debs}\n{log[-3000:]}"
    bundle = dist / name
    return FrozenBuild(
        bundle=bundle, exe=bundle / name, deb=debs[0], log=log, name=name, version=version
    )
