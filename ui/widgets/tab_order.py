"""The order Tab takes through a screen, set in one call."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_chain(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget to the next, in this order (hidden ones are skipped by Qt)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
