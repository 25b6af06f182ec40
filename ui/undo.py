"""Undo and redo that really delete and bring back rows through the core.

Editors save first (so a validation error saves nothing and pushes nothing),
then push a command marked as already done. Undoing a create deletes the row
after taking a snapshot; redoing brings the snapshot back with the same id,
so later commands that name that id keep working.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.orm import Session

from ui.context import AppContext

TOPICS = {
    "event": ("events", "sessions", "speakers", "attendees", "checklists", "streams"),
    "venue": ("venues", "events"),
    "speaker": ("speakers", "sessions", "checklists"),
    "session": ("sessions", "speakers", "events"),
}


def _ops(kind: str) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    """(snapshot, delete, update) for a kind of record."""
    from organiser import agenda, events, snapshot, speakers, venues

    if kind == "event":
        return snapshot.snapshot_event, events.delete_event, events.update_event
    if kind == "venue":
        return snapshot.snapshot_venue, venues.delete_venue, venues.update_venue
    if kind == "speaker":
        return snapshot.snapshot_speaker, speakers.delete_speaker, speakers.update_speaker

    def update_session(s: Session, session_id: int, **changes: Any) -> Any:
        line_up = changes.pop("speakers", None)
        result = agenda.update_session(s, session_id, **changes) if changes else None
        if line_up is not None:
            agenda.set_speakers(s, session_id, line_up)
        return result

    return snapshot.snapshot_session, agenda.delete_session, update_session


class StoreCommand(QUndoCommand):
    """One step: ``forward(s)`` and ``backward(s)`` each run in their own session."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        kind: str,
        forward: Callable[[Session], None],
        backward: Callable[[Session], None],
        *,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.kind = kind
        self.forward = forward
        self.backward = backward
        self._skip_first_redo = done

    def _announce(self) -> None:
        for topic in TOPICS[self.kind]:
            self.ctx.changed(topic)

    def _run(self, fn: Callable[[Session], None]) -> None:
        from organiser.errors import OrganiserError

        try:
            with self.ctx.store.session() as s:
                fn(s)
        except OrganiserError as exc:
            QMessageBox.warning(QApplication.activeWindow(), self.text(), exc.message)
            self.setObsolete(True)
        self._announce()

    def redo(self) -> None:
        if self._skip_first_redo:  # the editor already saved: only tell the pages
            self._skip_first_redo = False
            self._announce()
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)


def created(ctx: AppContext, kind: str, record_id: int, text: str) -> StoreCommand:
    """Push after a create that already happened."""
    snap_fn, delete_fn, _ = _ops(kind)
    holder: dict[str, Any] = {}

    def backward(s: Session) -> None:
        holder["snap"] = snap_fn(s, record_id)
        delete_fn(s, record_id)

    def forward(s: Session) -> None:
        from organiser.snapshot import restore

        restore(s, holder["snap"])

    cmd = StoreCommand(ctx, text, kind, forward, backward, done=True)
    ctx.undo_stack.push(cmd)
    return cmd


def deleted(ctx: AppContext, kind: str, record_id: int, text: str) -> StoreCommand:
    """Push to delete (the push runs it)."""
    snap_fn, delete_fn, _ = _ops(kind)
    holder: dict[str, Any] = {}

    def forward(s: Session) -> None:
        holder["snap"] = snap_fn(s, record_id)
        delete_fn(s, record_id)

    def backward(s: Session) -> None:
        from organiser.snapshot import restore

        restore(s, holder["snap"])

    cmd = StoreCommand(ctx, text, kind, forward, backward)
    ctx.undo_stack.push(cmd)
    return cmd


def edited(
    ctx: AppContext,
    kind: str,
    record_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
    text: str,
) -> StoreCommand:
    """Push after an edit that already happened; undo writes ``before`` back."""
    _, _, update_fn = _ops(kind)

    def forward(s: Session) -> None:
        update_fn(s, record_id, **dict(after))

    def backward(s: Session) -> None:
        update_fn(s, record_id, **dict(before))

    cmd = StoreCommand(ctx, text, kind, forward, backward, done=True)
    ctx.undo_stack.push(cmd)
    return cmd


def moved_session(ctx: AppContext, session_id: int, old: int, new: int, text: str) -> StoreCommand:
    from organiser import agenda

    cmd = StoreCommand(
        ctx,
        text,
        "session",
        lambda s: agenda.move_session(s, session_id, new) and None,
        lambda s: agenda.move_session(s, session_id, old) and None,
    )
    ctx.undo_stack.push(cmd)
    return cmd
