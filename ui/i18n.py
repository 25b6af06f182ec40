"""Interface language: English by default, else the system's or the one chosen in Preferences."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ui import fmt
from ui.dialogs.preferences_dialog import LANGUAGE_KEY
from ui.icons import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
SUPPORTED = ("en", "it", "de", "fr", "es")

_installed: list[QTranslator] = []


def choose_language(settings: QSettings | None = None, system: QLocale | None = None) -> str:
    """The override from Preferences, else the system language if we ship it, else English."""
    chosen = str(settings.value(LANGUAGE_KEY, "system")) if settings is not None else "system"
    if chosen in SUPPORTED:
        return chosen
    lang = (system or QLocale.system()).name().split("_")[0]
    return lang if lang in SUPPORTED else "en"


def install(app: QApplication, language: str) -> bool:
    """Load our translation (and Qt's own, for standard buttons); True when ours loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    fmt.set_language(language)
    # Numbers in spin boxes follow the language too ("0,5 mm" in Italian).
    QLocale.setDefault(QLocale.system() if language == "en" else QLocale(language))
    ours = QTranslator(app)  # English ships too: it holds the plural forms ("1 day", "2 days")
    ok = ours.load(str(TRANSLATIONS / f"meetup_organiser_{language}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return ok
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
