"""Import devices from a CSV or Excel file: file → column mapping → check (a dry run) → import → done.

The check page is the dry run: it shows what the import would do and writes nothing. The import is
all-or-nothing unless the person chooses to skip the invalid rows, which then go to a rejects file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.inventory_import import (
    ImportReport,
    PlannedImport,
    list_mapping_profiles,
    plan_import,
)
from app.services.reference import Reference
from ui import dialog_service, style
from ui.dialogs.import_pages import MappingPage, ReportPage, busy, error_label
from ui.error_text import error_text

translate = QCoreApplication.translate
FILE_FILTERS = "CSV / Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"


class ImportWizard(QWizard):
    """Signals:
    imported(ImportReport): devices were written to the inventory.
    """

    imported = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        saved_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import devices"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setModal(True)
        self.resize(1040, 760)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.planned: PlannedImport | None = None
        self.report: ImportReport | None = None
        self.file_page = FilePage(self, saved_by)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.done_page):
            self.addPage(page)
        for which, tip in (
            (QWizard.WizardButton.BackButton, self.tr("Go back to the previous step")),
            (QWizard.WizardButton.NextButton, self.tr("Go on to the next step")),
            (QWizard.WizardButton.CommitButton, self.tr("Import the devices as checked")),
            (QWizard.WizardButton.FinishButton, self.tr("Close the import")),
            (QWizard.WizardButton.CancelButton, self.tr("Stop; nothing is imported")),
        ):
            self.button(which).setToolTip(tip)

    def saved_by(self) -> str:
        return " ".join(self.file_page.by_input.text().split())

    def plan(self, mapping: str | dict[str, str]) -> str | None:
        """Read, map and check the chosen file; the problem in words when it cannot be read."""
        try:
            with busy():
                self.planned = plan_import(self.db, self.reference, self.file_page.path(), mapping)
        except BadInputError as exc:
            return error_text(exc)
        return None

    def finish_import(self, report: ImportReport) -> None:
        self.report = report
        self.imported.emit(report)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, saved_by: str) -> None:
        super().__init__()
        self.setObjectName("import_file_page")
        self.owner = wizard
        self.setTitle(self.tr("1. Choose the file"))
        self.setSubTitle(
            self.tr("A CSV or Excel (.xlsx) table with one device per row and a header row.")
        )
        layout = QVBoxLayout(self)
        self.error_label = error_label("import_file_error")
        layout.addWidget(self.error_label)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_input = QLineEdit()
        self.path_input.setObjectName("import_path")
        self.path_input.setAccessibleName(self.tr("File to import"))
        self.path_input.setAccessibleDescription(
            self.tr("The full path of the CSV or Excel file; type it or choose it")
        )
        self.path_input.setMinimumHeight(style.px(40))
        self.path_input.textChanged.connect(lambda _text: self.completeChanged.emit())
        choose = QPushButton(self.tr("&Choose…"))
        choose.setObjectName("import_choose")
        choose.setToolTip(self.tr("Pick the file from the computer's folders"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.path_input, 1)
        row.addWidget(choose)
        form.addRow(self.tr("File:"), row)
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("import_profile")
        self.profile_combo.setAccessibleName(self.tr("Column mapping"))
        self.profile_combo.setAccessibleDescription(
            self.tr(
                "Which columns of the file hold which device fields; a saved mapping or a guess"
            )
        )
        self.profile_combo.setMinimumHeight(style.px(40))
        for name in list_mapping_profiles(wizard.db):
            self.profile_combo.addItem(profile_label(name), name)
        form.addRow(self.tr("Columns:"), self.profile_combo)
        self.by_input = QLineEdit(saved_by)
        self.by_input.setObjectName("import_by")
        self.by_input.setAccessibleName(self.tr("Name of the person importing"))
        self.by_input.setAccessibleDescription(
            self.tr("Required: your name, recorded with every device imported")
        )
        self.by_input.setMinimumHeight(style.px(40))
        self.by_input.textChanged.connect(lambda _text: self.completeChanged.emit())
        form.addRow(self.tr("Your name (required):"), self.by_input)
        layout.addLayout(form)
        layout.addStretch(1)
        style.set_point_size(self, 13)

    def path(self) -> Path:
        return Path(self.path_input.text().strip())

    def _choose(self) -> None:
        chosen = dialog_service.choose_open_file(self, self.tr("File to import"), FILE_FILTERS)
        if chosen is not None:
            self.path_input.setText(str(chosen))

    def isComplete(self) -> bool:
        return bool(self.path_input.text().strip() and self.by_input.text().strip())

    def validatePage(self) -> bool:
        problem = self.owner.plan(self.profile_combo.currentData())
        self.error_label.setText(problem or "")
        self.error_label.setVisible(problem is not None)
        return problem is None


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import_done_page")
        self.owner = wizard
        self.setTitle(self.tr("4. Done"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("import_done_summary")
        self.summary.setWordWrap(True)
        style.set_point_size(self.summary, 15, bold=True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.owner.report
        if report is None:
            return
        lines = [
            self.tr("Added {new} new devices and updated {updated}.").format(
                new=f"{report.imported:,}", updated=f"{report.updated:,}"
            )
        ]
        if report.rejected:
            lines.append(
                self.tr("{rejected} rows were left out; they are in {file}").format(
                    rejected=f"{report.rejected:,}", file=report.rejects_file or "—"
                )
            )
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(self.summary.text())


def profile_label(name: str) -> str:
    if name == "auto":
        return translate("ImportWizard", "Recognise the columns automatically")
    if name == "snipe-it":
        return translate("ImportWizard", "Snipe-IT export")
    return translate("ImportWizard", "Saved mapping: {name}").format(name=name)
