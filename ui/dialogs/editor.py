"""What every editor shares: fields by core name, inline errors, Save/Cancel.

``save()`` in a subclass calls the core inside one session; a
:class:`ValidationError` rolls it back, marks the field named by the core,
shows the core's sentence under it and keeps the dialog open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from organiser.changes import ChangeSet
from organiser.errors import ConflictError, OrganiserError, ValidationError
from ui.context import AppContext
from ui.theme import color, soft


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(self.tr("Error"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_message(self, message: str) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, color("bad", pal))
        self.setPalette(pal)
        self.setText(message)
        self.setVisible(bool(message))


class EditorDialog(QDialog):
    """Subclasses build fields with ``add_field`` and implement ``save()``."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.saved_id: int | None = None
        outer = QVBoxLayout(self)
        self.banner = ErrorLabel(self)
        outer.addWidget(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body = QVBoxLayout()
        self.body.addLayout(self.form)
        outer.addLayout(self.body)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._try_save)

    @property
    def save_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(
        self, name: str, label: str, widget: QWidget, form: QFormLayout | None = None
    ) -> QWidget:
        """Add a row; ``name`` is the core's field name (ValidationError.field)."""
        holder = QWidget(self)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = ErrorLabel(holder)
        lay.addWidget(err)
        (form or self.form).addRow(label, holder)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.fields[name] = widget
        self.errors[name] = err
        return widget

    def clear_errors(self) -> None:
        self.banner.show_message("")
        for name, err in self.errors.items():
            err.show_message("")
            w = self.fields[name]
            w.setAutoFillBackground(False)
            w.setPalette(self.palette())
            w.setAccessibleDescription("")

    def show_error(self, exc: OrganiserError) -> None:
        field = getattr(exc, "field", None)
        alias = self.field_alias(field) if field else None
        if alias and alias in self.errors:
            self.errors[alias].show_message(exc.message)
            widget = self.fields[alias]
            pal = widget.palette()
            pal.setColor(QPalette.ColorRole.Base, soft("bad", pal, 70))
            widget.setPalette(pal)
            widget.setAccessibleDescription(exc.message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.banner.show_message(exc.message)

    def field_alias(self, field: str) -> str:
        """Map a core field name to the widget that shows it (override when they differ)."""
        return field

    def error_text(self, name: str) -> str:
        err = self.errors.get(name)
        return err.text() if err is not None and err.isVisible() else ""

    def _try_save(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ValidationError as exc:
            self.show_error(exc)
            return
        except ConflictError as exc:
            # A teammate saved first: the banner names both values, the pages behind
            # show theirs, and Save again (after reviewing) saves over their version.
            self.banner.show_message(exc.message)
            if hasattr(self, "version") and exc.their_version is not None:
                self.version = exc.their_version
            self.ctx.ops.announce(ChangeSet.everything())
            return
        except OrganiserError as exc:
            self.banner.show_message(exc.message)
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError
