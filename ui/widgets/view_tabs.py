"""The main window's tabs: each view sits in a scroll area, so that a view larger than the window
(large text, a small screen) scrolls instead of stretching the window off the screen or clipping.

``widget``, ``currentWidget``, ``setCurrentWidget`` and ``indexOf`` speak of the views themselves,
never of the scroll areas around them. The first screen's pages are added without one
(``scroll=False``): a scroll area's settings load Qt's namespace of enums (~10 ms), which the first
screen does without (see ui.style); the built views replace them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class ViewTabs(QTabWidget):
    def add_view(self, view: QWidget, title: str, *, scroll: bool = True) -> int:
        return self.insert_view(self.count(), view, title, scroll=scroll)

    def insert_view(self, index: int, view: QWidget, title: str, *, scroll: bool = True) -> int:
        if not scroll:
            return self.insertTab(index, view, title)
        from PySide6.QtCore import Qt

        area = QScrollArea()
        area.setObjectName(f"scroll_{view.objectName() or 'page'}")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(view)
        return self.insertTab(index, area, title)

    def take_view(self, index: int) -> QWidget | None:
        """Remove a tab; returns its view (the scroll area around it is deleted)."""
        area = super().widget(index)
        view = self.widget(index)
        self.removeTab(index)
        if isinstance(area, QScrollArea):
            area.takeWidget()
            area.deleteLater()
        return view

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def indexOf(self, view: QWidget) -> int:  # type: ignore[override]
        for index in range(self.count()):
            if self.widget(index) is view:
                return index
        return -1

    def setCurrentWidget(self, view: QWidget) -> None:  # type: ignore[override]
        index = self.indexOf(view)
        if index >= 0:
            self.setCurrentIndex(index)
