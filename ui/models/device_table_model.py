"""The device inventory as a table that stays smooth at 100,000 devices.

``rowCount`` comes from ``count_devices``; rows are read in pages from ``list_devices`` only when the
view asks for them, and only the few most recently used pages are kept. Nothing ever loads every row.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.database.db import Database
from app.services.devices import DeviceFilter, DeviceView, count_devices, list_devices
from app.services.reference import Reference
from ui.strings import category_name, class_short, class_title, local_time
from ui.views.inventory.field_texts import not_classified_text
from ui.widgets.class_icon import class_icon

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "asset_tag",
    "category",
    "manufacturer",
    "model",
    "unit",
    "location",
    "default_class",
    "firmware_version",
    "ip",
)
CLASS_COLUMN = COLUMNS.index("default_class")
PAGE_SIZE = 200
CACHED_PAGES = 12
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole DeviceView of a row


class DeviceTableModel(QAbstractTableModel):
    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.page_size = page_size
        self.cached_pages = cached_pages
        self._filter = DeviceFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[DeviceView]] = OrderedDict()

    # --- what is shown --------------------------------------------------------------------------
    @property
    def device_filter(self) -> DeviceFilter:
        return self._filter

    def set_filter(self, where: DeviceFilter) -> None:
        """Show the devices matching ``where`` (counts them; reads no row yet)."""
        self._filter = where
        self.refresh()

    def refresh(self) -> None:
        """Forget every cached row and count again (after a save or an import)."""
        count = count_devices(self.db, self._filter)
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self.endResetModel()

    def device(self, row: int) -> DeviceView | None:
        """The device on ``row``, reading its page if needed; None outside the table."""
        if not 0 <= row < self._count:
            return None
        page_number, within = divmod(row, self.page_size)
        page = self._page(page_number)
        return page[within] if within < len(page) else None

    def row_of_tag(self, tag: str) -> int | None:
        """The row of a device among the cached pages (no database read), or None."""
        for number, page in self._pages.items():
            for within, device in enumerate(page):
                if device.asset_tag == tag:
                    return number * self.page_size + within
        return None

    def cached_page_numbers(self) -> list[int]:
        return list(self._pages)

    def _page(self, number: int) -> list[DeviceView]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = list_devices(
            self.db, self._filter, offset=number * self.page_size, limit=self.page_size
        )
        self._pages[number] = page
        while len(self._pages) > self.cached_pages:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(COLUMNS):
            return None
        return column_title(COLUMNS[section])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in _ROLES_WITH_DATA:
            return None
        device = self.device(index.row())
        if device is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(device, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(device, column)
        if role == Qt.ItemDataRole.UserRole:
            return device.id
        if role == DEVICE_ROLE:
            return device
        if column == "default_class" and device.default_class is not None:
            return class_icon(self.reference.ir_class(device.default_class))  # shape and colour
        return None

    def _text(self, device: DeviceView, column: str) -> str:
        if column == "category":
            return category_name(self.reference, device.category, self.lang) or (
                device.record.get("category_text") or ""
            )
        if column == "default_class":
            if device.default_class is None:
                return not_classified_text()
            return class_short(self.reference, device.default_class, self.lang)
        if column == "location":
            return device.location or ""
        value = device.record.get(column)
        return "" if value is None else str(value)

    def _tooltip(self, device: DeviceView, column: str) -> str:
        if column != "default_class" or device.default_class is None:
            return self._text(device, column)
        title = class_title(self.reference, device.default_class, self.lang)
        by = device.record.get("default_class_approved_by")
        at = device.record.get("default_class_approved_at")
        if not by:
            return title
        approved = translate("DeviceTableModel", "approved by {who}, {when}").format(
            who=by, when=local_time(at) if at else "—"
        )
        return f"{title}\n{approved}"


_ROLES_WITH_DATA = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
    DEVICE_ROLE,
    Qt.ItemDataRole.DecorationRole,
)


def column_title(column: str) -> str:
    return {
        "asset_tag": translate("DeviceTableModel", "Asset tag"),
        "category": translate("DeviceTableModel", "Category"),
        "manufacturer": translate("DeviceTableModel", "Manufacturer"),
        "model": translate("DeviceTableModel", "Model"),
        "unit": translate("DeviceTableModel", "Unit"),
        "location": translate("DeviceTableModel", "Location"),
        "default_class": translate("DeviceTableModel", "Default class"),
        "firmware_version": translate("DeviceTableModel", "Firmware"),
        "ip": translate("DeviceTableModel", "IP address"),
    }.get(column, column)
