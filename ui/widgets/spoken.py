"""What a screen reader says for the parts Qt adds to its own widgets: a tab bar's scroll arrows
and a text field's clear button. Qt names some of them but says nothing of what they do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QTabWidget, QToolButton

translate = QCoreApplication.translate


def describe_tabs(tabs: QTabWidget, name: str, description: str) -> None:
    """Name ``tabs`` and say what its tabs are (Qt names the tab bar itself after its current tab
    and reads each tab's tooltip as its description); its scroll arrows, shown when the window
    is too narrow for every tab, say what they do."""
    tabs.setAccessibleName(name)
    tabs.setAccessibleDescription(description)
    bar = tabs.tabBar()
    arrows = {
        "ScrollLeftButton": (
            translate("Spoken", "Scroll tabs left"),
            translate("Spoken", "Show the tabs hidden on the left"),
        ),
        "ScrollRightButton": (
            translate("Spoken", "Scroll tabs right"),
            translate("Spoken", "Show the tabs hidden on the right"),
        ),
    }
    for button in bar.findChildren(QToolButton):
        if button.objectName() in arrows:
            arrow_name, arrow_description = arrows[button.objectName()]
            button.setAccessibleName(arrow_name)
            button.setAccessibleDescription(arrow_description)


def describe_clear_button(field: QLineEdit) -> None:
    """Name the clear button Qt shows in ``field`` (``setClearButtonEnabled``)."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(translate("Spoken", "Clear"))
        button.setAccessibleDescription(translate("Spoken", "Empty this field"))
