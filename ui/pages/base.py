"""The contract every page follows, so the main window can host any of them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

from organiser.changes import ChangeSet, Kind
from ui.context import AppContext


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``page_title`` (shown in the navigation, through ``tr()``),
    build their widgets in ``__init__`` and implement ``refresh()``.
    ``set_event`` is called by the window when the selected event changes;
    library pages (venues, speakers) ignore it.
    """

    page_title = "Page"
    kinds: frozenset[Kind] = frozenset()  # changes of these kinds make this page reload

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        ctx.ops.changed.connect(self._on_changes)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        """Reload from the core. Override."""

    def _on_changes(self, changes: ChangeSet) -> None:
        # A hidden page reloads when it is shown again (showEvent).
        if changes.touches(*self.kinds) and self.isVisible():
            if self._editing():
                # A table cell is committing the very edit that changed: resetting its
                # model now would pull the editor out from under it. Right after.
                self._later.start()
            else:
                self.refresh()

    def _editing(self) -> bool:
        return any(
            view.state() == QAbstractItemView.State.EditingState
            for view in self.findChildren(QAbstractItemView)
        )

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
