"""Rewrite migration 0001 from the models while the schema has not been released.

Until the first release no database exists outside development, so the schema lives in one
revision. Run this after changing ``store/models.py``; the models/migration agreement test
fails until you do. After the first release, add new revisions instead.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

from moderator_app.store.database import Database
from moderator_app.store.tallies import TALLY_TRIGGERS

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = ROOT / "moderator_app" / "store" / "migrations" / "versions"
TARGET = VERSIONS / "0001_initial.py"
FTS = '''    # Full-text search over folded text (domain.text.fold), one document per case; the
    # document's rowid is cases.pk.
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize='unicode61', prefix='2 3')"
    )
'''


def tally_triggers() -> str:
    """The triggers keeping ``case_tallies`` (store/tallies.py), as literal SQL: a migration
    must not change when the application's code does."""
    lines = ["    # Counts of the queue's filters, kept by SQLite (store/tallies.py)."]
    lines += [f"    op.execute({statement!r})" for statement in TALLY_TRIGGERS]
    return "\n".join(lines) + "\n"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "empty.sqlite3")
        cfg = Config()
        cfg.set_main_option("script_location", str(ROOT / "moderator_app" / "store" / "migrations"))
        with db.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001_initial")
        db.dispose()
    generated = next(VERSIONS.glob("0001_initial_*.py"))
    text = generated.read_text(encoding="utf-8")
    generated.unlink()
    text = text.replace("    # ### end Alembic commands ###\n\n\ndef downgrade",
                        "    # ### end Alembic commands ###\n" + FTS + tally_triggers() + "\n\ndef downgrade", 1)
    drop = '    op.execute("DROP TABLE case_search")\n'
    text = text.replace("def downgrade() -> None:\n", "def downgrade() -> None:\n" + drop, 1)
    text = re.sub(r"Create Date: .*\n", "Create Date: 2026-11-28\n", text)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
