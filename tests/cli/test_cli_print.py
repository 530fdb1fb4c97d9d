"""``mdir-desk print ...`` from a real database: what the PDFs say, their fonts and sizes."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2
import zxingcpp

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def fonts_embedded(path: Path) -> bool:
    for page in pypdf.PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is None or not any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                return False
    return True


def setup(cli):
    assert cli("demo", "--devices", "60").code == 0
    assert cli("contacts", "import", str(CONTACTS)).code == 0
    assert (
        cli(
            "users",
            "add",
            "admin",
            "--name",
            "Ada Admin",
            "--role",
            "admin",
            "--password-stdin",
            stdin="correct horse\n",
        ).code
        == 0
    )
    assert (
        cli(
            "settings",
            "set",
            "facility",
            "St. Example Hospital",
            "--as",
            "admin",
            "--password-stdin",
            stdin="correct horse\n",
        ).code
        == 0
    )


def test_contact_sheet_in_english_on_letter(cli, tmp_path):
    setup(cli)
    out = tmp_path / "sheet.pdf"
    run = cli("print", "contact-sheet", "--unit", "ICU", "--paper", "letter", "--out", str(out))
    assert run.code == 0, run.err
    text = text_of(out)
    for expected in (
        "髙橋 花子",
        "山﨑 一郎",
        "渡邊 健",
        "090-1234-5678",
        "St. Example Hospital",
        "Acme Infusion PSIRT",
        "Safe to disconnect device from patient and network",
    ):
        assert expected in text, expected
    assert text.index("髙橋 花子") < text.index("渡邊 健")  # tier 1 before tier 2
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert fonts_embedded(out)


def test_decision_record_in_japanese(cli, tmp_path):
    setup(cli)
    decision = cli(
        "decisions",
        "record",
        "--answer",
        "harm_now=no",
        "--answer",
        "implanted=no",
        "--answer",
        "offsite=no",
        "--answer",
        "patient_connected=unknown",
        "--answer",
        "removal=dependent",
        "--by",
        "髙橋 花子",
        "--role",
        "charge_nurse",
        "--device",
        "MD-00005",
        "--json",
    ).json()
    out = tmp_path / "decision.pdf"
    run = cli("--lang", "ja", "print", "decision", decision["id"], "--out", str(out))
    assert run.code == 0, run.err
    text = text_of(out)
    assert decision["id"] in text and "MD-00005" in text and "髙橋 花子" in text
    assert "患者から安全に取り外せない機器" in text and "暫定" in text
    assert decision["tree_sha256"][:16] in text.replace("\n", "")
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    assert fonts_embedded(out)


def test_device_cards_carry_readable_qr_codes(cli, tmp_path):
    setup(cli)
    shown = cli("inventory", "search", "icu", "--limit", "1000", "--json").json()
    icu_tags = {d["asset_tag"] for d in shown if d["unit"] == "ICU"}
    out = tmp_path / "cards.pdf"
    assert cli("print", "cards", "--unit", "ICU", "--out", str(out)).code == 0
    document = pypdfium2.PdfDocument(str(out))
    decoded = set()
    for index in range(len(document)):
        image = document[index].render(scale=200 / 72).to_pil()
        decoded |= {barcode.text for barcode in zxingcpp.read_barcodes(image)}
    assert decoded == icu_tags
    assert "髙橋 花子" in text_of(out)  # the first contact for the unit


def test_binder_holds_the_seven_classes_and_the_contact_sheets(cli, tmp_path):
    setup(cli)
    out = tmp_path / "binder.pdf"
    run = cli("--lang", "ja", "print", "binder", "--unit", "ICU", "--out", str(out))
    assert run.code == 0, run.err
    text = text_of(out)
    for number in range(1, 8):
        assert f"分類{number}" in text.replace(" ", "") or f"クラス{number}" in text.replace(
            " ", ""
        )
    assert "髙橋 花子" in text and "213" in text and "214" in text
    assert fonts_embedded(out)


def test_bad_print_requests(cli, tmp_path):
    setup(cli)
    run = cli("print", "decision", "nope", "--out", str(tmp_path / "x.pdf"))
    assert run.code == 2 and "no decision with id 'nope'" in run.err
    run = cli("print", "contact-sheet", "--paper", "a3", "--out", str(tmp_path / "x.pdf"))
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1
    run = cli("print", "cards", "--unit", "ICU", "--out", str(tmp_path / "no" / "x.pdf"))
    assert run.code == 2 and "Traceback" not in run.err
    assert not (tmp_path / "x.pdf").exists()
