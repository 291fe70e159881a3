"""The review queue as filtered: the same filters and order as ``cases list`` and the queue view.

Rows stream from SQL straight into the sheet, so a large queue never sits in memory. The
reporter's contact details are private and never exported.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from moderator_app.domain.clock import local_date, vn_datetime, vn_now
from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.domain.sla import SLA_LABELS
from moderator_app.store import queries

from .xlsx import Col, Progress, Properties, Sheet, write_workbook

CASE_COLUMNS = (
    Col("Hồ sơ", "Case", "text", 16),
    Col("Ngày mở", "Opened", "date", 12),
    Col("Trạng thái", "Status", "text", 16),
    Col("Ưu tiên", "Priority", "text", 12),
    Col("Khẩn cấp", "Urgent", "text", 10),
    Col("Loại vi phạm", "Category", "text", 34, wrap=True),
    Col("Người có ảnh hưởng", "Influencer", "user", 28),
    Col("Nền tảng", "Platform", "text", 11),
    Col("Người phụ trách", "Assignee", "user", 24),
    Col("Số phản ánh", "Reports", "int", 10),
    Col("Thời hạn", "Deadline", "text", 24),
    Col("Đến hạn", "Due", "datetime", 17),
    Col("Hoạt động gần nhất", "Last activity", "datetime", 17),
    Col("Tiêu đề", "Title", "user", 50, wrap=True),
)
FETCH = 2_000


def _local(ms: int | None) -> datetime | None:
    if ms is None:
        return None
    return vn_datetime(ms).replace(tzinfo=None, second=0, microsecond=0)


def iter_cases(conn: sqlite3.Connection, flt: queries.CaseFilter, sort: str = "opened",
               desc: bool = False) -> Iterator[queries.CaseRow]:
    """Every case the filter selects, in the queue's order, fetched in batches."""
    where, params = flt.where()
    cur = conn.execute(f"SELECT {queries.CASE_COLUMNS} {queries.CASE_FROM}{where}{queries.order_by(sort, desc)}",
                       params)
    while batch := cur.fetchmany(FETCH):
        for r in batch:
            yield queries._case_row(r)


def case_values(r: queries.CaseRow, lang: str) -> list[Any]:
    kind = SLA_LABELS.get(r.sla_kind or "")
    return [
        r.ref, local_date(r.opened_at), Status(r.status).label(lang), Priority.from_level(r.priority).label(lang),
        ("Yes" if lang == "en" else "Có") if r.urgent else None, Category(r.category).label(lang), r.influencer,
        Platform(r.platform).label(lang), r.assignee_name, r.reports,
        (kind[1] if lang == "en" else kind[0]) if kind else None, _local(r.sla_due_at), _local(r.last_activity_at),
        r.title,
    ]


def export_cases(
    conn: sqlite3.Connection, flt: queries.CaseFilter, path: Path, lang: str = "vi", sort: str = "opened",
    desc: bool = False, progress: Progress | None = None, now: datetime | None = None,
) -> int:
    """Write the filtered queue to ``path``; returns the number of cases written."""
    total = queries.count_cases(conn, flt)
    rows = (case_values(r, lang) for r in iter_cases(conn, flt, sort, desc))
    stamp = now or vn_now().replace(microsecond=0)  # the title's day is Vietnam's, on any computer
    sheet = Sheet("Hồ sơ", "Cases", CASE_COLUMNS, rows, total)
    props = Properties(
        title=("Danh sách hồ sơ" if lang != "en" else "Cases") + f" — {stamp.strftime('%d/%m/%Y')}",
        subject="Hàng đợi xử lý phản ánh" if lang != "en" else "Review queue",
        keywords="Niềm tin số; hồ sơ" if lang != "en" else "Niem tin so; cases",
        lang=lang,
        created=stamp,
    )
    write_workbook(path, [sheet], props, progress)
    return total
