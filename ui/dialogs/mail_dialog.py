"""Write to speakers: pick a template, preview each speaker's merged message, save drafts.

The program never sends mail: drafts are ``.eml`` files any mail client opens,
or one message is handed to the system mail client through ``mailto:``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser import mail
from organiser.errors import OrganiserError
from ui import fmt
from ui.context import AppContext
from ui.fmt import targ

LANG_NAMES = {"en": "English", "it": "Italiano", "de": "Deutsch", "fr": "Français", "es": "Español"}


class _MailData:
    """The dialog's only way to the database: each call one short session, core functions."""

    def __init__(self, ctx: AppContext, event_id: int) -> None:
        self.ctx, self.event_id = ctx, event_id

    def templates(self) -> list[mail.MailTemplate]:
        return self.ctx.ops.call(lambda s: mail.list_templates(s))

    def speakers(self) -> list[tuple[int, str, str | None]]:
        from organiser.checklists import event_speakers

        return self.ctx.ops.call(
            lambda s: [(p.id, p.name, p.email) for p in event_speakers(s, self.event_id)]
        )

    def preview(self, t: mail.MailTemplate, lang: str, ids: Sequence[int]) -> list[mail.Draft]:
        return self.ctx.ops.call(
            lambda s: mail.merge(
                s, self.event_id, t, speaker_ids=ids, lang=lang, with_attachments=False
            )
        )

    def write(
        self, t: mail.MailTemplate, lang: str, ids: Sequence[int], folder: str
    ) -> list[mail.Written]:
        return self.ctx.ops.call(
            lambda s: mail.write_drafts(s, self.event_id, t, folder, speaker_ids=ids, lang=lang)
        )

    def record_mailto(self, draft: mail.Draft) -> str:
        return self.ctx.ops.call(lambda s: mail.record_mailto(s, self.event_id, [draft])[0])

    def save_template(self, t: mail.MailTemplate) -> mail.MailTemplate:
        return self.ctx.ops.call(lambda s: mail.save_template(s, t))

    def reset_template(self, name: str) -> None:
        self.ctx.ops.call(lambda s: mail.reset_template(s, name))


class WriteToSpeakersDialog(QDialog):
    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = _MailData(ctx, event_id)
        self.templates: list[mail.MailTemplate] = []
        self.drafts: dict[int, mail.Draft] = {}
        self.setWindowTitle(self.tr("Write to speakers"))
        self.resize(920, 640)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Message"))
        self.lang_box = QComboBox()
        self.lang_box.setAccessibleName(self.tr("Language"))
        t_label = QLabel(self.tr("&Message:"))
        t_label.setBuddy(self.template_box)
        l_label = QLabel(self.tr("&Language:"))
        l_label.setBuddy(self.lang_box)
        top.addWidget(t_label)
        top.addWidget(self.template_box, 1)
        top.addWidget(l_label)
        top.addWidget(self.lang_box)
        layout.addLayout(top)

        split = QSplitter()
        self.speakers = QListWidget()
        self.speakers.setAccessibleName(self.tr("Speakers (ticked ones get a draft)"))
        split.addWidget(self.speakers)
        self.tabs = QTabWidget()
        preview = QWidget()
        pv = QFormLayout(preview)
        self.to_label = QLabel()
        self.to_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subject_label = QLabel()
        self.subject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subject_label.setWordWrap(True)
        self.attach_label = QLabel()
        self.attach_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body_view = QPlainTextEdit()
        self.body_view.setReadOnly(True)
        self.body_view.setAccessibleName(self.tr("Merged message"))
        pv.addRow(self.tr("To:"), self.to_label)
        pv.addRow(self.tr("Subject:"), self.subject_label)
        pv.addRow(self.tr("Attached:"), self.attach_label)
        pv.addRow(self.body_view)
        self.tabs.addTab(preview, self.tr("&Preview"))

        editor = QWidget()
        ed = QVBoxLayout(editor)
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Template subject"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Template text"))
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        fields = QLabel(self.tr("Fields:") + " " + ", ".join("{" + f + "}" for f in mail.FIELDS))
        fields.setWordWrap(True)
        fields.setTextFormat(Qt.TextFormat.PlainText)
        ed.addWidget(self.subject_edit)
        ed.addWidget(self.body_edit, 1)
        ed.addWidget(fields)
        row = QHBoxLayout()
        self.save_template_button = QPushButton(self.tr("Save &template"))
        self.reset_template_button = QPushButton(self.tr("&Reset to the shipped text"))
        row.addWidget(self.save_template_button)
        row.addWidget(self.reset_template_button)
        row.addStretch(1)
        ed.addLayout(row)
        self.tabs.addTab(editor, self.tr("&Edit template"))
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        out = QHBoxLayout()
        f_label = QLabel(self.tr("Save drafts &in:"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder for the drafts"))
        f_label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        out.addWidget(f_label)
        out.addWidget(self.folder_edit, 1)
        out.addWidget(self.browse_button)
        layout.addLayout(out)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save drafts"))
        self.mailto_button = QPushButton(self.tr("&Open in mail app"))
        self.mailto_button.setToolTip(
            self.tr("Hands the selected speaker's message to your mail program (no attachment).")
        )
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mailto_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for sid, name, email in self.data.speakers():
            item = QListWidgetItem(name if email else f"{name} ✉?")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.speakers.addItem(item)
        self._load_templates()

        self.template_box.currentIndexChanged.connect(lambda _i: self._template_chosen())
        self.lang_box.currentIndexChanged.connect(lambda _i: self._fill_editor())
        self.subject_edit.textChanged.connect(lambda _t: self.refresh_preview())
        self.body_edit.textChanged.connect(self.refresh_preview)
        self.speakers.currentRowChanged.connect(lambda _r: self._show_current())
        self.speakers.itemChanged.connect(lambda _i: self.refresh_preview())
        self.save_button.clicked.connect(self.save_drafts)
        self.mailto_button.clicked.connect(self.open_in_mail_app)
        self.browse_button.clicked.connect(self.browse)
        self.save_template_button.clicked.connect(self.save_template)
        self.reset_template_button.clicked.connect(self.reset_template)
        if self.speakers.count():
            self.speakers.setCurrentRow(0)
        self._template_chosen()

    # -- state -------------------------------------------------------------------------
    def _load_templates(self, select: str | None = None) -> None:
        self.templates = self.data.templates()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for t in self.templates:
            label = t.label_in(fmt.language())
            self.template_box.addItem(label + (" ✎" if t.edited else ""), t.name)
        index = max(0, self.template_box.findData(select)) if select else 0
        self.template_box.setCurrentIndex(index)
        self.template_box.blockSignals(False)

    def template(self) -> mail.MailTemplate:
        return self.templates[max(0, self.template_box.currentIndex())]

    def lang(self) -> str:
        return str(self.lang_box.currentData() or "en")

    def _template_chosen(self) -> None:
        t = self.template()
        keep = str(self.lang_box.currentData() or fmt.language())  # first time: the UI's
        self.lang_box.blockSignals(True)
        self.lang_box.clear()
        for code in t.languages():
            self.lang_box.addItem(LANG_NAMES.get(code, code), code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(keep)))
        self.lang_box.blockSignals(False)
        self._fill_editor()

    def _fill_editor(self) -> None:
        text = self.template().texts[self.lang()]
        for w in (self.subject_edit, self.body_edit):
            w.blockSignals(True)
        self.subject_edit.setText(text.subject)
        self.body_edit.setPlainText(text.body)
        for w in (self.subject_edit, self.body_edit):
            w.blockSignals(False)
        self.refresh_preview()

    def edited_template(self) -> mail.MailTemplate:
        """The chosen template with the editor's text for this language (not saved yet)."""
        from dataclasses import replace

        t = self.template()
        text = mail.MailText(self.subject_edit.text(), self.body_edit.toPlainText())
        return replace(t, texts={**t.texts, self.lang(): text})

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.speakers.count()):
            item = self.speakers.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _all_ids(self) -> list[int]:
        return [
            int(self.speakers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.speakers.count())
        ]

    # -- preview -----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        try:
            drafts = self.data.preview(self.edited_template(), self.lang(), self._all_ids())
        except OrganiserError as exc:
            self.drafts = {}
            self.status.setText(exc.message)
            self._show_current()
            self.save_button.setEnabled(False)
            self.mailto_button.setEnabled(False)
            return
        self.drafts = {d.speaker_id: d for d in drafts}
        self.status.setText(
            targ(self.tr("%1 of %2 speakers ticked."), len(self.ticked()), len(drafts))
        )
        self.save_button.setEnabled(bool(self.ticked()))
        self._show_current()

    def current_draft(self) -> mail.Draft | None:
        item = self.speakers.currentItem()
        if item is None:
            return None
        return self.drafts.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_current(self) -> None:
        d = self.current_draft()
        if d is None:
            for w in (self.to_label, self.subject_label, self.attach_label):
                w.clear()
            self.body_view.clear()
            self.mailto_button.setEnabled(False)
            return
        to = (
            f"{d.speaker_name} <{d.to_address}>"
            if d.to_address
            else self.tr("%1 (no e-mail address: fill it in in your mail program)").replace(
                "%1", d.speaker_name
            )
        )
        self.to_label.setText(to)
        self.subject_label.setText(d.subject)
        self.attach_label.setText(", ".join(n for n, _ in d.attachments) or self.tr("nothing"))
        self.body_view.setPlainText(d.body)
        self.mailto_button.setEnabled(True)

    # -- actions -----------------------------------------------------------------------
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the drafts"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def save_drafts(self) -> None:
        try:
            written = self.data.write(
                self.edited_template(), self.lang(), self.ticked(), self.folder_edit.text()
            )
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return
        ticked = sum(1 for w in written if w.checklist)
        self.status.setText(
            targ(
                self.tr("%1 drafts saved in %2; %3 checklist items updated."),
                len(written),
                self.folder_edit.text(),
                ticked,
            )
        )

    def open_in_mail_app(self) -> None:
        d = self.current_draft()
        if d is None:
            return
        QDesktopServices.openUrl(QUrl(mail.mailto_url(d)))
        done = self.data.record_mailto(d)
        self.status.setText(
            targ(self.tr("Handed to your mail program: %1."), d.speaker_name)
            + (f" ({done})" if done else "")
        )

    def save_template(self) -> None:
        try:
            t = self.data.save_template(self.edited_template())
        except OrganiserError as exc:
            self.status.setText(exc.message)
            return
        self._load_templates(t.name)
        self._template_chosen()
        self.status.setText(targ(self.tr("Template “%1” saved."), t.label_in(fmt.language())))

    def reset_template(self) -> None:
        name = self.template().name
        self.data.reset_template(name)
        self._load_templates(name)
        self._template_chosen()
        self.status.setText(self.tr("The shipped text is back."))
