"""Speaker briefing: one page per speaker with everything they need on the day.

Each page gives the speaker's sessions in the event's zone and in their own
(both zones named), where to go (venue address and map link) or, for remote
speakers, the studio link to join (never a stream key: keys live only in the
keyring and nothing here reads it), whom to call on the day, and what is still
missing from their checklist.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import checklists
from organiser.agenda import KIND_LABELS
from organiser.crud import get_or_error
from organiser.errors import OrganiserError, ValidationError
from organiser.i18n import N_, Output, pick, translator
from organiser.models import Event, EventSession, SessionSpeaker, Speaker, StreamLink
from organiser.printing import fonts
from organiser.timeutil import in_zone, zone_abbrev

# Platforms that only broadcast: their "studio" is the organiser's dashboard, not a
# place a speaker can join. Call-style platforms come first for remote speakers.
_BROADCAST_ONLY = {"youtube", "twitch", "facebook", "linkedin", "vimeo"}
_ROLE_SENTENCES = {
    "speaker": N_("You are the speaker."),
    "moderator": N_("You are the moderator."),
    "panellist": N_("You are a panellist."),
}


@dataclass(frozen=True)
class _Slot:
    session: EventSession
    role: str
    consent: bool | None


def _span(start: DateTime, end: DateTime, zone: str, t: Output) -> str:
    """Like "Thu 10 Dec 2026, 19:15–19:45 CET (Europe/Rome)"; the end's date if it differs."""
    a, b = in_zone(start, zone), in_zone(end, zone)
    end_text = t.time(b) if a.date() == b.date() else t.day_time(b)
    return f"{t.date_time(a)}–{end_text} {zone_abbrev(a)} ({zone})"


def _when(instant: DateTime, zone: str, own_zone: str, t: Output) -> str:
    """A due time in the event's zone, and in the speaker's when it differs."""
    loc = in_zone(instant, zone)
    text = f"{t.day_time(loc)} {zone_abbrev(loc)}"
    if own_zone != zone:
        mine = in_zone(instant, own_zone)
        clock = t.time(mine) if mine.date() == loc.date() else t.day_time(mine)
        text += " (" + t._("{time} for you").format(time=f"{clock} {zone_abbrev(mine)}") + ")"
    return text


def _still_missing(s: Session, event: Event, speaker_id: int) -> list[checklists.ItemRow]:
    """Open items up to the end of the event; the organisers' follow-ups stay off the page."""
    return [
        r
        for r in checklists.missing_for_speaker(s, event.id, speaker_id)
        if r.category.casefold() != "briefing" and (r.due_at is None or r.due_at <= event.ends_at)
    ]


def _slots(s: Session, event_id: int, speaker_id: int) -> list[_Slot]:
    rows = s.execute(
        select(EventSession, SessionSpeaker)
        .join(SessionSpeaker, SessionSpeaker.session_id == EventSession.id)
        .where(EventSession.event_id == event_id, SessionSpeaker.speaker_id == speaker_id)
        .order_by(EventSession.starts_at, EventSession.position)
    )
    return [_Slot(sess, link.role, link.recording_consent) for sess, link in rows]


def studio_link(event: Event, sessions: Sequence[EventSession]) -> StreamLink | None:
    """The link a remote speaker joins through: their session's own, else a call platform."""
    ids = {x.id for x in sessions}
    candidates = [link for link in event.stream_links if link.studio_url]
    own = [link for link in candidates if link.session_id in ids]
    if own:
        return own[0]
    calls = [link for link in candidates if link.platform not in _BROADCAST_ONLY]
    if calls:
        return sorted(calls, key=lambda link: link.purpose != "main")[0]
    return None


def _styles() -> dict[str, object]:
    from reportlab.lib.styles import ParagraphStyle

    fonts.ensure_registered()
    base = ParagraphStyle("mo-body", fontName=fonts.BASE_FONT, fontSize=10, leading=13.5)
    return {
        "body": base,
        "small": ParagraphStyle("mo-small", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "mo-title", parent=base, fontName=fonts.BOLD_FONT, fontSize=17, leading=21
        ),
        "sub": ParagraphStyle("mo-sub", parent=base, fontSize=11, leading=14, spaceAfter=4),
        "h2": ParagraphStyle(
            "mo-h2",
            parent=base,
            fontName=fonts.BOLD_FONT,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "label": ParagraphStyle("mo-label", parent=base, fontName=fonts.BOLD_FONT),
    }


def _p(text: str, style: object, bold: bool = False) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(fonts.para_markup(text, bold=bold), style)


def _link(url: str, style: object) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(
        f'<link href={quoteattr(url)} color="blue"><u>{fonts.para_markup(url)}</u></link>', style
    )


def _facts(rows: list[tuple[str, list[object]]], st: dict[str, object]) -> object:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    data = [[_p(label, st["label"], bold=True), cells] for label, cells in rows]
    table = Table(data, colWidths=[42 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BASE_FONT),  # never the default Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _speaker_page(
    s: Session, event: Event, speaker: Speaker, st: dict[str, object], t: Output
) -> list[object]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Spacer

    story: list[object] = []
    zone = event.timezone
    own_zone = speaker.timezone or zone
    slots = _slots(s, event.id, speaker.id)
    story.append(
        _p(t._("Speaker briefing: {name}").format(name=speaker.name), st["title"], bold=True)
    )
    local_start = in_zone(event.starts_at, zone)
    story.append(
        _p(
            f"{event.title} · {t.long_date(local_start)}"
            + " · "
            + (t._("remote") if speaker.remote else t._("on site")),
            st["sub"],
        )
    )
    story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceAfter=4))

    story.append(
        _p(t.n_("Your session", "Your sessions", len(slots)), st["h2"], bold=True)
    )
    if not slots:
        story.append(
            _p(t._("You are not on the agenda yet; the organiser will confirm."), st["body"])
        )
    for slot in slots:
        sess = slot.session
        kind = t._(KIND_LABELS[sess.kind]) if sess.kind in KIND_LABELS else sess.kind
        role = t._(_ROLE_SENTENCES[slot.role]) if slot.role in _ROLE_SENTENCES else slot.role
        times = [_p(_span(sess.starts_at, sess.ends_at, zone, t), st["body"])]
        what = sess.title
        english = KIND_LABELS.get(sess.kind, sess.kind).casefold()
        if sess.kind != "talk" and not what.casefold().startswith((kind.casefold(), english)):
            what = f"{kind}: {what}"
        rows: list[tuple[str, list[object]]] = [
            (t._("What"), [_p(what, st["body"], bold=True), _p(role, st["small"])]),
            (t._("Event time"), times),
        ]
        if own_zone != zone:
            own = _span(sess.starts_at, sess.ends_at, own_zone, t)
            rows.append((t._("Your time"), [_p(own, st["body"])]))
        else:
            same = t._("Same as the event ({zone}).").format(zone=zone)
            rows.append((t._("Your time"), [_p(same, st["body"])]))
        if sess.room:
            rows.append((t._("Room"), [_p(sess.room, st["body"])]))
        consent = {
            True: t._("You agreed to be recorded and streamed."),
            False: t._(
                "You asked not to be recorded: this session will not be streamed or published."
            ),
            None: t._("We still need your answer on recording and streaming."),
        }[slot.consent]
        rows.append((t._("Recording"), [_p(consent, st["body"])]))
        story.append(_facts(rows, st))
        story.append(Spacer(1, 2 * mm))

    venue = event.venue
    if speaker.remote:
        story.append(_p(t._("How to join"), st["h2"], bold=True))
        link = studio_link(event, [x.session for x in slots])
        if link is not None and link.studio_url:
            label = link.label or link.platform.capitalize()
            story.append(
                _facts(
                    [
                        (t._("Studio link"), [_link(link.studio_url, st["body"])]),
                        (t._("Platform"), [_p(label, st["body"])]),
                    ],
                    st,
                )
            )
            story.append(
                _p(
                    t._(
                        "Join with the camera and microphone you will use on the night, "
                        "15 minutes before your slot."
                    ),
                    st["body"],
                )
            )
        else:
            story.append(
                _p(
                    t._("The organiser will send you the studio link before your tech check."),
                    st["body"],
                )
            )
        if venue is not None:
            room = t._("The audience in the room is at {venue}.").format(venue=venue.name)
            story.append(_p(room, st["small"]))
    else:
        story.append(_p(t._("Where to go"), st["h2"], bold=True))
        if venue is None:
            story.append(
                _p(t._("The venue is not fixed yet; the organiser will tell you."), st["body"])
            )
        else:
            rows = [(t._("Venue"), [_p(venue.name, st["body"])])]
            if venue.address:
                rows.append((t._("Address"), [_p(venue.address, st["body"])]))
            if venue.map_url:
                rows.append((t._("Map"), [_link(venue.map_url, st["body"])]))
            if venue.accessibility:
                rows.append((t._("Access"), [_p(venue.accessibility, st["body"])]))
            if venue.av_equipment:
                rows.append((t._("In the room"), [_p(venue.av_equipment, st["body"])]))
            if venue.wifi_name:
                wifi = t._("{name} (password at the welcome desk)").format(name=venue.wifi_name)
                rows.append((t._("Wifi"), [_p(wifi, st["body"])]))
            story.append(_facts(rows, st))

    story.append(_p(t._("Who to call on the day"), st["h2"], bold=True))
    contacts: list[tuple[str, list[object]]] = []
    organiser_line = ", ".join(
        x for x in (event.organiser_name, event.organiser_phone, event.organiser_email or "") if x
    )
    if organiser_line:
        contacts.append((t._("Organiser"), [_p(organiser_line, st["body"])]))
    if venue is not None and not speaker.remote:
        venue_line = ", ".join(x for x in (venue.contact_name, venue.contact_phone) if x)
        if venue_line:
            contacts.append((t._("Venue contact"), [_p(venue_line, st["body"])]))
    if not contacts:
        ask = t._("Ask the organiser for a phone number.")
        contacts.append((t._("Organiser"), [_p(ask, st["body"])]))
    story.append(_facts(contacts, st))

    story.append(_p(t._("Still missing from your checklist"), st["h2"], bold=True))
    missing = _still_missing(s, event, speaker.id)
    if not missing:
        story.append(_p(t._("Nothing: thank you, you are all set."), st["body"]))
    for item in missing:
        due = ""
        if item.due_at is not None:
            by = t._("by {when}").format(when=_when(item.due_at, zone, own_zone, t))
            due = f" — {by}"
        story.append(_p(f"• {t.checklist(item.title)}{due}", st["body"]))

    story.append(Spacer(1, 6 * mm))
    story.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceAfter=3))
    footer = (
        t._("Questions before the day: {who}").format(
            who=event.organiser_name or t._("the organiser")
        )
        + (f" <{event.organiser_email}>" if event.organiser_email else "")
        + (f", {event.organiser_phone}" if event.organiser_phone else "")
        + "."
    )
    story.append(_p(footer, st["small"]))
    return story


PAPERS = ("a4", "letter")


def build_briefing(
    s: Session,
    event_id: int,
    speaker_id: int | None = None,
    lang: str | None = None,
    *,
    paper: str = "a4",
) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages (one per speaker), on A4 or US Letter.

    Written in ``lang`` (an output language tag), else the event's language.
    """
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    if paper not in PAPERS:
        raise ValidationError("paper", f"Paper “{paper}” is not one of: a4, letter.")

    event = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    people = checklists.event_speakers(s, event.id)
    if speaker_id is not None:
        people = [p for p in people if p.id == speaker_id]
        if not people:
            speaker = s.get(Speaker, speaker_id)
            who = f"“{speaker.name}”" if speaker else f"speaker {speaker_id}"
            raise OrganiserError(f"{who} is not on the agenda of “{event.title}”.")
    if not people:
        raise OrganiserError(
            f"“{event.title}” has no speakers on its agenda yet; add them to sessions first."
        )
    st = _styles()
    t = translator(pick(lang, event.language))
    story: list[object] = []
    for i, speaker in enumerate(people):
        if i:
            story.append(PageBreak())
        story.extend(_speaker_page(s, event, speaker, st, t))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4 if paper == "a4" else LETTER,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=t._("Speaker briefing") + f" — {event.title}",
        author=event.organiser_name or "Meetup Organiser",
        invariant=1,
        initialFontName=fonts.BASE_FONT,  # else an unused, unembedded Helvetica is listed
    )
    doc.build(story)
    return buf.getvalue(), len(people)


def write_briefing(
    s: Session,
    event_id: int,
    path: Path,
    speaker_id: int | None = None,
    lang: str | None = None,
    *,
    paper: str = "a4",
) -> tuple[Path, int]:
    data, pages = build_briefing(s, event_id, speaker_id, lang, paper=paper)
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise OrganiserError(f"Give the briefing a .pdf file name, not “{path.name}”.")
    from organiser.output import write_atomic

    write_atomic(path, data)
    return path, pages


__all__ = ["build_briefing", "studio_link", "write_briefing"]
