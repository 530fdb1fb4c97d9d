"""Software components (SBOM): find the devices carrying a component; attach a maker's SBOM.

The CSA playbook case: one vulnerable component found in an infusion pump → which other devices
carry it? An SBOM is attached to a device model (and optionally one firmware version); every device
of that model then carries its components, including devices added to the inventory later.
Opened without blocking, so the inventory stays usable beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.composition import AttachedSbom, SbomImport, import_sbom, list_sboms
from app.services.devices import list_models
from app.services.reference import Reference
from ui import dialog_service, style
from ui.dialogs.import_pages import busy, error_label, show_problem
from ui.dialogs.sbom_find import FindPanel
from ui.error_text import error_text
from ui.strings import local_time
from ui.widgets.spoken import describe_tabs

FILE_FILTERS = "SBOM JSON (*.json);;All files (*)"


class AttachPanel(QWidget):
    """Signals:
    attached(SbomImport): an SBOM was stored.
    """

    attached = Signal(object)

    def __init__(self, db: Database, saved_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sbom_attach")
        self.db = db
        self.result: SbomImport | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Attach the maker's SBOM (CycloneDX or SPDX JSON) to a device model. Every device "
                "of that model — and of that firmware version, if you give one — then carries its "
                "components, including devices added later."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = error_label("sbom_attach_error")
        layout.addWidget(self.error_label)
        self.result_label = QLabel()
        self.result_label.setObjectName("sbom_attach_result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(style.banner_style(style.theme.ok_bg, style.theme.ok_fg))
        self.result_label.hide()
        layout.addWidget(self.result_label)
        layout.addLayout(self._build_form(saved_by))
        row = QHBoxLayout()
        row.addStretch(1)
        self.attach_button = QPushButton(self.tr("&Attach"))
        self.attach_button.setObjectName("sbom_attach_button")
        self.attach_button.setToolTip(
            self.tr("Read the SBOM file and keep its software list with the device model")
        )
        self.attach_button.setProperty("role", "primary")
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.attach)
        row.addWidget(self.attach_button)
        layout.addLayout(row)
        heading = QLabel(self.tr("SBOMs attached so far"))
        layout.addWidget(heading)
        self.attached_list = QListWidget()
        self.attached_list.setObjectName("sbom_attached_list")
        self.attached_list.setAccessibleName(self.tr("SBOMs attached so far"))
        self.attached_list.setAccessibleDescription(
            self.tr("The software lists already kept, with their model and firmware")
        )
        layout.addWidget(self.attached_list, 1)
        style.set_point_size(self, 13)
        style.set_point_size(heading, 14, bold=True)
        style.set_point_size(self.error_label, 13, bold=True)
        style.set_point_size(self.result_label, 14, bold=True)
        self.refresh_attached()

    def _build_form(self, saved_by: str) -> QFormLayout:
        form = QFormLayout()
        self.path_input = QLineEdit()
        self.path_input.setObjectName("sbom_path")
        self.path_input.setAccessibleName(self.tr("SBOM file"))
        self.path_input.setAccessibleDescription(
            self.tr("The full path of the software bill of materials (CycloneDX or SPDX file)")
        )
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName("sbom_choose")
        choose.setToolTip(self.tr("Pick the SBOM file from the computer's folders"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_input, 1)
        file_row.addWidget(choose)
        self.model_input = QComboBox()
        self.model_input.setObjectName("sbom_model")
        self.model_input.setEditable(True)
        self.model_input.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_input.setAccessibleName(self.tr("Device model the SBOM describes"))
        self.model_input.setAccessibleDescription(
            self.tr("The inventory's model whose software the file lists; choose or type it")
        )
        self.model_input.addItems(list_models(self.db))
        self.model_input.setCurrentIndex(-1)
        self.model_input.lineEdit().setPlaceholderText(self.tr("e.g. LVP-500"))
        self.firmware_input = QLineEdit()
        self.firmware_input.setObjectName("sbom_firmware")
        self.firmware_input.setAccessibleName(self.tr("Firmware version (optional)"))
        self.firmware_input.setPlaceholderText(self.tr("Leave empty for every firmware version"))
        self.by_input = QLineEdit(saved_by)
        self.by_input.setObjectName("sbom_by")
        self.by_input.setAccessibleName(self.tr("Name of the person attaching"))
        self.by_input.setAccessibleDescription(
            self.tr("Required: your name, recorded with the SBOM")
        )
        for text, widget, field in (
            (self.tr("SBOM &file:"), self.path_input, file_row),
            (self.tr("Device &model:"), self.model_input, None),
            (self.tr("Fi&rmware version (optional):"), self.firmware_input, None),
            (self.tr("Your &name (required):"), self.by_input, None),
        ):
            widget.setMinimumHeight(style.px(40))
            label = QLabel(text)
            label.setBuddy(widget)
            label.setMinimumHeight(style.px(40))
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.addRow(label, field if field is not None else widget)
        return form

    def choose_file(self) -> None:
        chosen = dialog_service.choose_open_file(self, self.tr("SBOM file"), FILE_FILTERS)
        if chosen is not None:
            self.path_input.setText(str(chosen))

    def saved_by(self) -> str:
        return " ".join(self.by_input.text().split())

    def attach(self) -> bool:
        """Store the SBOM; the result in words, or the problem with everything typed kept."""
        path_text = self.path_input.text().strip()
        model = " ".join(self.model_input.currentText().split())
        firmware = self.firmware_input.text().strip() or None
        if not path_text:
            return self._refuse(self.path_input, self.tr("Choose the SBOM file to attach."))
        if not model:
            return self._refuse(
                self.model_input, self.tr("Enter the device model the SBOM describes.")
            )
        if not self.saved_by():
            return self._refuse(
                self.by_input, self.tr("Enter your name: every change records who made it.")
            )
        try:
            with busy():
                result = import_sbom(
                    self.db, Path(path_text), model=model, firmware=firmware, by=self.saved_by()
                )
        except BadInputError as exc:
            return self._refuse(
                self.path_input,
                self.tr("The SBOM was not attached: {problem}").format(problem=error_text(exc)),
            )
        self.result = result
        self._mark(None)
        show_problem(self.error_label, None)
        text = self.result_text(result, model, firmware)
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)
        self.result_label.show()
        self.path_input.clear()  # attaching the same file twice would list its devices twice
        self.refresh_attached()
        self.attached.emit(result)
        return True

    def result_text(self, result: SbomImport, model: str, firmware: str | None) -> str:
        target = model
        if firmware:
            target = self.tr("{model} (firmware {firmware})").format(model=model, firmware=firmware)
        if result.devices == 0:
            devices = self.tr(
                "No device of this model is in the inventory yet; devices added later will "
                "carry these components."
            )
        elif result.devices == 1:
            devices = self.tr("1 device in the inventory carries them now.")
        else:
            devices = self.tr("{count} devices in the inventory carry them now.").format(
                count=f"{result.devices:,}"
            )
        return self.tr("{components} components attached to {target}. {devices}").format(
            components=f"{result.components:,}", target=target, devices=devices
        )

    def _refuse(self, widget: QWidget, problem: str) -> bool:
        show_problem(self.error_label, problem)
        self.result_label.hide()
        self._mark(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _mark(self, wrong: QWidget | None) -> None:
        for widget in (self.path_input, self.model_input, self.by_input):
            widget.setStyleSheet(style.error_style() if widget is wrong else "")

    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def refresh_attached(self) -> None:
        self.attached_list.clear()
        sboms = list_sboms(self.db)
        for sbom in sboms:
            self.attached_list.addItem(self.attached_text(sbom))
        if not sboms:
            self.attached_list.addItem(self.tr("None yet."))

    def attached_text(self, sbom: AttachedSbom) -> str:
        target = sbom.model
        if sbom.firmware:
            target = self.tr("{model} (firmware {firmware})").format(
                model=sbom.model, firmware=sbom.firmware
            )
        return self.tr(
            "{target} — {file} ({format} {version}, {components} components) — by {by}, {when}"
        ).format(
            target=target,
            file=sbom.file_name,
            format="CycloneDX" if sbom.format == "cyclonedx" else sbom.format.upper(),
            version=sbom.spec_version,
            components=f"{sbom.components:,}",
            by=sbom.imported_by,
            when=local_time(sbom.imported_at),
        )


class SbomDialog(QDialog):
    """Signals:
    device_activated(DeviceView): a device was chosen in the results (to open in the editor).
    attached(SbomImport): an SBOM was stored.
    """

    device_activated = Signal(object)
    attached = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        saved_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sbom_dialog")
        self.setWindowTitle(self.tr("Software components (SBOM)"))
        self.db = db
        self.reference = reference
        self.lang = lang
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle())
        style.set_point_size(heading, 18, bold=True)
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sbom_tabs")
        self.find_panel = FindPanel(db)
        self.attach_panel = AttachPanel(db, saved_by)
        self.tabs.addTab(self.find_panel, self.tr("Find affected devices"))
        self.tabs.addTab(self.attach_panel, self.tr("Attach an SBOM"))
        self.tabs.setTabToolTip(
            0, self.tr("Find the devices whose software contains a vulnerable component")
        )
        self.tabs.setTabToolTip(1, self.tr("Keep a device model's software list (SBOM file)"))
        describe_tabs(
            self.tabs,
            self.tr("Software lists"),
            self.tr("Find affected devices, or attach an SBOM to a device model"),
        )
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("sbom_close")
        self.close_button.setToolTip(self.tr("Close this window"))
        self.close_button.setProperty("role", "secondary")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.find_panel.device_activated.connect(self.device_activated)
        self.attach_panel.attached.connect(self._attached)
        self.find_panel.query_input.setFocus()

    def _attached(self, result: SbomImport) -> None:
        if self.find_panel.query_input.text().strip():  # results shown: bring them up to date
            self.find_panel.search()
        self.attached.emit(result)
