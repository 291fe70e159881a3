"""The committee's documents: its data for them (names, place, rules, platforms), the register of
outgoing documents (sổ văn bản đi) and the numbers it gives.

Members write letters offline, so two of them can take the same number before they sync. A
number is never reused knowingly: each letter takes the next number its member's store knows; a
clash that sync brings in is listed (``clashes``, ``letters list`` and the sync report) until the
secretary settles it by giving one of the two the next free number (``renumber``), an event that
syncs like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from moderator_app.domain.documents import PROFILE_KEYS, DocumentProfile, number_text
from moderator_app.domain.enums import Role
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.permissions import allowed_roles
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.schema import SCHEMAS, InvalidEvent

from .transaction import Transaction
from .workspace import Workspace

# Which series of the register each kind of letter is numbered in.
SERIES_OF_KIND: dict[str, str] = {
    LetterKind.COMPLAINT.value: "TB",
    LetterKind.DECISION.value: "TB",
    LetterKind.TAKEDOWN.value: "CV",
}


def series_of(kind: str) -> str:
    return SERIES_OF_KIND.get(kind, "TB")


def profile(ws: Workspace) -> DocumentProfile:
    """The committee's data for documents: its own values over the alliance's defaults."""
    with ws.db.read() as conn:
        rows = raw_connection(conn).execute("SELECT key, value FROM committee_profile").fetchall()
    return DocumentProfile().with_values({key: json.loads(value) for key, value in rows})


def profile_json(p: DocumentProfile) -> dict[str, Any]:
    """The profile as the command line prints it and ``committee profile set --file`` reads it."""
    out: dict[str, Any] = {}
    for key in PROFILE_KEYS:
        value = getattr(p, key)
        out[key] = {k: list(v) for k, v in value.items()} if isinstance(value, dict) else \
            list(value) if isinstance(value, tuple) else value
    return out


def set_profile(ws: Workspace, values: dict[str, Any]) -> list[str]:
    """Change items of the committee's document data (chair or secretary); returns the keys changed."""
    ws.require_role(*sorted(allowed_roles("committee.profile_set")), action="changing the committee's document data")
    unknown = sorted(set(values) - set(PROFILE_KEYS))
    if unknown:
        raise UserError(f"unknown document data: {', '.join(unknown)}; known: {', '.join(PROFILE_KEYS)}",
                        vi=f"không có mục thông tin văn bản: {', '.join(unknown)}; "
                           f"các mục có: {', '.join(PROFILE_KEYS)}",
                        code="profile_key_unknown")
    schema = SCHEMAS["committee.profile_set"]
    changed = []
    with ws.transaction() as tx:
        for key, value in values.items():
            stored = list(value) if isinstance(value, tuple) else value
            try:
                schema.payload({"value": stored}, "payload")
            except Exception as exc:  # the schema's own refusal, said for people
                what = exc.en if hasattr(exc, "en") else str(exc)
                raise UserError(f"the value of {key} is not valid: {what}",
                                vi=f"giá trị của {key} không hợp lệ: {getattr(exc, 'vi', what)}",
                                code="profile_value_invalid") from None
            tx.emit("committee.profile_set", key, {"value": stored})
            changed.append(key)
    return changed


def chair_name(ws: Workspace) -> str:
    """Who signs for the committee: the chair on the roster (never the computer's login)."""
    with ws.db.read() as conn:
        row = raw_connection(conn).execute(
            "SELECT name FROM members WHERE role = ? AND revoked = 0 ORDER BY joined_at, id LIMIT 1",
            (Role.CHAIR.value,)).fetchone()
    return str(row[0]) if row else ws.identity.member_name


def next_number(tx: Transaction, year: int, series: str) -> int:
    """The next number of ``series`` in ``year`` this store knows."""
    current = tx.scalar("SELECT max(doc_seq) FROM letters WHERE doc_year = ? AND doc_series = ?", (year, series))
    return int(current or 0) + 1


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    id: str
    number: str  # "15/TB-BTGS", or "" for a letter sent before the register numbered letters
    year: int | None
    series: str | None
    seq: int | None
    kind: str
    date: str  # ISO, Vietnam's day
    case: str
    recipient: str
    file: str
    clash: bool  # another letter holds the same number: to be settled by the secretary

    def json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "kind": self.kind, "date": self.date, "case": self.case,
                "recipient": self.recipient, "file": self.file, "clash": self.clash}


def register(ws: Workspace, year: int | None = None, lang: str = "vi") -> list[RegisterEntry]:
    """The register of outgoing documents, in number order (series, number), then unnumbered ones."""
    from moderator_app.domain.clock import local_date

    abbreviation = profile(ws).abbreviation
    sql = ("SELECT l.id, l.doc_year, l.doc_series, l.doc_seq, l.kind, l.sent_at, c.ref, l.recipient, "
           "coalesce(e.name, ''), (SELECT count(*) FROM letters o WHERE o.doc_year = l.doc_year "
           "AND o.doc_series = l.doc_series AND o.doc_seq = l.doc_seq) "
           "FROM letters l JOIN cases c ON c.id = l.case_id LEFT JOIN evidence e ON e.id = l.evidence_id")
    params: tuple[Any, ...] = ()
    if year is not None:
        sql += " WHERE l.doc_year = ?"
        params = (year,)
    sql += " ORDER BY l.doc_year IS NULL, l.doc_year, l.doc_series, l.doc_seq, l.sent_at, l.id"
    with ws.db.read() as conn:
        rows = raw_connection(conn).execute(sql, params).fetchall()
    out = []
    for lid, y, series, seq, kind, sent_at, ref, recipient, file_name, same in rows:
        number = number_text(seq, series, abbreviation, lang).split(" ", 1)[1] if seq else ""
        out.append(RegisterEntry(lid, number, y, series, seq, kind, local_date(sent_at).isoformat(), ref,
                                 recipient, file_name, bool(seq) and same > 1))
    return out


def clashes(ws: Workspace) -> list[list[RegisterEntry]]:
    """Groups of letters holding the same number (after sync): each to be settled by the secretary."""
    groups: dict[tuple[Any, ...], list[RegisterEntry]] = {}
    for entry in register(ws):
        if entry.clash:
            groups.setdefault((entry.year, entry.series, entry.seq), []).append(entry)
    return list(groups.values())


def renumber(ws: Workspace, letter: str) -> RegisterEntry:
    """Give a letter the next free number of its series and year (settling a clash)."""
    ws.require_role(*sorted(allowed_roles("letter.renumbered")), action="renumbering a letter")
    with ws.transaction() as tx:
        row = tx.one("SELECT id, doc_year, doc_series, case_id FROM letters WHERE id = ? OR id LIKE ? "
                     "ORDER BY id = ? DESC LIMIT 1", (letter.strip().lower(), letter.strip().lower() + "%",
                                                      letter.strip().lower()))
        if row is None:
            raise NotFound(f"no letter {letter!r}; `letters list` shows them",
                           vi=f"không có văn bản {letter!r}; lệnh `letters list` liệt kê các văn bản",
                           code="no_letter")
        if row[1] is None:
            raise UserError("this letter was sent before letters were numbered; it keeps no number",
                            vi="văn bản này được gửi trước khi có sổ văn bản đi nên không có số",
                            code="letter_not_numbered")
        seq = next_number(tx, int(row[1]), str(row[2]))
        try:
            tx.emit("letter.renumbered", row[0], {"seq": seq}, case_id=row[3])
        except InvalidEvent:  # pragma: no cover - the payload is ours
            raise
    return next(e for e in register(ws) if e.id == row[0])
