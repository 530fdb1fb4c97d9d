"""Every interactive widget tells a screen reader its name and what it does (issue 9).

The main window with every tab built, the screens reached by using it (a triage through to the
saved decision, an incident's workspace with each of its tabs, the sign-off queue signed in) and
every dialog are read through Qt's accessibility interface (``accessibility.unnamed``). A name must
also say something: a lone "…" or "▶" is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from accessibility import is_interactive, spoken, unnamed
from gui_accounts import PROVISIONAL_4, make_accounts, record
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QTabBar, QWidget

from app.services.accounts import list_users
from app.services.contacts import import_contacts, list_contacts
from app.services.devices import get_device, list_units
from app.services.evidence import add_evidence
from app.services.incident_devices import add_devices, incident_devices
from app.services.incidents import IncidentView, create_incident
from app.services.playbook import load_playbook
from app.services.printing import print_cards
from ui import dialog_service
from ui.main_window import MainWindow
from ui.session import SignInSession
from ui.views.triage_flow import Subject

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
# A letter of any script (Latin, kana, kanji, ...): what makes a name more than punctuation.
WORDY = re.compile(r"[^\W\d_]")
TRIAGE_ANSWERS = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "yes",
    "removal": "later_ok",  # a question of several choices (keys 1, 2, 3…)
    "multi_patient": "no",
    "network_clinical_impact": "no",
}
INVENTORY_CSV = "Asset Tag,Maker,Model,IP\nNEW-1,Acme,X1,10.0.0.1\nBAD-1,Acme,X,10.0.0.999\n"


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A prompt the test forgot to replace goes to stderr instead of waiting for ever."""
    monkeypatch.setattr(dialog_service, "interactive", False)


def new_incident(db, *, exercise: bool = False) -> IncidentView:
    t0 = (datetime.now(UTC) - timedelta(hours=2)).isoformat(timespec="seconds")
    return create_incident(
        db, name="Pumps offline", t0=t0, source="Charge nurse ICU", by="Nora", exercise=exercise
    )


def wordless(root: QWidget) -> list[str]:
    """Interactive widgets whose name is only punctuation, digits or symbols."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget):
            continue
        name, _description = spoken(widget)
        if name and not WORDY.search(name):
            found.append(f"{type(widget).__name__} {widget.objectName()}: name {name!r}")
    return found


def untold_tabs(root: QWidget) -> list[str]:
    """Tabs without a name or a description (Qt reads a tab's tooltip as its description)."""
    found = []
    for bar in root.findChildren(QTabBar):
        interface = QAccessible.queryAccessibleInterface(bar)
        for index in range(interface.childCount()):
            tab = interface.child(index)
            if tab.role() != QAccessible.Role.PageTab:
                continue
            name = tab.text(QAccessible.Text.Name).strip()
            if not (WORDY.search(name) and tab.text(QAccessible.Text.Description).strip()):
                found.append(f"{bar.parentWidget().objectName()}: tab {name!r}")
    return found


@pytest.mark.parametrize(
    ("name", "says_something"),
    [("…", False), ("▶", False), ("◀  ", False), ("1", False), ("Back", True), ("戻る", True)],
)
def test_a_name_needs_a_letter_or_kana_or_kanji(name, says_something) -> None:
    assert bool(WORDY.search(name)) is says_something


def check(root: QWidget) -> None:
    QApplication.processEvents()
    assert unnamed(root) == []
    assert wordless(root) == []
    assert untold_tabs(root) == []


@pytest.fixture
def window(qtbot, gui, db, reference) -> MainWindow:
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # every tab built
    window.tabs.setCurrentIndex(0)
    return window


def test_main_window_with_every_tab(window) -> None:
    check(window)
    assert all(spoken(window.tabs))  # the tab widget: "Sections", and what they are
    assert spoken(window.tabs.tabBar())[0] == "Triage"  # Qt names a tab bar after its current tab


def test_a_triage_from_question_to_saved_decision(window, db, reference) -> None:
    import_contacts(db, reference, CONTACTS, by="Ken")  # the result page lists whom to call
    window.triage_view.refresh_contacts()
    triage = window.triage_view
    triage.start(Subject(device=None, category="infusion_pump"))
    assert triage.current_page() is triage.question_page
    check(window)
    while triage.current_page() is triage.question_page:
        question = triage.question_page.question
        triage.question_page.answer_buttons[TRIAGE_ANSWERS[question.id]].click()
        check(window)  # each question, with the earlier answers to go back to
    assert triage.current_page() is triage.result_page
    check(window)
    triage.result_page.record_button.click()
    assert triage.current_page() is triage.record_page
    check(window)
    page = triage.record_page
    page.name_input.setText("Mari Ito")
    page.role_combo.setCurrentIndex(0)
    page.save_button.click()
    assert triage.current_page() is triage.saved_page
    check(window)


def test_a_device_found_by_tag(window) -> None:
    triage = window.triage_view
    triage.start(Subject(device=get_device(window.db, "MD-00001"), category=None))
    check(window)


def test_contacts_with_escalation_tiers(window, db, reference) -> None:
    import_contacts(db, reference, CONTACTS, by="Ken")
    view = window.contacts_view
    window.tabs.setCurrentWidget(view)
    view.refresh()
    view.editor.load()
    assert view.editor.tier_editors  # the tiers of people to call, each with its settings
    check(window)


def test_decisions_with_one_chosen(window, db, reference) -> None:
    record(db, reference, PROVISIONAL_4)
    view = window.decisions_view
    view.refresh()
    view.table.selectRow(0)
    window.tabs.setCurrentWidget(view)
    check(window)


def test_preclassify_to_done(window) -> None:
    view = window.preclassify_view
    window.tabs.setCurrentWidget(view)
    target = view.target_page
    target.tag_input.setText("MD-00001")
    target.find_button.click()
    target.start_button.click()
    while view.current_page() is view.question_page:
        buttons = view.question_page.answer_buttons
        buttons.get("no", next(iter(buttons.values()))).click()
    check(window)
    view.show_apply()
    check(window)


def test_sign_off_queue_signed_in(window, db, reference) -> None:
    user = make_accounts(db, "lead")["lead"]
    record(db, reference, PROVISIONAL_4)
    window.session.sign_in(user)
    window.tabs.setCurrentWidget(window.signoff_view)
    window.signoff_view.refresh()
    window.signoff_view.table.selectRow(0)
    check(window)


def test_an_incident_workspace_with_each_tab(window, db) -> None:
    incident = new_incident(db)
    add_devices(db, incident.id, ["MD-00001", "MD-00002"], by="Ken")
    view = window.incidents_view
    window.tabs.setCurrentWidget(view)
    view.show_incident(incident)
    tabs = view.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(window)


def test_an_exercise_workspace(window, db) -> None:
    incident = new_incident(db, exercise=True)
    view = window.incidents_view
    window.tabs.setCurrentWidget(view)
    view.show_incident(incident)
    check(window)


# --- dialogs ----------------------------------------------------------------------------------


def _signed(db, reference) -> SignInSession:
    session = SignInSession(db, reference, "en")
    session.sign_in(make_accounts(db, "lead")["admin"])
    return session


def _incident_with_devices(db):
    incident = new_incident(db)
    add_devices(db, incident.id, ["MD-00001", "MD-00002"], by="Ken")
    return incident


def _sign_in(db, reference, tmp_path):
    from ui.dialogs.signin_dialog import SignInDialog

    return SignInDialog(db, reference, "en")


def _sign_off(db, reference, tmp_path):
    from ui.dialogs.signoff_dialog import SignoffDialog

    decision = record(db, reference, PROVISIONAL_4)
    return SignoffDialog(db, reference, "en", decision, "approved")


def _users(db, reference, tmp_path):
    from ui.dialogs.users_dialog import UsersDialog

    return UsersDialog(_signed(db, reference))


def _add_user(db, reference, tmp_path):
    from ui.dialogs.add_user_dialog import AddUserDialog

    return AddUserDialog(db, reference, "en", None)


def _reset_password(db, reference, tmp_path):
    from ui.dialogs.reset_password_dialog import ResetPasswordDialog

    admin = make_accounts(db, "charge")["admin"]
    user = next(u for u in list_users(db) if u.username == "charge")
    return ResetPasswordDialog(db, user, admin)


def _new_device(db, reference, tmp_path):
    from ui.dialogs.device_editor_dialog import DeviceEditorDialog

    return DeviceEditorDialog(db, reference, "en", None)


def _edit_device(db, reference, tmp_path):
    from ui.dialogs.device_editor_dialog import DeviceEditorDialog

    return DeviceEditorDialog(db, reference, "en", get_device(db, "MD-00001"))


def _import_wizard(db, reference, tmp_path):
    from ui.dialogs.import_wizard import ImportWizard

    source = tmp_path / "devices.csv"
    source.write_text(INVENTORY_CSV, encoding="utf-8")
    wizard = ImportWizard(db, reference, "en")
    wizard.show()
    wizard.file_page.path_input.setText(str(source))
    wizard.file_page.by_input.setText("Kenji Mori")
    wizard.next()  # the mapping page, with a field chooser per column
    wizard.next()  # the report page
    return wizard


def _sbom(db, reference, tmp_path):
    from ui.dialogs.sbom_dialog import SbomDialog

    return SbomDialog(db, reference, "en")


def _new_contact(db, reference, tmp_path):
    from ui.dialogs.contact_editor_dialog import ContactEditorDialog

    return ContactEditorDialog(db, reference, "en", None, list_units(db))


def _edit_contact(db, reference, tmp_path):
    from ui.dialogs.contact_editor_dialog import ContactEditorDialog

    import_contacts(db, reference, CONTACTS, by="Ken")
    contact = list_contacts(db)[0]
    return ContactEditorDialog(db, reference, "en", contact, list_units(db))


def _contact_import(db, reference, tmp_path):
    from ui.views.contacts.import_dialog import ContactImportDialog

    return ContactImportDialog(db, reference, CONTACTS, list_units(db), "Ken")


def _bundles(db, reference, tmp_path):
    from ui.dialogs.bundle_dialog import BundleDialog

    return BundleDialog(db, reference, _signed(db, reference))


def _add_evidence(db, reference, tmp_path):
    from ui.dialogs.evidence_dialogs import AddEvidenceDialog

    return AddEvidenceDialog(db, new_incident(db).id, None, "Sam")


def _evidence(db, tmp_path):
    incident = new_incident(db)
    log_file = tmp_path / "pump.log"
    log_file.write_text("pump log\n", encoding="utf-8")
    return add_evidence(db, incident.id, log_file, by="Sam", location="Locker B2")


def _transfer_evidence(db, reference, tmp_path):
    from ui.dialogs.evidence_dialogs import TransferDialog

    return TransferDialog(db, _evidence(db, tmp_path), None, "Sam")


def _verify_evidence(db, reference, tmp_path):
    from ui.dialogs.evidence_dialogs import VerifyDialog

    return VerifyDialog(db, _evidence(db, tmp_path), None, "Sam")


def _new_incident(db, reference, tmp_path):
    from ui.dialogs.new_incident_dialog import NewIncidentDialog

    return NewIncidentDialog(db, "en")


def _scope(db, reference, tmp_path):
    from ui.dialogs.scope_dialog import ScopeDialog

    incident = _incident_with_devices(db)
    return ScopeDialog(db, incident, incident_devices(db, incident.id), "Ken", "MD-00001")


def _close_incident(db, reference, tmp_path):
    from ui.dialogs.close_incident_dialog import CloseIncidentDialog

    playbook = load_playbook()
    return CloseIncidentDialog(
        db, reference, playbook, "en", _signed(db, reference), new_incident(db)
    )


def _exercise(db, reference, tmp_path):
    from ui.dialogs.exercise_dialog import ExerciseDialog

    return ExerciseDialog(db, load_playbook(), "en")


def _timeline_entry(db, reference, tmp_path):
    from ui.dialogs.timeline_entry_dialog import TimelineEntryDialog

    return TimelineEntryDialog(db, new_incident(db).id, None, "Ken", ["Incident commander"])


def _add_decision(db, reference, tmp_path):
    from ui.dialogs.incident_decision_dialogs import AddDecisionDialog

    return AddDecisionDialog(db, reference, "en", _incident_with_devices(db), "Ken")


def _set_state(db, reference, tmp_path):
    from ui.dialogs.incident_decision_dialogs import SetStateDialog

    return SetStateDialog(db, "en", _incident_with_devices(db), ["MD-00001"], "Ken")


def _add_action(db, reference, tmp_path):
    from ui.views.incidents.lessons_tab import AddActionDialog

    return AddActionDialog(db, new_incident(db).id, None, "Ken")


def _print_preview(db, reference, tmp_path):
    from ui.dialogs.print_preview import PrintPreviewDialog

    out = tmp_path / "cards.pdf"
    print_cards(db, reference, list_units(db)[0], "en", "a4", out)
    return PrintPreviewDialog(None, out, "Cards")


def _damaged_file(db, reference, tmp_path):
    from ui.dialogs.damaged_file_dialog import DamagedFileDialog

    return DamagedFileDialog(tmp_path / "x.sqlite3", "not_sqlite", "not SQLite", None, tmp_path)


def _display(db, reference, tmp_path):
    from ui.dialogs.display_dialog import DisplayDialog
    from ui.preferences import Preferences

    return DisplayDialog(Preferences())


DIALOGS: dict[str, Callable[..., QDialog]] = {
    "sign-in": _sign_in,
    "sign-off": _sign_off,
    "users": _users,
    "add user": _add_user,
    "reset password": _reset_password,
    "new device": _new_device,
    "edit device": _edit_device,
    "import wizard": _import_wizard,
    "SBOM": _sbom,
    "new contact": _new_contact,
    "edit contact": _edit_contact,
    "contact import": _contact_import,
    "bundles": _bundles,
    "add evidence": _add_evidence,
    "transfer evidence": _transfer_evidence,
    "verify evidence": _verify_evidence,
    "new incident": _new_incident,
    "scope": _scope,
    "close incident": _close_incident,
    "exercise": _exercise,
    "timeline entry": _timeline_entry,
    "add incident decision": _add_decision,
    "set device state": _set_state,
    "add lesson action": _add_action,
    "print preview": _print_preview,
    "damaged file": _damaged_file,
    "language and display": _display,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog(qtbot, gui, db, reference, tmp_path, name) -> None:
    dialog = DIALOGS[name](db, reference, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    check(dialog)
