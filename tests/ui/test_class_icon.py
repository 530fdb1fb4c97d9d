"""A class is never shown by colour alone: its shape is drawn in the badge, the tables, the sign-off
queue and the overview legend, and the shape stands out on light and dark backgrounds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from app.services.decisions import DecisionDraft, record_decision
from ui.models.decision_table_model import COLUMNS as DECISION_COLUMNS
from ui.models.decision_table_model import DecisionTableModel
from ui.widgets.class_badge import ClassBadge
from ui.widgets.class_icon import class_icon, class_image_html, class_pixmap, paint_class_shape

CLASS_5 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "yes",
    "removal": "dependent",
}


def drawn_on(background: str, ir_class, size: int = 48) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    paint_class_shape(painter, QRectF(0, 0, size, size), ir_class)
    painter.end()
    return image


def contrast_ring(image: QImage, background: QColor) -> bool:
    """Along the middle row, from the left edge inwards, something clearly unlike the background
    comes before the fill (the outline)."""
    row = image.height() // 2
    for x in range(image.width() // 2):
        pixel = image.pixelColor(x, row)
        if abs(pixel.lightness() - background.lightness()) > 100:
            return True
    return False


@pytest.mark.parametrize("background", ["#FFFFFF", "#000000", "#1E1E1E"])
def test_every_shape_stands_out_on_light_and_dark(gui, reference, background) -> None:
    for ir_class in reference.classes.classes:
        image = drawn_on(background, ir_class)
        assert image.pixelColor(24, 26).name().upper() == ir_class.colour  # filled with its colour
        assert contrast_ring(image, QColor(background)), (ir_class.number, background)


def test_the_shapes_differ(gui, reference) -> None:
    """Seven different silhouettes: the drawn pixels of no two classes are the same."""
    masks = set()
    for ir_class in reference.classes.classes:
        image = class_pixmap(ir_class, 32).toImage()
        mask = tuple(image.pixelColor(x, y).alpha() > 128 for y in range(32) for x in range(32))
        masks.add(mask)
    assert len(masks) == 7


def test_pixmaps_and_icons_at_any_size(gui, reference) -> None:
    ir_class = reference.ir_class(3)
    for size in (12, 16, 33, 128):
        pixmap = class_pixmap(ir_class, size)
        assert (pixmap.width(), pixmap.height()) == (size, size)
    sharp = class_pixmap(ir_class, 24, 2.0)
    assert sharp.width() == 48 and sharp.devicePixelRatio() == 2.0
    icon = class_icon(ir_class)
    assert not icon.isNull() and icon.availableSizes()
    assert class_image_html(ir_class, 18).startswith("<img src='data:image/png;base64,")


def test_badge_shows_the_shape_number_and_name(qtbot, gui, reference) -> None:
    badge = ClassBadge()
    qtbot.addWidget(badge)
    badge.show_class(reference.ir_class(4), "en")
    assert not badge.shape_label.pixmap().isNull()
    assert badge.number_label.text() == "Class 4"
    assert badge.name_label.text() == reference.ir_class(4).name.en


def test_decisions_table_class_cell_has_the_shape(gui, db, reference) -> None:
    record_decision(
        db,
        reference,
        DecisionDraft(answers=CLASS_5, recorded_by="Nurse Ito", role="charge_nurse"),
    )
    model = DecisionTableModel(db, reference, "en")
    model.refresh()  # newest first: the decision just recorded
    column = DECISION_COLUMNS.index("class")
    index = model.index(0, column)
    assert model.data(index).startswith("5 · ")
    icon = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
