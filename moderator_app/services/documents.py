"""The committee's documents: its data for them (names, place, rules, platforms), the register of
outgoing documents (sổ văn bản đi) and the numbers it gives.

Members write letters offline, so two of them can take the same number before they sync. A
number is never reused knowingly: each letter takes the next number its member's store knows; a
clash that sync brings in is listed (``clashes``, ``letters list`` and the sync report) until the
secretary settles it by giving one of the two the next free number (``renumber``), an event that
syncs like any other.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from moderator_app.domain.documents import PROFILE_KEYS, DocumentProfile, number_symbol
from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.permissions import allowed_roles
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.schema import SCHEMAS

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


def _invalid(key: str, en: str, vi: str) -> UserError:
    return UserError(f"the value of {key} is not valid: {en}", vi=f"giá trị của {key} không hợp lệ: {vi}",
                     code="profile_value_invalid")


def _pair(key: str, value: Any) -> list[str]:
    """A (Vietnamese, English) pair as stored: one text stands for both languages."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not 1 <= len(value) <= 2 or not all(isinstance(v, str) for v in value):
        raise _invalid(key, "give a text, or a list of two texts [Vietnamese, English]",
                       "hãy nhập một đoạn văn bản, hoặc danh sách hai đoạn [tiếng Việt, tiếng Anh]")
    pair = [" ".join(v.split()) for v in value] + [""] * (2 - len(value))
    if not pair[0]:
        raise _invalid(key, "the Vietnamese text is empty", "phần tiếng Việt đang để trống")
    return pair


def _normalised(key: str, value: Any, stored: Any) -> Any:
    """``value`` in the form the profile stores for ``key``, or a refusal saying what is expected.

    Each key keeps the type of its default, so a letter never prints "['a', 'b']" or reads the
    text "false" as true; a map changes only the entries given (``null`` returns one to its
    default), so setting one rule after another keeps both."""
    default = getattr(DocumentProfile(), key)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise _invalid(key, "give true or false", "hãy nhập true hoặc false")
        return value
    if isinstance(default, tuple):
        return _pair(key, value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise _invalid(key, "give a text", "hãy nhập một đoạn văn bản")
        text = " ".join(value.split())
        if not text and key != "contact":
            raise _invalid(key, "it is empty", "đang để trống")
        return text
    if not isinstance(value, dict):
        raise _invalid(key, 'give a JSON object, e.g. {"fraud": ["Vietnamese", "English"]}',
                       'hãy nhập một đối tượng JSON, ví dụ {"fraud": ["tiếng Việt", "tiếng Anh"]}')
    codes = Category.codes() if key == "rules" else Platform.codes()
    unknown = sorted(str(k) for k in value if k not in codes)
    if unknown:
        raise _invalid(key, f"unknown code(s) {', '.join(unknown)}; known: {', '.join(codes)}",
                       f"không có mã {', '.join(unknown)}; các mã có: {', '.join(codes)}")
    merged: dict[str, list[str]] = dict(stored) if isinstance(stored, dict) else {}
    for code, item in value.items():
        if item is None:
            merged.pop(code, None)
        else:
            merged[code] = _pair(f"{key}.{code}", item)
    return merged


def set_profile(ws: Workspace, values: dict[str, Any]) -> list[str]:
    """Change items of the committee's document data (chair or secretary); returns the keys changed."""
    ws.require_role(*sorted(allowed_roles("committee.profile_set")), action="changing the committee's document data",
                    action_vi="thay đổi thông tin văn bản của Ban")
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
            raw = tx.scalar("SELECT value FROM committee_profile WHERE key = ?", (key,))
            stored = _normalised(key, value, json.loads(raw) if raw is not None else None)
            try:
                schema.payload({"value": stored}, "payload")
            except Exception as exc:  # the schema's own refusal (a text too long...), said for people
                what = exc.en if hasattr(exc, "en") else str(exc)
                raise _invalid(key, what, str(getattr(exc, "vi", what))) from None
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


def signer_name(ws: Workspace) -> str:
    """The chair's name for a signature block, or "" when the roster holds only this computer's
    login for it (a workspace used from the command line alone is never asked a name): a letter
    signed "root" is worse than one that asks who signs (``--set signer_name=...``)."""
    name = chair_name(ws).strip()
    if not name:
        return ""
    try:
        login = getpass.getuser()
    except OSError:  # no login name to mistake for a person's
        return name
    return "" if name == login and name == ws.identity.member_name else name


def next_number(conn: sqlite3.Connection, year: int, series: str) -> int:
    """The next number of ``series`` in ``year`` this store knows (letters and minutes alike)."""
    current = conn.execute(
        "SELECT max(seq) FROM (SELECT max(doc_seq) AS seq FROM letters WHERE doc_year = ? AND doc_series = ? "
        "UNION ALL SELECT max(doc_seq) FROM minutes_issued WHERE doc_year = ? AND doc_series = ?)",
        (year, series, year, series)).fetchone()[0]
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


_ERASED_RECIPIENT = ("Người phản ánh (thông tin đã xóa)", "The reporter (details erased)")


def register(ws: Workspace, year: int | None = None, lang: str = "vi") -> list[RegisterEntry]:
    """The register of outgoing documents, in number order (series, number), then unnumbered ones."""
    from moderator_app.domain.clock import local_date

    abbreviation = profile(ws).abbreviation
    sql = ("SELECT l.id, l.doc_year, l.doc_series, l.doc_seq, l.kind, l.sent_at, c.ref, "
           # a letter to a reporter whose details were erased: who it went to, not their name
           f"CASE WHEN l.sealed_key IS NOT NULL AND l.recipient = '' THEN '{_ERASED_RECIPIENT[lang == 'en']}' "
           "ELSE l.recipient END, coalesce(e.name, ''), (SELECT count(*) FROM letters o WHERE o.doc_year = l.doc_year "
           "AND o.doc_series = l.doc_series AND o.doc_seq = l.doc_seq) "
           "FROM letters l JOIN cases c ON c.id = l.case_id LEFT JOIN evidence e ON e.id = l.evidence_id")
    params: tuple[Any, ...] = ()
    if year is not None:
        sql += " WHERE l.doc_year = ?"
        params = (year,)
    sql += " ORDER BY l.doc_year IS NULL, l.doc_year, l.doc_series, l.doc_seq, l.sent_at, l.id"
    # The minutes of finalized meetings (series BB): the meeting's title stands where a case would.
    minutes_sql = ("SELECT n.meeting_id, n.doc_year, n.doc_series, n.doc_seq, n.issued_at, m.title, n.file_name, "
                   "(SELECT count(*) FROM minutes_issued o WHERE o.doc_year = n.doc_year AND o.doc_seq = n.doc_seq "
                   "AND o.doc_series = n.doc_series) FROM minutes_issued n JOIN meetings m ON m.id = n.meeting_id"
                   + (" WHERE n.doc_year = ?" if year is not None else ""))
    with ws.db.read() as conn:
        rows = raw_connection(conn).execute(sql, params).fetchall()
        minutes = raw_connection(conn).execute(minutes_sql, params).fetchall()
    out = []
    for lid, y, series, seq, kind, sent_at, ref, recipient, file_name, same in rows:
        number = number_symbol(seq, series, abbreviation) if seq else ""
        out.append(RegisterEntry(lid, number, y, series, seq, kind, local_date(sent_at).isoformat(), ref,
                                 recipient, file_name, bool(seq) and same > 1))
    for mid, y, series, seq, issued_at, title, file_name, same in minutes:
        number = number_symbol(seq, series, abbreviation)
        out.append(RegisterEntry(mid, number, y, series, seq, "minutes", local_date(issued_at).isoformat(), "",
                                 title, file_name, same > 1))
    out.sort(key=lambda e: (e.year is None, e.year or 0, e.series or "", e.seq or 0, e.date, e.id))
    return out


def clashes(ws: Workspace) -> list[list[RegisterEntry]]:
    """Groups of letters holding the same number (after sync): each to be settled by the secretary."""
    groups: dict[tuple[Any, ...], list[RegisterEntry]] = {}
    for entry in register(ws):
        if entry.clash:
            groups.setdefault((entry.year, entry.series, entry.seq), []).append(entry)
    return list(groups.values())


def renumber(ws: Workspace, letter: str) -> RegisterEntry:
    """Give a letter the next free number of its series and year, settling a clash.

    Only a letter that shares its number is renumbered: a letter sent with a number of its own
    keeps it, since the copy its recipient holds bears that number."""
    ws.require_role(*sorted(allowed_roles("letter.renumbered")), action="renumbering a letter",
                    action_vi="cấp lại số văn bản")
    wanted = letter.strip().lower()
    with ws.db.read() as conn:
        meeting = raw_connection(conn).execute(
            "SELECT meeting_id, doc_year, doc_series, doc_seq, file_name, lang, sha256 FROM minutes_issued "
            "WHERE meeting_id = ?", (wanted,)).fetchone()
    if meeting is not None:  # a meeting's minutes: issued again under the next number of their series
        with ws.transaction() as tx:
            shared = tx.scalar("SELECT count(*) FROM minutes_issued WHERE doc_year = ? AND doc_series = ? AND "
                               "doc_seq = ?", meeting[1:4])
            if int(shared or 0) < 2:
                raise UserError(
                    f"the minutes of meeting {meeting[0]} hold their number alone: only a number shared is changed",
                    vi=f"biên bản cuộc họp {meeting[0]} không trùng số với văn bản nào: chỉ cấp lại số bị trùng",
                    code="letter_number_not_shared")
            seq = next_number(tx.conn, meeting[1], meeting[2])
            tx.emit("meeting.minutes_issued", meeting[0], {
                "number": {"year": meeting[1], "series": meeting[2], "seq": seq}, "file_name": meeting[4],
                "lang": meeting[5], **({"sha256": meeting[6]} if meeting[6] else {})})
        return next(e for e in register(ws) if e.id == meeting[0])
    with ws.transaction() as tx:
        rows = tx.all("SELECT id, doc_year, doc_series, doc_seq, case_id FROM letters WHERE id = ? OR id LIKE ? "
                      "ORDER BY id = ? DESC, id LIMIT 2", (wanted, wanted.replace("%", "").replace("_", "") + "%",
                                                           wanted))
        if not wanted or not rows:
            raise NotFound(f"no letter {letter!r}; `letters list` shows them",
                           vi=f"không có văn bản {letter!r}; lệnh `letters list` liệt kê các văn bản",
                           code="no_letter")
        if len(rows) > 1 and rows[0][0] != wanted:
            raise UserError(f"{letter!r} is the beginning of several letters' ids; give more of it",
                            vi=f"{letter!r} là phần đầu mã của nhiều văn bản; hãy nhập dài hơn",
                            code="letter_id_ambiguous")
        lid, year, series, seq, case_id = rows[0]
        if year is None:
            raise UserError("this letter was sent before letters were numbered; it keeps no number",
                            vi="văn bản này được gửi trước khi có sổ văn bản đi nên không có số",
                            code="letter_not_numbered")
        shared = tx.scalar("SELECT count(*) FROM letters WHERE doc_year = ? AND doc_series = ? AND doc_seq = ?",
                           (year, series, seq))
        if int(shared or 0) < 2:
            raise UserError(
                f"letter {lid} holds its number alone: only a letter sharing its number with another is renumbered",
                vi=f"văn bản {lid} không trùng số với văn bản nào: chỉ cấp lại số cho văn bản bị trùng số",
                code="letter_number_not_shared")
        tx.emit("letter.renumbered", lid, {"seq": next_number(tx.conn, int(year), str(series))}, case_id=case_id)
    return next(e for e in register(ws) if e.id == lid)
