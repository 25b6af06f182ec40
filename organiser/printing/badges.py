"""Name badges on label sheets: every script, a QR code, calibration, start at label N.

The badge, top to bottom: event name and date (in the event's zone) with an
optional logo, the first name large, the full name, affiliation and pronouns,
then a band coloured by role. The QR code (check-in token by default, or a
vCard for networking) sits to the right on landscape badges and under the names
on portrait ones, always with its four-module quiet zone inside the label.

Speed: the background of each role (band, event, date, logo) is drawn once as a
PDF form and reused; each QR matrix is one filled path of merged module runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pendulum
from sqlalchemy.orm import Session

from organiser.errors import OrganiserError, ValidationError
from organiser.i18n import N_, Output, pick, translator
from organiser.models import Event
from organiser.printing import fonts
from organiser.printing.badge_content import QR_CHOICES as QR_CHOICES
from organiser.printing.badge_content import BadgeData as BadgeData
from organiser.printing.badge_content import badge_data as badge_data
from organiser.printing.badge_content import event_date_line as event_date_line
from organiser.printing.badge_content import glyph_warnings as glyph_warnings
from organiser.printing.badge_content import preflight as preflight
from organiser.printing.badge_content import select_attendees as select_attendees
from organiser.printing.badge_content import speaker_pronouns as speaker_pronouns
from organiser.printing.badge_content import vcard as vcard
from organiser.printing.badge_content import with_guest_badges as with_guest_badges
from organiser.printing.layouts import (
    MM,
    Calibration,
    Layout,
    Rect,
    get_calibration,
    get_layout,
)

QUIET_MODULES = 4

# Role band colours (RGB 0..1) and the colour of the word on the band.
ROLE_COLOURS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    "attendee": ((0.16, 0.36, 0.62), (1, 1, 1)),
    "speaker": ((0.80, 0.25, 0.13), (1, 1, 1)),
    "organiser": ((0.40, 0.20, 0.55), (1, 1, 1)),
    "volunteer": ((0.12, 0.52, 0.29), (1, 1, 1)),
    "sponsor": ((0.93, 0.72, 0.16), (0.12, 0.10, 0.05)),
}
# The word on the band, in capitals as printed; translated per output language.
ROLE_LABELS = {
    "attendee": N_("ATTENDEE"),
    "speaker": N_("SPEAKER"),
    "organiser": N_("ORGANISER"),
    "volunteer": N_("VOLUNTEER"),
    "sponsor": N_("SPONSOR"),
}
INK = (0.08, 0.08, 0.10)
MUTED = (0.35, 0.35, 0.40)


@dataclass
class BadgeRun:
    """What a print run produced."""

    pages: int
    badges: int
    path: Path | None
    warnings: list[str] = field(default_factory=list)
    attendee_ids: list[int] = field(default_factory=list)


# --------------------------------------------------------------------------- QR


def qr_matrix(data: str) -> list[list[bool]]:
    """Modules of a QR code (byte mode, medium error correction), without the quiet zone."""
    from organiser.printing import qr

    return qr.encode(data)


_DARK_RUN = re.compile("1+")


def qr_path_ops(matrix: list[list[bool]]) -> str:
    """PDF path operators for the dark modules, one unit per module, row 0 at y=0 going down.

    Horizontal runs of dark modules become one rectangle each; integers keep the
    operator string short and quick to build.
    """
    parts: list[str] = []
    for r, row in enumerate(matrix):
        line = "".join(["1" if m else "0" for m in row])
        y = -(r + 1)
        parts.extend(
            f"{m.start()} {y} {m.end() - m.start()} 1 re" for m in _DARK_RUN.finditer(line)
        )
    return "\n".join(parts)


def draw_qr(canvas: Any, x: float, y: float, size: float, matrix: list[list[bool]]) -> None:
    """Draw the code in the square (x, y, size), quiet zone included, as a single path."""
    n = len(matrix)
    module = size / (n + 2 * QUIET_MODULES)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    # Module grid: origin at the code's top-left corner, one unit per module.
    canvas.transform(
        module, 0, 0, module, x + QUIET_MODULES * module, y + size - QUIET_MODULES * module
    )
    canvas.addLiteral(qr_path_ops(matrix) + "\nf")
    canvas.restoreState()


# --------------------------------------------------------------------------- fitting


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * 1.18 if self.lines else 0.0


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _split_two(text: str, bold: bool) -> tuple[str, str] | None:
    """Best place to break into two lines: at a space, or between two CJK characters."""
    candidates: list[tuple[str, str]] = []
    for i, ch in enumerate(text):
        if ch == " ":
            candidates.append((text[:i].rstrip(), text[i + 1 :].lstrip()))
        elif i > 0 and _wide(ch) and _wide(text[i - 1]):
            candidates.append((text[:i], text[i:]))
    best: tuple[float, tuple[str, str]] | None = None
    for a, b in candidates:
        if not a or not b:
            continue
        widest = max(fonts.text_width(a, 100, bold), fonts.text_width(b, 100, bold))
        if best is None or widest < best[0]:
            best = (widest, (a, b))
    return None if best is None else best[1]


def fit_text(
    text: str, max_width: float, max_size: float, min_size: float, bold: bool = False
) -> Fitted:
    """Shrink to fit one line; below ``min_size`` wrap to two; never wider than the box."""
    text = " ".join(text.split())
    if not text or max_width <= 0:
        return Fitted((), 0.0)
    w100 = fonts.text_width(text, 100, bold)
    one = max_size if w100 <= 0 else min(max_size, max_width * 100 / w100)
    if one >= min_size:
        return Fitted((text,), one)
    halves = _split_two(text, bold)
    if halves is None:
        return Fitted((text,), one)  # a single long word: smaller, but whole
    widest = max(fonts.text_width(h, 100, bold) for h in halves)
    two = min(max_size, max_width * 100 / widest) if widest > 0 else max_size
    if two > one:
        return Fitted(halves, two)
    return Fitted((text,), one)


# --------------------------------------------------------------------------- drawing


@dataclass(frozen=True)
class BadgeGeometry:
    """Where things go on a label of a given size (label-local points)."""

    width: float
    height: float
    pad: float
    band: float
    header_size: float
    header_h: float
    qr: Rect
    text: Rect
    first_max: float
    name_max: float
    small_max: float

    @classmethod
    def for_label(cls, w: float, h: float) -> BadgeGeometry:
        short = min(w, h)
        pad = max(0.055 * short, 5.0)
        band = max(0.13 * short, 13.0)
        header_size = min(max(0.05 * short, 6.5), 13.0)
        header_h = header_size * 2.45
        body_bottom = band + pad * 0.6
        body_top = h - pad - header_h - pad * 0.4
        landscape = w >= h * 1.1
        if landscape:
            q = min(0.36 * w, body_top - body_bottom)
            qr = Rect(w - pad * 0.5 - q, body_bottom + (body_top - body_bottom - q) / 2, q, q)
            text = Rect(pad, body_bottom, qr.x - pad, body_top - body_bottom)
        else:
            q = min(0.42 * w, (body_top - body_bottom) * 0.42)
            qr = Rect((w - q) / 2, body_bottom, q, q)
            text = Rect(pad, qr.top + pad * 0.2, w - 2 * pad, body_top - qr.top - pad * 0.2)
        return cls(
            width=w,
            height=h,
            pad=pad,
            band=band,
            header_size=header_size,
            header_h=header_h,
            qr=qr,
            text=text,
            first_max=0.22 * short,
            name_max=0.085 * short,
            small_max=0.068 * short,
        )


def _rounded_clip(canvas: Any, w: float, h: float, radius: float) -> None:
    p = canvas.beginPath()
    if radius > 0:
        p.roundRect(0, 0, w, h, radius)
    else:
        p.rect(0, 0, w, h)
    canvas.clipPath(p, stroke=0, fill=0)


def draw_background(
    canvas: Any,
    geo: BadgeGeometry,
    role: str,
    event_title: str,
    date_line: str,
    radius: float,
    logo: Path | None,
    words: Output | None = None,
) -> None:
    """What every badge of one role shares, in label-local coordinates."""
    words = words or translator(None)
    w, h = geo.width, geo.height
    canvas.saveState()
    _rounded_clip(canvas, w, h, radius)
    colour, ink = ROLE_COLOURS.get(role, ROLE_COLOURS["attendee"])
    canvas.setFillColorRGB(*colour)
    canvas.rect(0, 0, w, geo.band, stroke=0, fill=1)
    canvas.setFillColorRGB(*ink)
    label = words._(ROLE_LABELS[role]) if role in ROLE_LABELS else role.upper()
    size = fit_text(label, w - 2 * geo.pad, geo.band * 0.55, 5, bold=True).size
    fonts.draw_text(canvas, w / 2, (geo.band - size * 0.72) / 2, label, size, True, "centre")

    header_right = w - geo.pad
    if logo is not None:
        lh = geo.header_h
        lw = min(w * 0.3, lh * 3)
        canvas.drawImage(
            str(logo),
            w - geo.pad - lw,
            h - geo.pad - lh,
            lw,
            lh,
            preserveAspectRatio=True,
            anchor="ne",
            mask="auto",
        )
        header_right -= lw + geo.pad * 0.5
    avail = header_right - geo.pad
    canvas.setFillColorRGB(*INK)
    t = fit_text(event_title, avail, geo.header_size, geo.header_size * 0.7, bold=True)
    t_size = t.size if len(t.lines) == 1 else geo.header_size * 0.7
    title = t.lines[0] if t.lines else ""
    if len(t.lines) > 1:  # keep one header line: shrink further rather than wrap
        t_size = fit_text(event_title, avail, t_size, 1, bold=True).size
        title = " ".join(event_title.split())
    fonts.draw_text(canvas, geo.pad, h - geo.pad - t_size * 0.8, title, t_size, True)
    canvas.setFillColorRGB(*MUTED)
    d_size = fit_text(date_line, avail, geo.header_size * 0.85, 1).size
    fonts.draw_text(
        canvas, geo.pad, h - geo.pad - geo.header_size * 0.95 - d_size * 1.05, date_line, d_size
    )
    canvas.restoreState()


def _blocks(
    b: BadgeData, geo: BadgeGeometry, k: float
) -> list[tuple[Fitted, bool, tuple[float, ...]]]:
    tw = geo.text.width
    out: list[tuple[Fitted, bool, tuple[float, ...]]] = [
        (fit_text(b.first, tw, geo.first_max * k, geo.first_max * k * 0.55, True), True, INK)
    ]
    if b.full and b.full != b.first:
        out.append((fit_text(b.full, tw, geo.name_max * k, geo.name_max * k * 0.7), False, INK))
    small = geo.small_max * k
    if b.affiliation:
        affiliation = fit_text(b.affiliation, tw, small, small * 0.7)
        out.append((affiliation, False, MUTED))
        small = min(small, affiliation.size)  # pronouns never outshout the affiliation
    if b.pronouns:
        out.append((fit_text(b.pronouns, tw, small, small * 0.7), False, MUTED))
    return out


def draw_badge_text(canvas: Any, geo: BadgeGeometry, b: BadgeData) -> None:
    """Names and affiliation, shrunk as a whole until they fit the text box."""
    k = 1.0
    blocks = _blocks(b, geo, k)
    gap = geo.pad * 0.35
    for _ in range(6):
        total = sum(f.height for f, _, _ in blocks) + gap * (len(blocks) - 1)
        if total <= geo.text.height:
            break
        k *= max(0.5, geo.text.height / total) * 0.98
        blocks = _blocks(b, geo, k)
    total = sum(f.height for f, _, _ in blocks) + gap * (len(blocks) - 1)
    y = geo.text.y + geo.text.height - max(0.0, (geo.text.height - total) / 2)
    cx = geo.text.x + geo.text.width / 2
    for fitted, bold, colour in blocks:
        canvas.setFillColorRGB(*colour)
        for line in fitted.lines:
            y -= fitted.size * 1.18
            fonts.draw_text(canvas, cx, y + fitted.size * 0.25, line, fitted.size, bold, "centre")
        y -= gap


_MARK_GAP = 1.5 * MM  # between the label edge and its mark
_MARK_MIN = 1.5 * MM  # a shorter mark is lost in the printer's blank edge


def _mark_lengths(layout: Layout) -> tuple[float, float, float, float]:
    """Top, bottom, left and right mark lengths; 0 where the margin has no room."""

    def tick(margin: float) -> float:
        length = min(6 * MM, margin - _MARK_GAP)
        return length if length >= _MARK_MIN else 0.0

    return (
        tick(layout.margin_top),
        tick(layout.margin_bottom),
        tick(layout.margin_left),
        tick(layout.margin_right),
    )


def cut_marks_refusal(layout: Layout, lang: str | None = None) -> str | None:
    """Why cut marks make no sense on ``layout``, or None when every cut line gets one.

    Marks live in the sheet's margins, on the lines of the label edges: a
    vertical cut needs room above or below the labels, a horizontal one room
    on the left or right. Worded in ``lang`` (the window's, in the GUI).
    """
    t = translator(lang)
    if layout.per_page == 1:
        return t._(
            "{sheet} prints one badge per page at its own size: there is nothing to cut."
        ).format(sheet=layout.title_in(lang))
    top, bottom, left, right = _mark_lengths(layout)
    if not (top or bottom) or not (left or right):
        return t._(
            "On {sheet} the badges reach the edge of the paper, leaving no margin "
            "for cut marks: tear along the perforation or cut along the badge edges."
        ).format(sheet=layout.title_in(lang))
    return None


def draw_cut_marks(canvas: Any, layout: Layout) -> None:
    """Short lines in the sheet margins on every label edge, for a guillotine."""
    xs = sorted(
        {round(r.x, 3) for r in layout.label_rects()}
        | {round(r.right, 3) for r in layout.label_rects()}
    )
    ys = sorted(
        {round(r.y, 3) for r in layout.label_rects()}
        | {round(r.top, 3) for r in layout.label_rects()}
    )
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.3)
    grid_top = layout.page_height - layout.margin_top
    grid_bottom = layout.margin_bottom
    grid_left = layout.margin_left
    grid_right = layout.page_width - layout.margin_right
    gap = _MARK_GAP
    top_len, bottom_len, left_len, right_len = _mark_lengths(layout)
    for x in xs:
        if top_len:
            canvas.line(x, grid_top + gap, x, grid_top + gap + top_len)
        if bottom_len:
            canvas.line(x, grid_bottom - gap, x, grid_bottom - gap - bottom_len)
    for y in ys:
        if left_len:
            canvas.line(grid_left - gap, y, grid_left - gap - left_len, y)
        if right_len:
            canvas.line(grid_right + gap, y, grid_right + gap + right_len, y)
    canvas.restoreState()


# --------------------------------------------------------------------------- the run


def _save_without_a85(canvas: Any) -> None:
    """Save with plain Flate streams: ASCII85 only makes the file bigger and slower."""
    from reportlab import rl_config

    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = saved


@contextlib.contextmanager
def _output(out: Path | BinaryIO) -> Iterator[Any]:
    """Write to ``out``; a path is replaced only once the whole PDF is written."""
    if not isinstance(out, str | os.PathLike):
        yield out
        return
    from organiser.output import atomic_path

    with atomic_path(out, suffix=".pdf") as tmp:
        yield str(tmp)


def _check_logo(logo: Path | str | None) -> Path | None:
    if logo is None or str(logo) == "":
        return None
    path = Path(logo)
    if not path.is_file():
        raise ValidationError("logo", f"The logo file {path} does not exist.")
    from organiser.images import check_pixels

    if path.stat().st_size > 8 * 1024 * 1024:
        raise ValidationError("logo", f"The logo {path.name} is larger than 8 MB.")
    with path.open("rb") as fh:
        check_pixels(fh.read(256 * 1024), "logo", "logo")  # before ReportLab decodes it
    try:
        from reportlab.lib.utils import ImageReader

        ImageReader(str(path)).getSize()
    except Exception:
        raise ValidationError(
            "logo", f"{path.name} is not an image ReportLab can read (use PNG or JPEG)."
        ) from None
    return path


def make_badges_pdf(
    s: Session,
    event_id: int,
    out: Path | BinaryIO,
    *,
    layout: str = "avery-5392",
    start_at: int = 1,
    only_unprinted: bool = False,
    attendee_ids: Sequence[int] | None = None,
    qr: str = "token",
    cut_marks: bool = False,
    mark_printed: bool = True,
    progress: Callable[[int, int], None] | None = None,
    calibration: Calibration | None = None,
    logo: Path | str | None = None,
    invariant: bool = False,
    first_sheet_only: bool = False,
    guest_badges: bool = False,
    lang: str | None = None,
) -> BadgeRun:
    """Lay out badges for an event's attendees on label sheets and write the PDF.

    ``start_at`` is the first free label (1-based) of a part-used first sheet;
    the last sheet is kept even when partly filled. ``attendee_ids`` reprints
    exactly those people (any RSVP). Printed attendees get ``badge_printed_at``
    unless ``mark_printed`` is false. ``calibration`` defaults to the saved one.
    ``first_sheet_only`` makes a preview: the first sheet, nobody marked printed.
    ``lang`` is the output language (role band, date); default the event's, else English.
    """
    from reportlab.pdfgen.canvas import Canvas

    event = s.get(Event, event_id)
    if event is None:
        raise OrganiserError(f"There is no event with id {event_id}.")
    if qr not in QR_CHOICES:
        raise ValidationError("qr", f"The QR code holds “token” or “vcard”, not “{qr}”.")
    sheet = get_layout(s, layout)
    if isinstance(start_at, bool) or not 1 <= int(start_at) <= sheet.per_page:
        raise ValidationError(
            "start_at",
            f"Start at a label between 1 and {sheet.per_page} ({sheet.title} has "
            f"{sheet.per_page} per sheet).",
        )
    if cut_marks and (reason := cut_marks_refusal(sheet)) is not None:
        raise ValidationError("cut_marks", reason)
    cal = (calibration or get_calibration(s)).validated()
    logo_path = _check_logo(logo)
    people = select_attendees(s, event_id, only_unprinted=only_unprinted, attendee_ids=attendee_ids)
    if not people:
        if only_unprinted:
            raise OrganiserError("Every badge for this event has been printed already.")
        raise OrganiserError("Nobody is going to this event yet, so there are no badges to print.")
    if first_sheet_only:
        people = people[: sheet.per_page - (int(start_at) - 1)]
        mark_printed = False
    known_pronouns = speaker_pronouns(s, event_id)
    t = translator(pick(lang, event.language))
    data = [badge_data(a, qr, known_pronouns) for a in people]
    if guest_badges:
        data = with_guest_badges(data, {a.id: a.guests or 0 for a in people}, t)
    warnings = glyph_warnings(data)
    fonts.ensure_registered()

    geometries: dict[tuple[float, float], BadgeGeometry] = {}
    date_line = event_date_line(event, t)
    total = len(data)
    first_slot = int(start_at) - 1
    pages = 0
    with _output(out) as target:
        c = Canvas(
            target,
            pagesize=(sheet.page_width, sheet.page_height),
            invariant=1 if invariant else 0,
            pageCompression=1,
            initialFontName=fonts.BASE_FONT,  # else an unused, unembedded Helvetica is listed
        )
        c.setTitle(f"Badges — {event.title}")
        c.setAuthor("Meetup Organiser")
        c.setCreator("Meetup Organiser")
        forms: set[str] = set()
        slot = first_slot
        page_open = False
        for i, b in enumerate(data):
            if not page_open:
                cal.apply(c, sheet.page_height)
                if cut_marks:
                    draw_cut_marks(c, sheet)
                page_open = True
            r = sheet.content_rect(slot)
            size_key = (round(r.width, 2), round(r.height, 2))
            geo = geometries.get(size_key)
            if geo is None:
                geo = geometries[size_key] = BadgeGeometry.for_label(r.width, r.height)
            form = f"bg-{b.role}-{int(r.width * 100)}x{int(r.height * 100)}"
            if form not in forms:
                c.beginForm(form, 0, 0, r.width, r.height)
                draw_background(
                    c, geo, b.role, event.title, date_line, sheet.corner_radius, logo_path, t
                )
                c.endForm()
                forms.add(form)
            c.saveState()
            c.translate(r.x, r.y)
            c.doForm(form)
            draw_badge_text(c, geo, b)
            if b.qr:  # a guest's blank badge has none: it checks nobody in
                draw_qr(c, geo.qr.x, geo.qr.y, geo.qr.width, qr_matrix(b.qr))
            c.restoreState()
            slot += 1
            if slot == sheet.per_page or i == total - 1:
                c.showPage()
                pages += 1
                page_open = False
                slot = 0
            if progress is not None:
                progress(i + 1, total)
        _save_without_a85(c)

    if mark_printed:
        now = pendulum.now("UTC")
        for a in people:
            a.badge_printed_at = now
        s.flush()
    path = Path(out) if isinstance(out, str | os.PathLike) else None
    return BadgeRun(
        pages=pages,
        badges=total,
        path=path,
        warnings=warnings,
        attendee_ids=[a.id for a in people],
    )


# --------------------------------------------------------------------------- calibration page


def make_calibration_pdf(
    s: Session,
    out: Path | BinaryIO,
    *,
    layout: str = "avery-5392",
    calibration: Calibration | None = None,
    lang: str | None = None,
) -> Layout:
    """One page with every label outlined and rulers, printed with the calibration applied.

    Print it on plain paper, hold it over a label sheet against the light (or
    measure): the outlines should sit on the labels and the 100 mm ruler should
    measure 100 mm. Enter the difference as offset / scale. Worded in ``lang``
    (the organiser's own sheet: the window's language in the GUI, ``--lang``).
    """
    from reportlab.pdfgen.canvas import Canvas

    t = translator(lang)
    sheet = get_layout(s, layout)
    sheet_title = sheet.title_in(lang)
    cal = (calibration or get_calibration(s)).validated()
    fonts.ensure_registered()
    with _output(out) as target:
        c = Canvas(
            target,
            pagesize=(sheet.page_width, sheet.page_height),
            initialFontName=fonts.BASE_FONT,
        )
        c.setTitle(t._("Calibration page — {sheet}").format(sheet=sheet_title))
        cal.apply(c, sheet.page_height)
        W, H = sheet.page_width, sheet.page_height  # noqa: N806
        c.setLineWidth(0.4)
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        for n, r in enumerate(sheet.label_rects(), start=1):
            if sheet.corner_radius:
                c.roundRect(r.x, r.y, r.width, r.height, sheet.corner_radius)
            else:
                c.rect(r.x, r.y, r.width, r.height)
            cx, cy = r.x + r.width / 2, r.y + r.height / 2
            c.line(cx - 4 * MM, cy, cx + 4 * MM, cy)
            c.line(cx, cy - 4 * MM, cx, cy + 4 * MM)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            fonts.draw_text(c, r.x + 2 * MM, r.top - 4.5 * MM, str(n), 8)
        # Rulers: along the top and the left edge from the page corner, in mm.
        length_x = min(W - 12 * MM, 150 * MM)
        length_y = min(H - 12 * MM, 200 * MM)
        ox, oy = 6 * MM, H - 6 * MM
        c.setLineWidth(0.25)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
        c.line(ox, oy, ox + length_x, oy)
        c.line(ox, oy, ox, oy - length_y)
        for mm in range(int(length_x / MM) + 1):
            tick = 3.5 if mm % 10 == 0 else 2.2 if mm % 5 == 0 else 1.2
            c.line(ox + mm * MM, oy, ox + mm * MM, oy - tick * MM)
            if mm % 10 == 0 and mm:
                fonts.draw_text(c, ox + mm * MM, oy - 6.2 * MM, str(mm), 5.5, align="centre")
        for mm in range(int(length_y / MM) + 1):
            tick = 3.5 if mm % 10 == 0 else 2.2 if mm % 5 == 0 else 1.2
            c.line(ox, oy - mm * MM, ox + tick * MM, oy - mm * MM)
            if mm % 10 == 0 and mm:
                fonts.draw_text(c, ox + 4.5 * MM, oy - mm * MM - 2, str(mm), 5.5)
        first = sheet.label_rect(0)
        lines = [
            t._("Calibration page — {sheet}").format(sheet=sheet_title),
            t._(
                "Rulers start 6 mm from the top-left corner of the page; 10 mm on them must "
                "measure 10 mm."
            ),
            t._(
                "Label 1 should start {left} mm from the left edge and {top} mm from the "
                "top edge."
            ).format(left=t.number(first.x / MM, "0.0"), top=t.number((H - first.top) / MM, "0.0")),
            t._(
                "Now: x offset {x} mm, y offset {y} mm, scale {scale}. "
                "Move right/down = positive offset."
            ).format(
                x=t.number(cal.offset_x_mm, "+0.0;-0.0"),
                y=t.number(cal.offset_y_mm, "+0.0;-0.0"),
                scale=t.number(cal.scale, "0.000"),
            ),
        ]
        cx, cy = sheet.label_rect(0).x + sheet.label_width / 2, sheet.label_rect(0).y
        size = 7.0
        y = cy + sheet.label_height / 2 - 10 * MM
        widest = sheet.label_width - 6 * MM
        c.setFillColorRGB(0, 0, 0)
        for line in lines:
            fitted = fit_text(line, widest, size, 3.5)
            for part in fitted.lines:
                fonts.draw_text(c, cx, y, part, fitted.size, align="centre")
                y -= fitted.size * 1.3
        c.showPage()
        c.save()
    return sheet
