"""The whole program by keyboard (and barcode scanner) alone, in the real main window.

Every key goes to the widget that has the keyboard focus (``QApplication.focusWidget()``), as it
would for a person: no slot is called, nothing is clicked, and nothing is given the focus by the
test except the window itself when it opens. The tab-order tests document, page by page, where
Tab goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_accounts import PASSWORD, PROVISIONAL_4, make_accounts, record
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from app.services.decisions import list_decisions
from app.services.signoff import signatures_of
from ui import dialog_service
from ui.dialogs import print_preview
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.dialogs.signin_dialog import SignInDialog
from ui.dialogs.signoff_dialog import SignoffDialog
from ui.main_window import MainWindow
from ui.views.triage_view import TriageView

TAB_BAR, SIGN_IN = "qt_tabwidget_tabbar", "session_button"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, gui, db, reference, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(dialog_service, "interactive", False)  # a forgotten prompt never blocks
    main = MainWindow(db, reference, "en")
    qtbot.addWidget(main)
    main.resize(1100, 760)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    assert focused() is main.triage_view.device_page.tag_input  # the scanner types here
    yield main
    main.session.sign_out()


# --- keys where the focus is --------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost"
    return widget


def press(qtbot, *keys: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    for key in keys:
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, name: str, limit: int = 40) -> QWidget:
    """Press Tab until the widget called ``name`` has the focus (as a person would)."""
    for _ in range(limit):
        if focused().objectName() == name:
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {name!r}")


def wait_focus_in(qtbot, window: QWidget) -> None:
    """A dialog has opened or closed: the keyboard is in ``window`` (the window system's work)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.isAncestorOf(focused()) or focused() is window)


def back_in(qtbot, window: QWidget) -> None:
    """A dialog closed: the window system gives the keyboard back to ``window``. The offscreen
    platform of the tests activates no window by itself, so the test does, as a window manager
    would (the focus inside the window is Qt's: it goes back where it was)."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    wait_focus_in(qtbot, window)


def page_tab_order(qtbot, window: MainWindow, first: str) -> list[str]:
    """Tab once round the window from the focused widget: the object names of the page's controls
    in their order from ``first``. The window's own controls (the tab bar, the buttons beside it)
    come as one block after the page's, and Tab reaches nothing of the pages not showing."""
    start, widgets = focused(), [focused()]
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is start:
            break
        widgets.append(focused())
    else:
        raise AssertionError("Tab does not come back")
    names = [w.objectName() for w in widgets]
    at = names.index(first)
    widgets = widgets[at:] + widgets[:at]
    page = window.triage_view.current_page()
    inside = [w.objectName() for w in widgets if page.isAncestorOf(w)]
    outside = [w for w in widgets if not page.isAncestorOf(w)]
    assert [w.objectName() for w in widgets] == inside + [w.objectName() for w in outside]
    assert not any(window.triage_view.isAncestorOf(w) for w in outside)
    assert {TAB_BAR, SIGN_IN} <= {w.objectName() for w in outside}
    return inside


def asked(triage: TriageView) -> str | None:
    if triage.current_page() is not triage.question_page:
        return None
    assert triage.question_page.question is not None
    return triage.question_page.question.id


def answer(qtbot, triage: TriageView, value: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Tab to the answer button and press Enter (or Space) on it."""
    page = triage.question_page
    assert page.isAncestorOf(focused()) or focused() is page
    tab_to(qtbot, f"answer_button_{value}")
    press(qtbot, key)


def scan(qtbot, text: str) -> None:
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)


# --- (a) the whole triage ----------------------------------------------------------------------
def test_triage_from_scan_to_saved_decision_by_keyboard(qtbot, window, db) -> None:
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    assert focused() is triage.device_page.continue_button
    press(qtbot, Qt.Key.Key_Return)
    assert asked(triage) == "harm_now"

    answer(qtbot, triage, "yes")  # a slip: back with the Back button, by keyboard
    assert asked(triage) == "implanted"
    tab_to(qtbot, "question_back")
    press(qtbot, Qt.Key.Key_Return)
    assert asked(triage) == "harm_now"
    assert focused() is triage.question_page.answer_buttons["yes"]  # the earlier answer
    answer(qtbot, triage, "no", Qt.Key.Key_Space)
    answer(qtbot, triage, "no")  # implanted; "offsite" comes from the inventory
    assert asked(triage) == "patient_connected"

    # Change an earlier answer: Tab past the answers and Back to it on the path.
    tab_to(qtbot, "path_harm_now")
    press(qtbot, Qt.Key.Key_Space)
    assert asked(triage) == "harm_now"
    answer(qtbot, triage, "no")  # the same again: the held answers are kept
    assert asked(triage) == "patient_connected"
    for question, value in [
        ("patient_connected", "no"),
        ("multi_patient", "no"),
        ("network_clinical_impact", "yes"),
    ]:
        assert asked(triage) == question
        answer(qtbot, triage, value)

    assert triage.current_page() is triage.result_page
    assert triage.result_page.badge.number_label.text() == "Class 3"
    assert focused() is triage.result_page.record_button
    press(qtbot, Qt.Key.Key_Return)

    page = triage.record_page
    assert triage.current_page() is page and focused() is page.name_input
    type_text(qtbot, "Aiko Tanaka")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.role_combo
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down)  # the second role
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.unit_combo
    assert page.unit_combo.currentText() == "WARD-3A"  # the device's unit, kept
    tab_to(qtbot, "record_location")
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, ", by the window")
    tab_to(qtbot, "record_note")
    type_text(qtbot, "Alarm forwarding down")
    with qtbot.waitSignal(triage.decision_saved):
        tab_to(qtbot, "record_save")
        press(qtbot, Qt.Key.Key_Return)

    assert triage.current_page() is triage.saved_page
    [stored] = list_decisions(db)
    assert stored.answers == {
        "harm_now": "no",
        "implanted": "no",
        "offsite": "no",
        "patient_connected": "no",
        "multi_patient": "no",
        "network_clinical_impact": "yes",
    }
    assert (stored.ir_class, stored.device_tag, stored.recorded_by) == (
        3,
        "MD-00001",
        "Aiko Tanaka",
    )
    assert (stored.role, stored.unit) == ("charge_nurse", "WARD-3A")
    assert stored.location == "room 6 bed 4, by the window"
    assert stored.note == "Alarm forwarding down"

    assert focused() is triage.saved_page.new_button
    press(qtbot, Qt.Key.Key_Return)
    assert triage.current_page() is triage.device_page
    assert focused() is triage.device_page.tag_input  # ready for the next scan


def test_enter_in_any_record_field_saves(qtbot, window, db) -> None:
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_N)  # the answer keys work too
    press(qtbot, Qt.Key.Key_Return)  # Record decision
    type_text(qtbot, "Kenji Sato")
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is triage.record_page.unit_combo
    with qtbot.waitSignal(triage.decision_saved):
        press(qtbot, Qt.Key.Key_Return)  # in the editable unit field
    assert [d.recorded_by for d in list_decisions(db)] == ["Kenji Sato"]
    assert triage.current_page() is triage.saved_page


def test_enter_on_back_goes_back_and_saves_nothing(qtbot, window, db) -> None:
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Kenji Sato")
    tab_to(qtbot, "record_back")
    press(qtbot, Qt.Key.Key_Return)
    assert triage.current_page() is triage.result_page
    assert focused() is triage.result_page.record_button
    assert list_decisions(db) == []
    tab_to(qtbot, "result_change")
    press(qtbot, Qt.Key.Key_Return)
    assert asked(triage) == "network_clinical_impact"


# --- (b) a device not in the inventory ----------------------------------------------------------
def test_unknown_device_by_keyboard_is_saved_provisional(qtbot, window, db) -> None:
    triage = window.triage_view
    scan(qtbot, "NOPE-123")
    assert "No device with tag “NOPE-123”" in triage.device_page.status.text()
    assert focused() is triage.device_page.tag_input  # typed again at once, or...
    tab_to(qtbot, "device_unknown")
    press(qtbot, Qt.Key.Key_Return)
    assert asked(triage) == "harm_now"
    assert "Unknown device" in triage.question_page.subject_label.text()
    for value in ["no", "no", "no", "no", "unknown"]:
        answer(qtbot, triage, value)
    assert triage.current_page() is triage.result_page
    assert triage.result_page.provisional_banner.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Mari Ito")
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    with qtbot.waitSignal(triage.decision_saved):
        press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Return)
    [stored] = list_decisions(db)
    assert stored.provisional and stored.device_tag is None and stored.category is None
    assert stored.answers["multi_patient"] == "unknown"


def test_kind_of_device_by_keyboard(qtbot, window) -> None:
    triage = window.triage_view
    tab_to(qtbot, "category_ventilator")
    press(qtbot, Qt.Key.Key_Space)
    assert asked(triage) == "harm_now"
    assert triage.flow.subject.category == "ventilator"


# --- (c) sign-off ------------------------------------------------------------------------------
def test_sign_off_by_keyboard(qtbot, window, db, reference) -> None:
    people = make_accounts(db, "lead")
    first = record(db, reference)
    second = record(db, reference, PROVISIONAL_4)
    tab_to(qtbot, TAB_BAR)
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    view = window.signoff_view
    assert window.tabs.currentWidget() is view and view.prompt.isVisible()

    press(qtbot, Qt.Key.Key_S, modifier=ALT)  # "&Sign in…"
    qtbot.waitUntil(lambda: window.session.dialog is not None)
    signin = window.session.dialog
    assert isinstance(signin, SignInDialog)
    wait_focus_in(qtbot, signin)
    assert focused() is signin.username_input
    type_text(qtbot, "lead")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.user == people["lead"]
    back_in(qtbot, window)

    tab_to(qtbot, "signoff_table")
    assert view.selected_decision().id == first.id
    press(qtbot, Qt.Key.Key_Down)
    assert view.selected_decision().id == second.id
    press(qtbot, Qt.Key.Key_Up)
    assert view.selected_decision().id == first.id
    tab_to(qtbot, "signoff_approved", limit=4)  # Tab leaves the table (arrows move in it)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert isinstance(dialog, SignoffDialog) and dialog.meaning == "approved"
    wait_focus_in(qtbot, dialog)
    assert focused() is dialog.password_input  # the user name is filled in
    type_text(qtbot, PASSWORD)
    with qtbot.waitSignal(dialog.signed):
        press(qtbot, Qt.Key.Key_Return)
    [signature] = signatures_of(db, first.id)
    assert (signature.username, signature.meaning, signature.valid) == ("lead", "approved", True)
    assert focused() is dialog.close_button
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    back_in(qtbot, window)
    assert [view.model.decision(r).id for r in range(view.model.rowCount())] == [second.id]


def test_the_sign_off_buttons_have_distinct_mnemonics(qtbot, window, db, reference) -> None:
    texts = [b.text() for b in window.signoff_view.meaning_buttons.values()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(keys)) == len(keys), texts
    people = make_accounts(db, "lead")
    record(db, reference)
    window.session.sign_in(people["lead"])
    tab_to(qtbot, TAB_BAR)
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_W, modifier=ALT)  # "Revie&w…" (Alt+V was Verify's too)
    qtbot.waitUntil(lambda: window.signoff_view.dialog is not None)
    assert window.signoff_view.dialog.meaning == "reviewed"


# --- (d) printing ------------------------------------------------------------------------------
@pytest.fixture
def to_files(monkeypatch, tmp_path) -> dict[str, Path]:
    """Save as PDF writes into tmp_path; the printer prints into a PDF file (no real printer)."""
    paths = {"saved": tmp_path / "decision.pdf", "printed": tmp_path / "printed.pdf"}
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Ward printer"])
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_args: paths["saved"])

    def to_pdf(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(paths["printed"]))
        return True

    monkeypatch.setattr(dialog_service, "choose_printer", to_pdf)
    return paths


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_print_the_saved_decision_by_keyboard(qtbot, window, db, to_files) -> None:
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Aiko Tanaka")
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    with qtbot.waitSignal(triage.decision_saved) as saved:
        press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Return)
    decision_id = saved.args[0].id

    assert focused() is triage.saved_page.new_button
    press(qtbot, Qt.Key.Key_P, modifier=ALT)  # "&Print this decision…"
    qtbot.waitUntil(lambda: triage.saved_page.print_preview is not None)
    preview = triage.saved_page.print_preview
    assert isinstance(preview, PrintPreviewDialog) and preview.isVisible()
    wait_focus_in(qtbot, preview)
    press(qtbot, Qt.Key.Key_S, modifier=ALT)  # "&Save as PDF…"
    qtbot.waitUntil(to_files["saved"].exists)
    assert decision_id in pdf_text(to_files["saved"])
    tab_to(qtbot, "print_print")
    press(qtbot, Qt.Key.Key_Return)  # Enter presses the focused button
    assert len(PdfReader(str(to_files["printed"])).pages) == preview.page_count()  # as images
    assert "sent to the printer" in preview.status_label.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    back_in(qtbot, window)
    assert focused() is triage.saved_page.new_button  # back where it was


def test_print_from_the_decisions_tab_by_keyboard(qtbot, window, db, reference, to_files):
    decision = record(db, reference)
    window.decisions_view.refresh()
    tab_to(qtbot, TAB_BAR)
    press(qtbot, Qt.Key.Key_Right)
    assert window.tabs.currentWidget() is window.decisions_view
    tab_to(qtbot, "decisions_table")
    press(qtbot, Qt.Key.Key_Home)
    assert window.decisions_view.selected_decision().id == decision.id
    press(qtbot, Qt.Key.Key_P, modifier=ALT)  # "&Print this decision…"
    qtbot.waitUntil(lambda: getattr(window.decisions_view, "print_preview", None) is not None)
    preview = window.decisions_view.print_preview
    assert isinstance(preview, PrintPreviewDialog)
    wait_focus_in(qtbot, preview)
    tab_to(qtbot, "print_save")
    press(qtbot, Qt.Key.Key_Space)
    assert decision.id in pdf_text(to_files["saved"])
    press(qtbot, Qt.Key.Key_Escape)
    assert not preview.isVisible()


# --- (e) tab order -----------------------------------------------------------------------------
def categories(window: MainWindow) -> list[str]:
    return [f"category_{c.code}" for c in window.reference.categories.categories]


def test_tab_order_of_the_device_page(qtbot, window) -> None:
    device = ["tag_input", "tag_find", "device_unknown", *categories(window)]
    assert page_tab_order(qtbot, window, "tag_input") == device
    scan(qtbot, "MD-00001")
    assert focused().objectName() == "device_continue"  # found: after Find, before the others
    assert page_tab_order(qtbot, window, "tag_input") == [
        *device[:2],
        "device_continue",
        *device[2:],
    ]


def test_tab_order_of_the_question_page(qtbot, window) -> None:
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    press(qtbot, Qt.Key.Key_Return, Qt.Key.Key_N, Qt.Key.Key_N)
    assert asked(triage) == "patient_connected" and focused() is triage.question_page
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is triage.question_page.answer_buttons["yes"]
    # The answers, Back, then the earlier answers to change (the inventory's one too).
    assert page_tab_order(qtbot, window, "answer_button_yes") == [
        "answer_button_yes",
        "answer_button_no",
        "answer_button_unknown",
        "question_back",
        "path_harm_now",
        "path_implanted",
        "path_offsite",
    ]


def test_tab_order_of_the_result_record_and_saved_pages(qtbot, window) -> None:
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_N)
    assert focused() is triage.result_page.record_button
    assert page_tab_order(qtbot, window, "result_record") == ["result_record", "result_change"]

    press(qtbot, Qt.Key.Key_Return)
    assert focused() is triage.record_page.name_input
    # The fields top to bottom, then Save, then Back (Print on paper shows after a failed save).
    assert page_tab_order(qtbot, window, "record_name") == [
        "record_name",
        "record_role",
        "record_unit",
        "record_location",
        "record_note",
        "record_save",
        "record_back",
    ]

    type_text(qtbot, "Aiko Tanaka")
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    with qtbot.waitSignal(triage.decision_saved):
        press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Return)
    assert focused() is triage.saved_page.new_button
    order = page_tab_order(qtbot, window, "saved_new_triage")
    assert order == ["saved_new_triage", "saved_print"]


def test_tab_order_with_an_open_incident_and_a_provisional_decision(
    qtbot, window, db, reference
) -> None:
    from app.services.incidents import create_incident

    create_incident(db, name="Ransomware", t0="2026-11-20T08:00+09:00", source="SOC", by="Ines")
    window.triage_view.record_page.refresh_incidents()
    tab_to(qtbot, "device_unknown")
    press(qtbot, Qt.Key.Key_Return)
    for key in [Qt.Key.Key_N] * 4 + [Qt.Key.Key_U]:
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    assert page_tab_order(qtbot, window, "record_name") == [
        "record_name",
        "record_role",
        "record_unit",
        "record_location",
        "record_note",
        "record_incident",
        "record_save",
        "record_back",
    ]
    type_text(qtbot, "Aiko Tanaka")
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.triage_view.decision_saved):
        press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Return)
    assert page_tab_order(qtbot, window, "saved_new_triage") == [
        "saved_new_triage",
        "saved_print",
        "saved_resolve",
    ]


# --- reading on by keyboard --------------------------------------------------------------------
def test_page_down_reads_on_where_the_text_takes_no_focus(qtbot, window) -> None:
    """In a small window the result runs below the buttons' view: Page Down / Up scroll it while
    the focus stays on "Record decision"."""
    window.resize(800, 600)
    triage = window.triage_view
    scan(qtbot, "MD-00001")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_N)
    bar = triage.result_page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    press(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() > 0 and focused() is triage.result_page.record_button
    press(qtbot, Qt.Key.Key_PageUp)
    assert bar.value() == 0
