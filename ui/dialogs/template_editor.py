"""Edit checklist templates: items, their order and offsets; share templates as files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser import checklists
from organiser.errors import OrganiserError
from organiser.events import FORMAT_LABELS
from ui.context import AppContext
from ui.models.checklist_model import TemplateItemsModel
from ui.models.events_model import format_name


class TemplateEditor(QDialog):
    """Every change is saved at once through the core; errors show under the table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Checklist templates"))
        self.resize(1000, 600)
        self.template_id: int | None = None
        # The template's version when it was shown: every save passes it, so a
        # change a teammate saved meanwhile is refused with both values (team mode).
        self.template_version: int | None = None
        self._shown: tuple[str, str] = ("", "")  # name and scope as loaded
        self._loading = False

        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.currentItemChanged.connect(self._template_changed)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setAccessibleName(self.tr("New template"))
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete template"))
        self.delete_button.clicked.connect(self._delete_clicked)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import a template from a file"))
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the template to a file"))
        self.export_button.clicked.connect(self._export_clicked)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.templates, 1)
        for row in (
            (self.new_button, self.delete_button),
            (self.import_button, self.export_button),
        ):
            h = QHBoxLayout()
            for b in row:
                h.addWidget(b)
            ll.addLayout(h)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.name_edit.editingFinished.connect(self._rename)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("The template applies to"))
        self.scope_combo.addItem(self.tr("the event"), "event")
        self.scope_combo.addItem(self.tr("each speaker of the event"), "speaker")
        self.scope_combo.activated.connect(self._scope_changed)
        self.format_boxes: dict[str, QCheckBox] = {}
        for key in FORMAT_LABELS:
            box = QCheckBox(format_name(key))
            box.setAccessibleName(self.tr("Use for {0} events").format(format_name(key).lower()))
            box.toggled.connect(self._formats_changed)
            self.format_boxes[key] = box
        self.model = TemplateItemsModel(self)
        self.model.edit_requested.connect(self._edit_item)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Template items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(TemplateItemsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(TemplateItemsModel.COL_WHY, QHeaderView.ResizeMode.Stretch)
        for col in (
            TemplateItemsModel.COL_OFFSET,
            TemplateItemsModel.COL_CATEGORY,
            TemplateItemsModel.COL_OWNER,
        ):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.setAccessibleName(self.tr("Add an item"))
        self.add_button.clicked.connect(self._add_item)
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected item"))
        self.remove_button.clicked.connect(self._remove_item)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setAccessibleName(self.tr("Move the selected item up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setAccessibleName(self.tr("Move the selected item down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.help = QLabel(
            self.tr(
                "“When” is counted from the event start in the event's time zone: "
                "“-7 days”, “-7 days at 18:00”, “-2 hours”, “+1 day”. In a speaker "
                "template, items in the category “Remote” go only to remote speakers and "
                "“On site” only to speakers in the room. Changes apply to checklists "
                "added from now on."
            )
        )
        self.help.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        rl.addLayout(name_row)
        scope_row = QHBoxLayout()
        scope_label = QLabel(self.tr("A&pplies to:"))
        scope_label.setBuddy(self.scope_combo)
        scope_row.addWidget(scope_label)
        scope_row.addWidget(self.scope_combo)
        scope_row.addSpacing(12)
        scope_row.addWidget(QLabel(self.tr("For events:")))
        for box in self.format_boxes.values():
            scope_row.addWidget(box)
        scope_row.addStretch(1)
        rl.addLayout(scope_row)
        rl.addWidget(self.scope_label)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        rl.addWidget(self.help)
        rl.addWidget(self.error_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([220, 780])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        # Return in the name field saves the name: it must not press "New…" too
        # (a dialog's push buttons are "auto default" and take Return).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else self.template_id
        rows = self.ctx.ops.call(
            lambda s: [(t.id, t.name, t.builtin) for t in checklists.list_templates(s)]
        )
        self.templates.blockSignals(True)
        self.templates.clear()
        chosen = 0
        for i, (tid, name, builtin) in enumerate(rows):
            item = QListWidgetItem(name + (self.tr(" (shipped)") if builtin else ""))
            item.setData(Qt.ItemDataRole.UserRole, tid)
            self.templates.addItem(item)
            if tid == select_id:
                chosen = i
        self.templates.blockSignals(False)
        if rows:
            self.templates.setCurrentRow(chosen)
            self._load_template(rows[chosen][0])
        else:
            self._load_template(None)

    def _template_changed(self, current: QListWidgetItem | None, _prev: Any) -> None:
        self._load_template(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _load_template(self, template_id: int | None, keep_row: int | None = None) -> None:
        self.template_id = template_id
        if template_id is None:
            self.template_version = None
            self.model.set_items([])
            self.name_edit.clear()
            self.scope_label.clear()
            return
        def load(s: Any) -> tuple[str, str, list[str], list[tuple[Any, ...]], int]:
            t = checklists.get_template(s, template_id)
            items = [
                (i.id, i.title, i.why, i.offset_minutes, i.at_time, i.category, i.owner_role)
                for i in t.items
            ]
            return t.name, t.applies_to, list(t.formats or []), items, t.version

        name, applies_to, formats, items, self.template_version = self.ctx.ops.call(load)
        self._shown = (name, applies_to)
        self.name_edit.setText(name)
        self._loading = True
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(applies_to)))
        for key, box in self.format_boxes.items():
            box.setChecked(not formats or key in formats)
        self._loading = False
        self.scope_label.setText(
            self.tr("%n item(s). Offered for events of the ticked formats.", "", len(items))
        )
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        if keep_row is not None and self.model.rowCount():
            self.table.selectRow(max(0, min(keep_row, self.model.rowCount() - 1)))

    def _scope_changed(self) -> None:
        if self.template_id is None:
            return
        tid, scope, seen = self.template_id, self.scope_combo.currentData(), self.template_version
        if scope == self._shown[1]:
            return
        self._do(
            lambda s: checklists.update_template(s, tid, expected_version=seen, applies_to=scope)
        )
        self._load_template(tid, keep_row=self._selected_row())

    def _formats_changed(self) -> None:
        if self._loading or self.template_id is None:
            return
        chosen = [k for k, box in self.format_boxes.items() if box.isChecked()]
        if not chosen:
            self.error_label.setText(self.tr("Tick at least one format."))
            return
        formats = [] if len(chosen) == len(self.format_boxes) else chosen
        tid, seen = self.template_id, self.template_version
        self._do(
            lambda s: checklists.update_template(s, tid, expected_version=seen, formats=formats)
        )
        self._load_template(tid, keep_row=self._selected_row())

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.table.currentIndex()
        return current.row() if current.isValid() else None

    # -- saving ----------------------------------------------------------------------
    def _do(self, fn: Callable[[Any], Any]) -> Any:
        """Run one change through the core; show its message if it is refused.

        The callers reload the template afterwards either way: after a refusal
        (someone else saved first) the editor shows their values and version.
        """
        try:
            result = self.ctx.ops.call(fn)  # the runner tells the pages
        except OrganiserError as exc:
            self.error_label.setText(exc.message)
            return None
        self.error_label.clear()
        return result if result is not None else True

    def _edit_item(self, item_id: int, field: str, text: str) -> None:
        row, seen = self._selected_row(), self.template_version
        self._do(
            lambda s: checklists.update_template_item(
                s, item_id, expected_version=seen, **{field: text}
            )
        )
        self._load_template(self.template_id, keep_row=row)

    def _rename(self) -> None:
        if self.template_id is None:
            return
        tid, name, seen = self.template_id, self.name_edit.text(), self.template_version
        if name == self._shown[0]:
            return  # focus left the field without a change: nothing to save
        if self._do(lambda s: checklists.update_template(s, tid, expected_version=seen, name=name)):
            self.reload(tid)
        else:
            self._load_template(tid, keep_row=self._selected_row())

    def add_item(self, title: str, offset: str = "-7 days", why: str = "") -> None:
        if self.template_id is None:
            return
        tid, seen = self.template_id, self.template_version
        row = self._selected_row()
        index = None if row is None else row + 1
        if self._do(
            lambda s: checklists.add_template_item(
                s, tid, title=title, offset=offset, why=why, index=index, expected_version=seen
            )
        ):
            self._load_template(tid, keep_row=self.model.rowCount() if index is None else index)
        else:
            self._load_template(tid, keep_row=row)

    def _add_item(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Add item"), self.tr("What needs doing?"))
        if ok and title.strip():
            self.add_item(title)

    def _remove_item(self) -> None:
        row = self._selected_row()
        item_id = self.model.item_id(row) if row is not None else None
        if item_id is None:
            return
        seen = self.template_version
        self._do(lambda s: checklists.remove_template_item(s, item_id, expected_version=seen))
        self._load_template(self.template_id, keep_row=row)

    def _move(self, step: int) -> None:
        row = self._selected_row()
        item_id = self.model.item_id(row) if row is not None else None
        if item_id is None or row is None:
            return
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        seen = self.template_version
        moved = self._do(
            lambda s: checklists.move_template_item(s, item_id, target, expected_version=seen)
        )
        self._load_template(self.template_id, keep_row=target if moved else row)

    def _new_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New template"), self.tr("Name:"))
        if ok and name.strip():
            t = self._do(lambda s: checklists.create_template(s, name=name))
            if t:
                self.reload(t.id)

    def _delete_clicked(self) -> None:
        if self.template_id is None:
            return
        tid = self.template_id
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “{0}”? Items it already added to events stay.").format(
                self.name_edit.text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self._do(
            lambda s: checklists.delete_template(s, tid)
        ):
            self.template_id = None
            self.reload()

    # -- files -------------------------------------------------------------------------
    def export_to(self, path: str | Path) -> bool:
        if self.template_id is None:
            return False
        tid = self.template_id
        return bool(self._do(lambda s: checklists.export_template(s, tid, path)))

    def import_from(self, path: str | Path, *, replace: bool = False) -> bool:
        t = self._do(lambda s: checklists.import_template(s, path, replace=replace))
        if t:
            self.reload(t.id)
        return bool(t)

    def _export_clicked(self) -> None:
        if self.template_id is None:
            return
        suggested = self.name_edit.text().strip().replace(" ", "-").lower() + ".json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export template"), suggested, self.tr("Checklist (*.json)")
        )
        if path:
            self.export_to(path)

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", self.tr("Checklist (*.json)")
        )
        if not path:
            return
        if not self.import_from(path) and "already exists" in self.error_label.text():
            answer = QMessageBox.question(
                self,
                self.tr("Import template"),
                self.error_label.text() + "\n\n" + self.tr("Replace the existing template?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_from(path, replace=True)
