"""The Italian, German, French and Spanish translations are complete and are what the pages show.

Two halves: the translation sources (every string ``ui/`` hands to Qt's
translation functions is in each .ts, translated, with its placeholders,
accelerator and markup, and the compiled .qm says the same), and the real
window with the sample meetup in each language (navigation, buttons, table
headers, table cells).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
    QWidget,
)

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TS_IT = TS_DIR / "meetup_organiser_it.ts"
TS_EN = TS_DIR / "meetup_organiser_en.ts"
# Every language the window ships in besides English (which holds only plural forms).
LANGUAGES = ("it", "de", "fr", "es")
PLACEHOLDER = re.compile(r"%n|%\d|\{\w*\}")
TAG = re.compile(r"</?\w+[^>]*>")
MNEMONIC = re.compile(r"&(?!&)\S")


def _ts(lang: str) -> Path:
    return TS_DIR / f"meetup_organiser_{lang}.ts"


# -- the translation sources -----------------------------------------------------------


def _messages(ts: Path) -> list[dict]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")]
            out.append(
                {
                    "context": name,
                    "source": msg.findtext("source") or "",
                    "type": tr.get("type"),
                    "numerus": msg.get("numerus") == "yes",
                    "forms": forms if forms else [tr.text or ""],
                }
            )
    return out


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _collect(node: ast.AST, cls: str | None, where: Path, helper: str | None, used: set) -> None:
    if isinstance(node, ast.ClassDef):
        cls = node.name
    if isinstance(node, ast.Call):
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
        args = [_literal(a) for a in node.args]
        if name == "tr" and isinstance(fn, ast.Attribute) and args and args[0]:
            assert isinstance(fn.value, ast.Name) and fn.value.id == "self", (
                f"{where}:{node.lineno}: x.tr() takes its context from the variable "
                "name in lupdate; use QCoreApplication.translate('Class', …)"
            )
            assert cls is not None
            used.add((cls, args[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            if args[0] and args[1]:
                used.add((args[0], args[1]))
        elif name == "_tr" and helper and args and args[0]:
            used.add((helper, args[0]))
    for child in ast.iter_child_nodes(node):
        _collect(child, cls, where, helper, used)


def _used_strings() -> set[tuple[str, str]]:
    """(context, source) of every literal handed to tr/translate/QT_TRANSLATE_NOOP in ui/."""
    used: set[tuple[str, str]] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper = None  # the context of a module-level ``_tr(text)`` helper, if any
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_tr":
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and call.args and _literal(call.args[0]):
                        helper = _literal(call.args[0])
        _collect(tree, None, path, helper, used)
    return used


def _problems(messages: list[dict], lang: str) -> list[str]:
    """What is wrong with a language's entries: unfinished, empty, a lost placeholder, …"""
    problems = []
    for m in messages:
        where = f"{lang} {m['context']}: {m['source']!r}"
        if m["type"] is not None:  # "unfinished", "vanished", "obsolete"
            problems.append(f"{where} is {m['type']}")
            continue
        if m["numerus"] and len(m["forms"]) != 2:  # it, de, fr, es: one / other
            problems.append(f"{where} needs the 2 plural forms")
        for form in m["forms"]:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            wanted = sorted(set(PLACEHOLDER.findall(m["source"])))
            got = sorted(set(PLACEHOLDER.findall(form)))
            if wanted != got:
                problems.append(f"{where} → {form!r}: placeholders {got} instead of {wanted}")
            if sorted(TAG.findall(form)) != sorted(TAG.findall(m["source"])):
                problems.append(f"{where} → {form!r}: the markup changed")
            if bool(MNEMONIC.search(m["source"])) != (len(MNEMONIC.findall(form)) == 1):
                problems.append(f"{where} → {form!r}: needs exactly one & accelerator")
            if form.startswith(" ") != m["source"].startswith(" "):
                problems.append(f"{where} → {form!r}: the leading space matters")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_with_its_placeholders(lang):
    messages = _messages(_ts(lang))
    assert len(messages) > 800  # every page of ui/, not just the shell
    assert _problems(messages, lang) == []


def test_the_completeness_check_catches_what_it_should():
    source = {"context": "C", "type": None, "numerus": False}
    bad = [
        {**source, "source": "Open %1", "forms": ["Öffnen"]},  # placeholder lost
        {**source, "source": "<b>%1</b> going", "forms": ["%1 zugesagt"]},  # markup lost
        {**source, "source": "&Save", "forms": ["Speichern"]},  # accelerator lost
        {**source, "source": "Done", "forms": [""]},  # empty
        {**source, "source": "Later", "type": "unfinished", "forms": ["Später"]},
        {**source, "source": "%n day(s)", "numerus": True, "forms": ["%n Tag"]},
    ]
    found = _problems(bad, "de")
    assert len(found) == len(bad), found
    good = {**source, "source": "&Save %1", "forms": ["%1 &speichern"]}
    assert _problems([good], "de") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_the_code_translates_is_in_the_ts(lang):
    entries = {(m["context"], m["source"]) for m in _messages(_ts(lang)) if m["type"] is None}
    missing = sorted(_used_strings() - entries)
    assert missing == [], "run tools/update_translations.py and translate: " + repr(missing[:10])


def test_the_languages_share_one_set_of_strings():
    keys = {lang: {(m["context"], m["source"]) for m in _messages(_ts(lang))} for lang in LANGUAGES}
    for lang in LANGUAGES[1:]:
        assert keys[lang] == keys["it"], lang


def test_english_plural_forms_exist_for_every_count():
    italian_plurals = {(m["context"], m["source"]) for m in _messages(TS_IT) if m["numerus"]}
    english = {(m["context"], m["source"]): m for m in _messages(TS_EN)}
    assert italian_plurals <= set(english)
    for key in italian_plurals:
        one, many = english[key]["forms"]
        assert english[key]["type"] is None and "(s)" not in one + many, key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_qm_matches_the_ts(qapp, lang):
    tr = QTranslator()
    assert tr.load(str(_ts(lang).with_suffix(".qm")))
    for m in _messages(_ts(lang)):
        if m["numerus"]:
            # QTranslator gives the form as written; QCoreApplication.translate fills %n
            assert tr.translate(m["context"], m["source"], None, 1) == m["forms"][0]
            assert tr.translate(m["context"], m["source"], None, 5) == m["forms"][1]
        else:
            assert tr.translate(m["context"], m["source"]) == m["forms"][0], m


# -- the window in Italian -----------------------------------------------------------------


@pytest.fixture
def italian(qapp):
    assert i18n.install(qapp, "it")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def italian_window(qtbot, sqlite_store, settings, italian):
    from organiser.demo import create_demo
    from ui.main_window import MainWindow

    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    win = MainWindow(sqlite_store, settings)
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    win.ctx.select_event(event_id)
    return win


def _shown_texts(page: QWidget) -> list[str]:
    """What a person reads on a page: labels, buttons, fields, combo items, table headers."""
    out: list[str] = []
    for w in page.findChildren(QWidget):
        if isinstance(w, QAbstractButton | QLabel):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            out.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            )
        out.append(w.accessibleName())
    return [t for t in out if t]


def _english_only() -> set[str]:
    """Source texts whose Italian differs: seeing one on screen means it was not translated."""
    messages = [m for m in _messages(TS_IT) if not m["numerus"]]
    italian = {m["forms"][0] for m in messages}
    return {m["source"] for m in messages if m["source"] not in italian}


def _header(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount(QModelIndex()))
    ]


def test_navigation_and_pages_read_in_italian(qtbot, italian_window):
    from ui.main_window import PAGES, page_key

    win = italian_window
    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    for word in (
        "Panoramica",
        "Programma",
        "Relatori",
        "Sede e diretta",
        "Partecipanti",
        "Check-in",
        "Checklist",
        "Stampa",
        "Sedi",
        "Archivio relatori",
    ):
        assert word in nav
    assert "Attendees" not in nav and "Venue & Stream" not in nav

    from organiser.checklists import list_templates

    # Checklist templates are data (shipped in English, renamable), not interface text.
    with win.ctx.store.session() as s:
        data = {t.name for t in list_templates(s)}
    english = _english_only() - data
    for _module, cls, _icon, _title in PAGES:
        key = page_key(cls)
        win.show_page(key)
        page = win.page(key)
        qtbot.wait(20)
        shown = _shown_texts(page)
        left = sorted({t for t in shown if t in english})
        assert left == [], f"{cls} still shows English: {left}"
        assert not [t for t in shown if re.search(r"%\d|\{\d\}", t)], cls

    attendees = win.page(page_key("AttendeesPage"))
    assert _header(attendees.table) == [
        "Nome",
        "Email",
        "Azienda",
        "Ruolo",
        "Risposta",
        "Check-in",
        "Origine",
    ]
    assert attendees.import_button.text() == "Importa…"
    rsvp = {attendees.table.model().index(r, 4).data() for r in range(10)}
    assert rsvp <= {"Partecipa", "Lista d’attesa", "Non partecipa"} and "Partecipa" in rsvp

    checkin = win.page(page_key("CheckinPage"))
    assert checkin.checkin_button.text() == "Check-in  (Invio)"
    assert checkin.walkin_button.text() == "Non iscritto…  (Ctrl+N)"

    checklist = win.page(page_key("ChecklistPage"))
    assert _header(checklist.tree)[:3] == ["Voce", "Relatore", "Scadenza"]
    groups = [
        checklist.tree.model().index(r, 0).data() for r in range(checklist.tree.model().rowCount())
    ]
    assert groups[0].startswith("In ritardo") and groups[-1].startswith("Fatte")

    venue = win.page(page_key("VenueStreamPage"))
    assert _header(venue.links)[:3] == [
        "Scopo",
        "Piattaforma",
        "Per",
    ]
    assert venue.purpose.itemText(0) == "Principale"

    printing = win.page(page_key("PrintPage"))
    assert printing.save_button.text() == "Salva PDF…"
    assert printing.add_layout_button.text() == "Aggiungi formato…"

    agenda = win.page(page_key("AgendaPage"))
    assert agenda.add_button.text() == "A&ggiungi"
    kinds = [agenda.new_kind.itemText(i) for i in range(agenda.new_kind.count())]
    assert "Pausa" in kinds and "Break" not in kinds


def test_italian_counts_use_plural_forms(qtbot, italian):
    tr = QCoreApplication.translate
    assert tr("PrintPage", "%n sheet(s)", "", 1) == "1 foglio"
    assert tr("PrintPage", "%n sheet(s)", "", 3) == "3 fogli"
    assert tr("AttendeesPage", "⚠ %n repeat no-show(s)", "", 2) == "⚠ 2 assenti abituali"


# -- the window in German, French and Spanish ----------------------------------------------


def _untranslated(lang: str) -> set[str]:
    """Source texts whose ``lang`` text differs: seen on screen, they were not translated."""
    messages = [m for m in _messages(_ts(lang)) if not m["numerus"]]
    shown = {m["forms"][0] for m in messages}
    return {m["source"] for m in messages if m["source"] not in shown}


# A few words a person of each language expects to read (navigation, attendee table, buttons).
EXPECTED = {
    "de": {
        "nav": ["Überblick", "Programm", "Vortragende", "Teilnehmer", "Drucken", "Orte"],
        "attendees": ["Name", "E-Mail", "Firma", "Rolle", "Antwort", "Eingecheckt", "Quelle"],
        "import": "Importieren…",
        "save_pdf": "PDF speichern…",
    },
    "fr": {
        "nav": ["Vue d’ensemble", "Programme", "Intervenants", "Participants", "Lieux"],
        "attendees": ["Nom", "E-mail", "Entreprise", "Rôle", "Réponse", "Arrivé", "Origine"],
        "import": "Importer…",
        "save_pdf": "Enregistrer le PDF…",
    },
    "es": {
        "nav": ["Resumen", "Programa", "Ponentes", "Asistentes", "Imprimir", "Sedes"],
        "attendees": ["Nombre", "Correo", "Empresa", "Rol", "Respuesta", "Check-in", "Origen"],
        "import": "Importar…",
        "save_pdf": "Guardar PDF…",
    },
}


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_pages_read_in_each_language(qtbot, qapp, sqlite_store, settings, lang):
    from organiser.checklists import list_templates
    from organiser.demo import create_demo
    from ui.main_window import PAGES, MainWindow, page_key

    assert i18n.install(qapp, lang)
    try:
        with sqlite_store.session() as s:
            event_id = create_demo(s).id
        win = MainWindow(sqlite_store, settings)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        win.ctx.select_event(event_id)
        want = EXPECTED[lang]
        nav = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert set(want["nav"]) <= set(nav), nav
        assert len(set(nav)) == len(nav), f"two pages share a name: {nav}"
        menus = [a.text() for a in win.menuBar().actions() if a.text()]
        keys = [m.group(0)[1].casefold() for t in menus if (m := MNEMONIC.search(t))]
        assert len(keys) == len(menus) and len(set(keys)) == len(keys), f"Alt+ keys clash: {menus}"
        for top in win.menuBar().actions():
            items = [a.text() for a in top.menu().actions() if a.text()] if top.menu() else []
            keys = [m.group(0)[1].casefold() for t in items if (m := MNEMONIC.search(t))]
            assert len(set(keys)) == len(keys), f"{top.text()}: keys clash in {items}"
        assert "Attendees" not in nav and "Overview" not in nav
        with win.ctx.store.session() as s:
            data = {t.name for t in list_templates(s)}
        english = _untranslated(lang) - data
        for _module, cls, _icon, _title in PAGES:
            key = page_key(cls)
            win.show_page(key)
            shown = _shown_texts(win.page(key))
            left = sorted({t for t in shown if t in english})
            assert left == [], f"{lang} {cls} still shows English: {left}"
            assert not [t for t in shown if re.search(r"%\d|\{\d\}", t)], cls
        # Shipped checklist texts on the Overview read as on the Checklist page.
        from organiser.overview import event_overview

        with win.ctx.store.session() as s:
            ov = event_overview(s, event_id)
        overview = win.page(page_key("OverviewPage"))
        shown_titles = [title for title, *_ in overview.due.items]
        english_titles = [i.title for i in ov.next_items]
        assert shown_titles and len(shown_titles) == len(english_titles)
        assert not set(shown_titles) & set(english_titles), shown_titles
        assert not set(overview.readiness.columns) & set(ov.readiness.columns)
        attendees = win.page(page_key("AttendeesPage"))
        assert _header(attendees.table) == want["attendees"]
        assert attendees.import_button.text() == want["import"]
        assert win.page(page_key("PrintPage")).save_button.text() == want["save_pdf"]
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("de", "1 Bogen", "3 Bögen"),
        ("fr", "1 planche", "3 planches"),
        ("es", "1 hoja", "3 hojas"),
    ],
)
def test_counts_use_each_languages_plural_forms(qtbot, qapp, lang, one, three):
    assert i18n.install(qapp, lang)
    try:
        tr = QCoreApplication.translate
        assert tr("PrintPage", "%n sheet(s)", "", 1) == one
        assert tr("PrintPage", "%n sheet(s)", "", 3) == three
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "it"])
def test_no_alt_key_is_used_twice_in_the_menus(qtbot, qapp, sqlite_store, settings, lang):
    # (de/fr/es are checked with their pages above.) In Italian "E&vento" and
    # "&Visualizza" both took Alt+V.
    from ui.main_window import MainWindow

    if lang != "en":
        assert i18n.install(qapp, lang)
    try:
        win = MainWindow(sqlite_store, settings)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions() if a.text()]
        keys = [m.group(0)[1].casefold() for t in menus if (m := MNEMONIC.search(t))]
        assert len(keys) == len(menus) and len(set(keys)) == len(keys), f"Alt+ keys clash: {menus}"
        for top in win.menuBar().actions():
            items = [a.text() for a in top.menu().actions() if a.text()] if top.menu() else []
            keys = [m.group(0)[1].casefold() for t in items if (m := MNEMONIC.search(t))]
            assert len(set(keys)) == len(keys), f"{top.text()}: keys clash in {items}"
    finally:
        i18n.install(qapp, "en")
