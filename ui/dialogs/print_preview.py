"""Print preview: shows a PDF made by the printing service, prints it or saves a copy.

``preview_document(parent, kind, make)`` is the one entry point for every Print button: ``make(out,
paper_size)`` is a printing-service call writing the PDF; the preview re-runs it when the paper
changes (a4 / letter). Works without any printer: the person is told to save a PDF and print it
elsewhere. QPrinter objects live as attributes (a temporary QPrinter crashes Qt, ENVIRONMENT.md §7).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import BadInputError
from app.services.output_log import log_print
from ui import dialog_service, style
from ui.error_text import error_text

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

Make = Callable[[Path, str], int]  # (out, paper_size) -> page count; a printing-service call
Record = Callable[[str, dict[str, object]], None]  # (file or printer, details): logs an output
PAPERS = {"a4": "A4", "letter": "Letter"}  # printing-service code -> shown name
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MAX_PRINT_DPI = 300  # pages go to the printer as images; more only makes huge print jobs
KINDS = ("contact_sheet", "decision", "cards", "binder")


def printer_names() -> list[str]:
    """The printers set up on this computer ([] without CUPS or any printer)."""
    return QPrinterInfo.availablePrinterNames()


def kind_title(kind: str) -> str:
    titles = {
        "contact_sheet": translate("PrintPreview", "Contact sheet"),
        "decision": translate("PrintPreview", "Decision record"),
        "cards": translate("PrintPreview", "Device cards"),
        "binder": translate("PrintPreview", "Downtime binder"),
        "incident_report": translate("PrintPreview", "Incident report"),
        "after_action_report": translate("PrintPreview", "After-action report"),
        "activity_log": translate("PrintPreview", "Activity log (HICS 214)"),
    }
    return titles.get(kind, kind)


def file_stem(kind: str, detail: str) -> str:
    """A file name for the saved copy: ``device-cards-ICU``, no characters file systems refuse."""
    stem = kind.replace("_", "-")
    if kind == "cards":
        stem = "device-cards"
    if detail:
        cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in detail).strip("-.")
        stem = f"{stem}-{cleaned}" if cleaned else stem
    return stem


@contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def render_pdf(parent: QWidget | None, make: Make, out: Path, paper: str) -> int | None:
    """Run ``make`` with a wait cursor; the page count, or None after showing why it failed."""
    try:
        with busy():
            return make(out, paper)
    except BadInputError as exc:
        message = error_text(exc)
    except OSError as exc:
        message = translate("PrintPreview", "The document could not be written: {error}").format(
            error=exc.strerror or str(exc)
        )
    dialog_service.show_error(parent, translate("PrintPreview", "Cannot print"), message)
    return None


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages the printer asks for (all, or its page range), each as an image at the
    printer's resolution (at most MAX_PRINT_DPI), scaled to fit the paper. Returns pages painted."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(printer.toPage() or count, count) - 1
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("PrintPreview", "The printer could not be started."))
    try:
        area = QRectF(painter.viewport())
        for number, index in enumerate(range(first, last + 1)):
            if number:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(area.width() / points.width(), area.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            target = QRectF(
                area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                width, height,
            )  # fmt: skip
            painter.drawImage(target, image)
    finally:
        painter.end()
    return last - first + 1


class PrintPreviewDialog(QDialog):
    """The pages of ``pdf_path``; Print…, Save as PDF…, Close, and A4 / Letter when ``make`` is
    given (it writes the document again on the other paper)."""

    def __init__(
        self,
        parent: QWidget | None,
        pdf_path: Path,
        title: str,
        make: Make | None = None,
        paper: str = "a4",
        file_name: str = "document",
        workdir: TemporaryDirectory | None = None,
        record: Record | None = None,
    ) -> None:
        """``record(file_or_printer, details)`` logs a save or a print in the audit trail."""
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.setWindowTitle(title)
        self.pdf_path = Path(pdf_path)
        self.make = make
        self.paper = paper
        self.file_name = file_name
        self.workdir = workdir
        self.record = record
        self.renders = 0
        self.printer: QPrinter | None = None  # kept alive: Qt crashes with a temporary one
        self.document = QPdfDocument(self)
        self.document.pageCountChanged.connect(self._update_page_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.no_printer_label = style.text_label("print_no_printer", 13, bold=True)
        self.no_printer_label.setText(
            self.tr("No printer is set up on this computer — save as PDF and print elsewhere.")
        )
        self.no_printer_label.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        self.has_printer = bool(printer_names())
        self.no_printer_label.setVisible(not self.has_printer)
        layout.addWidget(self.no_printer_label)
        layout.addLayout(self._build_top_row())
        self.view = QPdfView()
        self.view.setObjectName("print_view")
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        layout.addWidget(self.view, 1)
        self.status_label = style.text_label("print_status", 13)
        self.status_label.setStyleSheet(style.banner_style(style.theme.ok_bg, style.theme.ok_fg))
        self.status_label.hide()
        layout.addWidget(self.status_label)
        layout.addLayout(self._build_button_row())
        self.finished.connect(self.cleanup)
        self.load(self.pdf_path)
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(1000, int(screen.height() * 0.9)) if screen else 900
        self.resize(860, height)

    # --- building -------------------------------------------------------------------------------
    def _build_top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.page_label = QLabel()
        self.page_label.setObjectName("print_page_label")
        style.set_point_size(self.page_label, 14, bold=True)
        row.addWidget(self.page_label)
        row.addStretch(1)
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("print_zoom")
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.setAccessibleDescription(
            self.tr("How big the page is shown: the page's width, the whole page or actual size")
        )
        self.zoom_combo.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.addItem(self.tr("Actual size"), QPdfView.ZoomMode.Custom)
        self.zoom_combo.setMinimumHeight(style.px(40))
        self.zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        row.addWidget(self.zoom_combo)
        paper_label = QLabel(self.tr("P&aper:"))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("print_paper")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.setAccessibleDescription(
            self.tr("The size of the paper in the printer; the document is made again to fit it")
        )
        self.paper_combo.setMinimumHeight(style.px(40))
        for code, name in PAPERS.items():
            self.paper_combo.addItem(name, code)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(self.paper)))
        self.paper_combo.setEnabled(self.make is not None)
        self.paper_combo.currentIndexChanged.connect(self._paper_changed)
        paper_label.setBuddy(self.paper_combo)
        row.addWidget(paper_label)
        row.addWidget(self.paper_combo)
        return row

    def _build_button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_print")
        self.print_button.setProperty("role", "primary")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_document)
        if not self.has_printer:
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(self.no_printer_label.text())
        row.addWidget(self.print_button)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("print_save")
        self.save_button.setToolTip(self.tr("Keep a copy of the document as a PDF file"))
        self.save_button.setProperty("role", "secondary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_pdf)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("print_close")
        self.close_button.setToolTip(self.tr("Close the preview without printing"))
        self.close_button.setProperty("role", "secondary")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        return row

    # --- behaviour ------------------------------------------------------------------------------
    def load(self, path: Path) -> bool:
        """Show ``path``; False (and a message) when Qt cannot read it."""
        self.document.close()
        error = self.document.load(str(path))
        self.pdf_path = Path(path)
        if error != QPdfDocument.Error.None_:
            dialog_service.show_error(
                self,
                self.tr("Cannot show the document"),
                self.tr("The PDF could not be opened: {path}").format(path=path),
            )
            return False
        self.view.pageNavigator().jump(0, QPointF())
        self._update_page_label()
        return True

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown at the top, from 1."""
        return self.view.pageNavigator().currentPage() + 1

    def _update_page_label(self, _changed: int = 0) -> None:
        count = self.page_count()
        page = min(max(self.current_page(), 1), max(count, 1))
        self.page_label.setText(self.tr("Page {page} / {count}").format(page=page, count=count))

    def _zoom_changed(self, _index: int) -> None:
        mode = self.zoom_combo.currentData()
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)

    def _paper_changed(self, _index: int) -> None:
        paper = self.paper_combo.currentData()
        if paper == self.paper or self.make is None:
            return
        if not self.set_paper(paper):
            self.paper_combo.blockSignals(True)
            self.paper_combo.setCurrentIndex(self.paper_combo.findData(self.paper))
            self.paper_combo.blockSignals(False)

    def set_paper(self, paper: str) -> bool:
        """Write the document again on ``paper`` and show it; False when that failed."""
        if self.make is None:
            return False
        if self.workdir is None:
            self.workdir = TemporaryDirectory(prefix="mdir-desk-print-", ignore_cleanup_errors=True)
        self.renders += 1
        out = Path(self.workdir.name) / f"{self.file_name}-{paper}-{self.renders}.pdf"
        if render_pdf(self, self.make, out, paper) is None:
            return False
        old = self.pdf_path
        self.paper = paper
        self.load(out)
        if old != out and old.parent == Path(self.workdir.name):
            old.unlink(missing_ok=True)
        return True

    def suggested_path(self) -> Path:
        return Path.home() / f"{self.file_name}.pdf"

    def save_pdf(self) -> Path | None:
        """Copy the document to a file the person chooses."""
        path = dialog_service.choose_save_file(
            self, self.tr("Save as PDF"), self.suggested_path(), self.tr("PDF document (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            dialog_service.show_error(
                self,
                self.tr("Save failed"),
                self.tr("The PDF could not be saved to {path}: {error}").format(
                    path=path, error=exc.strerror or str(exc)
                ),
            )
            return None
        if not self._recorded(path.name, {"output": "pdf", "path": str(path), "paper": self.paper}):
            path.unlink(missing_ok=True)  # a copy the audit trail does not show must not exist
            return None
        self.show_status(self.tr("Saved to {path}").format(path=path))
        return path

    def _recorded(self, target: str, details: dict[str, object]) -> bool:
        """Log the save or print; False (after saying so) when the trail could not be written."""
        if self.record is None:
            return True
        try:
            self.record(target, details)
        except Exception as exc:  # the database may be locked, read-only or gone
            log.error("logging a print failed: %s", exc)
            dialog_service.show_error(
                self,
                self.tr("Not recorded"),
                self.tr("The audit trail could not be written: {error}").format(error=exc),
            )
            return False
        return True

    def make_printer(self) -> QPrinter:
        """The printer of this preview (kept, so a second Print… remembers the choices)."""
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName(self.windowTitle())
            self.printer.setFullPage(True)  # the PDF carries its own margins
        self.printer.setPageSize(QPageSize(PAGE_SIZES.get(self.paper, QPageSize.PageSizeId.A4)))
        if self.page_count():
            points = self.document.pagePointSize(0)
            landscape = points.width() > points.height()
            self.printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
        self.printer.setFromTo(1, max(self.page_count(), 1))
        return self.printer

    def print_document(self) -> int:
        """Ask for a printer (the print dialog), then send every chosen page; pages printed."""
        printer = self.make_printer()
        if not dialog_service.choose_printer(self, printer):
            return 0
        try:
            with busy():
                pages = paint_pages(self.document, printer)
        except OSError as exc:
            dialog_service.show_error(self, self.tr("Printing failed"), error_text(exc))
            return 0
        self._recorded(
            printer.printerName() or "printer",
            {"output": "printer", "pages": pages, "paper": self.paper},
        )
        if pages == 1:
            self.show_status(self.tr("1 page sent to the printer."))
        else:
            self.show_status(self.tr("{count} pages sent to the printer.").format(count=pages))
        return pages

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, as Space does. No button is the default: Enter in the
        zoom or paper list must never start printing."""
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and focused.isEnabled():
            event.accept()
            focused.click()
            return
        super().keyPressEvent(event)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def cleanup(self, _result: int = 0) -> None:
        """Close the document and remove the temporary files (when the dialog closes)."""
        self.document.close()
        if self.workdir is not None:
            self.workdir.cleanup()
            self.workdir = None


def preview_document(
    parent: QWidget | None,
    kind: str,
    make: Make,
    *,
    detail: str = "",
    paper: str = "a4",
    record: Record | None = None,
) -> PrintPreviewDialog | None:
    """Write a document with ``make(out, paper_size)`` into a temporary file (wait cursor), then
    open its preview without blocking. ``kind``: contact_sheet, decision, cards or binder (the
    title and the saved file's name); ``detail``: the unit or decision id, added to both.
    Returns the dialog, or None after showing why the document could not be made."""
    workdir = TemporaryDirectory(prefix="mdir-desk-print-", ignore_cleanup_errors=True)
    stem = file_stem(kind, detail)
    out = Path(workdir.name) / f"{stem}-{paper}-0.pdf"
    if render_pdf(parent, make, out, paper) is None:
        workdir.cleanup()
        return None
    title = kind_title(kind)
    if detail:
        title = translate("PrintPreview", "{document} — {detail}").format(
            document=title, detail=detail
        )
    dialog = PrintPreviewDialog(parent, out, title, make, paper, stem, workdir, record)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_recorder(db: Database, document: str, detail: str, session: Any = None) -> Record:
    """What a preview calls after a save or print: an audit event by the signed-in user (or the
    operating-system account when nobody is signed in)."""

    def record(target: str, details: dict[str, object]) -> None:
        user = session.user if session is not None else None
        log_print(db, document, detail, target, by=user, details=details)

    return record
