"""Stream and call links of an event or a session, and the hybrid readiness check.

Viewer links are what remote people click, so they must be ``https://``;
studio/ingest addresses (what the streaming software pushes to) may also be
``rtmp(s)://``. The GUI opens a link only when :func:`safe_to_open` says so.
Stream keys never live here: see :mod:`organiser.secrets`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import secrets
from organiser import validation as v
from organiser.crud import check_version, get_or_error
from organiser.errors import ValidationError
from organiser.events import get_event, is_streamed
from organiser.i18n import translator
from organiser.models import (
    STREAM_PURPOSES,
    ChecklistItem,
    EventSession,
    SessionSpeaker,
    StreamLink,
)
from organiser.speaker_clock import WARNING_KIND as _SPEAKER_HOURS
from organiser.speaker_clock import clock_for, has_own_clock
from organiser.textnorm import fold

PLATFORMS: dict[str, str] = {
    "youtube": "YouTube",
    "twitch": "Twitch",
    "zoom": "Zoom",
    "google_meet": "Google Meet",
    "teams": "Microsoft Teams",
    "jitsi": "Jitsi Meet",
    "vimeo": "Vimeo",
    "linkedin_live": "LinkedIn Live",
    "streamyard": "StreamYard",
    "restream": "Restream",
    "other": "Other",
}
PURPOSE_LABELS = {"main": "Main", "backup": "Backup", "recording": "Recording"}

# Host name suffixes per platform, viewer pages and ingest servers alike.
_HOSTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("youtube", ("youtube.com", "youtu.be", "youtube-nocookie.com", "rtmp.youtube.com")),
    ("twitch", ("twitch.tv", "contribute.live-video.net")),
    ("zoom", ("zoom.us", "zoom.com", "zoomgov.com")),
    ("google_meet", ("meet.google.com",)),
    ("teams", ("teams.microsoft.com", "teams.live.com", "teams.microsoft.us")),
    ("jitsi", ("meet.jit.si", "8x8.vc")),
    ("vimeo", ("vimeo.com", "vimeocdn.com")),
    ("linkedin_live", ("linkedin.com", "lnkd.in")),
    ("streamyard", ("streamyard.com",)),
    ("restream", ("restream.io",)),
)

VIEWER_SCHEMES = ("https",)
STUDIO_SCHEMES = ("https", "rtmps", "rtmp")
OPENABLE_SCHEMES = ("http", "https", "mailto")


def detect_platform(url: str | None) -> str:
    """The platform a link belongs to, from its host name; ``other`` when unknown."""
    if not url:
        return "other"
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return "other"
    for platform, suffixes in _HOSTS:
        if any(host == sfx or host.endswith("." + sfx) for sfx in suffixes):
            return platform
    if host.startswith(("jitsi.", "meet.jitsi")) or ".jitsi." in host:
        return "jitsi"  # self-hosted Jitsi, e.g. jitsi.example.org
    return "other"


def platform_label(platform: str) -> str:
    return PLATFORMS.get(platform, PLATFORMS["other"])


def check_viewer_url(url: str | None) -> str | None:
    """Viewer links: ``https://`` only (no javascript:, file:, data: or plain http)."""
    return v.optional_url(url, "viewer_url", VIEWER_SCHEMES, "The viewer link")


def check_studio_url(url: str | None) -> str | None:
    """Studio/ingest links: ``https://``, ``rtmps://`` or ``rtmp://``."""
    return v.optional_url(url, "studio_url", STUDIO_SCHEMES, "The studio/ingest link")


def safe_to_open(url: str | None) -> bool:
    """Whether the GUI may hand this link to the desktop (http, https, mailto only)."""
    text = (url or "").strip()
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in OPENABLE_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    return bool(parts.hostname)


# -- CRUD ---------------------------------------------------------------------------


def _clean(s: Session, event_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "viewer_url":
            out[key] = check_viewer_url(value)
        elif key == "studio_url":
            out[key] = check_studio_url(value)
        elif key == "purpose":
            out[key] = v.choice(value, STREAM_PURPOSES, "purpose", "Purpose")
        elif key == "label":
            out[key] = v.clean_text(value)
        elif key == "session_id":
            if value is not None:
                session = get_or_error(s, EventSession, int(value), "session")
                if session.event_id != event_id:
                    raise ValidationError("session_id", "That session belongs to another event.")
                value = session.id
            out[key] = value
        else:
            raise TypeError(f"unknown stream link field {key}")
    return out


def _check_complete(link: StreamLink) -> None:
    if not link.viewer_url and not link.studio_url:
        raise ValidationError(
            "viewer_url", "Give the viewer link, the studio/ingest link, or both."
        )


def _check_one_main(s: Session, link: StreamLink) -> None:
    if link.purpose != "main":
        return
    query = select(StreamLink).where(
        StreamLink.event_id == link.event_id, StreamLink.purpose == "main"
    )
    if link.session_id is None:
        query = query.where(StreamLink.session_id.is_(None))
    else:
        query = query.where(StreamLink.session_id == link.session_id)
    for other in s.scalars(query):
        if other.id != link.id:
            where = "this session" if link.session_id else "this event"
            raise ValidationError(
                "purpose",
                f"{where.capitalize()} already has a main link; make this one the backup "
                "or the recording, or change the main link.",
            )


def add_link(
    s: Session,
    event_id: int,
    *,
    viewer_url: str | None = None,
    studio_url: str | None = None,
    purpose: str = "main",
    label: str = "",
    session_id: int | None = None,
) -> StreamLink:
    """Add a link to the event (or to one of its sessions); the platform is detected."""
    event = get_event(s, event_id)
    data = _clean(
        s,
        event.id,
        {
            "viewer_url": viewer_url,
            "studio_url": studio_url,
            "purpose": purpose,
            "label": label,
            "session_id": session_id,
        },
    )
    link = StreamLink(event_id=event.id, **data)
    link.platform = detect_platform(link.viewer_url or link.studio_url)
    _check_complete(link)
    _check_one_main(s, link)
    s.add(link)
    s.flush()
    return link


def update_link(
    s: Session, link_id: int, *, expected_version: int | None = None, **changes: Any
) -> StreamLink:
    link = get_link(s, link_id)
    data = _clean(s, link.event_id, changes)
    check_version(link, expected_version, "stream link", data)
    for key, value in data.items():
        setattr(link, key, value)
    link.platform = detect_platform(link.viewer_url or link.studio_url)
    _check_complete(link)
    _check_one_main(s, link)
    s.flush()
    return link


def delete_link(s: Session, link_id: int) -> None:
    """Remove a link and forget its stream key."""
    link = get_link(s, link_id)
    secrets.delete_stream_key(s, link.id)
    s.delete(link)
    s.flush()


def get_link(s: Session, link_id: int) -> StreamLink:
    return get_or_error(s, StreamLink, link_id, "stream link")


def list_links(s: Session, event_id: int, *, session_id: int | None = None) -> list[StreamLink]:
    """The event's links (event-wide first), or only those of one session."""
    get_event(s, event_id)
    query = select(StreamLink).where(StreamLink.event_id == event_id)
    if session_id is not None:
        query = query.where(StreamLink.session_id == session_id)
    order = {p: i for i, p in enumerate(STREAM_PURPOSES)}
    links = list(s.scalars(query.order_by(StreamLink.id)))
    return sorted(links, key=lambda x: (x.session_id is not None, order[x.purpose], x.id))


@dataclass(frozen=True)
class LinkRow:
    """One link as the GUI lists it: no key, only whether one is stored."""

    id: int
    purpose: str
    platform: str
    session_id: int | None
    session_title: str | None
    viewer_url: str | None
    studio_url: str | None
    has_key: bool
    label: str = ""
    version: int | None = None  # the link's version when read (team mode)


def _row(s: Session, link: StreamLink) -> LinkRow:
    return LinkRow(
        id=link.id,
        purpose=link.purpose,
        platform=link.platform,
        session_id=link.session_id,
        session_title=link.session.title if link.session is not None else None,
        viewer_url=link.viewer_url,
        studio_url=link.studio_url,
        has_key=secrets.has_stream_key(s, link.id),
        label=link.label,
        version=link.version,
    )


def link_rows(s: Session, event_id: int) -> list[LinkRow]:
    """The event's links in :func:`list_links` order, as plain records."""
    return [_row(s, link) for link in list_links(s, event_id)]


def link_row(s: Session, link_id: int) -> LinkRow:
    return _row(s, get_link(s, link_id))


def short_url(url: str | None, limit: int = 60) -> str:
    """A link short enough for a table cell: no ``https://``, middle elided.

    Other schemes (``rtmps://``) are kept, they tell the organiser what to paste
    where; the end of the address (the meeting or stream id) always stays visible.
    """
    text = (url or "").strip()
    if not text:
        return ""
    for prefix in ("https://www.", "https://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
            break
    text = text.rstrip("/")
    if len(text) <= limit:
        return text
    tail = limit * 2 // 5
    return text[: limit - tail - 1] + "…" + text[-tail:]


def main_link(s: Session, event_id: int, session_id: int | None = None) -> StreamLink | None:
    """The link viewers should use: the session's own main link, else the event's."""
    links = list_links(s, event_id)
    if session_id is not None:
        for link in links:
            if link.session_id == session_id and link.purpose == "main" and link.viewer_url:
                return link
    for link in links:
        if link.session_id is None and link.purpose == "main" and link.viewer_url:
            return link
    return None


# -- readiness ----------------------------------------------------------------------


@dataclass(frozen=True)
class Missing:
    """One thing missing before a hybrid or online event can go live."""

    kind: str  # no_main_link, no_backup_link, no_consent, no_tech_check, speaker_hours
    message: str
    session_id: int | None = None
    speaker_id: int | None = None


def _tech_check_done(s: Session, event_id: int, speaker_id: int, name: str) -> bool:
    items = s.scalars(select(ChecklistItem).where(ChecklistItem.event_id == event_id))
    for item in items:
        title = fold(item.title)
        if "tech check" not in title.replace("-", " ") or item.done_at is None:
            continue
        if item.speaker_id == speaker_id:
            return True
        if item.speaker_id is None and fold(name) in title:
            return True
    return False


def readiness(s: Session, event_id: int, lang: str | None = None) -> list[Missing]:
    """What is missing for the stream; empty for an in-person event or when all is set.

    Messages are in ``lang`` (the GUI passes its interface language; None: English).
    """
    t = translator(lang)
    event = get_event(s, event_id)
    if not is_streamed(event.format):
        return []
    out: list[Missing] = []
    event_links = [x for x in list_links(s, event_id) if x.session_id is None]
    if not any(x.purpose == "main" and x.viewer_url for x in event_links):
        out.append(
            Missing("no_main_link", t._("There is no main stream link with a viewer address."))
        )
    if not any(x.purpose == "backup" for x in event_links):
        out.append(
            Missing(
                "no_backup_link",
                t._(
                    "There is no backup link (for example a Zoom or Meet call) "
                    "if the stream fails."
                ),
            )
        )
    rows = s.execute(
        select(SessionSpeaker, EventSession)
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.position, SessionSpeaker.position)
    ).all()
    checked: set[int] = set()
    for link, session in rows:
        name = link.speaker.name
        if link.recording_consent is None:
            out.append(
                Missing(
                    "no_consent",
                    t._("{name} has not given recording consent for “{session}”.").format(
                        name=name, session=session.title
                    ),
                    session.id,
                    link.speaker_id,
                )
            )
        elif link.recording_consent is False:
            out.append(
                Missing(
                    "no_consent",
                    t._(
                        "{name} refused recording for “{session}”: do not record or "
                        "publish that session."
                    ).format(name=name, session=session.title),
                    session.id,
                    link.speaker_id,
                )
            )
        sp = link.speaker
        if has_own_clock(sp, event.timezone) and sp.timezone is not None:
            start, end = session.starts_at, session.ends_at
            clock = clock_for(name, sp.timezone, start, end, event_zone=event.timezone, t=t)
            if clock.outside:  # a remote speaker asked to talk at night
                out.append(Missing(_SPEAKER_HOURS, clock.warning, session.id, link.speaker_id))
        if link.speaker.remote and link.speaker_id not in checked:
            checked.add(link.speaker_id)
            if not _tech_check_done(s, event_id, link.speaker_id, name):
                out.append(
                    Missing(
                        "no_tech_check",
                        t._(
                            "{name} speaks remotely and has no tech check done yet "
                            "(camera, microphone, screen sharing, connection)."
                        ).format(name=name),
                        session.id,
                        link.speaker_id,
                    )
                )
    return out
