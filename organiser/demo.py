"""A realistic sample meetup: hybrid ML evening in Rome, about two weeks ahead."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser import agenda, events, speakers, venues
from organiser.models import Attendee, Event, Speaker, StreamLink, Venue
from organiser.textnorm import search_key
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
    ("李", "娜", "清华大学", "attendee", "going"),
    ("王", "芳", "", "attendee", "going"),
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


def _venue(s: Session) -> Venue:
    existing = s.scalar(select(Venue).where(Venue.name == VENUE_NAME))
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
    existing = s.scalar(select(Speaker).where(Speaker.email == data["email"]))
    if existing is not None:
        return existing
    fields = dict(data)
    name = str(fields.pop("name"))
    return speakers.create_speaker(s, name=name, **fields)


def create_demo(s: Session) -> Event:
    """Add the sample meetup (reusing its venue and speakers if already there)."""
    today = now_utc().in_timezone(DEMO_ZONE)
    day = today.add(days=14)
    shift = 3 - day.day_of_week  # Thursday: meetups draw best Tuesday to Thursday
    if shift < -3:
        shift += 7
    elif shift > 3:
        shift -= 7
    day = day.add(days=shift)
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
    s.add_all(
        [
            StreamLink(
                event_id=event.id,
                purpose="main",
                platform="youtube",
                viewer_url="https://www.youtube.com/live/mlrome42demo",
                studio_url="https://studio.youtube.com/channel/UCmlrome/livestreaming",
                label="Live stream",
            ),
            StreamLink(
                event_id=event.id,
                purpose="backup",
                platform="zoom",
                viewer_url="https://zoom.us/j/81234567890",
                studio_url="https://zoom.us/s/81234567890",
                label="Zoom (backup and remote speakers)",
            ),
        ]
    )
    for i, (first, last, company, role, rsvp) in enumerate(ATTENDEES):
        email_local = f"guest{i + 1:02d}"
        s.add(
            Attendee(
                event_id=event.id,
                first_name=first,
                last_name=last,
                email=f"{email_local}@example.org",
                company=company,
                role=role,
                rsvp=rsvp,
                source="manual",
                search_key=search_key(first, last, f"{email_local}@example.org", company),
            )
        )
    s.flush()
    from organiser.checklists import fill_demo_checklist

    fill_demo_checklist(s, event.id)
    return event
