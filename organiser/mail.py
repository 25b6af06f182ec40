"""Write to speakers: templates merged per speaker into ``.eml`` drafts or ``mailto:`` links.

The program never sends mail and needs no network: a draft is an RFC 5322
file (UTF-8, attachments) that any mail client opens, marked ``X-Unsent: 1``
so Outlook opens it ready to send; ``mailto:`` hands subject and body to the
system mail client (no attachment possible there).

Templates are data, like checklist templates: the shipped ones live in
``resources/mail_templates/*.json`` (one file per template, a subject and body
per language); an organiser's edits are kept in the database (``AppSetting``
``mail.template.NAME``) and "reset" brings the shipped text back. Fields in a
template are written ``{speaker_name}``; :data:`FIELDS` lists them. Times are
given in the speaker's home zone and in the event's, on the 12- or 24-hour
clock of the output language. Stream details are links only: a key never
leaves the keyring.

Making a draft ticks (the message *is* the task, e.g. the thank-you) or links
(the message asks for it, e.g. the slides) the speaker's matching checklist item.
"""

from __future__ import annotations

import json
import re
import unicodedata
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from functools import lru_cache
from pathlib import Path
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import checklists
from organiser.agenda import KIND_LABELS
from organiser.crud import get_or_error
from organiser.errors import OrganiserError, ValidationError
from organiser.models import (
    AppSetting,
    Event,
    EventSession,
    SessionSpeaker,
    Speaker,
    StreamLink,
)
from organiser.output import write_atomic
from organiser.resources import resource_path
from organiser.timeutil import in_zone, now_utc, zone_abbrev

FILE_KIND = "meetup-organiser-mail-template"
_SETTING = "mail.template.{name}"
_FIELD_RE = re.compile(r"\{([a-z_]+)\}")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")
CHECKLIST_ACTIONS = ("tick", "link")

# The clock each output language uses for times.
LANGUAGES: dict[str, dict[str, str]] = {
    "en": {
        "date": "dddd D MMMM YYYY",
        "day": "ddd D MMM YYYY",
        "time": "h:mm A",
        "your_time": "Your time",
        "event_time": "Event time",
        "time_label": "Time",
        "you_are": "You are the {role}.",
        "not_on_agenda": "You are not on the agenda yet; we will confirm your slot.",
        "join": "Join here",
        "venue_tbd": "The venue is not fixed yet; we will tell you.",
        "studio_tbd": "We will send you the studio link before your tech check.",
        "map": "Map",
        "no_recording": "(we will send you the recording link as soon as it is online)",
        "no_date": "(to be agreed)",
        "role.speaker": "speaker",
        "role.moderator": "moderator",
        "role.panellist": "panellist",
    },
    "it": {
        "date": "dddd D MMMM YYYY",
        "day": "ddd D MMM YYYY",
        "time": "HH:mm",
        "your_time": "Il tuo orario",
        "event_time": "Orario dell'evento",
        "time_label": "Orario",
        "you_are": "Ruolo: {role}.",
        "not_on_agenda": "Non sei ancora in programma; ti confermeremo l'orario.",
        "join": "Collegati qui",
        "venue_tbd": "Il luogo non è ancora deciso; te lo diremo.",
        "studio_tbd": "Ti manderemo il link dello studio prima della prova tecnica.",
        "map": "Mappa",
        "no_recording": "(ti manderemo il link alla registrazione appena sarà online)",
        "no_date": "(da concordare)",
        "role.speaker": "relatore",
        "role.moderator": "moderatore",
        "role.panellist": "ospite del panel",
    },
}

FIELDS: dict[str, str] = {
    "speaker_name": "the speaker's full name",
    "speaker_first_name": "the speaker's first name",
    "event_title": "the event's title",
    "event_date": "the event's date in its own zone",
    "event_start": "the doors-open time in the event's zone, zone named",
    "event_zone": "the event's IANA zone",
    "sessions": "each of the speaker's sessions, in their zone and the event's",
    "first_session_your_time": "the speaker's first session in their home zone",
    "where": "venue and map for speakers on site, the studio link for remote ones",
    "venue_name": "the venue's name",
    "venue_address": "the venue's address",
    "stream_link": "the link viewers watch (never a key)",
    "recording_link": "the recording's link",
    "slides_due": "when the slides are due, in the speaker's zone",
    "tech_check_due": "when the tech check is due, in the speaker's zone",
    "organiser_name": "the organiser's name",
    "organiser_email": "the organiser's e-mail address",
    "organiser_phone": "the organiser's phone number",
}


@dataclass(frozen=True)
class MailText:
    subject: str
    body: str


@dataclass(frozen=True)
class MailTemplate:
    """One message kind, with its text per language."""

    name: str
    label: str
    texts: dict[str, MailText]
    attach_briefing: bool = False
    checklist_title: str = ""  # the speaker item a draft ticks or links ("" none)
    checklist_action: str = "link"
    builtin: bool = False
    edited: bool = False
    labels: dict[str, str] = field(default_factory=dict)  # the label per interface language

    def languages(self) -> list[str]:
        return list(self.texts)

    def label_in(self, lang: str) -> str:
        return self.labels.get(lang) or self.label

    def text(self, lang: str | None) -> tuple[str, MailText]:
        if lang is None:
            lang = "en" if "en" in self.texts else next(iter(self.texts))
        if lang not in self.texts:
            have = ", ".join(self.texts)
            raise OrganiserError(f"The “{self.name}” template has no {lang} text (it has {have}).")
        return lang, self.texts[lang]


@dataclass(frozen=True)
class Draft:
    """One merged message for one speaker, ready to be saved or handed to a mail client."""

    speaker_id: int
    speaker_name: str
    to_address: str | None
    from_name: str
    from_address: str | None
    subject: str
    body: str
    lang: str
    template: str
    attachments: tuple[tuple[str, bytes], ...] = field(default=())  # (file name, PDF bytes)


# -- templates as data ----------------------------------------------------------------


def _check_fields(text: str, where: str) -> None:
    unknown = sorted({f for f in _FIELD_RE.findall(text) if f not in FIELDS})
    if unknown:
        raise ValidationError(
            "template",
            f"{where} uses {', '.join('{' + u + '}' for u in unknown)}, which the program "
            "does not know; see the list of fields.",
        )


def template_from_dict(data: Any, source: str = "The template") -> MailTemplate:
    """Check a template read from a file or the database; errors name what is wrong."""
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND:
        raise OrganiserError(f"{source} is not a Meetup Organiser mail template.")
    name = str(data.get("name", ""))
    if not _NAME_RE.match(name):
        raise ValidationError("name", f"{source}: “{name}” is not a template name like thank-you.")
    texts_in = data.get("text")
    if not isinstance(texts_in, dict) or not texts_in:
        raise ValidationError("text", f"{source} has no text.")
    texts: dict[str, MailText] = {}
    for lang, t in texts_in.items():
        if lang not in LANGUAGES:
            raise ValidationError("text", f"{source}: the language “{lang}” is not supported.")
        if not isinstance(t, dict) or not str(t.get("subject", "")).strip():
            raise ValidationError("subject", f"{source}: the {lang} text needs a subject.")
        subject, body = str(t["subject"]).strip(), str(t.get("body", ""))
        if "\n" in subject or "\r" in subject:
            raise ValidationError("subject", f"{source}: a subject is one line.")
        _check_fields(subject, f"The {lang} subject")
        _check_fields(body, f"The {lang} text")
        texts[lang] = MailText(subject, body)
    checklist = data.get("checklist") or {}
    action = str(checklist.get("action", "link"))
    if action not in CHECKLIST_ACTIONS:
        raise ValidationError("checklist", f"{source}: the checklist action must be tick or link.")
    label = data.get("label", name)
    labels = {str(k): str(v) for k, v in label.items()} if isinstance(label, dict) else {}
    if isinstance(label, dict):
        label = label.get("en") or next(iter(label.values()), name)
    return MailTemplate(
        name=name,
        label=str(label),
        labels=labels,
        texts=texts,
        attach_briefing=bool(data.get("attach_briefing", False)),
        checklist_title=str(checklist.get("title", "")),
        checklist_action=action,
    )


def template_to_dict(t: MailTemplate) -> dict[str, Any]:
    return {
        "kind": FILE_KIND,
        "version": 1,
        "name": t.name,
        "label": {**t.labels, "en": t.label} if t.labels else t.label,
        "attach_briefing": t.attach_briefing,
        "checklist": {"title": t.checklist_title, "action": t.checklist_action},
        "text": {lang: {"subject": x.subject, "body": x.body} for lang, x in t.texts.items()},
    }


def shipped_template_files() -> list[Path]:
    return sorted(resource_path("mail_templates").glob("*.json"))


@lru_cache(maxsize=1)
def shipped_templates() -> tuple[MailTemplate, ...]:
    out = []
    for path in shipped_template_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(replace(template_from_dict(data, path.name), builtin=True))
    return tuple(out)


def list_templates(s: Session) -> list[MailTemplate]:
    """The shipped templates (with the organiser's edits), then the organiser's own."""
    saved: dict[str, MailTemplate] = {}
    prefix = _SETTING.format(name="")
    for row in s.scalars(select(AppSetting).where(AppSetting.key.startswith(prefix))):
        try:
            saved[row.key[len(prefix) :]] = template_from_dict(row.value, "A saved template")
        except OrganiserError:
            continue  # a damaged edit falls back to the shipped text
    out = []
    for t in shipped_templates():
        mine = saved.pop(t.name, None)
        out.append(replace(mine, builtin=True, edited=True) if mine else t)
    out.extend(sorted(saved.values(), key=lambda t: t.name))
    return out


def get_template(s: Session, name: str) -> MailTemplate:
    for t in list_templates(s):
        if t.name == name:
            return t
    names = ", ".join(t.name for t in list_templates(s))
    raise OrganiserError(f"There is no mail template “{name}”; the templates are: {names}.")


def save_template(s: Session, template: MailTemplate) -> MailTemplate:
    """Keep an edited (or new) template in the database; checked like a file."""
    checked = template_from_dict(template_to_dict(template))
    key = _SETTING.format(name=checked.name)
    row = s.get(AppSetting, key)
    if row is None:
        s.add(AppSetting(key=key, value=template_to_dict(checked)))
    else:
        row.value = template_to_dict(checked)
    s.flush()
    return get_template(s, checked.name)


def reset_template(s: Session, name: str) -> None:
    """Forget the organiser's edit: the shipped text is back (an own template is deleted)."""
    row = s.get(AppSetting, _SETTING.format(name=name))
    if row is not None:
        s.delete(row)
        s.flush()


def export_template(s: Session, name: str, path: str | Path) -> Path:
    """Write a template (with the organiser's edits) as a JSON file to share."""
    data = json.dumps(template_to_dict(get_template(s, name)), ensure_ascii=False, indent=2)
    return write_atomic(path, (data + "\n").encode("utf-8"))


def import_template(s: Session, path: str | Path) -> MailTemplate:
    """Read a shared template file; it replaces the template of the same name."""
    source = Path(path).expanduser()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OrganiserError(f"There is no file {source}.") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise OrganiserError(f"{source.name} is not a readable JSON file.") from exc
    return save_template(s, template_from_dict(data, source.name))


# -- merging ---------------------------------------------------------------------------


def _time(instant: DateTime, zone: str, lang: str) -> str:
    return in_zone(instant, zone).format(LANGUAGES[lang]["time"], locale=lang)


def span(start: DateTime, end: DateTime, zone: str, lang: str) -> str:
    """``Thu 17 Dec 2026, 12:30 PM–1:00 PM EST (America/New_York)`` in the language's clock."""
    words = LANGUAGES[lang]
    a = in_zone(start, zone)
    b = in_zone(end, zone)
    end_text = _time(end, zone, lang)
    if a.date() != b.date():
        end_text = f"{b.format(words['day'], locale=lang)}, {end_text}"
    return (
        f"{a.format(words['day'], locale=lang)}, {_time(start, zone, lang)}–{end_text}"
        f" {zone_abbrev(a)} ({zone})"
    )


def moment(instant: DateTime, zone: str, lang: str) -> str:
    words = LANGUAGES[lang]
    loc = in_zone(instant, zone)
    return (
        f"{loc.format(words['day'], locale=lang)}, {_time(instant, zone, lang)} "
        f"{zone_abbrev(loc)} ({zone})"
    )


def _speaker_sessions(
    s: Session, event_id: int, speaker_id: int
) -> list[tuple[EventSession, SessionSpeaker]]:
    rows = s.execute(
        select(EventSession, SessionSpeaker)
        .join(SessionSpeaker, SessionSpeaker.session_id == EventSession.id)
        .where(EventSession.event_id == event_id, SessionSpeaker.speaker_id == speaker_id)
        .order_by(EventSession.starts_at, EventSession.position)
    )
    return [(x, link) for x, link in rows]


def _studio_link(event: Event, session_ids: set[int]) -> StreamLink | None:
    from organiser.printing.briefing_pdf import studio_link

    sessions = [x for x in event.sessions if x.id in session_ids]
    return studio_link(event, sessions)


def _due(s: Session, event_id: int, speaker_id: int, prefix: str) -> DateTime | None:
    for row in checklists.list_items(s, event_id, speaker_id=speaker_id):
        if row.title.casefold().startswith(prefix.casefold()) and row.due_at is not None:
            return row.due_at
    return None


def merge_fields(s: Session, event: Event, speaker: Speaker, lang: str) -> dict[str, str]:
    """The values of every field for one speaker, in ``lang``."""
    words = LANGUAGES[lang]
    zone = event.timezone
    own = speaker.timezone or zone
    slots = _speaker_sessions(s, event.id, speaker.id)
    blocks = []
    for sess, link in slots:
        kind = KIND_LABELS.get(sess.kind, sess.kind)
        title = (
            sess.title
            if sess.title.casefold().startswith(kind.casefold())
            else (f"{kind}: {sess.title}")
        )
        role = words.get(f"role.{link.role}", link.role)
        lines = [f"• {title} — {words['you_are'].format(role=role)}"]
        if own != zone:
            lines.append(f"  {words['your_time']}: {span(sess.starts_at, sess.ends_at, own, lang)}")
            lines.append(
                f"  {words['event_time']}: {span(sess.starts_at, sess.ends_at, zone, lang)}"
            )
        else:
            lines.append(
                f"  {words['time_label']}: {span(sess.starts_at, sess.ends_at, zone, lang)}"
            )
        blocks.append("\n".join(lines))
    venue = event.venue
    if speaker.remote:
        studio = _studio_link(event, {x.id for x, _ in slots})
        where = (
            f"{words['join']}: {studio.studio_url}"
            if studio and studio.studio_url
            else (words["studio_tbd"])
        )
    elif venue is None:
        where = words["venue_tbd"]
    else:
        parts = [venue.name]
        if venue.address:
            parts.append(venue.address)
        if venue.map_url:
            parts.append(f"{words['map']}: {venue.map_url}")
        where = "\n".join(parts)
    links = list(event.stream_links)
    main = next((x for x in links if x.purpose == "main" and x.viewer_url), None)
    main = main or next((x for x in links if x.purpose != "recording" and x.viewer_url), None)
    recording = next((x for x in links if x.purpose == "recording" and x.viewer_url), None)
    slides = _due(s, event.id, speaker.id, "Slides")
    tech = _due(s, event.id, speaker.id, "Remote tech check")
    first = slots[0][0] if slots else None
    local_start = in_zone(event.starts_at, zone)
    return {
        "speaker_name": speaker.name,
        "speaker_first_name": speaker.name.split()[0] if speaker.name.split() else speaker.name,
        "event_title": event.title,
        "event_date": local_start.format(words["date"], locale=lang),
        "event_start": moment(event.starts_at, zone, lang),
        "event_zone": zone,
        "sessions": "\n".join(blocks) if blocks else words["not_on_agenda"],
        "first_session_your_time": (
            span(first.starts_at, first.ends_at, own, lang) if first else words["no_date"]
        ),
        "where": where,
        "venue_name": venue.name if venue else words["venue_tbd"],
        "venue_address": venue.address if venue else "",
        "stream_link": (main.viewer_url or "") if main else "",
        "recording_link": (recording.viewer_url or "") if recording else words["no_recording"],
        "slides_due": moment(slides, own, lang) if slides else words["no_date"],
        "tech_check_due": moment(tech, own, lang) if tech else words["no_date"],
        "organiser_name": event.organiser_name,
        "organiser_email": event.organiser_email or "",
        "organiser_phone": event.organiser_phone,
    }


def fill(text: str, values: dict[str, str]) -> str:
    return _FIELD_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()


def merge(
    s: Session,
    event_id: int,
    template: str | MailTemplate,
    *,
    speaker_id: int | None = None,
    speaker_ids: Sequence[int] | None = None,
    lang: str | None = None,
    with_attachments: bool = True,
) -> list[Draft]:
    """One draft per speaker on the event's agenda (or just ``speaker_id``/``speaker_ids``).

    ``with_attachments=False`` leaves the PDFs out (a quick preview); the draft
    still names them.
    """
    event = get_or_error(s, Event, event_id, "event", "Run `events` to list them.")
    t = template if isinstance(template, MailTemplate) else get_template(s, template)
    lang, text = t.text(lang)
    people = checklists.event_speakers(s, event.id)
    if speaker_ids is not None:
        wanted = set(speaker_ids)
        people = [p for p in people if p.id in wanted]
        if not people:
            raise OrganiserError("Choose at least one speaker of this event.")
    if speaker_id is not None:
        people = [p for p in people if p.id == speaker_id]
        if not people:
            get_or_error(s, Speaker, speaker_id, "speaker")
            raise OrganiserError(f"Speaker {speaker_id} is not on this event's agenda.")
    if not people:
        raise OrganiserError("Nobody is on this event's agenda yet: add speakers first.")
    drafts = []
    for sp in people:
        values = merge_fields(s, event, sp, lang)
        attachments: tuple[tuple[str, bytes], ...] = ()
        if t.attach_briefing:
            from organiser.printing.briefing_pdf import build_briefing

            pdf = build_briefing(s, event.id, sp.id, lang)[0] if with_attachments else b""
            attachments = ((f"briefing-{_slug(sp.name) or sp.id}.pdf", pdf),)
        drafts.append(
            Draft(
                speaker_id=sp.id,
                speaker_name=sp.name,
                to_address=sp.email,
                from_name=event.organiser_name,
                from_address=event.organiser_email,
                subject=" ".join(fill(text.subject, values).split()),
                body=fill(text.body, values),
                lang=lang,
                template=t.name,
                attachments=attachments,
            )
        )
    return drafts


# -- output ----------------------------------------------------------------------------


def _address(name: str, addr: str | None) -> Address | None:
    if not addr or "@" not in addr:
        return None
    user, _, domain = addr.rpartition("@")
    return Address(display_name=name, username=user, domain=domain)


def to_message(draft: Draft, now: DateTime | None = None) -> EmailMessage:
    """The draft as an RFC 5322 message (CRLF, UTF-8 headers encoded, PDFs attached)."""
    msg = EmailMessage(policy=SMTP)
    sender = _address(draft.from_name, draft.from_address)
    if sender is not None:
        msg["From"] = sender
    to = _address(draft.speaker_name, draft.to_address)
    if to is not None:
        msg["To"] = to
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(pendulum.instance(now or now_utc()))
    # A domain given, so no host-name lookup: the program works offline.
    domain = (draft.from_address or "").rpartition("@")[2] or "meetup-organiser.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Unsent"] = "1"  # Outlook opens the file as a message to send, not one received
    msg.set_content(draft.body, charset="utf-8", cte="quoted-printable")
    for name, data in draft.attachments:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg


def eml_bytes(draft: Draft, now: DateTime | None = None) -> bytes:
    return to_message(draft, now).as_bytes()


def mailto_url(draft: Draft) -> str:
    """``mailto:`` for the system mail client (RFC 6068); attachments cannot go this way."""
    to = urllib.parse.quote(draft.to_address or "", safe="@")
    query = urllib.parse.urlencode(
        {"subject": draft.subject, "body": draft.body.replace("\n", "\r\n")},
        quote_via=urllib.parse.quote,
    )
    return f"mailto:{to}?{query}"


def draft_file_name(draft: Draft) -> str:
    return f"{draft.template}-{_slug(draft.speaker_name) or draft.speaker_id}.eml"


def record_draft(s: Session, event_id: int, draft: Draft, where: str) -> str:
    """Tick or link the speaker's matching checklist item; says what it did ("" nothing)."""
    t = get_template(s, draft.template)
    if not t.checklist_title:
        return ""
    prefix = t.checklist_title.casefold()
    for row in checklists.list_items(s, event_id, speaker_id=draft.speaker_id):
        if not row.title.casefold().startswith(prefix):
            continue
        stamp = now_utc().in_timezone(get_or_error(s, Event, event_id, "event").timezone)
        line = f"{t.label} draft {stamp.format('YYYY-MM-DD HH:mm')}: {where}"
        note = f"{row.note}\n{line}" if row.note else line
        checklists.update_item(s, row.id, note=note)
        if t.checklist_action == "tick":
            checklists.set_done(s, row.id, True)
            return f"ticked “{row.title}”"
        return f"linked to “{row.title}”"
    return ""


@dataclass(frozen=True)
class Written:
    path: Path
    draft: Draft
    checklist: str  # what happened to the checklist item, "" nothing


def write_drafts(
    s: Session,
    event_id: int,
    template: str | MailTemplate,
    out_dir: str | Path,
    *,
    speaker_id: int | None = None,
    speaker_ids: Sequence[int] | None = None,
    lang: str | None = None,
) -> list[Written]:
    """Save one ``.eml`` per speaker in ``out_dir`` and record each on the checklist."""
    if not str(out_dir).strip():
        raise OrganiserError("Choose a folder for the drafts.")
    folder = Path(out_dir).expanduser()
    if not folder.is_dir():
        raise OrganiserError(f"The folder {folder} does not exist.")
    out = []
    drafts = merge(s, event_id, template, speaker_id=speaker_id, speaker_ids=speaker_ids, lang=lang)
    for d in drafts:
        path = write_atomic(folder / draft_file_name(d), eml_bytes(d))
        out.append(Written(path, d, record_draft(s, event_id, d, path.name)))
    return out


def record_mailto(s: Session, event_id: int, drafts: Sequence[Draft]) -> list[str]:
    """After handing drafts to the mail client: the same checklist effect as a file."""
    return [record_draft(s, event_id, d, "opened in the mail client") for d in drafts]
