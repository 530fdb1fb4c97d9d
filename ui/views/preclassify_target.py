"""Pre-classification, step 1: which devices get the default class? One device, or a whole category.

A category can be narrowed to one unit; the page says how many devices that is before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.devices import DeviceFilter, DeviceView, count_devices, find_device, list_units
from app.services.reference import Reference
from ui import style
from ui.strings import category_name, class_title
from ui.views.triage_flow import Subject
from ui.widgets.scroll_body import scroll_body


@dataclass(frozen=True)
class PreclassifyTarget:
    """The devices a pre-classification is for: one device, or a category (optionally in a unit)."""

    device: DeviceView | None = None
    category: str | None = None
    unit: str | None = None
    count: int = 1

    def subject(self) -> Subject:
        """The subject for the question flow (a device brings its pre-filled answers)."""
        if self.device is not None:
            return Subject(device=self.device)
        return Subject(category=self.category)


class PreclassifyTargetPage(QWidget):
    """Signals:
    target_chosen(PreclassifyTarget): the person confirmed which devices the class is for.
    """

    target_chosen = Signal(object)

    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.found: DeviceView | None = None
        self.count = 0
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, layout = scroll_body(spacing=10)
        title = QLabel(self.tr("Pre-classify devices"))
        title.setObjectName("preclassify_title")
        style.set_point_size(title, 22, bold=True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Set the default class of devices before an incident. Answer the questions for "
                "their usual situation in use. The answers are recorded as a decision; during an "
                "incident, triage still decides the live class."
            )
        )
        intro.setWordWrap(True)
        style.set_point_size(intro, 14)
        layout.addWidget(intro)

        self.mode_group = QButtonGroup(self)
        self.device_radio = self._radio(
            self.tr("One device, by asset tag"), "preclassify_mode_device"
        )
        self.device_radio.setAccessibleDescription(
            self.tr("Set the default class of a single device, found by its asset tag")
        )
        self.category_radio = self._radio(
            self.tr("All devices of a category"), "preclassify_mode_category"
        )
        self.category_radio.setAccessibleDescription(
            self.tr("Set the default class of every device of one kind, in one unit or all")
        )
        self.mode_group.addButton(self.device_radio)
        self.mode_group.addButton(self.category_radio)

        layout.addWidget(self.device_radio)
        self.device_box = QWidget()
        device_layout = QVBoxLayout(self.device_box)
        device_layout.setContentsMargins(32, 0, 0, 0)
        row = QHBoxLayout()
        self.tag_input = QLineEdit()
        self.tag_input.setObjectName("preclassify_tag")
        self.tag_input.setAccessibleName(self.tr("Asset tag"))
        self.tag_input.setPlaceholderText(self.tr("Asset tag, e.g. MD-00042"))
        self.tag_input.setMinimumHeight(style.px(48))
        style.set_point_size(self.tag_input, 18)
        self.tag_input.returnPressed.connect(self.look_up)
        self.tag_input.textEdited.connect(self._tag_edited)
        row.addWidget(self.tag_input, 1)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("preclassify_find")
        self.find_button.setAccessibleName(self.tr("Find the device"))
        self.find_button.setToolTip(self.tr("Look up the typed asset tag in the inventory"))
        self.find_button.setProperty("role", "secondary")
        style.set_point_size(self.find_button, 15)
        self.find_button.clicked.connect(self.look_up)
        row.addWidget(self.find_button)
        device_layout.addLayout(row)
        self.device_status = self._status_label("preclassify_device_status")
        device_layout.addWidget(self.device_status)
        layout.addWidget(self.device_box)

        layout.addWidget(self.category_radio)
        self.category_box = QWidget()
        form = QFormLayout(self.category_box)
        form.setContentsMargins(32, 0, 0, 0)
        form.setVerticalSpacing(10)
        self.category_combo = self._combo("preclassify_category", self.tr("Category"))
        self.category_combo.setPlaceholderText(self.tr("Choose a category…"))
        self.category_combo.setAccessibleDescription(
            self.tr("The kind of device whose default class you set")
        )
        for category in self.reference.categories.categories:
            self.category_combo.addItem(category.name.get(self.lang), category.code)
        self.category_combo.setCurrentIndex(-1)
        form.addRow(self._form_label(self.tr("Category")), self.category_combo)
        self.unit_combo = self._combo("preclassify_unit", self.tr("Unit"))
        self.unit_combo.setAccessibleDescription(
            self.tr("Only the devices of this unit, or of all units")
        )
        form.addRow(self._form_label(self.tr("Unit")), self.unit_combo)
        self.category_status = self._status_label("preclassify_count")
        form.addRow(self.category_status)
        self.category_combo.currentIndexChanged.connect(self._update_count)
        self.unit_combo.currentIndexChanged.connect(self._update_count)
        layout.addWidget(self.category_box)
        layout.addStretch(1)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.start_button = QPushButton(self.tr("Answer the questions  ▶"))
        self.start_button.setObjectName("preclassify_start")
        self.start_button.setAccessibleName(self.tr("Answer the questions"))
        self.start_button.setToolTip(
            self.tr("Go on to the questions, answered for the devices' usual situation in use")
        )
        self.start_button.setProperty("role", "primary")
        self.start_button.setMinimumWidth(style.px(260))
        self.start_button.setAutoDefault(True)
        style.set_point_size(self.start_button, 16, bold=True)
        self.start_button.clicked.connect(self.start)
        bottom.addWidget(self.start_button)
        outer.addLayout(bottom)

        self.device_radio.toggled.connect(self._mode_changed)
        self.device_radio.setChecked(True)

    def _radio(self, text: str, name: str) -> QRadioButton:
        radio = QRadioButton(text)
        radio.setObjectName(name)
        radio.setAccessibleName(text)
        radio.setMinimumHeight(style.px(40))
        style.set_point_size(radio, 16, bold=True)
        return radio

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumHeight(style.px(44))
        combo.setMinimumWidth(style.px(320))
        style.set_point_size(combo, 15)
        return combo

    def _form_label(self, text: str) -> QLabel:
        label = QLabel(text)
        style.set_point_size(label, 14)
        return label

    def _status_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        style.set_point_size(label, 15)
        label.hide()
        return label

    # --- behaviour ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Fresh choices (the unit list is read again: the inventory may have changed)."""
        self.found = None
        self.tag_input.clear()
        self.device_status.hide()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), None)
        for unit in list_units(self.db):
            self.unit_combo.addItem(unit, unit)
        self.unit_combo.setCurrentIndex(0)
        self.unit_combo.blockSignals(False)
        self.category_combo.setCurrentIndex(-1)
        self._update_count()
        self._mode_changed()

    def look_up(self) -> None:
        tag = self.tag_input.text().strip()
        self.tag_input.setText(tag)
        self.found = find_device(self.db, tag) if tag else None
        if self.found is None:
            if tag:
                self._show(
                    self.device_status,
                    self.tr("No device with tag “{tag}” in the inventory.").format(tag=tag),
                    ok=False,
                )
            else:
                self.device_status.hide()
            self.tag_input.setFocus()
        else:
            self._show(self.device_status, self.describe(self.found), ok=True)
            self.start_button.setFocus()
        self._update_start()

    def describe(self, device: DeviceView) -> str:
        kind = category_name(self.reference, device.category, self.lang) or self.tr("Unknown kind")
        place = " · ".join(p for p in (device.unit, device.location) if p)
        lines = [" — ".join(p for p in (device.asset_tag, kind, place) if p)]
        if device.default_class is None:
            lines.append(self.tr("No default class yet."))
        else:
            lines.append(
                self.tr("Current default class: {title} (it will be replaced)").format(
                    title=class_title(self.reference, device.default_class, self.lang)
                )
            )
        return "\n".join(lines)

    def target(self) -> PreclassifyTarget | None:
        """The chosen devices, or None while the choice is incomplete or matches no device."""
        if self.device_radio.isChecked():
            if self.found is None:
                return None
            return PreclassifyTarget(device=self.found)
        category = self.category_combo.currentData()
        if category is None or self.count == 0:
            return None
        return PreclassifyTarget(
            category=category, unit=self.unit_combo.currentData(), count=self.count
        )

    def start(self) -> None:
        if self.device_radio.isChecked() and self.found is None and self.tag_input.text().strip():
            self.look_up()
        chosen = self.target()
        if chosen is not None:
            self.target_chosen.emit(chosen)

    def _tag_edited(self) -> None:
        self.found = None
        self.device_status.hide()
        self._update_start()

    def _mode_changed(self) -> None:
        by_device = self.device_radio.isChecked()
        self.device_box.setEnabled(by_device)
        self.category_box.setEnabled(not by_device)
        (self.tag_input if by_device else self.category_combo).setFocus()
        self._update_start()

    def _update_count(self) -> None:
        category = self.category_combo.currentData()
        if category is None:
            self.count = 0
            self.category_status.hide()
            self._update_start()
            return
        unit = self.unit_combo.currentData()
        self.count = count_devices(self.db, DeviceFilter(category=category, unit=unit))
        name = self.category_combo.currentText()
        where = unit or self.tr("all units")
        if self.count == 0:
            text = self.tr("No devices of this category in {where}.").format(where=where)
        elif self.count == 1:
            text = self.tr("1 device in {where} will get this default class.").format(where=where)
        else:
            text = self.tr("{count} devices in {where} will get this default class.").format(
                count=self.count, where=where
            )
        typical = self._typical(category)
        if typical:
            text += "\n" + typical
        self._show(self.category_status, text, ok=self.count > 0)
        self.category_combo.setToolTip(name)
        self._update_start()

    def _typical(self, code: str) -> str:
        category = self.reference.categories.get(code)
        idle, in_use = category.default_class_idle, category.default_class_in_use
        if idle is None and in_use is None:
            return ""
        dash = "—"
        return self.tr(
            "Typical for this kind of device: class {idle} when idle, {in_use} in use."
        ).format(
            idle=idle if idle is not None else dash, in_use=in_use if in_use is not None else dash
        )

    def _update_start(self) -> None:
        ready = self.target() is not None
        if self.device_radio.isChecked() and self.found is None:
            ready = bool(self.tag_input.text().strip())  # Start looks the tag up first
        self.start_button.setEnabled(ready)

    def _show(self, label: QLabel, text: str, ok: bool) -> None:
        colours = (
            (style.theme.ok_bg, style.theme.ok_fg)
            if ok
            else (style.theme.warning_bg, style.theme.warning_fg)
        )
        label.setText(text)
        label.setStyleSheet(style.banner_style(*colours))
        label.show()
