"""Publishing the public register: the decisions marked published, and the named non-compliant list.

Publication is an act of the committee: it writes the files (``exports.public_register``) and
records a ``register.published`` event with the date and the counts, so every member's history
shows when the register was last published and by whom.

The page names how the public reaches the committee: a contact line kept as this workspace's
setting ``register_contact`` (given once with ``export public --contact``, then reused), because
no committee setting holds one. Whether the page also shows the platforms' record (how each
platform answered the takedown requests of the last 12 months, figures only) is a setting kept
the same way, ``register_platform_figures``, off until a publication turns it on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from moderator_app.domain.clock import local_date
from moderator_app.domain.errors import UserError
from moderator_app.domain.permissions import allowed_roles
from moderator_app.domain.statistics import Period
from moderator_app.domain.text import CONTROL_CHARACTERS
from moderator_app.exports import public_register as files
from moderator_app.store import publication_queries as Q
from moderator_app.store.database import raw_connection

from .letters import committee_name
from .statistics import platforms_on
from .workspace import Workspace

SETTING_CONTACT = "register_contact"
SETTING_PLATFORMS = "register_platform_figures"
MAX_CONTACT = 300
PLATFORM_DAYS = 365  # the platforms' record on the page: the 12 months up to the register's date


@dataclass(frozen=True, slots=True)
class Publication:
    id: str
    folder: Path
    as_of: date
    decisions: int
    named: int
    unpublished_named: int  # level-4 decisions of the last 3 months not marked published: left off
    files: dict[str, str]  # file name -> SHA-256
    contact: str = ""  # the contact line printed ("" when none: the command says so)
    platform_figures: bool = False  # the page showed the platforms' record


def register_contact(ws: Workspace) -> str:
    """The contact line the page prints ("" when none was given)."""
    return str(ws.setting(SETTING_CONTACT, "") or "").strip()


def clean_contact(text: str) -> str:
    """One line, as the page prints it; refused when too long to read as a contact line."""
    line = " ".join(CONTROL_CHARACTERS.sub(" ", text).split())
    if len(line) > MAX_CONTACT:
        raise UserError(f"the contact line can hold at most {MAX_CONTACT} characters (it has {len(line)})",
                        vi=f"dòng liên hệ chỉ được dài tối đa {MAX_CONTACT} ký tự (hiện có {len(line)})",
                        code="register_contact_too_long")
    return line


def set_register_contact(ws: Workspace, text: str) -> str:
    """Keep the contact line for this and later publications; an empty one removes it."""
    line = clean_contact(text)
    if line:
        ws.set_setting(SETTING_CONTACT, line)
    else:
        ws.delete_setting(SETTING_CONTACT)
    return line


def register_platform_figures(ws: Workspace) -> bool:
    """Whether the page shows the platforms' record (off until a publication turns it on)."""
    return bool(ws.setting(SETTING_PLATFORMS, False))


def set_register_platform_figures(ws: Workspace, shown: bool) -> None:
    """Keep the choice for this and later publications."""
    if shown:
        ws.set_setting(SETTING_PLATFORMS, True)
    else:
        ws.delete_setting(SETTING_PLATFORMS)


def platforms_period(as_of: date) -> Period:
    """The 12 months the page's platforms' record covers: up to the register's date."""
    return Period(as_of - timedelta(days=PLATFORM_DAYS - 1), as_of)


def register_content(ws: Workspace, as_of: date, lang: str = "vi", contact: str | None = None,
                     published_on: date | None = None, platform_figures: bool | None = None) -> files.RegisterContent:
    """What the register lists on ``as_of`` (read only; the dialog previews it). The page is dated
    the day it is published, in Vietnam (today unless ``published_on``). With the platforms'
    record (``platform_figures``, else the setting), the requests sent in the 12 months up to
    ``as_of``, as known at the end of that day (or now, if sooner)."""
    shown = register_platform_figures(ws) if platform_figures is None else platform_figures
    period = platforms_period(as_of)
    now = min(ws.clock.wall(), period.end_ms - 1)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        decisions = Q.published_decisions(raw, as_of.isoformat())
        record = platforms_on(raw, period, now) if shown else None
    return files.RegisterContent(
        committee_name(ws), as_of, tuple(decisions), files.split_named(decisions, as_of), lang,
        register_contact(ws) if contact is None else clean_contact(contact),
        published_on or local_date(ws.clock.wall()),
        record, period if shown else None,
    )


def unpublished_named(ws: Workspace, as_of: date) -> int:
    since = files.add_months(as_of, -files.NAMED_MONTHS)
    with ws.db.read() as conn:
        return Q.unpublished_named(raw_connection(conn), since.isoformat(), as_of.isoformat())


def publish(ws: Workspace, folder: Path, lang: str = "vi", as_of: date | None = None,
            contact: str | None = None, platform_figures: bool | None = None) -> Publication:
    """Write the register into ``folder`` and record the publication. A ``contact`` or a choice of
    ``platform_figures`` given is kept for later publications once this one is written; ``None``
    uses the one kept."""
    ws.require_role(*sorted(allowed_roles("register.published")), action="publishing the public register")
    today = local_date(ws.clock.wall())
    day = as_of or today
    content = register_content(ws, day, lang, contact, today, platform_figures)
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
    if contact is not None:
        set_register_contact(ws, contact)
    if platform_figures is not None:
        set_register_platform_figures(ws, platform_figures)
    return Publication(publication_id, Path(folder), day, len(content.decisions), len(content.named),
                       unpublished_named(ws, day), written, content.contact, content.platforms is not None)


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
