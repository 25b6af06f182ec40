"""Door mode: the check-in page for volunteers, full screen, large type, keyboard only.

Scan or type, Enter; the banner turns green, amber or red; the counters
(checked in / going / guests) and arrivals per 10 minutes sit on top. Every
action goes through the page (:meth:`CheckinPage.submit`), so door mode and the
page can never disagree. Esc leaves door mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organiser import checkin

if TYPE_CHECKING:
    from ui.pages.checkin_page import CheckinPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SLOTS_SHOWN = 6  # the last hour of arrivals, ten minutes a bar


class DoorModeWindow(QWidget):
    closed = Signal()

    def __init__(self, page: CheckinPage) -> None:
        super().__init__(None, Qt.WindowType.Window)
        from ui.pages.checkin_page import OutcomeBanner

        self.page = page
        self.setWindowTitle(self.tr("Door mode"))
        self.setAccessibleName(self.tr("Door mode"))
        base = max(page.font().pointSizeF(), 9.0)

        def sized(factor: float, bold: bool = False) -> QFont:
            f = QFont(page.font())
            f.setPointSizeF(base * factor)
            f.setBold(bold)
            return f

        self.door_label = QLabel()
        self.door_label.setFont(sized(2.2, bold=True))
        self.counters = QLabel()
        self.counters.setFont(sized(2.6, bold=True))
        self.counters.setAccessibleName(self.tr("Checked in, going and guests"))
        self.arrivals = QLabel()
        self.arrivals.setFont(sized(1.8))
        self.arrivals.setAccessibleName(self.tr("Arrivals per 10 minutes"))
        self.arrivals.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit()
        self.field.setFont(sized(3.2))
        self.field.setPlaceholderText(self.tr("Scan a ticket or type a name…"))
        self.field.setAccessibleName(self.tr("Scan or find a person"))
        self.banner = OutcomeBanner(sized(3.4, bold=True))
        self.results = QListWidget()
        self.results.setFont(sized(2.0))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAccessibleName(self.tr("Matching people"))
        self.results.setMaximumHeight(int(base * 2.0 * 2.2 * 5))
        self.results.setVisible(False)  # only while a name is being typed
        self.hint = QLabel(
            self.tr(
                "Enter checks in  ·  ↑ ↓ pick a name  ·  Ctrl+Z undoes the last check-in"
                "  ·  Esc leaves door mode"
            )
        )
        self.hint.setFont(sized(1.3))

        top = QHBoxLayout()
        top.addWidget(self.counters, 1)
        top.addWidget(self.door_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.setSpacing(18)
        lay.addLayout(top)
        lay.addWidget(self.arrivals)
        lay.addWidget(self.field)
        lay.addWidget(self.banner)
        lay.addWidget(self.results)
        lay.addStretch(1)
        lay.addWidget(self.hint)

        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self._undo)
        self.setFocusProxy(self.field)
        self.update_counters()
        if page.last_outcome is not None:
            self.show_outcome(page.last_outcome)

    def open_full_screen(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()

    # -- what it shows ---------------------------------------------------------------
    def update_counters(self) -> None:
        index = self.page.index
        if index is None:
            return
        c = index.counters(self.page.capacity)
        text = self.tr("%1 checked in  /  %2 going").replace("%1", str(c.checked_in))
        text = text.replace("%2", str(c.going))
        text += self.tr("  /  guests %1 of %2").replace("%1", str(c.guests_in))
        text = text.replace("%2", str(c.guests_going))
        self.counters.setText(text)
        door = self.page.door_name()
        self.door_label.setText(door or self.tr("(door name: Preferences)"))
        slots = index.arrivals(self.page.zone)[-SLOTS_SHOWN:]
        if not slots:
            self.arrivals.setText(self.tr("Arrivals per 10 minutes: none yet"))
            return
        top = max(n for _, n in slots) or 1
        lines = [self.tr("Arrivals per 10 minutes:")]
        for label, n in slots:
            lines.append(f"{label}  {'█' * max(1 if n else 0, round(12 * n / top))}  {n}")
        self.arrivals.setText("\n".join(lines))

    def show_outcome(self, outcome: checkin.ScanOutcome) -> None:
        self.banner.show_outcome(outcome.colour, outcome.message)
        self.update_counters()

    def _search(self, text: str) -> None:
        self.results.clear()
        index = self.page.index
        if index is None or not text.strip():
            self.results.setVisible(False)
            return
        for p in index.search(text, limit=5):
            item = QListWidgetItem(p.full_name + (f"   —   {p.company}" if p.company else ""))
            item.setData(ID_ROLE, p.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(self.results.count() > 0)

    def _current(self) -> checkin.Person | None:
        item = self.results.currentItem()
        if item is None or self.page.index is None:
            return None
        return self.page.index.get(int(item.data(ID_ROLE)))

    # -- keys --------------------------------------------------------------------------
    def _enter(self) -> None:
        text = self.field.text()
        if not text.strip():
            return  # Enter on an empty field does nothing
        outcome = self.page.submit(text, self._current())
        if outcome is not None and outcome.kind not in ("not_found", "ambiguous"):
            self.field.clear()
        else:
            self.field.selectAll()
        self.field.setFocus()

    def _undo(self) -> None:
        self.page.undo()
        self.update_counters()
        self.field.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.results.count():
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self._undo()
                return True
        return super().eventFilter(obj, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        self.closed.emit()
