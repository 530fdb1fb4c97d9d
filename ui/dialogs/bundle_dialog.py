"""Signed data bundles carried by USB: export one (signed with an administrator's key, password
asked again), or import one in two steps — Check shows who published it and what would change,
Apply writes it all or nothing. Nothing is written by Check."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AppError
from app.services.bundles.changes import KindChanges
from app.services.bundles.export import export_bundle
from app.services.bundles.importer import ImportReport, import_bundle
from app.services.reference import Reference
from ui import dialog_service, style
from ui.error_text import error_text
from ui.session import SignInSession
from ui.widgets.actor_field import WRITE_FAILURES
from ui.widgets.form_fields import busy_cursor, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner
from ui.widgets.spoken import describe_tabs

log = logging.getLogger(__name__)
DATA_KINDS = ("inventory", "contacts", "escalation", "tree", "users-public")
SHOWN_ITEMS = 200  # changes listed per kind in the preview (the counts cover all)


class BundleDialog(QDialog):
    def __init__(
        self,
        db: Database,
        reference: Reference,
        session: SignInSession | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundle_dialog")
        self.setWindowTitle(self.tr("USB bundles"))
        self.db, self.reference, self.session = db, reference, session
        self.checked: ImportReport | None = None  # the last Check, for Apply
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._import_page(), self.tr("Import"))
        self.tabs.addTab(self._export_page(), self.tr("Export"))
        self.tabs.setTabToolTip(0, self.tr("Bring data from a bundle file into this computer"))
        self.tabs.setTabToolTip(1, self.tr("Write this computer's data to a signed bundle file"))
        describe_tabs(self.tabs, self.tr("Bundle"), self.tr("Import a bundle, or export one"))
        layout.addWidget(self.tabs)
        fit_dialog(self, 860)

    # --- import ---------------------------------------------------------------------------------
    def _import_page(self) -> QWidget:
        page = QWidget()
        inner = QVBoxLayout(page)
        intro = style.text_label("bundle_import_intro", 13)
        intro.setText(
            self.tr(
                "Choose a bundle file. Check verifies its signature against the publishers this "
                "computer trusts and shows what would change; nothing is written until you Apply."
            )
        )
        inner.addWidget(intro)
        row = QHBoxLayout()
        self.file_input = line_edit("bundle_file", self.tr("Bundle file"))
        self.file_input.setPlaceholderText(self.tr("the bundle file, e.g. on the USB stick"))
        row.addWidget(self.file_input, 1)
        row.addWidget(
            dialog_button(
                self.tr("C&hoose…"),
                "bundle_choose",
                self.choose_file,
                tip=self.tr("Pick the bundle file, e.g. on the USB stick"),
            )
        )
        inner.addLayout(row)
        self.name_input = line_edit("bundle_by", self.tr("Your name"))
        self.name_input.setPlaceholderText(
            self.tr("who imports (default: this computer's account)")
        )
        inner.addWidget(self.name_input)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = dialog_button(
            self.tr("&Check"),
            "bundle_check",
            self.check,
            tip=self.tr(
                "Check the bundle's signature and show what it would change; writes nothing"
            ),
        )
        self.apply_button = dialog_button(
            self.tr("&Apply"),
            "bundle_apply",
            self.apply,
            primary=True,
            tip=self.tr("Write the checked bundle's changes into this computer's database"),
        )
        self.apply_button.setEnabled(False)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.apply_button)
        inner.addLayout(buttons)
        self.import_message = MessageBanner("bundle_import_message")
        inner.addWidget(self.import_message)
        self.preview = QTextBrowser()
        self.preview.setObjectName("bundle_preview")
        self.preview.setAccessibleName(self.tr("What the bundle would change"))
        self.preview.setAccessibleDescription(
            self.tr("After Check: who signed the bundle and what it would add or change")
        )
        self.preview.setMinimumHeight(style.px(280))
        style.set_point_size(self.preview, 12)
        inner.addWidget(self.preview, 1)
        self.file_input.textChanged.connect(self._forget_check)
        return page

    def choose_file(self) -> None:
        chosen = dialog_service.choose_open_file(
            self,
            self.tr("Choose a bundle"),
            self.tr("MDIR Desk bundles (*.zip *.mdirb);;All files (*)"),
        )
        if chosen is not None:
            self.file_input.setText(str(chosen))

    def _forget_check(self) -> None:
        self.checked = None
        self.apply_button.setEnabled(False)
        self.preview.clear()

    def _path(self) -> Path | None:
        text = self.file_input.text().strip()
        if not text:
            self.import_message.say(self.tr("Choose a bundle file first."))
            self.file_input.setFocus()
            return None
        return Path(text)

    def check(self) -> ImportReport | None:
        """The dry run: verify and preview, write nothing."""
        self._forget_check()
        path = self._path()
        if path is None:
            return None
        try:
            with busy_cursor():
                report = import_bundle(self.db, self.reference, path, dry_run=True)
        except AppError as exc:
            self.import_message.say(
                self.tr("Refused: {problem}").format(problem=error_text(exc)), "danger"
            )
            return None
        except WRITE_FAILURES as exc:
            log.error("checking a bundle failed: %s", exc)
            self.import_message.say(self.tr("The bundle could not be read."), "danger")
            return None
        self.checked = report
        self.preview.setHtml(self.preview_html(report))
        if report.same_installation:
            self.import_message.say(
                self.tr("This bundle was made on this computer: there is nothing to import."), "ok"
            )
        elif report.touched:
            self.import_message.say(
                self.tr("Signature valid. {count} change(s) would be applied.").format(
                    count=report.touched
                ),
                "ok",
            )
            self.apply_button.setEnabled(True)
        else:
            self.import_message.say(self.tr("Signature valid. Everything is already here."), "ok")
        return report

    def apply(self) -> ImportReport | None:
        """Apply what Check showed (verified again; all or nothing)."""
        path = self._path()
        if path is None or self.checked is None:
            return None
        if not dialog_service.confirm(
            self,
            self.tr("Apply the bundle"),
            self.tr("Apply {count} change(s) from {publisher}?").format(
                count=self.checked.touched, publisher=self.checked.publisher
            ),
        ):
            return None
        by = " ".join(self.name_input.text().split()) or None
        try:
            with busy_cursor():
                report = import_bundle(self.db, self.reference, path, by=by)
        except AppError as exc:
            self.import_message.say(
                self.tr("NOT applied: {problem}").format(problem=error_text(exc)), "danger"
            )
            return None
        except WRITE_FAILURES as exc:
            log.error("applying a bundle failed: %s", exc)
            self.import_message.say(
                self.tr("NOT applied: the database could not be written; nothing changed."),
                "danger",
            )
            return None
        self.apply_button.setEnabled(False)
        self.checked = None
        self.preview.setHtml(self.preview_html(report))
        self.import_message.say(
            self.tr("Applied: {count} change(s) saved.").format(count=report.touched), "ok"
        )
        return report

    def preview_html(self, report: ImportReport) -> str:
        facts = [
            (self.tr("Publisher"), report.publisher),
            (self.tr("Trusted as"), report.trusted_as),
            (self.tr("Key"), report.fingerprint),
            (self.tr("Made"), report.created_at),
            (self.tr("Contents"), ", ".join(report.includes)),
        ]
        parts = ["<table cellspacing='3'>"]
        parts += [
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in facts
        ]
        parts.append("</table>")
        for kind in report.changes:
            parts.append(self._kind_html(kind))
        return "".join(parts)

    def _kind_html(self, kind: KindChanges) -> str:
        head = self.tr("{kind}: {added} added, {changed} changed, {unchanged} unchanged").format(
            kind=kind.kind, added=kind.added, changed=kind.changed, unchanged=kind.unchanged
        )
        parts = [f"<h3>{html.escape(head)}</h3>"]
        if kind.note:
            parts.append(f"<p>{html.escape(kind.note)}</p>")
        if kind.items:
            parts.append("<ul>")
            for change in kind.items[:SHOWN_ITEMS]:
                action = self.tr("added") if change.action == "added" else self.tr("changed")
                fields = "; ".join(
                    f"{name}: {before!s} → {after!s}"
                    for name, (before, after) in change.fields.items()
                )
                line = f"{change.key} — {action}" + (f": {fields}" if fields else "")
                parts.append(f"<li>{html.escape(line)}</li>")
            if len(kind.items) > SHOWN_ITEMS:
                more = self.tr("… and {count} more").format(count=len(kind.items) - SHOWN_ITEMS)
                parts.append(f"<li>{html.escape(more)}</li>")
            parts.append("</ul>")
        return "".join(parts)

    # --- export ---------------------------------------------------------------------------------
    def _export_page(self) -> QWidget:
        page = QWidget()
        inner = QVBoxLayout(page)
        intro = style.text_label("bundle_export_intro", 13)
        intro.setText(
            self.tr(
                "A bundle is signed with your key (an administrator signed in); the other computer "
                "must trust your public key (export it with the bundle)."
            )
        )
        inner.addWidget(intro)
        self.include_boxes: dict[str, QCheckBox] = {}
        names = {
            "inventory": self.tr("Device inventory"),
            "contacts": self.tr("Contacts"),
            "escalation": self.tr("Escalation tiers"),
            "tree": self.tr("Question tree (check only)"),
            "users-public": self.tr("Accounts (public part only)"),
        }
        helps = {
            "inventory": self.tr("Tick to put every device of the inventory in the bundle"),
            "contacts": self.tr("Tick to put the contacts in the bundle"),
            "escalation": self.tr("Tick to put each unit's tiers of people to call in the bundle"),
            "tree": self.tr("Tick so the other computer can check it uses the same questions"),
            "users-public": self.tr("Tick to put the accounts in the bundle, without passwords"),
        }
        for kind in DATA_KINDS:
            box = QCheckBox(names[kind])
            box.setObjectName(f"bundle_include_{kind}")
            box.setAccessibleDescription(helps[kind])
            box.setChecked(kind in ("inventory", "contacts", "escalation"))
            style.set_point_size(box, 13)
            self.include_boxes[kind] = box
            inner.addWidget(box)
        self.decisions_box = QCheckBox(
            self.tr("Decisions, sign-offs and their trail (laptop → central)")
        )
        self.decisions_box.setObjectName("bundle_include_decisions")
        self.decisions_box.setAccessibleDescription(
            self.tr("Tick to bring this laptop's decisions and signatures to the central computer")
        )
        style.set_point_size(self.decisions_box, 13)
        self.decisions_box.toggled.connect(self._decisions_toggled)
        inner.addWidget(self.decisions_box)
        form = QFormLayout()
        self.out_input = line_edit("bundle_out", self.tr("Bundle file to write"))
        self.out_input.setPlaceholderText(
            self.tr("where to write it (never over an existing file)")
        )
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_input, 1)
        out_row.addWidget(
            dialog_button(
                self.tr("Sa&ve as…"),
                "bundle_save_as",
                self.choose_out,
                tip=self.tr("Pick the folder and name of the bundle file to write"),
            )
        )
        form.addRow(QLabel(self.tr("File:")), out_row)
        self.password_input = line_edit(
            "bundle_password",
            self.tr("Your password"),
            password=True,
            description=self.tr("Your password again: it unlocks your key to sign the bundle"),
        )
        form.addRow(QLabel(self.tr("Your password:")), self.password_input)
        self.key_box = QCheckBox(self.tr("Also write my public key file next to the bundle"))
        self.key_box.setObjectName("bundle_write_key")
        self.key_box.setAccessibleDescription(
            self.tr("The other computer needs this file to trust bundles you sign")
        )
        self.key_box.setChecked(True)
        form.addRow(self.key_box)
        inner.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = dialog_button(
            self.tr("&Export"),
            "bundle_export",
            self.export,
            primary=True,
            tip=self.tr("Write the signed bundle with the ticked data to the file"),
        )
        buttons.addWidget(self.export_button)
        inner.addLayout(buttons)
        self.export_message = MessageBanner("bundle_export_message")
        inner.addWidget(self.export_message)
        inner.addStretch(1)
        return page

    def _decisions_toggled(self, on: bool) -> None:
        for box in self.include_boxes.values():
            box.setEnabled(not on)  # decisions travel alone

    def choose_out(self) -> None:
        chosen = dialog_service.choose_save_file(
            self,
            self.tr("Save the bundle"),
            Path("mdir-desk-bundle.zip"),
            self.tr("Bundles (*.zip)"),
        )
        if chosen is not None:
            self.out_input.setText(str(chosen))

    def includes(self) -> tuple[str, ...]:
        if self.decisions_box.isChecked():
            return ("decisions",)
        return tuple(k for k, box in self.include_boxes.items() if box.isChecked())

    def export(self) -> object | None:
        user = self.session.user if self.session is not None else None
        if user is None:
            self.export_message.say(self.tr("Sign in as an administrator first."))
            return None
        out = self.out_input.text().strip()
        if not out:
            self.export_message.say(self.tr("Choose where to write the bundle."))
            self.out_input.setFocus()
            return None
        if not self.includes():
            self.export_message.say(self.tr("Choose at least one kind of data."))
            return None
        password = self.password_input.text()
        self.password_input.clear()  # never kept
        try:
            with busy_cursor():
                result = export_bundle(
                    self.db,
                    self.reference,
                    Path(out),
                    self.includes(),
                    by=user,
                    password=password,
                    write_key=self.key_box.isChecked(),
                )
        except AppError as exc:
            self.export_message.say(
                self.tr("NOT exported: {problem}").format(problem=error_text(exc)), "danger"
            )
            return None
        except WRITE_FAILURES as exc:
            log.error("exporting a bundle failed: %s", exc)
            self.export_message.say(
                self.tr("NOT exported: the file could not be written."), "danger"
            )
            return None
        counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
        text = self.tr("Exported to {path} ({counts}).").format(path=result.path, counts=counts)
        if result.key_file is not None:
            text += " " + self.tr("Public key: {path}").format(path=result.key_file)
        self.export_message.say(text, "ok")
        return result
