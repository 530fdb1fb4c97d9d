"""Table rows as tall as their wrapped text: a delegate that wraps, and a fitter that re-measures
the rows when the columns change width."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from ui.models.list_table_model import AnyIndex

WRAP_SLACK = 12  # the cell's text margins and grid line


class RowFitter(QObject):
    """Wrapped cell texts in ``table``, each row as tall as its texts, measured again whenever the
    columns change width (shared by the incident tabs)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setItemDelegate(WrapDelegate(table))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._later)
        header.geometriesChanged.connect(self.timer.start)
        table.viewport().installEventFilter(self)

    def _later(self, *_args: object) -> None:
        self.timer.start()

    def fit(self) -> None:
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.timer.start()
        return False


class WrapDelegate(QStyledItemDelegate):
    """Row heights from the wrapped text at the column's real width (Qt's own measure can give a
    wrapped Japanese text one line too few)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or self.table.columnSpan(index.row(), index.column()) > 1:
            return hint
        width = max(self.table.columnWidth(index.column()) - WRAP_SLACK, 20)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 8))
