"""Indicators: drawn from reports and evidence in the background, added and taken off by hand.

Extraction reads each report (its description and link) and each evidence item (its text layer,
page text or, for images, OCR and a perceptual hash), finds indicators (``domain.indicators``)
and records them as an ``indicator.extracted`` event, so they reach every member. A member never
waits for it: the window runs ``extract_pending`` on a worker after each change and at start, the
command line before it lists indicators. It resumes where it stopped, because what is pending is
what has no extraction yet (a report or item whose event has not arrived from its author is read
here too; the latest extraction wins on every member).

The text read from an evidence file stays on this computer (``evidence_text``): it is derived from
the file, which every member holds, and goes when the file is erased; only the indicators travel.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from moderator_app.domain import indicators as ind
from moderator_app.domain import mime
from moderator_app.domain.errors import NotFound, UserError, no_case
from moderator_app.domain.permissions import allowed_roles
from moderator_app.store import indicator_queries as iq
from moderator_app.store.blobs import BlobError
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import find_case_id

from .evidence_text import ExtractedText, Ocr, extract_text
from .workspace import Workspace

log = logging.getLogger(__name__)

BATCH = 50  # sources per transaction: one event each, committed together
MAX_FILE = 100 * 1024 * 1024  # larger evidence files are not read for text (recordings are skipped anyway)

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class ExtractionRun:
    """What one run did; ``remaining`` is what is still pending when it stopped."""

    reports: int = 0
    evidence: int = 0
    found: int = 0
    failed: int = 0
    remaining: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (evidence id, reason)


@dataclass(frozen=True, slots=True)
class _Source:
    origin: str  # report or evidence
    id: str
    case_id: str


def _can_write(ws: Workspace) -> bool:
    return ws.role() in allowed_roles("indicator.extracted")


def pending_count(ws: Workspace) -> int:
    """Reports and evidence items not extracted yet. Reports are counted by difference: each has at
    most one extraction, which names a report that is here (and reports are never deleted), so this
    reads two counts instead of joining a million reports to their extractions."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        reports = raw.execute("SELECT (SELECT count(*) FROM reports) - (SELECT count(*) FROM indicator_extractions "
                              "WHERE origin = 'report')").fetchone()[0]
        evidence = raw.execute(
            "SELECT count(*) FROM evidence e WHERE e.deleted = 0 AND e.purged_at IS NULL AND (NOT EXISTS "
            "(SELECT 1 FROM indicator_extractions x WHERE x.source_id = e.id) OR (e.kind = 'file' AND NOT EXISTS "
            "(SELECT 1 FROM evidence_text t WHERE t.evidence_id = e.id)))").fetchone()[0]
    return int(reports) + int(evidence)


def _next_sources(ws: Workspace, after: tuple[str, str], limit: int, redo_no_ocr: bool) -> list[_Source]:
    """Pending reports, then pending evidence, in id order after ``after`` (origin, id)."""
    out: list[_Source] = []
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        if after[0] == "report":
            out += [_Source("report", r[0], r[1]) for r in raw.execute(
                "SELECT r.id, r.case_id FROM reports r WHERE r.id > ? AND NOT EXISTS (SELECT 1 FROM "
                "indicator_extractions x WHERE x.source_id = r.id) ORDER BY r.id LIMIT ?", (after[1], limit))]
        if len(out) < limit:
            start = after[1] if after[0] == "evidence" else ""
            redo = " OR t.status = 'no_ocr'" if redo_no_ocr else ""
            out += [_Source("evidence", r[0], r[1]) for r in raw.execute(
                "SELECT e.id, e.case_id FROM evidence e LEFT JOIN evidence_text t ON t.evidence_id = e.id "
                "WHERE e.id > ? AND e.deleted = 0 AND e.purged_at IS NULL AND (NOT EXISTS (SELECT 1 FROM "
                f"indicator_extractions x WHERE x.source_id = e.id) OR (e.kind = 'file' AND (t.evidence_id IS NULL"
                f"{redo}))) ORDER BY e.id LIMIT ?", (start, limit - len(out)))]
    return out


def _items(found: list[ind.Indicator]) -> list[dict[str, Any]]:
    out = []
    for i in found:
        item: dict[str, Any] = {"kind": i.kind, "value": i.value, "display": i.display}
        if i.start >= 0:
            item["span"] = [i.start, i.end]
        out.append(item)
    return out


def _read_report(ws: Workspace, report_id: str) -> dict[str, Any]:
    """The report's link and description. The reported account itself (the link's profile, the
    report's handle) is the influencer, whom cases already share: not an indicator of a scam."""
    with ws.db.read() as conn:
        row = raw_connection(conn).execute("SELECT description, url, handle FROM reports WHERE id = ?",
                                           (report_id,)).fetchone()
    description, url, handle = (row[0] or "", row[1] or "", row[2] or "") if row else ("", "", "")
    # The link first, then the description: spans count from the start of this text.
    text = f"{url}\n{description}" if url else description
    found = ind.extract(text)
    own = {i.value for i in found if i.kind == "handle" and i.start < len(url)}
    name = handle.strip().lstrip("@").lower()
    found = [i for i in found
             if not (i.kind == "handle" and (i.value in own or (name and i.value.endswith(f":@{name}"))))]
    return {"source": "report", "status": "done", "method": "text", "items": _items(found)}


def _read_evidence(ws: Workspace, evidence_id: str, ocr: Ocr | None) -> tuple[dict[str, Any], ExtractedText | None]:
    """The event's payload for one evidence item, and the text read from its file (None for a link)."""
    with ws.db.read() as conn:
        row = raw_connection(conn).execute(
            "SELECT kind, sha256, mime, size, url, name FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    kind, sha, mime_type, size, url, _name = row
    found: list[ind.Indicator] = ind.extract(url) if url else []
    if kind != "file" or not sha:
        return {"source": "evidence", "status": "done", "method": "link", "items": _items(found)}, None
    family = mime.family(mime_type)
    if family in ("video", "audio"):
        read = ExtractedText("none", "", "", None)
    elif size is not None and int(size) > MAX_FILE:
        read = ExtractedText("failed", "", "", None, f"the file is larger than {MAX_FILE // (1024 * 1024)} MB",
                             f"tệp lớn hơn {MAX_FILE // (1024 * 1024)} MB")
    else:
        try:
            data = ws.blobs.read_verified(sha)
        except (BlobError, OSError) as exc:
            problem = ws.blobs.check(sha) or "damaged"
            read = ExtractedText("failed", "", "", None, f"the stored file cannot be read ({problem})",
                                 "không đọc được tệp đã lưu (" + ("bị thiếu" if problem == "missing" else "bị hỏng")
                                 + ")")
            log.warning("evidence %s not read for indicators: %s", evidence_id, type(exc).__name__)
        else:
            read = extract_text(data, mime_type or "", ocr=ocr)
    if read.text:
        found += ind.extract(read.text)
    if read.phash:
        found.append(ind.normalise("image", read.phash))
    payload: dict[str, Any] = {"source": "evidence", "status": read.status, "method": read.method,
                               "items": _items(_unique(found)), "engine": read.engine}
    if read.reason_en:
        payload["reason"] = {"en": read.reason_en, "vi": read.reason_vi}
    return payload, read


def _unique(found: list[ind.Indicator]) -> list[ind.Indicator]:
    seen: set[tuple[str, str]] = set()
    out = []
    for i in found:
        if (i.kind, i.value) not in seen:
            seen.add((i.kind, i.value))
            out.append(i)
    return out


def extract_pending(ws: Workspace, *, ocr: Ocr | str | None = "find", limit: int | None = None,
                    progress: Progress | None = None, should_stop: Callable[[], bool] | None = None) -> ExtractionRun:
    """Extract what is pending, ``BATCH`` sources per transaction, until nothing is left (or
    ``limit`` sources, or ``should_stop()``). A member whose role cannot write indicators still
    reads evidence text here for search; the indicators come from the others."""
    engine = Ocr.find() if ocr == "find" else ocr
    assert not isinstance(engine, str)
    run = ExtractionRun()
    total = pending_count(ws)
    writes = _can_write(ws)
    after = ("report", "")
    done = 0
    drained = False
    while limit is None or done < limit:
        if should_stop is not None and should_stop():
            break
        batch = _next_sources(ws, after, BATCH if limit is None else min(BATCH, limit - done), engine is not None)
        if not batch:
            drained = True
            break
        after = (batch[-1].origin, batch[-1].id)
        results = []
        for source in batch:
            try:
                if source.origin == "report":
                    results.append((source, _read_report(ws, source.id), None))
                else:
                    payload, read = _read_evidence(ws, source.id, engine)
                    results.append((source, payload, read))
            except Exception:  # a bug in a reader must not stop the queue: the item says so
                log.exception("extraction of %s %s failed", source.origin, source.id)
                failed = ExtractedText("failed", "", "", None, "an error in the application; see the log",
                                       "lỗi của ứng dụng; xem tệp nhật ký")
                results.append((source, {"source": source.origin, "status": "failed", "items": [],
                                         "reason": {"en": failed.reason_en, "vi": failed.reason_vi}},
                                failed if source.origin == "evidence" else None))
        _record(ws, results, writes, run)
        done += len(batch)
        if progress is not None:
            progress(done, max(total, done))
    # A run that went through everything it could write leaves nothing (what arrives meanwhile is the
    # next run's); counting again is for a run stopped early, or a member who cannot write indicators.
    run.remaining = 0 if drained and writes else pending_count(ws)
    return run


def _record(ws: Workspace, results: list[tuple[_Source, dict[str, Any], ExtractedText | None]], writes: bool,
            run: ExtractionRun) -> None:
    now = int(time.time() * 1000)
    with ws.transaction() as tx:
        for source, payload, read in results:
            known = tx.one("SELECT 1 FROM indicator_extractions WHERE source_id = ?", (source.id,))
            redo = read is not None and read.status != "no_ocr" and tx.one(
                "SELECT 1 FROM indicator_extractions WHERE source_id = ? AND status = 'no_ocr'", (source.id,))
            if writes and (known is None or redo):
                tx.emit("indicator.extracted", source.id, payload, case_id=source.case_id)
            if read is not None:
                tx.conn.execute(
                    "INSERT OR REPLACE INTO evidence_text (evidence_id, status, method, text, phash, reason_en, "
                    "reason_vi, engine, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (source.id, read.status, read.method, read.text, read.phash, read.reason_en, read.reason_vi,
                     read.engine, now))
                if read.text:
                    tx.proj.dirty_search.add(source.case_id)
                if read.status == "failed":
                    run.failed += 1
                    run.failures.append((source.id, read.reason_en))
            if source.origin == "report":
                run.reports += 1
            else:
                run.evidence += 1
            run.found += len(payload.get("items", []))


# --- by hand -------------------------------------------------------------------------------------


def _payload(found: ind.Indicator, **texts: str) -> dict[str, Any]:
    """An event's payload naming an indicator, with the texts given (left out when empty)."""
    payload: dict[str, Any] = {"kind": found.kind, "value": found.value}
    payload.update({key: text.strip() for key, text in texts.items() if text.strip()})
    return payload


def _typed(kind: str | None, typed: str) -> ind.Indicator:
    return ind.normalise(kind, typed) if kind else ind.guess(typed)


def _case_id(ws: Workspace, ref: str) -> str:
    with ws.db.read() as conn:
        case_id = find_case_id(raw_connection(conn), ref)
    if case_id is None:
        raise no_case(ref)
    return case_id


def add_indicator(ws: Workspace, case_ref: str, typed: str, kind: str | None = None, note: str = "") -> ind.Indicator:
    """A member's own reading of an indicator on a case (one extraction missed, or one seen elsewhere)."""
    ws.require_role(*sorted(allowed_roles("indicator.added")), action="adding an indicator",
                    action_vi="thêm chỉ dấu")
    found = _typed(kind, typed)
    case_id = _case_id(ws, case_ref)
    with ws.transaction() as tx:
        tx.emit("indicator.added", tx.new_id(), _payload(found, note=note, display=found.display), case_id=case_id)
    return found


def remove_indicator(ws: Workspace, case_ref: str, typed: str, kind: str | None = None,
                     reason: str = "") -> ind.Indicator:
    """Take an indicator off a case (a wrong reading); extraction will not bring it back."""
    ws.require_role(*sorted(allowed_roles("indicator.removed")), action="removing an indicator",
                    action_vi="gỡ chỉ dấu")
    found = _typed(kind, typed)
    case_id = _case_id(ws, case_ref)
    ident = ind.indicator_id(found.kind, found.value)
    with ws.db.read() as conn:
        on_case = raw_connection(conn).execute(
            f"SELECT 1 FROM indicator_sightings s WHERE s.case_id = ? AND s.indicator_id = ? AND {iq.NOT_REMOVED}",
            (case_id, ident)).fetchone()
    if on_case is None:
        raise NotFound(f"{found.display} is not among this case's indicators",
                       vi=f"{found.display} không có trong các chỉ dấu của hồ sơ này", code="indicator_not_on_case")
    with ws.transaction() as tx:
        tx.emit("indicator.removed", ident, _payload(found, reason=reason), case_id=case_id)
    return found


def mark_indicator(ws: Workspace, typed: str, relevant: bool, kind: str | None = None,
                   reason: str = "") -> ind.Indicator:
    """Mark an indicator not relevant (a hotline number, the committee's own address) or relevant again."""
    ws.require_role(*sorted(allowed_roles("indicator.marked")), action="marking an indicator",
                    action_vi="đánh dấu chỉ dấu là liên quan hay không")
    found = _typed(kind, typed)
    with ws.transaction() as tx:
        tx.emit("indicator.marked", ind.indicator_id(found.kind, found.value),
                {**_payload(found, reason=reason, display=found.display), "relevant": relevant})
    return found


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorSummary:
    """One indicator with the cases and influencers it links (the command line's JSON)."""

    row: iq.IndicatorRow
    cases: tuple[iq.SeenCase, ...]
    influencers: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.row.kind, "value": self.row.value, "display": self.row.display,
                "relevant": self.row.relevant, "case_count": self.row.case_count,
                "cases": [c.ref for c in self.cases], "influencers": list(self.influencers)}


def _summary(raw: Any, row: iq.IndicatorRow, case_limit: int = 1000) -> IndicatorSummary:
    cases = tuple(sorted(iq.seen_in(raw, row.id, limit=case_limit), key=lambda c: c.ref))
    names = tuple(name for _id, name in iq.influencers_of(raw, row.id))
    return IndicatorSummary(row, cases, names)


def show(ws: Workspace, typed: str, kind: str | None = None) -> IndicatorSummary:
    """One indicator as a member types it (normalised first)."""
    found = _typed(kind, typed)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        row = iq.get(raw, ind.indicator_id(found.kind, found.value))
        if row is None:
            raise NotFound(f"{found.display} ({ind.Kind(found.kind).label('en')}) is not seen in any case",
                           vi=f"{found.display} ({ind.Kind(found.kind).label('vi')}) không có trong hồ sơ nào",
                           code="indicator_not_found")
        return _summary(raw, row)


def list_indicators(ws: Workspace, *, case_ref: str | None = None, kind: str | None = None, min_cases: int = 1,
                    contains: str = "", include_not_relevant: bool = False,
                    limit: int = 1000) -> list[IndicatorSummary]:
    """The most shared first; a case's own when ``case_ref`` is given."""
    if kind is not None and kind not in ind.Kind.codes():
        raise UserError(f"unknown kind {kind!r}; the kinds are {', '.join(ind.Kind.codes())}",
                        vi=f"không có loại {kind!r}; các loại là {', '.join(ind.Kind.codes())}",
                        code="indicator_kind_unknown")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        if case_ref is not None:
            case_id = find_case_id(raw, case_ref)
            if case_id is None:
                raise no_case(case_ref)
            rows = [c.indicator for c in iq.of_case(raw, case_id)
                    if (kind is None or c.indicator.kind == kind) and c.indicator.case_count >= min_cases
                    and (include_not_relevant or c.indicator.relevant)]
        else:
            rows = iq.top(raw, kind, min_cases, contains, include_not_relevant, limit)
        return [_summary(raw, r) for r in rows]


def case_indicators(ws: Workspace, case_id: str) -> list[iq.CaseIndicator]:
    with ws.db.read() as conn:
        return iq.of_case(raw_connection(conn), case_id)


def evidence_text(ws: Workspace, evidence_id: str) -> tuple[str, str, str, str, str, str] | None:
    with ws.db.read() as conn:
        return iq.evidence_text(raw_connection(conn), evidence_id)


@dataclass(frozen=True, slots=True)
class EvidenceTextResult:
    evidence_id: str
    name: str
    status: str  # done, failed, no_ocr, none (nothing to read: a recording), link
    method: str
    text: str
    reason_en: str
    reason_vi: str
    engine: str
    indicators: tuple[iq.CaseIndicator, ...]


def text_of_evidence(ws: Workspace, typed_id: str, ocr: Ocr | str | None = "find") -> EvidenceTextResult:
    """The text found in one evidence item (read now if it has not been read here yet), and the
    indicators its case holds from it."""
    from .evidence import resolve_evidence

    item = resolve_evidence(ws, typed_id)
    engine = Ocr.find() if ocr == "find" else ocr
    assert not isinstance(engine, str)
    if item.row.kind == "file" and not item.deleted:
        known = evidence_text(ws, item.row.id)
        if known is None or (known[0] == "no_ocr" and engine is not None):
            payload, read = _read_evidence(ws, item.row.id, engine)
            _record(ws, [(_Source("evidence", item.row.id, item.case_id), payload, read)], _can_write(ws),
                    ExtractionRun())
    known = evidence_text(ws, item.row.id)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        mine = tuple(c for c in iq.of_case(raw, item.case_id) if item.row.id in c.sources)
    if known is None:
        return EvidenceTextResult(item.row.id, item.row.name, "link" if item.row.kind != "file" else "none", "", "",
                                  "", "", "", mine)
    status, method, text, reason_en, reason_vi, engine_name = known
    return EvidenceTextResult(item.row.id, item.row.name, status, method, text, reason_en, reason_vi, engine_name, mine)


@dataclass(frozen=True, slots=True)
class OpenLink:
    """An indicator of a report being written (or imported) that open cases already hold."""

    kind: str
    display: str
    cases: tuple[tuple[str, str], ...]  # (case id, reference), the most recent first
    total: int  # open cases holding it (``cases`` lists the first few)


MAX_LINKED_CASES = 500  # an indicator in more cases than this is a hotline-like number, not a lead


def open_case_links(ws: Workspace, texts: list[str], per_text: int = 5, cases_each: int = 3) -> list[list[OpenLink]]:
    """For each text (a report's description and link), its indicators that open cases hold."""
    found_in = [_unique(ind.extract(t))[:50] if t else [] for t in texts]
    out: list[list[OpenLink]] = []
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        cache: dict[str, OpenLink | None] = {}
        for found in found_in:
            links: list[OpenLink] = []
            for i in found:
                ident = ind.indicator_id(i.kind, i.value)
                if ident not in cache:
                    cache[ident] = _open_link(raw, ident, i, cases_each)
                link = cache[ident]
                if link is not None:
                    links.append(link)
                if len(links) >= per_text:
                    break
            out.append(links)
    return out


def _open_link(raw: Any, ident: str, i: ind.Indicator, cases_each: int) -> OpenLink | None:
    row = iq.get(raw, ident)
    if row is None or not row.relevant or row.case_count == 0 or row.case_count > MAX_LINKED_CASES:
        return None
    open_cases = [c for c in iq.seen_in(raw, ident, limit=MAX_LINKED_CASES) if c.status not in ("closed", "rejected")]
    if not open_cases:
        return None
    return OpenLink(i.kind, row.display or i.display,
                    tuple((c.case_id, c.ref) for c in open_cases[:cases_each]), len(open_cases))


def link_text(link: OpenLink, lang: str) -> str:
    """"0912 345 678: 2026-AB12C, 2026-XY34Z (+1)" — which open cases hold an indicator."""
    refs = ", ".join(ref for _id, ref in link.cases)
    more = link.total - len(link.cases)
    kind = ind.Kind(link.kind).label(lang)
    return f"{kind} {link.display}: {refs}" + (f" (+{more})" if more > 0 else "")
