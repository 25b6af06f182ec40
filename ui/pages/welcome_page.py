"""First run: an empty database invites the organiser in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import app_icon, icon


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        logo = app_icon()
        if not logo.isNull():
            pic = QLabel(self)
            pic.setPixmap(logo.pixmap(96, 96))
            pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(pic)
        title = QLabel(self.tr("Welcome to Meetup Organiser"), self)
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        sub = QLabel(
            self.tr(
                "Plan the talks, the room and the stream, work through the checklist, "
                "and print badges at the door. Everything stays on this computer."
            ),
            self,
        )
        sub.setWordWrap(True)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sub.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        sub.setFixedWidth(540)
        sub.setMinimumHeight(sub.heightForWidth(540))
        lay.addWidget(sub, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addSpacing(24)
        self.create_button = QPushButton(icon("add"), self.tr("Create your first meetup"), self)
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(icon("overview"), self.tr("Explore the sample meetup"), self)
        self.open_button = QPushButton(icon("database"), self.tr("Open another database…"), self)
        self.open_button.setFlat(True)
        for b in (self.create_button, self.demo_button, self.open_button):
            b.setMinimumWidth(300)
            b.setMinimumHeight(38)
            b.setAccessibleName(b.text().rstrip("…"))
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(3)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.setFocusProxy(self.create_button)
