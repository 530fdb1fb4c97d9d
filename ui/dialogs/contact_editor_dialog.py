"""Create or change one contact: who, how to reach them (out-of-band first, e-mail last), their
incident details, vendor details, and their places in escalation chains; Save / Cancel.

A refused value is shown above the form and its field is marked and focused; nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError, Message
from app.services.contacts import EDITOR_FIELDS, EXTRA_ROLES, ContactView, save_contact
from app.services.reference import Reference
from ui import locale_format, style
from ui.error_text import error_text
from ui.strings import contact_role
from ui.widgets.call_list import method_label
from ui.widgets.form_fields import cancel_tip

SAVED_BY = "saved_by"  # pseudo field name for the person saving
PLACES = "places"  # pseudo field name for the escalation places (tier, classes)
METHODS = ("mobile", "pager", "radio", "desk", "email")  # out-of-band first, e-mail last
DETAILS = ("hics_position", "hours", "authority", "last_verified", "notes")
VENDOR = ("models_covered", "contract_number", "service_desk", "psirt")
PLACEHOLDERS = {
    "mobile": "090-1234-5678",
    "pager": "1234",
    "desk": "03-1234-5678 ext 210",
    "email": "name@example.org",
    "last_verified": "2026-11-25",
}


class PlaceRow:
    """One place in an escalation chain: unit (or all units), tier 1-9, classes ('' = all)."""

    def __init__(self, unit: QComboBox, tier: QSpinBox, classes: QLineEdit, remove: QPushButton):
        self.unit = unit
        self.tier = tier
        self.classes = classes
        self.remove = remove

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.unit, self.tier, self.classes, self.remove)

    def value(self) -> tuple[str, int, str]:
        return (combo_value(self.unit), self.tier.value(), self.classes.text())


class ContactEditorDialog(QDialog):
    """Signals:
    contact_saved(ContactView): the contact as stored after a successful save.
    """

    contact_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        contact: ContactView | None,
        units: list[str],
        saved_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_editor")
        self.db = db
        self.reference = reference
        self.lang = lang
        self.contact = contact
        self.units = list(units)
        self.saved_contact: ContactView | None = None
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        self.place_rows: list[PlaceRow] = []
        if contact is None:
            self.setWindowTitle(self.tr("New contact"))
        else:
            self.setWindowTitle(self.tr("Contact {name}").format(name=contact.name))
        self.setModal(True)
        self.resize(980, 800)

        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("contact_editor_heading")
        style.set_point_size(heading, 18, bold=True)
        layout.addWidget(heading)
        self.error_label = QLabel()
        self.error_label.setObjectName("contact_editor_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            style.banner_style(style.theme.danger_bg, style.theme.danger_fg)
        )
        style.set_point_size(self.error_label, 14, bold=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        form = QWidget()
        form.setObjectName("contact_form")
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self._group("who", self.tr("Who"), ("name", "role", "organization")), 0, 0)
        grid.addWidget(self._group("reach", self.tr("How to reach them"), METHODS), 0, 1)
        grid.addWidget(self._group("details", self.tr("In an incident"), DETAILS), 1, 0)
        grid.addWidget(self._group("vendor", self.tr("Vendor"), VENDOR), 1, 1)
        grid.addWidget(self._places_group(), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("contact_editor_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._build_buttons(saved_by))
        self.set_contact(contact)
        self.widgets["name"].setFocus()

    # --- building -------------------------------------------------------------------------------
    def field_label(self, name: str) -> str:
        if name in METHODS:
            return method_label(self.reference, name, self.lang)
        return {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "organization": self.tr("Organisation"),
            "hics_position": self.tr("HICS position"),
            "hours": self.tr("Hours"),
            "authority": self.tr("Authority"),
            "last_verified": self.tr("Last verified (YYYY-MM-DD)"),
            "notes": self.tr("Notes"),
            "models_covered": self.tr("Models covered"),
            "contract_number": self.tr("Contract number"),
            "service_desk": self.tr("Service desk"),
            "psirt": self.tr("PSIRT"),
            "tier": self.tr("Tier"),
            "classes": self.tr("Classes"),
            "unit": self.tr("Unit"),
            PLACES: self.tr("Places in escalation chains"),
        }.get(name, name)

    def field_help(self, name: str) -> str:
        """What to type in a field, for a screen reader (read after the field's name)."""
        if name in METHODS:
            return self.tr("How to reach this contact this way; leave empty if there is none")
        return {
            "name": self.tr("Required: the person's or team's name as callers know it"),
            "role": self.tr("What the contact does, e.g. biomedical engineer; choose or type"),
            "organization": self.tr("The hospital department or company the contact works for"),
            "hics_position": self.tr("Their position in the hospital incident command system"),
            "hours": self.tr("When the contact can be reached, e.g. 24/7 or weekdays 9-17"),
            "authority": self.tr("What the contact may decide, e.g. take devices off the network"),
            "last_verified": self.tr("The date these details were last checked, as YYYY-MM-DD"),
            "notes": self.tr("Anything else a caller should know"),
            "models_covered": self.tr("For a vendor: the device models this contact supports"),
            "contract_number": self.tr("For a vendor: the service contract number to quote"),
            "service_desk": self.tr("For a vendor: the service desk number or address"),
            "psirt": self.tr("For a vendor: how to reach its product security team (PSIRT)"),
        }.get(name, "")

    def _group(self, code: str, title: str, names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(f"contact_group_{code}")
        style.set_point_size(box, 13, bold=True)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            widget = self._role_combo() if name == "role" else QLineEdit()
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(PLACEHOLDERS.get(name, ""))
            widget.setMinimumHeight(style.px(38))
            widget.setObjectName(f"contact_field_{name}")
            widget.setAccessibleName(self.field_label(name))
            widget.setAccessibleDescription(self.field_help(name))
            label = QLabel(self.field_label(name))
            label.setBuddy(widget)
            style.set_point_size(label, 13)
            style.set_point_size(widget, 13)
            self.widgets[name] = widget
            form.addRow(label, widget)
        return box

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)  # a custom role is typed
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setToolTip(self.tr("Choose a role or type another one"))
        codes = [role.code for role in self.reference.roles.roles] + list(EXTRA_ROLES)
        for code in codes:
            combo.addItem(contact_role(self.reference, code, self.lang), code)
        return combo

    def _places_group(self) -> QGroupBox:
        box = QGroupBox(self.field_label(PLACES))
        box.setObjectName("contact_group_places")
        style.set_point_size(box, 13, bold=True)
        outer = QVBoxLayout(box)
        note = QLabel(
            self.tr(
                "Tier 1 is called first. Leave Classes empty for every class, or list them "
                "like 3,4,5."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {style.theme.muted_fg};")
        style.set_point_size(note, 12)
        outer.addWidget(note)
        self.places_grid = QGridLayout()
        self.places_grid.setHorizontalSpacing(12)
        for column, name in enumerate(("unit", "tier", "classes")):
            header = QLabel(self.field_label(name))
            style.set_point_size(header, 13, bold=True)
            self.places_grid.addWidget(header, 0, column)
        self.places_grid.setColumnStretch(0, 2)
        self.places_grid.setColumnStretch(2, 2)
        self.places_widget = QWidget()
        self.places_widget.setObjectName("contact_places")
        self.places_widget.setLayout(self.places_grid)
        outer.addWidget(self.places_widget)
        self.no_places_label = QLabel(
            self.tr("Not in any escalation chain: add a place so the contact is called.")
        )
        self.no_places_label.setWordWrap(True)
        style.set_point_size(self.no_places_label, 13)
        outer.addWidget(self.no_places_label)
        buttons = QHBoxLayout()
        self.add_place_button = QPushButton(self.tr("&Add place"))
        self.add_place_button.setObjectName("contact_add_place")
        self.add_place_button.setAutoDefault(False)
        self.add_place_button.setToolTip(
            self.tr("Put the contact in one more unit's escalation chain")
        )
        style.set_point_size(self.add_place_button, 13)
        self.add_place_button.clicked.connect(lambda: self.add_place().unit.setFocus())
        buttons.addWidget(self.add_place_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        return box

    def add_place(self, unit: str = "", tier: int = 1, classes: str = "") -> PlaceRow:
        combo = QComboBox()
        combo.setEditable(True)  # a unit not yet in the inventory is typed
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(self.tr("All units"), "")
        for known in self.units:
            combo.addItem(known, known)
        if unit and combo.findData(unit) < 0:
            combo.addItem(unit, unit)
        combo.setCurrentIndex(max(combo.findData(unit), 0))
        combo.setAccessibleName(self.tr("Unit"))
        combo.setAccessibleDescription(
            self.tr("The unit whose escalation chain calls this contact, or all units")
        )
        spin = QSpinBox()
        spin.setRange(1, 9)
        spin.setValue(tier)
        spin.setAccessibleName(self.tr("Tier"))
        spin.setAccessibleDescription(self.tr("When the contact is called: tier 1 is called first"))
        line = QLineEdit(classes)
        line.setPlaceholderText(self.tr("all classes"))
        line.setAccessibleName(self.tr("Classes"))
        line.setAccessibleDescription(
            self.tr("The classes for which the contact is called, like 3,4,5; empty for all")
        )
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.setAccessibleName(self.tr("Remove this place"))
        remove.setToolTip(self.tr("Take the contact out of this escalation chain"))
        for widget in (combo, spin, line, remove):
            widget.setMinimumHeight(style.px(38))
            style.set_point_size(widget, 13)
        row = PlaceRow(combo, spin, line, remove)
        remove.clicked.connect(lambda: self.remove_place(row))
        grid_row = self.places_grid.rowCount()
        for column, widget in enumerate(row.widgets()):
            self.places_grid.addWidget(widget, grid_row, column)
            widget.show()  # now, not on the next event loop turn: focus may go there at once
        # keyboard order: the vendor fields, the places row by row, then Add place
        previous = self.place_rows[-1].remove if self.place_rows else self.widgets["psirt"]
        self.place_rows.append(row)
        QWidget.setTabOrder(previous, combo)
        for first, second in zip(row.widgets(), row.widgets()[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(remove, self.add_place_button)
        self._show_places()
        return row

    def remove_place(self, row: PlaceRow) -> None:
        index = self.place_rows.index(row)
        self.place_rows.remove(row)
        for widget in row.widgets():
            self.places_grid.removeWidget(widget)
            widget.deleteLater()
        self._show_places()
        if self.place_rows:
            self.place_rows[min(index, len(self.place_rows) - 1)].unit.setFocus()
        else:
            self.add_place_button.setFocus()

    def _show_places(self) -> None:
        self.places_widget.setVisible(bool(self.place_rows))
        self.no_places_label.setVisible(not self.place_rows)

    def _build_buttons(self, saved_by: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Your name (required):"))
        style.set_point_size(label, 13, bold=True)
        self.saved_by_input = QLineEdit(saved_by)
        self.saved_by_input.setObjectName("contact_editor_saved_by")
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
        self.cancel_button.setObjectName("contact_editor_cancel")
        self.cancel_button.setProperty("role", "secondary")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(cancel_tip())
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("contact_editor_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the contact and its places in the chains"))
        self.save_button.clicked.connect(self.save)
        for button in (self.cancel_button, self.save_button):
            style.set_point_size(button, 13)
            button.setMinimumHeight(style.px(40))
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # --- values ---------------------------------------------------------------------------------
    def set_contact(self, contact: ContactView | None) -> None:
        if contact is None:
            self.widgets["role"].setCurrentIndex(0)
            return
        methods = dict(contact.methods)
        texts: dict[str, str | None] = {
            "name": contact.name,
            "organization": contact.organization,
            "hics_position": contact.hics_position,
            "hours": contact.hours,
            "authority": contact.authority,
            "last_verified": contact.last_verified,
            "notes": contact.notes,
            **{kind: methods.get(kind) for kind in METHODS},
            **{k: contact.vendor.get(k) for k in VENDOR},
        }
        for name, text in texts.items():
            widget = self.widgets[name]
            assert isinstance(widget, QLineEdit)
            widget.setText(text or "")
        role = self.widgets["role"]
        assert isinstance(role, QComboBox)
        found = role.findData(contact.role)
        if found >= 0:
            role.setCurrentIndex(found)
        else:
            role.setEditText(contact.role)
        for unit, tier, classes in contact.places:
            self.add_place(unit, tier, classes)

    def values(self) -> dict[str, str]:
        """Texts per field, as ``save_contact`` takes them."""
        found = {}
        for name, widget in self.widgets.items():
            found[name] = combo_value(widget) if isinstance(widget, QComboBox) else widget.text()
        return {name: found.get(name, "") for name in EDITOR_FIELDS}

    def places(self) -> list[tuple[str, int, str]]:
        return [row.value() for row in self.place_rows]

    def saved_by(self) -> str:
        return " ".join(self.saved_by_input.text().split())

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the contact; on a refused value show why and keep everything as typed."""
        if not self.saved_by():
            return self._refuse(
                SAVED_BY, self.tr("Enter your name: every change records who made it.")
            )
        if not self.values()["name"].strip():
            return self._refuse("name", self.tr("the name is missing"))
        try:
            saved = save_contact(
                self.db,
                self.reference,
                self.values(),
                places=self.places(),
                by=self.saved_by(),
                contact_id=self.contact.id if self.contact else None,
            )
        except BadInputError as exc:
            return self._refuse(*field_problem(exc))
        self.saved_contact = saved
        self.contact_saved.emit(saved)
        self.accept()
        return True

    def _refuse(self, field: str | None, problem: str) -> bool:
        if field and field != SAVED_BY:
            name = self.field_label(field)
            text = self.tr("{field}: {problem}").format(field=name, problem=problem)
        else:
            text = problem
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        for name, widget in self.widgets.items():
            widget.setStyleSheet(style.error_style() if name == field else "")
        self.saved_by_input.setStyleSheet(style.error_style() if field == SAVED_BY else "")
        for row in self.place_rows:
            row.tier.setStyleSheet(style.error_style() if field == "tier" else "")
            row.classes.setStyleSheet(style.error_style() if field == "classes" else "")
        target = self._problem_widget(field)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _problem_widget(self, field: str | None) -> QWidget | None:
        if field == SAVED_BY:
            return self.saved_by_input
        if field in self.widgets:
            return self.widgets[field]
        if field in ("tier", "classes") and self.place_rows:
            return next(
                (r.classes for r in self.place_rows if field == "classes" and r.classes.text()),
                self.place_rows[0].tier if field == "tier" else self.place_rows[0].classes,
            )
        return None

    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()


def combo_value(combo: QComboBox) -> str:
    """The code of the chosen item, or the text typed when it names no item."""
    text = combo.currentText().strip()
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if found >= 0:
        return str(combo.itemData(found) or "")
    return text


def field_problem(exc: BadInputError) -> tuple[str | None, str]:
    """The field at fault, from the error's code and parameters ("contacts.message" names its
    column), and what to say about it in the GUI's language."""
    column, problem = exc.params.get("column"), exc.params.get("message")
    known = column in (*EDITOR_FIELDS, "tier", "classes")
    if exc.code == "contacts.message" and known and isinstance(problem, Message):
        return str(column), problem.render(locale_format.current_language())
    if exc.code == "common.name_person_saving_required":
        return SAVED_BY, error_text(exc)
    return None, error_text(exc)
