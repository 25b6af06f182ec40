"""Colours that follow the system palette, light or dark.

Widgets never hard-code a light colour: they ask for a role of the current
palette, or for one of the status colours below, which are picked to read on
that palette's background.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

_LIGHT = {
    "accent": "#2f6fd6",
    "good": "#2e8540",
    "warn": "#b7791f",
    "bad": "#c62828",
    "muted": "#8a8f98",
}
_DARK = {
    "accent": "#6ea8ff",
    "good": "#5cc878",
    "warn": "#f0b44c",
    "bad": "#ff6b6b",
    "muted": "#9aa0aa",
}


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def color(name: str, palette: QPalette | None = None) -> QColor:
    """A status colour (accent, good, warn, bad, muted) readable on this palette."""
    table = _DARK if is_dark(palette) else _LIGHT
    return QColor(table[name])


def soft(name: str, palette: QPalette | None = None, alpha: int = 48) -> QColor:
    """The same colour, translucent, for fills behind text."""
    c = color(name, palette)
    c.setAlpha(alpha)
    return c


def card_color(palette: QPalette) -> QColor:
    """A surface a little apart from the window background."""
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    return base if base != window else window.lighter(108)


def dark_palette() -> QPalette:
    """A dark palette like the one a dark desktop hands us (used for tests and screenshots)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    pal.setColor(roles.Window, QColor(37, 38, 42))
    pal.setColor(roles.WindowText, QColor(230, 230, 232))
    pal.setColor(roles.Base, QColor(28, 29, 32))
    pal.setColor(roles.AlternateBase, QColor(44, 45, 50))
    pal.setColor(roles.ToolTipBase, QColor(50, 50, 55))
    pal.setColor(roles.ToolTipText, QColor(230, 230, 232))
    pal.setColor(roles.PlaceholderText, QColor(140, 142, 148))
    pal.setColor(roles.Text, QColor(230, 230, 232))
    pal.setColor(roles.Button, QColor(50, 51, 56))
    pal.setColor(roles.ButtonText, QColor(230, 230, 232))
    pal.setColor(roles.BrightText, QColor(255, 110, 110))
    pal.setColor(roles.Highlight, QColor(53, 107, 196))
    pal.setColor(roles.HighlightedText, QColor(255, 255, 255))
    pal.setColor(roles.Link, QColor(110, 168, 255))
    pal.setColor(roles.Mid, QColor(70, 72, 78))
    pal.setColor(roles.Midlight, QColor(60, 62, 68))
    pal.setColor(roles.Dark, QColor(20, 20, 22))
    pal.setColor(roles.Light, QColor(80, 82, 88))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, QColor(120, 122, 128))
    return pal


class _VisibleChecks(QProxyStyle):
    """Fusion with check boxes that show on a dark palette.

    Fusion outlines an empty check box in the window colour made darker, which
    on a dark palette is the colour of the field itself: the boxes of the
    Checklist and the Agenda's "Locked" column vanished. This adds a light rim
    when the palette is dark and changes nothing on a light one.
    """

    _CHECKS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(  # noqa: N802 - Qt naming
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._CHECKS and is_dark(option.palette):  # type: ignore[attr-defined]
            rim = QColor(option.palette.color(QPalette.ColorRole.Text))  # type: ignore[attr-defined]
            rim.setAlpha(150)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(rim)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)  # type: ignore[attr-defined]
            side = min(box.width(), box.height())
            box.setSize(QSizeF(side, side))
            painter.drawRoundedRect(box, 2, 2)
            painter.restore()


def fusion_style() -> QStyle | None:
    base = QStyleFactory.create("Fusion")
    return _VisibleChecks(base) if base is not None else None


def apply_style(app: QApplication, *, dark: bool | None = None) -> None:
    """Keep the platform's own style and palette unless a palette is forced.

    ``dark=None`` (the program) leaves both alone, so the window follows the
    desktop's light or dark setting with its native look (when that look is
    Fusion, as on a desktop without a Qt theme, its check boxes are made to show
    in dark mode). ``dark=True/False`` (screenshots and tests) switches to
    Fusion, which honours any palette fully.
    """
    if dark is None:
        if app.style().name().lower() == "fusion":
            style = fusion_style()
            if style is not None:
                app.setStyle(style)
        return
    style = fusion_style()
    if style is not None:
        app.setStyle(style)
    app.setPalette(dark_palette() if dark else (style.standardPalette() if style else QPalette()))


THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")
_desktop: dict[str, object] = {}


def _remember_desktop(app: QApplication) -> None:
    """Note the desktop's own style and palette once, so "System" can go back to them."""
    if not _desktop:
        _desktop["style"] = app.style().name() or "fusion"  # our Fusion proxy has no name
        _desktop["palette"] = QPalette(app.palette())


def chosen_theme(settings: object) -> str:
    """The theme kept in QSettings ("system" when unset or unknown)."""
    value = str(settings.value(THEME_KEY, "system"))  # type: ignore[attr-defined]
    return value if value in THEMES else "system"


def apply_theme(app: QApplication, mode: str) -> None:
    """Switch to System, Light or Dark at once, without a restart.

    Light and Dark use Fusion with a palette of our own, so they work on a
    desktop that has no theme setting at all (a bare X session, offscreen).
    System puts back the style and palette the desktop gave us at start.
    """
    _remember_desktop(app)
    if mode == "dark":
        apply_style(app, dark=True)
    elif mode == "light":
        apply_style(app, dark=False)
    else:
        name = str(_desktop["style"])
        if app.style().name().lower() != name.lower():
            base = QStyleFactory.create(name)
            if base is not None:
                app.setStyle(base)
        palette = _desktop["palette"]
        assert isinstance(palette, QPalette)
        app.setPalette(palette)
        apply_style(app)
    for widget in app.topLevelWidgets():
        widget.update()
