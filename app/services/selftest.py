"""``mdir-desk selftest``: prove that this installation can do its core job, on a throwaway database."""

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
