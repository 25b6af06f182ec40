"""The stream links model and its proxy, without any widget."""

from PySide6.QtCore import Qt

from organiser.streaming import LinkRow, short_url
from ui.models.stream_links_model import (
    COL_FOR,
    COL_KEY,
    COL_PLATFORM,
    COL_PURPOSE,
    COL_STUDIO,
    COL_VIEWER,
    URL_ROLE,
    StreamLinksModel,
)
from ui.models.table import ID_ROLE, SearchProxy

LONG = "https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ&uname=Organiser.Rome"


def _link(i, purpose, platform, viewer, studio=None, *, session=None, key=False):
    return LinkRow(
        id=i,
        purpose=purpose,
        platform=platform,
        session_id=None if session is None else 100 + i,
        session_title=session,
        viewer_url=viewer,
        studio_url=studio,
        has_key=key,
    )


def _rows():
    return [
        _link(
            1,
            "main",
            "youtube",
            "https://www.youtube.com/live/abc",
            "rtmps://a.rtmp.youtube.com/live2",
        ),
        _link(2, "backup", "zoom", LONG),
        _link(3, "recording", "other", None, "https://studio.example.org/", session="Forecasting"),
        _link(4, "main", "google_meet", "https://meet.google.com/abc-defg-hij", session="Panel"),
    ]


def _model():
    model = StreamLinksModel()
    model.set_rows(_rows())
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _column(proxy, col):
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_cells_show_platform_purpose_and_short_links_with_the_full_one_on_hover():
    model, _ = _model()
    assert model.headerData(COL_VIEWER, Qt.Orientation.Horizontal) == "Viewer link"
    assert [model.index(r, COL_PURPOSE).data() for r in range(4)] == [
        "Main",
        "Backup",
        "Recording",
        "Main",
    ]
    assert model.index(1, COL_PLATFORM).data() == "Zoom"
    assert model.index(0, COL_FOR).data() == "Whole event"
    assert model.index(2, COL_FOR).data() == "Forecasting"
    assert model.index(0, COL_VIEWER).data() == "youtube.com/live/abc"
    assert model.index(0, COL_STUDIO).data() == "rtmps://a.rtmp.youtube.com/live2"  # scheme kept
    assert model.index(2, COL_VIEWER).data() == "—"
    shown = model.index(1, COL_VIEWER).data()
    assert len(shown) <= 60 and "…" in shown
    assert shown.startswith("us02web.zoom.us/j/") and shown.endswith(LONG[-10:])
    assert model.index(1, COL_VIEWER).data(Qt.ItemDataRole.ToolTipRole) == LONG
    assert model.index(1, COL_VIEWER).data(URL_ROLE) == LONG
    assert model.index(2, COL_VIEWER).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, COL_KEY).data() == "—"


def test_short_url_keeps_short_links_whole():
    assert short_url("https://meet.google.com/abc-defg-hij/") == "meet.google.com/abc-defg-hij"
    assert short_url(None) == "" and short_url("  ") == ""


def test_sorting_by_purpose_platform_and_back_to_the_core_order():
    _, proxy = _model()
    proxy.sort(-1)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(4)] == [1, 2, 3, 4]
    proxy.sort(COL_PURPOSE, Qt.SortOrder.AscendingOrder)
    # main < backup < recording (the purposes' order, not the alphabet), then by id
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(4)] == [1, 4, 2, 3]
    proxy.sort(COL_PLATFORM, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, COL_PLATFORM) == ["Zoom", "YouTube", "Other", "Google Meet"]


def test_search_matches_the_whole_address_not_only_the_shortened_cell():
    _, proxy = _model()
    proxy.set_search("sesame")  # nowhere in the table: not a word of the links
    assert proxy.rowCount() == 0
    hidden = "pvcGVuIHNl"  # the part the shortened cell hides
    assert hidden in LONG and hidden not in short_url(LONG)
    proxy.set_search(hidden)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())] == [2]
    proxy.set_search("forecasting")
    assert proxy.rowCount() == 1 and proxy.index(0, COL_FOR).data() == "Forecasting"


def test_updating_one_link_signals_that_row_only():
    model, proxy = _model()
    proxy.sort(COL_PURPOSE, Qt.SortOrder.AscendingOrder)
    changes, resets = [], []
    model.dataChanged.connect(
        lambda tl, br, roles=(): changes.append((tl.row(), br.row(), tl.column(), br.column()))
    )
    model.modelReset.connect(lambda: resets.append(True))
    old = model.record(3)
    updated = LinkRow(**{**old.__dict__, "has_key": True})
    assert model.update_row(updated)
    assert changes == [(3, 3, 0, model.columnCount() - 1)]
    assert resets == []
    assert model.index(3, COL_KEY).data() == "set"
    assert model.index(2, COL_KEY).data() == "—"
    # the proxy follows without a reset: the link is still second by purpose
    assert proxy.index(1, 0).data(ID_ROLE) == 4 and proxy.index(1, COL_KEY).data() == "set"


def test_reload_resets_the_model():
    model, _ = _model()
    resets = []
    model.modelAboutToBeReset.connect(lambda: resets.append("about"))
    model.modelReset.connect(lambda: resets.append("done"))
    model.set_rows(_rows()[:1])
    assert resets == ["about", "done"] and model.rowCount() == 1
    assert not model.update_row(_rows()[2])  # a link no longer shown: nothing happens
