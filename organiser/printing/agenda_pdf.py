"""The printed agenda: one page (or more) for the venue wall and remote viewers.

A title block with the date in the event's zone, the venue (with its map
link, and the wifi only when the organiser ticks it), how to watch online
with a QR code to the main stream, and the schedule as a table with a time
column per zone whose header repeats on every page. Names in any script go
through the shared :mod:`organiser.printing.fonts` module. Stream keys and
studio/ingest addresses are never printed: only viewer links.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from organiser import streaming
from organiser.agenda import Schedule, build_schedule, rooms_used, time_range
from organiser.agenda_grid import room_grid
from organiser.errors import ValidationError
from organiser.events import FORMAT_LABELS, get_event, is_streamed
from organiser.i18n import Output, pick, translator
from organiser.models import Event
from organiser.printing import fonts
from organiser.timeutil import zone_abbrev

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 16 * mm
TIME_COL = 27 * mm
MIN_SESSION_COL = 75 * mm
QR_SIZE = 30 * mm
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.75, 0.75, 0.75)
SHADE = colors.Color(0.93, 0.93, 0.93)


@dataclass(frozen=True)
class AgendaOptions:
    viewer_zones: Sequence[str] | None = None  # None: the event's own viewer zones
    paper: str = "a4"
    wifi: bool = False
    lang: str | None = None  # output language tag; None: the event's, else English


class QRFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as one path (fast, sharp at any printer resolution)."""

    def __init__(self, data: str, size: float = QR_SIZE) -> None:
        super().__init__()
        import qrcode
        from qrcode.constants import ERROR_CORRECT_M

        qr = qrcode.QRCode(border=0, error_correction=ERROR_CORRECT_M)
        qr.add_data(data)
        qr.make(fit=True)
        self.matrix: list[list[bool]] = qr.get_matrix()
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.matrix)
        cell = self.size / n
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        path = c.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.size - (r + 1) * cell
            for col, dark in enumerate(row):
                if dark:
                    path.rect(col * cell, y, cell, cell)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    base = fonts.BASE_FONT
    return {
        "title": ParagraphStyle("title", fontName=base, fontSize=20, leading=24, spaceAfter=3),
        "sub": ParagraphStyle("sub", fontName=base, fontSize=11, leading=14, spaceAfter=2),
        "small": ParagraphStyle("small", fontName=base, fontSize=8.5, leading=10.5, textColor=GREY),
        "body": ParagraphStyle("body", fontName=base, fontSize=9.5, leading=12.5),
        "h2": ParagraphStyle(
            "h2", fontName=base, fontSize=12.5, leading=15, spaceBefore=8, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=9, leading=11.5),
        "time": ParagraphStyle("time", fontName=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", fontName=base, fontSize=8.5, leading=10.5),
        "caption": ParagraphStyle(
            "caption", fontName=base, fontSize=7, leading=8.5, textColor=GREY, alignment=1
        ),
    }


def _m(text: str, bold: bool = False) -> str:
    """Paragraph markup for people's text, in fonts that have every glyph."""
    return fonts.para_markup(text, bold=bold)


def _fields(parts: Sequence[str], sep: str = " · ") -> str:
    """Join fields shaped one by one, keeping separators between them.

    A whole-line bidi pass would pull a separator next to an Arabic or Hebrew field
    into that field's right-to-left run.
    """
    return _m(sep).join(_m(p) for p in parts if p)


def _link(url: str) -> str:
    return f"<link href={quoteattr(url)}>{_m(url)}</link>"


def _date_line(event: Event, t: Output) -> str:
    a = event.starts_at.in_timezone(event.timezone)
    b = event.ends_at.in_timezone(event.timezone)
    day = t.long_date(a)
    end = t.time(b) if a.date() == b.date() else t.day_time(b)
    return f"{day} · {t.time(a)}–{end} {zone_abbrev(b)} ({event.timezone})"


def _venue_block(
    event: Event, opts: AgendaOptions, st: dict[str, ParagraphStyle], t: Output
) -> list[Any]:
    venue = event.venue
    if venue is None:
        return []
    lines = [_m(venue.name, bold=True)]
    if venue.address:
        lines.append(_fields([x.strip() for x in venue.address.splitlines()], ", "))
    if venue.map_url:
        # The full address is in the link; on paper the host name reads better.
        host = urlsplit(venue.map_url).hostname or venue.map_url
        link = f"<link href={quoteattr(venue.map_url)}>{_m(host)}</link>"
        lines.append(_m(t._("Map:") + " ") + link)
    if venue.accessibility:
        lines.append(_m(t._("Access:") + " " + venue.accessibility))
    if opts.wifi and venue.wifi_name:
        wifi = t._("Wifi: {name}").format(name=venue.wifi_name)
        if venue.wifi_password:
            wifi += " · " + t._("password: {password}").format(password=venue.wifi_password)
        lines.append(_m(wifi, bold=True))
    return [Paragraph("<br/>".join(lines), st["body"])]


def _online_lines(s: Session, event: Event, t: Output) -> tuple[list[str], str | None]:
    """Markup lines on how to watch, and the main viewer URL for the QR code."""
    if not is_streamed(event.format):
        return [], None
    main = streaming.main_link(s, event.id)
    backup = next(
        (
            x
            for x in streaming.list_links(s, event.id)
            if x.session_id is None and x.purpose == "backup" and x.viewer_url
        ),
        None,
    )
    if main is None or not main.viewer_url:
        return [_m(t._("Watch online: the link will be announced."), bold=True)], None
    platform = streaming.platform_label(main.platform)
    lines = [
        _m(t._("Watch online"), bold=True),
        _m(t._("Live on {platform}:").format(platform=platform) + " ") + _link(main.viewer_url),
    ]
    if backup is not None and backup.viewer_url:
        lines.append(_m(t._("If the stream fails:") + " ") + _link(backup.viewer_url))
    return lines, main.viewer_url


def _info_block(
    s: Session,
    event: Event,
    opts: AgendaOptions,
    st: dict[str, ParagraphStyle],
    width: float,
    t: Output,
) -> list[Any]:
    """Venue and online details on the left, the stream's QR code on the right."""
    left = _venue_block(event, opts, st, t)
    lines, url = _online_lines(s, event, t)
    if lines:
        if left:
            left.append(Spacer(1, 2.5 * mm))
        left.append(Paragraph("<br/>".join(lines), st["body"]))
    if url is None:
        return left
    qr_w = QR_SIZE + 8 * mm  # 4 mm of white each side: the code's quiet zone
    caption = Paragraph(_m(t._("Scan to watch the stream")), st["caption"])
    table = Table(
        [[left, [QRFlowable(url), Spacer(1, 1.5 * mm), caption]]], colWidths=[width - qr_w, qr_w]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BASE_FONT),  # never the default Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _session_cell(
    row: Any, st: dict[str, ParagraphStyle], t: Output, with_room: bool = True
) -> list[Any]:
    parts = [
        Paragraph(_m(row.heading, bold=row.kind in ("talk", "panel", "lightning")), st["cell"])
    ]
    if row.speakers:
        people = []
        for sp in row.speakers:
            text = _m(sp.name, bold=False)
            extra = []
            if sp.affiliation:
                extra.append(sp.affiliation)
            if sp.role == "moderator":
                extra.append(t._("moderator"))
            if sp.remote:
                extra.append(t._("remote"))
            if extra:
                text += _m(" (") + _fields(extra, ", ") + _m(")")
            people.append(text)
        parts.append(Paragraph(_m("; ").join(people), st["small"]))
    if row.room and with_room:
        parts.append(Paragraph(_m(t._("Room: {room}").format(room=row.room)), st["small"]))
    return parts


def _schedule_table(
    sched: Schedule, event: Event, st: dict[str, ParagraphStyle], width: float, t: Output
) -> Table:
    n = len(sched.zones)
    session_w = width - n * TIME_COL
    head = []
    for i, zone in enumerate(sched.zones):
        loc = event.starts_at.in_timezone(zone)
        label = _m(sched.zone_labels[i].split(" (")[0], bold=True)
        label += "<br/>" + _m(f"{zone_abbrev(loc)} · {t.day(loc)}")
        head.append(Paragraph(label, st["head"]))
    head.append(Paragraph(_m(t._("Session and speakers"), bold=True), st["head"]))
    data: list[list[Any]] = [head]
    for row in sched.rows:
        times = [Paragraph(_m(x, bold=(i == 0)), st["time"]) for i, x in enumerate(row.times)]
        data.append([*times, _session_cell(row, st, t)])
    table = Table(data, colWidths=[TIME_COL] * n + [session_w], repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.BASE_FONT),  # never the default Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ]
    for i, row in enumerate(sched.rows, start=1):
        if row.kind in ("break", "networking"):
            style.append(("BACKGROUND", (0, i), (-1, i), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _room_grids(
    sched: Schedule, event: Event, st: dict[str, ParagraphStyle], width: float, t: Output
) -> list[Any]:
    """Per day, the rooms side by side: a row per start time, a column per room.

    A session without a room (keynote, lunch) spans every room's column. The
    time column shows the event's zone first, then each viewer zone.
    """
    zone = event.timezone
    grid = room_grid(sched.rows, zone)
    rooms = grid.rooms
    room_w = (width - TIME_COL) / len(rooms)
    out: list[Any] = []
    for day in grid.days:
        n, first = day.number, day.first_start
        label = (
            t._("Day {n} · {date}").format(n=n, date=t.long_date(first))
            if len(grid.days) > 1
            else t.long_date(first)
        )
        time_head = t._("Time ({zone})").format(zone=zone_abbrev(first))
        head = [Paragraph(_m(time_head, bold=True), st["head"])]
        head += [Paragraph(_m(r, bold=True), st["head"]) for r in rooms]
        data: list[list[Any]] = [head]
        style: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.BASE_FONT),  # never the default Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
        for slot in day.slots:
            start, plenary, group = slot.starts_at, slot.plenary, slot.rows
            times = [
                Paragraph(
                    _m(
                        t.time(start.in_timezone(z)) + f" {zone_abbrev(start.in_timezone(z))}",
                        bold=(i == 0),
                    ),
                    st["time"] if i == 0 else st["small"],
                )
                for i, z in enumerate(sched.zones)
            ]
            cells: list[Any] = [times] + [[] for _ in rooms]
            r = len(data)
            for row in group:
                cell = list(_session_cell(row, st, t, with_room=False))
                until = time_range(row.starts_at, row.ends_at, zone, out=t)
                cell.append(Paragraph(_m(until), st["small"]))
                col = 1 if plenary else 1 + (grid.column_of(row) or 0)
                cells[col] = cells[col] + cell
                if row.kind in ("break", "networking"):
                    style.append(("BACKGROUND", (col, r), (col if not plenary else -1, r), SHADE))
            if plenary:
                style.append(("SPAN", (1, r), (-1, r)))
            data.append(cells)
        table = Table(data, colWidths=[TIME_COL] + [room_w] * len(rooms), repeatRows=1)
        table.setStyle(TableStyle(style))
        out.append(KeepTogether([Paragraph(_m(label, bold=True), st["h2"]), Spacer(1, 1 * mm)]))
        out.append(table)
        out.append(Spacer(1, 4 * mm))
    return out


def _speakers_section(sched: Schedule, st: dict[str, ParagraphStyle], t: Output) -> list[Any]:
    seen: dict[int, Any] = {}
    for row in sched.rows:
        for sp in row.speakers:
            seen.setdefault(sp.speaker_id, sp)
    if not seen:
        return []
    out: list[Any] = [Paragraph(_m(t._("Speakers"), bold=True), st["h2"])]
    for sp in seen.values():
        text = _m(sp.name, bold=True)
        if sp.pronouns:
            text += _m(" (") + _m(sp.pronouns) + _m(")")
        extra = [sp.affiliation]
        if sp.remote:
            where = t.city(sp.timezone) if sp.timezone else ""
            extra.append(
                t._("joining remotely from {place}").format(place=where)
                if where
                else t._("joining remotely")
            )
        if any(extra):
            text += _m(" · ") + _fields(extra)
        out.append(Paragraph(text, st["body"]))
    return out


def _footer(event: Event, sched: Schedule, t: Output) -> Callable[[Any, Any], None]:
    zones = ", ".join(f"{zone_abbrev(event.starts_at.in_timezone(z))} = {z}" for z in sched.zones)
    left = event.title + " · " + t._("agenda")
    right_tpl = t._("page {0}")
    zones_line = t._("Time zones: {zones}").format(zones=zones)

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        y = MARGIN * 0.55
        fonts.draw_text(canvas, doc.leftMargin, y, left, 7.5)
        fonts.draw_text(
            canvas,
            doc.leftMargin + doc.width,
            y,
            right_tpl.format(canvas.getPageNumber()),
            7.5,
            align="right",
        )
        fonts.draw_text(canvas, doc.leftMargin, y - 9, zones_line, 7)
        canvas.restoreState()

    return draw


def page_size(paper: str, n_zones: int) -> tuple[float, float]:
    """Portrait unless the zone columns leave too little room for the titles."""
    if paper not in PAPERS:
        raise ValidationError("paper", f"Paper “{paper}” is not one of: a4, letter.")
    size: tuple[float, float] = PAPERS[paper]
    if size[0] - 2 * MARGIN - n_zones * TIME_COL < MIN_SESSION_COL:
        size = landscape(size)
    return size


def agenda_pdf(s: Session, event_id: int, opts: AgendaOptions | None = None) -> bytes:
    """The agenda as PDF bytes."""
    opts = opts or AgendaOptions()
    fonts.ensure_registered()
    event = get_event(s, event_id)
    lang = pick(opts.lang, event.language)
    t = translator(lang)
    sched = build_schedule(s, event_id, opts.viewer_zones, lang=lang)
    # rooms side by side take the width zone columns would
    size = page_size(opts.paper, max(len(sched.zones), len(rooms_used(sched.rows))))
    st = _styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=event.title + " — " + t._("agenda"),
        author=event.organiser_name or "Meetup Organiser",
        subject=t._("Agenda"),
        creator="Meetup Organiser",
        invariant=True,
        initialFontName=fonts.BASE_FONT,  # else an unused, unembedded Helvetica is listed
    )
    width = doc.width - 12  # the frame keeps 6 pt of padding on each side
    story: list[Any] = [
        Paragraph(_m(event.title, bold=True), st["title"]),
        Paragraph(_m(_date_line(event, t)), st["sub"]),
        Paragraph(
            _m(
                t._(FORMAT_LABELS.get(event.format, event.format))
                + (" · " + t._("in person and streamed online") if event.format == "hybrid" else "")
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
    ]
    story += _info_block(s, event, opts, st, width, t)
    story.append(Spacer(1, 2 * mm))
    if sched.rows and len(rooms_used(sched.rows)) > 1:
        story += _room_grids(sched, event, st, width, t)
    elif sched.rows:
        story.append(Paragraph(_m(t._("Agenda"), bold=True), st["h2"]))
        story.append(_schedule_table(sched, event, st, width, t))
    else:
        story.append(Paragraph(_m(t._("The agenda will follow.")), st["body"]))
    speakers = _speakers_section(sched, st, t)
    if speakers:
        story.append(KeepTogether(speakers))
    footer = _footer(event, sched, t)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


__all__ = ["AgendaOptions", "QRFlowable", "agenda_pdf", "escape", "page_size"]
