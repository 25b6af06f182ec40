"""Camera frames to ticket codes: frames rendered from real codes, decoded offline."""

from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
import pytest
import qrcode
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter
from sqlalchemy import select

from organiser import checkin as C
from organiser import framecodes
from organiser.demo import create_demo
from organiser.models import Attendee
from organiser.printing import badges

LUMA_QR = "https://example.invalid/check-in/evt-1?pk=g-aaaa1"  # as in tests/data luma-guests.csv


def grey(img: Image.Image) -> tuple[bytes, int, int]:
    g = img.convert("L")
    return g.tobytes(), g.width, g.height


def camera_like(
    code: Image.Image, *, angle: float, size: tuple[int, int], seed: int
) -> Image.Image:
    """Put a code in a larger frame as a webcam sees it: smaller, tilted, soft, noisy."""
    rnd = random.Random(seed)
    frame = Image.new("L", size, 140)
    small = code.convert("L").rotate(angle, expand=True, fillcolor=140)
    scale = min(size[0] * 0.45 / small.width, size[1] * 0.6 / small.height)
    small = small.resize((int(small.width * scale), int(small.height * scale)))
    frame.paste(small, (size[0] // 3, size[1] // 5))
    frame = frame.filter(ImageFilter.GaussianBlur(0.8))
    px = frame.load()
    for _ in range(size[0] * size[1] // 20):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-40, 40)))
    return frame


def test_a_page_of_our_badge_pdf_seen_by_the_camera_checks_the_person_in(sqlite_store):
    with sqlite_store.session() as s:
        eid = create_demo(s).id
        a = s.scalars(
            select(Attendee)
            .where(Attendee.event_id == eid, Attendee.rsvp == "going")
            .order_by(Attendee.id)
        ).first()
        aid, token = a.id, a.checkin_token
    buf = io.BytesIO()
    with sqlite_store.session() as s:
        badges.make_badges_pdf(
            s, eid, buf, layout="printer-a6", attendee_ids=[aid], mark_printed=False
        )
    page = pdfium.PdfDocument(buf.getvalue())[0].render(scale=110 / 72).to_pil()
    frame = camera_like(page, angle=6, size=(1280, 720), seed=1)
    codes = framecodes.decode_grey(*grey(frame))
    assert codes == [token]
    with sqlite_store.session() as s:
        out = C.scan(s, eid, codes[0], code_only=True)
    assert out.kind == "checked_in" and out.person.id == aid


def test_a_phone_ticket_qr_on_a_screen_is_read():
    """A Luma-style check-in QR shown on a phone: dark bezel, white screen, text around."""
    qr = qrcode.make(LUMA_QR, box_size=6, border=2).convert("L")
    phone = Image.new("L", (qr.width + 80, qr.height + 260), 20)
    screen = Image.new("L", (qr.width + 40, qr.height + 200), 250)
    d = ImageDraw.Draw(screen)
    d.text((20, 20), "ML Rome #42 · Thu 18:30", fill=30)
    d.text((20, qr.height + 150), "Show this at check-in", fill=60)
    screen.paste(qr, (20, 70))
    phone.paste(screen, (40, 30))
    frame = camera_like(phone, angle=-9, size=(1280, 720), seed=2)
    assert framecodes.decode_grey(*grey(frame)) == [LUMA_QR]


def test_a_printed_1d_barcode_is_read():
    """Eventbrite prints the ticket barcode as Code 128 (tests/data: Barcode # 500100001)."""
    bc = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode("500100001", zxingcpp.BarcodeFormat.Code128), scale=3
    )
    img = Image.frombytes("L", (bc.shape[1], bc.shape[0]), bytes(bc))
    paper = Image.new("L", (img.width + 60, img.height + 60), 245)
    paper.paste(img, (30, 30))
    frame = camera_like(paper, angle=2, size=(1280, 720), seed=3)
    assert framecodes.decode_grey(*grey(frame)) == ["500100001"]


def test_frames_with_no_code_give_nothing():
    rnd = random.Random(4)
    noise = bytes(rnd.randrange(256) for _ in range(320 * 240))
    assert framecodes.decode_grey(noise, 320, 240) == []
    assert framecodes.decode_grey(b"", 0, 0) == []
    with pytest.raises(ValueError):
        framecodes.decode_grey(b"\x00" * 10, 320, 240)


def test_a_code_held_up_counts_once_until_it_leaves_the_view():
    now = [0.0]
    d = framecodes.Debouncer(hold_seconds=3, clock=lambda: now[0])
    assert d.accept("A")
    now[0] = 1.0
    assert not d.accept("A")  # still in view
    assert d.accept("B")
    now[0] = 3.5
    assert not d.accept("A")  # seen at 1.0: still within 3 s
    now[0] = 7.0
    assert d.accept("A")  # gone for a while, shown again: a new scan
