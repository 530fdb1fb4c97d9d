"""Scope by composition (DET-04): from a device already in the incident, find every device with the
same model, the same model and firmware, or a software component (from the SBOMs); all candidates
are ticked; "Add N devices" adds the ticked ones in one step, with the reason recorded."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AppError
from app.services.authority import AuthenticatedUser
from app.services.composition import components_of
from app.services.devices import DeviceView
from app.services.incident_devices import IncidentDeviceView, add_devices, scope_candidates
from app.services.incidents import IncidentView
from ui import style
from ui.error_text import error_text
from ui.views.incidents import exercise_banner, scope_reason
from ui.widgets.actor_field import WRITE_FAILURES, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
TAG_ROLE = Qt.ItemDataRole.UserRole


class ScopeDialog(QDialog):
    """Signals:
    added(int): how many devices were added to the incident.
    """

    added = Signal(int)

    def __init__(
        self,
        db: Database,
        incident: IncidentView,
        in_scope: list[IncidentDeviceView],
        actor: str | AuthenticatedUser,
        selected_tag: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scope_dialog")
        self.setWindowTitle(self.tr("Scope by composition — {ref}").format(ref=incident.ref))
        self.db, self.incident, self.actor = db, incident, actor
        self.candidates: list[DeviceView] = []
        self.reason = ""
        self.done_count: int | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if incident.exercise:
            layout.addWidget(exercise_banner("scope_exercise_banner"))
        intro = style.text_label("scope_intro", 13)
        intro.setText(
            self.tr(
                "Find the devices that share a model, firmware or software component with a "
                "device already in this incident. Untick any that are not affected, then add them."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("scope_device")
        self.device_combo.setAccessibleName(self.tr("Device already in the incident"))
        self.device_combo.setAccessibleDescription(
            self.tr("The affected device whose look-alikes you want to find")
        )
        self.device_combo.setMinimumHeight(style.px(40))
        style.set_point_size(self.device_combo, 13)
        for member in in_scope:
            device = member.device
            text = device.asset_tag + (f" — {device.model}" if device.model else "")
            self.device_combo.addItem(text, device.asset_tag)
        if selected_tag:
            self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(selected_tag)))
        form.addRow(self._label(self.tr("&Device:"), self.device_combo), self.device_combo)

        by_row = QHBoxLayout()
        self.by_group = QButtonGroup(self)
        self.by_buttons: dict[str, QRadioButton] = {}
        helps = {
            "model": self.tr("Find the devices of the same model"),
            "firmware": self.tr("Find the devices of the same model running the same firmware"),
            "component": self.tr("Find the devices whose software contains a component"),
        }
        for code, text in (
            ("model", self.tr("Same &model")),
            ("firmware", self.tr("Same model and &firmware")),
            ("component", self.tr("A software &component")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"scope_by_{code}")
            button.setAccessibleDescription(helps[code])
            style.set_point_size(button, 13)
            self.by_group.addButton(button)
            self.by_buttons[code] = button
            by_row.addWidget(button)
        self.by_buttons["model"].setChecked(True)
        by_row.addStretch(1)
        form.addRow(self._label(self.tr("Find devices with:"), self.by_buttons["model"]), by_row)

        self.component_combo = QComboBox()
        self.component_combo.setObjectName("scope_component")
        self.component_combo.setAccessibleName(self.tr("Component name"))
        self.component_combo.setAccessibleDescription(
            self.tr("The software component to look for, e.g. openssl; choose or type it")
        )
        self.component_combo.setEditable(True)
        self.component_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.component_combo.setMinimumHeight(style.px(40))
        style.set_point_size(self.component_combo, 13)
        self.component_combo.activated.connect(self._component_chosen)
        self.version_input = line_edit("scope_version", self.tr("Component version"))
        self.version_input.setPlaceholderText(self.tr("optional, e.g. 1.1.1 or <=1.1.1k"))
        form.addRow(self._label(self.tr("Compo&nent:"), self.component_combo), self.component_combo)
        form.addRow(self._label(self.tr("&Version:"), self.version_input), self.version_input)
        layout.addLayout(form)

        find_row = QHBoxLayout()
        self.find_button = dialog_button(
            self.tr("&Find devices"),
            "scope_find",
            self.find,
            tip=self.tr("List the inventory's devices that match, to tick and add"),
        )
        find_row.addWidget(self.find_button)
        self.reason_label = style.text_label("scope_reason", 13)
        find_row.addWidget(self.reason_label, 1)
        layout.addLayout(find_row)
        self.list = QListWidget()
        self.list.setObjectName("scope_candidates")
        self.list.setAccessibleName(self.tr("Devices found (tick with Space)"))
        self.list.setAccessibleDescription(
            self.tr("The devices that match; tick those to add to the incident with Space")
        )
        style.set_point_size(self.list, 13)
        self.list.itemChanged.connect(lambda _item: self._count_ticked())
        self.list.itemActivated.connect(self._toggle)
        layout.addWidget(self.list, 1)
        self.message = MessageBanner("scope_message", 14)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = dialog_button(
            self.tr("Cancel"), "scope_cancel", self.reject, tip=cancel_tip()
        )
        buttons.addWidget(self.cancel_button)
        self.add_button = dialog_button(
            self.tr("Add devices"),
            "scope_add",
            self.add,
            primary=True,
            tip=self.tr("Add the ticked devices to the incident"),
        )
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.device_combo.currentIndexChanged.connect(lambda _index: self._device_changed())
        for button in self.by_buttons.values():
            button.toggled.connect(lambda _on: self._by_changed())
        self._device_changed()
        self._by_changed()
        self._count_ticked()
        self.device_combo.setFocus()
        fit_dialog(self, 760)
        self.resize(self.width(), max(self.height(), 600))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        widget = QLabel(text)
        style.set_point_size(widget, 13)
        widget.setBuddy(buddy)
        return widget

    def by(self) -> str:
        return next(code for code, button in self.by_buttons.items() if button.isChecked())

    def choose_by(self, code: str) -> None:
        self.by_buttons[code].setChecked(True)

    def _by_changed(self) -> None:
        component = self.by() == "component"
        self.component_combo.setEnabled(component)
        self.version_input.setEnabled(component)
        self._clear_candidates()

    def _device_changed(self) -> None:
        """Offer the chosen device's software components (from its SBOMs) to pick from."""
        self.component_combo.clear()
        tag = self.device_combo.currentData()
        if tag is None:
            return
        from app.services.devices import get_device

        try:
            components = components_of(self.db, get_device(self.db, str(tag)))
        except READ_FAILURES as exc:
            log.error("reading the components of %s failed: %s", tag, exc)
            components = []
        self.component_combo.addItem("", None)
        for component in components:
            text = component.name + (f" {component.version}" if component.version else "")
            self.component_combo.addItem(text, (component.name, component.version or ""))
        self.component_combo.setCurrentIndex(0)
        self._clear_candidates()

    def _component_chosen(self, index: int) -> None:
        data = self.component_combo.itemData(index)
        if data:
            name, version = data
            self.component_combo.setEditText(name)
            self.version_input.setText(version)

    def _clear_candidates(self) -> None:
        self.candidates = []
        self.reason = ""
        self.list.clear()
        self.reason_label.clear()
        self._count_ticked()

    def find(self) -> list[DeviceView]:
        """List the devices not yet in the incident that share the chosen trait (all ticked)."""
        self.message.clear_message()
        tag = self.device_combo.currentData()
        if tag is None:
            self.message.say(self.tr("Add a device to the incident first, then scope from it."))
            return []
        component = " ".join(self.component_combo.currentText().split()) or None
        version = " ".join(self.version_input.text().split()) or None
        try:
            with busy_cursor():
                found, reason = scope_candidates(
                    self.db, self.incident.id, str(tag), self.by(), component, version
                )
        except READ_FAILURES as exc:
            if isinstance(exc, AppError):
                problem = error_text(exc)
            else:
                log.error("finding devices to scope failed: %s", exc)
                problem = self.tr("the inventory could not be read")
            self.message.say(self.tr("Nothing found: {problem}").format(problem=problem))
            return []
        self._clear_candidates()
        self.candidates, self.reason = found, reason
        self.list.blockSignals(True)
        for device in found:
            parts = [device.asset_tag, device.model or "", device.unit or "", device.location or ""]
            firmware = device.record.get("firmware_version")
            if firmware:
                parts.insert(2, str(firmware))
            item = QListWidgetItem(" — ".join(p for p in parts if p))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(TAG_ROLE, device.asset_tag)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.reason_label.setText(
            self.tr("{count} found ({reason}).").format(
                count=len(found), reason=scope_reason(reason)
            )
            if found
            else self.tr("No other devices found ({reason}).").format(reason=scope_reason(reason))
        )
        self._count_ticked()
        if found:
            self.list.setFocus()
            self.list.setCurrentRow(0)
        return found

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def ticked(self) -> list[str]:
        return [
            str(self.list.item(row).data(TAG_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _count_ticked(self) -> None:
        count = len(self.ticked())
        self.add_button.setText(self.tr("Add {count} devices").format(count=count))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setEnabled(count > 0 and self.done_count is None)

    def add(self) -> int | None:
        """Add the ticked devices in one step (all or none), with the reason of the search."""
        tags = self.ticked()
        if not tags or self.done_count is not None:
            return None
        try:
            with busy_cursor():
                count = add_devices(
                    self.db, self.incident.id, tags, reason=self.reason, by=self.actor
                )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "adding devices to an incident"))
            return None
        self.done_count = count
        self.added.emit(count)
        self.accept()
        return count
