"""Importing contacts from a CSV or vCard file: all-or-nothing unless invalid rows are skipped.

The file is chosen first (``dialog_service.choose_open_file``); the dialog then asks which unit and
tier rows that name none go to (vCards never do), imports, and lists the row errors like the
inventory import. Nothing is written while a row is invalid, unless the person chooses to skip them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.contacts import ContactsReport, import_contacts
from app.services.reference import Reference
from ui import style
from ui.dialogs.import_problem_model import ImportProblemModel
from ui.error_text import error_text
from ui.widgets.call_list import READ_FAILURES

log = logging.getLogger(__name__)
FILE_FILTERS = "CSV / vCard (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)"


class ContactImportDialog(QDialog):
    """Signals:
    imported(ContactsReport): contacts were written.
    """

    imported = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        path: Path,
        units: list[str],
        by: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_import_dialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(900, 600)
        self.db = db
        self.reference = reference
        self.path = Path(path)
        self.by = by
        self.report: ContactsReport | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        file_label = style.text_label("contact_import_file", 14, bold=True)
        file_label.setText(self.tr("File: {name}").format(name=self.path.name))
        layout.addWidget(file_label)
        form = QFormLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("contact_import_unit")
        self.unit_combo.setAccessibleName(self.tr("Unit for rows that name none"))
        self.unit_combo.setAccessibleDescription(
            self.tr("The escalation chain a contact joins when the file does not name a unit")
        )
        self.unit_combo.addItem(self.tr("All units"), "")
        for unit in units:
            self.unit_combo.addItem(unit, unit)
        style.set_point_size(self.unit_combo, 14)
        form.addRow(self.tr("Unit for rows that name none:"), self.unit_combo)
        self.tier_spin = QSpinBox()
        self.tier_spin.setObjectName("contact_import_tier")
        self.tier_spin.setAccessibleName(self.tr("Tier for rows that name none"))
        self.tier_spin.setAccessibleDescription(
            self.tr("When such a contact is called, from 1 (first) to 9, if the file does not say")
        )
        self.tier_spin.setRange(1, 9)
        style.set_point_size(self.tier_spin, 14)
        form.addRow(self.tr("Tier for rows that name none:"), self.tier_spin)
        self.skip_check = QCheckBox(
            self.tr("Skip invalid rows and import the others (otherwise nothing is imported)")
        )
        self.skip_check.setObjectName("contact_import_skip")
        self.skip_check.setAccessibleDescription(
            self.tr("Untick to import nothing at all while any row has a problem")
        )
        style.set_point_size(self.skip_check, 14)
        form.addRow(self.skip_check)
        layout.addLayout(form)

        self.message = style.text_label("contact_import_message", 15, bold=True)
        self.message.hide()
        layout.addWidget(self.message)
        self.problems = ImportProblemModel(self)
        self.problem_table = QTableView()
        self.problem_table.setObjectName("contact_import_problems")
        self.problem_table.setAccessibleName(self.tr("Rows with problems"))
        self.problem_table.setAccessibleDescription(
            self.tr("Each row of the file that cannot be imported, and why")
        )
        self.problem_table.setModel(self.problems)
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.verticalHeader().setVisible(False)
        self.problem_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        style.set_point_size(self.problem_table, 13)
        self.problem_table.hide()
        layout.addWidget(self.problem_table, 1)
        layout.addStretch(0)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("contact_import_close")
        self.close_button.setToolTip(self.tr("Close this window; nothing more is imported"))
        self.close_button.setProperty("role", "secondary")
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("contact_import_run")
        self.import_button.setToolTip(self.tr("Import the file's contacts into the contact list"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

    def run_import(self) -> ContactsReport | None:
        try:
            report = import_contacts(
                self.db,
                self.reference,
                self.path,
                unit=self.unit_combo.currentData() or None,
                tier=self.tier_spin.value(),
                skip_invalid=self.skip_check.isChecked(),
                by=self.by,
            )
        except BadInputError as exc:
            self._say(self.tr("Not imported: {problem}").format(problem=error_text(exc)), False)
            return None
        except READ_FAILURES as exc:
            log.error("importing contacts failed: %s", exc)
            self._say(
                self.tr("Not imported: the database could not be written ({problem}).").format(
                    problem=exc
                ),
                True,
            )
            return None
        self.report = report
        self.problems.set_problems(report.problems)
        self.problem_table.setVisible(bool(report.errors))
        if not report.written:
            self._say(
                self.tr(
                    "Nothing was imported: {rows} rows have problems (below). Fix the file and "
                    "import again, or tick “Skip invalid rows”."
                ).format(rows=report.rejected),
                False,
            )
            self.skip_check.setFocus()
            return report
        self._say(
            self.tr("Imported: {new} new, {updated} updated, {skipped} rows skipped.").format(
                new=report.imported, updated=report.updated, skipped=report.rejected
            ),
            None,
        )
        self.import_button.setEnabled(False)
        self.close_button.setFocus()
        self.imported.emit(report)
        return report

    def _say(self, text: str, severe: bool | None) -> None:
        if severe is None:
            colours = (style.theme.ok_bg, style.theme.ok_fg)
        elif severe:
            colours = (style.theme.danger_bg, style.theme.danger_fg)
        else:
            colours = (style.theme.warning_bg, style.theme.warning_fg)
        self.message.setText(text)
        self.message.setStyleSheet(style.banner_style(*colours))
        self.message.show()
