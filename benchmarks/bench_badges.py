"""Badges: 1,000 badges with QR codes on Avery 5392-style sheets vs a minimal ReportLab script.

The baseline is what the libraries cost for the same output: a bare script that
registers the same Latin TrueType font, draws the same name, affiliation, event
and role strings and the same QR codes (the qrcode package with a fixed mask,
one literal path per code, Flate without ASCII85) on the same 4×3 in grid, with
no database, fitting, per-character fallback, shaping or forms. A second run of
that script with the app's own QR encoder shows the app's pure overhead.
Targets (issue 5): ratio ≤ 1.25, under 2 s, under 2 MB.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

N = 1000


def _attendees(s, event_id: int) -> None:
    from organiser.demo import ATTENDEES
    from organiser.models import Attendee
    from organiser.textnorm import search_key

    rows = []
    for i in range(N):
        first, last, company, role, _ = ATTENDEES[i % len(ATTENDEES)]
        rows.append(
            Attendee(
                event_id=event_id,
                first_name=first,
                last_name=f"{last} {i}",
                company=company,
                role=role,
                rsvp="going",
                search_key=search_key(first, last),
            )
        )
    s.add_all(rows)


def _qrcode_matrix(data: str) -> list[list[bool]]:
    """What a plain script uses: the qrcode package, its fastest call (mask fixed)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=4)
    q.add_data(data.encode("utf-8"))
    q.make(fit=True)
    return q.modules


def _baseline(
    people: list[tuple[str, str, str, str, str]], title: str, date: str, qr_matrix
) -> bytes:
    """The same strings and QR matrices drawn with plain ReportLab calls."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from organiser.printing.fonts import font_path

    if "Base-R" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Base-R", str(font_path("MO-Sans"))))
        pdfmetrics.registerFont(TTFont("Base-B", str(font_path("MO-Sans-Bold"))))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(612, 792))
    w, h = 288, 216
    for i, (first, full, company, role, token) in enumerate(people):
        slot = i % 6
        row, col = divmod(slot, 2)
        x, y = 18 + col * w, 792 - 72 - (row + 1) * h
        c.setFillColorRGB(0.16, 0.36, 0.62)
        c.rect(x, y, w, 28, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Base-B", 14)
        c.drawCentredString(x + w / 2, y + 9, role.upper())
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Base-B", 9)
        c.drawString(x + 12, y + h - 20, title)
        c.setFont("Base-R", 8)
        c.drawString(x + 12, y + h - 31, date)
        c.setFont("Base-B", 40)
        c.drawCentredString(x + 90, y + 120, first)
        c.setFont("Base-R", 16)
        c.drawCentredString(x + 90, y + 98, full)
        c.setFont("Base-R", 12)
        c.drawCentredString(x + 90, y + 80, company)
        m = qr_matrix(token)
        mod = 100 / (len(m) + 8)
        # The fastest plain-ReportLab way: one literal path of merged module runs
        # on an integer grid (the same trick the app uses).
        ops = []
        for r, line in enumerate(m):
            k = 0
            while k < len(line):
                if line[k]:
                    s0 = k
                    while k < len(line) and line[k]:
                        k += 1
                    ops.append(f"{s0} {-(r + 1)} {k - s0} 1 re")
                else:
                    k += 1
        c.saveState()
        c.transform(mod, 0, 0, mod, x + 180 + 4 * mod, y + 150 - 4 * mod)
        c.addLiteral("\n".join(ops) + "\nf")
        c.restoreState()
        if slot == 5:
            c.showPage()
    c.showPage()
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        c.save()
    finally:
        rl_config.useA85 = saved
    return buf.getvalue()


def run() -> list[str]:
    from sqlalchemy import select

    from organiser.events import create_event
    from organiser.models import Attendee
    from organiser.printing import badges, fonts
    from organiser.store import Store
    from organiser.timeutil import local

    fonts.ensure_registered()  # both sides start with fonts registered
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        with store.session() as s:
            ev = create_event(
                s,
                title="Bench meetup",
                starts_at=local("Europe/Rome", 2026, 6, 4, 18, 30),
                ends_at=local("Europe/Rome", 2026, 6, 4, 21, 30),
                timezone="Europe/Rome",
            )
            event_id = ev.id
            _attendees(s, event_id)
        with store.session() as s:
            ev_obj = s.get(badges.Event, event_id)
            assert ev_obj is not None
            title, date = ev_obj.title, badges.event_date_line(ev_obj)
            people = [
                (a.first_name, f"{a.first_name} {a.last_name}", a.company, a.role, a.checkin_token)
                for a in s.scalars(select(Attendee).where(Attendee.event_id == event_id))
            ]

        best_app = best_base = best_draw = float("inf")
        size_app = size_base = 0
        pages = 0
        for _ in range(3):
            t0 = time.perf_counter()
            base = _baseline(people, title, date, _qrcode_matrix)
            best_base = min(best_base, time.perf_counter() - t0)
            size_base = len(base)

            t0 = time.perf_counter()
            _baseline(people, title, date, badges.qr_matrix)
            best_draw = min(best_draw, time.perf_counter() - t0)

            buf = io.BytesIO()
            t0 = time.perf_counter()
            with store.session() as s:
                result = badges.make_badges_pdf(s, event_id, buf, mark_printed=False)
            best_app = min(best_app, time.perf_counter() - t0)
            size_app = len(buf.getvalue())
            pages = result.pages
        store.close()

    ratio = best_app / best_base
    return [
        f"{N} badges on {pages} Avery 5392-style sheets: {best_app:.2f} s, "
        f"{size_app / 1e6:.2f} MB (target < 2 s, < 2 MB)",
        f"minimal ReportLab + qrcode script, same strings and QR codes: {best_base:.2f} s, "
        f"{size_base / 1e6:.2f} MB",
        f"ratio app / minimal script: {ratio:.2f} (target ≤ 1.25)",
        f"same script with the app's QR encoder (pure drawing cost): {best_draw:.2f} s; "
        f"app overhead over it (fallback fonts, fitting, DB, forms): "
        f"{best_app / best_draw:.2f}×",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
