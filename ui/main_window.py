"""The main window: events in a sidebar, pages for the selected event, the libraries.

Startup is kept light: this module imports only Qt. The database, the models
and every page are loaded on demand, so the window can appear while the store
opens, and a page costs nothing until it is first shown.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import heap  # noqa: E402
from ui.fmt import targ  # noqa: E402
from ui.icons import app_icon, icon

if TYPE_CHECKING:
    from organiser.changes import ChangeSet
    from organiser.lock import InstanceLock
    from organiser.store import Store
    from ui.context import AppContext

APP_NAME = "Meetup Organiser"

# The page registry: (module, class, icon, title). Event pages first, then the libraries.
EVENT_PAGES: list[tuple[str, str, str, str]] = [
    (
        "ui.pages.overview_page",
        "OverviewPage",
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    ),
    ("ui.pages.agenda_page", "AgendaPage", "agenda", QT_TRANSLATE_NOOP("MainWindow", "Agenda")),
    (
        "ui.pages.speakers_page",
        "SpeakersPage",
        "speaker",
        QT_TRANSLATE_NOOP("MainWindow", "Speakers"),
    ),
    (
        "ui.pages.venue_stream_page",
        "VenueStreamPage",
        "stream",
        QT_TRANSLATE_NOOP("MainWindow", "Venue & Stream"),
    ),
    (
        "ui.pages.attendees_page",
        "AttendeesPage",
        "attendees",
        QT_TRANSLATE_NOOP("MainWindow", "Attendees"),
    ),
    (
        "ui.pages.checkin_page",
        "CheckinPage",
        "checkin",
        QT_TRANSLATE_NOOP("MainWindow", "Check-in"),
    ),
    (
        "ui.pages.checklist_page",
        "ChecklistPage",
        "checklist",
        QT_TRANSLATE_NOOP("MainWindow", "Checklist"),
    ),
    ("ui.pages.print_page", "PrintPage", "print", QT_TRANSLATE_NOOP("MainWindow", "Print")),
]
LIBRARY_PAGES: list[tuple[str, str, str, str]] = [
    ("ui.pages.venues_page", "VenuesPage", "venue", QT_TRANSLATE_NOOP("MainWindow", "Venues")),
    (
        "ui.pages.speakers_page",
        "SpeakerLibraryPage",
        "library",
        QT_TRANSLATE_NOOP("MainWindow", "Speaker library"),
    ),
    ("ui.pages.events_page", "EventsPage", "event", QT_TRANSLATE_NOOP("MainWindow", "All events")),
]
PAGES = EVENT_PAGES + LIBRARY_PAGES
PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_WIDTH = 168
PAGE_MARGIN = 11  # the left edge of a page's own layout, so the heading lines up with it


_DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def page_key(class_name: str) -> int:
    """The registry index of a page class (for menus, tests and other pages)."""
    return next(i for i, entry in enumerate(PAGES) if entry[1] == class_name)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def settings_key_for(display_name: str) -> str:
    return "last_event/" + hashlib.sha1(display_name.encode("utf-8")).hexdigest()[:16]


class MainWindow(QMainWindow):
    """``MainWindow(store)`` opens at once; ``MainWindow()`` waits for ``attach``."""

    store_attached = Signal()

    def __init__(
        self,
        store: Store | None = None,
        settings: QSettings | None = None,
        lock: InstanceLock | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.store: Store | None = None
        self.lock: InstanceLock | None = None
        self.ctx: AppContext | None = None
        self.pages: dict[int, QWidget] = {}
        self.events_model: Any = None
        self.events_proxy: Any = None
        self.welcome: Any = None
        self.setWindowTitle(APP_NAME)
        ic = app_icon()
        if not ic.isNull():
            self.setWindowIcon(ic)
        self.resize(1280, 820)
        self._build()
        self._window_keys: list[tuple[QAction, list[QKeySequence]]] = []
        self._build_actions()
        self._restore_layout()
        if store is not None:
            self.attach(store, lock)
        # A CSV dropped anywhere on the window (even on a text box or a table that
        # takes drops of its own) opens the attendee import for the current event.
        # Widgets without drops of their own pass the drag up to the window; those
        # with drops are watched one by one (see _watch_drops). Not an event filter
        # on the application: every event of the program would pass through Python,
        # and the first ones make PySide build the wrappers of every Qt class.
        self.setAcceptDrops(True)
        self._watch_drops(self.sidebar)  # the search box; pages are watched as they are built

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.setCentralWidget(self.splitter)

        # Column 1: navigation between pages.
        self.nav = QListWidget(self.splitter)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(1)
        self._add_nav_header(self.tr("EVENT"))
        for i, (_m, _c, ic, title) in enumerate(EVENT_PAGES):
            self._add_nav_item(i, ic, title)
        self._add_nav_header(self.tr("LIBRARY"))
        for j, (_m, _c, ic, title) in enumerate(LIBRARY_PAGES):
            self._add_nav_item(len(EVENT_PAGES) + j, ic, title)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self._paint_nav()

        # Column 2: the events.
        side = QWidget(self.splitter)
        side.setObjectName("eventsSidebar")
        sl = QVBoxLayout(side)
        sl.setContentsMargins(6, 8, 6, 8)
        head = QLabel(self.tr("Events"), side)
        f = QFont(head.font())
        f.setBold(True)
        head.setFont(f)
        sl.addWidget(head)
        self.search = QLineEdit(side)
        self.search.setPlaceholderText(self.tr("Search events"))
        self.search.setAccessibleName(self.tr("Search events"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition).setText(
            self.tr("Search")
        )
        sl.addWidget(self.search)
        self.events_view = QListView(side)
        self.events_view.setAccessibleName(self.tr("Events"))
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_view.setUniformItemSizes(False)
        # Titles elide (full title in the tooltip): never a sideways scroll bar here.
        self.events_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.events_view.customContextMenuRequested.connect(self._event_menu)
        sl.addWidget(self.events_view, 1)
        self.new_event_button = QPushButton(icon("add"), self.tr("New event"), side)
        self.new_event_button.setAccessibleName(self.tr("New event"))
        self.new_event_button.clicked.connect(self.new_event)
        sl.addWidget(self.new_event_button)

        # Column 3: the page.
        right = QWidget(self.splitter)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(0)
        # One heading for every event page (the Overview draws its own): the page's
        # name as large as the library pages' titles, the event and its zone below.
        self.header_box = QWidget(right)
        self.header_box.setObjectName("pageHeader")
        hl = QVBoxLayout(self.header_box)
        hl.setContentsMargins(PAGE_MARGIN, 10, PAGE_MARGIN, 0)
        hl.setSpacing(2)
        self.header_title = QLabel(self.header_box)
        self.header_title.setObjectName("pageTitle")
        self.header_title.setTextFormat(Qt.TextFormat.PlainText)
        tf = QFont(self.header_title.font())
        tf.setBold(True)
        tf.setPointSizeF(tf.pointSizeF() * 1.5)
        self.header_title.setFont(tf)
        self.header_title.setAccessibleName(self.tr("Page"))
        hl.addWidget(self.header_title)
        self.header = QLabel(self.header_box)
        self.header.setObjectName("eventHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.header.setAccessibleName(self.tr("Selected event"))
        self.header.setWordWrap(True)
        hl.addWidget(self.header)
        rl.addWidget(self.header_box)
        self.stack = QStackedWidget(right)
        rl.addWidget(self.stack, 1)
        self.loading = QLabel(self.tr("Opening the database…"), self.stack)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(2, 1)
        # The events column gives way first on a small screen; the page keeps the room.
        side.setMinimumWidth(170)
        self.splitter.setSizes([NAV_WIDTH, 250, 840])
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(2, False)
        # Until the organiser drags the divider, the events column follows the
        # window's width, so a small screen leaves the page the room it needs.
        self._sidebar_dragged = False
        self.splitter.splitterMoved.connect(self._splitter_dragged)
        self.sidebar = side

    def _event_menu(self, pos: Any) -> None:
        """Right-click on an event: the Event menu's commands, for that event."""
        from PySide6.QtWidgets import QMenu

        if self.events_proxy is None or self.ctx is None:
            return
        index = self.events_view.indexAt(pos)
        if index.isValid():
            event_id = self.events_proxy.id_at(index.row())
            if event_id is not None and event_id != self.ctx.current_event_id:
                self.ctx.select_event(event_id)
        menu = QMenu(self)
        menu.addAction(self.new_event_action)
        if index.isValid():
            menu.addSeparator()
            for act in (self.edit_event_action, self.copy_event_action, self.delete_event_action):
                menu.addAction(act)
        menu.exec(self.events_view.viewport().mapToGlobal(pos))

    def _add_nav_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 0.8)
        item.setFont(f)
        item.setSizeHint(QSize(150, 28))
        self.nav.addItem(item)

    def _add_nav_item(self, key: int, icon_name: str, title: str) -> None:
        item = QListWidgetItem(icon(icon_name), _tr(title))
        item.setData(PAGE_KEY_ROLE, key)
        item.setSizeHint(QSize(150, 32))
        self.nav.addItem(item)

    def _build_actions(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        self.new_event_action = self._action(
            file_menu, self.tr("&New event…"), self.new_event, QKeySequence.StandardKey.New, "add"
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Open database…"),
            self.open_database_file,
            QKeySequence.StandardKey.Open,
            "database",
        )
        self._action(file_menu, self.tr("New &database…"), self.new_database_file)
        self._action(file_menu, self.tr("Connect to a &team database…"), self.open_database_url)
        from ui.recent import RecentMenu

        self.recent_menu = RecentMenu(self, self.settings, self.switch_database)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.backup_dialog_action = self._action(
            file_menu, self.tr("Back up or &restore…"), self.backup_or_restore, None, "database"
        )
        self.backup_now_action = self._action(
            file_menu, self.tr("&Back up now…"), self.back_up_now, QKeySequence("Ctrl+Shift+B")
        )
        file_menu.addSeparator()
        self.import_schedule_action = self._action(
            file_menu, self.tr("&Import schedule…"), self.import_schedule_file
        )
        self.export_schedule_action = self._action(
            file_menu, self.tr("E&xport schedule…"), self.export_schedule_file
        )
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu,
            self.tr("&Print…"),
            lambda: self.show_page(7),
            QKeySequence.StandardKey.Print,
            "print",
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Pre&ferences…"),
            self.preferences,
            QKeySequence("Ctrl+,"),
            "settings",
        )
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = mb.addMenu(self.tr("&Edit"))
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.undo_anchor = self.edit_menu.addSeparator()
        self._action(
            self.edit_menu, self.tr("&Find"), self.find, QKeySequence.StandardKey.Find, "search"
        )
        self.delete_action = self._action(
            self.edit_menu,
            self.tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "delete",
        )

        event_menu = mb.addMenu(self.tr("Eve&nt"))
        self.edit_event_action = self._action(
            event_menu, self.tr("&Edit event…"), self.edit_event, QKeySequence("Ctrl+E"), "edit"
        )
        self.copy_event_action = self._action(
            event_menu,
            self.tr("New event from &this one…"),
            self.copy_event,
            QKeySequence("Ctrl+Shift+N"),
            "copy",
        )
        self.delete_event_action = self._action(
            event_menu, self.tr("&Delete event…"), self.delete_event, None, "delete"
        )
        event_menu.addSeparator()
        self.series_action = self._action(event_menu, self.tr("Make a &series…"), self.make_series)
        self.slots_action = self._action(
            event_menu, self.tr("Find a time s&lot…"), self.find_slot, None, "globe"
        )
        speakers_menu = mb.addMenu(self.tr("&Speakers"))
        self.mail_action = self._action(
            speakers_menu, self.tr("&Write to speakers…"), self.write_to_speakers, None, "speaker"
        )

        view_menu = mb.addMenu(self.tr("&View"))
        for i, (_m, _c, ic, title) in enumerate(PAGES):
            shortcut = QKeySequence(f"Ctrl+{i + 1}") if i < 9 else None
            self._action(
                view_menu,
                _tr(title).replace("&", "&&"),  # "Venue & Stream", not a mnemonic
                lambda _=False, k=i: self.show_page(k),
                shortcut,
                ic,
            )
            if i == len(EVENT_PAGES) - 1:
                view_menu.addSeparator()

        help_menu = mb.addMenu(self.tr("&Help"))
        guide_key = QKeySequence.StandardKey.HelpContents
        self._action(help_menu, self.tr("&User guide"), self.user_guide, guide_key)
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.keyboard_shortcuts)
        self._action(help_menu, self.tr("&Report a problem…"), self.report_problem)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Meetup Organiser"), self.about, None, "about")
        self.statusBar().setSizeGripEnabled(True)

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, icon_name: str | None = None
    ) -> QAction:
        act = QAction(text, self)
        if icon_name:
            act.setIcon(icon(icon_name))
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _=False: slot())
        menu.addAction(act)
        self.addAction(act)
        self._window_keys.append((act, list(act.shortcuts())))
        return act

    def _lend_keys(self, page: QWidget | None) -> None:
        """Give the showing page the keys it claims; every other page gets them back.

        A page's own shortcut (Ctrl+N walk-in on the Check-in page) and the window's
        (File ▸ New event) must never be active at once: Qt then fires neither.
        """
        claimed = {
            QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText)
            for k in getattr(page, "claimed_keys", ())
        }
        for act, keys in self._window_keys:
            act.setShortcuts(
                [
                    k
                    for k in keys
                    if k.toString(QKeySequence.SequenceFormat.PortableText) not in claimed
                ]
            )

    # -- schedules (ui/schedule_actions.py) --------------------------------------------
    def schedule_actions(self) -> Any:
        """File ▸ Import/Export schedule…, bound to the open database."""
        from ui.schedule_actions import ScheduleActions

        current = getattr(self, "_schedule_actions", None)
        if current is None or current.ctx is not self.ctx:
            current = ScheduleActions(self.ctx, self)  # type: ignore[arg-type]
            self._schedule_actions = current
        return current

    def import_schedule_file(self) -> None:
        if self.ctx is not None:
            self.schedule_actions().import_file()

    def export_schedule_file(self) -> None:
        if self.ctx is not None:
            self.schedule_actions().export_file()

    # -- dropping a CSV file -----------------------------------------------------------
    def dropped_csv(self, mime: Any) -> str | None:
        """The CSV file a drag carries, if the window can import it now."""
        from ui.dialogs.import_wizard import csv_path_from_mime

        if self.ctx is None or self.ctx.current_event_id is None or mime is None:
            return None
        return csv_path_from_mime(mime)

    def _watch_drops(self, root: QWidget) -> None:
        """Watch the widgets under ``root`` that take drops themselves (text boxes, views)."""
        for widget in (root, *root.findChildren(QWidget)):
            if widget is not self and widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt naming
        if event.type() not in _DROP_EVENTS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self:
            return False
        return self._take_csv_drop(event)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if not self._take_csv_drop(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if not self._take_csv_drop(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if not self._take_csv_drop(event):
            super().dropEvent(event)

    def _take_csv_drop(self, event: Any) -> bool:
        """Accept a drag that carries a CSV; on the drop, open the import. False: not ours."""
        kind = event.type()
        path = self.dropped_csv(event.mimeData())
        if path is None:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            # After the drop returns: the drag source must not wait on a dialog.
            QTimer.singleShot(0, lambda: self.import_attendees(path))
        return True

    def import_attendees(self, path: str) -> Any:
        """Open the attendee import wizard on ``path`` for the current event."""
        if self.ctx is None or self.ctx.current_event_id is None:
            self.statusBar().showMessage(self.tr("Choose an event to import attendees into."), 5000)
            return None
        key = page_key("AttendeesPage")
        self.show_page(key)
        return self.pages[key].open_import(path)  # type: ignore[attr-defined]

    # -- the database ---------------------------------------------------------------
    def attach(self, store: Store, lock: InstanceLock | None = None) -> None:
        """Show this database: new context, fresh pages, the sidebar filled."""
        from ui.context import AppContext
        from ui.models.event_delegate import EventDelegate
        from ui.models.events_model import EventsModel, EventsProxy

        self._detach()
        self.store, self.lock = store, lock
        self.ctx = AppContext(store, self.settings)
        self.setWindowTitle(f"{APP_NAME} — {store.display_name}")
        from organiser import __version__

        QApplication.setApplicationVersion(__version__)
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.edit_menu.insertAction(self.undo_anchor, self.undo_action)
        self.edit_menu.insertAction(self.undo_anchor, self.redo_action)
        self._undo_index = self.ctx.undo_stack.index()
        self.ctx.undo_stack.indexChanged.connect(self._undo_happened)
        self.events_model = EventsModel(self)
        self.events_proxy = EventsProxy(self)
        self.events_proxy.setSourceModel(self.events_model)
        self.events_view.setModel(self.events_proxy)
        self.events_view.setItemDelegate(EventDelegate(self.events_view))
        self.search.textChanged.connect(self.events_proxy.set_search)
        self.events_view.selectionModel().currentChanged.connect(self._sidebar_changed)
        self.ctx.event_selected.connect(self._event_selected)
        self.ctx.ops.changed.connect(self._changes_arrived)
        self.ctx.ops.busy.connect(self._busy)
        ctx = self.ctx
        self.reload_events()
        if self.ctx is not ctx:  # closed while the events were being read
            return
        last = self.settings.value(settings_key_for(store.display_name))
        wanted = int(last) if last not in (None, "") else None
        if self.events_model.rowCount() == 0:
            self.show_welcome()
        else:
            ids = {r.id for r in self.events_model.records()}
            if wanted not in ids:
                wanted = self.events_model.record(0).id
            self.ctx.select_event(wanted)
            key = int(self.settings.value("window/page", 0) or 0)
            self.show_page(key if 0 <= key < len(PAGES) else 0)
        self.statusBar().showMessage(targ(self.tr("Database: %1"), store.display_name))
        heap.settle_soon()
        self.store_attached.emit()

    def _detach(self) -> None:
        if self.ctx is None:
            return
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        for act in (self.undo_action, self.redo_action):
            if act is not None:
                self.edit_menu.removeAction(act)
                self.removeAction(act)
        with contextlib.suppress(RuntimeError, TypeError):
            self.search.textChanged.disconnect(self.events_proxy.set_search)
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.undo_stack.indexChanged.disconnect(self._undo_happened)
            self.ctx.event_selected.disconnect(self._event_selected)
            self.ctx.ops.changed.disconnect(self._changes_arrived)
            self.ctx.ops.busy.disconnect(self._busy)
        self.ctx.ops.wait_idle()  # answers still on their way have nobody to go to
        self._busy(False)
        self.ctx.undo_stack.clear()
        if self.store is not None:
            # Leaving this database (closing the window or opening another): keep an
            # automatic backup if anything changed since the last one. Never blocks.
            from ui.dialogs.backup_dialog import backup_on_close

            store = self.store
            self.ctx.ops.call_plain(lambda: backup_on_close(store))
        self.ctx.deleteLater()
        self.ctx = None
        if self.lock is not None:
            self.lock.release()
        if self.store is not None:
            self.store.close()
        self.store = self.lock = None

    def reload_events(self) -> None:
        from organiser.overview import event_summaries

        ctx = self.ctx
        assert ctx is not None
        rows = ctx.ops.call(event_summaries)
        if self.ctx is not ctx:  # the window closed or switched database meanwhile
            return
        self.events_model.set_rows(rows)
        self._select_in_sidebar(ctx.current_event_id)

    # -- selection and pages -------------------------------------------------------
    def _sidebar_changed(self, current: Any, _previous: Any) -> None:
        if self.ctx is None or not current.isValid():
            return
        event_id = self.events_proxy.id_at(current.row())
        if event_id is not None and event_id != self.ctx.current_event_id:
            self.ctx.select_event(event_id)

    def _select_in_sidebar(self, event_id: int | None) -> None:
        if self.events_proxy is None or event_id is None:
            return
        row = self.events_proxy.row_of_id(event_id)
        if row >= 0:
            idx = self.events_proxy.index(row, 0)
            sel = self.events_view.selectionModel()
            if sel.currentIndex() != idx:
                sel.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.events_view.scrollTo(idx)

    def _event_selected(self, event_id: int | None) -> None:
        assert self.ctx is not None and self.store is not None
        self._select_in_sidebar(event_id)
        self._update_header()
        if event_id is not None:
            self.settings.setValue(settings_key_for(self.store.display_name), event_id)
            if self.welcome is not None and self.stack.currentWidget() is self.welcome:
                self.show_page(0)
        has = event_id is not None
        for act in (
            self.edit_event_action,
            self.copy_event_action,
            self.delete_event_action,
            self.export_schedule_action,
        ):
            act.setEnabled(has)
        for act in (self.series_action, self.mail_action):
            act.setEnabled(has)
        current = self.stack.currentWidget()
        for key, page in self.pages.items():
            if key < len(EVENT_PAGES) and page is current:
                page.set_event(event_id)  # type: ignore[attr-defined]

    def _update_header(self) -> None:
        from ui import fmt
        from ui.models.events_model import format_name

        rec = self.current_event()
        if rec is None:
            self.header.setText("")
            return
        self.header.setText(
            f"{rec.title} · {fmt.when(rec.starts_at, rec.timezone)} ({rec.timezone})"
            f" · {format_name(rec.format)}"
        )

    def current_event(self) -> Any:
        if self.ctx is None or self.ctx.current_event_id is None or self.events_model is None:
            return None
        row = self.events_model.row_of(self.ctx.current_event_id)
        return self.events_model.record(row) if row >= 0 else None

    def _nav_changed(self, current: QListWidgetItem | None, _prev: Any) -> None:
        if current is None:
            return
        key = current.data(PAGE_KEY_ROLE)
        if key is not None:
            self.show_page(int(key))

    def page(self, key: int) -> QWidget:
        """The page for a registry entry, built the first time it is needed."""
        assert self.ctx is not None
        page = self.pages.get(key)
        if page is None:
            module, cls, _ic, title = PAGES[key]
            page_cls = getattr(importlib.import_module(module), cls)
            page = page_cls(self.ctx, self.stack)
            page.setAccessibleName(_tr(title))
            if 0 < key < len(EVENT_PAGES):
                # A page written to stand alone names the event in its own label;
                # in the window the shared heading does, so the name is not said twice.
                own = getattr(page, "heading", None)
                if isinstance(own, QLabel):
                    own.setVisible(False)
            self.pages[key] = page
            self.stack.addWidget(page)
            self._watch_drops(page)
            heap.settle_soon()  # the new page's objects live as long as the window
        return page

    def show_page(self, key: int) -> None:
        if self.ctx is None:
            return
        page = self.page(key)
        is_event_page = key < len(EVENT_PAGES)
        # Every event page gets the same heading but the Overview, which is all about
        # the event and names it in large type itself.
        self.header_title.setText(_tr(PAGES[key][3]))
        self.header_box.setVisible(is_event_page and key != 0)
        new_event = is_event_page and getattr(page, "event_id", None) != self.ctx.current_event_id
        if new_event and self.isVisible() and not page.isVisible():
            # Coming into view reloads the page (Page.showEvent): load it once, not twice.
            page.event_id = self.ctx.current_event_id  # type: ignore[attr-defined]
            new_event = False
        self.stack.setCurrentWidget(page)
        self._lend_keys(page)
        if new_event:
            page.set_event(self.ctx.current_event_id)  # type: ignore[attr-defined]
        self.settings.setValue("window/page", key)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(PAGE_KEY_ROLE) == key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def current_page(self) -> QWidget | None:
        w = self.stack.currentWidget()
        return w if w in self.pages.values() else None

    def show_welcome(self) -> None:
        from ui.pages.welcome_page import WelcomePage

        if self.welcome is None:
            self.welcome = WelcomePage(self.stack)
            self.welcome.create_requested.connect(self.new_event)
            self.welcome.demo_requested.connect(self.load_demo)
            self.welcome.open_requested.connect(self.open_database_file)
            self.stack.addWidget(self.welcome)
            self._watch_drops(self.welcome)
        self.header_box.setVisible(False)
        self.stack.setCurrentWidget(self.welcome)
        self._lend_keys(None)
        self.welcome.setFocus()
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)

    def _busy(self, busy: bool) -> None:
        """After a moment without an answer from the database, say the window is working."""
        if not hasattr(self, "busy_label"):
            if not busy:
                return
            self.busy_label = QLabel(self.tr("Working…"), self)
            self.busy_label.setObjectName("busyIndicator")
            self.busy_label.setAccessibleName(self.tr("Working"))
            self.statusBar().addPermanentWidget(self.busy_label)
        self.busy_label.setVisible(busy)

    def _changes_arrived(self, changes: ChangeSet) -> None:
        from organiser.changes import Kind

        if self.ctx is None:
            return
        if changes.touches(Kind.EVENT, Kind.VENUE):
            self.reload_events()
            if self.ctx is None:
                return
            ids = {r.id for r in self.events_model.records()}
            if self.ctx.current_event_id not in ids:
                self.ctx.select_event(self.events_model.record(0).id if ids else None)
            if not ids:
                self.show_welcome()
            self._update_header()
        elif (
            changes.touches(Kind.ATTENDEE, Kind.CHECKIN)
            and self.ctx.current_event_id is not None
        ):
            from organiser.errors import OrganiserError
            from organiser.overview import event_summary

            event_id = self.ctx.current_event_id
            try:
                rec = self.ctx.ops.call(lambda s: event_summary(s, event_id))
            except OrganiserError:
                return
            self.events_model.update_row(rec)

    def _undo_happened(self, index: int) -> None:
        if self.ctx is None:
            return
        stack = self.ctx.undo_stack
        went_back = index < getattr(self, "_undo_index", 0)
        self._undo_index = index
        if went_back:
            # An Undo: name what was undone, never "Done:" with the step before it.
            self.statusBar().showMessage(targ(self.tr("Undone: %1"), stack.redoText()), 4000)
        elif stack.canUndo():
            self.statusBar().showMessage(targ(self.tr("Done: %1"), stack.undoText()), 4000)

    # -- commands ---------------------------------------------------------------------
    def new_event(self) -> None:
        from ui import actions

        if self.ctx is not None and actions.new_event(self.ctx, self) is not None:
            self.show_page(0)

    def edit_event(self) -> None:
        from ui import actions

        if self.ctx is not None:
            actions.edit_event(self.ctx, self, self.ctx.current_event_id)

    def copy_event(self) -> None:
        from ui import actions

        if self.ctx is not None and actions.copy_event(self.ctx, self, self.ctx.current_event_id):
            self.show_page(0)

    def delete_event(self) -> None:
        from ui import actions

        rec = self.current_event()
        if self.ctx is not None and rec is not None:
            actions.delete_event(self.ctx, self, rec.id, rec.title)

    def make_series(self) -> None:
        from ui.dialogs.series_dialog import MakeSeriesDialog

        if self.ctx is not None and self.ctx.current_event_id is not None:
            MakeSeriesDialog(self.ctx, self.ctx.current_event_id, self).exec()

    def find_slot(self) -> None:
        from ui.dialogs.slots_dialog import SlotFinderDialog

        if self.ctx is not None:
            SlotFinderDialog(self.ctx, self.ctx.current_event_id, self).exec()

    def write_to_speakers(self) -> None:
        from ui.dialogs.mail_dialog import WriteToSpeakersDialog

        if self.ctx is not None and self.ctx.current_event_id is not None:
            WriteToSpeakersDialog(self.ctx, self.ctx.current_event_id, self).exec()

    def delete_selected(self) -> None:
        page = self.current_page()
        fn = getattr(page, "delete_selected", None)
        if callable(fn):
            fn()
        elif self.events_view.hasFocus():
            self.delete_event()

    def find(self) -> None:
        page = self.current_page()
        fn = getattr(page, "focus_search", None)
        if callable(fn) and not self.search.hasFocus():
            fn()
            return
        self.search.setFocus()
        self.search.selectAll()

    def load_demo(self) -> None:
        from organiser.demo import create_demo

        assert self.ctx is not None
        event_id = self.ctx.ops.call(lambda s: create_demo(s).id)  # the runner says "events"
        self.ctx.select_event(event_id)
        self.show_page(0)

    def backup_or_restore(self) -> None:
        """The kept backups, with Back up now and Restore (from the list or a file)."""
        from ui.dialogs.backup_dialog import BackupDialog

        if self.ctx is None:
            return
        dialog = BackupDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def back_up_now(self) -> None:
        """Ask where, write a verified copy, say where it went (no list, no restore)."""
        from ui.dialogs.backup_dialog import BackupDialog

        if self.ctx is None:
            return
        if self.ctx.store.path is None:
            self.backup_or_restore()  # it explains that a team database is backed up on its server
            return
        dialog = BackupDialog(self.ctx, self)
        dialog.back_up_now()
        if dialog.last_message:
            self.statusBar().showMessage(dialog.last_message, 10000)
        dialog.deleteLater()

    def _paint_nav(self) -> None:
        """The navigation list on the window colour, in whichever theme is current."""
        pal = QApplication.palette(self.nav)
        pal.setColor(QPalette.ColorRole.Base, pal.color(QPalette.ColorRole.Window))
        self.nav.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        # A theme chosen in Preferences changes the application palette; the
        # navigation list holds a palette of its own and follows here.
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and hasattr(self, "nav"):
            self._paint_nav()
        super().changeEvent(event)

    def preferences(self) -> None:
        from ui import i18n, theme
        from ui.dialogs.preferences_dialog import PreferencesDialog

        if PreferencesDialog(self.settings, self).exec():
            app = QApplication.instance()
            if isinstance(app, QApplication):
                i18n.install(app, i18n.choose_language(self.settings))
                theme.apply_theme(app, theme.chosen_theme(self.settings))

    def about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.store.display_name if self.store else "", self).exec()

    def user_guide(self) -> None:
        from ui.dialogs.help_dialogs import UserGuideDialog

        self.guide = UserGuideDialog(self)
        self.guide.show()

    def keyboard_shortcuts(self) -> None:
        from ui.dialogs.help_dialogs import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()

    def report_problem(self) -> None:
        from ui.dialogs.help_dialogs import report_problem

        report_problem(self, self.store)

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            "",
            self.tr("Meetup Organiser databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_database(path)

    def new_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            "organiser.sqlite",
            self.tr("Meetup Organiser databases (*.sqlite)"),
        )
        if path:
            self.switch_database(path)

    def open_database_url(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Team database"),
            self.tr("PostgreSQL address, e.g. postgresql+psycopg://user@server/meetups"),
        )
        if ok and url.strip():
            self.switch_database(url.strip())

    def switch_database(self, db: str) -> bool:
        """Open another database in this window; the current one stays on any error."""
        from organiser.errors import OrganiserError

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store, lock = open_store(db)
        except OrganiserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Open database"), exc.message)
            return False
        QApplication.restoreOverrideCursor()
        self.attach(store, lock)
        self.settings.setValue("database/last", db)
        from ui.recent import remember_database

        remember_database(self.settings, db)
        return True

    # -- layout memory ------------------------------------------------------------
    def _splitter_dragged(self, _pos: int, _index: int) -> None:
        self._sidebar_dragged = True

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if not self._sidebar_dragged:
            sizes = self.splitter.sizes()
            want = max(170, min(250, int(self.width() * 0.19)))
            if len(sizes) == 3 and sizes[1] != want:
                rest = sum(sizes) - sizes[0] - want
                self.splitter.blockSignals(True)
                self.splitter.setSizes([sizes[0], want, max(rest, 0)])
                self.splitter.blockSignals(False)

    def _restore_layout(self) -> None:
        geo = self.settings.value("window/geometry")
        if isinstance(geo, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geo))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        split = self.settings.value("window/splitter")
        if isinstance(split, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(split))
            self._sidebar_dragged = bool(self.settings.value("window/sidebar_dragged", False, bool))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/sidebar_dragged", self._sidebar_dragged)
        self.settings.sync()
        self._detach()
        super().closeEvent(event)


def open_store(db: str | None) -> tuple[Store, InstanceLock | None]:
    """Lock the file (one program per database), then open and migrate it."""
    from organiser.errors import OrganiserError
    from organiser.lock import InstanceLock
    from organiser.store import Store, resolve_url

    url = resolve_url(db)
    lock: InstanceLock | None = None
    if url.startswith("sqlite:///"):
        from pathlib import Path

        path = Path(url[len("sqlite:///") :])
        if path.parent.is_dir():  # otherwise Store explains what is wrong with the path
            lock = InstanceLock(path)
            try:
                lock.acquire()
            except OSError as exc:
                raise OrganiserError(
                    QCoreApplication.translate("MainWindow", "Cannot lock %1: %2.")
                    .replace("%1", str(path))
                    .replace("%2", str(exc.strerror))
                ) from exc
    try:
        store = Store(db)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return store, lock
