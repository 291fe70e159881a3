"""How long importing a hotline file of a few thousand rows takes (a benchmark, not a test).

    python -m benchmarks.intake_bench [--rows 5000]

Writes a CSV and an .xlsx shaped like the hotline sample (Vietnamese headers, mixed date forms and
platform spellings, a few bad rows), then times reading, the preview (a rolled-back import), the
import into an empty workspace, and a second import of the same file (all duplicates).
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

HEADER = ["STT", "Ngày tiếp nhận", "Người phản ánh", "SĐT/Email", "Tên KOL/KOC", "Nền tảng", "Đường dẫn",
          "Loại vi phạm", "Nội dung phản ánh", "Ghi chú"]
PLATFORMS = [("TikTok", "tiktok.com"), ("tik tok", "tiktok.com"), ("FB", "facebook.com"), ("YT", "youtube.com"),
             ("IG", "instagram.com"), ("Zalo", "zalo.com")]
CATEGORIES = ["Lừa đảo", "quảng cáo ko gắn nhãn #ad", "Tương tác ảo", "TPCN quảng cáo như thuốc chữa bệnh",
              "Tin giả", "Mạo danh", "Quảng cáo sai sự thật"]
NAMES = ["Đen Vâu", "Khánh Vy", "Bảo Ngọc", "Phạm Đức Anh", "Lê Thị Hồng Nhung", "Chị Đẹp Đầu Tư",
         "Tùng Trần Crypto", "Mẹ Bắp Đảm Đang", "Quang Linh Vlogs", "Ngọc Trinh Beauty"]


def make_rows(n: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(1, n + 1):
        name = rng.choice(NAMES) + (f" {i % 400}" if i % 3 else "")
        platform, host = rng.choice(PLATFORMS)
        day = rng.randint(1, 28)
        date = f"{day:02d}/10/2026" if i % 2 else f"2026-10-{day:02d}"
        if i % 97 == 0:
            date = "32/13/2026"
        rows.append([
            str(i), date, rng.choice(["Hoàng Yến", "Ẩn danh", ""]), rng.choice(["0912345678", ""]),
            "" if i % 89 == 0 else name, platform,
            f"https://www.{host}/@user{i % 500}/video/{rng.randrange(10**9)}",
            rng.choice(CATEGORIES), "Livestream bán 'thần dược' 🔥 giá 999k, cam kết lợi nhuận 30%/tháng.",
            rng.choice(["", "Khẩn", "Đã gửi kèm ảnh chụp màn hình"]),
        ])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.intake_bench")
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args(argv)

    import openpyxl

    from moderator_app.exports.sheets import read_sheet
    from moderator_app.services import intake
    from moderator_app.services.workspace import Workspace

    tmp = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    rows = make_rows(args.rows)
    csv_path = tmp / "hotline.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    xlsx_path = tmp / "hotline.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    sheet = wb.create_sheet()
    sheet.append(["DANH SÁCH PHẢN ÁNH"])
    sheet.append([])
    sheet.append(HEADER)
    for r in rows:
        sheet.append(r)
    wb.save(xlsx_path)

    for path in (csv_path, xlsx_path):
        with Workspace.open(tmp / f"ws-{path.suffix[1:]}", member_name="Bench") as ws:
            t = time.perf_counter()
            sh = read_sheet(path)
            layout = intake.find_layout(sh)
            plans = intake.analyse(sh, layout)
            read_s = time.perf_counter() - t
            t = time.perf_counter()
            intake.run_import(ws, plans, dry_run=True)
            preview_s = time.perf_counter() - t
            t = time.perf_counter()
            result = intake.run_import(ws, plans)
            import_s = time.perf_counter() - t
            t = time.perf_counter()
            again = intake.run_import(ws, plans)
            again_s = time.perf_counter() - t
            s = result.summary_json()
            print(f"{path.suffix}: {args.rows} rows; read+analyse {read_s:.2f} s, preview {preview_s:.2f} s, "
                  f"import {import_s:.2f} s ({s['imported']} new, {s['attached']} attached, "
                  f"{s['duplicates']} duplicates, {len(s['rejected'])} rejected), "
                  f"re-import {again_s:.2f} s ({again.summary_json()['duplicates']} duplicates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
