"""Print preview: real PDFs from the printing service shown with QtPdf, saved, printed onto a
QPrinter writing a PDF, paper switch, no-printer message, errors, the Inventory button, Japanese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.errors import BadInputError
from app.services.contacts import import_contacts
from app.services.devices import DeviceFilter, list_devices, list_units
from app.services.printing import print_cards, print_contact_sheet
from ui import app as ui_app
from ui import dialog_service
from ui.dialogs import print_preview
from ui.dialogs.print_preview import PrintPreviewDialog, preview_document
from ui.views.inventory.inventory_view import InventoryView

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
A4_POINTS = (595.3, 841.9)
LETTER_POINTS = (612.0, 792.0)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Messages are recorded instead of shown; a prompt a test forgot to replace never blocks."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialog_service, "interactive", False)
    monkeypatch.setattr(
        dialog_service, "show_error", lambda _p, title, text: shown.append(("error", title, text))
    )
    monkeypatch.setattr(
        dialog_service, "show_info", lambda _p, title, text: shown.append(("info", title, text))
    )
    return shown


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_preview, "printer_names", lambda: [])


@pytest.fixture
def a_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Ward printer"])


@pytest.fixture
def with_contacts(db, reference):
    import_contacts(db, reference, CONTACTS)
    return db


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[PrintPreviewDialog]:
    """Previews opened by preview_document (recorded, not shown)."""
    dialogs: list[PrintPreviewDialog] = []
    monkeypatch.setattr(PrintPreviewDialog, "open", lambda self: dialogs.append(self))
    return dialogs


def sheet_maker(db, reference, lang="en", calls=None):
    def make(out: Path, paper: str) -> int:
        if calls is not None:
            calls.append(paper)
        return print_contact_sheet(db, reference, None, lang, paper, out)

    return make


@pytest.fixture
def preview(qtbot, gui, with_contacts, reference, opened, a_printer) -> PrintPreviewDialog:
    dialog = preview_document(None, "contact_sheet", sheet_maker(with_contacts, reference))
    assert dialog is not None and opened == [dialog]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def close_to(size, expected) -> bool:
    return abs(size.width() - expected[0]) < 1 and abs(size.height() - expected[1]) < 1


def test_shows_the_contact_sheet_made_by_the_printing_service(preview) -> None:
    expected = pdf_pages(preview.pdf_path)
    assert expected >= 1
    assert preview.page_count() == expected
    assert preview.page_label.text() == f"Page 1 / {expected}"
    assert preview.windowTitle() == "Contact sheet"
    assert close_to(preview.document.pagePointSize(0), A4_POINTS)
    assert preview.paper_combo.currentText() == "A4"
    assert preview.print_button.isEnabled()
    assert preview.no_printer_label.isHidden()
    text = preview.document.getAllText(0).text()
    assert "Escalation contact sheet" in text


def test_a_directly_built_dialog_shows_every_page(qtbot, gui, db, reference, tmp_path) -> None:
    out = tmp_path / "cards.pdf"
    unit = list_units(db)[0]
    pages = print_cards(db, reference, unit, "en", "a4", out)
    dialog = PrintPreviewDialog(None, out, "Cards")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == pages == pdf_pages(out)
    assert dialog.page_label.text() == f"Page 1 / {pages}"
    assert not dialog.paper_combo.isEnabled()  # nothing to make it again with


def test_save_as_pdf_copies_the_bytes(preview, monkeypatch, tmp_path) -> None:
    asked = []

    def choose(_parent, title, suggested, filters):
        asked.append((title, suggested.name, filters))
        return tmp_path / "copy"  # no suffix: .pdf is added

    monkeypatch.setattr(dialog_service, "choose_save_file", choose)
    saved = preview.save_pdf()
    assert saved == tmp_path / "copy.pdf"
    assert saved.read_bytes() == preview.pdf_path.read_bytes()
    assert asked == [("Save as PDF", "contact-sheet.pdf", "PDF document (*.pdf)")]
    assert preview.status_label.isVisibleTo(preview)
    assert str(saved) in preview.status_label.text()


def test_save_cancelled_writes_nothing(preview, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_a: None)
    assert preview.save_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_save_failure_is_shown(preview, monkeypatch, tmp_path, no_modal_dialogs) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_a: target)
    assert preview.save_pdf() is None
    assert [(kind, title) for kind, title, _ in no_modal_dialogs] == [("error", "Save failed")]
    assert "missing-folder" in no_modal_dialogs[0][2]


def test_print_paints_every_page_onto_the_printer(preview, monkeypatch, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    seen: list[QPrinter] = []

    def choose_printer(_parent, printer: QPrinter) -> bool:
        seen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(dialog_service, "choose_printer", choose_printer)
    pages = preview.page_count()
    assert preview.print_document() == pages
    assert out.exists()
    reader = PdfReader(str(out))
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4_POINTS[0]) < 2 and abs(float(box.height) - A4_POINTS[1]) < 2
    assert preview.printer is seen[0]  # kept alive as an attribute (a temporary one crashes Qt)
    assert f"{pages} pages sent to the printer" in preview.status_label.text()
    # A second Print… reuses the same printer and honours a page range.
    out.unlink()

    def only_first(_parent, printer: QPrinter) -> bool:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
        return True

    monkeypatch.setattr(dialog_service, "choose_printer", only_first)
    assert preview.print_document() == 1
    assert pdf_pages(out) == 1
    assert preview.status_label.text() == "1 page sent to the printer."


def test_print_cancelled_prints_nothing(preview, monkeypatch) -> None:
    monkeypatch.setattr(dialog_service, "choose_printer", lambda *_a: False)
    assert preview.print_document() == 0
    assert preview.status_label.isHidden()


def test_no_printer_says_so_plainly(qtbot, gui, with_contacts, reference, opened, no_printer):
    dialog = preview_document(None, "contact_sheet", sheet_maker(with_contacts, reference))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_printer_label.isVisible()
    assert dialog.no_printer_label.text() == (
        "No printer is set up on this computer — save as PDF and print elsewhere."
    )
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()


def test_paper_switch_makes_the_document_again(
    qtbot, gui, with_contacts, reference, opened, a_printer
) -> None:
    calls: list[str] = []
    dialog = preview_document(
        None, "contact_sheet", sheet_maker(with_contacts, reference, calls=calls)
    )
    qtbot.addWidget(dialog)
    first = dialog.pdf_path
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    assert calls == ["a4", "letter"]
    assert dialog.paper == "letter"
    assert dialog.pdf_path != first and not first.exists()  # the old render is removed
    assert close_to(dialog.document.pagePointSize(0), LETTER_POINTS)
    assert dialog.page_count() == pdf_pages(dialog.pdf_path)
    assert dialog.make_printer().pageLayout().pageSize().id().name == "Letter"
    workdir = Path(dialog.workdir.name)
    dialog.reject()  # closing removes the temporary files
    assert not workdir.exists()


def test_paper_switch_failure_keeps_the_old_paper(
    qtbot, gui, with_contacts, reference, opened, no_modal_dialogs
) -> None:
    good = sheet_maker(with_contacts, reference)

    def make(out: Path, paper: str) -> int:
        if paper == "letter":
            raise BadInputError("Letter is out today.")
        return good(out, paper)

    dialog = preview_document(None, "contact_sheet", make)
    qtbot.addWidget(dialog)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    assert dialog.paper == "a4" and dialog.paper_combo.currentData() == "a4"
    assert close_to(dialog.document.pagePointSize(0), A4_POINTS)
    assert no_modal_dialogs == [("error", "Cannot print", "Letter is out today.")]


def test_service_errors_are_shown_and_no_preview_opens(gui, opened, no_modal_dialogs) -> None:
    def make(_out: Path, _paper: str) -> int:
        raise BadInputError("No decision D-404.")

    assert preview_document(None, "decision", make, detail="D-404") is None
    assert opened == []
    assert no_modal_dialogs == [("error", "Cannot print", "No decision D-404.")]


def test_title_and_file_name_carry_the_detail(qtbot, gui, db, reference, opened) -> None:
    unit = list_units(db)[0]
    dialog = preview_document(
        None, "cards", lambda out, paper: print_cards(db, reference, unit, "en", paper, out),
        detail=f"{unit}/east",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Device cards — {unit}/east"
    assert dialog.suggested_path().name == f"device-cards-{unit}-east.pdf"


@pytest.fixture
def inventory(qtbot, gui, db, reference) -> InventoryView:
    view = InventoryView(db, reference, "en")
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_inventory_print_cards_asks_for_a_unit_first(
    qtbot, inventory, opened, no_modal_dialogs
) -> None:
    assert inventory.unit_filter.currentData() is None  # All units
    qtbot.mouseClick(inventory.print_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert len(no_modal_dialogs) == 1
    kind, title, text = no_modal_dialogs[0]
    assert (kind, title) == ("info", "Print cards")
    assert "Choose a unit" in text


def test_inventory_print_cards_previews_the_chosen_unit(
    qtbot, inventory, db, reference, opened, no_modal_dialogs
) -> None:
    unit = list_units(db)[0]
    inventory.unit_filter.setCurrentIndex(inventory.unit_filter.findData(unit))
    qtbot.mouseClick(inventory.print_button, Qt.MouseButton.LeftButton)
    assert no_modal_dialogs == []
    assert len(opened) == 1 and opened[0] is inventory.print_preview
    dialog = opened[0]
    assert dialog.windowTitle() == f"Device cards — {unit}"
    text = " ".join(dialog.document.getAllText(p).text() for p in range(dialog.page_count()))
    tags = [d.asset_tag for d in list_devices(db, DeviceFilter(unit=unit))]
    assert tags and all(tag in text for tag in tags)


def test_japanese_texts(qtbot, gui, with_contacts, reference, opened, no_printer) -> None:
    ui_app.install_translators(gui, "ja")
    dialog = preview_document(None, "contact_sheet", sheet_maker(with_contacts, reference, "ja"))
    qtbot.addWidget(dialog)
    view = InventoryView(with_contacts, reference, "ja")
    qtbot.addWidget(view)
    texts = [
        dialog.windowTitle(),
        dialog.no_printer_label.text(),
        dialog.page_label.text(),
        dialog.print_button.text(),
        dialog.save_button.text(),
        dialog.close_button.text(),
        dialog.zoom_combo.itemText(0),
        view.print_button.text(),
        view.print_button.toolTip(),
        print_preview.kind_title("decision"),
        print_preview.kind_title("cards"),
        print_preview.kind_title("binder"),
    ]
    for text in texts:
        assert JAPANESE.search(text), text
    assert "1 / " in dialog.page_label.text()
    assert JAPANESE.search(dialog.document.getAllText(0).text())


def test_decisions_view_prints_the_selected_decision(
    qtbot, gui, with_contacts, reference, opened, no_printer
) -> None:
    from app.services.decisions import DecisionDraft, record_decision
    from ui.views.decisions_view import DecisionsView

    decision = record_decision(
        with_contacts,
        reference,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "yes"},
            recorded_by="髙橋 花子",
            role="charge_nurse",
        ),
    )
    view = DecisionsView(with_contacts, reference, "en")
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.table.clearSelection()
    assert not view.print_button.isVisible()  # nothing chosen, nothing to print
    view.table.selectRow(0)
    assert view.print_button.isVisible()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    [dialog] = opened  # owned by the view, closed with it
    text = "".join(page.extract_text() for page in PdfReader(str(dialog.pdf_path)).pages)
    assert decision.id in text and "髙橋 花子" in text


def test_contacts_tab_prints_sheet_and_binder_of_the_unit_shown(
    qtbot, gui, with_contacts, reference, opened, no_printer
) -> None:
    from ui.views.contacts.contacts_view import ContactsView

    view = ContactsView(with_contacts, reference, "en")
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.unit_filter.setCurrentIndex(view.unit_filter.findData("ICU"))
    qtbot.mouseClick(view.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.binder_button, Qt.MouseButton.LeftButton)
    sheet, binder = opened  # owned by the view, closed with it
    sheet_text = "".join(p.extract_text() for p in PdfReader(str(sheet.pdf_path)).pages)
    assert "髙橋 花子" in sheet_text and "ICU" in sheet_text
    assert pdf_pages(binder.pdf_path) > pdf_pages(sheet.pdf_path)


def test_previews_are_not_logged_but_saves_and_prints_are(
    qtbot, gui, with_contacts, reference, opened, a_printer, monkeypatch, tmp_path, no_modal_dialogs
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from app.services.audit import list_events

    db = with_contacts
    before = len(list_events(db))
    dialog = preview_document(
        None,
        "contact_sheet",
        lambda out, paper: print_contact_sheet(db, reference, "ICU", "en", paper, out, log=False),
        detail="ICU",
        record=print_preview.print_recorder(db, "contact_sheet", "ICU"),
    )
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.set_paper("letter")
    assert len(list_events(db)) == before  # rendering a preview is not printing
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_a: tmp_path / "sheet.pdf")
    assert dialog.save_pdf() == tmp_path / "sheet.pdf"
    (saved,) = list_events(db)[before:]
    assert (saved.kind, saved.entity_id, saved.payload["file"]) == (
        "print.contact_sheet",
        "ICU",
        "sheet.pdf",
    )
    assert saved.payload["output"] == "pdf" and saved.payload["paper"] == "letter"
    assert not saved.authenticated  # nobody signed in: the OS account

    def to_file(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    monkeypatch.setattr(dialog_service, "choose_printer", to_file)
    pages = dialog.print_document()
    printed = list_events(db)[-1]
    assert printed.kind == "print.contact_sheet" and printed.payload["output"] == "printer"
    assert printed.payload["pages"] == pages

    def broken(*_args):
        raise OSError("database is locked")

    dialog.record = broken
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_a: tmp_path / "again.pdf")
    assert dialog.save_pdf() is None
    assert not (tmp_path / "again.pdf").exists()  # a copy the trail does not show is removed
    assert no_modal_dialogs[-1][1] == "Not recorded"
