"""Filing reports: a new case, or attached to the open case about the same influencer and URL."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Category, Platform, Priority, Role, Source, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.ids import new_ref
from moderator_app.domain.text import fold, handle_from_url, has_other_scheme, normalize_url
from moderator_app.store.sealing import SEALED, key_of, new_key, seal, store_key

from . import influencers
from .transaction import Transaction
from .workspace import Workspace

if TYPE_CHECKING:
    from .evidence import StagedFile

MAX_DESCRIPTION = 20_000
MAX_URL = 2_000
OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)
# The open case a report about the same post joins. The reports with that URL are few; left to
# itself, SQLite walks every case of the influencer instead (thousands for a popular one). CROSS
# JOIN puts the reports first, and the unary plus signs keep the other indexes away, so each
# report finds its case by id.
OPEN_CASE_FOR_URL = (
    "SELECT c.id, c.ref FROM reports r CROSS JOIN cases c ON c.id = r.case_id "
    f"WHERE r.url_key = ? AND +c.influencer_id = ? AND +c.status IN ({','.join('?' * len(OPEN_STATUSES))}) "
    "AND +c.merged_into IS NULL ORDER BY c.opened_at, c.id LIMIT 1"
)


@dataclass(frozen=True, slots=True)
class ReportInput:
    influencer: str
    platform: Platform
    category: Category
    url: str = ""
    description: str = ""
    reporter: str = ""
    source: Source = Source.HOTLINE
    handle: str = ""
    seen_at: int | None = None  # UTC ms
    received_at: int | None = None  # UTC ms; defaults to now
    urgent: bool = False
    # File names recorded with a report without their bytes (as reports filed by earlier versions
    # hold them); the files themselves are kept as evidence through ``file_report(files=...)``.
    attachments: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class FiledReport:
    ref: str
    case_id: str
    report_id: str | None
    attached: bool  # joined an existing open case
    duplicate: bool  # the same report was already stored: nothing written


def dedupe_key(inp: ReportInput, received_day: str) -> str:
    """Two reports with this key are the same report (re-importing a file, a double click)."""
    parts = [
        fold(inp.influencer),
        normalize_url(inp.url),
        inp.category.value,
        fold(inp.description),
        fold(inp.reporter),
        received_day,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def validate(inp: ReportInput) -> None:
    if len(inp.description) > MAX_DESCRIPTION:
        raise UserError(f"the description is longer than {MAX_DESCRIPTION} characters",
                        vi=f"nội dung phản ánh dài quá {MAX_DESCRIPTION} ký tự", code="description_too_long")
    if len(inp.url) > MAX_URL:
        raise UserError(f"the URL is longer than {MAX_URL} characters",
                        vi=f"đường dẫn dài quá {MAX_URL} ký tự", code="url_too_long")
    if has_other_scheme(inp.url):
        shown = inp.url.strip()[:80]
        raise UserError(f"the URL must be a web address (http or https): {shown!r}",
                        vi=f"đường dẫn phải là địa chỉ web (http hoặc https): {shown!r}", code="url_not_web")
    influencers.clean_name(inp.influencer)


def file_report_in(tx: Transaction, inp: ReportInput) -> FiledReport:
    """File one report inside an open transaction (for batches: import, demo)."""
    validate(inp)
    received_at = inp.received_at if inp.received_at is not None else tx.ws.clock.wall()
    key = dedupe_key(inp, local_date(received_at).isoformat())
    dup = tx.one(
        "SELECT c.ref, c.id FROM reports r JOIN cases c ON c.id = r.case_id WHERE r.dedupe_key = ? LIMIT 1", (key,)
    )
    if dup is not None:
        return FiledReport(dup[0], dup[1], None, attached=True, duplicate=True)

    url_key = normalize_url(inp.url)
    handle = inp.handle or handle_from_url(inp.url)
    influencer_id = influencers.find_or_create(tx, inp.influencer, inp.platform, handle, inp.url)
    existing = None
    if url_key:
        existing = tx.one(OPEN_CASE_FOR_URL, (url_key, influencer_id, *OPEN_STATUSES))
    payload: dict[str, object] = {
        "influencer": influencer_id,
        "platform": inp.platform.value,
        "handle": handle,
        "url": inp.url.strip(),
        "url_key": url_key,
        "category": inp.category.value,
        "description": inp.description.strip(),
        "source": inp.source.value,
        "seen_at": inp.seen_at,
        "received_at": received_at,
        "attachments": list(inp.attachments),
        "dedupe_key": key,
    }
    if inp.reporter.strip():
        payload[SEALED] = seal_personal(tx, {"reporter": inp.reporter.strip()})
    report_id = tx.new_id()
    if existing is not None:
        case_id, ref = existing
        tx.emit("report.filed", report_id, payload, case_id=case_id)
        if inp.urgent:
            # An urgent report makes the case it joins urgent (its deadline and the Urgent view);
            # the priority stays the members' call.
            from .cases import CaseChanges, CaseKey, update_in

            update_in(tx, CaseKey(case_id, ref), CaseChanges(urgent=True))
        return FiledReport(ref, case_id, report_id, attached=True, duplicate=False)

    case_id = tx.new_id()
    ref = _fresh_ref(tx, local_date(received_at).year)
    payload["new_case"] = {
        "ref": ref,
        "title": _title(inp),
        "priority": (Priority.CRITICAL if inp.urgent else Priority.NORMAL).level,
        "urgent": inp.urgent,
        "status": Status.RECEIVED.value,
    }
    tx.emit("report.filed", report_id, payload, case_id=case_id)
    return FiledReport(ref, case_id, report_id, attached=False, duplicate=False)


def seal_personal(tx: Transaction, fields: dict[str, object], key_id: str | None = None) -> dict[str, str]:
    """``fields`` sealed under a new key (or the existing ``key_id``), kept in this member's key
    table: the signed history holds only the ciphertext (``store.sealing``)."""
    key = key_of(tx.conn, key_id) if key_id is not None else None
    if key_id is None or key is None:
        key_id, key = new_key()
        store_key(tx.conn, key_id, key, tx.ws.identity.device_id)
    return seal(key_id, key, fields)


def file_report(ws: Workspace, inp: ReportInput, files: Sequence[Path] = ()) -> FiledReport:
    """File one report; ``files`` are kept as evidence of its case, linked to the report. All or
    nothing: a file that cannot be attached (missing, empty, too large) files no report."""
    require_filer(ws)
    if not files:
        with ws.transaction() as tx:
            return file_report_in(tx, inp)
    from . import evidence

    validate(inp)  # before any file is copied
    return file_report_staged(ws, inp, evidence.stage_files(ws, files))


def file_report_staged(ws: Workspace, inp: ReportInput, staged: Sequence[StagedFile]) -> FiledReport:
    """File one report with files already copied into the evidence store (``evidence.stage_files``,
    which the window runs off its thread); they are taken back out if the report is not filed."""
    from . import evidence
    from .cases import CaseKey

    try:
        require_filer(ws)
        with ws.transaction() as tx:
            filed = file_report_in(tx, inp)
            if staged:
                evidence.record_staged_in(tx, CaseKey(filed.case_id, filed.ref), staged, report=filed.report_id)
    except BaseException:
        evidence.discard(ws, staged)
        raise
    return filed


def require_filer(ws: Workspace) -> None:
    ws.require_role(Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER, action="filing a report")


def _fresh_ref(tx: Transaction, year: int) -> str:
    while True:
        ref = new_ref(year, tx.rng)
        if tx.one("SELECT 1 FROM cases WHERE ref_base = ?", (ref,)) is None:
            return ref


def _title(inp: ReportInput) -> str:
    """A one-line summary for the queue until a member writes a better one."""
    first = inp.description.strip().splitlines()[0] if inp.description.strip() else ""
    if len(first) > 120:
        first = first[:117].rstrip() + "…"
    return first or inp.category.label("vi")
