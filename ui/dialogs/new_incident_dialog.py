"""Opening an incident: its name, T0 (the awareness time, now unless changed), how it was detected,
severity and the units affected. "Opened" only after ``create_incident`` has returned; a refusal
is shown in the dialog, which keeps everything typed."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.incident_terms import label
from app.errors import AppError
from app.services.devices import list_units
from app.services.incidents import SEVERITIES, IncidentView, create_incident
from ui import style
from ui.locale_format import edit_format
from ui.session import SignInSession
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def t0_edit(name: str, accessible: str) -> QDateTimeEdit:
    """A date-and-time field in this computer's local time, with a calendar."""
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setDisplayFormat(edit_format())
    edit.setCalendarPopup(True)
    edit.setMinimumHeight(style.px(40))
    style.set_point_size(edit, 14)
    return edit


def t0_iso(edit: QDateTimeEdit) -> str:
    """The field's time as ISO 8601 with this computer's UTC offset."""
    moment: datetime = edit.dateTime().toPython()  # naive, local
    return moment.replace(second=0, microsecond=0).astimezone().isoformat()


def severity_combo(name: str, lang: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleDescription(
        translate("NewIncidentDialog", "How serious the incident is for patient care")
    )
    combo.setMinimumHeight(style.px(40))
    style.set_point_size(combo, 14)
    combo.addItem(translate("NewIncidentDialog", "Not set yet"), "")
    for code in SEVERITIES:
        combo.addItem(label("severity", code, lang), code)
    return combo


class UnitsField(QWidget):
    """The units affected: the inventory's units to tick (Space), and others typed with commas."""

    def __init__(self, db: Database, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}_list")
        self.list.setAccessibleName(self.tr("Units affected (tick with Space)"))
        self.list.setAccessibleDescription(
            self.tr("The inventory's units; tick each unit the incident affects with Space")
        )
        self.list.setMaximumHeight(style.px(130))
        style.set_point_size(self.list, 13)
        try:
            known = list_units(db)
        except READ_FAILURES as exc:
            log.error("reading the units failed: %s", exc)
            known = []
        for unit in known:
            item = QListWidgetItem(unit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._toggle)
        column.addWidget(self.list)
        self.list.setVisible(bool(known))
        self.other = QLineEdit()
        self.other.setObjectName(f"{name}_other")
        self.other.setAccessibleName(self.tr("Other units, separated by commas"))
        self.other.setPlaceholderText(self.tr("Other units, separated by commas"))
        self.other.setMinimumHeight(style.px(40))
        style.set_point_size(self.other, 13)
        column.addWidget(self.other)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def units(self) -> list[str]:
        chosen = [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        for part in self.other.text().replace("、", ",").split(","):
            cleaned = " ".join(part.split())
            if cleaned and cleaned not in chosen:
                chosen.append(cleaned)
        return chosen

    def set_units(self, units: tuple[str, ...] | list[str]) -> None:
        known = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            known.add(item.text())
            state = Qt.CheckState.Checked if item.text() in units else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.other.setText(", ".join(u for u in units if u not in known))


class NewIncidentDialog(QDialog):
    """Signals:
    created(IncidentView): the incident is saved.
    """

    created = Signal(object)

    def __init__(
        self,
        db: Database,
        lang: str,
        session: SignInSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_incident_dialog")
        self.setWindowTitle(self.tr("New incident"))
        self.db, self.lang = db, lang
        self.incident: IncidentView | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = style.text_label("new_incident_intro", 13)
        intro.setText(
            self.tr(
                "T0 is when the problem became known: it starts the regulatory clocks. "
                "Leave it at now unless you know an earlier time."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        self.name_input = line_edit("new_incident_name", self.tr("Incident name"))
        self.name_input.setPlaceholderText(self.tr("e.g. CT scanner ransomware, radiology"))
        form.addRow(self._label(self.tr("&Name (required):"), self.name_input), self.name_input)
        t0_row = QHBoxLayout()
        self.t0_input = t0_edit("new_incident_t0", self.tr("T0, the awareness time"))
        self.t0_input.setAccessibleDescription(
            self.tr("When the problem became known, in local time; it starts the reporting clocks")
        )
        t0_row.addWidget(self.t0_input, 1)
        now_button = QPushButton(self.tr("N&ow"))
        now_button.setObjectName("new_incident_t0_now")
        now_button.setAccessibleName(self.tr("Set T0 to now"))
        now_button.setToolTip(self.tr("Put the current date and time in the T0 field"))
        now_button.clicked.connect(lambda: self.t0_input.setDateTime(QDateTime.currentDateTime()))
        t0_row.addWidget(now_button)
        form.addRow(self._label(self.tr("&T0 (local time):"), self.t0_input), t0_row)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("new_incident_source")
        self.source_combo.setAccessibleName(self.tr("Detection source"))
        self.source_combo.setAccessibleDescription(
            self.tr("Required: how the problem was noticed; choose one or type your own")
        )
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.setMinimumHeight(style.px(40))
        style.set_point_size(self.source_combo, 14)
        self.source_combo.addItems(
            [
                "",
                self.tr("A clinician noticed a device behaving oddly"),
                self.tr("Security monitoring alert (SOC)"),
                self.tr("Manufacturer, FDA or ICS advisory"),
                self.tr("ISAC or regional partner alert"),
                self.tr("IT help desk report"),
            ]
        )
        self.source_combo.setCurrentIndex(0)
        form.addRow(
            self._label(self.tr("&Detected by (required):"), self.source_combo),
            self.source_combo,
        )
        self.severity_combo = severity_combo("new_incident_severity", lang)
        self.severity_combo.setAccessibleName(self.tr("Severity"))
        form.addRow(self._label(self.tr("&Severity:"), self.severity_combo), self.severity_combo)
        self.units = UnitsField(db, "new_incident_units")
        form.addRow(self._label(self.tr("&Units affected:"), self.units.list), self.units)
        self.actor_field = ActorField(session, "new_incident_actor")
        form.addRow(self.actor_field)
        layout.addLayout(form)
        self.message = MessageBanner("new_incident_message", 14)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "new_incident_cancel", self.reject, tip=cancel_tip())
        )
        self.open_button = dialog_button(
            self.tr("Open incident"),
            "new_incident_open",
            self.save,
            primary=True,
            tip=self.tr("Record the new incident and open its workspace"),
        )
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.name_input.setFocus()
        fit_dialog(self, 680)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        widget = QLabel(text)
        style.set_point_size(widget, 14)
        widget.setBuddy(buddy)
        return widget

    def save(self) -> IncidentView | None:
        """Open the incident with what the fields hold; the dialog closes only once it is saved."""
        if self.incident is not None:
            return self.incident
        who = self.actor_field.actor()
        if who is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            incident = create_incident(
                self.db,
                name=self.name_input.text(),
                t0=t0_iso(self.t0_input),
                source=self.source_combo.currentText(),
                by=who,
                severity=self.severity_combo.currentData() or None,
                units=self.units.units(),
            )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "opening an incident"))
            return None
        self.incident = incident
        self.created.emit(incident)
        self.accept()
        return incident
