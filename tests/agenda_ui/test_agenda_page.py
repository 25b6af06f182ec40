"""The Agenda page driven like a user would, checked in the database."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionViewItem

from organiser import agenda, events
from ui.models.agenda_model import AgendaModel
from ui.pages.agenda_page import AgendaPage

ROME = "Europe/Rome"


def _db_times(ctx):
    with ctx.store.session() as s:
        return [
            (x.title.split(":")[0].split(" ")[0], x.starts_at.in_timezone(ROME).format("HH:mm"))
            for x in agenda.list_sessions(s, ctx.current_event_id)
        ]


def _page(qtbot, ctx):
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.set_event(ctx.current_event_id)
    return page


def test_page_shows_zone_columns_and_warnings(qtbot, ctx):
    page = _page(qtbot, ctx)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # narrow headers, a line each: city, abbreviation, offset, day; the full label as tooltip
    assert headers[4] == "Rome\nCET\nUTC+01:00\nThu 10 Dec"
    assert headers[5].startswith("New York\nEST\nUTC-05:00")
    assert headers[6].startswith("Kolkata\nIST") and headers[-1] == "Warnings"
    tip = model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "New York (EST, UTC-05:00), Thu 10 Dec"
    assert model.data(model.index(0, 4)) == "18:30–18:45 CET"
    assert model.data(model.index(0, 5)) == "12:30–12:45 EST"
    assert page.warnings.item(0).text() == "No clashes, gaps or overruns."
    tip = model.data(model.index(2, AgendaModel.COL_SPEAKERS), Qt.ItemDataRole.ToolTipRole)
    assert "remote; their time: 13:15–13:45 EST (America/New_York)" in tip


def test_drop_a_session_earlier_reflows_times_in_the_database(qtbot, ctx):
    page = _page(qtbot, ctx)
    model = page.model
    # what the view does on a drop: ask the model for the dragged row's data, drop it on row 1
    data = model.mimeData([model.index(2, 0)])  # "Forecasting outbreaks" (30 min)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert _db_times(ctx)[:3] == [
        ("Welcome", "18:30"),
        ("Forecasting", "18:45"),
        ("Self-supervised", "19:15"),
    ]
    assert model.data(model.index(1, 0)).startswith("Forecasting outbreaks")
    assert model.data(model.index(1, 5)) == "12:45–13:15 EST"
    ctx.undo_stack.undo()
    assert _db_times(ctx)[1:3] == [("Self-supervised", "18:45"), ("Forecasting", "19:15")]
    ctx.undo_stack.redo()
    assert _db_times(ctx)[1] == ("Forecasting", "18:45")


def test_keyboard_move_down_and_duration_edit(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.table.selectRow(0)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in _db_times(ctx)][:2] == ["Self-supervised", "Welcome"]
    assert _db_times(ctx)[:2] == [("Self-supervised", "18:30"), ("Welcome", "19:00")]

    # lengthen the talk to 40 minutes by typing in the Minutes cell
    idx = page.model.index(0, AgendaModel.COL_MINUTES)
    page.table.setCurrentIndex(idx)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QSpinBox)
    assert editor is not None and editor.value() == 30
    editor.selectAll()
    qtbot.keyClicks(editor, "40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.isHidden() or not editor.isVisible())  # queued commit
    qtbot.waitUntil(lambda: _db_times(ctx)[1] == ("Welcome", "19:10"))
    times = _db_times(ctx)
    assert times[:3] == [
        ("Self-supervised", "18:30"),
        ("Welcome", "19:10"),
        ("Forecasting", "19:25"),
    ]
    # the break is locked at 19:45: Forecasting now runs into it, shown inline
    texts = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert any("overlaps “Break: pizza and drinks”" in t for t in texts)
    row = page.model.row_of(
        next(r.session_id for r in page.model.schedule.rows if r.title.startswith("Forecasting"))
    )
    warn_col = page.model.columnCount() - 1
    assert page.model.data(page.model.index(row, warn_col)) == "Overlap"
    tip = page.model.data(page.model.index(row, warn_col), Qt.ItemDataRole.ToolTipRole)
    assert "overlaps “Break: pizza and drinks” (from 19:45 CET) by 10 min" in tip
    # clicking the warning selects the session it names
    item = next(
        page.warnings.item(i)
        for i in range(page.warnings.count())
        if "overlaps" in page.warnings.item(i).text()
    )
    rect = page.warnings.visualItemRect(item)
    qtbot.mouseClick(page.warnings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.table.selectionModel().isRowSelected(row)
    ctx.undo_stack.undo()
    assert _db_times(ctx)[1] == ("Welcome", "19:00")


def _check_indicator(view, idx):
    """Where the check box of a cell is drawn, as the view's style places it."""
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    opt.rect = view.visualRect(idx)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    opt.index = idx
    return (
        view.style()
        .subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, view)
        .center()
    )


def test_lock_checkbox_and_bad_zone_message(qtbot, ctx, tmp_path):
    page = _page(qtbot, ctx)
    idx = page.model.index(1, AgendaModel.COL_LOCKED)
    page.table.scrollTo(idx)
    # Tick the Locked check box with the mouse, as the organiser does.
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=_check_indicator(page.table, idx)
    )
    with ctx.store.session() as s:
        assert agenda.list_sessions(s, ctx.current_event_id)[1].locked
    page.zones_edit.clear()
    qtbot.keyClicks(page.zones_edit, "Asia/Tokyo, Mars/Base")
    qtbot.mouseClick(page.zones_apply, Qt.MouseButton.LeftButton)
    assert "Mars/Base" in page.message.text()
    with ctx.store.session() as s:
        assert events.get_event(s, ctx.current_event_id).viewer_zones == [
            "America/New_York",
            "Asia/Kolkata",
        ]
    page.zones_edit.clear()
    qtbot.keyClicks(page.zones_edit, "Asia/Tokyo")
    qtbot.keyClick(page.zones_edit, Qt.Key.Key_Return)
    with ctx.store.session() as s:
        assert events.get_event(s, ctx.current_event_id).viewer_zones == ["Asia/Tokyo"]
    tokyo = page.model.headerData(5, Qt.Orientation.Horizontal)
    assert tokyo.startswith("Tokyo\nJST") and tokyo.endswith("Fri 11 Dec")  # already Friday
    page.grab().save(str(tmp_path / "agenda_page.png"))


def test_add_and_delete_sessions_with_undo(qtbot, ctx):
    page = _page(qtbot, ctx)
    qtbot.keyClicks(page.new_title, "Lightning round")
    page.new_kind.setCurrentIndex(page.new_kind.findData("lightning"))
    page.new_minutes.setValue(20)
    qtbot.keyClick(page.new_title, Qt.Key.Key_Return)
    assert _db_times(ctx)[-1] == ("Lightning", "21:30")
    # past the event end (21:30) now: said inline
    texts = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert any("“Lightning round” ends at 21:50 CET, after the event ends" in t for t in texts)
    ctx.undo_stack.undo()
    assert [t for t, _ in _db_times(ctx)][-1] == "Networking"
    ctx.undo_stack.redo()
    assert _db_times(ctx)[-1] == ("Lightning", "21:30")

    page.refresh()
    page.table.selectRow(1)  # the first talk, with Giulia Conti
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Deleted “Self-supervised" in page.message.text()
    assert _db_times(ctx)[1] == ("Forecasting", "18:45")  # moved up
    ctx.undo_stack.undo()
    assert _db_times(ctx)[1:3] == [("Self-supervised", "18:45"), ("Forecasting", "19:15")]
    with ctx.store.session() as s:
        back = agenda.list_sessions(s, ctx.current_event_id)[1]
        assert [p.speaker.name for p in back.speakers] == ["Giulia Conti"]


def test_empty_title_is_explained(qtbot, ctx):
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "The session title cannot be empty."
    assert len(_db_times(ctx)) == 6
