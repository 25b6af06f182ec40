"""The event's stream and call links, over :func:`organiser.streaming.link_rows`.

Viewer and studio links are shown shortened (``streaming.short_url``); the
full address is the cell's tooltip and ``URL_ROLE``. A key is never in the
model: only whether one is stored ("set").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from organiser import streaming
from organiser.models import STREAM_PURPOSES
from organiser.streaming import LinkRow
from ui.models.table import Column, Index, RecordTableModel

(
    COL_PURPOSE,
    COL_PLATFORM,
    COL_FOR,
    COL_VIEWER,
    COL_STUDIO,
    COL_KEY,
) = range(6)

URL_ROLE = Qt.ItemDataRole.UserRole + 10  # the full link behind a shortened cell

# lupdate reads only literal translate() calls: the words _tr() is given, for the .ts.
_WORDS = (
    QT_TRANSLATE_NOOP("StreamLinksModel", "Main"),
    QT_TRANSLATE_NOOP("StreamLinksModel", "Backup"),
    QT_TRANSLATE_NOOP("StreamLinksModel", "Recording"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StreamLinksModel", text)


def purpose_label(purpose: str) -> str:
    return _tr(streaming.PURPOSE_LABELS.get(purpose, purpose))


def _for(row: LinkRow) -> str:
    return row.session_title or QCoreApplication.translate("StreamLinksModel", "Whole event")


def _key(row: LinkRow) -> str:
    return QCoreApplication.translate("StreamLinksModel", "set") if row.has_key else "—"


_PURPOSE_ORDER = {p: i for i, p in enumerate(STREAM_PURPOSES)}


class StreamLinksModel(RecordTableModel[LinkRow]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("StreamLinksModel", "Purpose"),
            lambda r: purpose_label(r.purpose),
            sort=lambda r: (_PURPOSE_ORDER.get(r.purpose, 99), r.id),
        ),
        Column(
            QT_TRANSLATE_NOOP("StreamLinksModel", "Platform"),
            lambda r: streaming.platform_label(r.platform),
        ),
        Column(QT_TRANSLATE_NOOP("StreamLinksModel", "For"), _for),
        Column(
            QT_TRANSLATE_NOOP("StreamLinksModel", "Viewer link"),
            lambda r: streaming.short_url(r.viewer_url) or "—",
        ),
        Column(
            QT_TRANSLATE_NOOP("StreamLinksModel", "Studio / ingest"),
            lambda r: streaming.short_url(r.studio_url) or "—",
        ),
        Column(QT_TRANSLATE_NOOP("StreamLinksModel", "Stream key"), _key),
    )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.columns[section].header)
        return None

    def search_text(self, record: LinkRow) -> str:
        # Search the whole addresses, not only what the shortened cells show.
        full = " ".join(u for u in (record.viewer_url, record.studio_url) if u)
        return super().search_text(record) + " " + full

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        rec = self._rows[index.row()]
        col = index.column()
        if role in (URL_ROLE, Qt.ItemDataRole.ToolTipRole) and col in (COL_VIEWER, COL_STUDIO):
            url = rec.viewer_url if col == COL_VIEWER else rec.studio_url
            if role == URL_ROLE:
                return url
            return url or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)
