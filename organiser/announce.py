"""Announcement text for Meetup, mailing lists and social posts.

Every time carries its zone (remote viewers get this wrong otherwise), the
online link sits next to the time, and a short variant fits a 280-character
post. Stream keys and studio addresses never appear: only viewer links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pendulum import DateTime
from sqlalchemy.orm import Session

from organiser import streaming
from organiser.agenda import SpeakerLine, build_schedule, zones_for
from organiser.events import get_event, is_streamed, meets_in_room
from organiser.i18n import N_, Output, pick, translator
from organiser.models import Event
from organiser.timeutil import zone_abbrev

SHORT_LIMIT = 280
# Speaker roles other than "speaker", as the announcement names them.
ROLE_WORDS = (N_("speaker"), N_("moderator"), N_("panellist"))
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    """Keep people's text literal in Markdown (an underscore in a name stays one)."""
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " ").strip())
    return re.sub(r"^([#>+-])", r"\\\1", text)


def when_in(start: DateTime, end: DateTime, zone: str, t: Output | None = None) -> str:
    """``Thu 10 Dec 2026, 18:30–21:30 CET (Rome)``; names the end day when it differs."""
    t = t or translator(None)
    a, b = start.in_timezone(zone), end.in_timezone(zone)
    abbr = zone_abbrev(b)
    if a.date() == b.date():
        text = f"{t.date_time(a)}–{t.time(b)} {abbr}"
    else:
        text = f"{t.date_time(a)} {zone_abbrev(a)} – {t.day_time(b)} {abbr}"
    return f"{text} ({t.city(zone)})"


def _label(sp: SpeakerLine, t: Output) -> str:
    """``Name (Affiliation)``, with the moderator named in the output language."""
    text = sp.name + (f" ({sp.affiliation})" if sp.affiliation else "")
    return text + (", " + t._("moderator") if sp.role == "moderator" else "")


def _online(s: Session, event: Event) -> tuple[str | None, str | None, str]:
    main = streaming.main_link(s, event.id)
    backup = next(
        (
            x.viewer_url
            for x in streaming.list_links(s, event.id)
            if x.session_id is None and x.purpose == "backup" and x.viewer_url
        ),
        None,
    )
    if main is None:
        return None, backup, ""
    return main.viewer_url, backup, streaming.platform_label(main.platform)


def announcement(
    s: Session,
    event_id: int,
    viewer_zones: Sequence[str] | None = None,
    lang: str | None = None,
) -> str:
    """The full Markdown announcement, in ``lang`` (else the event's language)."""
    event = get_event(s, event_id)
    lang = pick(lang, event.language)
    t = translator(lang)
    zones = zones_for(event, viewer_zones)
    sched = build_schedule(s, event_id, zones[1:], lang=lang)
    url, backup, platform = _online(s, event)
    out = [f"# {md_escape(event.title)}", ""]
    out.append("**" + t._("When:") + "**")
    out.append("")
    for z in zones:
        out.append(f"- {when_in(event.starts_at, event.ends_at, z, t)}")
    out.append("")
    venue = event.venue
    if meets_in_room(event.format) and venue is not None:
        where = md_escape(venue.name)
        if venue.address:
            where += ", " + md_escape(venue.address)
        if venue.map_url:
            where += " ([" + t._("map") + f"]({venue.map_url}))"
        out += ["**" + t._("Where:") + f"** {where}", ""]
        if venue.accessibility:
            out += ["**" + t._("Access:") + f"** {md_escape(venue.accessibility)}", ""]
    if is_streamed(event.format):
        online = "**" + t._("Online:") + "** "
        if url:
            line = online + t._("watch live on {platform}:").format(platform=platform) + f" <{url}>"
            if backup:
                line += " (" + t._("if the stream fails:") + f" <{backup}>)"
            out += [line, ""]
        else:
            out += [online + t._("the stream link will follow."), ""]
    if event.description:
        out += [md_escape(event.description), ""]
    if sched.rows:
        zones_text = ", ".join(sched.zone_labels)
        out += [
            "## " + t._("Agenda"),
            "",
            t._("Times in {zones}.").format(zones=zones_text),
            "",
        ]
        for row in sched.rows:
            line = f"- **{row.times[0]}**"
            if len(row.times) > 1:
                line += f" ({' · '.join(row.times[1:])})"
            line += f" — {md_escape(row.title)}"
            if row.speakers:
                line += " — " + "; ".join(md_escape(_label(sp, t)) for sp in row.speakers)
            out.append(line)
        out.append("")
    talks = [r for r in sched.rows if r.kind in ("talk", "panel", "lightning") and r.speakers]
    if talks:
        out += ["## " + t._("Speakers and talks"), ""]
        for row in talks:
            out.append(f"### {md_escape(row.title)}")
            out.append("")
            people = []
            for sp in row.speakers:
                text = f"**{md_escape(sp.name)}**"
                if sp.pronouns:
                    text += f" ({md_escape(sp.pronouns)})"
                if sp.affiliation:
                    text += f", {md_escape(sp.affiliation)}"
                if sp.role != "speaker":
                    text += " — " + t._(sp.role)
                if sp.remote:
                    text += " — " + t._("joining remotely")
                people.append(text)
            out.append("; ".join(people))
            if row.abstract:
                out += ["", md_escape(row.abstract)]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def short_announcement(
    s: Session,
    event_id: int,
    viewer_zones: Sequence[str] | None = None,
    lang: str | None = None,
) -> str:
    """One post under 280 characters: title, time in every zone, place, link."""
    event = get_event(s, event_id)
    t = translator(pick(lang, event.language))
    zones = zones_for(event, viewer_zones)
    url, _backup, _platform = _online(s, event)
    start = event.starts_at
    first = start.in_timezone(zones[0])
    main_time = f"{t.day_time(first)} {zone_abbrev(first)}"
    others = []
    for z in zones[1:]:
        loc = start.in_timezone(z)
        day = "" if loc.date() == first.date() else f"{t.weekday(loc)} "
        others.append(f"{day}{t.time(loc)} {zone_abbrev(loc)}")
    venue = event.venue
    place = ""
    if meets_in_room(event.format) and venue is not None:
        place = " " + t._("at {venue}").format(venue=venue.name)
    online = ""
    if is_streamed(event.format) and url:
        live = t._("live online: {url}").format(url=url)
        online = f" + {live}" if place else f" {live}"

    def compose(title: str, with_others: bool, with_place: bool) -> str:
        when = main_time + (f" ({' / '.join(others)})" if with_others and others else "")
        return f"{title} — {when}{place if with_place else ''}{online}"

    title = event.title
    for with_others, with_place in ((True, True), (True, False), (False, True), (False, False)):
        text = compose(title, with_others, with_place)
        if len(text) < SHORT_LIMIT:
            return text
    room = SHORT_LIMIT - 1 - len(compose("", False, False))
    return compose(title[: max(room - 1, 1)].rstrip() + "…", False, False)[: SHORT_LIMIT - 1]
