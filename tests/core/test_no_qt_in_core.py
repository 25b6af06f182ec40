import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_core_module_leaves_pyside6_out():
    code = (
        "import pkgutil, importlib, sys, organiser\n"
        "names = [m.name for m in pkgutil.walk_packages(organiser.__path__, 'organiser.')\n"
        "         if '.migrations.' not in m.name]\n"
        "for n in names: importlib.import_module(n)\n"
        "assert len(names) > 10, names\n"
        "leaked = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(len(names), leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_no_source_file_in_core_mentions_pyside6():
    offenders = [
        p for p in (ROOT / "organiser").rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
