"""Dialogs opened from the views (non-modal to tests: they are opened with ``open()``)."""
