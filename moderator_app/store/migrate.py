"""Bring a workspace database to the schema this version expects.

A new database is created at head. An older one is backed up (SQLite's online backup API)
and upgraded in one transaction. A database stamped with a revision this version does not know
was written by a newer version: it is refused, untouched, with a message saying so.

The fast path (already at head) reads one row with plain sqlite3 and never imports Alembic,
which keeps start-up quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from moderator_app.domain.errors import DatabaseTooNew, UserError

from . import driver
from .backup import backup_database
from .database import Database, raise_if_unreachable, raw_connection

SCHEMA_HEAD = "0012_takedown_countdowns"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


@dataclass(frozen=True, slots=True)
class MigrationOutcome:
    before: str | None  # revision found, None for a new database
    after: str
    backup: Path | None


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Autogenerate ignores the full-text index (an FTS5 virtual table and its shadow tables)."""
    return not (type_ == "table" and name is not None and name.startswith("case_search"))


def current_revision(path: Path) -> str | None:
    """The stamped revision, or ``None`` for a missing or empty database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = driver.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise UserError(
                    f"{path} is not a Digital Trust Moderator database (it has tables but no "
                    "schema version); choose another data directory",
                    vi=f"{path} không phải cơ sở dữ liệu của Tự giám sát Niềm tin số (có bảng nhưng không có "
                       "phiên bản lược đồ); hãy chọn thư mục dữ liệu khác",
                    code="not_a_moderator_database",
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except driver.DatabaseError as exc:
        raise_if_unreachable(path, exc)
        raise UserError(f"{path} cannot be read as a database: {exc}",
                        vi=f"không đọc được {path} như một cơ sở dữ liệu: {exc}",
                        code="database_unreadable") from exc
    finally:
        conn.close()


def _alembic_config():  # noqa: ANN202 - alembic is imported lazily on purpose
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {heads}")
    return heads[0]


def migrate(db: Database, backups_dir: Path) -> MigrationOutcome:
    before = current_revision(db.path)
    if before == SCHEMA_HEAD:
        return MigrationOutcome(before, SCHEMA_HEAD, None)
    if before is not None and before not in known_revisions():
        raise DatabaseTooNew(
            f"the database {db.path} is newer than the application (schema {before}); "
            "install the newer version of Digital Trust Moderator to open it",
            vi=f"cơ sở dữ liệu {db.path} mới hơn ứng dụng (lược đồ {before}); hãy cài phiên bản mới hơn của "
               "Tự giám sát Niềm tin số để mở",
            code="database_too_new",
        )
    backup = None
    if before is not None:
        backup = backup_database(db.path, backups_dir, reason=f"pre-migrate-{before}")
    _upgrade(db)
    return MigrationOutcome(before, SCHEMA_HEAD, backup)


def _upgrade(db: Database) -> None:
    from alembic import command

    cfg = _alembic_config()
    with db.engine.connect() as conn:
        raw = raw_connection(conn)
        raw.execute("BEGIN IMMEDIATE")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
        if raw.in_transaction:
            raw.execute("COMMIT")
