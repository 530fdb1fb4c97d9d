"""Evidence dialogs (CER-04): record a file as evidence, hand evidence over, check a file against
its record. The file is never moved or changed; the service reads it to compute its SHA-256
(a wait cursor shows while it reads: evidence images may be gigabytes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AppError
from app.services.evidence import (
    EvidenceView,
    add_evidence,
    transfer_evidence,
    verify_evidence,
)
from ui import dialog_service, style
from ui.error_text import error_text
from ui.session import SignInSession
from ui.widgets.actor_field import WRITE_FAILURES, Actor, ActorField, not_saved
from ui.widgets.form_fields import cancel_tip, dialog_button, fit_dialog, grow_to_fit, line_edit
from ui.widgets.message_banner import MessageBanner

translate = QCoreApplication.translate
SHORT_SHA = 12
MATCH_MARK = "✔"
MISMATCH_MARK = "✘"


def short_sha(sha256: str) -> str:
    return f"{sha256[:SHORT_SHA]}…"


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


@contextmanager
def reading_file(message: MessageBanner) -> Iterator[None]:
    """A wait cursor and a word while a file is read and hashed (painted before the read)."""
    message.say(translate("EvidenceDialogs", "Reading the file and computing its SHA-256…"), "ok")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        message.clear_message()


class _EvidenceDialog(QDialog):
    """The shared frame: a title, an intro, a form, who is acting, a message, the buttons."""

    def __init__(
        self,
        name: str,
        title: str,
        intro: str,
        session: SignInSession | None,
        typed_name: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        text = style.text_label(f"{name}_intro", 13)
        text.setText(intro)
        self.layout_.addWidget(text)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.typed_name = typed_name
        self.session = session
        self.message = MessageBanner(f"{name}_message")

    def add_row(self, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        style.set_point_size(label, 13)
        self.form.addRow(label, field)

    def finish(
        self, save_text: str, save: Callable[[], object], tip: str, width: int = 660
    ) -> QPushButton:
        self.actor_field = ActorField(
            self.session, f"{self.objectName()}_actor", self.typed_name, form=self.form
        )
        self.layout_.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        name = self.objectName()
        self.cancel_button = dialog_button(
            self.tr("Cancel"), f"{name}_cancel", self.reject, tip=cancel_tip()
        )
        buttons.addWidget(self.cancel_button)
        button = dialog_button(save_text, f"{name}_save", save, primary=True, tip=tip)
        buttons.addWidget(button)
        self.layout_.addLayout(buttons)
        fit_dialog(self, width)
        return button

    def file_row(self, name: str) -> QLineEdit:
        """A file path field with "Choose…" beside it."""
        field = line_edit(
            f"{name}_file",
            self.tr("File"),
            description=self.tr("The full path of the evidence file; type it or choose it"),
        )
        field.setPlaceholderText(self.tr("the file's full path, or Choose…"))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName(f"{name}_choose")
        choose.setAccessibleName(self.tr("Choose the file"))
        choose.setToolTip(self.tr("Pick the evidence file from the computer's folders"))
        style.set_point_size(choose, 13)
        choose.clicked.connect(lambda _checked=False: self._choose(field))
        row.addWidget(choose)
        self.add_row(self.tr("&File:"), box)
        box.setFocusProxy(field)
        return field

    def _choose(self, field: QLineEdit) -> None:
        chosen = dialog_service.choose_open_file(
            self, self.tr("Choose the evidence file"), self.tr("All files (*)")
        )
        if chosen is not None:
            field.setText(str(chosen))

    def acting(self) -> Actor | None:
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
        return actor

    def file_path(self, field: QLineEdit) -> Path | None:
        raw = field.text().strip()
        if not raw:
            self.message.say(self.tr("Choose the file first."))
            field.setFocus()
            return None
        return Path(raw).expanduser()


class AddEvidenceDialog(_EvidenceDialog):
    """Signals:
    evidence_added(EvidenceView): the evidence is recorded.
    """

    evidence_added = Signal(object)

    def __init__(
        self,
        db: Database,
        incident_id: str,
        session: SignInSession | None,
        typed_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "add_evidence",
            self.tr("Record evidence"),
            self.tr(
                "Record a file as evidence (screen photo, log, disk image). The file stays where "
                "it is; its SHA-256 fingerprint and size are recorded so that a copy can be "
                "checked later. Say where the original is kept."
            ),
            session,
            typed_name,
            parent,
        )
        self.db = db
        self.incident_id = incident_id
        self.added: EvidenceView | None = None
        self.file_input = self.file_row("add_evidence")
        self.location_input = line_edit("add_evidence_location", self.tr("Where it is kept"))
        self.location_input.setPlaceholderText(self.tr("required, e.g. evidence locker B2, USB #7"))
        self.add_row(self.tr("&Kept at:"), self.location_input)
        self.description_input = QPlainTextEdit()
        self.description_input.setObjectName("add_evidence_description")
        self.description_input.setAccessibleName(self.tr("Description"))
        self.description_input.setAccessibleDescription(
            self.tr("Optional: what the file is and where it came from")
        )
        self.description_input.setTabChangesFocus(True)
        self.description_input.setMaximumHeight(style.px(100))
        style.set_point_size(self.description_input, 14)
        self.add_row(self.tr("&Description:"), self.description_input)
        self.save_button = self.finish(
            self.tr("Record evidence"),
            self.save,
            self.tr("Record the file's fingerprint and where it is kept; the file is not changed"),
        )
        self.file_input.setFocus()

    def save(self) -> EvidenceView | None:
        actor = self.acting()
        path = self.file_path(self.file_input)
        if actor is None or path is None:
            return None
        try:
            with reading_file(self.message):
                evidence = add_evidence(
                    self.db,
                    self.incident_id,
                    path,
                    by=actor,
                    location=self.location_input.text(),
                    description=self.description_input.toPlainText() or None,
                )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "recording evidence"))
            return None
        self.added = evidence
        self.evidence_added.emit(evidence)
        self.accept()
        return evidence


class TransferDialog(_EvidenceDialog):
    """Signals:
    transferred(EvidenceView): the hand-over is recorded.
    """

    transferred = Signal(object)

    def __init__(
        self,
        db: Database,
        evidence: EvidenceView,
        session: SignInSession | None,
        typed_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "transfer_evidence",
            self.tr("Hand evidence over"),
            self.tr(
                "{file} (SHA-256 {sha}) is now held by {holder} at {location}. Record who hands "
                "it to whom, why, and where it will be kept."
            ).format(
                file=evidence.file_name,
                sha=short_sha(evidence.sha256),
                holder=evidence.holder,
                location=evidence.location,
            ),
            session,
            typed_name,
            parent,
        )
        self.db = db
        self.evidence = evidence
        self.result_view: EvidenceView | None = None
        self.from_input = line_edit(
            "transfer_from",
            self.tr("Handed over by"),
            description=self.tr("The person who has the evidence now and hands it over"),
        )
        self.from_input.setText(evidence.holder)
        self.to_input = line_edit("transfer_to", self.tr("Received by"))
        self.to_input.setPlaceholderText(self.tr("required: the person receiving it"))
        self.reason_input = line_edit("transfer_reason", self.tr("Reason"))
        self.reason_input.setPlaceholderText(self.tr("required, e.g. forensic imaging by vendor"))
        self.location_input = line_edit("transfer_location", self.tr("Kept at afterwards"))
        self.location_input.setPlaceholderText(self.tr("optional: where it will be kept"))
        self.add_row(self.tr("&From:"), self.from_input)
        self.add_row(self.tr("&To:"), self.to_input)
        self.add_row(self.tr("&Reason:"), self.reason_input)
        self.add_row(self.tr("&Kept at:"), self.location_input)
        self.save_button = self.finish(
            self.tr("Record hand-over"),
            self.save,
            self.tr("Add this hand-over to the evidence's chain of custody"),
        )
        self.to_input.setFocus()

    def save(self) -> EvidenceView | None:
        actor = self.acting()
        if actor is None:
            return None
        try:
            view = transfer_evidence(
                self.db,
                self.evidence.id,
                from_person=self.from_input.text(),
                to_person=self.to_input.text(),
                reason=self.reason_input.text(),
                location=self.location_input.text() or None,
                by=actor,
            )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "recording a hand-over"))
            return None
        self.result_view = view
        self.transferred.emit(view)
        self.accept()
        return view


class VerifyDialog(_EvidenceDialog):
    """Check a file against an evidence record; the result stays shown in words and a mark.

    Signals:
    verified(bool): the check ran (True: the file matches the record); it is in the trail.
    """

    verified = Signal(bool)

    def __init__(
        self,
        db: Database,
        evidence: EvidenceView,
        session: SignInSession | None,
        typed_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "verify_evidence",
            self.tr("Check a file against its record"),
            self.tr(
                "Choose a file to check whether it is exactly the evidence recorded as {file} "
                "({size}). The check is written in the incident's timeline."
            ).format(file=evidence.file_name, size=size_text(evidence.size)),
            session,
            typed_name,
            parent,
        )
        self.db = db
        self.evidence = evidence
        self.match: bool | None = None
        recorded = style.text_label("verify_evidence_recorded", 12)
        recorded.setText(self.tr("Recorded SHA-256: {sha}").format(sha=evidence.sha256))
        self.layout_.addWidget(recorded)
        self.file_input = self.file_row("verify_evidence")
        self.result_label = style.text_label("verify_evidence_result", 16, bold=True)
        self.result_label.hide()
        self.layout_.addWidget(self.result_label)
        self.save_button = self.finish(
            self.tr("&Check file"),
            self.check,
            self.tr(
                "Compare the file's fingerprint with the one recorded, to show it is unchanged"
            ),
            700,
        )
        self.file_input.setFocus()

    def check(self) -> bool | None:
        actor = self.acting()
        path = self.file_path(self.file_input)
        if actor is None or path is None:
            return None
        self.result_label.hide()
        try:
            with reading_file(self.message):
                match = verify_evidence(self.db, self.evidence.id, path, by=actor)
        except (AppError, *WRITE_FAILURES) as exc:
            text, kind = not_saved(exc, "checking evidence")
            if isinstance(exc, AppError) and kind == "warning":
                text = self.tr("Not checked: {problem}").format(problem=error_text(exc))
            self.message.say(text, kind)
            return None
        self.match = match
        self._show_result(path, match)
        self.verified.emit(match)
        return match

    def _show_result(self, path: Path, match: bool) -> None:
        if match:
            text = self.tr(
                "{mark} MATCH: {name} is exactly the recorded evidence (same SHA-256 and size)."
            ).format(mark=MATCH_MARK, name=path.name)
            colours = (style.theme.ok_bg, style.theme.ok_fg)
        else:
            text = self.tr(
                "{mark} MISMATCH: {name} is NOT the recorded evidence. Its content differs; "
                "do not use it as this evidence."
            ).format(mark=MISMATCH_MARK, name=path.name)
            colours = (style.theme.danger_bg, style.theme.danger_fg)
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)
        self.result_label.setStyleSheet(style.banner_style(*colours))
        self.result_label.show()
        grow_to_fit(self.result_label)
        self.save_button.setText(self.tr("Check another file"))
        self.cancel_button.setText(self.tr("Close"))
