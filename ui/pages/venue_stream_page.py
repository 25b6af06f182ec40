"""The Venue & Stream page: where the event happens and how remote people join.

Links are checked by the core (viewer links https only); the platform is
detected from the address; stream keys go to the OS keyring through
:mod:`organiser.secrets` and are never shown back in full or saved in the
database. Links open in the browser only when ``safe_to_open`` allows it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser import agenda, events, secrets, streaming
from organiser.changes import Kind
from organiser.errors import OrganiserError
from organiser.models import STREAM_PURPOSES, EventSession, StreamLink
from organiser.streaming import LinkRow
from ui import fmt, undo
from ui.context import AppContext
from ui.models.stream_links_model import (
    COL_FOR,
    COL_KEY,
    COL_PLATFORM,
    COL_PURPOSE,
    COL_STUDIO,
    COL_VIEWER,
    StreamLinksModel,
    purpose_label,
)
from ui.models.table import RECORD_ROLE, SearchProxy
from ui.pages.base import Page
from ui.pages.listing import make_table

#: A copied stream key leaves the clipboard after this long, if it is still there
#: (as password managers do); tests shorten it.
CLIPBOARD_CLEAR_MS = 30_000
_clipboard_timer: QTimer | None = None
_copied_digest = b""  # SHA-256 of the key last copied: the key itself is not kept


def _clear_if_still_copied() -> None:
    clipboard = QGuiApplication.clipboard()
    if hashlib.sha256(clipboard.text().encode()).digest() == _copied_digest:
        clipboard.clear()


def _clear_clipboard_later(text: str) -> None:
    """Empty the clipboard in CLIPBOARD_CLEAR_MS unless something else was copied since.

    The timer belongs to the clipboard, not to the page, so closing the page
    does not cancel it; a newer copy restarts the count.
    """
    global _clipboard_timer, _copied_digest
    _copied_digest = hashlib.sha256(text.encode()).digest()
    if _clipboard_timer is None:
        _clipboard_timer = QTimer(QGuiApplication.clipboard())
        _clipboard_timer.setSingleShot(True)
        _clipboard_timer.timeout.connect(_clear_if_still_copied)
    _clipboard_timer.start(CLIPBOARD_CLEAR_MS)


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _FixedHeightNeeds(QWidget):
    """Hides the wrapped labels' height-for-width from the scroll area.

    With it, QScrollArea sizes the page by everyone's preferred height (tables
    ask for ~190 px), so the page scrolled even on a large window; without it,
    by their minimum, and the tables take whatever room is left.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return False


class VenueStreamPage(Page):
    page_title = "Venue & Stream"
    kinds = frozenset(
        {
            Kind.EVENT,
            Kind.VENUE,
            Kind.STREAM_LINK,
            Kind.SESSION,
            Kind.SPEAKER,
            Kind.CHECKLIST,
            Kind.TEMPLATE,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_title = self.tr("Venue & Stream")
        # Venue facts, links and readiness need more height than a small screen
        # has: the page scrolls rather than stretching the window past the screen.
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        page_layout.addWidget(scroll)
        inner = _FixedHeightNeeds(body)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(inner)
        outer = QVBoxLayout(inner)

        # -- venue --------------------------------------------------------------------
        venue_box = QGroupBox(self.tr("Venue"))
        form = QFormLayout(venue_box)
        self.venue_name = _plain_label()
        self.venue_address = _plain_label()
        self.venue_capacity = _plain_label()
        self.venue_closing = _plain_label()
        self.venue_access = _plain_label()
        self.venue_wifi = _plain_label()
        self.venue_av = _plain_label()
        self.map_button = QPushButton(self.tr("Open &map"))
        self.map_button.setAccessibleName(self.tr("Open the venue map in the browser"))
        self.map_button.clicked.connect(self._open_map)
        self._map_url: str | None = None
        form.addRow(self.tr("Name:"), self.venue_name)
        form.addRow(self.tr("Address:"), self.venue_address)
        form.addRow(self.tr("Capacity:"), self.venue_capacity)
        form.addRow(self.tr("Closes at:"), self.venue_closing)
        form.addRow(self.tr("Accessibility:"), self.venue_access)
        form.addRow(self.tr("Wifi:"), self.venue_wifi)
        form.addRow(self.tr("A/V:"), self.venue_av)
        map_row = QHBoxLayout()
        map_row.addWidget(self.map_button)
        map_row.addStretch(1)
        form.addRow("", map_row)
        outer.addWidget(venue_box)

        # -- links --------------------------------------------------------------------
        links_box = QGroupBox(self.tr("Stream and call links"))
        links_layout = QVBoxLayout(links_box)
        self.links_model = StreamLinksModel(self)
        self.links_proxy = SearchProxy(self)
        self.links = make_table(
            self, self.links_model, self.links_proxy, self.tr("Stream links"), sortable=False
        )
        # Sortable by a header click, but first in the core's order (event-wide
        # links first, main before backup): section -1 keeps the source order.
        self.links.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.links.setSortingEnabled(True)
        self.links.setAlternatingRowColors(False)
        self.links.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.links.setMinimumHeight(120)  # the heading and three links, on a small screen too
        # The two links share the room left by the short columns; they elide in
        # the middle (the stream id at the end stays in sight), whole on hover.
        header = self.links.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for col in (COL_VIEWER, COL_STUDIO):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        links_layout.addWidget(self.links)

        add_row = QHBoxLayout()
        self.purpose = QComboBox()
        for p in STREAM_PURPOSES:
            self.purpose.addItem(purpose_label(p), p)
        self.purpose.setAccessibleName(self.tr("Purpose of the new link"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Whole event or one session"))
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setMinimumContentsLength(18)
        self.viewer_edit = QLineEdit()
        self.viewer_edit.setPlaceholderText(self.tr("Viewer link (https://…)"))
        self.viewer_edit.setAccessibleName(self.tr("Viewer link"))
        self.studio_edit = QLineEdit()
        self.studio_edit.setPlaceholderText(self.tr("Studio or ingest (https://, rtmps://)"))
        self.studio_edit.setAccessibleName(self.tr("Studio or ingest link"))
        self.detected = QLabel()
        self.detected.setAccessibleName(self.tr("Detected platform"))
        self.viewer_edit.textChanged.connect(self._update_detected)
        self.studio_edit.textChanged.connect(self._update_detected)
        self.add_button = QPushButton(self.tr("&Add link"))
        self.add_button.setAccessibleName(self.tr("Add the link"))
        self.add_button.clicked.connect(self.add_link)
        self.viewer_edit.returnPressed.connect(self.add_link)
        for w in (self.purpose, self.scope):
            add_row.addWidget(w)
        add_row.addWidget(self.viewer_edit, 2)
        add_row.addWidget(self.studio_edit, 2)
        add_row.addWidget(self.detected)
        add_row.addWidget(self.add_button)
        links_layout.addLayout(add_row)

        act_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open viewer link"))
        self.open_button.setAccessibleName(self.tr("Open the selected viewer link in the browser"))
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button = QPushButton(self.tr("Ed&it link…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected link"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.links.doubleClicked.connect(lambda _index: self.edit_selected())
        self.remove_button = QPushButton(self.tr("&Remove link"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected link"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Stream key for the selected link"))
        self.key_edit.setAccessibleName(self.tr("Stream key (kept in the system keyring)"))
        self.key_button = QPushButton(self.tr("Save &key"))
        self.key_button.setAccessibleName(self.tr("Save the stream key"))
        self.key_button.clicked.connect(self.save_key)
        self.key_edit.returnPressed.connect(self.save_key)
        # The saved key: shown only while the button is held down, copied without showing it.
        self.show_key_button = QPushButton(self.tr("Hold to s&how"))
        self.show_key_button.setAccessibleName(
            self.tr("Show the saved stream key while the button is held down")
        )
        self.show_key_button.pressed.connect(self.reveal_key)
        self.show_key_button.released.connect(self.hide_key)
        self.copy_key_button = QPushButton(self.tr("Cop&y key"))
        self.copy_key_button.setAccessibleName(self.tr("Copy the saved stream key"))
        self.copy_key_button.clicked.connect(self.copy_key)
        self.key_shown = QLabel()
        self.key_shown.setTextFormat(Qt.TextFormat.PlainText)
        self.key_shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_shown.setAccessibleName(self.tr("Saved stream key, while shown"))
        act_row.addWidget(self.open_button)
        act_row.addWidget(self.edit_button)
        act_row.addWidget(self.remove_button)
        act_row.addStretch(1)
        act_row.addWidget(self.key_edit, 1)
        act_row.addWidget(self.key_button)
        act_row.addWidget(self.show_key_button)
        act_row.addWidget(self.copy_key_button)
        links_layout.addLayout(act_row)
        links_layout.addWidget(self.key_shown)
        self.key_note = _plain_label()
        links_layout.addWidget(self.key_note)
        self.message = _plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        links_layout.addWidget(self.message)
        outer.addWidget(links_box, 1)

        # -- readiness ---------------------------------------------------------------
        ready_box = QGroupBox(self.tr("Ready to go live?"))
        ready_layout = QVBoxLayout(ready_box)
        self.readiness = QListWidget()
        self.readiness.setAccessibleName(self.tr("What is missing for the stream"))
        self.readiness.setWordWrap(True)  # whole sentences, no sideways scrolling
        self.readiness.setMinimumHeight(110)
        ready_layout.addWidget(self.readiness)
        consent_row = QHBoxLayout()
        self.consent_yes = QPushButton(self.tr("Consent &given"))
        self.consent_yes.setAccessibleName(
            self.tr("The selected speaker agreed to be recorded for that session")
        )
        self.consent_no = QPushButton(self.tr("Consent re&fused"))
        self.consent_no.setAccessibleName(
            self.tr("The selected speaker does not want that session recorded")
        )
        self.consent_yes.clicked.connect(lambda: self.set_consent(True))
        self.consent_no.clicked.connect(lambda: self.set_consent(False))
        consent_row.addWidget(QLabel(self.tr("For the selected speaker:")))
        consent_row.addWidget(self.consent_yes)
        consent_row.addWidget(self.consent_no)
        consent_row.addStretch(1)
        ready_layout.addLayout(consent_row)
        outer.addWidget(ready_box, 1)

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.event_id is None:
            self.venue_name.setText(self.tr("Choose an event."))
            self.links_model.set_rows([])
            self.readiness.clear()
            return
        try:
            event_id, language = self.event_id, fmt.language()

            def load(s: Any) -> tuple[Any, ...]:
                ev = events.get_event(s, event_id)
                return (
                    ev.venue,
                    [(x.id, x.title) for x in agenda.list_sessions(s, ev.id)],
                    streaming.link_rows(s, ev.id),
                    streaming.readiness(s, ev.id, language),
                    events.is_streamed(ev.format),
                )

            venue, sessions, rows, missing, is_streamed = self.ctx.ops.call(load)
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return
        self._show_venue(venue)
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("Whole event"), None)
        for sid, title in sessions:
            self.scope.addItem(title, sid)
        idx = self.scope.findData(current)
        self.scope.setCurrentIndex(max(idx, 0))

        selected = self.selected_link_id()
        self.links_model.set_rows(rows)
        self.select_link(selected)
        self._size_link_columns()
        kind = secrets.storage_kind()
        self.key_note.setText(
            self.tr("Stream keys are kept in the system keyring, never in the database.")
            if kind == "keyring"
            else self.tr(
                "This computer has no keyring: stream keys are kept in a file encrypted "
                "with your passphrase, never in the database."
            )
            if kind == "file"
            else self.tr(
                "This computer has no keyring: stream keys are kept only until you close "
                "the app, and never in the database."
            )
        )
        self.readiness.clear()
        if not is_streamed:
            self.readiness.addItem(self.tr("This event is in person only; nothing to stream."))
        elif not missing:
            self.readiness.addItem(self.tr("Everything is in place for the stream."))
        for m in missing:
            item = QListWidgetItem(m.message)
            item.setData(Qt.ItemDataRole.UserRole, (m.kind, m.session_id, m.speaker_id))
            self.readiness.addItem(item)

    def _size_link_columns(self) -> None:
        """Short columns to their contents; a long session title is capped."""
        caps = {COL_PURPOSE: 160, COL_PLATFORM: 160, COL_FOR: 220, COL_KEY: 120}
        header = self.links.horizontalHeader()
        for col, cap in caps.items():
            self.links.resizeColumnToContents(col)
            header.resizeSection(col, min(header.sectionSize(col), cap))

    def _show_venue(self, venue: Any) -> None:
        if venue is None:
            self.venue_name.setText(self.tr("No venue chosen (online only?)"))
            for w in (
                self.venue_address,
                self.venue_capacity,
                self.venue_closing,
                self.venue_access,
                self.venue_wifi,
                self.venue_av,
            ):
                w.setText("")
            self._map_url = None
            self.map_button.setEnabled(False)
            return
        self.venue_name.setText(venue.name)
        self.venue_address.setText(venue.address)
        self.venue_capacity.setText(str(venue.capacity) if venue.capacity is not None else "—")
        self.venue_closing.setText(venue.closing_time or "—")
        self.venue_access.setText(venue.accessibility or "—")
        self.venue_wifi.setText(
            self.tr("{0} (the password is printed on the agenda only if you tick Wifi)").format(
                venue.wifi_name
            )
            if venue.wifi_name
            else "—"
        )
        self.venue_av.setText(venue.av_equipment or "—")
        self._map_url = venue.map_url
        self.map_button.setEnabled(bool(venue.map_url))

    def _update_detected(self) -> None:
        url = self.viewer_edit.text().strip() or self.studio_edit.text().strip()
        self.detected.setText(
            streaming.platform_label(streaming.detect_platform(url)) if url else ""
        )

    # -- actions -------------------------------------------------------------------------
    def selected_link_id(self) -> int | None:
        rows = self.links.selectionModel().selectedRows()
        if not rows:
            return None
        return self.links_proxy.id_at(rows[0].row())

    def selected_link(self) -> LinkRow | None:
        rows = self.links.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RECORD_ROLE)
        return record if isinstance(record, LinkRow) else None

    def select_link(self, link_id: int | None) -> None:
        row = self.links_proxy.row_of_id(link_id) if link_id is not None else -1
        if row < 0:
            self.links.clearSelection()
            return
        self.links.selectRow(row)
        self.links.setCurrentIndex(self.links_proxy.index(row, 0))

    def add_link(self) -> None:
        if self.event_id is None:
            return
        fields = {
            "viewer_url": self.viewer_edit.text(),
            "studio_url": self.studio_edit.text(),
            "purpose": self.purpose.currentData(),
            "session_id": self.scope.currentData(),
        }
        event_id = self.event_id
        try:
            undo.create(
                self.ctx,
                self.tr("Add stream link"),
                lambda s: streaming.add_link(s, event_id, **fields).id,
                lambda link_id: [undo.tree(StreamLink, link_id)],
                what="stream link",
                before_undo=lambda link_id, s: secrets.delete_stream_key(s, link_id),
            )
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return
        self.viewer_edit.clear()
        self.studio_edit.clear()
        self.message.setText(self.tr("Link added."))

    def edit_selected(self) -> None:
        """Edit the selected link as shown; a teammate's save meanwhile is refused, not lost."""
        from ui.dialogs.stream_link_dialog import StreamLinkDialog

        row = self.selected_link()
        if row is None or self.event_id is None:
            self.message.setText(self.tr("Select a link first."))
            return
        dlg = StreamLinkDialog(self.ctx, row, self)
        saved = dlg.exec()
        conflict = "" if dlg.banner.isHidden() else dlg.banner.text()
        dlg.deleteLater()
        self.refresh()  # the saved values, or after a refusal the teammate's
        if saved:
            self.message.setText(self.tr("Link saved."))
        elif conflict:
            self.message.setText(conflict)

    def remove_selected(self) -> None:
        link_id = self.selected_link_id()
        if link_id is None or self.event_id is None:
            self.message.setText(self.tr("Select a link first."))
            return
        try:
            # Undo brings the link back; its stream key has to be entered again.
            undo.run(
                self.ctx,
                self.tr("Remove stream link"),
                [undo.tree(StreamLink, link_id)],
                lambda s: streaming.delete_link(s, link_id),
                what="stream link",
            )
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Link removed."))

    def set_consent(self, consent: bool) -> None:
        item = self.readiness.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not data or data[0] != "no_consent":
            self.message.setText(self.tr("Select a line about recording consent first."))
            return
        _kind, session_id, speaker_id = data
        try:
            undo.run(
                self.ctx,
                self.tr("Record consent"),
                [undo.tree(EventSession, session_id)],
                lambda s: agenda.set_recording_consent(s, session_id, speaker_id, consent),
                what="session",
            )
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return

    def _open(self, url: str | None) -> bool:
        if not streaming.safe_to_open(url):
            self.message.setText(
                self.tr("Not opened: only http, https and mailto links are opened from here.")
            )
            return False
        QDesktopServices.openUrl(QUrl(str(url)))
        return True

    def open_selected(self) -> None:
        link = self.selected_link()
        if link is None:
            self.message.setText(self.tr("Select a link first."))
            return
        self._open(link.viewer_url)

    def _open_map(self) -> None:
        self._open(self._map_url)

    def _key_file_ready(self) -> bool:
        """Without a keyring, ask once for the key file's passphrase (the core opens it)."""
        if not secrets.needs_passphrase():
            return True
        from ui.dialogs.passphrase_dialog import PassphraseDialog

        dlg = PassphraseDialog(not secrets.key_file_exists(), secrets.unlock_key_file, self)
        return bool(dlg.exec())

    def _saved_key(self) -> str | None:
        """The selected link's key from the keyring, or None with a message why not."""
        link_id = self.selected_link_id()
        if link_id is None:
            self.message.setText(self.tr("Select the link the key belongs to first."))
            return None
        try:
            key = self.ctx.ops.call(lambda s: secrets.get_stream_key(s, link_id))
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return None
        if key is None:
            self.message.setText(self.tr("No stream key is saved for this link."))
        return key

    def reveal_key(self) -> None:
        """Pressed: show the key until the button is released."""
        if secrets.needs_passphrase() and secrets.key_file_exists():
            # A dialog eats the release: unlock now, show on the next press.
            if self._key_file_ready():
                self.message.setText(
                    self.tr("Stream keys unlocked: hold the button to see the key.")
                )
            return
        key = self._saved_key()
        if key is not None and self.show_key_button.isDown():
            self.key_shown.setText(key)

    def hide_key(self) -> None:
        self.key_shown.clear()

    def copy_key(self) -> None:
        if secrets.needs_passphrase() and secrets.key_file_exists() and not self._key_file_ready():
            return
        key = self._saved_key()
        if key is None:
            return
        QGuiApplication.clipboard().setText(key)
        _clear_clipboard_later(key)
        self.message.setText(self.tr("Stream key copied to the clipboard."))

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        self.hide_key()
        super().hideEvent(event)

    def save_key(self) -> None:
        link_id = self.selected_link_id()
        if link_id is None:
            self.message.setText(self.tr("Select the link the key belongs to first."))
            return
        if self.key_edit.text().strip():
            self._key_file_ready()  # cancelled: the key is kept for this session only
        try:
            key = self.key_edit.text()

            def save(s: Any) -> tuple[str, LinkRow]:
                return secrets.set_stream_key(s, link_id, key), streaming.link_row(s, link_id)

            where, row = self.ctx.ops.call(save)
        except OrganiserError as exc:
            self.message.setText(exc.message)
            return
        finally:
            self.key_edit.clear()
        self.message.setText(
            self.tr("Stream key saved in the system keyring.")
            if where == "keyring"
            else self.tr("Stream key saved in the encrypted key file.")
            if where == "file"
            else self.tr("Stream key kept for this session only (no keyring on this computer).")
        )
        if where == "file":
            self.refresh()  # the note under the links says where keys go now
        # Only this row changes ("set"): the selection and the scroll stay put.
        self.links_model.update_row(row)
