"""``incidents ...``, ``exercise ...`` and the incident prints, run as a user runs them."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from accounts_helpers import CLASS_ANSWERS
from pypdf import PdfReader
from test_cli_accounts import LEAD, add_lead, answers, one_line_error

T0 = "2026-11-20T08:00:00+09:00"


def open_incident(cli, *extra):
    run = cli("incidents", "create", "--name", "Imaging ransomware", "--t0", T0, "--source",
              "SOC alert on the imaging VLAN", "--by", "Rin Sato", "--json", *extra)  # fmt: skip
    assert run.code == 0, run.err
    return run.json()


def record_in(cli, ref, tag, ir_class=3):
    run = cli("decisions", "record", *answers(CLASS_ANSWERS[ir_class]), "--device", tag,
              "--by", "Aiko", "--role", "charge_nurse", "--incident", ref, "--json")  # fmt: skip
    assert run.code == 0, run.err
    return run.json()


def test_an_incident_from_opening_to_closing(cli, admin, tmp_path):
    assert cli("demo", "--devices", "40").code == 0
    incident = open_incident(cli, "--severity", "high", "--unit", "Radiology")
    ref = incident["ref"]
    assert ref.startswith("INC-") and incident["status"] == "open"
    assert (incident["t0"], incident["exercise"], incident["units"]) == (T0, False, ["Radiology"])

    decision = record_in(cli, ref, "MD-00001")
    assert decision["incident_id"] == ref
    shown = cli("incidents", "show", ref, "--json").json()
    assert [d["id"] for d in shown["decisions"]] == [decision["id"]]
    assert shown["decisions"][0]["signoff_state"] == "awaiting"
    assert [d["asset_tag"] for d in shown["devices"]] == ["MD-00001"]
    assert any("awaits sign-off" in p for p in shown["close_blockers"])

    # Scope by composition: every other device of the same model, added in one step.
    scope = cli("incidents", "scope", ref, "--from", "MD-00001", "--same", "model", "--add",
                "--json").json()  # fmt: skip
    assert scope["added"] == len(scope["devices"]) > 0
    assert "MD-00001" not in [d["asset_tag"] for d in scope["devices"]]
    devices = cli("incidents", "devices", ref, "--json").json()
    assert len(devices) == 1 + scope["added"]
    assert (
        cli("incidents", "state", ref, "MD-00001", "--state", "isolated", "--by", "Ben").code == 0
    )
    states = {d["asset_tag"]: d["state"] for d in cli("incidents", "devices", ref, "--json").json()}
    assert states["MD-00001"] == "isolated" and set(states.values()) == {"isolated", "under_review"}

    # Checklist: general items plus class 3's, not class 6's.
    items = {i["id"]: i for i in cli("incidents", "checklist", ref, "--json").json()}
    assert {"PREP-01", "DET-01", "CER-02", "PIR-01", "SHR-01"} <= set(items)
    assert "CER-12" not in items and items["CER-02"]["status"] == "open"
    run = cli("incidents", "check", ref, "CER-02", "--status", "done", "--by", "Ben", "--note",
              "1:1 observation in place")  # fmt: skip
    assert run.code == 0, run.err
    item = next(
        i for i in cli("incidents", "checklist", ref, "--json").json() if i["id"] == "CER-02"
    )
    assert (item["status"], item["by"], item["note"]) == ("done", "Ben", "1:1 observation in place")
    one_line_error(cli("incidents", "check", ref, "CER-12", "--status", "done", "--by", "Ben"),
                   2, "does not apply")  # fmt: skip
    one_line_error(cli("incidents", "check", ref, "XYZ-1", "--status", "done", "--by", "Ben"),
                   2, "no checklist item")  # fmt: skip

    # Timeline: the trail's events and a manual entry, in time order.
    assert cli("incidents", "log", ref, "--text", "Vendor called, case 4711", "--by", "Ben",
               "--position", "Biomed").code == 0  # fmt: skip
    timeline = cli("incidents", "timeline", ref, "--json").json()
    texts = [t["text"] for t in timeline]
    assert texts[0].startswith("Incident opened") and "Vendor called, case 4711" in texts
    assert [t["at"] for t in timeline] == sorted(t["at"] for t in timeline)
    ben = cli("incidents", "timeline", ref, "--person", "ben", "--json").json()
    assert ben and {t["who"] for t in ben} == {"Ben"}

    # Closing: refused while decisions await sign-off and post-incident items are open.
    add_lead(cli, admin)
    run = cli("incidents", "close", ref, "--as", "lead", "--password-stdin", stdin=f"{LEAD}\n")
    one_line_error(run, 2, "cannot close yet")
    assert "PIR-01 is still open" in run.err
    assert cli("signoff", decision["id"], "--user", "lead", "--meaning", "approved",
               "--password-stdin", stdin=f"{LEAD}\n").code == 0  # fmt: skip
    for item_id in [i for i in items if i.startswith("PIR-") and i != "PIR-08"]:
        assert cli("incidents", "check", ref, item_id, "--status", "na", "--by", "Ben").code == 0
    one_line_error(cli("incidents", "close", ref, *admin.args, stdin=admin.stdin), 4, "close")
    run = cli("incidents", "close", ref, "--as", "lead", "--password-stdin", "--note", "all clear",
              stdin=f"{LEAD}\n")  # fmt: skip
    assert run.code == 0, run.err
    closed = cli("incidents", "show", ref, "--json").json()
    assert (closed["status"], closed["closed_by"], closed["close_note"]) == (
        "closed",
        "lead",
        "all clear",
    )
    pir08 = next(
        i for i in cli("incidents", "checklist", ref, "--json").json() if i["id"] == "PIR-08"
    )
    assert (pir08["status"], pir08["by"]) == ("done", "lead")
    one_line_error(cli("incidents", "state", ref, "MD-00001", "--state", "restored"), 2, "closed")
    one_line_error(cli("incidents", "link", ref, decision["id"]), 2, "closed")

    # Prints: the report and the HICS 214 (whole incident and one person).
    report = tmp_path / "report.pdf"
    run = cli("print", "incident-report", ref, "--out", str(report))
    assert run.code == 0, run.err
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert ref in text and "MD-00001" in text and "EXERCISE" not in text
    log = tmp_path / "ics214.pdf"
    assert cli("print", "ics214", ref, "--person", "Ben", "--out", str(log)).code == 0
    assert "Vendor called, case 4711" in "".join(p.extract_text() for p in PdfReader(log).pages)
    assert cli("audit", "verify").code == 0


def test_regulatory_clocks_from_t0(cli):
    ref = open_incident(cli)["ref"]
    us = cli("incidents", "clocks", ref, "--jurisdiction", "us", "--json").json()
    assert "legal advice" in us["disclaimer"]
    due = {c["id"]: c["due"] for c in us["clocks"]}
    t0 = datetime.fromisoformat(T0)
    assert datetime.fromisoformat(due["us-hipaa-individuals"]) == t0 + timedelta(days=60)
    # 10 work days from Friday 2026-11-20: two weekends skipped.
    assert datetime.fromisoformat(due["us-mdr-death"]) == datetime.fromisoformat(
        "2026-12-04T08:00:00+09:00"
    )
    jp = cli("--lang", "ja", "incidents", "clocks", ref, "--jurisdiction", "jp", "--json").json()
    assert jp["clocks"] and all(c["id"].startswith("jp-") for c in jp["clocks"])
    assert "法的助言" in jp["disclaimer"] or "法律" in jp["disclaimer"]
    one_line_error(cli("incidents", "clocks", ref, "--jurisdiction", "eu"), 2, "invalid choice")


def test_evidence_and_its_custody_chain(cli, tmp_path):
    ref = open_incident(cli)["ref"]
    image = tmp_path / "disk.img"
    image.write_bytes(b"\x00evidence\x01" * 5000)
    run = cli("incidents", "evidence", "add", ref, "--file", str(image), "--by", "Ken",
              "--location", "Safe 2, IT office", "--json")  # fmt: skip
    assert run.code == 0, run.err
    item = run.json()
    assert item["sha256"] == hashlib.sha256(image.read_bytes()).hexdigest()
    run = cli("incidents", "evidence", "transfer", item["id"][:8], "--from", "Mia", "--to", "Ola",
              "--reason", "forensics")  # fmt: skip
    one_line_error(run, 2, "Ken")
    assert cli("incidents", "evidence", "transfer", item["id"], "--from", "Ken", "--to",
               "Forensics Ltd", "--reason", "imaging", "--location", "Lab").code == 0  # fmt: skip
    listed = cli("incidents", "evidence", "list", ref, "--json").json()
    assert listed[0]["holder"] == "Forensics Ltd" and len(listed[0]["transfers"]) == 1
    assert cli("incidents", "evidence", "verify", item["id"], "--file", str(image)).code == 0
    tampered = tmp_path / "copy.img"
    tampered.write_bytes(image.read_bytes() + b"x")
    run = cli("incidents", "evidence", "verify", item["id"], "--file", str(tampered))
    assert run.code == 1 and "MISMATCH" in run.out
    one_line_error(cli("incidents", "evidence", "add", ref, "--file", str(tmp_path / "none"),
                       "--by", "Ken", "--location", "Safe"), 2, "none")  # fmt: skip


def test_lessons_actions_and_the_sharing_export(cli, tmp_path):
    assert cli("demo", "--devices", "10").code == 0
    ref = open_incident(cli)["ref"]
    record_in(cli, ref, "MD-00002", ir_class=2)
    run = cli("incidents", "lessons", ref, "--what-happened", "Ransomware on the CT console",
              "--what-worked", "Paper downtime forms", "--by", "Ben", "--json")  # fmt: skip
    assert run.code == 0, run.err
    assert run.json()["what_worked"] == "Paper downtime forms"
    run = cli("incidents", "action", "add", ref, "--text", "Restock downtime kits", "--owner",
              "EM lead", "--due", "2027-01-15")  # fmt: skip
    assert run.code == 0, run.err
    one_line_error(cli("incidents", "action", "add", ref, "--text", "x", "--owner", "y", "--due",
                       "2027-02-30"), 2, "2027-02-30")  # fmt: skip
    out = tmp_path / "share.json"
    assert cli("incidents", "share", ref, "--tlp", "amber", "--out", str(out)).code == 0
    shared = json.loads(out.read_text(encoding="utf-8"))
    assert shared["tlp"] == "TLP:AMBER" and shared["exercise"] is False
    raw = out.read_text(encoding="utf-8")
    assert "Rin Sato" not in raw and "Aiko" not in raw and "MD-00002" not in raw
    one_line_error(cli("incidents", "share", ref, "--tlp", "PURPLE", "--out",
                       str(tmp_path / "x.json")), 2, "TLP")  # fmt: skip
    assert not (tmp_path / "x.json").exists()


def test_an_exercise_is_marked_on_screen_paper_and_in_json(cli, tmp_path):
    listed = cli("exercise", "list", "--json").json()
    assert [s["id"] for s in listed] == ["imaging", "implant", "infusion-pump"]
    run = cli("exercise", "start", "imaging", "--by", "Facilitator", "--json")
    assert run.code == 0, run.err
    exercise = run.json()
    assert exercise["exercise"] is True and exercise["ref"].startswith("EX-")
    assert "EXERCISE" in cli("incidents", "list").out
    injects = cli("exercise", "injects", exercise["ref"], "--json").json()
    assert injects and injects[0]["delivered_at"] is None
    assert cli("exercise", "deliver", exercise["ref"], injects[0]["id"]).code == 0
    one_line_error(cli("exercise", "deliver", exercise["ref"], injects[0]["id"]), 2, "already")
    compare = cli("exercise", "compare", exercise["ref"], "--json").json()
    assert compare and all(c["actual_class"] is None and not c["matches"] for c in compare)
    # A decision recorded in the exercise is marked EXERCISE in lists, JSON and on paper.
    run = cli("decisions", "record", *answers(CLASS_ANSWERS[1]), "--category", "imaging_modality",
              "--by", "Player", "--role", "biomed", "--incident", exercise["ref"], "--json")  # fmt: skip
    assert run.code == 0, run.err
    drill = run.json()
    assert cli("decisions", "show", drill["id"], "--json").json()["exercise"] is True
    assert (
        "EXERCISE" in cli("decisions", "list").out and "EXERCISE" in cli("decisions", "pending").out
    )
    record_pdf = tmp_path / "drill-decision.pdf"
    assert cli("print", "decision", drill["id"], "--out", str(record_pdf)).code == 0
    assert all("EXERCISE" in page.extract_text() for page in PdfReader(record_pdf).pages)
    compare = cli("exercise", "compare", exercise["ref"], "--json").json()
    assert any(c["actual_class"] == 1 for c in compare)
    for lang in ("en", "ja"):
        out = tmp_path / f"aar-{lang}.pdf"
        run = cli("--lang", lang, "print", "incident-report", exercise["ref"], "--out", str(out))
        assert run.code == 0, run.err
        mark = "EXERCISE" if lang == "en" else "訓練"
        assert all(mark in page.extract_text() for page in PdfReader(out).pages)
    one_line_error(cli("exercise", "start", "earthquake"), 2, "unknown scenario")


def test_bad_incident_input_is_one_line_and_writes_nothing(cli):
    cases = [
        (("incidents", "create", "--name", "X", "--t0", "yesterday", "--source", "s"), "ISO 8601"),
        (
            ("incidents", "create", "--name", "X", "--t0", "2099-01-01T00:00", "--source", "s"),
            "future",
        ),
        (("incidents", "create", "--name", " ", "--t0", T0, "--source", "s"), "name is required"),
        (
            (
                "incidents",
                "create",
                "--name",
                "X",
                "--t0",
                T0,
                "--source",
                "s",
                "--severity",
                "huge",
            ),
            "severity",
        ),
        (("incidents", "show", "INC-1999-0001"), "no incident"),
        (("incidents", "link", "INC-1999-0001", "abc"), "no incident"),
    ]
    for args, text in cases:
        one_line_error(cli(*args), 2, text)
    assert cli("incidents", "list", "--json").json() == []
    ref = open_incident(cli)["ref"]
    one_line_error(cli("incidents", "link", ref, "0000"), 2, "no decision")
    one_line_error(cli("incidents", "state", ref, "MD-404", "--state", "isolated"), 2, "MD-404")
    # A decision is never refused for its incident: it keeps the reference, unlinked, and says so.
    run = cli("decisions", "record", *answers(CLASS_ANSWERS[1]), "--by", "A", "--role",
              "charge_nurse", "--incident", "INC-1999-0009", "--json")  # fmt: skip
    assert run.code == 0 and run.json()["incident_id"] == "INC-1999-0009"
    assert run.err.startswith("note: no incident 'INC-1999-0009'")
    assert cli("incidents", "show", ref, "--json").json()["decisions"] == []
