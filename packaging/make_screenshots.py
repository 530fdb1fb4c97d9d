#!/usr/bin/env python3
"""The README screenshots: the main views of MDIR Desk in English and Japanese, made offscreen.

    python3 dev.py screenshots [--out DIR] [--lang en|ja|all] [--scale FACTOR]
    .venv/bin/python packaging/make_screenshots.py [the same options]

For each language: a fresh demo database in a temporary folder (``populate_demo``, then contacts,
accounts, decisions and an incident made through the services), the real main window at 1100×760
on Qt's offscreen platform, driven like a person would drive it (typing, clicks on buttons, rows and
tabs) into the states of SHOTS, each saved with ``QWidget.grab()`` as ``<name>-<lang>.png`` (an
8-bit palette PNG) in ``--out`` (default: packaging/screenshots/, committed, outside the bundle;
README.md shows them). Run it again after changing what these screens show, and commit the PNGs.

Reproducible apart from fonts: the clock is fixed at FIXED_NOW (``datetime``/``date`` as the app
and its services see them, advancing a microsecond per reading so records keep their order), times
are shown in UTC, the host name is a made-up one, and the demo data are deterministic. Nothing
outside the temporary folder is touched: the user data folders point into it and the credential
store is an in-memory one (never the keyring of the machine). No network, no display needed.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import io
import os
import pkgutil
import random
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "packaging" / "screenshots"
LANGUAGES = ("en", "ja")
SIZE = (1100, 760)
FIXED_NOW = datetime(2026, 3, 14, 10, 30, tzinfo=UTC)
DEMO_DEVICES = 300
HOST = "WS-ICU-01"
PASSWORD = "screenshot password 42"
SEED = 20260314

# (file name without language, what it shows): in the order they are made, and shown in README.md.
SHOTS = (
    ("triage", "Triage: the first screen, a scanned asset tag found"),
    ("question", "Triage: one question per screen, the answers so far above it"),
    ("result", "Triage: the class and what to do now"),
    ("calls", "Triage: who to call now, further down the result"),
    ("decisions", "Decisions: recorded decisions, a provisional one counting down"),
    ("signoff", "Sign-off: the queue of a signed-in clinical leader"),
    ("incident", "Incidents: an incident's overview and regulatory clocks"),
    ("inventory", "Inventory: every device, searchable and filterable"),
    ("overview", "Overview: devices per default class, per unit"),
)

# Names and texts as a hospital in each language would type them (data, not translations).
PEOPLE = {
    "en": {
        "nurse": "Aiko Sato",
        "nurse2": "Ben Carter",
        "biomed": "Ken Ito",
        "lead": "Lena Leader",
        "incident": "Ransomware alert on the infusion pump network",
        "source": "SOC alert (EDR)",
        "note": "Ventilated patient; ventilator kept running, network cable unplugged.",
    },
    "ja": {
        "nurse": "佐藤 愛子",
        "nurse2": "田中 健太",
        "biomed": "伊藤 健",
        "lead": "渡邊 玲奈",
        "incident": "輸液ポンプ網でのランサムウェア警報",
        "source": "SOCからの警報（EDR）",
        "note": "人工呼吸中の患者。人工呼吸器は稼働継続、LANケーブルを抜去。",
    },
}
# (name, role, organisation, e-mail, unit or "" for all, tier, mobile, pager)
CONTACTS = {
    "en": (
        ("Mika Hayashi", "charge_nurse", "ICU", "hayashi", "ICU", 1, "090-1234-5678", ""),
        ("Taro Yamada", "biomed", "Clinical Engineering", "yamada", "", 1, "080-2222-3333", "1234"),
        ("Hana Kobayashi", "it_security", "IT Security", "kobayashi", "", 2, "070-3333-4444", ""),
        (
            "Dr. Ryo Watanabe",
            "clinical_leader",
            "Medical Director",
            "watanabe",
            "",
            2,
            "070-5555-6666",
            "",
        ),
        ("AeroCare PSIRT", "vendor", "AeroCare", "psirt", "", 3, "", ""),
    ),
    "ja": (
        ("林 美香", "charge_nurse", "ICU", "hayashi", "ICU", 1, "090-1234-5678", ""),
        ("山田 太郎", "biomed", "臨床工学部", "yamada", "", 1, "080-2222-3333", "1234"),
        ("小林 花", "it_security", "情報システム部", "kobayashi", "", 2, "070-3333-4444", ""),
        ("渡辺 亮", "clinical_leader", "病院長室", "watanabe", "", 2, "070-5555-6666", ""),
        ("AeroCare PSIRT", "vendor", "AeroCare", "psirt", "", 3, "", ""),
    ),
}


# --- a fixed clock -------------------------------------------------------------------------------
class Clock:
    """The one "now" of a run: FIXED_NOW, moved by the script, a microsecond later at each reading
    (records made one after the other keep their order; no display shows microseconds)."""

    def __init__(self) -> None:
        self.moment = FIXED_NOW

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        self.moment += timedelta(microseconds=1)
        return self.moment


CLOCK = Clock()
_REAL_DATETIME, _REAL_DATE = datetime, date


class _FrozenType(type):
    """isinstance() and issubclass() keep working with real datetimes and dates."""

    def __instancecheck__(cls, obj: object) -> bool:
        real = _REAL_DATETIME if issubclass(cls, _REAL_DATETIME) else _REAL_DATE
        return isinstance(obj, real)

    def __subclasscheck__(cls, sub: type) -> bool:
        real = _REAL_DATETIME if issubclass(cls, _REAL_DATETIME) else _REAL_DATE
        return type.__subclasscheck__(real, sub)


class FrozenDatetime(datetime, metaclass=_FrozenType):
    @classmethod
    def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
        moment = CLOCK.now()
        return moment.astimezone(tz) if tz is not None else moment.astimezone().replace(tzinfo=None)

    @classmethod
    def utcnow(cls) -> datetime:  # type: ignore[override]
        return CLOCK.now().replace(tzinfo=None)

    @classmethod
    def today(cls) -> datetime:  # type: ignore[override]
        return cls.now()


class FrozenDate(date, metaclass=_FrozenType):
    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return CLOCK.now().astimezone().date()


def import_our_modules() -> None:
    """Import the app's and the GUI's modules now, so that freeze_clock() reaches all of them."""
    import app
    import ui

    for package in (app, ui):
        for found in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if found.name.endswith("__main__") or ".migrations" in found.name:
                continue  # the CLI entry point runs when imported; Alembic's scripts are not modules
            try:
                importlib.import_module(found.name)
            except Exception as exc:  # a module someone is changing right now: the rest still work
                print(f"make_screenshots: cannot import {found.name}: {exc}", file=sys.stderr)


def freeze_clock() -> None:
    """Where our modules read the time or the host name, give them CLOCK and HOST."""
    from app.services import clock

    real_workstation = clock.workstation_id
    for name, module in list(sys.modules.items()):
        if module is None or not (name in ("app", "ui") or name.startswith(("app.", "ui."))):
            continue
        if getattr(module, "datetime", None) is _REAL_DATETIME:
            module.datetime = FrozenDatetime  # type: ignore[attr-defined]
        if getattr(module, "date", None) is _REAL_DATE:
            module.date = FrozenDate  # type: ignore[attr-defined]
        if getattr(module, "workstation_id", None) is real_workstation:
            module.workstation_id = lambda: HOST  # type: ignore[attr-defined]


def fix_ids(seed: int) -> None:
    """Record ids (uuid4) from a seeded generator: the same ids in every run and language."""
    generator = random.Random(seed)
    uuid.uuid4 = lambda: uuid.UUID(int=generator.getrandbits(128), version=4)


# --- the environment -------------------------------------------------------------------------------
def isolate(folder: Path) -> None:
    """Offscreen Qt, UTC, user folders inside ``folder``; before Qt or the app is imported."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TZ"] = "UTC"
    if hasattr(time, "tzset"):
        time.tzset()
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(folder / variable.lower())
    os.environ.pop("MDIR_DESK_DB", None)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def memory_keyring() -> Any:
    """A credential store that lives as long as this process (accounts store their keys there)."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    return MemoryKeyring()


def build_translations() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build()


# --- driving the window ------------------------------------------------------------------------
def settle(ms: int = 80) -> None:
    """Let Qt lay out, paint and run what was posted (timers of 0 ms, deferred deletes)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while True:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


def click(widget: Any, at: Any = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if not (widget.isVisible() and widget.isEnabled()):
        raise RuntimeError(f"cannot click {widget.objectName() or widget}: hidden or disabled")
    if at is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    settle()


def type_text(widget: Any, text: str, enter: bool = False) -> None:
    """Type into ``widget`` key by key (QTest types ASCII only: other characters come as the key
    events an input method would end with)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for character in text:
        if character.isascii():
            QTest.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)
    settle()


def open_tab(window: Any, view: Any) -> None:
    """Click the view's tab on the tab bar."""
    index = window.tabs.indexOf(view)
    if index < 0:
        raise RuntimeError(f"no tab holds {view.objectName()}")
    bar = window.tabs.tabBar()
    click(bar, bar.tabRect(index).center())
    if window.tabs.currentIndex() != index:
        raise RuntimeError(f"clicking its tab did not show {view.objectName()}")
    settle(150)


def click_row(table: Any, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    click(table.viewport(), table.visualRect(index).center())


@dataclass
class Scene:
    """One language's run: the database, the window, the people and what was recorded."""

    lang: str
    db: Any
    reference: Any
    window: Any = None
    provisional_id: str | None = None


# --- the demo data (through the services) ----------------------------------------------------------
def add_contacts(db: Any, reference: Any, lang: str, by: str) -> None:
    from app.services.contacts import save_contact

    for name, role, organization, mailbox, unit, tier, mobile, pager in CONTACTS[lang]:
        values = {"name": name, "role": role, "organization": organization, "mobile": mobile}
        values |= {"pager": pager, "email": f"{mailbox}@hospital.example"}
        save_contact(db, reference, values, places=[(unit, tier, "")], by=by)


def record(db: Any, reference: Any, answers: dict[str, str], **fields: Any) -> Any:
    from app.services.decisions import DecisionDraft, record_decision

    return record_decision(db, reference, DecisionDraft(answers=answers, **fields))


NO = {"harm_now": "no", "implanted": "no", "offsite": "no"}
ONE_PATIENT = {"multi_patient": "no"}
# Answers giving each class, and a provisional class 4 (one answer unknown).
CLASS_ANSWERS = {
    1: {**NO, "patient_connected": "no", **ONE_PATIENT, "network_clinical_impact": "no"},
    2: {
        **NO,
        "patient_connected": "yes",
        "removal": "later_ok",
        **ONE_PATIENT,
        "network_clinical_impact": "no",
    },
    3: {
        **NO,
        "patient_connected": "yes",
        "removal": "now_ok",
        **ONE_PATIENT,
        "network_clinical_impact": "yes",
    },
    4: {**NO, "patient_connected": "no", "multi_patient": "yes"},
    5: {**NO, "patient_connected": "yes", "removal": "dependent"},
    6: {"harm_now": "no", "implanted": "yes"},
    7: {"harm_now": "no", "implanted": "no", "offsite": "yes"},
}
PROVISIONAL_4 = {**NO, "patient_connected": "no", "multi_patient": "unknown"}
# What the person answers in the triage shown (MD-00022, a ventilator in the ICU): class 5.
ANSWERS = {**CLASS_ANSWERS[5], **ONE_PATIENT, "network_clinical_impact": "yes"}
# Biomed's default classes (category, class), set a month before.
DEFAULT_CLASSES = (
    ("infusion_pump", 3),
    ("patient_monitor", 2),
    ("ventilator", 5),
    ("dialysis", 5),
    ("central_station", 4),
    ("pacs", 4),
    ("implant", 6),
    ("home_telehealth", 7),
    ("lab_analyser", 1),
)
# Tonight's decisions before the one triaged on screen: (minutes before now, class, device);
# the first two are linked to the incident.
EARLIER = (
    (110, 3, "MD-00009"),
    (95, 3, "MD-00045"),
    (70, 2, "MD-00046"),
    (40, 4, "MD-00002"),
    (25, 7, "MD-00055"),
)


def prepare_data(scene: Scene) -> None:
    """Before the window opens: contacts, default classes, accounts, tonight's decisions so far,
    one incident."""
    from app.services.accounts import add_user
    from app.services.authority import AuthenticatedUser
    from app.services.incident_devices import add_devices, set_device_state
    from app.services.incidents import create_incident, link_decision, update_incident
    from app.services.inventory import preclassify
    from app.services.signoff import sign_decision, signoff_queue

    db, reference, people, lang = scene.db, scene.reference, PEOPLE[scene.lang], scene.lang
    CLOCK.set(FIXED_NOW - timedelta(days=30))  # the Prepare phase, a month before
    add_contacts(db, reference, lang, people["biomed"])
    for category, ir_class in DEFAULT_CLASSES:
        answers = CLASS_ANSWERS[ir_class]
        preclassify(db, reference, answers, by=people["biomed"], role="biomed", category=category)
    admin = add_user(
        db, username="admin", full_name="Ada Admin", roles=["admin"], password=PASSWORD, by=None
    )
    by_admin = AuthenticatedUser(admin.id, admin.username, admin.full_name, admin.roles)
    lead = add_user(
        db,
        username="lead",
        full_name=people["lead"],
        roles=["clinical_leader"],
        password=PASSWORD,
        by=by_admin,
    )
    # Clinical leadership approved the default classes then: the queue holds tonight's decisions.
    as_lead = AuthenticatedUser(lead.id, lead.username, lead.full_name, lead.roles)
    for decision in signoff_queue(db, reference, as_lead):
        sign_decision(
            db,
            reference,
            decision.id,
            username="lead",
            password=PASSWORD,
            meaning="approved",
            lang=lang,
        )

    CLOCK.set(FIXED_NOW - timedelta(hours=2, minutes=30))
    incident = create_incident(
        db,
        name=people["incident"],
        t0=CLOCK.now().isoformat(),
        source=people["source"],
        by=people["nurse2"],
        units=["ICU", "WARD-3A"],
    )
    update_incident(db, incident.id, severity="high", by=people["nurse2"])
    for minutes, ir_class, tag in EARLIER:
        CLOCK.set(FIXED_NOW - timedelta(minutes=minutes))
        decision = record(
            db,
            reference,
            CLASS_ANSWERS[ir_class],
            device_tag=tag,
            recorded_by=people["nurse"],
            role="charge_nurse",
        )
        if minutes > 90:
            link_decision(db, incident.id, decision.id, by=people["nurse2"])
    CLOCK.set(FIXED_NOW - timedelta(minutes=6))
    provisional = record(
        db,
        reference,
        PROVISIONAL_4,
        device_tag="MD-00053",
        recorded_by=people["nurse2"],
        role="charge_nurse",
    )
    scene.provisional_id = provisional.id
    CLOCK.set(FIXED_NOW - timedelta(minutes=50))
    add_devices(db, incident.id, ["MD-00001", "MD-00008", "MD-00022"], by=people["nurse2"])
    set_device_state(db, incident.id, "MD-00001", "isolated", by=people["nurse2"])
    CLOCK.set(FIXED_NOW)


# --- the scenes --------------------------------------------------------------------------------
def open_window(scene: Scene) -> Any:
    from ui.main_window import MainWindow

    window = MainWindow(scene.db, scene.reference, scene.lang, now=CLOCK.now)
    freeze_clock()  # any module the window imported only now
    window.resize(*SIZE)
    window.show()
    settle(300)
    return window


def shoot_triage(scene: Scene) -> None:
    window = scene.window
    page = window.triage_view.device_page
    type_text(page.tag_input, "MD-00022", enter=True)
    if not page.continue_button.isVisible():
        raise RuntimeError(f"MD-00022 was not found: {page.status.text()!r}")
    page.continue_button.setFocus()


def _answer_until(scene: Scene, stop_at: str | None) -> None:
    """Answer the questions asked (as ANSWERS says) until ``stop_at`` is asked, or the result."""
    view = scene.window.triage_view
    for _ in range(20):
        if view.current_page() is not view.question_page:
            return
        question = view.question_page.question
        if question.id == stop_at:
            return
        value = ANSWERS.get(question.id, "no")
        click(view.question_page.answer_buttons[value])
    raise RuntimeError("the questions did not end")


def shoot_question(scene: Scene) -> None:
    view = scene.window.triage_view
    click(view.device_page.continue_button)
    _answer_until(scene, "removal")
    if view.current_page() is not view.question_page:
        raise RuntimeError("no question was asked")


def shoot_result(scene: Scene) -> None:
    view = scene.window.triage_view
    _answer_until(scene, None)
    if view.current_page() is not view.result_page:
        raise RuntimeError("the triage did not reach a result")


def shoot_calls(scene: Scene) -> None:
    """The result scrolled down to who to call (as a person would, with the scroll bar)."""
    from PySide6.QtWidgets import QScrollArea

    page = scene.window.triage_view.result_page
    call_list = page.call_list
    scroll = call_list.parent()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parent()
    if scroll is None:
        raise RuntimeError("the result page does not scroll")
    top = call_list.mapTo(scroll.widget(), call_list.rect().topLeft()).y()
    scroll.verticalScrollBar().setValue(top - 12)
    settle()


def _save_triage(scene: Scene) -> None:
    """Record the decision of the triage shown, through the record page."""
    view, people = scene.window.triage_view, PEOPLE[scene.lang]
    click(view.result_page.record_button)
    record_page = view.record_page
    type_text(record_page.name_input, people["nurse"])
    record_page.role_combo.setCurrentIndex(record_page.role_combo.findData("charge_nurse"))
    type_text(record_page.note_input, people["note"])
    CLOCK.set(FIXED_NOW - timedelta(minutes=2))
    click(record_page.save_button)
    if view.current_page() is not view.saved_page:
        raise RuntimeError("the decision was not saved")
    CLOCK.set(FIXED_NOW)
    click(view.saved_page.new_button)


def shoot_decisions(scene: Scene) -> None:
    _save_triage(scene)
    window = scene.window
    view = window.decisions_view
    open_tab(window, view)
    model = view.model
    row = next(
        (r for r in range(model.rowCount()) if model.decision(r).id == scene.provisional_id), 0
    )
    click_row(view.table, row)


def shoot_signoff(scene: Scene) -> None:
    window = scene.window
    open_tab(window, window.signoff_view)
    click(window.session_control.button)
    dialog = window.session.dialog
    if dialog is None or not dialog.isVisible():
        raise RuntimeError("the sign-in dialog did not open")
    type_text(dialog.username_input, "lead")
    type_text(dialog.password_input, PASSWORD, enter=True)
    settle(200)
    if window.session.user is None:
        raise RuntimeError(f"signing in failed: {dialog.message.text()!r}")
    view = window.signoff_view
    if view.model.rowCount():
        click_row(view.table, 0)


def shoot_incident(scene: Scene) -> None:
    window = scene.window
    view = window.incidents_view
    open_tab(window, view)
    click(view.open_button)
    if view.stack.currentWidget() is not view.workspace:
        raise RuntimeError("the incident did not open")
    settle(200)


def shoot_inventory(scene: Scene) -> None:
    window = scene.window
    open_tab(window, window.inventory_view)
    settle(200)


def shoot_overview(scene: Scene) -> None:
    window = scene.window
    open_tab(window, window.overview_view)
    settle(200)


STEPS: dict[str, Callable[[Scene], None]] = {
    "triage": shoot_triage,
    "question": shoot_question,
    "result": shoot_result,
    "calls": shoot_calls,
    "decisions": shoot_decisions,
    "signoff": shoot_signoff,
    "incident": shoot_incident,
    "inventory": shoot_inventory,
    "overview": shoot_overview,
}


# --- saving ------------------------------------------------------------------------------------
def save_png(window: Any, path: Path, scale: float) -> int:
    """The window as it is now, as an 8-bit palette PNG (Pillow), else full colour; its size."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt

    image = window.grab().toImage()
    if scale != 1:
        image = image.scaledToWidth(
            round(image.width() * scale), Qt.TransformationMode.SmoothTransformation
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    try:
        from PIL import Image
    except ImportError:
        path.write_bytes(bytes(data.data()))
        return path.stat().st_size
    with Image.open(io.BytesIO(bytes(data.data()))) as picture:
        palette = picture.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
        palette.save(path, "PNG", optimize=True)
    return path.stat().st_size


def run_language(lang: str, out: Path, folder: Path, scale: float) -> tuple[list[Path], list[str]]:
    from app.database.db import open_database
    from app.services.demo import populate_demo
    from app.services.reference import load_reference
    from ui import app as ui_app

    qt_app = ui_app.application()
    prepare_app(ui_app, qt_app, lang)
    CLOCK.set(FIXED_NOW - timedelta(days=60))
    fix_ids(SEED)
    reference = load_reference()
    # Opened by a relative name: the status bar shows "mdir-desk.sqlite3", not a temporary path.
    here = Path.cwd()
    (folder / lang).mkdir()
    os.chdir(folder / lang)
    db = open_database(Path("mdir-desk.sqlite3"))
    written: list[Path] = []
    failed: list[str] = []
    try:
        populate_demo(db, reference, devices=DEMO_DEVICES)
        scene = Scene(lang, db, reference)
        prepare_data(scene)
        scene.window = open_window(scene)
        for name, _caption in SHOTS:
            try:
                STEPS[name](scene)
                settle(120)
                path = out / f"{name}-{lang}.png"
                size = save_png(scene.window, path, scale)
                written.append(path)
                width, height = scene.window.width(), scene.window.height()
                note = "" if (width, height) == SIZE else f" (the window grew to {width}×{height})"
                print(f"{path.name}: {size // 1024} KiB{note}", flush=True)
            except Exception:
                failed.append(f"{name}-{lang}")
                print(f"make_screenshots: {name}-{lang} failed", file=sys.stderr)
                traceback.print_exc()
        scene.window.session.sign_out()
        scene.window.close()
        scene.window.deleteLater()
        settle()
    finally:
        db.close()
        os.chdir(here)
    return written, failed


def prepare_app(ui_app: Any, qt_app: Any, lang: str) -> None:
    """The application prepared as the program prepares it, with the default display preferences
    (text size, theme), not those of whoever runs this."""
    options: dict[str, Any] = {}
    if "preferences" in inspect.signature(ui_app.prepare).parameters:
        from ui.preferences import Preferences

        options["preferences"] = Preferences()
    ui_app.prepare(qt_app, lang, **options)


def quiet_qt_messages() -> None:
    """Qt's messages to stderr, except the offscreen platform's note on every new window."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def make(out: Path, languages: tuple[str, ...], scale: float = 1.0) -> tuple[list[Path], list[str]]:
    """Make the screenshots of ``languages`` into ``out``; (files written, shots that failed)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mdir-screenshots-") as temporary:
        folder = Path(temporary)
        isolate(folder)
        build_translations()
        from app.security import credential_store

        credential_store.use_backend(memory_keyring())
        quiet_qt_messages()
        import_our_modules()
        freeze_clock()
        written: list[Path] = []
        failed: list[str] = []
        for lang in languages:
            done, broken = run_language(lang, out, folder, scale)
            written += done
            failed += broken
        credential_store.use_backend(None)
    return written, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("en", "ja", "all"), default="all")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="size of the images (1.0: 1100×760)"
    )
    args = parser.parse_args(argv)
    if not 0.25 <= args.scale <= 2:
        parser.error("--scale must be between 0.25 and 2")
    languages = LANGUAGES if args.lang == "all" else (args.lang,)
    started = time.monotonic()
    written, failed = make(args.out, languages, args.scale)
    total = sum(p.stat().st_size for p in written)
    print(
        f"make_screenshots: {len(written)} images, {total / 1024:.0f} KiB, in {args.out} "
        f"({time.monotonic() - started:.0f} s)"
    )
    if failed:
        print(f"make_screenshots: FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
