"""What every page shares: the database door, the undo stack and change broadcasts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from organiser.store import Store
from ui.ops import Runner


class AppContext(QObject):
    """Handed to every page and dialog.

    - ``ops``: the only way to the database (:class:`ui.ops.Runner`):
      ``ctx.ops.call(lambda s: ...)``, ``ctx.ops.submit(...)``, ``ctx.ops.long(...)``
    - ``store``: which database is open (its name and path); never for sessions
    - ``undo_stack``: every edit or delete is a :func:`ui.undo.push` step
    - ``event_selected(id_or_None)``: the sidebar picked an event
    - ``ops.changed(ChangeSet)``: a job wrote something; pages reload when a
      :class:`~organiser.changes.Kind` they show is in it.
    """

    event_selected = Signal(object)

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        self.ops = Runner(store, self)
        self.undo_stack = QUndoStack(self)
        self.current_event_id: int | None = None

    def select_event(self, event_id: int | None) -> None:
        self.current_event_id = event_id
        self.event_selected.emit(event_id)
