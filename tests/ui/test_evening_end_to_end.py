"""An organiser's evening, end to end, in English and in Italian (issue 15, item 9).

Create the event, add two speakers (one remote, in New York), put sessions on
the Agenda page, import a real Eventbrite export through the wizard, check two
people in (by name and by scanning a ticket code), then save badges and the
agenda as PDFs. Every step clicks the real widgets a person would (found by the
text or accessible name they show), waits for the database runner's answer,
checks what is on screen and saves a screenshot:

    $ORGANISER_ARTEFACTS/evening/<lang>/NN-step.png   (``make screenshots``)

or, without that variable, under the test's tmp_path.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEventLoop, QModelIndex, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QTableView,
    QWidget,
    QWizard,
)

from tests.ui.conftest import check, on_next_modal

DATA = Path(__file__).resolve().parents[1] / "data" / "attendees"
EXPORT = DATA / "eventbrite-attendees.csv"  # 4 people; Yuki Tanaka is already checked in

# What a person reads on screen and in the PDFs, per interface language.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "ML Rome #44: Vision on the edge",
        "zone typed": "Rome",
        "new event": "New event",
        "save": "Save",
        "done": "Done: ",
        "added session": "Done: Add session “{0}”",
        "imported": "Import: 4 added, 0 updated, 0 unchanged, 0 skipped",
        "speakers": "Speakers",
        "new speaker": "New speaker…",
        "edit": "Edit…",
        "agenda": "Agenda",
        "add": "Add",
        "welcome": "Welcome",
        "talk": "Talk",
        "networking": "Networking",
        "talk 1": "Vision on the edge",
        "talk 2": "Compilers, from afar",
        "social": "Pizza and networking",
        "add to session": "Add speaker to session",
        "attendees": "Attendees",
        "import": "Import…",
        "import button": "Import",
        "checkin": "Check-in",
        "counter": "{n} checked in  /  4 going",
        "checked in": "Checked in: ",
        "zone column": "Rome\nCET\nUTC+01:00\nThu 18 Mar",
        "import summary": "4 added, 0 updated, 0 unchanged, 0 skipped",
        "print": "Print",
        "save pdf": "Save PDF…",
        "saved badges": "Saved 4 badges",
        "print agenda": "Print agenda…",
        "saved agenda": "Saved to ",
        # In the badge PDF: the role band; in the agenda PDF: the date as written here.
        "badge words": "ATTENDEE|SPEAKER",
        "agenda words": "Thu|Mar|2027",
    },
    "it": {
        "title": "ML Roma #44: visione ai margini",
        "zone typed": "Roma",
        "new event": "Nuovo evento",
        "save": "Salva",
        "done": "Fatto: ",
        "added session": "Fatto: Aggiungi sessione “{0}”",
        "imported": "Importazione: 4 aggiunti, 0 aggiornati, 0 invariati, 0 saltati",
        "speakers": "Relatori",
        "new speaker": "Nuovo relatore…",
        "edit": "Modifica…",
        "agenda": "Programma",
        "add": "Aggiungi",
        "welcome": "Benvenuto",
        "talk": "Talk",
        "networking": "Networking",
        "talk 1": "Visione ai margini",
        "talk 2": "Compilatori, da lontano",
        "social": "Pizza e networking",
        "add to session": "Aggiungi relatore alla sessione",
        "attendees": "Partecipanti",
        "import": "Importa…",
        "import button": "Importa",
        "checkin": "Check-in",
        "counter": "{n} arrivati  /  4 iscritti",
        "checked in": "Check-in: ",
        "print": "Stampa",
        "zone column": "Roma\nCET\nUTC+01:00\ngio 18 mar",
        "import summary": "4 aggiunti, 0 aggiornati, 0 invariati, 0 saltati",
        "save pdf": "Salva PDF…",
        "saved badges": "Salvati 4 badge",
        "print agenda": "Stampa programma…",
        "saved agenda": "Salvato in ",
        "badge words": "PARTECIPANTE|RELATORE",
        "agenda words": "gio|mar|2027",
    },
}
ENGLISH_ONLY = ("ATTENDEE", "SPEAKER", "Thu ", "Checked in")


def artefacts(tmp_path: Path, lang: str) -> Path:
    root = os.environ.get("ORGANISER_ARTEFACTS")
    base = Path(root).resolve() if root else tmp_path / "artefacts"
    folder = base / "evening" / lang
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):  # a re-run replaces the set, never mixes two
        old.unlink()
    return folder


def plain(text: str) -> str:
    """A button's text as read: no mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button showing ``text`` (or named so for screen readers)."""
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.isVisible() and text in (plain(b.text()), b.accessibleName())
    ]
    assert found, f"no button “{text}”: " + ", ".join(
        sorted({plain(b.text()) for b in parent.findChildren(QAbstractButton) if b.isVisible()})
    )
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled(), plain(getattr(widget, "text", lambda: "")())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Select what is there and type over it (ASCII: QTest types no other keys)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def choose(qtbot, combo, text: str) -> None:
    """Open the drop-down, arrow to the entry showing ``text``, press Enter."""
    row = combo.findText(text)
    assert row >= 0, f"no “{text}” in " + ", ".join(combo.itemText(i) for i in range(combo.count()))
    if combo.isEditable():  # a click lands in its text field: Alt+Down opens the list
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    else:
        click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible())
    while view.currentIndex().row() != row:
        key = Qt.Key.Key_Down if view.currentIndex().row() < row else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def assert_nothing_cut(view: QTableView) -> None:
    """Every column (but the stretched last) as wide as its text: nothing ends in “…”."""
    header = view.horizontalHeader()
    model = view.model()
    for col in range(header.count() - 1):
        if header.isSectionHidden(col):
            continue
        name = model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= view.sizeHintForColumn(col), name


def table_texts(view: QTableView, column: int = 0) -> list[str]:
    model = view.model()
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount(QModelIndex()))]


def save_in_file_dialog(qtbot, path: Path) -> Callable[[QWidget], None]:
    """What a person does in the Save dialog: paste the file's path over the name, click Save.

    (Typed key by key, the name's completer pops up and takes the next click.)
    """

    def fill(dlg: QWidget) -> None:
        assert isinstance(dlg, QFileDialog), type(dlg)
        name = dlg.findChild(QLineEdit, "fileNameEdit")
        assert name.text().endswith(".pdf"), name.text()  # a name is suggested
        QApplication.clipboard().setText(str(path))
        name.setFocus()
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert dlg.selectedFiles() == [str(path)]
        save = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        click(qtbot, save)
        qtbot.waitUntil(lambda: not dlg.isVisible())

    return fill


def settle() -> None:
    """Let posted layout requests and repaints run (a hidden hint gives its room back).

    (A short exec(), not QApplication.processEvents: see tests/ui/conftest.py.)
    """
    for _ in range(3):  # a layout request climbs one parent per pass
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()


def has_ink(widget: QWidget) -> bool:
    """Something dark is drawn (text on a page), not only paper and background."""
    img = widget.grab().toImage()
    for y in range(0, img.height(), 3):
        for x in range(0, img.width(), 3):
            if img.pixelColor(x, y).lightness() < 90:
                return True
    return False


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


class Evening:
    """The window, the language's words and a numbered screenshot per step."""

    def __init__(self, qtbot, window, lang: str, shots: Path) -> None:
        self.qtbot, self.window, self.lang, self.shots = qtbot, window, lang, shots
        self.w = WORDS[lang]
        self.n = 0

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        self.n += 1
        settle()
        path = self.shots / f"{self.n:02d}-{name}.png"
        assert (widget or self.window).grab().save(str(path)), path
        return path

    def go(self, nav_text: str) -> QWidget:
        """Click the page's name in the navigation column."""
        nav = self.window.nav
        item = next(nav.item(i) for i in range(nav.count()) if nav.item(i).text() == nav_text)
        rect = nav.visualItemRect(item)
        self.qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = self.window.stack.currentWidget()
        self.qtbot.waitUntil(lambda: page.isVisible())
        self.window.ctx.ops.wait_idle(10000)
        return page

    def status_says(self, text: str) -> None:
        bar = self.window.statusBar()
        self.qtbot.waitUntil(lambda: text in bar.currentMessage(), timeout=5000)


@pytest.fixture(params=["en", "it"])
def evening(request, qtbot, qapp, sqlite_store, settings, tmp_path):
    from ui import i18n
    from ui.main_window import MainWindow

    lang = request.param
    assert i18n.install(qapp, lang)
    try:
        win = MainWindow(sqlite_store, settings)
        qtbot.addWidget(win)
        win.resize(1366, 768)  # a laptop screen
        win.show()
        qtbot.waitExposed(win)
        yield Evening(qtbot, win, lang, artefacts(tmp_path, lang))
        if win.ctx is not None:
            win.ctx.ops.wait_idle(10000)
    finally:
        i18n.install(qapp, "en")


def test_an_evening_from_new_event_to_printed_badges(evening, tmp_path):
    ev, qtbot, win, w = evening, evening.qtbot, evening.window, evening.w
    ev.shot("first-start")

    # -- 1. the event ---------------------------------------------------------------------
    def fill_event(dlg: QDialog) -> None:
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow)
        qtbot.keyClicks(dlg.title_edit, w["title"])
        retype(qtbot, dlg.zone.edit, w["zone typed"])
        qtbot.waitUntil(lambda: dlg.zone.hint.isVisible())
        assert "Europe/Rome" in dlg.zone.hint.text()
        assert dlg.zone.edit.hasFocus()
        qtbot.keyClick(dlg.zone.edit, Qt.Key.Key_Tab)  # moving on resolves the city
        assert dlg.zone.edit.text() == "Europe/Rome"
        date = dlg.start.date
        date.setFocus()
        for section, typed in (
            (date.Section.YearSection, "2027"),
            (date.Section.MonthSection, "03"),
            (date.Section.DaySection, "18"),
        ):
            date.setSelectedSection(section)
            qtbot.keyClicks(date, typed)
        assert date.date() == QDate(2027, 3, 18)
        assert dlg.end.date.date() == QDate(2027, 3, 18)  # the end follows the start
        assert dlg.start.time.time() == QTime(18, 30)
        assert dlg.language_combo.currentData() == ev.lang  # output language: the interface's
        ev.shot("new-event-dialog", dlg)
        click(qtbot, find_button(dlg, w["save"]))

    state = on_next_modal(fill_event)
    click(qtbot, find_button(win, w["new event"]))
    check(state)
    ev.status_says(w["done"])
    assert w["title"] in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: win.events_view.model().rowCount() == 1)
    assert w["title"] in win.events_view.model().index(0, 0).data()
    ev.shot("event-created")

    # -- 2. two speakers, one remote in New York ------------------------------------------------
    speakers = ev.go(w["speakers"])
    people = speakers.people

    def new_speaker(name: str, affiliation: str, remote_zone: str | None) -> None:
        def fill(dlg: QDialog) -> None:
            dlg.activateWindow()
            qtbot.waitUntil(dlg.isActiveWindow)
            qtbot.keyClicks(dlg.name, name)
            qtbot.keyClicks(dlg.affiliation, affiliation)
            if remote_zone:
                retype(qtbot, dlg.zone.edit, remote_zone)
                qtbot.keyClick(dlg.zone.edit, Qt.Key.Key_Tab)
                assert dlg.zone.edit.text() == "America/New_York"
                click(qtbot, dlg.remote)
                assert dlg.remote.isChecked()
                ev.shot("remote-speaker-dialog", dlg)
            click(qtbot, find_button(dlg, w["save"]))

        state = on_next_modal(fill)
        click(qtbot, find_button(speakers, w["new speaker"]))
        check(state)
        qtbot.waitUntil(lambda: name in [p.name for p in people.records()])

    new_speaker("Ada Lovelace", "Analytical Engines", None)
    new_speaker("Grace Hopper", "Navy Labs", "New York")
    assert [p.name for p in people.records()] == ["Ada Lovelace", "Grace Hopper"]
    assert_nothing_cut(speakers.people_panel.table)  # "America/New_York", not "America/New_Y…"
    ev.shot("speakers")

    # -- 3. sessions on the Agenda page -----------------------------------------------------------
    agenda = ev.go(w["agenda"])
    plan = [
        (w["welcome"], w["welcome"], 10),
        (w["talk 1"], w["talk"], 30),
        (w["talk 2"], w["talk"], 30),
        (w["social"], w["networking"], 45),
    ]
    for n, (title, kind, minutes) in enumerate(plan, start=1):
        retype(qtbot, agenda.new_title, title)
        choose(qtbot, agenda.new_kind, kind)
        spin = agenda.new_minutes
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(minutes))
        assert spin.value() == minutes
        click(qtbot, find_button(agenda, w["add"]))
        qtbot.waitUntil(lambda n=n: agenda.model.rowCount() == n)
        ev.status_says(w["added session"].format(title))
    titles = table_texts(agenda.table)
    assert titles[1:3] == [w["talk 1"], w["talk 2"]]
    assert titles[0] == w["welcome"] and titles[3] == f"{w['networking']}: {w['social']}"
    zone_column = agenda.model.headerData(agenda.model.FIXED, Qt.Orientation.Horizontal)
    assert zone_column == w["zone column"]
    rome = table_texts(agenda.table, agenda.model.FIXED)  # the event's own zone first
    assert rome[0].startswith("18:30") and rome[3].startswith("19:40")
    ev.shot("agenda-sessions")

    # -- 4. who speaks when: the session editor on the Speakers page --------------------------
    speakers = ev.go(w["speakers"])
    for title, label in (
        (w["talk 1"], "Ada Lovelace — Analytical Engines"),
        (w["talk 2"], "Grace Hopper — Navy Labs"),
    ):
        row = table_texts(speakers.sessions_view, 3).index(title)  # Time, Minutes, Kind, Title

        def fill(dlg: QDialog, label: str = label) -> None:
            choose(qtbot, dlg.lineup.pick, label)
            click(qtbot, find_button(dlg, w["add to session"]))
            assert [sid for sid, _role in dlg.lineup.entries()]
            if label.startswith("Grace"):
                ev.shot("session-line-up-dialog", dlg)
            click(qtbot, find_button(dlg, w["save"]))

        click_row(qtbot, speakers.sessions_view, row)
        state = on_next_modal(fill)
        click(qtbot, find_button(speakers, w["edit"]))
        check(state)
        ev.status_says(w["done"])
    on_stage = table_texts(speakers.sessions_view, 4)[1:3]
    # the remote speaker's own clock beside her session (New York is on EDT by 18 March)
    assert on_stage[0] == "Ada Lovelace" and on_stage[1].startswith("Grace Hopper (14:10–14:40")
    ev.shot("speakers-with-sessions")
    agenda = ev.go(w["agenda"])
    qtbot.waitUntil(
        lambda: "Grace Hopper" in table_texts(agenda.table, agenda.model.COL_SPEAKERS)[2]
    )
    assert "Ada Lovelace" in table_texts(agenda.table, agenda.model.COL_SPEAKERS)[1]
    ev.shot("agenda-with-speakers")

    # -- 5. the RSVP export, through the import wizard --------------------------------------------
    attendees = ev.go(w["attendees"])
    click(qtbot, find_button(attendees, w["import"]))
    qtbot.waitUntil(lambda: attendees.wizard is not None and attendees.wizard.isVisible())
    wizard = attendees.wizard
    qtbot.keyClicks(wizard.file_page.path_edit, str(EXPORT))
    ev.shot("import-choose-file", wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    summary = wizard.preview_page.summary.text()
    assert "eventbrite-attendees.csv" in summary and " 4 " in summary
    ev.shot("import-preview", wizard)
    click(qtbot, find_button(wizard, w["import button"]))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=15000)
    assert wizard.report_page.subTitle() == w["import summary"]
    assert wizard.report_page.text.toPlainText().startswith(
        {
            "en": "Imported eventbrite-attendees.csv as Eventbrite",
            "it": "Importato eventbrite-attendees.csv come Eventbrite",
        }[ev.lang]
    )
    ev.shot("import-report", wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    qtbot.waitUntil(lambda: attendees.table.model().rowCount() == 4)
    ev.status_says(w["imported"])
    names = set(table_texts(attendees.table))
    assert {"Sofia Esposito", "Luca Ferrari", "Yuki Tanaka 田中", "Omar Haddad عمر"} <= names
    assert_nothing_cut(attendees.table)
    ev.shot("attendees")

    # -- 6. the door: one by name, one by scanning the ticket's barcode ------------------------
    desk = ev.go(w["checkin"])
    qtbot.waitUntil(lambda: desk.search.isEnabled() and win.focusWidget() is desk.search)
    assert desk.counter.text() == w["counter"].format(n=1)  # Yuki checked in on Eventbrite
    qtbot.keyClicks(desk.search, "sofia")
    qtbot.waitUntil(lambda: desk.results.count() == 1)
    assert desk.results.item(0).text().startswith("Sofia Esposito")
    ev.shot("checkin-search")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.counter.text() == w["counter"].format(n=2))
    assert desk.banner.text() == w["checked in"] + "Sofia Esposito"
    ev.shot("checkin-by-name")
    qtbot.keyClicks(desk.search, "500200001")  # a USB scanner types the code, then Enter
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.counter.text() == w["counter"].format(n=3))
    assert desk.banner.text() == w["checked in"] + "Luca Ferrari"
    ev.shot("checkin-by-scan")

    # -- 7. badges and the agenda as PDFs ---------------------------------------------------------
    printing = ev.go(w["print"])
    badges_pdf = tmp_path / "out" / "badges.pdf"
    badges_pdf.parent.mkdir()
    state = on_next_modal(save_in_file_dialog(qtbot, badges_pdf))
    click(qtbot, find_button(printing, w["save pdf"]))
    check(state)
    qtbot.waitUntil(lambda: str(badges_pdf) in printing.message.text(), timeout=20000)
    assert printing.message.text().startswith(w["saved badges"]), printing.message.text()
    assert str(badges_pdf) in printing.message.text()
    ev.shot("badges-saved")
    text = pdf_text(badges_pdf)
    for name in ("Sofia Esposito", "Luca Ferrari", "Omar", "Yuki"):
        assert name in text, name
    assert re.search(w["badge words"], text), text[:400]

    agenda = ev.go(w["agenda"])
    agenda_pdf = tmp_path / "out" / "agenda.pdf"

    def in_print_dialog(dlg: QDialog) -> None:
        qtbot.waitUntil(lambda: dlg.save_button.isEnabled())
        qtbot.waitUntil(lambda: has_ink(dlg.view.viewport()), timeout=10000)  # the preview is drawn
        ev.shot("agenda-print-dialog", dlg)
        inner = on_next_modal(save_in_file_dialog(qtbot, agenda_pdf))
        click(qtbot, find_button(dlg, w["save pdf"]))
        check(inner)
        assert dlg.status.text().startswith(w["saved agenda"])
        dlg.close()

    state = on_next_modal(in_print_dialog)
    click(qtbot, find_button(agenda, w["print agenda"]))
    check(state)
    text = pdf_text(agenda_pdf)
    for word in (w["talk 1"], w["talk 2"], "Ada Lovelace", "Grace Hopper", "18:30"):
        assert word in text, word
    for word in w["agenda words"].split("|"):
        assert word in text, word
    if ev.lang == "it":
        left = [word for word in ENGLISH_ONLY if word in text or word in pdf_text(badges_pdf)]
        assert left == [], left
    ev.shot("agenda-page-after-printing")
