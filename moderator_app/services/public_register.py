"""Publishing the public register: the decisions marked published, and the named non-compliant list.

Publication is an act of the committee: it writes the files (``exports.public_register``) and
records a ``register.published`` event with the date and the counts, so every member's history
shows when the register was last published and by whom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from moderator_app.domain.clock import local_date
from moderator_app.domain.permissions import allowed_roles
from moderator_app.exports import public_register as files
from moderator_app.store import publication_queries as Q
from moderator_app.store.database import raw_connection

from .letters import committee_name
from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class Publication:
    id: str
    folder: Path
    as_of: date
    decisions: int
    named: int
    unpublished_named: int  # level-4 decisions of the last 3 months not marked published: left off
    files: dict[str, str]  # file name -> SHA-256


def register_content(ws: Workspace, as_of: date, lang: str = "vi") -> files.RegisterContent:
    """What the register lists on ``as_of`` (read only; the dialog previews it)."""
    with ws.db.read() as conn:
        decisions = Q.published_decisions(raw_connection(conn), as_of.isoformat())
    return files.RegisterContent(committee_name(ws), as_of, tuple(decisions), files.split_named(decisions, as_of),
                                 lang)


def unpublished_named(ws: Workspace, as_of: date) -> int:
    since = files.add_months(as_of, -files.NAMED_MONTHS)
    with ws.db.read() as conn:
        return Q.unpublished_named(raw_connection(conn), since.isoformat(), as_of.isoformat())


def publish(ws: Workspace, folder: Path, lang: str = "vi", as_of: date | None = None) -> Publication:
    """Write the register into ``folder`` and record the publication."""
    ws.require_role(*sorted(allowed_roles("register.published")), action="publishing the public register")
    day = as_of or local_date(ws.clock.wall())
    content = register_content(ws, day, lang)
    written = files.write_register(content, Path(folder))
    with ws.transaction() as tx:
        publication_id = tx.new_id()
        tx.emit("register.published", publication_id, {
            "published_on": day.isoformat(),
            "decisions": len(content.decisions),
            "named": len(content.named),
            "lang": lang,
            "files": written,
        })
    return Publication(publication_id, Path(folder), day, len(content.decisions), len(content.named),
                       unpublished_named(ws, day), written)


@dataclass(frozen=True, slots=True)
class PublicationRow:
    id: str
    published_on: str
    decisions: int
    named: int
    published_by: str
    published_at: int


def last_publication(ws: Workspace) -> PublicationRow | None:
    with ws.db.read() as conn:
        row = raw_connection(conn).execute(
            "SELECT p.id, p.published_on, p.decisions, p.named, coalesce(m.name, p.published_by), p.published_at "
            "FROM register_publications p LEFT JOIN members m ON m.id = p.published_by "
            "ORDER BY p.published_at DESC, p.id DESC LIMIT 1"
        ).fetchone()
    return None if row is None else PublicationRow(*row)
