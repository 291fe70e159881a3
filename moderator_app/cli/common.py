"""Shared pieces of the command line: output in JSON or words, and case serialisation."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from moderator_app.domain.clock import iso_utc, local_date, ms_from_datetime
from moderator_app.domain.enums import Category, Platform, Priority, Status
from moderator_app.domain.text import CONTROL_CHARACTERS
from moderator_app.store.queries import AnnotationRow, CaseDetail, CaseRow, EvidenceRow

# C0 and C1 control characters but tab and line feed: a terminal acts on them (ESC starts the
# sequences that recolour, move the cursor or clear the screen; CR and backspace overwrite).


def printable(text: str) -> str:
    """Text safe to print to a terminal: each control character but tab and line feed becomes
    U+FFFD (whatever is stored, imported before intake removed them or synced from elsewhere)."""
    return CONTROL_CHARACTERS.sub("\ufffd", text) if CONTROL_CHARACTERS.search(text) else text


def _escape_c1(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


@dataclass
class Output:
    """Where a command writes, and in which language it speaks."""

    lang: str = "vi"
    stdout: TextIO = sys.stdout
    stderr: TextIO = sys.stderr

    def json(self, value: Any) -> None:
        # json escapes C0 controls in strings; C1 ones (and DEL) are escaped here too. They can only
        # occur inside strings, so the JSON means the same; a terminal sees no control character.
        text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False)
        self.stdout.write(CONTROL_CHARACTERS.sub(_escape_c1, text) + "\n")

    def line(self, text: str = "") -> None:
        """Every line of words goes through here, so no stored text reaches the terminal raw."""
        self.stdout.write(printable(text) + "\n")

    def error(self, text: str) -> None:
        self.stderr.write(printable(text) + "\n")

    def t(self, vi: str, en: str) -> str:
        return en if self.lang == "en" else vi

    def num(self, value: float, decimals: int = 0) -> str:
        """A number as the language writes it: 2.000 and 2,6 in Vietnamese, 2,000 and 2.6 in English."""
        text = f"{value:,.{decimals}f}"
        return text if self.lang == "en" else text.translate(str.maketrans(",.", ".,"))


def case_json(row: CaseRow) -> dict[str, Any]:
    """The replicated facts of a queue row (nothing local), as `cases list --json` prints them."""
    return {
        "ref": row.ref,
        "id": row.id,
        "title": row.title,
        "status": row.status,
        "priority": Priority.from_level(row.priority).value,
        "urgent": row.urgent,
        "category": row.category,
        "influencer": row.influencer,
        "influencer_id": row.influencer_id,
        "platform": row.platform,
        "assignee": row.assignee_id,
        "assignee_name": row.assignee_name,
        "opened_at": iso_utc(row.opened_at),
        "last_activity_at": iso_utc(row.last_activity_at),
        "sla": {"kind": row.sla_kind, "due": iso_utc(row.sla_due_at)},
        "reports": row.reports,
        "merged_into": row.merged_into,
    }


def case_detail_json(detail: CaseDetail, refs: dict[str, str]) -> dict[str, Any]:
    from moderator_app.services.history import changes_json

    data = case_json(detail.case)
    data["merged_into_ref"] = refs.get(detail.case.merged_into) if detail.case.merged_into else None
    data["merged_from"] = list(detail.merged_from)
    data["conflicts"] = list(detail.conflicts)
    data["report_count"] = data["reports"]
    data["reports"] = [
        {
            "id": r.id,
            "platform": r.platform,
            "handle": r.handle,
            "url": r.url,
            "category": r.category,
            "description": r.description,
            "source": r.source,
            "reporter": r.reporter,
            "seen_at": iso_utc(r.seen_at),
            "received_at": iso_utc(r.received_at),
            "filed_by": r.filed_by,
            "attachments": list(r.attachments),
        }
        for r in detail.reports
    ]
    data["notes"] = [
        {"id": n.id, "author": n.author_id, "author_name": n.author_name, "body": n.body,
         "created_at": iso_utc(n.created_at)}
        for n in detail.notes
    ]
    marks: dict[str, list[dict[str, Any]]] = {}
    for a in detail.annotations:
        marks.setdefault(a.evidence_id, []).append(annotation_json(a))
    data["evidence"] = [
        {**evidence_json(e), "annotations": marks.get(e.id, [])} for e in detail.evidence
    ]
    data["decisions"] = [
        {"id": d.id, "meeting": d.meeting_id, "meeting_title": d.meeting_title, "date": d.decided_on,
         "outcome": d.outcome, "rationale": d.rationale,
         "votes": {"for": d.votes_for, "against": d.votes_against, "abstain": d.votes_abstain},
         "published": d.published, "amends": d.amends}
        for d in detail.decisions
    ]
    history = []
    for h in detail.history:
        item: dict[str, Any] = {
            "event": h.event_id,
            "at": iso_utc(h.at),
            "who": h.author_name,
            "who_id": h.author_id,
            "type": h.type,
        }
        changes = changes_json(h)
        if changes:
            item["changes"] = changes
        for key in ("reason", "body", "outcome"):
            if key in h.payload:
                item["note" if key == "body" else key] = h.payload[key]
        if h.type == "case.merged":
            item["into"] = refs.get(h.payload["into"], h.payload["into"])
        if h.type.startswith(("evidence.", "annotation.")):
            item["evidence"] = h.payload.get("evidence", h.entity) if h.type.startswith("annotation.") else h.entity
            for key in ("name", "url", "label", "problem"):
                if h.payload.get(key):
                    item[key] = h.payload[key]
        if h.type == "case.unmerged":
            item["from"] = refs.get(h.payload["from"], h.payload["from"])
        if "undoes" in h.payload:
            item["undoes"] = h.payload["undoes"]
        history.append(item)
    data["history"] = history
    return data


def evidence_json(e: EvidenceRow) -> dict[str, Any]:
    """One evidence item as `case show --json` and `evidence list --json` print it."""
    return {"id": e.id, "kind": e.kind, "name": e.name, "sha256": e.sha256, "size": e.size, "mime": e.mime,
            "claimed_mime": e.claimed_mime, "url": e.url, "note": e.note, "added_by": e.added_by,
            "added_by_name": e.added_by_name, "added_at": iso_utc(e.added_at),
            "captured_at": iso_utc(e.captured_at), "report": e.report_id}


def annotation_json(a: AnnotationRow) -> dict[str, Any]:
    return {"id": a.id, "evidence": a.evidence_id, "kind": a.kind, "geometry": a.geometry, "label": a.label,
            "comment": a.comment, "author": a.author_id, "author_name": a.author_name,
            "created_at": iso_utc(a.created_at), "updated_at": iso_utc(a.updated_at), "versions": a.edits + 1}


def when_arg(text: str) -> int:
    """``--at`` / ``--captured-at WHEN``: ISO 8601, a date or a date and time, to UTC ms.

    With an offset (``2026-12-05T23:30+07:00``, ``2026-12-05T16:30Z``: the same instant) the time
    is that; without one it is Vietnam's time; a date alone is its midnight in Vietnam."""
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date or time: {text!r} (use 2026-10-12, 2026-10-12T21:04 or 2026-10-12T21:04+07:00)") from None
    return ms_from_datetime(dt)


def date_text(ms: int | None) -> str:
    return "" if ms is None else local_date(ms).strftime("%d/%m/%Y")


def label(enum: type, code: str, lang: str) -> str:
    return enum(code).label(lang)


__all__ = ["Category", "Output", "Platform", "Status", "case_detail_json", "case_json", "date_text", "label",
           "printable", "when_arg"]
