"""The Contacts tab: who is called (a table with a unit filter), New contact…, the editor of a
contact (double-click or Enter on its row), Remove… (after a confirmation), Import… and Export…,
and the escalation chain of each unit (waits and triggers per tier).

Every change records the name typed in "Your name"; without it nothing is saved or removed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.contacts import ContactView, export_contacts, list_contacts, remove_contact
from app.services.devices import list_units
from app.services.reference import Reference
from ui import dialog_service, style
from ui.dialogs.contact_editor_dialog import ContactEditorDialog
from ui.error_text import error_text
from ui.session import SignInSession
from ui.views.contacts.contact_table_model import ContactTableModel
from ui.views.contacts.escalation_editor import EscalationEditor
from ui.views.contacts.import_dialog import FILE_FILTERS, ContactImportDialog
from ui.widgets.call_list import READ_FAILURES

log = logging.getLogger(__name__)
ALL_UNITS = "\x00all"  # the unit filter's "All units" (no unit is called that)


class ContactsView(QWidget):
    """Signals:
    contacts_changed(): contacts or escalation tiers changed (call lists elsewhere read them again).
    """

    contacts_changed = Signal()

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        session: SignInSession | None = None,
    ) -> None:
        """``session``: who is signed in (the escalation chain needs it to be saved; prints are
        logged as that person)."""
        super().__init__(parent)
        self.setObjectName("contacts_view")
        self.session = session
        self.db = db
        self.reference = reference
        self.lang = lang
        self.import_dialog: ContactImportDialog | None = None
        self.contact_editor: ContactEditorDialog | None = None
        self.model = ContactTableModel(reference, lang, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = self._title_row()
        layout.addLayout(title_row)
        # Files and paper on a row of their own: one row of seven buttons does not fit a laptop.
        files_row = QHBoxLayout()
        files_row.addStretch(1)
        for button in (
            self.import_button,
            self.export_button,
            self.sheet_button,
            self.binder_button,
        ):
            title_row.removeWidget(button)
            files_row.addWidget(button)
        layout.addLayout(files_row)
        layout.addLayout(self._filter_row())
        self.table = self._table()
        self.editor = EscalationEditor(db, reference, lang, session=session)
        self.editor.tier_saved.connect(lambda _unit, _tier: self.contacts_changed.emit())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("contacts_count")
        style.set_point_size(self.count_label, 13)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.table, 1)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([640, 420])
        layout.addWidget(splitter, 1)
        self.refresh()

    # --- building -------------------------------------------------------------------------------
    def _title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Contacts and escalation"))
        style.set_point_size(title, 18, bold=True)
        row.addWidget(title, 1)
        self.new_button = style.action_button(
            self.tr("Ne&w contact…"),
            "contacts_new",
            self.tr("Add one contact and their places in escalation chains"),
            lambda: self.open_editor(None),
        )
        row.addWidget(self.new_button)
        self.remove_button = style.action_button(
            self.tr("&Remove…"),
            "contacts_remove",
            self.tr("Take the selected contact off every contact sheet and escalation chain"),
            self.remove_selected,
        )
        row.addWidget(self.remove_button)
        self.import_button = style.action_button(
            self.tr("&Import…"),
            "contacts_import",
            self.tr("Add or update contacts from a CSV or vCard file"),
            self.open_import,
        )
        row.addWidget(self.import_button)
        self.export_button = style.action_button(
            self.tr("&Export…"),
            "contacts_export",
            self.tr("Write every contact to a CSV file"),
            self.export,
        )
        row.addWidget(self.export_button)
        self.sheet_button = style.action_button(
            self.tr("Print &contact sheet…"),
            "contacts_print_sheet",
            self.tr("The escalation contact sheet of the unit shown"),
            self.print_contact_sheet,
        )
        row.addWidget(self.sheet_button)
        self.binder_button = style.action_button(
            self.tr("Print &binder…"),
            "contacts_print_binder",
            self.tr("The downtime binder: classes, question flow, paper forms, contact sheets"),
            self.print_binder,
        )
        row.addWidget(self.binder_button)
        return row

    # --- printing -------------------------------------------------------------------------------
    def chosen_unit(self) -> str | None:
        chosen = self.unit_filter.currentData()
        return None if chosen in (None, ALL_UNITS) else chosen

    def print_contact_sheet(self) -> object:
        from app.services.printing import print_contact_sheet
        from ui.dialogs.print_preview import preview_document, print_recorder

        db, reference, lang, unit = self.db, self.reference, self.lang, self.chosen_unit()
        self.print_preview = preview_document(
            self,
            "contact_sheet",
            lambda out, paper: print_contact_sheet(
                db, reference, unit, lang, paper, out, log=False
            ),
            detail=unit or "",
            record=print_recorder(db, "contact_sheet", unit or "", self.session),
        )
        return self.print_preview

    def print_binder(self) -> object:
        from app.services.printing import print_binder
        from ui.dialogs.print_preview import preview_document, print_recorder

        db, reference, lang, unit = self.db, self.reference, self.lang, self.chosen_unit()
        self.print_preview = preview_document(
            self,
            "binder",
            lambda out, paper: print_binder(db, reference, unit, lang, paper, out, log=False),
            detail=unit or "",
            record=print_recorder(db, "binder", unit or "", self.session),
        )
        return self.print_preview

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        unit_label = QLabel(self.tr("&Unit:"))
        style.set_point_size(unit_label, 13)
        row.addWidget(unit_label)
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("contacts_unit_filter")
        self.unit_filter.setAccessibleName(self.tr("Show the contacts of a unit"))
        self.unit_filter.setAccessibleDescription(
            self.tr("Show only the contacts placed in one unit's escalation chain, or everyone")
        )
        self.unit_filter.setMinimumHeight(style.px(36))
        self.unit_filter.setMinimumWidth(style.px(200))
        style.set_point_size(self.unit_filter, 13)
        unit_label.setBuddy(self.unit_filter)
        self.unit_filter.currentIndexChanged.connect(lambda _index: self.load_contacts())
        row.addWidget(self.unit_filter)
        row.addSpacing(24)
        name_label = QLabel(self.tr("Your &name (for changes):"))
        style.set_point_size(name_label, 13)
        row.addWidget(name_label)
        self.name_input = QLineEdit()
        self.name_input.setObjectName("contacts_by")
        self.name_input.setAccessibleName(self.tr("Your name"))
        self.name_input.setAccessibleDescription(
            self.tr("Recorded with every import and change of the contacts you make")
        )
        self.name_input.setMinimumHeight(style.px(36))
        style.set_point_size(self.name_input, 13)
        name_label.setBuddy(self.name_input)
        row.addWidget(self.name_input, 1)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("contacts_table")
        table.setAccessibleName(self.tr("Contacts"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(style.px(36))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        style.set_point_size(table, 13)
        table.setToolTip(self.tr("Double-click a contact, or press Enter, to change it"))
        table.activated.connect(lambda index: self.open_editor(self.model.contact(index.row())))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    # --- behaviour ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def units(self) -> list[str]:
        """Units of the inventory and of the contacts' places, sorted."""
        try:
            known = set(list_units(self.db))
            known |= {u for c in list_contacts(self.db) for u, _t, _c in c.places if u}
        except READ_FAILURES as exc:
            log.error("reading the units failed: %s", exc)
            return []
        return sorted(known)

    def refresh(self) -> None:
        """Read the units, the contacts and the chain again (keeping the choices)."""
        units = self.units()
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), ALL_UNITS)
        for unit in units:
            self.unit_filter.addItem(unit, unit)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)
        self.load_contacts()
        self.editor.set_units(units)

    def load_contacts(self) -> None:
        chosen = self.unit_filter.currentData()
        unit = None if chosen in (None, ALL_UNITS) else chosen
        try:
            contacts = list_contacts(self.db, unit)
        except READ_FAILURES as exc:
            log.error("reading the contacts failed: %s", exc)
            contacts = []
        self.model.set_contacts(contacts)
        self._selection_changed()
        if contacts:
            text = self.tr("{count} contacts").format(count=len(contacts))
        else:
            text = self.tr("No contacts yet: import a CSV or vCard file (Import…).")
        self.count_label.setText(text)
        self.table.setAccessibleDescription(text)

    def by(self) -> str:
        return " ".join(self.name_input.text().split())

    def open_import(self) -> ContactImportDialog | None:
        """Choose a file, then the import dialog (not blocking); None when no file was chosen."""
        path = dialog_service.choose_open_file(self, self.tr("Import contacts"), FILE_FILTERS)
        if path is None:
            return None
        return self.import_file(path)

    def import_file(self, path: Path) -> ContactImportDialog:
        dialog = ContactImportDialog(
            self.db, self.reference, path, self.units(), self.by() or "mdir-desk", self
        )
        chosen = self.unit_filter.currentData()
        if chosen not in (None, ALL_UNITS):
            dialog.unit_combo.setCurrentIndex(max(dialog.unit_combo.findData(chosen), 0))
        dialog.imported.connect(lambda _report: self._imported())
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self) -> None:
        self.refresh()
        self.editor.load()
        self.contacts_changed.emit()

    def export(self) -> Path | None:
        path = dialog_service.choose_save_file(
            self,
            self.tr("Export the contacts"),
            Path.home() / "contacts.csv",
            self.tr("CSV (*.csv)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        try:
            count = export_contacts(self.db, path)
        except BadInputError as exc:
            dialog_service.show_error(self, self.tr("Export failed"), error_text(exc))
            return None
        dialog_service.show_info(
            self,
            self.tr("Export finished"),
            self.tr("{count} rows written to {path}").format(count=count, path=path),
        )
        return path

    # --- one contact ----------------------------------------------------------------------------
    def selected_contact(self) -> ContactView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.selected_contact() is not None)

    def select_contact(self, contact_id: str) -> None:
        for row in range(self.model.rowCount()):
            contact = self.model.contact(row)
            if contact is not None and contact.id == contact_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def open_editor(self, contact: ContactView | None) -> ContactEditorDialog:
        """The editor of ``contact`` (None: a new one), not blocking."""
        dialog = ContactEditorDialog(
            self.db, self.reference, self.lang, contact, self.units(), self.by(), self
        )
        dialog.contact_saved.connect(self._contact_saved)
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.contact_editor = dialog
        dialog.open()
        return dialog

    def _contact_saved(self, contact: ContactView) -> None:
        if self.contact_editor is not None and not self.by():
            self.name_input.setText(self.contact_editor.saved_by())
        self._changed()
        self.select_contact(contact.id)

    def remove_selected(self) -> bool:
        """Remove the selected contact after a confirmation; True when it was removed."""
        contact = self.selected_contact()
        if contact is None:
            return False
        if not self.by():
            dialog_service.show_error(
                self,
                self.tr("Your name is needed"),
                self.tr("Enter your name first: every change records who made it."),
            )
            self.name_input.setFocus()
            return False
        question = self.tr(
            "Remove {name} from every contact sheet and escalation chain? "
            "This cannot be undone; the event log keeps who removed it."
        ).format(name=contact.name)
        if not dialog_service.confirm(self, self.tr("Remove contact"), question):
            return False
        try:
            remove_contact(self.db, contact.id, by=self.by())
        except BadInputError as exc:
            dialog_service.show_error(self, self.tr("Remove failed"), error_text(exc))
            self.refresh()
            return False
        self._changed()
        self.table.setFocus()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.editor.load()
        self.contacts_changed.emit()
