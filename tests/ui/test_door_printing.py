"""Print at the door through a real CUPS queue (cups-pdf): the PDF CUPS wrote is checked.

`.ci/run` starts a private CUPS with a PDF queue (`.ci/cups.sh`) and sets
ORGANISER_TEST_CUPS_SERVER / _QUEUE / _OUT and CUPS_SERVER for the whole run
(libcups, also inside Qt, reads it once per process); without them these tests
cannot run.
"""

from __future__ import annotations

import io
import os
import subprocess
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from organiser.models import Attendee
from ui.context import AppContext
from ui.door_printing import DOOR_NAME_KEY, PRINT_ON_CHECKIN_KEY, PRINTER_KEY
from ui.pages.checkin_page import CheckinPage

SERVER = os.environ.get("ORGANISER_TEST_CUPS_SERVER", "")
QUEUE = os.environ.get("ORGANISER_TEST_CUPS_QUEUE", "")
OUT = os.environ.get("ORGANISER_TEST_CUPS_OUT", "")

pytestmark = pytest.mark.skipif(
    not (SERVER and QUEUE and OUT), reason="no CUPS test queue (.ci/cups.sh start DIR)"
)


@pytest.fixture
def cups(monkeypatch):
    monkeypatch.setenv("CUPS_SERVER", SERVER)
    return Path(OUT)


@pytest.fixture
def page(qtbot, sqlite_store, settings, cups):
    from organiser.demo import create_demo

    with sqlite_store.session() as s:
        eid = create_demo(s).id
    settings.setValue(DOOR_NAME_KEY, "Door 1")
    settings.setValue(PRINTER_KEY, QUEUE)
    settings.setValue(PRINT_ON_CHECKIN_KEY, "true")
    p = CheckinPage(AppContext(sqlite_store, settings))
    qtbot.addWidget(p)
    p.set_event(eid)
    p.show()
    qtbot.waitExposed(p)
    return p


def first_going(store, eid) -> Attendee:
    with store.session() as s:
        return s.scalars(
            select(Attendee)
            .where(Attendee.event_id == eid, Attendee.rsvp == "going")
            .order_by(Attendee.id)
        ).first()


def new_pdf(folder: Path, before: set[Path]) -> Path | None:
    fresh = [p for p in folder.glob("*.pdf") if p not in before and p.stat().st_size > 0]
    return fresh[0] if fresh else None


def scan(qtbot, page, code):
    qtbot.keyClicks(page.search, code)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def test_print_on_check_in_sends_the_badge_to_cups_and_the_pdf_has_name_and_qr(qtbot, page, cups):
    store, eid = page.ctx.store, page.event_id
    person = first_going(store, eid)
    before = set(cups.glob("*.pdf"))
    scan(qtbot, page, person.checkin_token)
    assert page.banner.colour == "green"  # the check-in does not wait for the printer
    qtbot.waitUntil(lambda: page.status.text().startswith("Badge "), timeout=30_000)
    assert page.status.text() == f"Badge sent to {QUEUE}."
    qtbot.waitUntil(lambda: new_pdf(cups, before) is not None, timeout=60_000)
    pdf = new_pdf(cups, before)
    qtbot.waitUntil(lambda: pdf.read_bytes().rstrip().endswith(b"%%EOF"), timeout=30_000)
    data = pdf.read_bytes()
    text = " ".join((pg.extract_text() or "") for pg in PdfReader(io.BytesIO(data)).pages)
    assert person.first_name in text and person.last_name in text
    img = pdfium.PdfDocument(data)[0].render(scale=200 / 72).to_pil()
    codes = [c.text for c in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert codes == [person.checkin_token]
    with store.session() as s:
        row = s.get(Attendee, person.id)
        assert row.checked_in_at is not None and row.badge_printed_at is not None


def test_a_missing_printer_says_so_and_the_check_in_stays(qtbot, page, settings):
    settings.setValue(PRINTER_KEY, "NoSuchPrinter")
    store, eid = page.ctx.store, page.event_id
    person = first_going(store, eid)
    scan(qtbot, page, person.checkin_token)
    qtbot.waitUntil(lambda: "not printed" in page.status.text(), timeout=30_000)
    assert page.status.text() == (
        "Badge not printed (the check-in is saved): Printer “NoSuchPrinter” was not found; "
        "choose another in Preferences."
    )
    with store.session() as s:
        row = s.get(Attendee, person.id)
        assert row.checked_in_at is not None and row.badge_printed_at is None


def test_a_stopped_queue_says_so_and_the_check_in_stays(qtbot, page):
    env = {**os.environ, "CUPS_SERVER": SERVER}
    subprocess.run(["cupsreject", QUEUE], check=True, env=env)
    try:
        person = first_going(page.ctx.store, page.event_id)
        scan(qtbot, page, person.checkin_token)
        qtbot.waitUntil(lambda: "not printed" in page.status.text(), timeout=30_000)
        assert "is not accepting jobs" in page.status.text()
    finally:
        subprocess.run(["cupsaccept", QUEUE], check=True, env=env)
    with page.ctx.store.session() as s:
        assert s.get(Attendee, person.id).checked_in_at is not None


def test_checkin_command_prints_with_print(tmp_path, cups):
    from organiser.demo import create_demo
    from organiser.store import Store
    from tests.tools.outputs import run_cli

    db = tmp_path / "door.sqlite"
    with Store(db) as store, store.session() as s:
        eid = create_demo(s).id
    person = first_going(Store(db), eid)
    before = set(cups.glob("*.pdf"))
    code, out, err = run_cli(
        ["--db", str(db), "checkin", str(eid), person.checkin_token, "--print", "--printer", QUEUE]
    )
    assert (code, err) == (0, "")
    assert out == f"Checked in: {person.full_name}\nBadge sent to {QUEUE}.\n"
    assert wait_for_pdf(cups, before) is not None, "CUPS wrote no PDF"


def wait_for_pdf(folder: Path, before: set[Path], timeout: float = 60.0) -> Path | None:
    """Poll until CUPS has finished writing a new PDF (no Qt loop in a CLI test)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = new_pdf(folder, before)
        if found is not None and found.read_bytes().rstrip().endswith(b"%%EOF"):
            return found
        time.sleep(0.1)
    return None


def test_without_lp_the_badge_goes_through_qprinter(qtbot, page, cups, monkeypatch):
    """Systems without CUPS' lp (Windows): the same badge is painted on a QPrinter."""
    from organiser import doorprint

    monkeypatch.setattr(doorprint, "lp_available", lambda: False)
    store, eid = page.ctx.store, page.event_id
    person = first_going(store, eid)
    before = set(cups.glob("*.pdf"))
    scan(qtbot, page, person.checkin_token)
    qtbot.waitUntil(lambda: page.status.text().startswith("Badge "), timeout=30_000)
    assert page.status.text() == f"Badge sent to {QUEUE}."
    pdf = wait_for_pdf(cups, before)
    assert pdf is not None
    img = pdfium.PdfDocument(pdf.read_bytes())[0].render(scale=200 / 72).to_pil()
    codes = [c.text for c in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert codes == [person.checkin_token]
