"""SVG icons tinted with the palette's text colour, sharp at any scale.

The files in ``resources/icons`` draw with ``currentColor``; the engine below
substitutes the colour of the palette in use when it paints, so icons stay
readable in dark mode and render at the device pixel ratio (HiDPI).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from organiser.resources import resource_path

RESOURCES = resource_path()
ICON_DIR = RESOURCES / "icons"
APP_ICON = ICON_DIR / "meetup-organiser.svg"


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    path = ICON_DIR / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class _TintedSvgEngine(QIconEngine):
    def __init__(self, name: str, role: QPalette.ColorRole) -> None:
        super().__init__()
        self.name = name
        self.role = role

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        pal = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        role = self.role
        if mode == QIcon.Mode.Selected:
            role = QPalette.ColorRole.HighlightedText
        tint = pal.color(group, role).name()
        text = _svg_text(self.name).replace("currentColor", tint)
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(p, QRect(0, 0, size.width(), size.height()), mode, state)
        p.end()
        return pm

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self.name, self.role)


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """An icon from ``resources/icons/<name>.svg``; empty when the file is missing."""
    if not _svg_text(name):
        return QIcon()
    return QIcon(_TintedSvgEngine(name, role))


def app_icon() -> QIcon:
    """The application icon the installer ships, when it is there."""
    return QIcon(str(APP_ICON)) if APP_ICON.exists() else QIcon()
