"""Every PDF we write passes a print shop's font preflight; paper and cut-mark choices hold.

``pdffonts`` (poppler, not ReportLab) lists each font a PDF references and
whether it is embedded: a referenced but unembedded font (ReportLab's default
Helvetica, even unused) is what preflight tools flag.
"""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from organiser.cli import run
from organiser.printing import badges, layouts

MM = 72 / 25.4


def _cli(db, *args):
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(db), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("preflight") / "o.sqlite"
    code, out, err = _cli(db, "demo")
    assert code == 0, err
    return db, out.strip()


def _fonts(path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) per font, as pdffonts prints them."""
    text = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = []
    for line in text.splitlines()[2:]:
        cols = line.split()
        # name type [type...] encoding emb sub uni object ID: emb is 5th from the end
        rows.append((cols[0], cols[-5]))
    return rows


def _commands(ev):
    yield "badges", ["badges", ev, "--layout", "avery-l4785", "--cut-marks"]
    for name in sorted(layouts.builtin_layouts()):
        yield f"badges-{name}", ["badges", ev, "--layout", name]
    yield "calibrate", ["badges", "calibrate"]
    yield "agenda-a4", ["agenda", ev, "--paper", "a4", "--tz", "Asia/Tokyo"]
    yield "agenda-letter", ["agenda", ev, "--paper", "letter"]
    yield "briefing-a4", ["briefing", ev, "--paper", "a4"]
    yield "briefing-letter", ["briefing", ev, "--paper", "letter"]


def test_every_pdf_command_embeds_every_font(demo_db, tmp_path):
    db, ev = demo_db
    checked = 0
    for label, args in _commands(ev):
        target = tmp_path / f"{label}.pdf"
        code, _out, err = _cli(db, *args, "-o", str(target))
        assert code == 0, (label, err)
        fonts = _fonts(target)
        assert fonts, label
        assert [f for f in fonts if f[1] != "yes"] == [], label
        assert not any("Helvetica" in name for name, _ in fonts), label
        checked += 1
    assert checked == len(layouts.builtin_layouts()) + 6


def test_briefing_paper_sizes(demo_db, tmp_path):
    db, ev = demo_db
    sizes = {}
    for paper in ("a4", "letter"):
        target = tmp_path / f"b-{paper}.pdf"
        assert _cli(db, "briefing", ev, "--paper", paper, "-o", str(target))[0] == 0
        box = PdfReader(target).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}
    code, _out, err = _cli(db, "briefing", ev, "--paper", "a3", "-o", str(tmp_path / "x.pdf"))
    assert code == 2


def _lines(pdf_path) -> list[tuple[float, float, float, float]]:
    """Every straight segment drawn with ``m``/``l`` on the first page, in points."""
    page = PdfReader(pdf_path).pages[0]
    ops = page.get_contents().operations
    out, at = [], None
    for args, op in ops:
        if op == b"m":
            at = (float(args[0]), float(args[1]))
        elif op == b"l" and at is not None:
            out.append((*at, float(args[0]), float(args[1])))
            at = None
    return out


@pytest.mark.parametrize("name", sorted(layouts.builtin_layouts()))
def test_cut_marks_drawn_where_they_make_sense_and_refused_with_a_reason_elsewhere(
    demo_db, tmp_path, name
):
    db, ev = demo_db
    sheet = layouts.builtin_layouts()[name]
    reason = badges.cut_marks_refusal(sheet)
    with_marks = tmp_path / "with.pdf"
    code, _out, err = _cli(db, "badges", ev, "--layout", name, "--cut-marks", "-o", str(with_marks))
    if reason is not None:
        assert code == 1 and not with_marks.exists()
        assert err.strip().endswith(reason) and "\n" not in err.strip()
        assert sheet.title in reason
        return
    assert code == 0, err
    plain = tmp_path / "plain.pdf"
    assert _cli(db, "badges", ev, "--layout", name, "-o", str(plain))[0] == 0
    added = set(_lines(with_marks)) - set(_lines(plain))
    rects = sheet.label_rects()
    edges_x = {round(r.x, 1) for r in rects} | {round(r.right, 1) for r in rects}
    edges_y = {round(r.y, 1) for r in rects} | {round(r.top, 1) for r in rects}
    hit_x, hit_y = set(), set()
    for x0, y0, x1, y1 in added:
        # outside every label
        for r in rects:
            inside = r.x + 0.5 < (x0 + x1) / 2 < r.right - 0.5 and r.y + 0.5 < (y0 + y1) / 2 < (
                r.top - 0.5
            )
            assert not inside, (name, x0, y0)
        if x0 == x1:
            hit_x.add(round(x0, 1))
        else:
            hit_y.add(round(y0, 1))
    assert hit_x == edges_x and hit_y == edges_y  # every cut line has its mark


def test_sheets_without_room_for_marks_are_the_edge_to_edge_and_printer_ones():
    refused = {
        name
        for name, sheet in layouts.builtin_layouts().items()
        if badges.cut_marks_refusal(sheet) is not None
    }
    assert refused == {"a6-4up-a4", "a7-8up-a4", "printer-4x3in", "printer-a6"}


def test_the_rooms_side_by_side_agenda_embeds_every_font(tmp_path):
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "schedule" / "pretalx-democon.json"
    db = tmp_path / "rooms.sqlite"
    assert _cli(db, "import-schedule", str(data))[0] == 0
    target = tmp_path / "rooms.pdf"
    code, _out, err = _cli(db, "agenda", "1", "--tz", "America/New_York", "-o", str(target))
    assert code == 0, err
    fonts = _fonts(target)
    assert fonts and all(emb == "yes" for _name, emb in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)
