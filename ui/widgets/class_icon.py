"""A class's shape (data/ir_classes.yaml ``shape``) filled with its colour, as a QPixmap or QIcon at any
size: the class is never shown by colour alone.

The shape is outlined twice — a dark line round the colour and a light ring outside it — so it stands
out on a light and on a dark (high-contrast) background alike, whatever the class's colour.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from app.domain.ir_classes import IRClass, shape_points
from ui import style

_cache: dict[tuple[str, str, int, float], QPixmap] = {}
_icons: dict[tuple[str, str], QIcon] = {}


def shape_path(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of ``shape`` fitted in ``rect`` (the shape's box (-1, -1)–(1, 1) scaled to it)."""
    path = QPainterPath()
    points = shape_points(shape)
    if not points:
        path.addEllipse(rect)
        return path
    centre, half_w, half_h = rect.center(), rect.width() / 2, rect.height() / 2
    polygon = QPolygonF(
        [QPointF(centre.x() + x * half_w, centre.y() + y * half_h) for x, y in points]
    )
    path.addPolygon(polygon)
    path.closeSubpath()
    return path


def paint_class_shape(painter: QPainter, rect: QRectF, ir_class: IRClass) -> None:
    """Draw the class's shape in ``rect``: a light ring, then the colour with a dark edge."""
    size = min(rect.width(), rect.height())
    edge = max(1.0, size / 14)
    square = QRectF(0, 0, size, size)
    square.moveCenter(rect.center())
    inner = square.adjusted(edge * 1.5, edge * 1.5, -edge * 1.5, -edge * 1.5)
    path = shape_path(ir_class.shape, inner)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ring = QPen(QColor(style.theme.shape_ring), edge * 3)
    ring.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, ring)
    line = QPen(QColor(style.theme.shape_edge), edge)
    line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(line)
    painter.setBrush(QColor(ir_class.colour))
    painter.drawPath(path)
    painter.restore()


def class_pixmap(ir_class: IRClass, size: int, ratio: float = 1.0) -> QPixmap:
    """The shape as a ``size`` × ``size`` pixmap (device pixel ratio ``ratio`` for sharp HiDPI)."""
    key = (ir_class.shape, ir_class.colour, size, ratio)
    if key not in _cache:
        pixels = max(1, round(size * ratio))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_class_shape(painter, QRectF(0, 0, pixels, pixels), ir_class)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        _cache[key] = pixmap
    return _cache[key]


def class_image_html(ir_class: IRClass, size: int) -> str:
    """The shape as an ``<img>`` for rich text (a QLabel beside the class's number and name)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    class_pixmap(ir_class, size).save(buffer, "PNG")
    encoded = bytes(data.toBase64().data()).decode("ascii")
    return (
        f"<img src='data:image/png;base64,{encoded}' width='{size}' height='{size}' "
        "style='vertical-align: middle'>"
    )


def class_icon(ir_class: IRClass) -> QIcon:
    """An icon of the shape, sharp at the sizes views and buttons use."""
    key = (ir_class.shape, ir_class.colour)
    if key not in _icons:
        icon = QIcon()
        for size in (16, 20, 24, 32, 48, 64):
            icon.addPixmap(class_pixmap(ir_class, size))
        _icons[key] = icon
    return _icons[key]
