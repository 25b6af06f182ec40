"""Create or edit a speaker of the library, with a photo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.models import Speaker
from ui import undo
from ui.context import AppContext
from ui.dialogs.editor import EditorDialog
from ui.dialogs.zone_chooser import ZoneField
from ui.fmt import targ  # noqa: E402
from ui.icons import icon

THUMB = 96


def round_thumbnail(data: bytes | None, size: int, palette: QPalette) -> QPixmap:
    """The photo cropped to a circle, or an empty circle when there is none."""
    pm = QPixmap(QSize(size, size))
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    src = QPixmap()
    if data and src.loadFromData(data):
        src = src.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        p.setClipPath(path)
        p.drawPixmap((size - src.width()) // 2, (size - src.height()) // 2, src)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(palette.color(QPalette.ColorRole.Mid))
        p.drawPath(path)
        icon("speaker", QPalette.ColorRole.Base).paint(
            p, int(size * 0.25), int(size * 0.25), int(size * 0.5), int(size * 0.5)
        )
    p.end()
    return pm


class PhotoPicker(QWidget):
    """Thumbnail plus Choose / Remove; keeps the chosen bytes until Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.changed = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAccessibleName(self.tr("Photo preview"))
        lay.addWidget(self.thumb)
        col = QVBoxLayout()
        self.choose_button = QPushButton(icon("photo"), self.tr("Choose photo…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose photo"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove photo"), self)
        self.remove_button.clicked.connect(self.remove)
        col.addWidget(self.choose_button)
        col.addWidget(self.remove_button)
        col.addStretch(1)
        lay.addLayout(col)
        lay.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self._show()

    def set_data(self, data: bytes | None) -> None:
        self.data = data
        self.changed = False
        self._show()

    def _show(self) -> None:
        self.thumb.setPixmap(round_thumbnail(self.data, THUMB, self.palette()))
        self.remove_button.setEnabled(self.data is not None)
        self.thumb.setAccessibleDescription(
            self.tr("A photo is set") if self.data else self.tr("No photo")
        )

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            self.data = Path(path).read_bytes()
        except OSError as exc:
            self.thumb.setToolTip(str(exc))
            return
        self.changed = True
        self._show()

    def remove(self) -> None:
        self.data = None
        self.changed = True
        self._show()


class SpeakerDialog(EditorDialog):
    def __init__(
        self, ctx: AppContext, speaker_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("New speaker") if speaker_id is None else self.tr("Edit speaker"), parent
        )
        self.speaker_id = speaker_id
        self.version: int | None = None
        self.before: dict[str, Any] = {}
        self.resize(560, 640)
        self.photo = PhotoPicker(self)
        self.add_field("photo", self.tr("Photo:"), self.photo)
        self.name = QLineEdit(self)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.pronouns = QLineEdit(self)
        self.pronouns.setPlaceholderText(self.tr("e.g. she/her"))
        self.add_field("pronouns", self.tr("&Pronouns:"), self.pronouns)
        self.email = QLineEdit(self)
        self.add_field("email", self.tr("&Email:"), self.email)
        self.phone = QLineEdit(self)
        self.add_field("phone", self.tr("P&hone:"), self.phone)
        self.affiliation = QLineEdit(self)
        self.add_field("affiliation", self.tr("&Affiliation:"), self.affiliation)
        self.zone = ZoneField("", self, optional=True)
        self.add_field("timezone", self.tr("Home time &zone:"), self.zone)
        self.remote = QCheckBox(self.tr("Speaks remotely"), self)
        self.add_field("remote", self.tr("Joins:"), self.remote)
        self.bio = QPlainTextEdit(self)
        self.bio.setTabChangesFocus(True)
        self.bio.setFixedHeight(80)
        self.add_field("bio", self.tr("&Bio:"), self.bio)
        self.links = QLineEdit(self)
        self.links.setPlaceholderText(self.tr("Website, Mastodon, GitHub…"))
        self.add_field("links", self.tr("&Links:"), self.links)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.add_field("notes", self.tr("N&otes:"), self.notes)
        if speaker_id is not None:
            self._load(speaker_id)
        self.name.setFocus()

    def _load(self, speaker_id: int) -> None:
        from organiser.speakers import get_speaker

        sp = self.ctx.ops.call(lambda s: get_speaker(s, speaker_id, with_photo=True))
        self.version = sp.version
        self.before = self._values_of(sp)
        self.before["photo"] = sp.photo
        b = self.before
        self.photo.set_data(b["photo"])
        self.name.setText(b["name"])
        self.pronouns.setText(b["pronouns"])
        self.email.setText(b["email"] or "")
        self.phone.setText(b["phone"])
        self.affiliation.setText(b["affiliation"])
        self.zone.set_zone(b["timezone"] or "")
        self.remote.setChecked(bool(b["remote"]))
        self.bio.setPlainText(b["bio"])
        self.links.setText(b["links"])
        self.notes.setPlainText(b["notes"])

    @staticmethod
    def _values_of(sp: Any) -> dict[str, Any]:
        return {
            f: getattr(sp, f)
            for f in (
                "name",
                "pronouns",
                "email",
                "phone",
                "affiliation",
                "timezone",
                "remote",
                "bio",
                "links",
                "notes",
            )
        }

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name.text(),
            "pronouns": self.pronouns.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "affiliation": self.affiliation.text(),
            "timezone": self.zone.zone(),
            "remote": self.remote.isChecked(),
            "bio": self.bio.toPlainText(),
            "links": self.links.text(),
            "notes": self.notes.toPlainText(),
        }
        if self.photo.changed or self.speaker_id is None:
            data["photo"] = self.photo.data
        return data

    def save(self) -> None:
        from organiser import speakers

        data = self.values()
        speaker_id, version = self.speaker_id, self.version
        if speaker_id is None:
            sp = undo.create(
                self.ctx,
                lambda sp: targ(self.tr("Create speaker “%1”"), sp.name),
                lambda s: speakers.create_speaker(s, **data),
                lambda sp: [undo.tree(Speaker, sp.id)],
                what="speaker",
            )
        else:
            sp = undo.run(
                self.ctx,
                lambda sp: targ(self.tr("Edit speaker “%1”"), sp.name),
                [undo.row(Speaker, speaker_id)],
                lambda s: speakers.update_speaker(s, speaker_id, expected_version=version, **data),
                what="speaker",
            )
        self.saved_id = sp.id
