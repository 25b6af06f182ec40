"""User actions shared by the menus and the pages' buttons (one place, one behaviour)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import undo
from ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def confirm_delete(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    delete = box.addButton(
        QCoreApplication.translate("Actions", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setInformativeText(
        QCoreApplication.translate("Actions", "You can undo this with Edit ▸ Undo.")
    )
    box.exec()
    return box.clickedButton() is delete


def new_event(ctx: AppContext, parent: QWidget | None) -> int | None:
    from ui.dialogs.event_dialog import EventDialog

    dlg = EventDialog(ctx, None, parent)
    if dlg.exec() and dlg.saved_id is not None:
        ctx.select_event(dlg.saved_id)
        return dlg.saved_id
    return None


def edit_event(ctx: AppContext, parent: QWidget | None, event_id: int | None) -> None:
    from ui.dialogs.event_dialog import EventDialog

    if event_id is not None:
        EventDialog(ctx, event_id, parent).exec()


def copy_event(ctx: AppContext, parent: QWidget | None, event_id: int | None) -> int | None:
    from ui.dialogs.event_dialog import CopyEventDialog

    if event_id is None:
        return None
    dlg = CopyEventDialog(ctx, event_id, parent)
    if dlg.exec() and dlg.saved_id is not None:
        ctx.select_event(dlg.saved_id)
        return dlg.saved_id
    return None


def delete_event(ctx: AppContext, parent: QWidget | None, event_id: int | None, title: str) -> bool:
    if event_id is None:
        return False
    question = QCoreApplication.translate(
        "Actions", "Delete “%1” with its agenda, attendees and checklist?"
    ).replace("%1", title)
    if not confirm_delete(parent, QCoreApplication.translate("Actions", "Delete event"), question):
        return False
    from organiser.errors import OrganiserError
    from organiser.events import delete_event as delete
    from organiser.models import Event

    text = QCoreApplication.translate("Actions", "Delete event “%1”").replace("%1", title)
    try:
        scope = [undo.tree(Event, event_id)]
        undo.run(ctx, text, scope, lambda s: delete(s, event_id), what="event")
    except OrganiserError as exc:
        QMessageBox.warning(parent, text, exc.message)
        return False
    return True
