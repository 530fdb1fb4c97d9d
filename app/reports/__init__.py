"""Printable documents rendered with reportlab (contact sheets, decision records; see the paper issue).

Qt-free; sits beside app.database in the layers and may use app.domain only."""
