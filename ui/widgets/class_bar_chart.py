"""Stacked horizontal bars, one per unit: how many devices of each default class it has.

Colour is never the only cue: every segment carries its class number ("–" for not classified, which is
also hatched), the total stands at the end of each bar, and hovering a segment names it in full. Every
non-empty segment is at least wide enough for its number, so small counts stay visible; the exact
numbers are in the table beside the chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui import style

ROW_HEIGHT = 40
BAR_HEIGHT = 28
MARGIN = 8
GAP = 10
UNCLASSIFIED_MARK = "–"


@dataclass(frozen=True)
class BarRow:
    label: str
    counts: dict[int | None, int]  # class (None: not classified) -> devices

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class SegmentStyle:
    colour: str
    text_colour: str
    mark: str  # drawn on the segment: the class number, or "–"
    name: str  # for the tooltip


@dataclass(frozen=True)
class Segment:
    rect: QRect
    row: str
    key: int | None
    count: int


class ClassBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("class_bar_chart")
        self.setMouseTracking(True)
        self.rows: list[BarRow] = []
        self.styles: dict[int | None, SegmentStyle] = {}
        self.order: list[int | None] = []
        self.segments: list[Segment] = []
        self.tooltip_pattern = "{row} · {name}: {count}"
        self.setMinimumWidth(style.px(420))

    def set_data(
        self,
        rows: list[BarRow],
        styles: dict[int | None, SegmentStyle],
        order: list[int | None],
        tooltip_pattern: str | None = None,
    ) -> None:
        """Bars for ``rows``; segments in ``order`` (class numbers, None for not classified)."""
        self.rows = rows
        self.styles = styles
        self.order = order
        if tooltip_pattern:
            self.tooltip_pattern = tooltip_pattern
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        return 2 * MARGIN + max(1, len(self.rows)) * ROW_HEIGHT

    def sizeHint(self) -> QSize:
        return QSize(760, self._height())

    # --- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self.segments = []
        if not self.rows:
            painter.end()
            return
        label_font = QFont(self.font())
        label_font.setBold(True)
        mark_font = QFont(self.font())
        mark_font.setBold(True)
        label_metrics = QFontMetrics(label_font)
        mark_metrics = QFontMetrics(mark_font)
        label_width = max(label_metrics.horizontalAdvance(r.label) for r in self.rows) + GAP
        total_width = max(label_metrics.horizontalAdvance(str(r.total)) for r in self.rows) + GAP
        left = MARGIN + label_width
        area = max(40, self.width() - left - total_width - 2 * MARGIN)
        widths = self._segment_widths(area, mark_metrics)

        for index, (row, row_widths) in enumerate(zip(self.rows, widths, strict=True)):
            top = MARGIN + index * ROW_HEIGHT
            bar_top = top + (ROW_HEIGHT - BAR_HEIGHT) // 2
            painter.setFont(label_font)
            painter.setPen(QColor(style.theme.text))
            painter.drawText(
                QRect(MARGIN, top, label_width - GAP, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                row.label,
            )
            x = left
            painter.setFont(mark_font)
            for key, width in row_widths:
                rect = QRect(x, bar_top, width, BAR_HEIGHT)
                self._paint_segment(painter, rect, key)
                self.segments.append(Segment(rect, row.label, key, row.counts.get(key, 0)))
                x += width
            painter.setFont(label_font)
            painter.setPen(QColor(style.theme.text))
            painter.drawText(
                QRect(x + GAP // 2, top, total_width + area, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(row.total),
            )
        painter.end()

    def _paint_segment(self, painter: QPainter, rect: QRect, key: int | None) -> None:
        look = self.styles.get(key) or SegmentStyle(
            style.theme.unclassified_bg, style.theme.unclassified_fg, "?", "?"
        )
        painter.fillRect(rect, QColor(look.colour))
        if key is None:  # not classified: hatched as well as grey
            painter.fillRect(
                rect, QBrush(QColor(style.theme.unclassified_fg), Qt.BrushStyle.BDiagPattern)
            )
        painter.setPen(QPen(QColor("white"), 1))
        painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
        if key is None:  # a plain patch behind the mark, so the hatching does not blur it
            width = painter.fontMetrics().horizontalAdvance(look.mark) + 8
            patch = QRect(0, 0, min(width, rect.width() - 2), rect.height() - 8)
            patch.moveCenter(rect.center())
            painter.fillRect(patch, QColor(look.colour))
        painter.setPen(QColor(look.text_colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, look.mark)

    def _segment_widths(
        self, area: int, metrics: QFontMetrics
    ) -> list[list[tuple[int | None, int]]]:
        """Widths in pixels per row: proportional, but never narrower than the mark on a segment."""
        largest = max((r.total for r in self.rows), default=0) or 1
        minimum = {key: metrics.horizontalAdvance(self._mark(key)) + 10 for key in self.order}
        scale = area / largest
        for _ in range(8):  # shrink until every bar with its minimum widths fits
            widest = max(
                sum(
                    max(round(r.counts.get(k, 0) * scale), minimum[k])
                    for k in self.order
                    if r.counts.get(k)
                )
                for r in self.rows
            )
            if widest <= area or scale < 1e-6:
                break
            scale *= area / widest * 0.98
        return [
            [
                (k, max(round(r.counts[k] * scale), minimum[k]))
                for k in self.order
                if r.counts.get(k)
            ]
            for r in self.rows
        ]

    def _mark(self, key: int | None) -> str:
        look = self.styles.get(key)
        return look.mark if look else "?"

    # --- tooltips -------------------------------------------------------------------------------
    def segment_at(self, x: int, y: int) -> Segment | None:
        for segment in self.segments:
            if segment.rect.contains(x, y):
                return segment
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            segment = self.segment_at(event.pos().x(), event.pos().y())
            if segment is None:
                QToolTip.hideText()
                event.ignore()
            else:
                look = self.styles.get(segment.key)
                QToolTip.showText(
                    event.globalPos(),
                    self.tooltip_pattern.format(
                        row=segment.row, name=look.name if look else "?", count=segment.count
                    ),
                    self,
                )
            return True
        return super().event(event)
