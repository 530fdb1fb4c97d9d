"""An incident's workspace: the header, details saved with who changed them, the status roll-up,
the regulatory clocks under their disclaimer, closing refused with the blockers listed and then
allowed for a clinical leader who types the password again, and the Japanese screens."""

from __future__ import annotations

from gui_accounts import PASSWORD, make_accounts, record
from PySide6.QtCore import Qt

from app.services.incident_devices import add_devices, set_device_state
from app.services.incidents import get_incident, link_decision
from app.services.settings import set_setting
from app.services.signoff import sign_decision
from ui.views.incidents.overview_tab import OverviewTab


def open_in(view, incident):
    view.refresh()
    view.show_incident(incident)
    return view.workspace


def test_header_and_details_saved_with_the_name_typed(qtbot, view, db, make_incident):
    incident = make_incident("Pump outage", hours_ago=2.5, units=["ICU"])
    workspace = open_in(view, incident)
    facts = workspace.facts.text().replace("\u00a0", " ")
    assert "Status: Open" in facts and "Severity: not set" in facts
    assert "Phase: Detect / Analyze / Contextualize" in facts
    assert "2 h 30 min since T0" in facts or "2 h 29 min since T0" in facts
    overview = workspace.overview_tab
    assert overview.units.units() == ["ICU"]

    overview.severity_combo.setFocus()
    qtbot.keyClick(overview.severity_combo, Qt.Key.Key_End)  # Critical
    overview.phase_combo.setCurrentIndex(overview.phase_combo.findData("contain"))
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert "Enter your name first" in overview.message.text()
    assert get_incident(db, incident.id).severity is None  # NOT saved

    qtbot.keyClicks(overview.actor_field.name_input, "Ines IC")
    with qtbot.waitSignal(overview.changed):
        qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    saved = get_incident(db, incident.id)
    assert (saved.severity, saved.phase) == ("critical", "contain")
    assert overview.message.text() == "Saved."
    facts = workspace.facts.text().replace("\u00a0", " ")
    assert "Severity: Critical" in facts and "Phase: Contain / Eradicate / Recover" in facts

    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert overview.message.text() == "Nothing changed."


def test_rollup_counts_devices_by_class_and_state(qtbot, view, db, reference, make_incident):
    incident = make_incident()
    decision = record(db, reference, device_tag="MD-00001", by="Nora")  # class 3, LVP-500
    link_decision(db, incident.id, decision.id, by="Nora")
    add_devices(db, incident.id, ["MD-00008", "MD-00009"], by="Bea")
    set_device_state(db, incident.id, "MD-00009", "isolated", by="Bea")
    overview = open_in(view, incident).overview_tab
    table = overview.rollup_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Unit", "Category", "1", "2"]
    assert table.horizontalHeaderItem(4).toolTip().startswith("Class 3 — ")
    assert "Not\nclassified" in headers and "Isolated" in headers and headers[-1] == "Total"
    assert "Under\nreview" in headers and "Running on\ncompensations" in headers
    rows = {
        (table.item(r, 0).text(), table.item(r, 1).text()): [
            table.item(r, c).text() for c in range(table.columnCount())
        ]
        for r in range(table.rowCount())
    }
    pumps = rows[("WARD-3A", "Infusion / syringe pump")]
    assert pumps[headers.index("3")] == "1"
    assert pumps[headers.index("Not\nclassified")] == "1"  # MD-00008, no decision yet
    icu = rows[("ICU", "Infusion / syringe pump")]
    assert icu[headers.index("Isolated")] == "1" and icu[-1] == "1"


def test_clocks_jurisdictions_overdue_in_words_and_the_disclaimer(
    qtbot, view, db, playbook, make_incident
):
    incident = make_incident(hours_ago=24 * 20)  # every 10-work-day clock has run out
    overview = open_in(view, incident).overview_tab
    assert overview.jurisdiction() == "us"  # the setting's default
    assert overview.disclaimer.isVisible()
    assert overview.disclaimer.text() == playbook.clocks.disclaimer.get("en")
    table = overview.clock_table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    death = next(r for r in rows if "death" in r[0])
    assert death[4] == "OVERDUE" and "FDA" in death[1] and "803.30" in death[5]
    assert "OVERDUE" in overview.overdue_label.text()

    overview.jurisdiction_combo.setCurrentIndex(overview.jurisdiction_combo.findData("jp"))
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert rows and not any("FDA" in r[1] for r in rows)
    assert overview.disclaimer.isVisible()

    admin = make_accounts(db)["admin"]
    set_setting(db, "clock_jurisdiction", "jp", by=admin)
    fresh = type(overview)(db, overview.reference, playbook, "en", None)
    qtbot.addWidget(fresh)
    assert fresh.jurisdiction() == "jp"


def test_close_refused_with_blockers_then_closed_by_a_clinical_leader(
    qtbot, view, db, reference, make_incident, mark_required_done
):
    people = make_accounts(db, "lead", "charge")
    incident = make_incident()
    decision = record(db, reference, device_tag="MD-00001")
    link_decision(db, incident.id, decision.id, by="Nora")
    workspace = open_in(view, incident)

    dialog = workspace.close_incident()
    qtbot.waitExposed(dialog)
    blockers = [dialog.blocker_list.item(r).text() for r in range(dialog.blocker_list.count())]
    assert any(b.startswith("PIR-01 is still open — ") for b in blockers)
    assert any("awaits sign-off" in b for b in blockers)
    assert dialog.blocker_list.isVisible() and "cannot close yet" in dialog.state_label.text()
    assert not dialog.close_button.isVisible() and not dialog.form.isVisible()
    dialog.reject()

    mark_required_done(incident)
    sign_decision(
        db, reference, decision.id, username="lead", password=PASSWORD, meaning="approved"
    )
    view.session.sign_in(people["charge"])  # signed in, but not a clinical leader
    dialog = workspace.close_incident()
    assert (
        dialog.blocker_list.count() == 0 and "Nothing blocks closing" in dialog.state_label.text()
    )
    assert "without the clinical leader role" in dialog.sign_in_prompt.text()
    assert not dialog.close_button.isVisible()

    view.session.sign_in(people["lead"])  # the dialog follows the session
    assert dialog.close_button.isVisible() and dialog.username_input.text() == "lead"
    qtbot.keyClicks(dialog.password_input, "wrong password")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert "Not closed: wrong user name or password" in dialog.message.text()
    assert get_incident(db, incident.id).is_open

    qtbot.keyClicks(dialog.password_input, PASSWORD)
    qtbot.keyClicks(dialog.note_input, "Pumps restored, library reloaded")
    with qtbot.waitSignal(dialog.closed):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    closed = get_incident(db, incident.id)
    assert closed.status == "closed" and closed.closed_by == "lead"
    assert closed.close_note == "Pumps restored, library reloaded"
    assert dialog.password_input.text() == ""
    assert "Closed." in dialog.message.text()
    assert workspace.closed_label.isVisible() and not workspace.close_button.isEnabled()
    assert not workspace.overview_tab.save_button.isEnabled()  # read-only now


def test_japanese_workspace_shows_japanese_data(qtbot, make_view, db, playbook, make_incident):
    view = make_view("ja")
    incident = make_incident("ポンプ障害", severity="high")
    workspace = open_in(view, incident)
    facts = workspace.facts.text()
    assert "対応中" in facts and "高" in facts and "検知・分析・状況把握" in facts
    overview = workspace.overview_tab
    assert overview.disclaimer.text() == playbook.clocks.disclaimer.get("ja")
    assert overview.jurisdiction_combo.currentText() == "米国"
    first = overview.clock_table.item(0, 0).text()
    assert first == playbook.clocks.for_jurisdiction("us")[0].trigger.get("ja")
    assert overview.phase_combo.currentText() == "検知・分析・状況把握"
    assert overview.severity_combo.currentText() == "高"
    headers = [
        overview.rollup_table.horizontalHeaderItem(c).text()
        for c in range(overview.rollup_table.columnCount())
    ]
    assert "隔離済み" in headers
    workspace.tabs.setCurrentWidget(workspace.decisions_tab)
    add_devices(db, incident.id, ["MD-00001"], by="Bea")
    workspace.decisions_tab.refresh()
    assert workspace.decisions_tab.device_table.item(0, 4).text() == "確認中"
    assert view.model.index(0, 4).data() == "高"


def test_print_the_incident_report_and_the_after_action_report(
    qtbot, view, db, make_incident, monkeypatch, tmp_path
):
    from app.services.audit import EventFilter, list_events
    from ui import dialog_service
    from ui.dialogs.print_preview import PrintPreviewDialog

    incident = make_incident("Pump outage")
    workspace = open_in(view, incident)
    assert workspace.print_button.text() == "&Print incident report…"
    preview = workspace.print_report()
    assert isinstance(preview, PrintPreviewDialog) and preview.page_count() >= 1
    assert "Pump outage" in preview.document.getAllText(0).text()
    assert list_events(db, EventFilter(kind="print.")) == []  # the preview itself is not logged
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_args: tmp_path / "report.pdf")
    assert preview.save_pdf() == tmp_path / "report.pdf"
    [printed] = list_events(db, EventFilter(kind="print.incident_report"))
    assert printed.entity_id == incident.id
    preview.close()

    exercise = make_incident("Drill", exercise=True)
    workspace = open_in(view, exercise)
    assert workspace.print_button.text() == "&Print after-action report…"
    preview = workspace.print_report()
    assert preview is not None and "EXERCISE" in preview.document.getAllText(0).text()
    preview.close()


def test_the_clocks_follow_the_windows_clock(qtbot, db, reference, playbook, make_incident):
    """An incident opened an hour ago: nothing overdue now; seen 20 days on (the clock tests and
    screenshots set), the 10-work-day clocks are overdue."""
    from datetime import UTC, datetime, timedelta

    incident = make_incident(hours_ago=1)
    later = datetime.now(UTC) + timedelta(days=20)
    for now, overdue in ((None, False), (lambda: later, True)):
        overview = OverviewTab(db, reference, playbook, "en", None, now=now)
        qtbot.addWidget(overview)
        overview.show_incident(incident)
        assert ("OVERDUE" in overview.overdue_label.text()) is overdue
