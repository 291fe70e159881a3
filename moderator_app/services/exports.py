"""Exports as user actions: who may export, which meeting, where the file goes.

Exports read only; they need the chair's or the secretary's role (DOMAIN.md: the secretary
handles exports). Each runs on its own read connection, so the window can run it off the GUI
thread while people keep working.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.text import fold
from moderator_app.exports import cases as case_export
from moderator_app.exports import meeting_workbook, register
from moderator_app.exports.progress import Progress
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import CaseFilter

from .meetings import _today
from .workspace import Workspace

EXPORTERS = (Role.CHAIR, Role.SECRETARY)


def resolve_meeting(ws: Workspace, text: str) -> str:
    """A meeting id from an id, or from a date when only one meeting falls on it."""
    key = text.strip()
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        row = raw.execute("SELECT id FROM meetings WHERE id = ?", (key.lower(),)).fetchone()
        if row is not None:
            return str(row[0])
        rows = raw.execute("SELECT id FROM meetings WHERE date = ? ORDER BY id", (key,)).fetchall()
    if len(rows) > 1:
        raise UserError(f"{len(rows)} meetings fall on {key}; name one by its id (see `meeting list`)",
                        vi=f"có {len(rows)} cuộc họp vào ngày {key}; hãy chỉ rõ một cuộc họp bằng mã của nó "
                           "(xem `meeting list`)",
                        code="meeting_ambiguous")
    if not rows:
        raise NotFound(f"no meeting {key!r}; see `meeting list`",
                       vi=f"không có cuộc họp {key!r}; xem `meeting list`", code="no_meeting")
    return str(rows[0][0])


def export_decisions(ws: Workspace, meeting: str, path: Path, lang: str, progress: Progress | None = None) -> Path:
    """The meeting's workbook, its title block naming the alliance and the committee as the
    committee's documents do (``committee profile``)."""
    from . import documents

    ws.require_role(*EXPORTERS, action="exporting decisions")
    meeting_id = resolve_meeting(ws, meeting)
    profile = documents.profile(ws)
    issuer = (profile.text("alliance", lang), profile.text("issuing_body", lang))
    with ws.db.read() as conn:
        return meeting_workbook.export_meeting(raw_connection(conn), meeting_id, path, lang, progress,
                                               issuer=issuer)


def decisions_file_name(ws: Workspace, meeting_id: str, lang: str) -> Path:
    """``quyet-dinh-cuoc-hop-2026-12-14.xlsx`` (``decisions-2026-12-14.xlsx`` in English), in the current folder.

    Plain ASCII, so that any file system, mail attachment or USB stick keeps the name; no internal id.
    When another meeting falls on the same day, the meeting's title (without diacritics) tells them apart.
    """
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        row = raw.execute("SELECT date, title FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise NotFound(f"no meeting {meeting_id!r}; see `meeting list`",
                           vi=f"không có cuộc họp {meeting_id!r}; xem `meeting list`", code="no_meeting")
        day, title = str(row[0]), str(row[1] or "")
        same_day = [str(r[0]) for r in raw.execute("SELECT id FROM meetings WHERE date = ? ORDER BY id", (day,))]
    stem = f"{'decisions' if lang == 'en' else 'quyet-dinh-cuoc-hop'}-{day}"
    if len(same_day) > 1:
        slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:48].strip("-")
        stem += f"-{slug or same_day.index(meeting_id) + 1}"
    return Path(f"{stem}.xlsx")


def export_register(ws: Workspace, path: Path, lang: str, as_of: date | None = None,
                    progress: Progress | None = None) -> Path:
    ws.require_role(*EXPORTERS, action="exporting the credibility register")
    from .credibility import register as credibility_register

    day = as_of or _today()
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        scores = {e.influencer.id: (e.score, e.band.value) for e in credibility_register(raw, day)}
        return register.export_register(raw, path, day, lang, progress, scores=scores)


def export_cases(ws: Workspace, flt: CaseFilter, path: Path, lang: str, sort: str = "opened", desc: bool = False,
                 progress: Progress | None = None) -> int:
    ws.require_role(*EXPORTERS, action="exporting cases")
    with ws.db.read() as conn:
        return case_export.export_cases(raw_connection(conn), flt, path, lang, sort, desc, progress)


def default_name(kind: str, stamp: str) -> Path:
    """``decisions-2026-03-12.xlsx`` and the like, in the current folder."""
    return Path(f"{kind}-{stamp}.xlsx")
