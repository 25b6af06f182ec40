"""The Venue & Stream page: links checked by the core, keys kept out of the database."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import text

from organiser import streaming
from ui.pages.venue_stream_page import VenueStreamPage


def _page(qtbot, ctx):
    page = VenueStreamPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_event(ctx.current_event_id)
    return page


def _cell(page, row, col):
    """What the links table shows in a cell, through the view's own model."""
    return page.links.model().index(row, col).data()


def _select(qtbot, page, row):
    """Click the row as a user would."""
    rect = page.links.visualRect(page.links.model().index(row, 0))
    qtbot.mouseClick(page.links.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _links(ctx):
    with ctx.store.session() as s:
        return [
            (x.purpose, x.platform, x.viewer_url)
            for x in streaming.list_links(s, ctx.current_event_id)
        ]


def test_shows_venue_links_with_platform_and_readiness(qtbot, ctx):
    page = _page(qtbot, ctx)
    assert page.venue_name.text() == "Talent Garden Ostiense"
    assert "Via Ostiense 92" in page.venue_address.text()
    assert page.venue_closing.text() == "22:30"
    model = page.links.model()
    cells = [[_cell(page, r, c) for c in range(3)] for r in range(model.rowCount())]
    assert cells == [["Main", "YouTube", "Whole event"], ["Backup", "Zoom", "Whole event"]]
    # the viewer link is shortened in the cell, whole on hover
    assert _cell(page, 0, 3) == "youtube.com/live/mlrome42demo"
    tip = page.links.model().index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "https://www.youtube.com/live/mlrome42demo"
    items = [page.readiness.item(i).text() for i in range(page.readiness.count())]
    assert any("Amara Okafor speaks remotely and has no tech check" in t for t in items)
    assert any("has not given recording consent" in t for t in items)


def test_javascript_url_is_refused_with_a_message_and_nothing_saved(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.purpose.setCurrentIndex(page.purpose.findData("recording"))
    qtbot.keyClicks(page.viewer_edit, "javascript:alert(document.cookie)")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "“javascript:”, which is not allowed here; use https://" in page.message.text()
    assert len(_links(ctx)) == 2
    assert page.viewer_edit.text() == "javascript:alert(document.cookie)"  # nothing lost


def test_plain_http_viewer_link_is_refused(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.purpose.setCurrentIndex(page.purpose.findData("recording"))
    qtbot.keyClicks(page.viewer_edit, "http://vimeo.com/event/1")
    qtbot.keyClick(page.viewer_edit, Qt.Key.Key_Return)
    assert "not allowed here; use https://" in page.message.text()
    assert len(_links(ctx)) == 2


def test_add_a_session_link_detects_platform_and_undo_removes_it(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.scope.setCurrentIndex(3)  # the remote talk
    qtbot.keyClicks(page.viewer_edit, "https://meet.google.com/abc-defg-hij")
    assert page.detected.text() == "Google Meet"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert ("main", "google_meet", "https://meet.google.com/abc-defg-hij") in _links(ctx)
    with ctx.store.session() as s:
        link = next(x for x in streaming.list_links(s, ctx.current_event_id) if x.session_id)
        assert "Forecasting" in link.session.title
    assert page.links.model().rowCount() == 3 and _cell(page, 2, 1) == "Google Meet"
    ctx.undo_stack.undo()
    assert len(_links(ctx)) == 2
    ctx.undo_stack.redo()
    assert len(_links(ctx)) == 3


def test_stream_key_goes_to_keyring_never_the_database(qtbot, ctx, fake_keyring, tmp_path):
    page = _page(qtbot, ctx)
    _select(qtbot, page, 0)
    qtbot.keyClicks(page.key_edit, "abcd-1234-SECRET-efgh")
    qtbot.mouseClick(page.key_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Stream key saved in the system keyring."
    assert page.key_edit.text() == ""
    assert list(fake_keyring.data.values()) == ["abcd-1234-SECRET-efgh"]
    assert _cell(page, 0, 5) == "set"
    with ctx.store.engine.connect() as conn:
        for table in ("stream_links", "app_settings", "events"):
            dump = repr(conn.execute(text(f"SELECT * FROM {table}")).all())
            assert "SECRET" not in dump
    page.grab().save(str(tmp_path / "venue_stream_page.png"))


def test_without_keyring_the_page_says_keys_are_kept_for_the_session(qtbot, ctx, no_keyring):
    page = _page(qtbot, ctx)
    assert "no keyring" in page.key_note.text()
    _select(qtbot, page, 1)
    qtbot.keyClicks(page.key_edit, "zoom-key-1")
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)
    assert "this session only" in page.message.text()


def test_links_open_only_when_safe(qtbot, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    page = _page(qtbot, ctx)
    _select(qtbot, page, 0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.youtube.com/live/mlrome42demo"]
    # a link that slipped into the database some other way is still not opened
    with ctx.store.session() as s:
        link = streaming.list_links(s, ctx.current_event_id)[1]
        link.viewer_url = "javascript:alert(1)"
    page.refresh()
    _select(qtbot, page, 1)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.youtube.com/live/mlrome42demo"]
    assert "only http, https and mailto" in page.message.text()


def test_consent_is_recorded_from_the_readiness_list(qtbot, ctx):
    from organiser import agenda

    page = _page(qtbot, ctx)
    row = next(
        i
        for i in range(page.readiness.count())
        if page.readiness.item(i).text().startswith("Giulia Conti has not given")
    )
    page.readiness.setCurrentRow(row)
    qtbot.mouseClick(page.consent_yes, Qt.MouseButton.LeftButton)
    with ctx.store.session() as s:
        talk = agenda.list_sessions(s, ctx.current_event_id)[1]
        assert talk.speakers[0].recording_consent is True
    texts = [page.readiness.item(i).text() for i in range(page.readiness.count())]
    assert not any(t.startswith("Giulia Conti") for t in texts)
    ctx.undo_stack.undo()
    with ctx.store.session() as s:
        assert (
            agenda.list_sessions(s, ctx.current_event_id)[1].speakers[0].recording_consent is None
        )
    page.readiness.setCurrentRow(0)
    row_text = page.readiness.currentItem().text()
    qtbot.mouseClick(page.consent_no, Qt.MouseButton.LeftButton)
    page.refresh()
    texts = [page.readiness.item(i).text() for i in range(page.readiness.count())]
    name = row_text.split(" has not")[0]
    assert any(t.startswith(f"{name} refused recording") for t in texts)
