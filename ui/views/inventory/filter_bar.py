"""The search field and the unit / category / class filters above the device table."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.services.devices import DeviceFilter
from app.services.reference import Reference
from ui import style
from ui.strings import class_short
from ui.views.inventory.field_texts import not_classified_text
from ui.widgets.spoken import describe_clear_button

SEARCH_DELAY_MS = 200
NOT_CLASSIFIED = "none"  # data of the class filter entry for devices with no default class


class FilterBar(QWidget):
    """Signals:
    changed(): the search (once typing pauses) or a filter changed.
    """

    changed = Signal()

    def __init__(
        self, reference: Reference, lang: str, units: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inventory_filters")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search_input = QLineEdit()
        self.search_input.setObjectName("inventory_search")
        self.search_input.setClearButtonEnabled(True)
        self.search_input.setPlaceholderText(
            self.tr("Search tag, serial, maker, model, category, place, IP… (Ctrl+F)")
        )
        self.search_input.setAccessibleName(self.tr("Search devices"))
        describe_clear_button(self.search_input)
        style.set_point_size(self.search_input, 14)
        self.search_input.setMinimumHeight(style.px(44))
        row.addWidget(self.search_input, 3)

        self.unit_filter = self._combo("inventory_unit_filter", self.tr("Filter by unit"))
        self.unit_filter.addItem(self.tr("All units"), None)
        self.set_units(units)
        self.category_filter = self._combo(
            "inventory_category_filter", self.tr("Filter by category")
        )
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in reference.categories.categories:
            self.category_filter.addItem(category.name.get(lang), category.code)
        self.class_filter = self._combo(
            "inventory_class_filter", self.tr("Filter by default class")
        )
        self.class_filter.addItem(self.tr("All classes"), None)
        self.class_filter.addItem(not_classified_text(), NOT_CLASSIFIED)
        for number in range(1, 8):
            self.class_filter.addItem(class_short(reference, number, lang), number)
        row.addWidget(self.unit_filter, 1)
        row.addWidget(self.category_filter, 2)
        row.addWidget(self.class_filter, 2)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        self.search_input.textChanged.connect(lambda _text: self.timer.start())
        for combo in (self.unit_filter, self.category_filter, self.class_filter):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setMinimumHeight(style.px(44))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        style.set_point_size(combo, 13)
        return combo

    def current(self) -> DeviceFilter:
        chosen_class = self.class_filter.currentData()
        return DeviceFilter(
            query=self.search_input.text(),
            unit=self.unit_filter.currentData(),
            category=self.category_filter.currentData(),
            default_class=chosen_class if isinstance(chosen_class, int) else None,
            unclassified=chosen_class == NOT_CLASSIFIED,
        )

    def set_units(self, units: list[str]) -> None:
        """Offer these units (after a save or an import), keeping the chosen one if still there."""
        known = [self.unit_filter.itemData(i) for i in range(1, self.unit_filter.count())]
        if units == known:
            return
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        while self.unit_filter.count() > 1:
            self.unit_filter.removeItem(1)
        for unit in units:
            self.unit_filter.addItem(unit, unit)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(current), 0))
        self.unit_filter.blockSignals(False)
