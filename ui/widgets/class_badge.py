"""The class as a coloured badge; never colour alone: its shape, number and name are always shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.ir_classes import IRClass
from ui import style
from ui.widgets.class_icon import class_pixmap

SHAPE_SIZE = 56


class ClassBadge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("class_badge")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(18)
        self.shape_label = QLabel()
        self.shape_label.setObjectName("class_shape")
        self.shape_label.setFixedSize(SHAPE_SIZE, SHAPE_SIZE)
        layout.addWidget(self.shape_label, 0, Qt.AlignmentFlag.AlignTop)
        self.number_label = QLabel()
        self.number_label.setObjectName("class_number")
        style.set_point_size(self.number_label, 40, bold=True)
        layout.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel()
        self.name_label.setObjectName("class_name")
        self.name_label.setWordWrap(True)
        style.set_point_size(self.name_label, 22, bold=True)
        layout.addWidget(self.name_label, 1)

    def show_class(self, ir_class: IRClass, lang: str) -> None:
        self.shape_label.setPixmap(
            class_pixmap(ir_class, SHAPE_SIZE, self.devicePixelRatioF() or 1.0)
        )
        self.number_label.setText(self.tr("Class {number}").format(number=ir_class.number))
        self.name_label.setText(ir_class.name.get(lang))
        self.setStyleSheet(
            f"#class_badge {{ background-color: {ir_class.colour}; border-radius: 10px; }}"
            f"#class_badge QLabel {{ color: {ir_class.text_colour}; background: transparent; }}"
        )
        self.setAccessibleName(f"{self.number_label.text()}: {self.name_label.text()}")
