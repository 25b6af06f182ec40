"""Italian when asked for, plurals in English, and drawings that follow a dark palette."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from organiser.changes import ChangeSet, Kind
from ui import i18n, theme


@pytest.fixture
def language(qapp):
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, "en")


@pytest.fixture
def dark(qapp):
    old = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    yield
    qapp.setPalette(old)


def test_italian_translation_shows_italian_text(qtbot, window, language):
    from ui.pages.welcome_page import WelcomePage
    from ui.widgets.due_list import DueList

    assert language("it") is True
    page = WelcomePage()
    qtbot.addWidget(page)
    assert page.create_button.text() == "Crea il tuo primo meetup"
    assert page.demo_button.text() == "Esplora il meetup di esempio"
    due = DueList()
    qtbot.addWidget(due)
    assert due.when(2, False) == "scade tra 2 giorni"
    assert due.when(1, False) == "scade tra 1 giorno"
    from organiser import events
    from organiser.timeutil import local

    start = local("Europe/Rome", 2099, 12, 10, 18, 30)
    with window.ctx.store.session() as s:
        eid = events.create_event(
            s,
            title="Natale ML",
            starts_at=start,
            ends_at=start.add(hours=2),
            timezone="Europe/Rome",
        ).id
    window.ctx.ops.announce(ChangeSet.of(Kind.EVENT))  # as if another organiser saved
    window.ctx.select_event(eid)
    window.show_page(0)
    overview = window.pages[0]
    assert overview.countdown.headline() == "all’apertura delle porte"
    assert overview.subtitle.text().startswith("gio 10 dic 2099, 18:30 CET")
    assert overview.edit_button.text() == "Modifica evento…"


def test_english_plurals_read_naturally(qtbot, language):
    from ui.widgets.due_list import DueList

    language("en")
    due = DueList()
    qtbot.addWidget(due)
    assert due.when(1, False) == "due in 1 day"
    assert due.when(3, False) == "due in 3 days"
    assert due.when(-2, True) == "overdue by 2 days"


def test_language_comes_from_preferences_then_the_system(settings):
    from ui.dialogs.preferences_dialog import LANGUAGE_KEY

    assert i18n.choose_language(settings, QLocale("it_IT")) == "it"
    assert i18n.choose_language(settings, QLocale("de_DE")) == "de"
    assert i18n.choose_language(settings, QLocale("fr_CA")) == "fr"
    assert i18n.choose_language(settings, QLocale("es_MX")) == "es"
    assert i18n.choose_language(settings, QLocale("pt_BR")) == "en"  # not shipped
    settings.setValue(LANGUAGE_KEY, "en")
    assert i18n.choose_language(settings, QLocale("it_IT")) == "en"
    settings.setValue(LANGUAGE_KEY, "it")
    assert i18n.choose_language(settings, QLocale("en_US")) == "it"


def test_preferences_dialog_stores_the_override(qtbot, settings):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.preferences_dialog import LANGUAGE_KEY, PreferencesDialog

    dlg = PreferencesDialog(settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    # Cancel keeps the old choice, OK stores the new one: clicked, not called.
    buttons = dlg.findChild(QDialogButtonBox)
    dlg.language.setCurrentIndex(dlg.language.findData("it"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert settings.value(LANGUAGE_KEY) != "it"
    dlg.show()
    dlg.language.setCurrentIndex(dlg.language.findData("it"))
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert settings.value(LANGUAGE_KEY) == "it"


def test_preferences_offers_every_shipped_language(qtbot, settings):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.preferences_dialog import LANGUAGE_KEY, PreferencesDialog

    dlg = PreferencesDialog(settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    box = dlg.language
    offered = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert offered == {
        "system": "Same as the system",
        "en": "English",
        "it": "Italiano",
        "de": "Deutsch",
        "fr": "Français",
        "es": "Español",
    }
    assert set(offered) - {"system"} == set(i18n.SUPPORTED)
    dlg.language.setCurrentIndex(dlg.language.findData("de"))
    ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert settings.value(LANGUAGE_KEY) == "de"
    assert i18n.choose_language(settings, QLocale("it_IT")) == "de"


def test_dashboard_draws_with_the_dark_palette(qtbot, demo_store, settings, dark):
    from ui.main_window import MainWindow

    store, event_id = demo_store
    assert theme.is_dark()
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    page = win.pages[0]
    bar = page.capacity
    img = bar.grab().toImage()
    dpr = img.devicePixelRatio()
    fill = img.pixelColor(int(10 * dpr), int(12 * dpr))
    assert fill == theme.color("good")  # 39 of 70: the dark palette's green
    card = page.venue_card.grab().toImage()
    inside = card.pixelColor(int(card.width() / 2), card.height() - int(6 * dpr))
    assert inside.lightness() < 80  # a dark surface, not a hard-coded white card
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() > 180


def test_light_palette_gives_light_status_colours(qapp):
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, theme.QColor(240, 240, 240))
    assert not theme.is_dark(light)
    assert theme.color("bad", light) != theme.color("bad", theme.dark_palette())
