"""Indicators: where each was seen, taken off a case, or marked not relevant.

An extraction (``indicator.extracted``) replaces what one report or evidence item yielded, the
latest extraction winning on every member whatever order they arrive in. Sightings follow their
report's or evidence item's case through merges (``cases.rehome_reports``). The number of cases
an indicator is seen in is recounted once per batch for the indicators a batch touched, so the
most shared are read from an index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from moderator_app.domain.hlc import physical_ms
from moderator_app.domain.indicators import indicator_id

from . import handles
from .cases import resolve_case, touch
from .schema import InvalidEvent

if TYPE_CHECKING:
    from moderator_app.store.events import Event

    from . import Projector

_PHASH = re.compile(r"[0-9a-f]{16}")
SOURCE_TABLES = {"report": "reports", "evidence": "evidence"}
BANDS = 8  # bytes of a 64-bit perceptual hash (models.ImageBand)


def image_bands(phash: str) -> list[tuple[int, int]]:
    """``[(band, byte)]`` of a 16-hex-digit hash, most significant byte first."""
    raw = bytes.fromhex(phash)
    return list(enumerate(raw))


def _upsert(proj: Projector, kind: str, value: str, display: str, at: int) -> str:
    ident = indicator_id(kind, value)
    # The smallest display wins, so every member shows the same one whatever came first.
    proj.cur.execute(
        "INSERT INTO indicators (id, kind, value, display, case_count, first_seen_at, relevant, marked_reason) "
        "VALUES (?, ?, ?, ?, 0, ?, 1, '') ON CONFLICT(id) DO UPDATE SET "
        "first_seen_at = min(first_seen_at, excluded.first_seen_at), "
        "display = CASE WHEN excluded.display < display THEN excluded.display ELSE display END",
        (ident, kind, value, display, at),
    )
    if kind == "image" and _PHASH.fullmatch(value):
        proj.cur.executemany("INSERT OR IGNORE INTO image_bands (indicator_id, band, bits) VALUES (?, ?, ?)",
                             [(ident, band, bits) for band, bits in image_bands(value)])
    return ident


@handles("indicator.extracted")
def extracted(proj: Projector, ev: Event) -> None:
    p = ev.payload
    origin = str(p["source"])
    source = ev.entity
    gone = "CASE WHEN deleted = 1 OR purged_at IS NOT NULL THEN 1 END" if origin == "evidence" else "NULL"
    row = proj.one(f"SELECT case_id, filed_case, {gone} FROM {SOURCE_TABLES[origin]} WHERE id = ?", (source,))
    if row is None or row[2] is not None:  # not here (the references check names it), removed or erased
        return
    case_id, filed_case = str(row[0]), str(row[1])
    prev = proj.one("SELECT hlc, event_id FROM indicator_extractions WHERE source_id = ?", (source,))
    if prev is not None and (int(prev[0]), str(prev[1])) >= (ev.hlc, ev.id):
        return  # a later extraction of the same item is already here
    at = physical_ms(ev.hlc)
    before = [r[0] for r in proj.cur.execute(
        "SELECT DISTINCT indicator_id FROM indicator_sightings WHERE source_id = ? AND origin = ?", (source, origin))]
    proj.cur.execute("DELETE FROM indicator_sightings WHERE source_id = ? AND origin = ?", (source, origin))
    rows = []
    seen: set[str] = set()
    for item in p.get("items", []):
        ident = _upsert(proj, str(item["kind"]), str(item["value"]), str(item.get("display", "")), at)
        if ident in seen:
            continue
        seen.add(ident)
        span = item.get("span") or [-1, -1]
        rows.append((ident, case_id, filed_case, source, origin, int(span[0]), int(span[1]), ev.author, ev.hlc))
    proj.cur.executemany(
        "INSERT INTO indicator_sightings (indicator_id, case_id, filed_case, source_id, origin, span_start, span_end, "
        "added_by, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    reason = p.get("reason") or {}
    proj.cur.execute(
        "INSERT OR REPLACE INTO indicator_extractions (source_id, origin, status, method, reason_en, reason_vi, "
        "engine, found, extracted_by, hlc, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (source, origin, str(p["status"]), str(p.get("method", "")), str(reason.get("en", "")),
         str(reason.get("vi", "")), str(p.get("engine", "")), len(rows), ev.author, ev.hlc, ev.id),
    )
    proj.dirty_indicators.update(before)
    proj.dirty_indicators.update(seen)


@handles("indicator.added")
def added(proj: Projector, ev: Event) -> None:
    """A member's own reading: a sighting of its own, which also undoes an earlier removal."""
    p = ev.payload
    assert ev.case_id is not None
    case_id = resolve_case(proj, ev.case_id)
    at = physical_ms(ev.hlc)
    ident = _upsert(proj, str(p["kind"]), str(p["value"]), str(p.get("display", "")), at)
    proj.cur.execute(
        "INSERT INTO indicator_sightings (indicator_id, case_id, filed_case, source_id, origin, span_start, span_end, "
        "added_by, hlc) VALUES (?, ?, ?, ?, 'manual', -1, -1, ?, ?)",
        (ident, case_id, ev.case_id, ev.entity, ev.author, ev.hlc))
    proj.cur.execute("DELETE FROM indicator_removals WHERE case_id = ? AND indicator_id = ? AND hlc < ?",
                     (case_id, ident, ev.hlc))
    touch(proj, case_id, at)
    proj.dirty_indicators.add(ident)


def _named(ev: Event) -> str:
    """The indicator an event's entity names, which must be the one its payload spells out."""
    ident = indicator_id(str(ev.payload["kind"]), str(ev.payload["value"]))
    if ev.entity != ident:
        raise InvalidEvent(ev.id, ev.type, "entity", f"is {ev.entity}, not the indicator's id {ident}",
                           f"là {ev.entity}, không phải mã của chỉ dấu {ident}")
    return ident


@handles("indicator.removed")
def removed(proj: Projector, ev: Event) -> None:
    """Taken off a case; a manual add written later (by the clock) than the removal keeps it."""
    ident = _named(ev)
    assert ev.case_id is not None
    case_id = resolve_case(proj, ev.case_id)
    if proj.one("SELECT 1 FROM indicator_sightings WHERE case_id = ? AND indicator_id = ? AND origin = 'manual' "
                "AND hlc > ?", (case_id, ident, ev.hlc)) is not None:
        return
    proj.cur.execute(
        "INSERT INTO indicator_removals (case_id, indicator_id, removed_by, reason, hlc) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(case_id, indicator_id) DO UPDATE SET removed_by = excluded.removed_by, "
        "reason = excluded.reason, hlc = excluded.hlc WHERE excluded.hlc > indicator_removals.hlc",
        (case_id, ident, ev.author, str(ev.payload.get("reason", "")), ev.hlc))
    touch(proj, case_id, physical_ms(ev.hlc))
    proj.dirty_indicators.add(ident)


@handles("indicator.marked")
def marked(proj: Projector, ev: Event) -> None:
    """Relevant or not (a hotline number, the committee's own address): the latest mark wins."""
    p = ev.payload
    ident = _named(ev)
    _upsert(proj, str(p["kind"]), str(p["value"]), str(p.get("display", "")), physical_ms(ev.hlc))
    proj.cur.execute(
        "UPDATE indicators SET relevant = ?, marked_by = ?, marked_reason = ?, marked_hlc = ? WHERE id = ? "
        "AND (marked_hlc IS NULL OR marked_hlc < ? OR (marked_hlc = ? AND marked_by < ?))",
        (1 if p["relevant"] else 0, ev.author, str(p.get("reason", "")), ev.hlc, ident, ev.hlc, ev.hlc, ev.author))


def rehome(proj: Projector, filed_cases: Iterable[str]) -> None:
    """Sightings filed to these cases go where merges lead now (``cases.rehome_reports``)."""
    for filed in sorted(set(filed_cases)):
        home = resolve_case(proj, filed)
        moved = [r[0] for r in proj.cur.execute(
            "SELECT DISTINCT indicator_id FROM indicator_sightings WHERE filed_case = ? AND case_id != ?",
            (filed, home))]
        if moved:
            proj.cur.execute("UPDATE indicator_sightings SET case_id = ? WHERE filed_case = ? AND case_id != ?",
                             (home, filed, home))
            proj.dirty_indicators.update(moved)


def forget_sources(proj: Projector, source_ids: Iterable[str], text: bool = True) -> None:
    """What removed or erased evidence yielded goes from its case (and, on erasure, its text)."""
    ids = sorted(set(source_ids))
    for source in ids:
        proj.dirty_indicators.update(r[0] for r in proj.cur.execute(
            "SELECT DISTINCT indicator_id FROM indicator_sightings WHERE source_id = ? AND origin != 'manual'",
            (source,)))
    proj.cur.executemany("DELETE FROM indicator_sightings WHERE source_id = ? AND origin != 'manual'",
                         [(s,) for s in ids])
    if text:
        proj.cur.executemany("DELETE FROM evidence_text WHERE evidence_id = ?", [(s,) for s in ids])


def recount(proj: Projector) -> None:
    """The number of cases each touched indicator is seen in, removals excepted."""
    if not proj.dirty_indicators:
        return
    proj.cur.executemany(
        "UPDATE indicators SET case_count = (SELECT count(DISTINCT s.case_id) FROM indicator_sightings s "
        "WHERE s.indicator_id = indicators.id AND NOT EXISTS (SELECT 1 FROM indicator_removals r "
        "WHERE r.case_id = s.case_id AND r.indicator_id = s.indicator_id)) WHERE id = ?",
        [(i,) for i in sorted(proj.dirty_indicators)])
    proj.dirty_indicators.clear()
