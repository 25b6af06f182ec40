from PySide6.QtGui import QFontDatabase

from ui.fonts import install_bundled_fonts


def test_every_script_has_a_font_on_screen(qapp):
    install_bundled_fonts()
    ws = QFontDatabase.WritingSystem
    needed = {
        ws.SimplifiedChinese, ws.Japanese, ws.Korean, ws.Arabic, ws.Hebrew, ws.Devanagari,
        ws.Thai, ws.Greek, ws.Cyrillic,
    }
    covered = set()
    for family in QFontDatabase.families():
        covered.update(QFontDatabase.writingSystems(family))
    assert needed <= covered, needed - covered
