"""Make the bundled fonts available to Qt, so every script shows on screen.

Without this, a machine with no CJK, Devanagari or Arabic system fonts shows
names like 渡辺健二 as boxes in tables, although the PDFs print them right.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from organiser.printing.fonts import FONT_LICENCES

_installed = False


def install_bundled_fonts() -> int:
    """Add each shipped font file to Qt's database once; returns how many loaded."""
    global _installed
    if _installed:
        return 0
    _installed = True
    loaded = 0
    for font in FONT_LICENCES:
        if font.path.is_file() and QFontDatabase.addApplicationFont(str(font.path)) >= 0:
            loaded += 1
    return loaded
