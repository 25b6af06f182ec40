"""The event's checklist: items grouped by when they are due, progress, speakers' readiness."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from organiser import checklists
from organiser.changes import ChangeSet, Kind
from organiser.checklists import ItemRow
from organiser.errors import OrganiserError
from organiser.events import get_event
from organiser.models import ChecklistItem
from organiser.timeutil import now_utc
from ui import fmt, undo
from ui.context import AppContext
from ui.models.checklist_model import ChecklistTreeModel, ReadinessModel
from ui.pages.base import Page

ALL = "__all__"
UNASSIGNED = ""
RECOMMENDED = "__recommended__"


class ChecklistPage(Page):
    page_title = "Checklist"
    kinds = frozenset({Kind.CHECKLIST, Kind.EVENT, Kind.SESSION, Kind.SPEAKER, Kind.TEMPLATE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_title = self.tr("Checklist")
        self._rows: dict[int, ItemRow] = {}
        self._zone = "UTC"
        self._left: list[checklists.LeftSpeaker] = []
        self._loading = False
        # After a tick the rows keep their places (and the columns their widths) until
        # the list is refreshed for another reason: the next click must not hit a
        # different item.
        self._keep_places = False
        self._hold_widths = False
        # What the other columns' text needs, measured once per reload (asking the view
        # reads every cell a dozen times); a resize only shares out the room again.
        self._content_widths: dict[int, int] | None = None
        self._width_texts: object = None

        # header: event, progress, filter, templates
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.event_progress = QProgressBar()
        self.event_progress.setAccessibleName(self.tr("Checklist progress for the event"))
        self.event_progress.setTextVisible(True)
        self.assignee_filter = QComboBox()
        self.assignee_filter.setAccessibleName(self.tr("Show items assigned to"))
        self.assignee_filter.setMinimumContentsLength(14)
        self.assignee_filter.currentIndexChanged.connect(self._filter_changed)
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Checklist template to apply"))
        self.template_combo.setMinimumContentsLength(18)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the chosen template to this event"))
        self.apply_button.clicked.connect(self._apply_clicked)
        self.edit_templates_button = QPushButton(self.tr("Edit &templates…"))
        self.edit_templates_button.setAccessibleName(self.tr("Edit checklist templates"))
        self.edit_templates_button.clicked.connect(self._edit_templates)
        self.briefing_button = QPushButton(self.tr("Speaker &briefing PDF…"))
        self.briefing_button.setAccessibleName(self.tr("Save the speaker briefing PDF"))
        self.briefing_button.clicked.connect(self._briefing_clicked)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()  # an empty line above the list until there is news to tell
        self.status.setAccessibleName(self.tr("Status"))

        # Progress and the briefing on one line, filter and templates on the next:
        # the page then fits beside the sidebar on a 1024-pixel screen.
        for combo in (self.assignee_filter, self.template_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.assignee_filter.setMinimumContentsLength(12)
        self.template_combo.setMinimumContentsLength(14)
        top = QGridLayout()
        top.addWidget(self.heading, 0, 0, 1, 6)
        top.addWidget(self.event_progress, 1, 0, 1, 5)
        top.addWidget(self.briefing_button, 1, 5)
        label = QLabel(self.tr("Sho&w:"))
        label.setBuddy(self.assignee_filter)
        top.addWidget(label, 2, 0)
        top.addWidget(self.assignee_filter, 2, 1)
        top.setColumnStretch(2, 1)
        label = QLabel(self.tr("Te&mplate:"))
        label.setBuddy(self.template_combo)
        top.addWidget(label, 2, 3)
        top.addWidget(self.template_combo, 2, 4)
        top.setColumnStretch(4, 2)  # long template names show in full when there is room
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.edit_templates_button)
        top.addLayout(buttons, 2, 5)
        top.addWidget(self.status, 3, 0, 1, 6)

        # banner: speakers who left the agenda
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_delete = QPushButton(self.tr("Delete their items"))
        self.banner_delete.setAccessibleName(self.tr("Delete the items of the departed speaker"))
        self.banner_keep = QPushButton(self.tr("Keep as event items"))
        self.banner_keep.setAccessibleName(self.tr("Keep the departed speaker's items"))
        self.banner_delete.clicked.connect(lambda: self._resolve_left("delete"))
        self.banner_keep.clicked.connect(lambda: self._resolve_left("keep"))
        bl = QHBoxLayout(self.banner)
        bl.addWidget(self.banner_label, 1)
        bl.addWidget(self.banner_delete)
        bl.addWidget(self.banner_keep)
        self.banner.hide()

        # empty state
        self.empty = QFrame()
        el = QHBoxLayout(self.empty)
        self.empty_label = QLabel(
            self.tr(
                "This event has no checklist yet. The recommended templates add dated "
                "items for the meetup, its venue, its stream and each speaker."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Add the &recommended checklists"))
        self.empty_button.setAccessibleName(self.tr("Add the recommended checklists"))
        self.empty_button.clicked.connect(lambda: self.apply_template(RECOMMENDED))
        el.addWidget(self.empty_label, 1)
        el.addWidget(self.empty_button)
        self.empty.hide()

        # the items
        self.model = ChecklistTreeModel(self)
        self.model.tick_requested.connect(self.tick)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Checklist items by when they are due"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        # The item's title is what people read: it takes the room the other columns
        # leave but never less than TITLE_MIN (then the view scrolls sideways), and
        # the other columns fit their contents up to a cap (full text in tooltips).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.viewport().installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.readiness_model = ReadinessModel(self)
        self.readiness = QTableView()
        self.readiness.setModel(self.readiness_model)
        self.readiness.setAccessibleName(self.tr("Speaker readiness: speakers and their items"))
        self.readiness.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.readiness.verticalHeader().hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Items"))
        self.tabs.addTab(self.readiness, self.tr("Speaker readiness"))

        # detail of the chosen item
        self.detail = QGroupBox(self.tr("Item"))
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.detail_title.font()
        bold.setBold(True)
        self.detail_title.setFont(bold)
        self.detail_why = QLabel()
        self.detail_why.setWordWrap(True)
        self.detail_why.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_meta = QLabel()
        self.detail_meta.setWordWrap(True)
        self.detail_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.assignee_edit = QLineEdit()
        self.assignee_edit.setAccessibleName(self.tr("Assignee"))
        self.assignee_edit.setPlaceholderText(self.tr("Who does it"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("A note for the team"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(64)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save assignee and note"))
        self.save_button.clicked.connect(self._save_detail)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setAccessibleName(self.tr("Mark the item done or not done"))
        self.done_button.clicked.connect(self._toggle_current)
        form = QFormLayout(self.detail)
        form.addRow(self.detail_title)
        form.addRow(self.detail_why)
        form.addRow(self.detail_meta)
        form.addRow(self.tr("Assi&gnee:"), self.assignee_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.detail.setEnabled(False)

        self.speakers_box = QGroupBox(self.tr("Speakers"))
        self.speakers_layout = QGridLayout(self.speakers_box)
        self.speaker_bars: dict[int, QProgressBar] = {}

        # The items take the full width (their titles are what people read); the
        # chosen item's detail and the speakers' progress sit side by side below.
        side = QWidget()
        sl = QHBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.detail, 3)
        sl.addWidget(self.speakers_box, 2)
        self.speakers_layout.setAlignment(Qt.AlignmentFlag.AlignTop)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        # The detail starts at its smallest height: the list gets the rest.
        split.setSizes([10_000, side.minimumSizeHint().height()])
        self.split = split

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)

        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._toggle_current)

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.event_id is None:
            self.heading.setText(self.tr("Choose an event to see its checklist."))
            self.model.set_rows({}, "UTC")
            self.setEnabled(False)
            return
        self.setEnabled(True)
        keep_places, self._keep_places = self._keep_places, False
        self._hold_widths = keep_places
        current = self.current_row()
        assignee = self.assignee_filter.currentData() if self.assignee_filter.count() else ALL
        try:
            event_id = self.event_id

            def load(s: Any) -> tuple[Any, ...]:
                event = get_event(s, event_id)
                return (
                    event,
                    checklists.list_items(
                        s, event_id, assignee=None if assignee == ALL else assignee
                    ),
                    checklists.progress(s, event_id),
                    checklists.speaker_progress(s, event_id),
                    checklists.speaker_readiness(s, event_id),
                    checklists.assignees(s, event_id),
                    [(t.id, t.name) for t in checklists.list_templates(s)],
                    checklists.speaker_items_for_removal(s, event_id),
                )

            event, rows, total, per_speaker, grid, names, templates, left = self.ctx.ops.call(load)
            zone = event.timezone
            started = event.created_at
            heading = f"{event.title} — {fmt.when(event.starts_at, event.timezone)}"
        except OrganiserError as exc:
            self.heading.setText(exc.message)
            return
        self._loading = True
        try:
            self._zone = zone
            self.heading.setText(heading)
            self._rows = {r.id: r for r in rows}
            groups = checklists.group_items(rows, now_utc(), started)
            scroll = self.tree.verticalScrollBar().value()
            expanded = {
                g: self.tree.isExpanded(self.model.group_index(g)) for g in checklists.GROUPS
            }
            if keep_places:
                groups = self._same_places(groups)
            self.model.set_rows(groups, zone)
            for g in range(self.model.rowCount()):
                self.tree.setFirstColumnSpanned(g, QModelIndex(), True)
            if keep_places:
                for g, open_ in expanded.items():
                    self.tree.setExpanded(self.model.group_index(g), open_)
            else:
                self.tree.expandAll()
                # Measuring every cell is the slow part of a reload: only when the
                # texts of the fitted columns changed (not on every visit or tick).
                texts = (
                    zone,
                    any(r.done_at for r in rows),  # the done column's dates all look alike
                    tuple((r.speaker_name, r.due_at, r.assignee) for r in rows),
                )
                if texts != self._width_texts:
                    self._width_texts, self._content_widths = texts, None
                self._fit_columns()
                self.tree.setExpanded(self.model.group_index("done"), False)
            self.event_progress.setRange(0, max(total.total, 1))
            self.event_progress.setValue(total.done)
            self.event_progress.setFormat(
                self.tr("{0} of {1} done ({2}%)").format(total.done, total.total, total.percent)
            )
            self._fill_filter(names, assignee)
            self._fill_templates(templates)
            self._fill_speakers(per_speaker)
            self.readiness_model.set_readiness(grid)
            self._left = left
            self._show_banner()
            self.empty.setVisible(total.total == 0 and assignee == ALL)
        finally:
            self._loading = False
        if current is not None and current.id in self._rows:
            self.select_item(current.id)
        else:
            self._show_detail(None)
        if keep_places:
            self.tree.verticalScrollBar().setValue(scroll)

    def _same_places(self, groups: dict[str, list[ItemRow]]) -> dict[str, list[ItemRow]]:
        """The fresh rows, each in the group and place it had on screen; new ones as grouped."""
        fresh = {r.id: r for rows in groups.values() for r in rows}
        placed: dict[str, list[ItemRow]] = {}
        seen: set[int] = set()
        for g in checklists.GROUPS:
            placed[g] = [fresh[r.id] for r in self.model.group_rows(g) if r.id in fresh]
            seen.update(r.id for r in placed[g])
        for g, rows in groups.items():
            placed.setdefault(g, []).extend(r for r in rows if r.id not in seen)
        return placed

    TITLE_MIN = 240
    OTHER_MAX = 190

    def _fit_columns(self) -> None:
        """Other columns fit their text (capped); the title gets the rest, at least TITLE_MIN."""
        header = self.tree.header()
        others = 0
        cols = (
            ChecklistTreeModel.COL_SPEAKER,
            ChecklistTreeModel.COL_DUE,
            ChecklistTreeModel.COL_ASSIGNEE,
            ChecklistTreeModel.COL_DONE_AT,
        )
        if self._content_widths is None:
            self._content_widths = {
                col: max(self.tree.sizeHintForColumn(col), header.sectionSizeHint(col))
                for col in cols
            }
        for col in cols:
            width = self._content_widths[col]
            # On a narrow window names give way (they elide) before dates do.
            cap = self.OTHER_MAX
            if col != ChecklistTreeModel.COL_DUE and self.tree.viewport().width() < 800:
                cap = 130
            width = min(width + 8, cap)
            header.resizeSection(col, width)
            others += width
        room = self.tree.viewport().width() - others
        header.resizeSection(ChecklistTreeModel.COL_TITLE, max(self.TITLE_MIN, room))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt naming
        if (
            watched is self.tree.viewport()
            and event.type() == QEvent.Type.Resize
            and not self._hold_widths
        ):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fill_filter(self, names: list[str], chosen: Any) -> None:
        self.assignee_filter.blockSignals(True)
        self.assignee_filter.clear()
        self.assignee_filter.addItem(self.tr("Everyone"), ALL)
        self.assignee_filter.addItem(self.tr("Not assigned"), UNASSIGNED)
        for name in names:
            self.assignee_filter.addItem(name, name)
        i = self.assignee_filter.findData(chosen)
        self.assignee_filter.setCurrentIndex(max(i, 0))
        self.assignee_filter.blockSignals(False)

    def _fill_templates(self, templates: list[tuple[int, str]]) -> None:
        chosen = self.template_combo.currentData()
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("Recommended for this event"), RECOMMENDED)
        for tid, name in templates:
            self.template_combo.addItem(name, tid)
        i = self.template_combo.findData(chosen)
        self.template_combo.setCurrentIndex(max(i, 0))

    def _fill_speakers(self, per_speaker: list[checklists.SpeakerProgress]) -> None:
        while self.speakers_layout.count():
            item = self.speakers_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.speaker_bars = {}
        if not per_speaker:
            self.speakers_layout.addWidget(QLabel(self.tr("No speakers on the agenda yet.")), 0, 0)
            return
        for i, sp in enumerate(per_speaker):
            where = self.tr("remote") if sp.remote else self.tr("on site")
            label = QLabel(f"{sp.name} ({where})")
            label.setTextFormat(Qt.TextFormat.PlainText)
            bar = QProgressBar()
            bar.setRange(0, max(sp.progress.total, 1))
            bar.setValue(sp.progress.done)
            bar.setFormat(self.tr("{0} of {1}").format(sp.progress.done, sp.progress.total))
            bar.setAccessibleName(self.tr("Checklist progress for {0}").format(sp.name))
            self.speakers_layout.addWidget(label, i, 0)
            self.speakers_layout.addWidget(bar, i, 1)
            self.speaker_bars[sp.speaker_id] = bar

    def _show_banner(self) -> None:
        if not self._left:
            self.banner.hide()
            return
        who = self._left[0]
        self.banner_label.setText(
            self.tr(
                "{0} is no longer on the agenda but still has {1} open and {2} done "
                "checklist items. What should happen to them?"
            ).format(who.name, who.open_items, who.done_items)
        )
        self.banner.show()

    # -- selection and detail ------------------------------------------------------------
    def current_row(self) -> ItemRow | None:
        return self.model.row_for(self.tree.currentIndex())

    def select_item(self, item_id: int) -> None:
        index = self.model.index_of_item(item_id)
        if index.isValid():
            self.tree.setExpanded(index.parent(), True)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.row_for(current))

    def _show_detail(self, row: ItemRow | None) -> None:
        self.detail.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("Choose an item to see why it matters."))
            self.detail_why.clear()
            self.detail_meta.clear()
            self.assignee_edit.clear()
            self.note_edit.clear()
            return
        self.detail_title.setText(row.title)
        self.detail_why.setText(row.why)
        parts = [row.category, self.tr("owner: {0}").format(row.owner_role)]
        if row.speaker_name:
            parts.insert(0, row.speaker_name)
        if row.due_at is not None:
            parts.append(self.tr("due {0}").format(fmt.stamp(row.due_at, self._zone)))
        if row.done_at is not None:
            parts.append(self.tr("done {0}").format(fmt.stamp(row.done_at, self._zone)))
        self.detail_meta.setText(" · ".join(p for p in parts if p))
        self.assignee_edit.setText(row.assignee)
        self.note_edit.setPlainText(row.note)
        self.done_button.setText(self.tr("Mark not &done") if row.done else self.tr("Mark &done"))

    # -- actions ---------------------------------------------------------------------------
    def _save(self, fn: Callable[[Any], Any]) -> bool:
        try:
            self.ctx.ops.call(fn)  # the runner's broadcast reloads the page
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Checklist"), exc.message)
            return False
        if not self.isVisible():
            self.refresh()
        return True

    def tick(self, item_id: int, done: bool) -> None:
        row = self._rows.get(item_id)
        if row is None:
            return
        self._keep_places = True
        text = self.tr("Tick “{0}”") if done else self.tr("Untick “{0}”")
        try:
            undo.run(
                self.ctx,
                text.format(row.title),
                [undo.row(ChecklistItem, item_id)],
                lambda s: checklists.set_done(s, item_id, done),
                what="checklist item",
            )
        except OrganiserError as exc:
            self._keep_places = False
            QMessageBox.warning(self, self.tr("Checklist"), exc.message)
            return
        shown = self._rows.get(item_id)
        if not self.isVisible() or (shown is not None and shown.done != done):
            # Hidden, or a tick that changed nothing (a teammate had ticked it: a tick
            # is idempotent, never a conflict) and so reloaded nothing: show the stored state.
            self.refresh()

    def _toggle_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.tick(row.id, not row.done)

    def _save_detail(self) -> None:
        row = self.current_row()
        if row is None:
            return
        assignee = self.assignee_edit.text()
        note = self.note_edit.toPlainText()
        # The version read with the row: a teammate's save meanwhile is refused, not overwritten.
        seen = row.version
        if not self._save(
            lambda s: checklists.update_item(
                s, row.id, expected_version=seen, assignee=assignee, note=note
            )
        ):
            self.refresh()  # show what is saved now (theirs, after a conflict)

    def _filter_changed(self) -> None:
        if not self._loading:
            self.refresh()

    def _apply_clicked(self) -> None:
        self.apply_template(self.template_combo.currentData())

    def apply_template(self, template: Any) -> None:
        if self.event_id is None:
            return
        event_id = self.event_id

        def do(s: Any) -> None:
            if template == RECOMMENDED:
                checklists.apply_default_templates(s, event_id)
            else:
                checklists.apply_template(s, event_id, int(template))

        self._save(do)

    def _resolve_left(self, action: str) -> None:
        if not self._left or self.event_id is None:
            return
        event_id, speaker_id = self.event_id, self._left[0].speaker_id
        self._save(lambda s: checklists.remove_speaker_items(s, event_id, speaker_id, action))

    def make_briefing(self, path: str | Path) -> None:
        """Write the speaker briefing PDF off the UI thread; the status line says where."""
        if self.event_id is None:
            return
        event_id, target = self.event_id, Path(path)

        def job(s: Any, progress: Callable[[int, int], None]) -> tuple[Path, int]:
            from organiser.printing.briefing_pdf import write_briefing

            progress(0, 1)
            return write_briefing(s, event_id, target)

        def done(result: tuple[Path, int]) -> None:
            written, pages = result
            self.status.setText(
                self.tr("Briefing saved: %n page(s) in {0}", "", pages).format(str(written))
            )

        self.status.show()
        self.status.setText(self.tr("Making the briefing…"))
        self.ctx.ops.long(self, self.tr("Speaker briefing"), job, done)

    def _briefing_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save speaker briefing"), "speaker-briefing.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.make_briefing(path)

    def _edit_templates(self) -> None:
        from ui.dialogs.template_editor import TemplateEditor

        dlg = TemplateEditor(self.ctx, self)
        dlg.exec()
        self.refresh()


class ChecklistOverviewPanel(QWidget):
    """For the Overview page: the next items due and the speakers' readiness grid.

    Embed it and call ``set_event(event_id)``; it reloads when checklist items,
    sessions, speakers or events change.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, count: int = 5) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = count
        self.event_id: int | None = None
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checklist progress for the event"))
        self.next_label = QLabel()
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next checklist items due"))
        self.readiness_model = ReadinessModel(self)
        self.readiness = QTableView()
        self.readiness.setModel(self.readiness_model)
        self.readiness.setAccessibleName(self.tr("Speaker readiness"))
        self.readiness.verticalHeader().hide()
        self.readiness.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Checklist")))
        layout.addWidget(self.progress)
        layout.addWidget(QLabel(self.tr("Next due")))
        layout.addWidget(self.next_label)
        layout.addWidget(QLabel(self.tr("Speaker readiness")))
        layout.addWidget(self.readiness, 1)
        ctx.ops.changed.connect(self._on_changes)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.CHECKLIST, Kind.SESSION, Kind.SPEAKER, Kind.EVENT):
            self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            self.next_label.clear()
            self.readiness_model.set_readiness(checklists.Readiness([], []))
            self.progress.reset()
            return
        try:
            event_id, count = self.event_id, self.count
            zone, total, upcoming, grid = self.ctx.ops.call(
                lambda s: (
                    get_event(s, event_id).timezone,
                    checklists.progress(s, event_id),
                    checklists.next_due(s, event_id, count),
                    checklists.speaker_readiness(s, event_id),
                )
            )
        except OrganiserError as exc:
            self.next_label.setText(exc.message)
            return
        self.progress.setRange(0, max(total.total, 1))
        self.progress.setValue(total.done)
        self.progress.setFormat(
            self.tr("{0} of {1} done ({2}%)").format(total.done, total.total, total.percent)
        )
        now = now_utc()
        lines = []
        for row in upcoming:
            late = self.tr(" (overdue)") if row.due_at is not None and row.due_at < now else ""
            who = f" — {row.speaker_name}" if row.speaker_name else ""
            when = fmt.stamp(row.due_at, zone)
            lines.append(f"{when}{late}: {row.title}{who}")
        self.next_label.setText("\n".join(lines) or self.tr("Nothing left to do."))
        self.readiness_model.set_readiness(grid)
