"""Where the bundled data files live, in a source tree and in a frozen app.

Fonts, label layouts and other data ship in the top-level ``resources/`` folder.
PyInstaller unpacks a onedir/onefile bundle under ``sys._MEIPASS``; everything
else (a checkout, an editable install) finds the folder next to the package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV = "ORGANISER_RESOURCES"


def resources_root() -> Path:
    """The folder that holds ``fonts/``, ``badge_layouts/`` and friends."""
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_root().joinpath(*parts)
