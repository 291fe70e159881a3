"""Read side of letters: what a letter about a case can say, and the letters a case has had.

Only what a letter may tell its recipient is read here: the reporters' contact details are
never selected.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .evidence_queries import case_evidence
from .queries import EvidenceRow


@dataclass(frozen=True, slots=True)
class ReportFacts:
    platform: str
    category: str
    url: str
    description: str
    seen_at: int | None
    received_at: int
    reporter: str = ""  # private: only a letter to the reporter uses it


@dataclass(frozen=True, slots=True)
class CaseLetterFacts:
    """A case as a letter sees it."""

    case_id: str
    ref: str
    title: str
    status: str
    category: str
    platform: str
    urgent: bool
    decision_id: str | None
    influencer_id: str
    influencer: str
    influencer_contact: str
    accounts: tuple[tuple[str, str], ...]  # (platform, handle)
    reports: tuple[ReportFacts, ...]
    evidence: tuple[EvidenceRow, ...]  # live evidence, the committee's own letters left out


@dataclass(frozen=True, slots=True)
class LetterRow:
    id: str
    case_id: str
    kind: str
    lang: str
    title: str
    recipient: str
    decision_id: str | None
    evidence_id: str | None
    sha256: str | None
    deadline: str | None
    values: dict[str, Any]
    sent_by: str
    sent_by_name: str
    sent_at: int


def letter_facts(conn: sqlite3.Connection, case_id: str) -> CaseLetterFacts | None:
    row = conn.execute(
        "SELECT c.id, c.ref, c.title, c.status, c.category, c.platform, c.urgent, c.decision_id, i.id, i.name, "
        "i.contact FROM cases c JOIN influencers i ON i.id = c.influencer_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    accounts = tuple(
        (r[0], r[1]) for r in conn.execute(
            "SELECT platform, handle FROM influencer_accounts WHERE influencer_id = ? AND removed = 0 "
            "ORDER BY platform, handle_key, id", (row[8],))
    )
    reports = tuple(
        ReportFacts(*r) for r in conn.execute(
            "SELECT platform, category, url, description, seen_at, received_at, reporter FROM reports "
            "WHERE case_id = ? ORDER BY received_at, id", (case_id,))
    )
    letters = {r[0] for r in conn.execute("SELECT evidence_id FROM letters WHERE evidence_id IS NOT NULL")}
    evidence = tuple(e for e in case_evidence(conn, case_id) if e.id not in letters)
    return CaseLetterFacts(
        case_id=row[0], ref=row[1], title=row[2] or "", status=row[3], category=row[4], platform=row[5],
        urgent=bool(row[6]), decision_id=row[7], influencer_id=row[8], influencer=row[9],
        influencer_contact=row[10] or "", accounts=accounts, reports=reports, evidence=evidence,
    )


def case_letters(conn: sqlite3.Connection, case_id: str) -> list[LetterRow]:
    """The letters sent about a case, oldest first."""
    return [
        LetterRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], json.loads(r[10] or "{}"), r[11],
                  r[12], r[13])
        for r in conn.execute(
            "SELECT l.id, l.case_id, l.kind, l.lang, l.title, l.recipient, l.decision_id, l.evidence_id, l.sha256, "
            "l.deadline, l.placeholders, l.sent_by, coalesce(m.name, ''), l.sent_at FROM letters l "
            "LEFT JOIN members m ON m.id = l.sent_by WHERE l.case_id = ? ORDER BY l.sent_at, l.id",
            (case_id,),
        )
    ]
