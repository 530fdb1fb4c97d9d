"""Printed-document speed at hospital scale, against floors measured in the same run.

    .venv/bin/python tests/benchmarks/reports_benchmark.py [--contacts 1000] [--cards 1000] [--repeat 3]

Prints the best of ``--repeat`` runs for:
- a contact sheet of N contacts (3 tiers, vendors, regulators, quick card, legend) vs the floor: reportlab
  building a bare N-row, 6-column table of plain strings in the same embedded font (repeated header);
- N device cards (3 x 8 per page, QR codes) vs the floor: N QR grids drawn as rectangles from one
  precomputed matrix on a bare canvas (no encoding, no text); the QR encoding alone is shown too.
Not a test: timings depend on the machine. Exit status 0 unless something crashes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from app.reports import (  # noqa: E402
    Contact,
    ContactSheet,
    DeviceCard,
    EscalationTier,
    render_contact_sheet,
    render_device_cards,
)
from app.reports.fonts import FONT, ensure_font  # noqa: E402
from app.reports.qr import qr_matrix, runs  # noqa: E402
from app.services.reference import load_reference  # noqa: E402

JST = timezone(timedelta(hours=9), "JST")
SURNAMES = ("髙橋", "山﨑", "渡邊", "佐藤", "鈴木", "田中")


def contacts(n: int) -> list[Contact]:
    return [
        Contact(
            name=f"{SURNAMES[i % 6]} 太郎{i}",
            role="charge_nurse",
            role_label="リーダー看護師",
            organization=f"病棟 {i % 12 + 1}",
            hics_position="Operations" if i % 7 == 0 else "",
            methods=[
                ("mobile", f"090-{i:04d}-5678"),
                ("pager", f"PHS {7000 + i}"),
                ("email", f"n{i}@h.jp"),
            ],
            hours="24時間",
            authority="クラス1・2の隔離を承認",
            last_verified=date(2026, 10, 1),
        )
        for i in range(n)
    ]


def sheet_of(n: int) -> ContactSheet:
    people = contacts(n)
    third = n // 3
    tiers = [
        EscalationTier(
            k + 1, 15, people[k * third : (k + 1) * third if k < 2 else n], ["クラス3以上"]
        )
        for k in range(3)
    ]
    return ContactSheet(
        "桜総合病院",
        None,
        datetime(2026, 11, 3, 14, 5, tzinfo=JST),
        date(2026, 10, 1),
        tiers,
        [],
        [("厚生労働省", "電話", "速やかに")],
    )


def cards_of(n: int) -> list[DeviceCard]:
    return [
        DeviceCard(
            f"MD-{i:05d}",
            "輸液ポンプ",
            "BM-500",
            "ICU",
            f"Bed {i % 20}",
            (i % 7) + 1,
            ("髙橋 一郎", "090-1234-5678"),
        )
        for i in range(n)
    ]


def floor_table(n: int, out: Path) -> None:
    """A bare n-row table in the same embedded font, header repeated: what reportlab costs at least."""
    rows = [["役割", "氏名", "携帯", "PHS", "時間", "権限"]]
    rows += [
        [
            "リーダー看護師",
            f"{SURNAMES[i % 6]} 太郎{i}",
            f"090-{i:04d}-5678",
            f"PHS {7000 + i}",
            "24時間",
            "承認",
        ]
        for i in range(n)
    ]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    SimpleDocTemplate(str(out), pagesize=A4).build([table])


def floor_qr_grids(n: int, out: Path) -> None:
    """n QR grids of rectangles from one precomputed matrix, 24 per page, nothing else."""
    rects = runs(qr_matrix("MD-00000"))
    canvas = Canvas(str(out), pagesize=A4, initialFontName=FONT)
    for i in range(n):
        if i and i % 24 == 0:
            canvas.showPage()
        row, col = divmod(i % 24, 3)
        x, y, unit = 40 + col * 180, 760 - row * 95, 2.0
        path = canvas.beginPath()
        for c, r, w, h in rects:
            path.rect(x + c * unit, y - (r + h) * unit, w * unit, h * unit)
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.save()


def best(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ref = load_reference()
    ensure_font()
    sheet, cards = sheet_of(args.contacts), cards_of(args.cards)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        pages: dict[str, int] = {}

        def render_sheet() -> None:
            out = tmp / "sheet.pdf"
            pages["sheet"] = render_contact_sheet(sheet, ref.classes, ref.tree, "ja", "a4", out)

        def render_cards() -> None:
            pages["cards"] = render_device_cards(cards, ref.classes, "ja", "a4", tmp / "cards.pdf")

        t_sheet = best(args.repeat, render_sheet)
        t_table = best(args.repeat, lambda: floor_table(args.contacts, tmp / "floor_table.pdf"))
        t_cards = best(args.repeat, render_cards)
        t_grids = best(args.repeat, lambda: floor_qr_grids(args.cards, tmp / "floor_qr.pdf"))
        t_encode = best(args.repeat, lambda: [qr_matrix(c.asset_tag) for c in cards])
        size_sheet = (tmp / "sheet.pdf").stat().st_size // 1024
        size_cards = (tmp / "cards.pdf").stat().st_size // 1024

    print(f"best of {args.repeat} runs")
    print(
        f"contact sheet, {args.contacts} contacts: {t_sheet:.2f} s ({pages['sheet']} pages, "
        f"{size_sheet} KB)  floor (bare {args.contacts}-row table, same font): {t_table:.2f} s  "
        f"ratio {t_sheet / t_table:.1f}x"
    )
    print(
        f"device cards, {args.cards} cards: {t_cards:.2f} s ({pages['cards']} pages, {size_cards} KB)  "
        f"floor (rectangles-only QR grids): {t_grids:.2f} s  ratio {t_cards / t_grids:.1f}x  "
        f"(QR encoding alone: {t_encode:.2f} s = {1000 * t_encode / args.cards:.2f} ms per code)"
    )


if __name__ == "__main__":
    main()
