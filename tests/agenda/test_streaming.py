"""Stream links: platform detection, URL rules, CRUD, keys and readiness."""

import pendulum
import pytest

from organiser import agenda, secrets, speakers, streaming
from organiser.errors import ValidationError
from organiser.models import ChecklistItem

PLATFORM_URLS = [
    ("https://www.youtube.com/live/abc123", "youtube"),
    ("https://youtu.be/abc123", "youtube"),
    ("rtmp://a.rtmp.youtube.com/live2", "youtube"),
    ("https://www.twitch.tv/mlrome", "twitch"),
    ("rtmps://live.twitch.tv/app", "twitch"),
    ("https://us02web.zoom.us/j/81234567890?pwd=x", "zoom"),
    ("https://meet.google.com/abc-defg-hij", "google_meet"),
    ("https://teams.microsoft.com/l/meetup-join/19%3ameeting", "teams"),
    ("https://teams.live.com/meet/9312345", "teams"),
    ("https://meet.jit.si/MLRome42", "jitsi"),
    ("https://jitsi.example.org/MLRome42", "jitsi"),
    ("https://vimeo.com/event/123456", "vimeo"),
    ("rtmps://rtmp-global.cloud.vimeo.com:443/live", "vimeo"),
    ("https://www.linkedin.com/events/7123456789/", "linkedin_live"),
    ("https://streamyard.com/watch/abcDEF", "streamyard"),
    ("https://app.restream.io/studio", "restream"),
    ("https://example.org/live", "other"),
    ("https://notyoutube.com/live", "other"),
]


@pytest.mark.parametrize("url, platform", PLATFORM_URLS)
def test_platform_is_detected_from_the_url(url, platform):
    assert streaming.detect_platform(url) == platform


def test_every_listed_platform_has_a_detection_case():
    assert {p for _u, p in PLATFORM_URLS} == set(streaming.PLATFORMS)


REFUSED_VIEWER_URLS = [
    ("javascript:alert(1)", "“javascript:”, which is not allowed"),
    ("file:///home/me/stream.html", "“file:”, which is not allowed"),
    ("data:text/html,<script>alert(1)</script>", "“data:”, which is not allowed"),
    ("http://www.youtube.com/live/abc", "“http:”, which is not allowed"),
    ("rtmp://a.rtmp.youtube.com/live2", "“rtmp:”, which is not allowed"),
    ("youtube.com/live/abc", "must start with https://"),
]


def test_viewer_links_must_be_https(demo_store):
    store, ev_id = demo_store
    for url, words in REFUSED_VIEWER_URLS:
        with pytest.raises(ValidationError) as err, store.session() as s:
            streaming.add_link(s, ev_id, viewer_url=url, purpose="recording")
        assert err.value.field == "viewer_url"
        assert words in err.value.message, url
    with store.session() as s:
        assert len(streaming.list_links(s, ev_id)) == 2


def test_studio_links_may_be_rtmp_but_not_javascript(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        link = streaming.add_link(
            s, ev_id, studio_url="rtmps://live.restream.io:1937/live", purpose="recording"
        )
        assert link.platform == "restream"
        with pytest.raises(ValidationError, match="javascript"):
            streaming.add_link(s, ev_id, studio_url="javascript:alert(1)", purpose="recording")


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://www.youtube.com/live/x", True),
        ("http://example.org/", True),
        ("mailto:marco@mlrome.example.org", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,hi", False),
        ("rtmp://a.rtmp.youtube.com/live2", False),
        ("https://exa mple.org", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_to_open_allows_only_web_and_mail(url, ok):
    assert streaming.safe_to_open(url) is ok


def test_links_per_event_and_per_session_with_purposes(store):
    from tests.agenda.test_schedule import _event

    with store.session() as s:
        ev = _event(s, format="hybrid")
        talk = agenda.add_session(s, ev.id, title="Talk", duration_minutes=30)
        main = streaming.add_link(s, ev.id, viewer_url="https://www.twitch.tv/mlrome")
        room = streaming.add_link(
            s, ev.id, viewer_url="https://meet.google.com/abc-defg-hij", session_id=talk.id
        )
        with pytest.raises(ValidationError, match="already has a main link"):
            streaming.add_link(s, ev.id, viewer_url="https://vimeo.com/event/1")
        streaming.add_link(s, ev.id, viewer_url="https://vimeo.com/event/1", purpose="backup")
        ids = (ev.id, talk.id, main.id, room.id)
    ev_id, talk_id, main_id, room_id = ids
    with store.session() as s:
        links = streaming.list_links(s, ev_id)
        assert [(x.platform, x.purpose, x.session_id) for x in links] == [
            ("twitch", "main", None),
            ("vimeo", "backup", None),
            ("google_meet", "main", talk_id),
        ]
        assert streaming.main_link(s, ev_id, talk_id).id == room_id
        assert streaming.main_link(s, ev_id).id == main_id
        streaming.update_link(s, main_id, viewer_url="https://www.youtube.com/live/zz")
    with store.session() as s:
        assert streaming.get_link(s, main_id).platform == "youtube"
        streaming.delete_link(s, room_id)
    with store.session() as s:
        assert [x.id for x in streaming.list_links(s, ev_id, session_id=talk_id)] == []


def test_stream_key_goes_to_the_keyring_not_the_database(demo_store, fake_keyring):
    store, ev_id = demo_store
    with store.session() as s:
        link = streaming.main_link(s, ev_id)
        assert secrets.set_stream_key(s, link.id, "  abcd-efgh-ijkl-mnop  ") == "keyring"
        link_id = link.id
    assert list(fake_keyring.data.values()) == ["abcd-efgh-ijkl-mnop"]
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) == "abcd-efgh-ijkl-mnop"
        with pytest.raises(ValidationError, match="without spaces"):
            secrets.set_stream_key(s, link_id, "two words")
        streaming.delete_link(s, link_id)
    assert fake_keyring.data == {}


def test_without_a_keyring_the_key_is_kept_in_memory_only(demo_store, no_keyring):
    store, ev_id = demo_store
    assert secrets.storage_kind() == "memory"
    with store.session() as s:
        link_id = streaming.main_link(s, ev_id).id
        assert secrets.set_stream_key(s, link_id, "live-key-123") == "memory"
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) == "live-key-123"
    secrets.forget_memory()  # what closing the program does
    with store.session() as s:
        assert secrets.get_stream_key(s, link_id) is None


def test_readiness_lists_what_is_missing_for_the_demo(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        missing = streaming.readiness(s, ev_id)
    kinds = [m.kind for m in missing]
    assert "no_main_link" not in kinds and "no_backup_link" not in kinds
    assert kinds.count("no_tech_check") == 1
    tech = next(m for m in missing if m.kind == "no_tech_check")
    assert "Amara Okafor" in tech.message
    # every (session, speaker) pair is asked for consent: 6 appearances in the demo
    assert kinds.count("no_consent") == 6


def test_readiness_clears_as_the_organiser_works_through_it(demo_store):
    store, ev_id = demo_store
    with store.session() as s:
        for link in streaming.list_links(s, ev_id):
            streaming.delete_link(s, link.id)
        kinds = [m.kind for m in streaming.readiness(s, ev_id)]
        assert kinds[:2] == ["no_main_link", "no_backup_link"]
        streaming.add_link(s, ev_id, viewer_url="https://www.youtube.com/live/x")
        streaming.add_link(s, ev_id, viewer_url="https://zoom.us/j/1", purpose="backup")
        amara = next(sp for sp in speakers.speakers_of_event(s, ev_id) if sp.remote)
        for x in agenda.list_sessions(s, ev_id):
            for link in x.speakers:
                agenda.set_recording_consent(s, x.id, link.speaker_id, True)
        items = [
            i
            for i in s.query(ChecklistItem).filter_by(event_id=ev_id, speaker_id=amara.id)
            if "tech check" in i.title.lower()
        ]
        if not items:  # the speaker template (checklists) normally brings this item
            items = [
                ChecklistItem(
                    event_id=ev_id,
                    speaker_id=amara.id,
                    title="Remote tech check done: camera, microphone, screen share",
                )
            ]
            s.add(items[0])
        for item in items:
            item.done_at = None
        s.flush()
        assert [m.kind for m in streaming.readiness(s, ev_id)] == ["no_tech_check"]
        items[0].done_at = pendulum.now("UTC")
        s.flush()
        assert streaming.readiness(s, ev_id) == []
        first = agenda.list_sessions(s, ev_id)[1]
        agenda.set_recording_consent(s, first.id, first.speakers[0].speaker_id, False)
        refused = streaming.readiness(s, ev_id)
    assert [m.kind for m in refused] == ["no_consent"]
    assert "refused recording" in refused[0].message and "Giulia Conti" in refused[0].message
