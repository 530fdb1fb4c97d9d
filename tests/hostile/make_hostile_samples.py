"""Write the fixed nasty samples of tests/fixtures/hostile (see the README there).

Run from the project root: ``.venv/bin/python tests/hostile/make_hostile_samples.py``. The samples
are committed; this script documents how each was made and remakes them (the workbooks differ in
their timestamps only). Bigger hostile files (zip bombs of gigabytes, 100,000-level nesting, a
million rows) are made by the tests themselves, streamed into tmp_path.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hostile_files import (  # noqa: E402
    inline_row,
    lie_about_sizes,
    overlapping,
    rebuilt,
    with_sheet,
    workbook,
)

OUT = HERE.parents[0] / "fixtures" / "hostile"
TEAM_VCF = HERE.parents[0] / "fixtures" / "contacts" / "team.vcf"

LAUGHS_DTD = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)

TEXT_SAMPLES: dict[str, str] = {
    # YAML: nine levels of ten aliases = a billion list items, from 600 bytes.
    "yaml-alias-bomb.yaml": (
        "# A 'billion laughs' for YAML: kind is a list of 10^9 items made of aliases.\n"
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n"
            for i in range(8)
        )
        + "kind: *i\n"
    ),
    "yaml-bad-date.yaml": (
        "# A date that does not exist: YAML reads it as a timestamp and fails to build it.\n"
        "kind: mdir-desk/roles\nversion: 2026-02-30\nroles: []\n"
    ),
    "yaml-huge-integer.yaml": "kind: mdir-desk/roles\nversion: " + "9" * 5000 + "\nroles: []\n",
    # SBOM: JSON may write a lone UTF-16 surrogate; it is not text and SQLite cannot store it.
    "sbom-lone-surrogate.cdx.json": (
        '{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,\n'
        ' "components": [{"type": "library", "name": "zlib\\ud800", "version": "1.3"}]}\n'
    ),
    "contacts-superscript-tier.csv": (
        "name,role,organization,unit,tier,mobile\n"
        "Aiko Sato,charge_nurse,Nursing,ICU,\u00b2,090-1234-5678\n"
    ),
    "inventory-overflow-cells.csv": (
        "Asset Tag,Model,VLAN,default_class_approved_at\n"
        "MD-OVF-1,LVP-500," + "9" * 400 + ".0,\n"
        "MD-OVF-2,LVP-500,12,0001-01-01T00:00+05:00\n"
        "MD-OVF-3,LVP-500,12,9999-12-31T23:59-05:00\n"
    ),
    "inventory-formulas.csv": (
        "Asset Tag,Serial,Manufacturer,Model,Location,Notes\n"
        "MD-F-1,=cmd|' /C calc'!A0,+Acme,-Pump,@Ward 3,=HYPERLINK(\"http://x.invalid\")\n"
        "MD-F-2,''=quoted twice,'+quoted once,--,@,=1+1\n"
    ),
    "contacts-formulas.csv": (
        "name,role,organization,unit,tier,mobile,notes\n"
        "=cmd|' /C calc'!A0,biomed,+Acme,ICU,1,090-1111-2222,@SUM(A1)\n"
        "''=Already quoted,vendor,-Vendor,,2,,=1+1\n"
    ),
    "inventory-multiline-header.csv": ('"Device\nname","Serial\r\nnumber"\nPump,S-1\n'),
}


def samples() -> dict[str, bytes]:
    team = TEAM_VCF.read_bytes()
    second_card = team.index(b"BEGIN:VCARD", 1)
    data = {name: text.encode("utf-8") for name, text in TEXT_SAMPLES.items()}
    data["contacts-cut-short.vcf"] = team[: second_card + 60]  # inside the second card
    header = inline_row(1, "Asset Tag", "Serial")
    data["xlsx-row-1e9.xlsx"] = with_sheet(header + inline_row(1_000_000_000, "MD-1", "S-1"))
    data["xlsx-billion-laughs.xlsx"] = with_sheet(
        header + inline_row(2, "&lol9;", "S-1"), prolog=LAUGHS_DTD
    )
    data["xlsx-declares-3gb.xlsx"] = lie_about_sizes(workbook(), file_size=3 * 1024**3)
    data["xlsx-overlapping.xlsx"] = overlapping(entries=200)
    data["xlsx-external-entity.xlsx"] = with_sheet(
        header + inline_row(2, "&secret;", "S-1"),
        prolog=b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
    )
    data["xlsx-traversal-names.xlsx"] = _traversal_names()
    data["xlsx-sheet-outside.xlsx"] = _sheet_outside()
    return data


def _traversal_names() -> bytes:
    """A workbook that also holds parts named to escape any folder it might be unpacked into."""
    archive = zipfile.ZipFile(io.BytesIO(workbook()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            target.writestr(info.filename, archive.read(info))
        for name in ("../../escaped.txt", "/tmp/mdir-desk-escaped.txt", "xl/../../escaped2.txt"):
            info = zipfile.ZipInfo("placeholder")
            info.filename = name  # ZipInfo() would clean the name; a hostile archive does not
            target.writestr(info, b"escaped")
    return out.getvalue()


def _sheet_outside() -> bytes:
    """A workbook whose relationships send its first sheet to a file outside the archive."""
    archive = zipfile.ZipFile(io.BytesIO(workbook()))
    rels = archive.read("xl/_rels/workbook.xml.rels")
    assert b'Target="/xl/worksheets/sheet1.xml"' in rels
    rels = rels.replace(b'Target="/xl/worksheets/sheet1.xml"', b'Target="../../../../etc/passwd"')
    return rebuilt(workbook(), {"xl/_rels/workbook.xml.rels": rels})


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in samples().items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
