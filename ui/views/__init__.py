"""Screens of the main window."""
