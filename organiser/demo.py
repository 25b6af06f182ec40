"""A realistic sample meetup: hybrid ML evening in Rome, about two weeks ahead.

The first time it is created it also gets a history: the four monthly ML Rome
meetups before it (done, checklists ticked, people checked in at the door), so
the Overview's attendance chart has a trend and two regulars who keep saying
"going" and not coming are flagged. Creating the sample again adds only a new
upcoming meetup: the history is already there.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from pendulum import DateTime
from sqlalchemy.orm import Session

from organiser import agenda, attendees, checklists, events, speakers, streaming, venues
from organiser.models import (
    Event,
    Speaker,
    Venue,
)
from organiser.timeutil import local, now_utc

DEMO_ZONE = "Europe/Rome"
VENUE_NAME = "Talent Garden Ostiense"

SPEAKERS = [
    dict(
        name="Giulia Conti",
        pronouns="she/her",
        email="giulia.conti@example.org",
        phone="+39 333 000 0001",
        affiliation="Sapienza University of Rome",
        bio="Researcher in self-supervised learning for medical imaging.",
        timezone="Europe/Rome",
        remote=False,
    ),
    dict(
        name="Amara Okafor",
        pronouns="she/her",
        email="amara.okafor@example.com",
        phone="+1 212 555 0142",
        affiliation="Columbia Mailman School of Public Health",
        bio="Epidemiologist who builds forecasting models for outbreaks.",
        timezone="America/New_York",
        remote=True,
    ),
    dict(
        name="Kenji Watanabe 渡辺健二",
        pronouns="he/him",
        email="kenji.watanabe@example.jp",
        phone="+81 90 0000 0003",
        affiliation="Preferred Vision Lab",
        bio="Works on efficient transformers for on-device vision.",
        timezone="Europe/Rome",
        remote=False,
    ),
    dict(
        name="Priya Raman",
        pronouns="she/her",
        email="priya.raman@example.in",
        phone="+39 333 000 0004",
        affiliation="ML Rome community",
        bio="Community organiser and data scientist; moderates our panels.",
        timezone="Europe/Rome",
        remote=False,
    ),
]

# (first, last, company, role, rsvp)
ATTENDEES = [
    ("Giulia", "Rossi", "Acme AI", "attendee", "going"),
    ("Marco", "Bianchi", "ML Rome", "organiser", "going"),
    ("Zoë", "Müller-Łukasiewicz", "Università di Esempio", "attendee", "going"),
    ("François", "Lefèvre", "Dataïku Labs", "attendee", "going"),
    ("José", "Núñez", "Visión Artificial SL", "attendee", "waitlist"),
    ("Søren", "Kierkegård", "Nordic Compute", "attendee", "going"),
    ("Ana", "Silva", "Lisboa Robotics", "volunteer", "going"),
    ("Γιώργος", "Παπαδόπουλος", "Athena Research", "attendee", "going"),
    ("Ελένη", "Νικολάου", "", "attendee", "going"),
    ("Иван", "Петров", "Яндекс Практикум", "attendee", "going"),
    ("Ольга", "Смирнова", "", "attendee", "not_going"),
    ("Chen", "Wei 陈伟", "ML Engineer, Vision", "attendee", "going"),
    ("娜", "李", "清华大学", "attendee", "going"),
    ("芳", "王", "", "attendee", "going"),
    ("由紀", "田中", "東京AIラボ", "attendee", "going"),
    ("花子", "佐藤", "", "volunteer", "going"),
    ("민준", "김", "서울 데이터 연구소", "attendee", "going"),
    ("서연", "이", "", "attendee", "waitlist"),
    ("عمر", "حداد", "Data, Inc.", "sponsor", "going"),
    ("ليلى", "منصور", "جامعة القاهرة", "attendee", "going"),
    ("נועה", "לוי", "Tel Aviv ML", "attendee", "going"),
    ("דוד", "כהן", "", "attendee", "going"),
    ("प्रिया", "शर्मा", "IIT Delhi", "attendee", "going"),
    ("अर्जुन", "पटेल", "", "attendee", "going"),
    ("สมชาย", "ใจดี", "Bangkok AI Club", "attendee", "going"),
    ("Luca", "Ferrari", "Università di Esempio", "attendee", "going"),
    ("Sofia", "Esposito", "Acme AI", "attendee", "going"),
    ("Matteo", "Romano", "Poste Digital", "attendee", "going"),
    ("Chiara", "Colombo", "", "volunteer", "going"),
    ("Alessandro", "Ricci", "Enel X", "attendee", "going"),
    ("Francesca", "Marino", "", "attendee", "waitlist"),
    ("Lorenzo", "Greco", "Leonardo Labs", "attendee", "going"),
    ("Elena", "Bruno", "", "attendee", "going"),
    ("Davide", "Gallo", "Bending Spoons", "sponsor", "going"),
    ("Martina", "Conti", "", "attendee", "not_going"),
    ("Noah", "O'Brien", "Dublin Data Guild", "attendee", "going"),
    ("Mei-Ling", "Ó Súilleabháin", "Cork AI", "attendee", "going"),
    ("Kwame", "Mensah", "Accra NLP", "attendee", "going"),
    ("Aigerim", "Nurlanovna", "Astana Vision", "attendee", "going"),
    ("Björn", "Þórsson", "Reykjavík Robotics", "attendee", "going"),
    ("Giulia", "Conti", "Sapienza University of Rome", "speaker", "going"),
    ("Amara", "Okafor", "Columbia Mailman School of Public Health", "speaker", "going"),
    ("Kenji", "Watanabe 渡辺健二", "Preferred Vision Lab", "speaker", "going"),
    ("Priya", "Raman", "ML Rome community", "speaker", "going"),
]


# Speakers who spoke at earlier meetups only (they stay in the speaker library).
PAST_SPEAKERS = [
    dict(
        name="Lucia Ferri",
        pronouns="she/her",
        email="lucia.ferri@example.it",
        phone="+39 333 000 0005",
        affiliation="Istituto di Linguistica Computazionale",
        bio="Builds language models for Italian public-administration text.",
        timezone="Europe/Rome",
        remote=False,
    ),
    dict(
        name="Tomasz Nowak",
        pronouns="he/him",
        email="tomasz.nowak@example.pl",
        phone="+48 600 000 006",
        affiliation="Warsaw Edge AI",
        bio="Squeezes vision models onto microcontrollers.",
        timezone="Europe/Warsaw",
        remote=False,
    ),
]

# Two regulars of the upcoming list who said "going" and stayed home more than once.
REPEAT_NO_SHOWS = ("guest32@example.org", "guest39@example.org")  # Lorenzo Greco, Aigerim

# Who spoke before, by the short name HISTORY uses.
_BY_SHORT = {
    "priya": "priya.raman@example.in",
    "lucia": "lucia.ferri@example.it",
    "kenji": "kenji.watanabe@example.jp",
    "tomasz": "tomasz.nowak@example.pl",
    "amara": "amara.okafor@example.com",
    "giulia": "giulia.conti@example.org",
}

# The meetups before #42, oldest first: number, title, format, sessions as
# (kind, title, minutes, [(speaker, role)]), and who came:
# (regulars, newcomers, newcomers who came, walk-ins, repeat no-shows who were going).
# Regulars come (check-in); most newcomers who RSVP "going" do not, as at real
# free meetups: the no-show rate ends between a third and two fifths.
HISTORY: list[dict[str, Any]] = [
    dict(
        number=38,
        title="Language models for Italian",
        format="in_person",
        sessions=[
            ("intro", "Welcome and community news", 10, [("priya", "speaker")]),
            ("talk", "Tokenising Italian bureaucratese", 30, [("lucia", "speaker")]),
            ("talk", "Fine-tuning on a laptop", 25, [("kenji", "speaker")]),
            ("networking", "Networking", 60, []),
        ],
        people=(16, 20, 4, 2, (REPEAT_NO_SHOWS[0],)),
    ),
    dict(
        number=39,
        title="Vision on the edge",
        format="in_person",
        sessions=[
            ("intro", "Welcome and community news", 10, [("priya", "speaker")]),
            ("talk", "Vision models on a microcontroller", 30, [("tomasz", "speaker")]),
            ("talk", "Efficient transformers for phones", 30, [("kenji", "speaker")]),
            ("networking", "Networking", 60, []),
        ],
        people=(18, 22, 8, 1, (REPEAT_NO_SHOWS[1],)),
    ),
    dict(
        number=40,
        title="Forecasting with messy data",
        format="hybrid",
        sessions=[
            ("intro", "Welcome and community news", 10, [("priya", "speaker")]),
            ("talk", "Nowcasting with delayed reports (remote)", 30, [("amara", "speaker")]),
            (
                "talk",
                "Labels are expensive: active learning in hospitals",
                30,
                [("giulia", "speaker")],
            ),
            ("networking", "Networking", 45, []),
        ],
        people=(20, 19, 4, 3, REPEAT_NO_SHOWS),
    ),
    dict(
        number=41,
        title="Small models, big results",
        format="in_person",
        sessions=[
            ("intro", "Welcome and community news", 10, [("priya", "speaker")]),
            ("talk", "Distillation that keeps the accuracy", 30, [("kenji", "speaker")]),
            (
                "panel",
                "Panel: do we still need big models?",
                40,
                [
                    ("priya", "moderator"),
                    ("lucia", "panellist"),
                    ("tomasz", "panellist"),
                ],
            ),
            ("networking", "Networking", 45, []),
        ],
        people=(22, 24, 6, 2, REPEAT_NO_SHOWS),
    ),
]

# Names for one-off RSVPs (people who registered once); combined without repeats.
_FIRST = [
    "Alessia",
    "Riccardo",
    "Camille",
    "Jonas",
    "Aisha",
    "Pedro",
    "Yuki",
    "Mateusz",
    "Ines",
    "Tariq",
    "Hannah",
    "Emeka",
    "Sara",
    "Nikolai",
    "Lucía",
    "Federico",
    "Mira",
    "Oskar",
    "Fatima",
    "Tommaso",
    "Anaïs",
    "Dmitri",
    "Leila",
    "Giovanni",
]
_LAST = [
    "Marchetti",
    "Dubois",
    "Schneider",
    "Haddad",
    "Oliveira",
    "Tanaka",
    "Kowalski",
    "Benali",
    "Fischer",
    "Okonkwo",
    "Lindqvist",
    "Volkov",
    "García",
    "De Luca",
    "Jansen",
    "Costa",
    "Yilmaz",
    "Novak",
    "Bernardi",
    "Rahman",
    "Moreau",
    "Sato",
    "Leone",
]
_WALK_INS = [
    ("Paolo", "Santoro"),
    ("Irene", "Galli"),
    ("Sebastian", "Koch"),
    ("Nadia", "Farouk"),
    ("Hugo", "Martin"),
    ("Beatrice", "Lombardi"),
    ("Kofi", "Boateng"),
    ("Elif", "Demir"),
]


def _venue(s: Session) -> Venue:
    existing = next((v for v in venues.list_venues(s) if v.name == VENUE_NAME), None)
    if existing is not None:
        return existing
    return venues.create_venue(
        s,
        name=VENUE_NAME,
        address="Via Ostiense 92, 00154 Roma RM, Italy",
        map_url="https://www.openstreetmap.org/?mlat=41.8713&mlon=12.4823#map=18/41.8713/12.4823",
        capacity=80,
        contact_name="Elisa Moretti (front desk)",
        contact_email="events@example-venue.it",
        contact_phone="+39 06 0000 0000",
        accessibility="Step-free entrance on Via Ostiense; lift to the first floor; "
        "accessible toilet next to the hall.",
        wifi_name="TAG-Guest",
        wifi_password="meetup-2026",
        av_equipment="Projector (HDMI + USB-C), 2 handheld mics, 1 lapel mic, "
        "ceiling camera for the stream.",
        closing_time="22:30",
        notes="Security needs the attendee list by noon on the day.",
    )


def _speaker(s: Session, data: dict[str, object]) -> Speaker:
    existing = next((sp for sp in speakers.list_speakers(s) if sp.email == data["email"]), None)
    if existing is not None:
        return existing
    fields = dict(data)
    name = str(fields.pop("name"))
    return speakers.create_speaker(s, name=name, **fields)


def _meetup_day(day: DateTime) -> DateTime:
    """The Thursday nearest ``day``: meetups draw best Tuesday to Thursday."""
    shift = 3 - day.day_of_week
    if shift < -3:
        shift += 7
    elif shift > 3:
        shift -= 7
    return day.add(days=shift)


def has_history(s: Session) -> bool:
    """Whether an ML Rome meetup already took place here (then no history is added)."""
    now = now_utc()
    return any(e.title.startswith("ML Rome #") and e.ends_at < now for e in events.list_events(s))


def create_demo(s: Session) -> Event:
    """Add the sample meetup (reusing its venue and speakers if already there).

    The first time, the four monthly meetups before it are added as well (see
    :data:`HISTORY`); returns the new upcoming event.
    """
    today = now_utc().in_timezone(DEMO_ZONE)
    day = _meetup_day(today.add(days=14))
    start = local(DEMO_ZONE, day.year, day.month, day.day, 18, 30)
    venue = _venue(s)
    event = events.create_event(
        s,
        title="ML Rome #42: Learning from little data",
        description=(
            "A hybrid evening on machine learning when data is scarce: self-supervised "
            "vision, outbreak forecasting, and a panel on bringing domain experts into "
            "ML projects. In person in Rome and streamed live."
        ),
        starts_at=start,
        ends_at=start.add(hours=3),
        timezone=DEMO_ZONE,
        format="hybrid",
        capacity=70,
        status="announced",
        venue_id=venue.id,
        viewer_zones=["America/New_York", "Asia/Kolkata"],
        organiser_name="Marco Bianchi",
        organiser_email="marco@mlrome.example.org",
        organiser_phone="+39 333 000 0099",
    )
    sp = [_speaker(s, d) for d in SPEAKERS]
    giulia, amara, kenji, priya = sp

    plan: list[tuple[str, str, int, list[tuple[Speaker, str]], str]] = [
        ("intro", "Welcome and community news", 15, [(priya, "speaker")], ""),
        (
            "talk",
            "Self-supervised pre-training for medical images with very few labels",
            30,
            [(giulia, "speaker")],
            "How contrastive pre-training on unlabelled scans cuts the labels needed "
            "for a useful classifier by an order of magnitude.",
        ),
        (
            "talk",
            "Forecasting outbreaks when the data arrives late (remote)",
            30,
            [(amara, "speaker")],
            "Nowcasting models that correct for reporting delays, from the New York "
            "City health department's dashboards.",
        ),
        ("break", "Break: pizza and drinks", 15, [], ""),
        (
            "panel",
            "Panel: bringing epidemiologists and engineers to the same table",
            45,
            [(priya, "moderator"), (amara, "panellist"), (kenji, "panellist")],
            "What domain experts wish ML engineers asked them, and the other way round.",
        ),
        ("networking", "Networking", 45, [], ""),
    ]
    for kind, title, minutes, people, abstract in plan:
        session = agenda.add_session(
            s,
            event.id,
            title=title,
            kind=kind,
            duration_minutes=minutes,
            abstract=abstract,
            locked=kind == "break",
        )
        if people:
            agenda.set_speakers(s, session.id, [(p.id, role) for p, role in people])
    streaming.add_link(
        s,
        event.id,
        purpose="main",
        viewer_url="https://www.youtube.com/live/mlrome42demo",
        studio_url="https://studio.youtube.com/channel/UCmlrome/livestreaming",
        label="Live stream",
    )
    streaming.add_link(
        s,
        event.id,
        purpose="backup",
        viewer_url="https://zoom.us/j/81234567890",
        studio_url="https://zoom.us/s/81234567890",
        label="Zoom (backup and remote speakers)",
    )
    attendees.add_attendees(
        s,
        event.id,
        [
            attendees.NewAttendee(
                first_name=first,
                last_name=last,
                email=f"guest{i + 1:02d}@example.org",
                company=company,
                role=role,
                rsvp=rsvp,
            )
            for i, (first, last, company, role, rsvp) in enumerate(ATTENDEES)
        ],
    )
    _fill_checklist(s, event.id)
    if not has_history(s):
        _add_history(s, venue, start)
    return event


# Who does what in the demo team, by the owner roles of the shipped templates.
DEMO_TEAM = {
    "lead organiser": "Marco Bianchi",
    "comms lead": "Marco Bianchi",
    "venue lead": "Marco Bianchi",
    "speakers lead": "Priya Raman",
    "host": "Priya Raman",
    "stream lead": "Ana Silva",
    "volunteers lead": "Chiara Colombo",
    "sponsor lead": "Davide Gallo",
}

_DAY = dt.timedelta(days=1)


def _fill_checklist(s: Session, event_id: int) -> None:
    """Apply the shipped checklists and tick what a team two weeks out would have done.

    Real teams run a little late, so the latest event item and one speaker's last
    item that are already due stay open (the Overview then has something to show).
    """
    checklists.apply_default_templates(s, event_id)
    now = now_utc()
    items = sorted(checklists.list_items(s, event_id), key=lambda i: i.due_at or now)
    past = [i for i in items if i.due_at is not None and i.due_at < now]
    if past:  # planning began before the first item was due: nothing is a "late start"
        event = s.get(Event, event_id)
        first_due = past[0].due_at
        if event is not None and first_due is not None:
            event.created_at = first_due.subtract(days=1)
    event_past = [i for i in past if i.speaker_id is None]
    speaker_past = [i for i in past if i.speaker_id is not None]
    left_open = {event_past[-1].id} if event_past else set()
    if speaker_past:
        last_speaker = speaker_past[-1].speaker_id
        left_open.add([i for i in speaker_past if i.speaker_id == last_speaker][-1].id)
    checklists.assign_team(s, event_id, DEMO_TEAM)
    for item_id in left_open & {i.id for i in event_past}:
        checklists.update_item(s, item_id, note="Half done; finishing it this week.")
    checklists.set_done_many(
        s,
        event_id,
        {i.id: i.due_at.subtract(hours=20) for i in past if i.id not in left_open and i.due_at},
    )


def _plain(when: DateTime) -> dt.datetime:
    """The same instant as a standard-library UTC datetime (much cheaper to add to)."""
    return dt.datetime.fromtimestamp(when.timestamp(), dt.UTC)


def _arrivals(door: dt.datetime) -> Iterator[dt.datetime]:
    """Check-in times at the door, one person every 75 seconds from ``door``."""
    for n in itertools.count(1):
        yield door + dt.timedelta(seconds=75 * n)


def _past_start(upcoming: DateTime, months_before: int) -> DateTime:
    day = _meetup_day(upcoming.in_timezone(DEMO_ZONE).subtract(months=months_before))
    return local(DEMO_ZONE, day.year, day.month, day.day, 18, 30)


def _person(
    first: str,
    last: str,
    email: str | None,
    *,
    company: str = "",
    role: str = "attendee",
    rsvp: str = "going",
    source: str = "meetup",
    registered: dt.datetime,
    checked_in_at: dt.datetime | None = None,
    badge_printed_at: dt.datetime | None = None,
) -> attendees.NewAttendee:
    return attendees.NewAttendee(
        first_name=first,
        last_name=last,
        email=email,
        company=company,
        role=role,
        rsvp=rsvp,
        source=source,
        registered_at=registered,
        checked_in_at=checked_in_at,
        badge_printed_at=badge_printed_at,
    )


def _add_history(s: Session, venue: Venue, upcoming: DateTime) -> list[Event]:
    """The meetups before the upcoming one (through the same services as the app)."""
    now = now_utc()
    library = {sp.email: sp for sp in speakers.list_speakers(s) if sp.email}
    for data in PAST_SPEAKERS:
        if data["email"] not in library:
            library[str(data["email"])] = _speaker(s, data)
    who = {short: library[email] for short, email in _BY_SHORT.items()}
    count = len(HISTORY)
    past: list[Event] = []
    for i, h in enumerate(HISTORY):
        start = _past_start(upcoming, count - i)
        event = events.create_event(
            s,
            title=f"ML Rome #{h['number']}: {h['title']}",
            description="A monthly ML Rome evening at Talent Garden Ostiense.",
            starts_at=start,
            ends_at=start.add(hours=3),
            timezone=DEMO_ZONE,
            format=h["format"],
            capacity=70,
            status="done",
            venue_id=venue.id,
            viewer_zones=["America/New_York"] if h["format"] == "hybrid" else [],
            organiser_name="Marco Bianchi",
            organiser_email="marco@mlrome.example.org",
            organiser_phone="+39 333 000 0099",
        )
        past.append(event)
        # The agenda, speakers in order, everybody agreed to the recording.
        for kind, title, minutes, people in h["sessions"]:
            session = agenda.add_session(
                s, event.id, title=title, kind=kind, duration_minutes=minutes
            )
            if people:
                line_up = [(who[name].id, role) for name, role in people]
                agenda.set_speakers(s, session.id, line_up)
                for sid, _role in line_up:
                    agenda.set_recording_consent(s, session.id, sid, True)
        if h["format"] == "hybrid":
            streaming.add_link(
                s,
                event.id,
                purpose="main",
                viewer_url=f"https://www.youtube.com/live/mlrome{h['number']}",
                label="Live stream",
            )
        # Checklists: the shipped templates for the format, every item ticked.
        checklists.apply_default_templates(s, event.id)
        checklists.assign_team(s, event.id, DEMO_TEAM)
        items = checklists.list_items(s, event.id)
        checklists.set_done_many(
            s,
            event.id,
            {i.id: min(i.due_at.subtract(hours=20), now) for i in items if i.due_at is not None},
        )

    # Who said "going" and who came.
    core = [i for i, a in enumerate(ATTENDEES) if a[3] in ("organiser", "volunteer")]
    emails = [f"guest{i + 1:02d}@example.org" for i in range(len(ATTENDEES))]
    others = [
        i
        for i, a in enumerate(ATTENDEES)
        if a[3] in ("attendee", "sponsor") and emails[i] not in REPEAT_NO_SHOWS
    ]
    rows: dict[int, list[attendees.NewAttendee]] = {e.id: [] for e in past}
    newcomer = 0
    walk_in = 0
    for k, (event, h) in enumerate(zip(past, HISTORY, strict=True)):
        opens = _plain(event.starts_at)
        regulars, fresh, fresh_came, walk_ins, stayed_home = h["people"]
        badges = opens - _DAY
        times = _arrivals(opens - dt.timedelta(minutes=25))

        chosen = core + [others[(k * 7 + j) % len(others)] for j in range(regulars - len(core))]
        chosen += [emails.index(e) for e in REPEAT_NO_SHOWS]
        for n, i in enumerate(chosen):
            first, last, company, role, _rsvp = ATTENDEES[i]
            came = emails[i] not in stayed_home
            rows[event.id].append(
                _person(
                    first,
                    last,
                    emails[i],
                    company=company,
                    role=role,
                    registered=opens - _DAY * (20 - n % 15),
                    checked_in_at=next(times) if came else None,
                    badge_printed_at=badges,
                )
            )
        on_stage = dict.fromkeys(who[n] for _k, _t, _m, ppl in h["sessions"] for n, _r in ppl)
        for sp in on_stage:
            if sp.remote:
                continue
            first, _, last = sp.name.partition(" ")
            rows[event.id].append(
                _person(
                    first,
                    last,
                    sp.email,
                    company=sp.affiliation,
                    role="speaker",
                    source="manual",
                    registered=opens - _DAY * 30,
                    checked_in_at=next(times),
                    badge_printed_at=badges,
                )
            )
        # One-off RSVPs: going (most do not come), two on the waitlist, one "not going".
        for j in range(fresh + 3):
            n = newcomer
            newcomer += 1
            first = _FIRST[n % len(_FIRST)]
            last = _LAST[(n // len(_FIRST) * 7 + n) % len(_LAST)]
            rsvp = "going" if j < fresh else ("waitlist" if j < fresh + 2 else "not_going")
            rows[event.id].append(
                _person(
                    first,
                    last,
                    f"rsvp{n + 1:03d}@example.net",
                    rsvp=rsvp,
                    registered=opens - _DAY * (1 + j % 12) - dt.timedelta(hours=j),
                    checked_in_at=next(times) if j < fresh_came else None,
                    badge_printed_at=badges if rsvp == "going" else None,
                )
            )
        for _ in range(walk_ins):
            first, last = _WALK_INS[walk_in % len(_WALK_INS)]
            walk_in += 1
            when = next(times)
            rows[event.id].append(
                _person(
                    first,
                    last,
                    None,
                    source="walk_in",
                    registered=when,
                    checked_in_at=when,
                    badge_printed_at=when,
                )
            )
    for event_id, people in rows.items():
        attendees.add_attendees(s, event_id, people)
    return past
