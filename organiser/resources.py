"""Where the bundled data files live: a source tree, an installed wheel, a frozen app.

Fonts, label layouts, checklists, icons and translations ship in the top-level
``resources/`` folder of the repository. Where it is found:

* ``ORGANISER_RESOURCES`` set: that folder (tests, packagers);
* a PyInstaller bundle: ``sys._MEIPASS/resources``;
* a checkout (or an editable install): ``resources/`` next to ``organiser/``;
* an installed wheel: the ``meetup_organiser_resources`` package, which
  ``pyproject.toml`` maps onto the same folder, found through importlib.resources.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

_ENV = "ORGANISER_RESOURCES"
#: The import name the wheel installs ``resources/`` under (see pyproject.toml).
PACKAGE = "meetup_organiser_resources"


def resources_root() -> Path:
    """The folder that holds ``fonts/``, ``badge_layouts/`` and friends."""
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / "resources"
    return _installed_root()


@lru_cache(maxsize=1)
def _installed_root() -> Path:
    checkout = Path(__file__).resolve().parent.parent
    # A source tree has pyproject.toml beside resources/; site-packages never does,
    # so an unrelated top-level "resources" folder there is never taken for ours.
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    from importlib import resources

    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError:
        return checkout / "resources"  # nothing installed: the callers report what is missing
    # Wheels install as plain files, so this is a real folder (Qt and ReportLab need paths).
    return Path(str(root))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_root().joinpath(*parts)
