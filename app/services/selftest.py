"""``mdir-desk selftest``: prove that this installation can do its core job, on a throwaway database.

It is also the smoke test of the packaged program (tests/packaging/test_frozen_app.py runs it in the
PyInstaller bundle), so it touches what a bundle can lose: every data file, the Alembic scripts, every
kind of printed document (reportlab, its barcode modules, the bundled font) and the credential store.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.database.db import Database, open_database
from app.database.events import verify_chain
from app.domain.catalog import load_worked_examples
from app.paths import data_dir
from app.services.clock import utc_now_iso
from app.services.decisions import DecisionDraft, get_decision, record_decision
from app.services.devices import find_device, search_devices
from app.services.inventory import upsert_records
from app.services.playbook import Playbook, load_playbook
from app.services.reference import Reference, load_reference


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_selftest() -> list[Check]:
    """Run every check; a failing check never stops the others (except those that need its result)."""
    checks: list[Check] = []
    reference = _attempt(
        checks, "load and validate the question tree and reference data", lambda: _load(checks)
    )
    if reference is None:
        return checks
    _attempt(
        checks,
        "load the playbook and the other data files (checklists, clocks, exercises, mappings)",
        _other_data_files,
    )
    _attempt(
        checks,
        "classify the worked examples of the playbook reference",
        lambda: _worked_examples(reference),
    )
    with tempfile.TemporaryDirectory(prefix="mdir-desk-selftest-") as folder:
        _attempt(
            checks,
            "migrate a fresh database, record a decision, store and search devices",
            lambda: _round_trip(reference, Path(folder) / "selftest.sqlite3"),
        )
        _attempt(
            checks,
            "print every kind of document to PDF",
            lambda: _print_everything(reference, Path(folder)),
        )
    _attempt(
        checks,
        "keep and read back a secret in the credential store (sign-off needs it)",
        _credential_store,
    )
    return checks


def _credential_store() -> str:
    import secrets

    from app.security.credential_store import backend_name, load_secret, store_secret

    token = secrets.token_hex(8)
    store_secret("selftest", token)  # reads it back itself
    if load_secret("selftest") != token:
        raise AssertionError("the credential store returned another value")
    return backend_name()


def _attempt(checks: list[Check], name: str, action: Callable[[], object]) -> object | None:
    try:
        result = action()
    except Exception as exc:  # a self-test reports every failure instead of stopping
        checks.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
        return None
    detail = result if isinstance(result, str) else ""
    checks.append(Check(name, True, detail))
    return result


def _load(checks: list[Check]) -> Reference:
    reference = load_reference()
    missing = set(range(1, 8)) - reference.tree.reachable_outcomes()
    if missing:
        raise AssertionError(f"classes {sorted(missing)} cannot be reached")
    return reference


def _other_data_files() -> str:
    """The data files the reference does not cover: the playbook (its exercises are checked
    against the tree) and the inventory import mappings."""
    from app.services.inventory_io.mapping import load_mapping_profiles

    playbook = load_playbook()
    mappings = load_mapping_profiles()
    profiles = len(mappings.profiles)
    return (
        f"{len(playbook.scenarios)} exercises, "
        f"{profiles} import mapping profile{'' if profiles == 1 else 's'}"
    )


def _worked_examples(reference: Reference) -> str:
    examples = load_worked_examples(data_dir() / "worked_examples.yaml").examples
    for example in examples:
        result = reference.classify(example.answers)
        if (result.ir_class, result.provisional) != (
            example.expect.ir_class,
            example.expect.provisional,
        ):
            raise AssertionError(
                f"{example.id}: got class {result.ir_class} provisional "
                f"{result.provisional}, expected {example.expect}"
            )
    return f"{len(examples)} examples"


def _round_trip(reference: Reference, path: Path) -> str:
    db = open_database(path)
    try:
        answers = {
            "harm_now": "no",
            "implanted": "no",
            "offsite": "no",
            "patient_connected": "yes",
            "removal": "dependent",
        }
        saved = record_decision(
            db,
            reference,
            DecisionDraft(
                answers=answers, recorded_by="selftest", role="charge_nurse", category="ventilator"
            ),
        )
        again = get_decision(db, saved.id)
        if again != saved or again.ir_class != 5 or again.answers != answers:
            raise AssertionError("the decision read back differs from the one recorded")
        _inventory_round_trip(db, reference)
        with db.read() as session:
            broken = verify_chain(session)
        if broken is not None:
            raise AssertionError(f"event log chain broken at event {broken}")
    finally:
        db.close()
    return f"decision {saved.id}"


def _inventory_round_trip(db: Database, reference: Reference) -> None:
    """Store two devices and find one by a two-character Japanese word (the search index works)."""
    with db.write() as session:
        upsert_records(
            session,
            reference,
            [
                {"asset_tag": "SELFTEST-1", "category": "infusion_pump", "unit": "ICU"},
                {"asset_tag": "SELFTEST-2", "category": "ventilator", "unit": "ICU"},
            ],
            now=utc_now_iso(),
        )
    found = [d.asset_tag for d in search_devices(db, "輸液")]
    if found != ["SELFTEST-1"] or find_device(db, "selftest-2") is None:
        raise AssertionError(f"inventory search found {found}")


# Each kind of printed document: (what the line says, the language it is printed in). Half of them
# are printed in Japanese so that the bundled font is used.
PRINTED_KINDS = (
    ("contact sheet", "ja"),
    ("decision record", "en"),
    ("device cards", "ja"),
    ("binder", "en"),
    ("incident report", "ja"),
    ("exercise after-action report", "en"),
    ("HICS 214 activity log", "ja"),
)


def _print_everything(reference: Reference, folder: Path) -> str:
    """Render every kind of printed document from a small database into ``folder``; each must be
    a complete PDF file. Every kind is tried even when one fails; the failure names them all."""
    from app.services import incident_printing, printing

    playbook = load_playbook()
    db = open_database(folder / "print.sqlite3")
    try:
        decision_id, incident_ref, exercise_ref = _print_data(db, reference, playbook)
        render: dict[str, Callable[[Path, str], int]] = {
            "contact sheet": lambda out, lang: printing.print_contact_sheet(
                db, reference, "ICU", lang, "a4", out, log=False
            ),
            "decision record": lambda out, lang: printing.print_decision(
                db, reference, decision_id, lang, "a4", out, log=False
            ),
            "device cards": lambda out, lang: printing.print_cards(
                db, reference, "ICU", lang, "a4", out, log=False
            ),
            "binder": lambda out, lang: printing.print_binder(
                db, reference, None, lang, "letter", out, log=False
            ),
            "incident report": lambda out, lang: incident_printing.print_incident_report(
                db, reference, playbook, incident_ref, out, lang, log=False
            ),
            "exercise after-action report": lambda out, lang: (
                incident_printing.print_incident_report(
                    db, reference, playbook, exercise_ref, out, lang, log=False
                )
            ),
            "HICS 214 activity log": lambda out, lang: incident_printing.print_activity_log(
                db, reference, playbook, incident_ref, out, lang, log=False
            ),
        }
        pages, failed = 0, []
        for number, (kind, lang) in enumerate(PRINTED_KINDS, start=1):
            out = folder / f"{number}-{kind.replace(' ', '-')}-{lang}.pdf"
            try:
                pages += render[kind](out, lang)
                _check_pdf(out)
            except Exception as exc:  # report every kind that fails, not only the first
                failed.append(f"{kind}: {type(exc).__name__}: {exc}")
    finally:
        db.close()
    if failed:
        raise AssertionError("; ".join(failed))
    return f"{len(PRINTED_KINDS)} kinds, {pages} pages"


def _print_data(db: Database, reference: Reference, playbook: Playbook) -> tuple[str, str, str]:
    """A contact, two devices, an incident with a decision and an exercise with the decision its
    scenario expects first; returns the decision id and the two incident references."""
    from app.services.contacts import save_contact
    from app.services.exercises import start_exercise
    from app.services.incidents import create_incident, record_in_incident

    save_contact(
        db,
        reference,
        {"name": "Selftest Biomed", "role": "biomed", "mobile": "090-0000-0000"},
        places=[("ICU", 1, "")],
        by="selftest",
    )
    with db.write() as session:
        upsert_records(
            session,
            reference,
            [
                {"asset_tag": "SELFTEST-1", "category": "infusion_pump", "unit": "ICU"},
                {"asset_tag": "SELFTEST-2", "category": "ventilator", "unit": "ICU"},
            ],
            now=utc_now_iso(),
        )
    incident = create_incident(
        db, name="Selftest incident", t0=utc_now_iso(), source="selftest", by="selftest"
    )
    decision = record_in_incident(
        db,
        reference,
        DecisionDraft(
            answers={
                "harm_now": "no",
                "implanted": "no",
                "offsite": "no",
                "patient_connected": "yes",
                "removal": "dependent",
            },
            recorded_by="selftest",
            role="charge_nurse",
            device_tag="SELFTEST-2",
            incident_id=incident.ref,
        ),
    )
    scenario = next(iter(playbook.scenarios.values()))
    exercise = start_exercise(db, playbook, scenario.id, by="selftest")
    expected = scenario.expected_decisions[0]
    record_in_incident(
        db,
        reference,
        DecisionDraft(
            answers=dict(expected.answers),
            recorded_by="selftest",
            role="biomed",
            category=expected.category,
            incident_id=exercise.ref,
        ),
    )
    return decision.id, incident.ref, exercise.ref


def _check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise AssertionError(f"{path.name} is not a complete PDF file ({len(data)} bytes)")
