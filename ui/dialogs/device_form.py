"""The fields of one device as a form: every field of the record, grouped, with fitting widgets.

Yes/no fields are three-way (Unknown / Yes / No): unknown stays unknown, it never becomes "No".
The default class is shown read-only and handed back unchanged, so saving keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.device_fields import BY_NAME, Kind, format_value
from app.services.devices import DeviceView
from app.services.reference import Reference
from ui import style
from ui.strings import class_title, local_time
from ui.views.inventory.field_texts import (
    GROUPS,
    READ_ONLY,
    choice_label,
    choices,
    field_help,
    field_label,
    group_title,
    no_text,
    not_classified_text,
    unknown_text,
    yes_text,
)
from ui.widgets.class_icon import class_image_html

FieldWidget = QLineEdit | QComboBox | QPlainTextEdit
GRID_COLUMNS = 2
PLACEHOLDERS = {
    "ip": "10.0.0.12",
    "mac": "00:1a:2b:3c:4d:5e",
    "vlan": "1–4094",
    "network_functions": "alarm_forwarding, auto_programming, results_images, other",
}


class DeviceForm(QWidget):
    def __init__(
        self,
        reference: Reference,
        lang: str,
        units: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("device_form")
        self.reference = reference
        self.lang = lang
        self.units = units or []
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._read_only: dict[str, str] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for number, (code, names) in enumerate(GROUPS):
            row, column = divmod(number, GRID_COLUMNS)
            span = GRID_COLUMNS if code == "notes" else 1
            grid.addWidget(self._group(code, names), row, column, 1, span)
        grid.addWidget(self._class_group(), len(GROUPS) // GRID_COLUMNS + 1, 0, 1, GRID_COLUMNS)
        for column in range(GRID_COLUMNS):
            grid.setColumnStretch(column, 1)
        self.category_hint = QLabel()
        self.category_hint.setObjectName("editor_category_hint")
        self.category_hint.setWordWrap(True)

    # --- building -------------------------------------------------------------------------------
    def _group(self, code: str, names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(group_title(code))
        box.setObjectName(f"group_{code}")
        style.set_point_size(box, 13, bold=True)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            widget = self._widget(name)
            label = QLabel(field_label(name))
            label.setBuddy(widget)
            style.set_point_size(label, 13)
            style.set_point_size(widget, 13)
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(field_label(name))
            widget.setAccessibleDescription(field_help(name))
            self.widgets[name] = widget
            self.labels[name] = label
            form.addRow(label, widget)
        if code == "identity":
            self._identity_form = form
        return box

    def _widget(self, name: str) -> FieldWidget:
        widget = self._new_widget(name)
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(10)
            widget.setMinimumHeight(style.px(38))
        return widget

    def _new_widget(self, name: str) -> FieldWidget:
        spec = BY_NAME[name]
        if spec.kind is Kind.BOOL:
            combo = QComboBox()
            for text, data in ((unknown_text(), ""), (yes_text(), "yes"), (no_text(), "no")):
                combo.addItem(text, data)
            return combo
        if spec.kind is Kind.CHOICE:
            combo = QComboBox()
            combo.addItem(unknown_text(), "")
            for code in choices(name):
                combo.addItem(choice_label(name, code), code)
            return combo
        if spec.kind is Kind.CATEGORY:
            combo = QComboBox()
            combo.addItem(self.tr("(not set)"), "")
            for category in self.reference.categories.categories:
                combo.addItem(category.name.get(self.lang), category.code)
            return combo
        if name == "notes":
            notes = QPlainTextEdit()
            notes.setTabChangesFocus(True)
            notes.setMinimumHeight(style.px(90))
            return notes
        line = QLineEdit()
        line.setMaxLength(spec.max_length)
        line.setMinimumHeight(style.px(38))
        line.setPlaceholderText(PLACEHOLDERS.get(name, ""))
        if name == "unit" and self.units:
            completer = QCompleter(self.units, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)
        return line

    def _class_group(self) -> QGroupBox:
        box = QGroupBox(group_title("default_class"))
        box.setObjectName("group_default_class")
        style.set_point_size(box, 13, bold=True)
        form = QFormLayout(box)
        self.class_label = QLabel()
        self.class_label.setObjectName("editor_default_class")
        self.class_label.setWordWrap(True)
        self.class_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.class_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        style.set_point_size(self.class_label, 13)
        self.class_note = QLabel(
            self.tr("Set by pre-classification; the editor does not change it.")
        )
        self.class_note.setWordWrap(True)
        self.class_note.setStyleSheet(f"color: {style.theme.muted_fg};")
        style.set_point_size(self.class_note, 12)
        form.addRow(self.class_label)
        form.addRow(self.class_note)
        return box

    # --- values ---------------------------------------------------------------------------------
    def set_device(self, device: DeviceView | None) -> None:
        record = device.record if device else {}
        for name, widget in self.widgets.items():
            set_text(widget, format_value(record.get(name)))
        self._read_only = {name: format_value(record.get(name)) for name in READ_ONLY}
        self._show_class(record)
        text = record.get("category_text")
        if text and not record.get("category"):
            self.category_hint.setText(
                self.tr("The imported file said “{text}”, which is not a known category.").format(
                    text=text
                )
            )
            self._identity_form.insertRow(2, "", self.category_hint)

    def _show_class(self, record: dict[str, object]) -> None:
        number = record.get("default_class")
        if not isinstance(number, int):
            self.class_label.setText(not_classified_text())
            self.class_label.setAccessibleName(self.class_label.text())
            return
        ir_class = self.reference.ir_class(number)
        swatch = (
            f"{class_image_html(ir_class, style.px(18))} "
            f"<span style='background-color:{ir_class.colour}; color:{ir_class.text_colour};'>"
            f"&nbsp;{number}&nbsp;</span>"
        )
        title = class_title(self.reference, number, self.lang)
        by = record.get("default_class_approved_by") or "—"
        at = record.get("default_class_approved_at")
        when = local_time(str(at)) if at else "—"
        approved = self.tr("Approved by {who}, {when}").format(who=by, when=when)
        self.class_label.setText(f"{swatch} <b>{title}</b><br>{approved}")
        self.class_label.setAccessibleName(f"{title}. {approved}")

    def values(self) -> dict[str, str]:
        """Raw texts per field name, as ``save_device`` takes them (read-only ones unchanged)."""
        found = {name: text_of(widget) for name, widget in self.widgets.items()}
        found.update(self._read_only)
        return found

    def show_problem(self, field: str | None) -> None:
        """Mark the field at fault (and only it) and put the keyboard focus there."""
        for name, widget in self.widgets.items():
            widget.setStyleSheet(style.error_style() if name == field else "")
        if field in self.widgets:
            self.widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)


def set_text(widget: FieldWidget, text: str) -> None:
    if isinstance(widget, QComboBox):
        found = widget.findData(text)
        widget.setCurrentIndex(max(found, 0))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def text_of(widget: FieldWidget) -> str:
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()
