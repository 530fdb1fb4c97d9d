"""The Qt Widgets desktop GUI of MDIR Desk. All Qt code lives here; ``app`` never imports it."""

from ui.none_guard import protect_none

protect_none()  # before any PySide6 call: see ui/none_guard.py
