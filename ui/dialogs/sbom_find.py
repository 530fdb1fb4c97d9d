"""Find the devices that carry a software component, optionally at a version (DOMAIN.md §8.3).

A device whose SBOM does not state the component's version (or states one that cannot be compared)
may be affected: it is listed, marked in words, after the confirmed matches. Never hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.composition import AffectedDevice, affected_devices
from app.services.sbom import component_key, parse_version_filter
from ui import style
from ui.dialogs.import_pages import busy, error_label, show_problem
from ui.error_text import error_text

translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("tag", "status", "model", "firmware", "unit", "location", "component", "version")
UNKNOWN = "unknown"


def column_title(column: str) -> str:
    return {
        "tag": translate("SbomFind", "Asset tag"),
        "model": translate("SbomFind", "Model"),
        "firmware": translate("SbomFind", "Firmware"),
        "unit": translate("SbomFind", "Unit"),
        "location": translate("SbomFind", "Location"),
        "component": translate("SbomFind", "Component"),
        "version": translate("SbomFind", "Component version"),
        "status": translate("SbomFind", "Status"),
    }[column]


def component_text(found: AffectedDevice) -> str:
    component = found.component
    return f"{component.group}/{component.name}" if component.group else component.name


def status_text(found: AffectedDevice, filtered: bool) -> str:
    if found.version_status == UNKNOWN:
        return translate("SbomFind", "Version unknown — may be affected")
    if filtered:
        return translate("SbomFind", "Affected: the version matches")
    return translate("SbomFind", "Carries it")


def ordered(found: list[AffectedDevice]) -> list[AffectedDevice]:
    """Confirmed matches first, then "may be affected"; by asset tag; one row per device and
    component (the same SBOM attached twice would otherwise list a device twice)."""
    unique: dict[tuple[str, Any], AffectedDevice] = {}
    for item in found:
        key = (item.device.id, item.component)
        if key not in unique or unique[key].version_status == UNKNOWN:
            unique[key] = item
    return sorted(
        unique.values(),
        key=lambda a: (a.version_status == UNKNOWN, a.device.asset_tag, component_text(a)),
    )


class AffectedModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AffectedDevice] = []
        self.filtered = False

    def set_rows(self, rows: list[AffectedDevice], filtered: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.filtered = filtered
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return column_title(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None

    def text(self, row: int, column: str) -> str:
        found = self.rows[row]
        device = found.device
        value = {
            "tag": device.asset_tag,
            "model": device.model,
            "firmware": device.record.get("firmware_version"),
            "unit": device.unit,
            "location": device.location,
            "component": component_text(found),
            "version": found.component.version or translate("SbomFind", "not stated"),
            "status": status_text(found, self.filtered),
        }[column]
        return "" if value is None else str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = COLUMNS[index.column()]
        unknown = self.rows[index.row()].version_status == UNKNOWN
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and unknown:
            return QBrush(QColor(style.theme.warning_bg))
        if role == Qt.ItemDataRole.ForegroundRole and unknown:
            return QBrush(QColor(style.theme.warning_fg))
        if role == Qt.ItemDataRole.FontRole and column == "status":
            font = QFont()
            font.setBold(True)
            return font
        return None


class FindPanel(QWidget):
    """Signals:
    device_activated(DeviceView): a row was double-clicked or Enter pressed on it.
    """

    device_activated = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sbom_find")
        self.db = db
        self.found: list[AffectedDevice] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Which devices carry a software component? Only components listed in attached "
                "SBOMs are known."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_inputs())
        self.error_label = error_label("sbom_find_error")
        layout.addWidget(self.error_label)
        self.count_label = QLabel()
        self.count_label.setObjectName("sbom_find_count")
        self.count_label.setWordWrap(True)
        style.set_point_size(self.count_label, 15, bold=True)
        layout.addWidget(self.count_label)
        self.model = AffectedModel(self)
        layout.addWidget(self._build_table(), 1)
        self.hint_label = QLabel(
            self.tr(
                "“Version unknown — may be affected”: the SBOM does not state a version that can "
                "be compared. Treat these devices as affected until the maker confirms."
            )
        )
        self.hint_label.setObjectName("sbom_find_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        style.set_point_size(self, 13)
        style.set_point_size(self.count_label, 15, bold=True)

    def _build_inputs(self) -> QGridLayout:
        grid = QGridLayout()
        self.query_input = QLineEdit()
        self.query_input.setObjectName("sbom_query")
        self.query_input.setAccessibleName(self.tr("Component to look for"))
        self.query_input.setPlaceholderText(
            self.tr("pkg:composer/laravel/framework, laravel/framework or a name")
        )
        self.version_input = QLineEdit()
        self.version_input.setObjectName("sbom_version")
        self.version_input.setAccessibleName(self.tr("Affected versions (optional)"))
        self.version_input.setPlaceholderText(self.tr("e.g. 7.30.6, <=7.30.6 or <2.0 (optional)"))
        for number, (text, edit) in enumerate(
            (
                (self.tr("&Component:"), self.query_input),
                (self.tr("&Versions:"), self.version_input),
            )
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setMinimumHeight(style.px(40))
            edit.returnPressed.connect(self.search)
            grid.addWidget(label, number, 0)
            grid.addWidget(edit, number, 1)
        self.find_button = QPushButton(self.tr("&Find devices"))
        self.find_button.setObjectName("sbom_find_button")
        self.find_button.setToolTip(
            self.tr("List the devices whose model's SBOM contains this component")
        )
        self.find_button.setProperty("role", "primary")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.search)
        grid.addWidget(self.find_button, 0, 2, 2, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_table(self) -> QTableView:
        table = QTableView()
        self.table = table
        table.setObjectName("sbom_find_table")
        table.setAccessibleName(self.tr("Devices carrying the component"))
        table.setAccessibleDescription(
            self.tr(
                "The devices whose software contains the component, found in the attached SBOMs"
            )
        )
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(style.px(34))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # widths from the first rows only
        table.activated.connect(self._activated)
        return table

    def search(self) -> bool:
        """Look the component up; the count in words, or the problem with what was typed kept."""
        query = self.query_input.text().strip()
        version = self.version_input.text().strip() or None
        if not query:
            self.query_input.setFocus(Qt.FocusReason.OtherFocusReason)
            return self._refuse(
                self.tr("Enter a component to look for: a package URL, group/name or a name.")
            )
        try:
            component_key(query)
            if version is not None:
                parse_version_filter(version)
            with busy():
                found = ordered(affected_devices(self.db, query, version))
        except BadInputError as exc:
            return self._refuse(self.tr("Cannot search: {problem}").format(problem=error_text(exc)))
        show_problem(self.error_label, None)
        self.found = found
        self.model.set_rows(found, filtered=version is not None)
        self.table.resizeColumnsToContents()
        for column in range(len(COLUMNS)):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self.table.scrollToTop()
        text = self.count_text(query if version is None else f"{query} {version}")
        self.count_label.setText(text)
        self.table.setAccessibleDescription(text)
        self.hint_label.setVisible(any(a.version_status == UNKNOWN for a in found))
        return True

    def _refuse(self, problem: str) -> bool:
        show_problem(self.error_label, problem)
        self.found = []
        self.model.set_rows([], filtered=False)
        self.table.resizeColumnsToContents()
        self.count_label.clear()
        self.hint_label.hide()
        return False

    def count_text(self, what: str) -> str:
        """ "19 devices carry laravel/framework; 3 more may (version unknown)." """
        sure = {a.device.id for a in self.found if a.version_status != UNKNOWN}
        maybe = {a.device.id for a in self.found if a.version_status == UNKNOWN} - sure
        count, more = f"{len(sure):,}", f"{len(maybe):,}"
        if not sure and not maybe:
            text = self.tr("No device carries {component} in the attached SBOMs.")
        elif not sure:
            text = self.tr("No device is known to carry {component}; {more} may (version unknown).")
        elif not maybe:
            if len(sure) == 1:
                text = self.tr("1 device carries {component}.")
            else:
                text = self.tr("{count} devices carry {component}.")
        elif len(sure) == 1:
            text = self.tr("1 device carries {component}; {more} more may (version unknown).")
        else:
            text = self.tr("{count} devices carry {component}; {more} more may (version unknown).")
        return text.format(component=what, count=count, more=more)

    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.found):
            self.device_activated.emit(self.found[index.row()].device)
