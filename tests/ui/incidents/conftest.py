"""Incident GUI fixtures: the playbook, a sign-in session, the Incidents tab shown, helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services.incident_checklist import checklist, set_check
from app.services.incidents import IncidentView, create_incident
from app.services.playbook import Playbook, load_playbook
from ui import dialog_service
from ui.session import SignInSession
from ui.views.incidents.incidents_view import IncidentsView


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A prompt the test forgot to replace goes to stderr instead of waiting for ever."""
    monkeypatch.setattr(dialog_service, "interactive", False)


@pytest.fixture(scope="session")
def playbook() -> Playbook:
    return load_playbook()


@pytest.fixture
def session(gui, db, reference) -> Iterator[SignInSession]:
    signed = SignInSession(db, reference, "en")
    yield signed
    signed.sign_out()  # its watch on the application's input ends


@pytest.fixture
def make_view(qtbot, gui, db, reference, playbook, session) -> Callable[..., IncidentsView]:
    """The Incidents tab shown, in ``lang``."""

    def make(lang: str = "en") -> IncidentsView:
        view = IncidentsView(db, reference, lang, session, playbook)
        qtbot.addWidget(view)
        view.resize(1100, 720)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def view(make_view) -> IncidentsView:
    return make_view()


@pytest.fixture
def make_incident(db) -> Callable[..., IncidentView]:
    """An open incident made through the service (T0 some hours ago)."""

    def make(name: str = "Pump outage", hours_ago: float = 2, **fields) -> IncidentView:
        t0 = (datetime.now(UTC) - timedelta(hours=hours_ago)).isoformat(timespec="seconds")
        source = fields.pop("source", "SOC alert")
        return create_incident(db, name=name, t0=t0, source=source, by="Ken", **fields)

    return make


@pytest.fixture
def mark_required_done(db, playbook) -> Callable[[IncidentView], None]:
    """Every checklist item needed to close the incident, marked done (through the service)."""

    def mark(incident: IncidentView) -> None:
        catalog = playbook.checklists
        for check in checklist(db, catalog, incident.id):
            if check.item.required_to_close and check.status == "open":
                set_check(db, catalog, incident.id, check.item.id, "done", by="Bea Biomed")

    return mark
