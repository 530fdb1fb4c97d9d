"""Where the keyboard is: one application-wide rule that rings the control holding the focus.

People who work with the keyboard and a barcode scanner alone must see at a glance which control
Enter or Space will act on. :func:`focus_rules` returns style-sheet text that the application style
sheet appends (``ui.style``); views need no focus rules of their own.
"""

from __future__ import annotations

from ui.themes import STANDARD

# Every kind of control that can take the keyboard in the program.
FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QComboBox",
    "QAbstractSpinBox",
    "QPlainTextEdit",
    "QTextEdit",
    "QAbstractItemView",
    "QCheckBox",
    "QRadioButton",
    "QTabBar",
)
# Scrolling controls: their frame width is fixed when they are laid out, so a ring wider than the
# frame would mostly hide under the content. Without the focus, a thin border plus padding makes
# the frame as wide as the ring; with it, the ring takes the padding's place (nothing moves).
SCROLLING = ("QAbstractItemView", "QPlainTextEdit", "QTextEdit")


def focus_rules(
    focus_colour: str,
    width_px: int = 3,
    *,
    on_primary: str | None = None,
    frame_colour: str | None = None,
) -> str:
    """Style-sheet rules drawing a ``width_px`` ring of ``focus_colour`` around the control that
    has the keyboard focus.

    ``on_primary``: the ring's colour on a filled primary button (``role="primary"``), where the
    focus colour may be the fill itself; the focus colour when None. ``frame_colour``: the thin
    border of tables and text boxes without the focus (the standard theme's when None). The
    answer buttons, path chips and kinds of device (``role`` answer, path, choice) get the ring
    too: their own rules are more specific than a plain ``QPushButton:focus``, so the rules name
    them.
    """
    ring = f"border: {width_px}px solid {focus_colour};"
    focused = ", ".join(f"{kind}:focus" for kind in FOCUSABLE)
    roles = ", ".join(f'QPushButton[role="{role}"]:focus' for role in ("answer", "path", "choice"))
    frame_colour = frame_colour or STANDARD.answer_border
    scrolling = ", ".join(SCROLLING)
    scrolling_focused = ", ".join(f"{kind}:focus" for kind in SCROLLING)
    return "\n".join(
        [
            f"{scrolling} {{ border: 1px solid {frame_colour}; padding: {width_px - 1}px; }}",
            # A table's header is an item view too: no frame or padding of its own (they would
            # cut the bottom of its labels).
            "QHeaderView { border: 0px; padding: 0px; }",
            f"{focused} {{ {ring} }}",
            f"{roles} {{ {ring} }}",
            f"{scrolling_focused} {{ padding: 0px; }}",
            f'QPushButton[role="primary"]:focus {{ '
            f"border: {width_px}px solid {on_primary or focus_colour}; }}",
            "",
        ]
    )
