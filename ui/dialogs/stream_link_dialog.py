"""Edit a stream or call link: purpose, label, viewer and studio addresses.

The dialog starts from the row the page showed (``LinkRow``) and saves with the
version read with it: a teammate's save in between is refused by the core with
both values (team mode). The dialog stays open showing that sentence, with the
typed values kept, and the page behind shows the teammate's values; Save again
(after reviewing both) saves over them on purpose (see ``EditorDialog``).
The stream key is not edited here (it never leaves the keyring).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from organiser import streaming
from organiser.models import STREAM_PURPOSES, StreamLink
from organiser.streaming import LinkRow
from ui import undo
from ui.context import AppContext
from ui.dialogs.editor import EditorDialog
from ui.fmt import targ
from ui.models.stream_links_model import purpose_label


class StreamLinkDialog(EditorDialog):
    def __init__(self, ctx: AppContext, row: LinkRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit stream link"), parent)
        self.row = row
        self.link_id = row.id
        self.version = row.version  # what the page showed; the save passes it
        self.resize(620, 260)
        self.purpose = QComboBox(self)
        for p in STREAM_PURPOSES:
            self.purpose.addItem(purpose_label(p), p)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(row.purpose)))
        self.add_field("purpose", self.tr("&Purpose:"), self.purpose)
        self.label = QLineEdit(row.label, self)
        self.add_field("label", self.tr("&Label:"), self.label)
        self.viewer = QLineEdit(row.viewer_url or "", self)
        self.viewer.setPlaceholderText("https://…")
        self.add_field("viewer_url", self.tr("&Viewer link:"), self.viewer)
        self.studio = QLineEdit(row.studio_url or "", self)
        self.studio.setPlaceholderText("https://, rtmps://")
        self.add_field("studio_url", self.tr("&Studio or ingest link:"), self.studio)
        self.viewer.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose.currentData(),
            "label": self.label.text(),
            "viewer_url": self.viewer.text(),
            "studio_url": self.studio.text(),
        }

    def save(self) -> None:
        data = self.values()
        link_id, version = self.link_id, self.version
        link = undo.run(
            self.ctx,
            targ(self.tr("Edit stream link “%1”"), data["label"] or data["viewer_url"]),
            [undo.row(StreamLink, link_id)],
            lambda s: streaming.update_link(s, link_id, expected_version=version, **data),
            what="stream link",
        )
        self.saved_id = link.id
