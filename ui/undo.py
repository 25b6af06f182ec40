"""One undo for every change: a snapshot of the rows it touches, before and after.

Every edit, create and delete in the GUI runs through :func:`run` (or
:func:`create`): the change and both snapshots happen in one job of the
runner, off the GUI thread; a step goes on the undo stack only if the change
saved. Undo and redo put the snapshot back with :func:`organiser.snapshot.restore`
(same ids, children and links included, found from the schema's foreign
keys), and the runner tells the pages what changed. Adding a table needs no
code here.

    undo.run(ctx, text, [Scope.row(Venue, vid)], lambda s: venues.delete_venue(s, vid))
    undo.create(ctx, text, lambda s: venues.create_venue(s, **f), lambda v: [tree(Venue, v.id)])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organiser.errors import OrganiserError
from organiser.models import ChecklistItem, Event, EventSession
from organiser.snapshot import Scope, Snapshot, around, around_create, restore

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ui.context import AppContext

T = TypeVar("T")


class Step(QUndoCommand):
    """A change already made; undo puts ``before`` back, redo ``after``.

    Hooks, all optional: ``before_undo(session)`` runs in the undo's job first
    and may refuse with an :class:`OrganiserError` (a walk-in who was checked
    in again since stays); ``on_undone()`` / ``on_redone()`` run on the GUI
    thread afterwards (a page's status line); ``on_error(exc)`` shows a refusal
    (default: a message box). A refused step is dropped from the stack.
    """

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        before: Snapshot,
        after: Snapshot,
        *,
        before_undo: Callable[[Session], object] | None = None,
        on_undone: Callable[[], object] | None = None,
        on_redone: Callable[[], object] | None = None,
        on_error: Callable[[OrganiserError], object] | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx, self.before, self.after = ctx, before, after
        self.before_undo = before_undo
        self.on_undone, self.on_redone, self.on_error = on_undone, on_redone, on_error
        self._done = True  # pushed after the change: the first redo has nothing to do

    def _put(
        self,
        state: Snapshot,
        expect: Snapshot,
        first: Callable[[Session], object] | None,
        then: Callable[[], object] | None,
    ) -> None:
        def job(s: Session) -> None:
            if first is not None:
                first(s)  # it made its own checks (and may have removed rows already)
            restore(s, state, None if first is not None else expect)

        try:
            self.ctx.ops.call(job)
        except OrganiserError as exc:
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)
            else:
                QMessageBox.warning(QApplication.activeWindow(), self.text(), exc.message)
            return
        if then is not None:
            then()

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.after, self.before, None, self.on_redone)

    def undo(self) -> None:
        self._put(self.before, self.after, self.before_undo, self.on_undone)


Text = str | Callable[[Any], str]  # the step's name, or made from the change's result


def _text(text: Text, result: Any) -> str:
    return text(result) if callable(text) else text


def _push(
    ctx: AppContext,
    text: Text,
    result: Any,
    before: Snapshot,
    after: Snapshot,
    push_if: Callable[[Any], bool] | None,
    hooks: dict[str, Any],
) -> None:
    if push_if is not None and not push_if(result):
        return  # nothing to undo (someone else had already made that change)
    if hooks.get("before_undo") is not None:
        hook = hooks["before_undo"]
        hooks["before_undo"] = lambda s: hook(result, s)
    ctx.undo_stack.push(Step(ctx, _text(text, result), before, after, **hooks))


def run(
    ctx: AppContext,
    text: Text,
    scopes: Sequence[Scope],
    fn: Callable[[Session], T],
    *,
    what: str = "record",
    parent: QWidget | None = None,
    push_if: Callable[[T], bool] | None = None,
    **hooks: Any,
) -> T:
    """Make a change to the rows in ``scopes`` and push its undo step.

    If it fails, raise; with ``parent`` (a button's page) show the one-line
    message there instead and return None. ``push_if(result)`` False: the
    change is kept but there is nothing to undo. ``hooks``: see :class:`Step`
    (``before_undo`` is called with the change's result and the session).
    """
    try:
        result, before, after = ctx.ops.call(lambda s: around(s, scopes, lambda: fn(s), what=what))
    except OrganiserError as exc:
        if parent is None:
            raise
        title = text if isinstance(text, str) else QApplication.applicationName()
        QMessageBox.warning(parent, title, exc.message)
        return None  # type: ignore[return-value]
    _push(ctx, text, result, before, after, push_if, hooks)
    return result


def create(
    ctx: AppContext,
    text: Text,
    fn: Callable[[Session], T],
    scopes_of: Callable[[T], Sequence[Scope]],
    *,
    what: str = "record",
    **hooks: Any,
) -> T:
    """Create something (its scopes come from the result) and push its undo step.

    ``hooks`` as for :func:`run` (a stream link's ``before_undo`` takes its key
    out of the keyring with it).
    """
    result, before, after = ctx.ops.call(
        lambda s: around_create(s, lambda: fn(s), scopes_of, what=what)
    )
    _push(ctx, text, result, before, after, None, hooks)
    return result


def agenda_of(event_id: int) -> Scope:
    """An event's sessions with their line-ups and links: what an agenda edit can touch."""
    return Scope.children(EventSession, event_id=event_id)


def event_edit(event_id: int) -> list[Scope]:
    """An event's own fields; a new start moves its sessions and checklist dates."""
    return [
        Scope.row(Event, event_id, tree=False),
        agenda_of(event_id),
        Scope.children(ChecklistItem, event_id=event_id, tree=False),
    ]


def row(model: Any, row_id: int) -> Scope:
    """One row alone (an edit of its own fields)."""
    return Scope.row(model, row_id, tree=False)


def tree(model: Any, row_id: int) -> Scope:
    """One row and everything hanging off it (a create or a delete)."""
    return Scope.row(model, row_id)
