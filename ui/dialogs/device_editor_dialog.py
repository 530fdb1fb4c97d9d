"""Create or change one device: the whole record, the name of the person saving, Save / Cancel.

A refused value is shown above the form and its field is marked and focused; nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.device_fields import field_of
from app.errors import BadInputError, Message
from app.services.devices import DeviceView, find_device, list_units
from app.services.inventory import save_device
from app.services.reference import Reference
from ui import locale_format, style
from ui.dialogs.device_form import DeviceForm
from ui.error_text import error_text
from ui.views.inventory.field_texts import field_label
from ui.widgets.form_fields import cancel_tip

SAVED_BY = "saved_by"  # pseudo field name for the person saving


class DeviceEditorDialog(QDialog):
    """Signals:
    device_saved(DeviceView): the device as stored after a successful save.
    """

    device_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        device: DeviceView | None,
        saved_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("device_editor")
        self.db = db
        self.reference = reference
        self.device = device
        self.saved_device: DeviceView | None = None
        if device is None:
            self.setWindowTitle(self.tr("New device"))
        else:
            self.setWindowTitle(self.tr("Device {tag}").format(tag=device.asset_tag))
        self.setModal(True)
        self.resize(1040, 780)

        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("editor_heading")
        style.set_point_size(heading, 18, bold=True)
        layout.addWidget(heading)
        self.error_label = QLabel()
        self.error_label.setObjectName("editor_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            style.banner_style(style.theme.danger_bg, style.theme.danger_fg)
        )
        style.set_point_size(self.error_label, 14, bold=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.form = DeviceForm(reference, lang, list_units(db))
        self.form.set_device(device)
        scroll = QScrollArea()
        scroll.setObjectName("editor_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._build_buttons(saved_by))
        self.form.widgets["asset_tag"].setFocus()

    def _build_buttons(self, saved_by: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Your name (required):"))
        style.set_point_size(label, 13, bold=True)
        self.saved_by_input = QLineEdit(saved_by)
        self.saved_by_input.setObjectName("editor_saved_by")
        self.saved_by_input.setAccessibleName(self.tr("Name of the person saving"))
        self.saved_by_input.setAccessibleDescription(
            self.tr("Required: your name, recorded with the change")
        )
        self.saved_by_input.setMinimumHeight(style.px(40))
        style.set_point_size(self.saved_by_input, 13)
        label.setBuddy(self.saved_by_input)
        row.addWidget(label)
        row.addWidget(self.saved_by_input, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("editor_cancel")
        self.cancel_button.setProperty("role", "secondary")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(cancel_tip())
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("editor_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the device's details to the inventory"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def saved_by(self) -> str:
        return " ".join(self.saved_by_input.text().split())

    def save(self) -> bool:
        """Store the device; on a refused value show why and keep everything as typed."""
        values = self.form.values()
        if not self.saved_by():
            return self._refuse(
                SAVED_BY, self.tr("Enter your name: every change records who made it.")
            )
        if self.device is None:
            existing = find_device(self.db, values["asset_tag"])
            if existing is not None and values["asset_tag"].strip():
                return self._refuse(
                    "asset_tag",
                    self.tr(
                        "A device with asset tag {tag} is already in the inventory. "
                        "Open it from the list to change it."
                    ).format(tag=existing.asset_tag),
                )
        original = self.device.asset_tag if self.device else None
        try:
            saved = save_device(
                self.db,
                self.reference,
                values,
                by=self.saved_by(),
                original_tag=original,
                create=self.device is None,  # the core refuses a tag in use, race-free
            )
        except BadInputError as exc:
            return self._refuse(*self._field_problem(exc))
        self.saved_device = saved
        self.device_saved.emit(saved)
        self.accept()
        return True

    def _field_problem(self, exc: BadInputError) -> tuple[str | None, str]:
        """The field at fault, from the error's code and parameters, and what to say about it in
        the GUI's language (the field's label is added by ``_refuse``)."""
        problem = exc.params.get("problem")
        taken = self.tr("This asset tag belongs to another device.")
        if exc.code == "inventory.message" and isinstance(problem, Message):
            field = field_of(exc.params.get("name"))
            if problem.code == "inventory.already_in_use":
                return field, taken
            if field is not None:
                return field, problem.render(locale_format.current_language())
        if exc.code == "inventory.asset_tag_already_use_2":
            return "asset_tag", taken
        if exc.code == "common.name_person_saving_required":
            return SAVED_BY, error_text(exc)
        return None, error_text(exc)

    def _refuse(self, field: str | None, problem: str) -> bool:
        if field == SAVED_BY:
            text = problem
        elif field:
            text = self.tr("{field}: {problem}").format(field=field_label(field), problem=problem)
        else:
            text = problem
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        self.form.show_problem(field if field != SAVED_BY else None)
        self.saved_by_input.setStyleSheet(style.error_style() if field == SAVED_BY else "")
        if field == SAVED_BY:
            self.saved_by_input.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()
