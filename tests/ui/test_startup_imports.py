"""The window paints before the database layer loads (the store opens in a worker)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.installer.conftest import ROOT

CODE = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui import single_instance
single_instance.hand_over(None, None)  # nobody listens under this test's name
from ui.main_window import MainWindow
w = MainWindow(None, QSettings(sys.argv[1], QSettings.Format.IniFormat))
w.show()
app.processEvents()
w.recent_menu.aboutToShow.emit()  # File > Open Recent filled from settings
print(sorted(m for m in ("sqlalchemy", "alembic", "reportlab") if m in sys.modules))
"""


def test_menus_and_instance_check_load_no_database_code_before_the_first_paint(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["ORGANISER_INSTANCE_NAME"] = f"imports-{os.getpid()}-{tmp_path.name}"
    proc = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path / "s.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout
