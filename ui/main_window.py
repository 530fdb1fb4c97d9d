"""The main window: tabs Triage, Inventory and Decisions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app.database.db import Database
from app.services.reference import Reference
from ui import style
from ui.views.decisions_view import DecisionsView
from ui.views.inventory.inventory_view import InventoryView
from ui.views.triage_view import TriageView

DEFAULT_SIZE = (1100, 760)


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("MDIR Desk")
        self.resize(*DEFAULT_SIZE)
        self.db = db
        self.reference = reference
        self.lang = lang

        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        style.set_point_size(self.tabs.tabBar(), 15, bold=True)
        self.triage_view = TriageView(db, reference, lang)
        self.inventory_view = InventoryView(db, reference, lang)
        self.decisions_view = DecisionsView(db, reference, lang)
        self.tabs.addTab(self.triage_view, self.tr("Triage"))
        self.tabs.addTab(self.inventory_view, self.tr("Inventory"))
        self.tabs.addTab(self.decisions_view, self.tr("Decisions"))
        self.tabs.setTabToolTip(0, self.tr("Classify a device, one question at a time"))
        self.tabs.setTabToolTip(1, self.tr("Every device: search, filter, edit, import"))
        self.tabs.setTabToolTip(2, self.tr("Decisions recorded on this database"))
        self.setCentralWidget(self.tabs)
        self.triage_view.decision_saved.connect(lambda _decision: self.decisions_view.refresh())

        status = QLabel(
            self.tr("Database: {path} · Questions version {version}").format(
                path=db.path, version=reference.tree.version
            )
        )
        status.setObjectName("status_database")
        self.statusBar().addWidget(status)

    def triage_ready(self) -> bool:
        """The first triage screen is showing and its tag field can take input."""
        page = self.triage_view.device_page
        return (
            self.isVisible()
            and self.triage_view.current_page() is page
            and page.tag_input.isVisible()
            and page.tag_input.isEnabled()
        )
