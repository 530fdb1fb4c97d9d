"""The Qt Widgets desktop GUI of MDIR Desk. All Qt code lives here; ``app`` never imports it."""
