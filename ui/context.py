"""What every page shares: the open store, the undo stack and change broadcasts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from organiser.store import Store


class AppContext(QObject):
    """Handed to every page and dialog.

    - ``store``: open sessions with ``with ctx.store.session() as s:``
    - ``undo_stack``: push a ``QUndoCommand`` for every edit or delete
    - ``event_selected(id_or_None)``: the sidebar picked an event
    - ``data_changed(topic)``: something was saved; topics are short words such as
      "events", "venues", "speakers", "sessions", "streams", "attendees",
      "checklists", "layouts"; pages reload what they show when their topic fires.
    """

    event_selected = Signal(object)
    data_changed = Signal(str)

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.current_event_id: int | None = None

    def select_event(self, event_id: int | None) -> None:
        self.current_event_id = event_id
        self.event_selected.emit(event_id)

    def changed(self, topic: str) -> None:
        self.data_changed.emit(topic)
