"""About: version, licence, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from organiser import APP_NAME, __version__
from ui.fmt import targ  # noqa: E402
from ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(targ(self.tr("About %1"), APP_NAME))
        lay = QVBoxLayout(self)
        logo = QLabel(self)
        ic = app_icon()
        if not ic.isNull():
            logo.setPixmap(ic.pixmap(64, 64))
            logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(logo)
        text = QLabel(
            "<h2>{}</h2><p>{}</p><p>{}</p><p>{}</p>".format(
                APP_NAME,
                targ(self.tr("Version %1"), __version__),
                self.tr(
                    "Plan meetups offline: speakers, venues, hybrid streams, "
                    "checklists, attendees, badges and agendas."
                ),
                targ(self.tr("Database: %1"), database),
            ),
            self,
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("About"))
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
