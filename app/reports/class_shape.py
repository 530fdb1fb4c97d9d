"""A class's shape on paper (data/ir_classes.yaml ``shape``; geometry in app.domain.ir_classes), the
same as the GUI draws it: filled with the class colour, a dark edge and a light ring round it, so the
class is never told by colour alone — not even on a black-and-white copy.

Drawn straight on the canvas (not as a reportlab Drawing, whose renderer sets a Helvetica font that
would then be listed, unembedded, in the PDF)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.domain.ir_classes import IRClass, shape_points


class ClassShape(Flowable):
    """A ``size`` × ``size`` point flowable with the class's shape, centred in its cell."""

    def __init__(self, ir_class: IRClass, size: float) -> None:
        super().__init__()
        self.ir_class = ir_class
        self.size = size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        edge = max(0.6, size / 16)
        half = size / 2 - edge * 1.6
        points = shape_points(self.ir_class.shape)
        canvas.saveState()
        canvas.setLineJoin(1)  # round
        canvas.setFillColor(colors.HexColor(self.ir_class.colour))
        for stroke, width in ((colors.white, edge * 3), (colors.black, edge)):
            canvas.setStrokeColor(stroke)
            canvas.setLineWidth(width)
            if not points:
                canvas.circle(size / 2, size / 2, half, stroke=1, fill=1)
                continue
            path = canvas.beginPath()
            # the canvas's y axis points up, the shape's down
            for i, (x, y) in enumerate(points):
                move = path.moveTo if i == 0 else path.lineTo
                move(size / 2 + x * half, size / 2 - y * half)
            path.close()
            canvas.drawPath(path, stroke=1, fill=1)
        canvas.restoreState()


def shape_drawing(ir_class: IRClass, size: float) -> ClassShape:
    return ClassShape(ir_class, size)
