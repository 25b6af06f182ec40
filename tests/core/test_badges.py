"""Badges as the organiser sees them at the venue: names, scripts, QR codes, sheets."""

from __future__ import annotations

import io
import math
import unicodedata

import pypdfium2 as pdfium
import pytest
import vobject
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import select

from organiser.demo import create_demo
from organiser.errors import OrganiserError, ValidationError
from organiser.models import Attendee
from organiser.printing import badges, fonts, layouts
from organiser.printing.layouts import Calibration
from organiser.store import Store
from tests.tools import pdfglyphs

DPI = 150


@pytest.fixture
def demo(sqlite_store):
    with sqlite_store.session() as s:
        event_id = create_demo(s).id
    return sqlite_store, event_id


def going(s, event_id):
    return list(
        s.scalars(select(Attendee).where(Attendee.event_id == event_id, Attendee.rsvp == "going"))
    )


def make(store, event_id, **kw):
    buf = io.BytesIO()
    with store.session() as s:
        run = badges.make_badges_pdf(s, event_id, buf, **kw)
    return run, buf.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def decode_pages(pdf: bytes) -> list[list[zxingcpp.Barcode]]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=DPI / 72).to_pil()
        out.append(zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode))
    return out


def squash(text: str) -> str:
    """Compare text as a reader would: compatibility forms folded, line breaks ignored.

    pypdf puts right-to-left runs back into logical order; NFKC folds Arabic
    joining forms back to letters; a font change inside a line may read as a break.
    """
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_every_going_attendee_gets_a_badge_with_their_names(demo):
    store, event_id = demo
    run, pdf = make(store, event_id, mark_printed=False)
    with store.session() as s:
        people = going(s, event_id)
        everyone = list(s.scalars(select(Attendee).where(Attendee.event_id == event_id)))
    assert run.badges == len(people) == 39
    assert run.pages == math.ceil(39 / 6)
    text = squash("\n".join(page_texts(pdf)))
    for a in people:
        if any(0x0900 <= ord(c) <= 0x097F for c in a.first_name):
            continue  # HarfBuzz glyph clusters extract as private codes; see the cmap test
        # Chinese, Japanese and Korean names print family name first, as written
        family_first = a.last_name in {"李", "王", "田中", "佐藤", "김"}
        name = a.last_name + a.first_name if family_first else a.first_name + a.last_name
        assert squash(name) in text, a.last_name
        if a.company:
            assert squash(a.company) in text
    # Waitlisted and not-going people get no badge.
    absent = [a for a in everyone if a.rsvp != "going"]
    assert {a.last_name for a in absent} >= {"Núñez", "Смирнова", "Marino", "이"}
    for a in absent:
        assert squash(a.first_name + a.last_name) not in text, a.last_name
        assert squash(a.last_name + a.first_name) not in text, a.last_name


def test_every_qr_code_decodes_to_the_checkin_token(demo):
    store, event_id = demo
    run, pdf = make(store, event_id, mark_printed=False)
    with store.session() as s:
        tokens = sorted(a.checkin_token for a in going(s, event_id))
    decoded = [b.text for page in decode_pages(pdf) for b in page]
    assert sorted(decoded) == tokens


def _east_asian(word: str) -> bool:
    return all(
        unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA")) for c in word
    )


def spoken_name(first: str, last: str) -> str:
    """Chinese, Japanese and Korean names are written family name first (김 민준)."""
    return f"{last} {first}" if _east_asian(first) and _east_asian(last) else f"{first} {last}"


@pytest.mark.parametrize("layout", ["avery-l4785", "card-54x90-10up-a4", "printer-a6"])
def test_vcard_qr_codes_decode_to_name_company_and_email(demo, layout):
    store, event_id = demo
    with store.session() as s:
        wanted = {"Chen", "عمر", "Zoë", "민준", "Noah"}
        people = [a for a in going(s, event_id) if a.first_name in wanted]
        ids = [a.id for a in people]
        # What a phone's contacts app should show, from the attendee rows themselves.
        expected = {
            (a.first_name, a.last_name, spoken_name(a.first_name, a.last_name), a.company, a.email)
            for a in people
        }
    run, pdf = make(store, event_id, attendee_ids=ids, qr="vcard", layout=layout)
    decoded = [b.text for page in decode_pages(pdf) for b in page]
    assert len(decoded) == len(ids)
    got = set()
    for text in decoded:
        card = vobject.readOne(text)  # an independent vCard parser, not badges.vcard()
        assert card.version.value == "3.0"
        org = card.org.value[0] if hasattr(card, "org") else ""
        got.add((card.n.value.given, card.n.value.family, card.fn.value, org, card.email.value))
    assert got == expected
    assert ("Noah", "O'Brien", "Noah O'Brien", "Dublin Data Guild") in {g[:4] for g in got}


def test_start_at_label_n_and_the_partial_last_sheet(demo):
    store, event_id = demo
    run, pdf = make(store, event_id, start_at=5, mark_printed=False)
    # Labels 5 and 6 of the first sheet, then 37 badges: 6 full sheets + 1 badge.
    assert run.pages == 1 + math.ceil(37 / 6) == 8
    pages = decode_pages(pdf)
    assert [len(p) for p in pages] == [2, 6, 6, 6, 6, 6, 6, 1]
    layout = layouts.builtin_layouts()["avery-5392"]
    px = DPI / 72

    def slot(bc) -> int:
        cx = sum(getattr(bc.position, k).x for k in ("top_left", "bottom_right")) / 2 / px
        cy = (
            layout.page_height
            - sum(getattr(bc.position, k).y for k in ("top_left", "bottom_right")) / 2 / px
        )
        for i, r in enumerate(layout.label_rects()):
            if r.x <= cx <= r.right and r.y <= cy <= r.top:
                return i + 1
        raise AssertionError("QR outside every label")

    assert sorted(slot(b) for b in pages[0]) == [5, 6]
    assert [slot(b) for b in pages[-1]] == [1]
    assert sum(len(p) for p in pages) == 39


def test_start_at_outside_the_sheet_is_refused(demo):
    store, event_id = demo
    for bad in (0, 7):
        with pytest.raises(ValidationError, match="between 1 and 6"):
            make(store, event_id, start_at=bad)


def test_printed_time_is_stored_and_only_unprinted_skips_them(demo):
    store, event_id = demo
    run, _ = make(store, event_id)
    with store.session() as s:
        people = going(s, event_id)
        assert all(a.badge_printed_at is not None for a in people)
        s.add(Attendee(event_id=event_id, first_name="Late", last_name="Comer", rsvp="going"))
    run, pdf = make(store, event_id, only_unprinted=True)
    assert run.badges == 1 and run.pages == 1
    assert "Late Comer" in page_texts(pdf)[0]
    with pytest.raises(OrganiserError, match="printed already"):
        make(store, event_id, only_unprinted=True)


def test_mark_printed_false_leaves_the_list_untouched(demo):
    store, event_id = demo
    make(store, event_id, mark_printed=False)
    with store.session() as s:
        assert all(a.badge_printed_at is None for a in going(s, event_id))


def test_reprint_one_badge_even_for_a_waitlisted_person(demo):
    store, event_id = demo
    with store.session() as s:
        jose = s.scalar(
            select(Attendee).where(Attendee.event_id == event_id, Attendee.last_name == "Núñez")
        )
        jose_id, token = jose.id, jose.checkin_token
    run, pdf = make(store, event_id, attendee_ids=[jose_id], layout="printer-4x3in")
    assert (run.badges, run.pages, run.attendee_ids) == (1, 1, [jose_id])
    assert "José Núñez" in page_texts(pdf)[0]
    assert [b.text for b in decode_pages(pdf)[0]] == [token]
    with store.session() as s:
        assert s.get(Attendee, jose_id).badge_printed_at is not None
    with pytest.raises(ValidationError, match="not on this event"):
        make(store, event_id, attendee_ids=[999999])


def test_badge_printed_at_is_stored_on_each_engine(demo_store):
    store, event_id = demo_store
    with store.session() as s:
        first = going(s, event_id)[0]
        run = badges.make_badges_pdf(s, event_id, io.BytesIO(), attendee_ids=[first.id])
    with store.session() as s:
        assert s.get(Attendee, first.id).badge_printed_at is not None
        assert run.badges == 1


def _embedded_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        for xobj in (page["/Resources"].get("/XObject") or {}).values():
            res = xobj.get_object().get("/Resources")
            if res and "/Font" in res:
                for font in res["/Font"].values():
                    names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


SCRIPT_NAMES = {
    "latin": ("Zoë", "Müller-Łukasiewicz"),
    "greek": ("Γιώργος", "Παπαδόπουλος"),
    "cyrillic": ("Иван", "Петров"),
    "chinese": ("娜", "李"),
    "japanese": ("由紀", "田中"),
    "korean": ("민준", "김"),
    "arabic": ("عمر", "حداد"),
    "hebrew": ("נועה", "לוי"),
    "devanagari": ("प्रिया", "शर्मा"),
    "thai": ("สมชาย", "ใจดี"),
}

# The shipped files (PostScript names) each script must print in: (bold, regular).
# Droid Sans Fallback, the CJK font, has no bold face.
SCRIPT_FILES = {
    "latin": ("NotoSans-Bold", "NotoSans-Regular"),
    "greek": ("NotoSans-Bold", "NotoSans-Regular"),
    "cyrillic": ("NotoSans-Bold", "NotoSans-Regular"),
    "chinese": ("DroidSansFallback", "DroidSansFallback"),
    "japanese": ("DroidSansFallback", "DroidSansFallback"),
    "korean": ("DroidSansFallback", "DroidSansFallback"),
    "arabic": ("NotoSansArabic-Bold", "NotoSansArabic-Regular"),
    "hebrew": ("NotoSansHebrew-Bold", "NotoSansHebrew-Regular"),
    "devanagari": ("NotoSansDevanagari-Bold", "NotoSansDevanagari-Regular"),
    "thai": ("NotoSansThai-Bold", "NotoSansThai-Regular"),
}


@pytest.mark.parametrize("script", sorted(SCRIPT_NAMES))
def test_each_script_prints_with_an_embedded_font_that_has_its_glyphs(demo, script):
    store, event_id = demo
    first, last = SCRIPT_NAMES[script]
    with store.session() as s:
        a = s.scalar(
            select(Attendee).where(Attendee.event_id == event_id, Attendee.first_name == first)
        )
        assert a is not None and a.last_name == last
        aid = a.id
    run, pdf = make(store, event_id, attendee_ids=[aid])
    assert run.warnings == []
    # Read back without organiser.printing: each drawn character is in the cmap of the
    # shipped file its run names, no code draws the .notdef box, every font is embedded.
    assert pdfglyphs.problems(pdf) == []
    drawn = [r for r in pdfglyphs.runs(pdf) if r.text.strip()]
    assert all(r.embedded for r in drawn)
    files = pdfglyphs.bundled_files()
    used = {r.font for r in drawn}
    assert used <= set(files)
    # The bold first name in the script's Bold file, the name line in its Regular one.
    assert {SCRIPT_FILES[script][0], SCRIPT_FILES[script][1]} <= used, used


def test_arabic_comes_out_shaped_in_the_pdf(demo):
    store, event_id = demo
    with store.session() as s:
        aid = s.scalar(
            select(Attendee.id).where(Attendee.event_id == event_id, Attendee.first_name == "ليلى")
        )
    _, pdf = make(store, event_id, attendee_ids=[aid])
    text = page_texts(pdf)[0]
    arabic = [c for c in text if 0x0600 <= ord(c) <= 0x06FF or 0xFB50 <= ord(c) <= 0xFEFF]
    assert arabic, text
    # Joining (presentation) forms only: the letters were shaped before drawing.
    assert all(ord(c) >= 0xFB50 for c in arabic)
    assert squash("ليلى منصور") in squash(text)


def test_a_character_no_font_has_is_reported_not_printed(demo):
    store, event_id = demo
    with store.session() as s:
        a = Attendee(
            event_id=event_id, first_name="Pat", last_name="Smith \U00013000", rsvp="going"
        )
        s.add(a)
        s.flush()
        aid = a.id
        assert badges.preflight(s, event_id, attendee_ids=[aid]) != []
    run, pdf = make(store, event_id, attendee_ids=[aid])
    assert len(run.warnings) == 1 and "U+13000" in run.warnings[0]
    assert "Pat Smith" in run.warnings[0]
    text = page_texts(pdf)[0]
    assert "Pat Smith" in text and "\U00013000" not in text


class RecordingCanvas:
    """Stands in for a ReportLab canvas and remembers where text went."""

    def __init__(self):
        self.font = ("", 0.0)
        self.strings: list[tuple[float, float, float, float]] = []

    def setFont(self, name, size):  # noqa: N802
        self.font = (name, size)

    def setFillColorRGB(self, *a):  # noqa: N802
        pass

    def drawString(self, x, y, text):  # noqa: N802
        name, size = self.font
        data = getattr(text, "__shapeData__", None)
        w = (
            sum(d.x_advance for d in data) * size / 1000
            if data
            else pdfmetrics.stringWidth(text, name, size)
        )
        self.strings.append((x, y, w, size))


@pytest.mark.parametrize("layout", sorted(layouts.builtin_layouts()))
def test_long_names_shrink_then_wrap_and_stay_inside_the_label(layout):
    sheet = layouts.builtin_layouts()[layout]
    geo = badges.BadgeGeometry.for_label(sheet.label_width, sheet.label_height)
    b = badges.BadgeData(
        attendee_id=1,
        first="Maximilian-Alexander",
        full="Maximilian-Alexander Wolfeschlegelsteinhausenbergerdorff "
        "von Hohenzollern-Sigmaringen",
        affiliation="Rheinisch-Westfälische Technische Hochschule Aachen, Lehrstuhl für Informatik",
        pronouns="he/him",
        role="speaker",
        qr="x",
    )
    c = RecordingCanvas()
    badges.draw_badge_text(c, geo, b)
    assert c.strings
    for x, y, w, size in c.strings:
        assert x >= geo.text.x - 0.01 and x + w <= geo.text.right + 0.01
        assert y >= 0 and y + size <= sheet.label_height
        assert x + w <= geo.qr.x + 0.01 or y + size <= geo.qr.y or y >= geo.qr.top
    # The long full name was wrapped onto two lines rather than cut.
    fitted = badges.fit_text(b.full, geo.text.width, geo.name_max, geo.name_max * 0.7)
    assert len(fitted.lines) == 2
    assert " ".join(fitted.lines) == b.full


def test_fit_text_shrinks_first_then_wraps():
    one = badges.fit_text("Ana Silva", 200, 40, 20, bold=True)
    assert one.lines == ("Ana Silva",) and one.size == 40
    shrunk = badges.fit_text("Alessandro Ricci", 150, 40, 10, bold=True)
    assert len(shrunk.lines) == 1 and shrunk.size < 40
    assert fonts.text_width("Alessandro Ricci", shrunk.size, True) <= 150 + 0.01
    wrapped = badges.fit_text("Alessandro Ricci Montefeltro", 150, 40, 30, bold=True)
    assert len(wrapped.lines) == 2


def _dark_pixels(img: Image.Image, box) -> int:
    gray = img.convert("L").crop(box)
    return sum(
        1 for x in range(gray.width) for y in range(gray.height) if gray.getpixel((x, y)) < 128
    )


def test_cut_marks_are_drawn_in_the_margins_only_when_asked(demo):
    store, event_id = demo
    with store.session() as s:
        ids = [going(s, event_id)[0].id]
    layout = layouts.builtin_layouts()["avery-l4785"]
    k = DPI / 72
    x = layout.label_rect(0).x * k
    box = (int(x - 3), 0, int(x + 3), int(layout.margin_top * k) - 2)
    for cut, expect in ((True, True), (False, False)):
        _, pdf = make(store, event_id, attendee_ids=ids, layout="avery-l4785", cut_marks=cut)
        img = pdfium.PdfDocument(pdf)[0].render(scale=k).to_pil()
        assert (_dark_pixels(img, box) > 0) is expect


def test_calibration_moves_every_badge(demo):
    store, event_id = demo
    with store.session() as s:
        ids = [a.id for a in going(s, event_id)[:2]]

    def qr_left_top(pdf):
        codes = decode_pages(pdf)[0]
        return sorted((b.position.top_left.x, b.position.top_left.y) for b in codes)

    _, plain = make(store, event_id, attendee_ids=ids)
    with store.session() as s:
        layouts.save_calibration(s, Calibration(offset_x_mm=10, offset_y_mm=5, scale=1.0))
    _, moved = make(store, event_id, attendee_ids=ids)
    px_per_mm = DPI / 25.4
    for (x0, y0), (x1, y1) in zip(qr_left_top(plain), qr_left_top(moved), strict=True):
        assert (x1 - x0) / px_per_mm == pytest.approx(10, abs=0.5)
        assert (y1 - y0) / px_per_mm == pytest.approx(5, abs=0.5)


def test_calibration_page_has_a_ruler_and_the_current_settings(demo, tmp_path):
    store, _ = demo
    out = tmp_path / "cal.pdf"
    with store.session() as s:
        layouts.save_calibration(s, Calibration(1.5, -0.5, 1.0))
        badges.make_calibration_pdf(s, out, layout="avery-l4785")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Calibration page" in text and "+1.5 mm" in text and "-0.5 mm" in text
    assert "100" in text and "150" in text  # ruler figures


def test_logo_is_drawn_once_per_role(demo, tmp_path):
    store, event_id = demo
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 20), (200, 30, 30)).save(logo)
    run, pdf = make(store, event_id, logo=logo)
    img_objects = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for xobj in page["/Resources"]["/XObject"].values():
            inner = xobj.get_object().get("/Resources", {}).get("/XObject", {})
            img_objects |= {v.idnum for v in inner.values()}
    assert len(img_objects) == 1  # one image, shared by every badge
    with pytest.raises(ValidationError, match="does not exist"):
        make(store, event_id, logo=tmp_path / "missing.png")
    (tmp_path / "bad.png").write_text("not an image")
    with pytest.raises(ValidationError, match="not an image"):
        make(store, event_id, logo=tmp_path / "bad.png")


def test_user_mistakes_get_sentences(demo, tmp_path):
    store, event_id = demo
    with pytest.raises(ValidationError, match="no badge layout called"):
        make(store, event_id, layout="avery-9999")
    with pytest.raises(ValidationError, match="token"):
        make(store, event_id, qr="url")
    with pytest.raises(OrganiserError, match="no event"):
        make(store, 424242)
    with store.session() as s, pytest.raises(OrganiserError, match="does not exist"):
        badges.make_badges_pdf(s, event_id, tmp_path / "nope" / "b.pdf")


def test_a_failed_run_leaves_an_existing_file_alone(demo, tmp_path):
    store, event_id = demo
    out = tmp_path / "badges.pdf"
    out.write_bytes(b"previous")

    def boom(done, total):
        if done == 3:
            raise RuntimeError("cancelled")

    with store.session() as s, pytest.raises(RuntimeError):
        badges.make_badges_pdf(s, event_id, out, progress=boom)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["badges.pdf"]
    with store.session() as s:
        assert all(a.badge_printed_at is None for a in going(s, event_id))


def test_progress_reports_every_badge(demo, tmp_path):
    store, event_id = demo
    seen = []
    with store.session() as s:
        run = badges.make_badges_pdf(
            s, event_id, tmp_path / "b.pdf", progress=lambda d, t: seen.append((d, t))
        )
    assert run.path == tmp_path / "b.pdf" and run.path.stat().st_size > 0
    assert seen[0] == (1, 39) and seen[-1] == (39, 39)


# --------------------------------------------------------------------------- CLI


def cli(*args):
    from organiser.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_badges_writes_the_pdf_with_every_option(db_url, tmp_path):
    code, out, _ = cli("--db", db_url, "demo")
    event_id = out.strip()
    pdf = tmp_path / "badges.pdf"
    code, out, err = cli(
        "--db", db_url, "badges", event_id, "-o", str(pdf), "--layout", "avery-l4785",
        "--start-at", "3", "--qr", "vcard", "--cut-marks",
    )  # fmt: skip
    assert code == 0, err
    assert "39 badges on 5 sheets" in out
    reader = PdfReader(pdf)
    assert len(reader.pages) == math.ceil((2 + 39) / 10)
    first = decode_pages(pdf.read_bytes())[0]
    assert len(first) == 8 and all(b.text.startswith("BEGIN:VCARD") for b in first)
    code, out, err = cli("--db", db_url, "badges", event_id, "-o", str(pdf), "--only-unprinted")
    assert code == 1 and err.count("\n") == 1 and "printed already" in err
    # Reprint one badge (a lost badge at the door).
    with Store(db_url) as st, st.session() as s:
        aid = s.scalar(
            select(Attendee.id).where(
                Attendee.event_id == int(event_id), Attendee.last_name == "Okafor"
            )
        )
    code, out, err = cli(
        "--db", db_url, "badges", event_id, "-o", str(pdf), "--attendee", str(aid),
        "--layout", "printer-4x3in",
    )  # fmt: skip
    assert code == 0, err
    assert "Wrote 1 badge on 1 sheet" in out
    assert "Amara Okafor" in PdfReader(pdf).pages[0].extract_text()


def test_cli_list_layouts_and_usage_errors(sqlite_store, tmp_path):
    code, out, err = cli("badges", "--list-layouts")
    assert code == 0, err
    for name in layouts.builtin_layouts():
        assert name in out
    with sqlite_store.session() as s:
        eid = str(create_demo(s).id)
        layouts.save_custom_layout(
            s, {"name": "club", "page": [210, 297], "label": [100, 60], "grid": [2, 4]}
        )
    db = str(tmp_path / "organiser.sqlite")
    code, out, _ = cli("--db", db, "badges", "--list-layouts")
    assert code == 0 and "club" in out and "(custom)" in out
    assert cli("--db", db, "badges", "1")[0] == 2  # no -o
    assert cli("--db", db, "badges", "first", "-o", str(tmp_path / "x.pdf"))[0] == 2
    assert cli("--db", db, "badges", "1", "-o", "x.pdf", "--qr", "url")[0] == 2
    code, _, err = cli("--db", db, "badges", eid, "-o", str(tmp_path / "x.pdf"), "--start-at", "0")
    assert code == 1 and err.startswith("error: Start at a label between 1 and 6")
    code, out, err = cli("--db", db, "badges", "calibrate", "-o", str(tmp_path / "cal.pdf"))
    assert code == 0, err
    assert "Calibration page" in PdfReader(tmp_path / "cal.pdf").pages[0].extract_text()


def test_pronouns_print_from_the_list_or_the_speaker_profile(demo):
    store, event_id = demo
    with store.session() as s:
        amara = s.scalar(
            select(Attendee).where(Attendee.event_id == event_id, Attendee.last_name == "Okafor")
        )
        assert amara.pronouns == ""  # the RSVP list had none; the speaker profile has
        luca = s.scalar(
            select(Attendee).where(Attendee.event_id == event_id, Attendee.last_name == "Ferrari")
        )
        luca.pronouns = "he/they"
        ids = [amara.id, luca.id]
    _, pdf = make(store, event_id, attendee_ids=ids)
    text = page_texts(pdf)[0]
    assert "she/her" in text and "he/they" in text


@pytest.mark.parametrize("length", [0, 1, 14, 15, 16, 42, 43, 120, 300, 1200])
def test_own_qr_encoder_matches_the_qrcode_package_module_for_module(length):
    import random

    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    from qrcode.util import MODE_8BIT_BYTE, QRData

    from organiser.printing import qr

    raw = bytes(random.Random(length).randrange(256) for _ in range(length))
    version = qr.version_for(length)
    ref = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=4)
    ref.add_data(QRData(raw, mode=MODE_8BIT_BYTE))
    ref.make(fit=False)
    assert qr.encode(raw) == [[bool(m) for m in row] for row in ref.modules]
    # The smallest version that fits, as qrcode's own fitting picks.
    fitted = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=4)
    fitted.add_data(QRData(raw, mode=MODE_8BIT_BYTE))
    fitted.make(fit=True)
    assert fitted.version == version


def test_cjk_without_spaces_wraps_between_characters():
    text = "中国科学院自动化研究所模式识别国家重点实验室"
    fitted = badges.fit_text(text, 150, 10, 8)
    assert len(fitted.lines) == 2 and "".join(fitted.lines) == text
    assert all(fonts.text_width(line, fitted.size) <= 150 + 0.01 for line in fitted.lines)


def test_a_name_does_not_gain_word_ligature_vowel_marks():
    # محمد must not become the ﷴ ligature (which carries vowel marks nobody typed).
    shaped = fonts.shape("محمد")
    assert "\ufdf4" not in shaped
    assert "".join(unicodedata.normalize("NFKC", c) for c in reversed(shaped)) == "محمد"
