"""Create or edit a session of an event, with its ordered line-up of speakers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from organiser.models import SPEAKER_ROLES
from ui import undo
from ui.context import AppContext
from ui.dialogs.editor import EditorDialog
from ui.dialogs.event_dialog import DateTimeRow
from ui.fmt import targ  # noqa: E402
from ui.icons import icon
from ui.models.sessions_model import KIND_NAMES, kind_name

ROLES = SPEAKER_ROLES


class LineUp(QWidget):
    """Speakers of a session in order; drag or use Up/Down to reorder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Speakers of this session"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setFixedHeight(96)
        grid.addWidget(self.list, 0, 0, 3, 3)
        self.up = QPushButton(icon("up"), "", self)
        self.up.setAccessibleName(self.tr("Move speaker up"))
        self.up.setToolTip(self.tr("Move up"))
        self.down = QPushButton(icon("down"), "", self)
        self.down.setAccessibleName(self.tr("Move speaker down"))
        self.down.setToolTip(self.tr("Move down"))
        self.remove = QPushButton(icon("delete"), "", self)
        self.remove.setAccessibleName(self.tr("Remove speaker from session"))
        self.remove.setToolTip(self.tr("Remove from this session"))
        grid.addWidget(self.up, 0, 3)
        grid.addWidget(self.down, 1, 3)
        grid.addWidget(self.remove, 2, 3)
        self.pick = QComboBox(self)
        self.pick.setEditable(True)
        self.pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pick.setAccessibleName(self.tr("Speaker to add"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for code, label in zip(
            ROLES, (self.tr("Speaker"), self.tr("Moderator"), self.tr("Panellist")), strict=True
        ):
            self.role.addItem(label, code)
        self.add = QPushButton(icon("add"), self.tr("Add"), self)
        self.add.setAccessibleName(self.tr("Add speaker to session"))
        self.new = QPushButton(self.tr("New speaker…"), self)
        grid.addWidget(self.pick, 3, 0)
        grid.addWidget(self.role, 3, 1)
        grid.addWidget(self.add, 3, 2)
        grid.addWidget(self.new, 3, 3)
        grid.setColumnStretch(0, 1)
        self.add.clicked.connect(self.add_current)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.new.clicked.connect(self._new_speaker)
        self.names: dict[int, str] = {}
        self.kind = "talk"
        self.reload_library()

    def set_kind(self, kind: str) -> None:
        """A panel suggests Moderator for its first person and Panellist after that."""
        self.kind = kind
        self.suggest_role()

    def suggest_role(self) -> None:
        roles = [role for _sid, role in self.entries()]
        if self.kind == "panel":
            role = "panellist" if "moderator" in roles else "moderator"
        else:
            role = "speaker"
        self.role.setCurrentIndex(max(0, self.role.findData(role)))

    def reload_library(self, select: int | None = None) -> None:
        from organiser.overview import speaker_summaries

        people = self.ctx.ops.call(speaker_summaries)
        self.names = {p.id: p.name for p in people}
        self.pick.clear()
        for p in people:
            label = f"{p.name} — {p.affiliation}" if p.affiliation else p.name
            self.pick.addItem(label, p.id)
        if select is not None:
            self.pick.setCurrentIndex(max(0, self.pick.findData(select)))

    def _label(self, speaker_id: int, role: str) -> str:
        roles = dict(
            zip(
                ROLES, (self.tr("speaker"), self.tr("moderator"), self.tr("panellist")), strict=True
            )
        )
        return f"{self.names.get(speaker_id, '?')} ({roles.get(role, role)})"

    def add_entry(self, speaker_id: int, role: str) -> None:
        item = QListWidgetItem(self._label(speaker_id, role))
        item.setData(Qt.ItemDataRole.UserRole, (speaker_id, role))
        self.list.addItem(item)

    def add_current(self) -> None:
        text = self.pick.currentText()
        idx = self.pick.findText(text)
        sid = self.pick.itemData(idx) if idx >= 0 else self.pick.currentData()
        if sid is None:
            return
        self.add_entry(int(sid), self.role.currentData())
        self.suggest_role()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.suggest_role()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        new = row + delta
        if row < 0 or not 0 <= new < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(new, item)
        self.list.setCurrentRow(new)

    def _new_speaker(self) -> None:
        from ui.dialogs.speaker_dialog import SpeakerDialog

        dlg = SpeakerDialog(self.ctx, None, self)
        if dlg.exec() and dlg.saved_id is not None:
            self.reload_library(dlg.saved_id)

    def entries(self) -> list[tuple[int, str]]:
        return [
            tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole))  # type: ignore[misc]
            for i in range(self.list.count())
        ]


class SessionDialog(EditorDialog):
    def __init__(
        self,
        ctx: AppContext,
        event_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx, self.tr("New session") if session_id is None else self.tr("Edit session"), parent
        )
        from organiser import agenda
        from organiser.events import get_event

        self.event_id = event_id
        self.session_id = session_id
        self.before: dict[str, Any] = {}
        self.version: int | None = None
        self.resize(600, 560)
        def load(s: Any) -> tuple[str, Any]:
            ev = get_event(s, event_id)
            existing = agenda.list_sessions(s, event_id)
            return ev.timezone, existing[-1].ends_at if existing else ev.starts_at

        self.zone, default_start = ctx.ops.call(load)
        self.title_edit = QLineEdit(self)
        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.kind = QComboBox(self)
        for code in KIND_NAMES:
            self.kind.addItem(kind_name(code), code)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.start = DateTimeRow(self.tr("Start"), self)
        self.start.set_instant(default_start, self.zone)
        self.add_field("starts_at", targ(self.tr("&Starts (%1):"), self.zone), self.start)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(5)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.add_field("duration_minutes", self.tr("&Duration:"), self.duration)
        self.room = QLineEdit(self)
        self.add_field("room", self.tr("&Room:"), self.room)
        self.abstract = QPlainTextEdit(self)
        self.abstract.setTabChangesFocus(True)
        self.abstract.setFixedHeight(90)
        self.add_field("abstract", self.tr("&Abstract:"), self.abstract)
        self.lineup = LineUp(ctx, self)
        self.add_field("speakers", self.tr("S&peakers:"), self.lineup)
        if session_id is not None:
            self._load(session_id)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.lineup.set_kind(str(self.kind.currentData()))
        )
        self.lineup.set_kind(str(self.kind.currentData()))
        self.title_edit.setFocus()

    def _load(self, session_id: int) -> None:
        from organiser.agenda import get_session

        def load(s: Any) -> tuple[dict[str, Any], int]:
            x = get_session(s, session_id)
            return self._values_of(x), x.version

        # the version read here makes a save over someone else's change refuse (team mode)
        self.before, self.version = self.ctx.ops.call(load)
        b = self.before
        self.title_edit.setText(b["title"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(b["kind"])))
        self.start.set_instant(b["starts_at"], self.zone)
        self.duration.setValue(b["duration_minutes"])
        self.room.setText(b["room"])
        self.abstract.setPlainText(b["abstract"])
        for sid, role in b["speakers"]:
            self.lineup.add_entry(sid, role)

    @staticmethod
    def _values_of(x: Any) -> dict[str, Any]:
        return {
            "title": x.title,
            "kind": x.kind,
            "starts_at": x.starts_at,
            "duration_minutes": x.duration_minutes,
            "room": x.room,
            "abstract": x.abstract,
            "speakers": [(sp.speaker_id, sp.role) for sp in x.speakers],
        }

    def save(self) -> None:
        from organiser import agenda

        fields = {
            "title": self.title_edit.text(),
            "kind": self.kind.currentData(),
            "starts_at": self.start.instant(self.zone, "starts_at"),
            "duration_minutes": self.duration.value(),
            "room": self.room.text(),
            "abstract": self.abstract.toPlainText(),
        }
        line_up = self.lineup.entries()
        session_id, version = self.session_id, self.version

        def save(s: Any) -> tuple[int, str]:
            if session_id is None:
                x = agenda.add_session(s, self.event_id, **fields)
            else:
                x = agenda.update_session(s, session_id, expected_version=version, **fields)
            agenda.set_speakers(s, x.id, line_up)
            return x.id, x.title

        adding = session_id is None
        text = self.tr("Add session “%1”") if adding else self.tr("Edit session “%1”")
        self.saved_id, _title = undo.run(
            self.ctx,
            lambda r: targ(text, r[1]),
            [undo.agenda_of(self.event_id)],
            save,
            what="session",
        )
