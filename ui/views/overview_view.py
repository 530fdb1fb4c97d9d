"""The "Overview" tab (Prepare phase): how many devices of each default class every unit has.

A table (units × classes 1–7, not classified, total, and a line for all units) and the same numbers as
stacked bars. ``refresh()`` reads the database again; call it when devices or default classes change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.inventory import OverviewRow, class_overview
from app.services.reference import Reference
from ui import style
from ui.widgets.class_bar_chart import (
    UNCLASSIFIED_MARK,
    BarRow,
    ClassBarChart,
    SegmentStyle,
)
from ui.widgets.class_icon import class_icon, class_pixmap
from ui.widgets.flow_layout import FlowLayout

CLASSES = tuple(range(1, 8))
COLUMN_KEYS: tuple[int | None, ...] = (*CLASSES, None)  # None: not classified


class OverviewView(QWidget):
    """No signals. ``refresh()`` reloads the counts from the database."""

    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview_view")
        self.db = db
        self.reference = reference
        self.lang = lang
        self.rows: list[OverviewRow] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Default classes per unit"))
        title.setObjectName("overview_title")
        style.set_point_size(title, 22, bold=True)
        top.addWidget(title)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("overview_refresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the overview"))
        self.refresh_button.setToolTip(self.tr("Count the devices again from the inventory"))
        self.refresh_button.setProperty("role", "secondary")
        style.set_point_size(self.refresh_button, 15)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("overview_summary")
        self.summary.setWordWrap(True)
        style.set_point_size(self.summary, 14)
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("overview_splitter")
        splitter.setChildrenCollapsible(False)
        self.table = QTableWidget(0, len(COLUMN_KEYS) + 2)
        self.table.setObjectName("overview_table")
        self.table.setAccessibleName(self.tr("Devices per default class, per unit"))
        self.table.setAccessibleDescription(
            self.tr("One row per unit: how many of its devices have each default class")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        style.set_point_size(self.table, 14)
        style.set_point_size(self.table.horizontalHeader(), 13, bold=True)
        self.table.verticalHeader().setDefaultSectionSize(style.px(34))
        self._set_headers()
        splitter.addWidget(self.table)

        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 6, 0, 0)
        legend = QFrame()
        legend.setObjectName("overview_legend")
        legend.setAccessibleName(self.tr("Legend"))
        self.legend_layout = FlowLayout(legend, spacing=14)
        self._build_legend()
        chart_layout.addWidget(legend)
        self.chart = ClassBarChart()
        self.chart.setAccessibleName(self.tr("Bar chart: devices per default class, per unit"))
        style.set_point_size(self.chart, 13)
        scroll = QScrollArea()
        scroll.setObjectName("overview_chart_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        chart_layout.addWidget(scroll, 1)
        splitter.addWidget(chart_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _set_headers(self) -> None:
        headers = [self.tr("Unit")]
        headers += [self.tr("Class {number}").format(number=n) for n in CLASSES]
        headers += [self.tr("Not classified"), self.tr("Total")]
        self.table.setHorizontalHeaderLabels(headers)
        for column, number in enumerate(CLASSES, start=1):
            item = self.table.horizontalHeaderItem(column)
            item.setToolTip(self.reference.ir_class(number).name.get(self.lang))
            item.setIcon(class_icon(self.reference.ir_class(number)))  # never colour alone
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _build_legend(self) -> None:
        for key in COLUMN_KEYS:
            look = self._style(key)
            item = QWidget()
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            if key is not None:  # the class's shape: never colour alone
                shape = QLabel()
                shape.setObjectName(f"overview_legend_shape_{key}")
                ratio = self.devicePixelRatioF() or 1.0
                shape.setPixmap(class_pixmap(self.reference.ir_class(key), style.px(24), ratio))
                row.addWidget(shape)
            swatch = QLabel(look.mark)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setMinimumSize(style.px(30), style.px(26))
            swatch.setStyleSheet(
                f"background-color: {look.colour}; color: {look.text_colour}; "
                "border-radius: 4px; font-weight: bold;"
            )
            row.addWidget(swatch)
            name = QLabel(
                self.reference.ir_class(key).short.get(self.lang)
                if key is not None
                else self.tr("Not classified")
            )
            style.set_point_size(name, 13)
            row.addWidget(name)
            item.setAccessibleName(f"{look.mark}: {name.text()}")
            item.setToolTip(look.name)
            self.legend_layout.addWidget(item)

    def _style(self, key: int | None) -> SegmentStyle:
        if key is None:
            return SegmentStyle(
                style.theme.unclassified_bg,
                style.theme.unclassified_fg,
                UNCLASSIFIED_MARK,
                self.tr("Not classified"),
            )
        ir_class = self.reference.ir_class(key)
        title = self.tr("Class {number}").format(number=key)
        return SegmentStyle(
            ir_class.colour,
            ir_class.text_colour,
            str(key),
            f"{title} — {ir_class.name.get(self.lang)}",
        )

    # --- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the counts again and redraw the table and the chart."""
        rows = class_overview(self.db)
        rows.sort(key=lambda r: (r.unit == "", r.unit))  # devices without a unit last
        self.rows = rows
        self._fill_table(rows)
        bars = [BarRow(self.unit_label(r.unit), dict(r.counts)) for r in rows]
        self.chart.set_data(
            bars,
            {key: self._style(key) for key in COLUMN_KEYS},
            list(COLUMN_KEYS),
            self.tr("{row} · {name}: {count} devices"),
        )
        self.chart.setAccessibleDescription(
            "; ".join(
                f"{bar.label}: "
                + ", ".join(
                    f"{self._style(key).mark}={bar.counts[key]}"
                    for key in COLUMN_KEYS
                    if bar.counts.get(key)
                )
                for bar in bars
            )
        )
        total = sum(r.total for r in rows)
        unclassified = sum(r.counts.get(None, 0) for r in rows)
        self.summary.setText(
            self.tr("{total} devices in {units} units; {unclassified} not yet classified.").format(
                total=total, units=len(rows), unclassified=unclassified
            )
        )

    def unit_label(self, unit: str) -> str:
        return unit or self.tr("(no unit)")

    def _fill_table(self, rows: list[OverviewRow]) -> None:
        self.table.setRowCount(len(rows) + 1)
        for index, row in enumerate(rows):
            self._fill_row(index, self.unit_label(row.unit), row.counts, bold=False)
        totals: dict[int | None, int] = {}
        for row in rows:
            for key, count in row.counts.items():
                totals[key] = totals.get(key, 0) + count
        self._fill_row(len(rows), self.tr("All units"), totals, bold=True)

    def _fill_row(self, index: int, label: str, counts: dict[int | None, int], bold: bool) -> None:
        font = QFont(self.table.font())
        font.setBold(bold)
        name = QTableWidgetItem(label)
        name.setFont(font)
        self.table.setItem(index, 0, name)
        values = [counts.get(key, 0) for key in COLUMN_KEYS] + [sum(counts.values())]
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(str(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFont(font)
            if value == 0:
                item.setForeground(QBrush(QColor(style.theme.zero_fg)))
            self.table.setItem(index, column, item)

    def cell_count(self, row: int, key: int | str | None) -> int:
        """The number in the table at ``row`` for a class, None (not classified) or "total"."""
        column = len(COLUMN_KEYS) + 1 if key == "total" else COLUMN_KEYS.index(key) + 1  # type: ignore[arg-type]
        return int(self.table.item(row, column).data(Qt.ItemDataRole.UserRole))
