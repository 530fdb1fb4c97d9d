"""The Inventory tab: every device in a lazily loaded table, search as you type, filters, editor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.devices import DeviceFilter, DeviceView, count_devices, list_units
from app.services.inventory_import import export_inventory
from app.services.printing import print_cards
from app.services.reference import Reference
from ui import dialog_service, style
from ui.dialogs.device_editor_dialog import DeviceEditorDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.dialogs.sbom_dialog import SbomDialog
from ui.error_text import error_text
from ui.models.device_table_model import COLUMNS, DeviceTableModel
from ui.session import SignInSession
from ui.views.inventory.filter_bar import FilterBar
from ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from ui.dialogs.print_preview import PrintPreviewDialog

ROW_HEIGHT = 36
# Initial column widths in characters of the table font (resizing to contents would read every row).
COLUMN_CHARS = {
    "asset_tag": 11,
    "category": 22,
    "manufacturer": 14,
    "model": 12,
    "unit": 11,
    "location": 13,
    "default_class": 22,
    "firmware_version": 9,
    "ip": 13,
}


class InventoryView(QWidget):
    """Signals:
    device_saved(DeviceView): a device was created or changed in the editor.
    """

    device_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        session: SignInSession | None = None,
    ) -> None:
        """``session``: who is signed in (prints are logged as that person)."""
        super().__init__(parent)
        self.setObjectName("inventory_view")
        self.session = session
        self.db = db
        self.reference = reference
        self.lang = lang
        self.editor: DeviceEditorDialog | None = None
        self.sbom_dialog: SbomDialog | None = None
        self.print_preview: PrintPreviewDialog | None = None
        self.saved_by = ""  # remembered between saves of this session
        self._loaded = False
        self.model = DeviceTableModel(db, reference, lang, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._build_title_row())
        self.filters = FilterBar(reference, lang, list_units(db))
        self.search_input = self.filters.search_input
        self.unit_filter = self.filters.unit_filter
        self.category_filter = self.filters.category_filter
        self.class_filter = self.filters.class_filter
        self.filters.changed.connect(self.apply_filter)
        layout.addWidget(self.filters)
        layout.addWidget(self._build_table(), 1)
        self._add_shortcuts()

    # --- building -------------------------------------------------------------------------------
    def _build_title_row(self) -> QVBoxLayout:
        """The title and count, then the actions, wrapping onto a second line when the window
        (or large text) leaves no room for them on one."""
        column = QVBoxLayout()
        heading = QHBoxLayout()
        title = QLabel(self.tr("Device inventory"))
        style.set_point_size(title, 18, bold=True)
        heading.addWidget(title)
        self.count_label = QLabel()
        self.count_label.setObjectName("inventory_count")
        style.set_point_size(self.count_label, 14)
        heading.addWidget(self.count_label, 1)
        column.addLayout(heading)
        actions = QWidget()
        actions.setObjectName("inventory_actions")
        row = FlowLayout(actions, spacing=8)
        column.addWidget(actions)
        self.new_button = style.action_button(
            self.tr("&New device"),
            "inventory_new",
            self.tr("Add a device to the inventory (Ctrl+N)"),
            lambda: self.open_editor(None),
        )
        row.addWidget(self.new_button)
        self.import_button = style.action_button(
            self.tr("&Import…"),
            "inventory_import",
            self.tr("Add or update devices from a CSV or Excel file"),
            self.open_import,
        )
        row.addWidget(self.import_button)
        self.export_button = style.action_button(
            self.tr("&Export…"),
            "inventory_export",
            self.tr("Write every device to a CSV or Excel file"),
            self.export,
        )
        row.addWidget(self.export_button)
        self.sbom_button = style.action_button(
            self.tr("&Software (SBOM)…"),
            "inventory_sbom",
            self.tr("Devices carrying a software component; SBOMs"),
            self.open_sbom,
        )
        row.addWidget(self.sbom_button)
        self.print_button = style.action_button(
            self.tr("Print &cards…"),
            "inventory_print_cards",
            self.tr("Print a card for every device of the unit chosen in the unit filter"),
            self.print_cards,
        )
        row.addWidget(self.print_button)
        self.bundle_button = style.action_button(
            self.tr("&USB bundles…"),
            "inventory_bundles",
            self.tr("Move inventory, contacts or decisions to or from another computer, signed"),
            self.open_bundles,
        )
        row.addWidget(self.bundle_button)
        return column

    def open_bundles(self) -> object:
        """The signed-bundle dialog (its imports load only when it is opened)."""
        from ui.dialogs.bundle_dialog import BundleDialog

        dialog = BundleDialog(self.db, self.reference, self.session, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        self.bundle_dialog = dialog
        return dialog

    def _build_table(self) -> QTableView:
        table = QTableView()
        self.table = table
        table.setObjectName("inventory_table")
        table.setAccessibleName(self.tr("Devices"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(style.px(ROW_HEIGHT))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        style.set_point_size(table, 13)
        char = table.fontMetrics().averageCharWidth()
        header_metrics = header.fontMetrics()
        for number, column in enumerate(COLUMNS):
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            wanted = max(COLUMN_CHARS[column] * char, header_metrics.horizontalAdvance(title))
            table.setColumnWidth(number, wanted + 24)
        table.activated.connect(self._activated)
        return table

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, lambda: self.open_editor(None)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        to_table = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_input)
        to_table.setContext(Qt.ShortcutContext.WidgetShortcut)
        to_table.activated.connect(self.focus_table)

    # --- behaviour ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.apply_filter()

    def current_filter(self) -> DeviceFilter:
        return self.filters.current()

    # --- a rebuild of the window (language or display changed) keeps the search -----------------
    def view_state(self) -> tuple[str, object, object, object]:
        bar = self.filters
        return (
            bar.search_input.text(),
            bar.unit_filter.currentData(),
            bar.category_filter.currentData(),
            bar.class_filter.currentData(),
        )

    def restore_view_state(self, state: tuple[str, object, object, object]) -> None:
        bar = self.filters
        text, *chosen = state
        for combo, value in zip(
            (bar.unit_filter, bar.category_filter, bar.class_filter), chosen, strict=True
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        bar.search_input.setText(text)
        bar.timer.stop()
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the devices matching the search text and the filters (runs after typing stops)."""
        self.filters.timer.stop()
        self._loaded = True
        where = self.current_filter()
        self.model.set_filter(where)
        self._update_count(where)
        self.table.scrollToTop()
        self.table.horizontalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Count and read again, keeping the search, the filters and the selected device."""
        selected = self.selected_device()
        self._refresh_units()
        self.model.refresh()
        self._update_count(self.model.device_filter)
        if selected is not None:
            self.select_tag(selected.asset_tag)

    def _refresh_units(self) -> None:
        self.filters.set_units(list_units(self.db))

    def _update_count(self, where: DeviceFilter) -> None:
        shown = self.model.rowCount()
        everything = DeviceFilter()
        if where == everything:
            text = self.count_text(shown)
        else:
            total = count_devices(self.db, everything)
            text = self.tr("{shown} of {total}").format(
                shown=self.count_text(shown), total=f"{total:,}"
            )
        self.count_label.setText(text)
        self.table.setAccessibleDescription(text)

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 device")
        return self.tr("{count} devices").format(count=f"{count:,}")

    def select_tag(self, tag: str) -> bool:
        """Select a device already on a cached page (after a save); True when found."""
        row = self.model.row_of_tag(tag)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_device(self) -> DeviceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.device(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        self.search_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_input.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        device = self.model.device(index.row())
        if device is not None:
            self.open_editor(device)

    def open_editor(self, device: DeviceView | None) -> DeviceEditorDialog:
        """The device editor for ``device`` (None: a new device), opened without blocking."""
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        editor = DeviceEditorDialog(self.db, self.reference, self.lang, device, self.saved_by, self)
        editor.device_saved.connect(self._saved)
        editor.finished.connect(lambda _result: self.table.setFocus())
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, device: DeviceView) -> None:
        self.saved_by = self.editor.saved_by() if self.editor else self.saved_by
        self.refresh()
        self.select_tag(device.asset_tag)
        self.device_saved.emit(device)

    def open_import(self) -> ImportWizard:
        wizard = ImportWizard(self.db, self.reference, self.lang, self, self.saved_by)
        wizard.imported.connect(lambda _report: self._imported(wizard))
        wizard.finished.connect(lambda _result: self.table.setFocus())
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, wizard: ImportWizard) -> None:
        self.saved_by = wizard.saved_by() or self.saved_by
        self.refresh()

    def open_sbom(self) -> SbomDialog:
        """The software-components window, opened without blocking (one at a time)."""
        if self.sbom_dialog is not None and self.sbom_dialog.isVisible():
            self.sbom_dialog.raise_()
            self.sbom_dialog.activateWindow()
            return self.sbom_dialog
        dialog = SbomDialog(self.db, self.reference, self.lang, self, self.saved_by)
        dialog.device_activated.connect(self.open_editor)
        self.sbom_dialog = dialog
        dialog.show()
        return dialog

    def export(self) -> Path | None:
        """Every device, every field, to a CSV or Excel file the person chooses."""
        path = dialog_service.choose_save_file(
            self,
            self.tr("Export the inventory"),
            Path.home() / "inventory.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        try:
            count = export_inventory(self.db, path)
        except BadInputError as exc:
            dialog_service.show_error(self, self.tr("Export failed"), error_text(exc))
            return None
        dialog_service.show_info(
            self,
            self.tr("Export finished"),
            self.tr("{count} devices written to {path}").format(count=f"{count:,}", path=path),
        )
        return path

    def print_cards(self) -> PrintPreviewDialog | None:
        """Preview the device cards of the unit chosen in the unit filter (one unit at a time)."""
        unit = self.unit_filter.currentData()
        if not unit:
            dialog_service.show_info(
                self,
                self.tr("Print cards"),
                self.tr(
                    "Cards are printed one unit at a time. Choose a unit in the unit filter "
                    "first, then press Print cards… again."
                ),
            )
            self.unit_filter.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        from ui.dialogs.print_preview import (  # QtPdf only when printing
            preview_document,
            print_recorder,
        )

        db, reference, lang = self.db, self.reference, self.lang
        self.print_preview = preview_document(
            self,
            "cards",
            lambda out, paper: print_cards(db, reference, unit, lang, paper, out, log=False),
            detail=unit,
            record=print_recorder(db, "cards", unit, self.session),
        )
        return self.print_preview
