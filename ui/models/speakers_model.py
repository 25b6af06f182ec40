"""The speaker library, or the people on stage at one event."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from organiser.overview import SpeakerSummary
from ui.models.table import Column, RecordTableModel


def _where(sp: SpeakerSummary) -> str:
    if sp.remote:
        return QCoreApplication.translate("Columns", "Remote")
    return QCoreApplication.translate("Columns", "On site")


class SpeakersModel(RecordTableModel[SpeakerSummary]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Pronouns"), lambda s: s.pronouns),
        Column(QT_TRANSLATE_NOOP("Columns", "Affiliation"), lambda s: s.affiliation),
        Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda s: s.email),
        Column(QT_TRANSLATE_NOOP("Columns", "Home zone"), lambda s: s.timezone),
        Column(QT_TRANSLATE_NOOP("Columns", "Joins"), _where),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Sessions"),
            lambda s: str(s.sessions),
            sort=lambda s: s.sessions,
            align=Qt.AlignmentFlag.AlignRight,
        ),
    )
