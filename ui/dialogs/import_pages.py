"""The middle pages of the import wizard: the column mapping, and the check (dry run) with the import."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from app.domain.device_fields import FIELD_NAMES
from app.errors import BadInputError
from app.services.inventory_import import apply_import, save_mapping_profile
from ui import dialog_service, style
from ui.dialogs.import_problem_model import ImportProblemModel
from ui.error_text import error_text
from ui.views.inventory.field_texts import field_label
from ui.widgets.spoken import describe_tabs

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

EXAMPLES = 3
IGNORE = ""  # data of the "not imported" entry of a column's field combo


@contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style.banner_style(style.theme.danger_bg, style.theme.danger_fg))
    style.set_point_size(label, 13, bold=True)
    label.hide()
    return label


def show_problem(label: QLabel, problem: str | None) -> bool:
    label.setText(problem or "")
    label.setAccessibleName(problem or "")
    label.setVisible(problem is not None)
    return problem is None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import_mapping_page")
        self.owner = wizard
        self.setTitle(self.tr("2. Check the columns"))
        self.setSubTitle(
            self.tr("Each column of the file and the field it fills. Change any that are wrong.")
        )
        layout = QVBoxLayout(self)
        self.error_label = error_label("import_mapping_error")
        layout.addWidget(self.error_label)
        self.file_label = QLabel()
        self.file_label.setObjectName("import_file_summary")
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("import_mapping_table")
        self.table.setAccessibleName(self.tr("Columns of the file and their fields"))
        self.table.setAccessibleDescription(
            self.tr("For each column of the file: its first values and the device field it fills")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Field")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(style.px(42))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        save_row = QHBoxLayout()
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("import_profile_name")
        self.profile_name.setAccessibleName(self.tr("Name for this mapping"))
        self.profile_name.setPlaceholderText(self.tr("Name, e.g. CMMS export"))
        self.save_button = QPushButton(self.tr("&Save this mapping"))
        self.save_button.setObjectName("import_save_profile")
        self.save_button.setToolTip(
            self.tr("Keep this mapping under the name typed, to use for the next file")
        )
        self.save_button.clicked.connect(self.save_profile)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("import_profile_saved")
        save_row.addWidget(self.profile_name, 1)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        layout.addLayout(save_row)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        planned = self.owner.planned
        assert planned is not None
        table = planned.table
        self.file_label.setText(
            self.tr("{file}: {rows} rows, {columns} columns").format(
                file=planned.path.name, rows=f"{len(table.rows):,}", columns=len(table.headers)
            )
        )
        by_column = {index: name for name, index in planned.mapping.columns.items()}
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            examples = [r.cells[index] for r in table.rows[:50] if r.cells[index].strip()]
            self.table.setItem(index, 0, QTableWidgetItem(header or f"({index + 1})"))
            self.table.setItem(index, 1, QTableWidgetItem(" · ".join(examples[:EXAMPLES])))
            combo = QComboBox()
            combo.setObjectName(f"import_field_{index}")
            combo.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            combo.setAccessibleDescription(
                self.tr("The device field this column fills, or not imported")
            )
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for name in FIELD_NAMES:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(by_column.get(index, IGNORE)), 0))
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        show_problem(self.error_label, None)

    def pairs(self) -> dict[str, str]:
        """field -> header as chosen; a problem in words when two columns feed one field."""
        headers = self.owner.planned.table.headers if self.owner.planned else []
        chosen: dict[str, str] = {}
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name == IGNORE:
                continue
            if name in chosen:
                raise BadInputError(
                    self.tr("Two columns fill {field}: {first} and {second}. Keep one.").format(
                        field=field_label(name), first=chosen[name], second=headers[index]
                    )
                )
            chosen[name] = headers[index]
        if "asset_tag" not in chosen:
            raise BadInputError(self.tr("Choose the column that holds the asset tag."))
        return chosen

    def save_profile(self) -> None:
        try:
            save_mapping_profile(
                self.owner.db, self.profile_name.text(), self.pairs(), by=self.owner.saved_by()
            )
        except BadInputError as exc:
            show_problem(self.error_label, error_text(exc))
            return
        show_problem(self.error_label, None)
        self.saved_label.setText(self.tr("Saved."))

    def validatePage(self) -> bool:
        planned = self.owner.planned
        assert planned is not None
        try:
            pairs = self.pairs()
        except BadInputError as exc:
            return show_problem(self.error_label, error_text(exc))
        current = {name: planned.mapping.header_of(name) for name in planned.mapping.columns}
        if pairs == current:
            return show_problem(self.error_label, None)
        return show_problem(self.error_label, self.owner.plan(pairs))


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import_report_page")
        self.owner = wizard
        self.setTitle(self.tr("3. Check the rows (nothing is written yet)"))
        self.setSubTitle(
            self.tr("What the import would do. Read the errors, then choose how to import.")
        )
        self.setCommitPage(True)
        self.setButtonText(wizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.error_label = error_label("import_report_error")
        layout.addWidget(self.error_label)
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.counts.setWordWrap(True)
        style.set_point_size(self.counts, 15, bold=True)
        layout.addWidget(self.counts)
        self.ignored = QLabel()
        self.ignored.setObjectName("import_ignored")
        self.ignored.setWordWrap(True)
        layout.addWidget(self.ignored)
        self.errors = ImportProblemModel(self)
        self.warnings = ImportProblemModel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("import_problem_tabs")
        errors = self._problem_table(self.errors, "import_errors")
        errors.setAccessibleDescription(self.tr("Rows that cannot be imported, and why"))
        warnings = self._problem_table(self.warnings, "import_warnings")
        warnings.setAccessibleDescription(
            self.tr("Rows that can be imported but have something to look at")
        )
        self.tabs.addTab(errors, "")
        self.tabs.addTab(warnings, "")
        self.tabs.setTabToolTip(0, self.tr("Rows that cannot be imported"))
        self.tabs.setTabToolTip(1, self.tr("Rows that can be imported but have something to check"))
        describe_tabs(self.tabs, self.tr("Problems in the file"), self.tr("Errors and warnings"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_mode())

    def _problem_table(self, model: ImportProblemModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setAccessibleName(self.tr("Row problems"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(style.px(34))
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 80)
        table.setColumnWidth(1, 200)
        return table

    def _build_mode(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.all_or_nothing = QRadioButton(
            self.tr("&All or nothing: import nothing while any row has an error")
        )
        self.all_or_nothing.setObjectName("import_all_or_nothing")
        self.all_or_nothing.setAccessibleDescription(
            self.tr("Import no device at all until every error in the file is fixed")
        )
        self.skip_invalid = QRadioButton(
            self.tr("&Skip the rows with errors and save them to a file to fix:")
        )
        self.skip_invalid.setObjectName("import_skip_invalid")
        self.skip_invalid.setAccessibleDescription(
            self.tr("Import the good rows now; the rows with errors go to the file below")
        )
        group = QButtonGroup(self)
        group.addButton(self.all_or_nothing)
        group.addButton(self.skip_invalid)
        self.all_or_nothing.setChecked(True)
        row = QHBoxLayout()
        self.rejects_input = QLineEdit()
        self.rejects_input.setObjectName("import_rejects_path")
        self.rejects_input.setAccessibleName(self.tr("File for the rejected rows"))
        self.rejects_input.setAccessibleDescription(
            self.tr("Where to save the rows with errors, to fix and import them later")
        )
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("import_rejects_choose")
        choose.setToolTip(self.tr("Pick the folder and name of the file for the rejected rows"))
        choose.clicked.connect(self._choose_rejects)
        row.addWidget(self.rejects_input, 1)
        row.addWidget(choose)
        box.addWidget(self.all_or_nothing)
        box.addWidget(self.skip_invalid)
        box.addLayout(row)
        self.mode_widgets = (self.all_or_nothing, self.skip_invalid, self.rejects_input, choose)
        self.rejects_input.setEnabled(False)
        self.skip_invalid.toggled.connect(self.rejects_input.setEnabled)
        return box

    def initializePage(self) -> None:
        planned = self.owner.planned
        assert planned is not None
        with busy():
            report = apply_import(
                self.owner.db, self.owner.reference, planned, by=self.owner.saved_by(), dry_run=True
            )
        self.counts.setText(
            self.tr(
                "Of {total} rows: {new} new devices, {updated} updates, {rejected} rejected."
            ).format(
                total=f"{report.total_rows:,}",
                new=f"{report.imported:,}",
                updated=f"{report.updated:,}",
                rejected=f"{report.rejected:,}",
            )
        )
        self.counts.setAccessibleName(self.counts.text())
        ignored = ", ".join(report.ignored_columns)
        self.ignored.setText(
            self.tr("Columns not imported: {columns}").format(columns=ignored) if ignored else ""
        )
        self.errors.set_problems(report.error_problems)
        self.warnings.set_problems(report.warning_problems)
        self.tabs.setTabText(0, self.tr("Errors ({count})").format(count=len(report.errors)))
        self.tabs.setTabText(1, self.tr("Warnings ({count})").format(count=len(report.warnings)))
        self.tabs.setCurrentIndex(0 if report.errors or not report.warnings else 1)
        for widget in self.mode_widgets:
            widget.setVisible(report.rejected > 0)
        source = planned.path
        self.rejects_input.setText(str(source.with_name(f"{source.stem}-rejects.csv")))
        self.dry_run = report
        show_problem(self.error_label, None)

    def _choose_rejects(self) -> None:
        chosen = dialog_service.choose_save_file(
            self,
            self.tr("File for the rejected rows"),
            Path(self.rejects_input.text()),
            "CSV (*.csv)",
        )
        if chosen is not None:
            self.rejects_input.setText(str(chosen))
            self.skip_invalid.setChecked(True)

    def validatePage(self) -> bool:
        planned = self.owner.planned
        assert planned is not None
        rejected = self.dry_run.rejected
        skip = rejected > 0 and self.skip_invalid.isChecked()
        if rejected and not skip:
            return show_problem(
                self.error_label,
                self.tr(
                    "{count} rows have errors, so nothing would be imported. Fix them in the file "
                    "and check again (Back), or choose to skip them."
                ).format(count=f"{rejected:,}"),
            )
        if skip and not self.rejects_input.text().strip():
            return show_problem(self.error_label, self.tr("Choose a file for the rejected rows."))
        rejects = Path(self.rejects_input.text().strip()) if skip else None
        try:
            with busy():
                report = apply_import(
                    self.owner.db,
                    self.owner.reference,
                    planned,
                    by=self.owner.saved_by(),
                    skip_invalid=skip,
                    rejects=rejects,
                )
        except BadInputError as exc:
            return show_problem(self.error_label, error_text(exc))
        self.owner.finish_import(report)
        return show_problem(self.error_label, None)
