"""Migrations, the lock, durability settings, identity."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from moderator_app.domain.errors import DatabaseTooNew, WorkspaceBusy
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import migrate as migrate_mod
from moderator_app.store.database import raw_connection
from moderator_app.store.models import Base
from moderator_app.store.tallies import TALLY_TRIGGERS

from .conftest import Cli


def test_new_database_is_created_at_head_with_pragmas(ws: Workspace):
    assert migrate_mod.current_revision(ws.paths.db) == migrate_mod.SCHEMA_HEAD == migrate_mod.script_head()
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_models_and_migrations_agree(ws: Workspace):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with ws.db.read() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate_mod.include_name})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_every_queue_sort_and_filter_has_a_named_index(ws: Workspace):
    with ws.db.read() as conn:
        names = {r[0] for r in raw_connection(conn).execute("SELECT name FROM sqlite_master WHERE type='index'")}
    for column in ("status", "opened_at", "last_activity_at", "sla_due_at", "priority", "urgent", "category",
                   "platform", "assignee_id", "influencer_sort", "assignee_sort", "report_count"):
        assert any(n.startswith("ix_cases_") and column in n for n in names), column


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path, cli: Cli):
    Workspace.open(tmp_path / "w").close()
    db = tmp_path / "w" / "moderator.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew, match="newer than the application"):
        Workspace.open(tmp_path / "w")
    from .conftest import Cli as Runner

    result = Runner(tmp_path / "w")("cases", "list")
    assert result.code == 2 and "newer than the application" in result.err


def test_a_backup_is_taken_before_migrating(tmp_path: Path, monkeypatch):
    Workspace.open(tmp_path / "w").close()
    monkeypatch.setattr(migrate_mod, "SCHEMA_HEAD", "0000_pretend_newer_head")
    ws = Workspace.open(tmp_path / "w")
    try:
        assert ws.migration.backup is not None and ws.migration.backup.exists()
        copy = sqlite3.connect(ws.migration.backup)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate_mod.script_head()
        copy.close()
    finally:
        ws.close()


def test_a_second_process_on_the_same_data_dir_is_told_clearly(ws: Workspace):
    with pytest.raises(WorkspaceBusy, match="in use by process"):
        Workspace.open(ws.root)


def test_a_foreign_sqlite_file_is_not_touched(tmp_path: Path):
    (tmp_path / "w").mkdir()
    conn = sqlite3.connect(tmp_path / "w" / "moderator.sqlite3")
    conn.execute("CREATE TABLE mine (x)")
    conn.commit()
    conn.close()
    from moderator_app.domain.errors import UserError

    with pytest.raises(UserError, match="not a Digital Trust Moderator database"):
        Workspace.open(tmp_path / "w")


def test_identity_has_a_private_key_only_its_owner_can_read(ws: Workspace):
    key = ws.paths.identity / "device.key"
    mode = stat.S_IMODE(os.stat(key).st_mode)
    assert mode == 0o600
    assert len(ws.identity.device_id) == 10 and ws.identity.fingerprint.count(" ") == 5


def test_a_workspace_alone_is_its_own_chair(ws: Workspace):
    from moderator_app.domain.enums import Role

    assert ws.role() is Role.CHAIR
    assert ws.identity.member_name == "Nguyễn Văn Chủ Tịch"


def test_data_dir_from_environment(tmp_path: Path, monkeypatch):
    from moderator_app.store.paths import default_data_dir

    monkeypatch.setenv("MODERATOR_APP_DATA_DIR", str(tmp_path / "env-dir"))
    assert default_data_dir() == tmp_path / "env-dir"


def test_the_window_process_caps_sqlite_memory_over_all_connections():
    import sqlite3

    from moderator_app.store.database import WINDOW_SQLITE_HEAP, limit_process_memory

    probe = sqlite3.connect(":memory:")
    try:
        limit_process_memory()
        assert probe.execute("PRAGMA soft_heap_limit").fetchone()[0] == WINDOW_SQLITE_HEAP  # process-wide
    finally:
        limit_process_memory(0)  # no limit again for the other tests
        probe.close()


def test_a_new_database_has_the_tally_triggers_the_code_expects(ws: Workspace):
    with ws.db.read() as conn:
        held = [r[0] for r in raw_connection(conn).execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]
    assert sorted(held) == sorted(TALLY_TRIGGERS)


def test_a_workspace_of_the_first_schema_gains_tallies_days_indexes_and_a_true_deadline_sort(tmp_path: Path):
    from moderator_app.services.demo import generate

    ws = Workspace.open(tmp_path / "w", member_name="Chủ tịch")
    generate(ws, cases=120, seed=3)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        expected_sorts = raw.execute("SELECT id, sla_sort FROM cases ORDER BY id").fetchall()
        expected_tallies = raw.execute("SELECT * FROM case_tallies ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
        expected_days = raw.execute("SELECT * FROM case_days ORDER BY 1").fetchall()
        expected_names = raw.execute("SELECT id, influencer_sort, assignee_sort FROM cases ORDER BY id").fetchall()
    ws.close()
    # What the first schema held: no tallies, and deadlines sorted where a case's first one fell.
    conn = sqlite3.connect(tmp_path / "w" / "moderator.sqlite3")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE case_tallies")
    conn.execute("DROP TABLE case_days")
    conn.execute("DROP INDEX ix_agenda_items_influencer_id")
    conn.execute("DROP INDEX ix_decisions_decided_on_outcome_influencer_id")
    conn.execute("DROP INDEX ix_cases_sla_sort_id_filters")
    conn.execute("CREATE INDEX ix_cases_sla_sort_id_status_opened_at ON cases (sla_sort, id, status, opened_at)")
    stale = conn.execute("UPDATE cases SET sla_sort = opened_at + 3600000 WHERE status IN ('closed', 'decided')")
    assert stale.rowcount > 10
    # Names sorted by their folded form, before the Vietnamese order (0004).
    conn.execute("DROP INDEX ix_influencers_name_sort")
    conn.execute("ALTER TABLE influencers DROP COLUMN name_sort")
    conn.execute("ALTER TABLE members DROP COLUMN name_sort")
    conn.execute("UPDATE cases SET influencer_sort = (SELECT name_key FROM influencers i WHERE i.id = influencer_id)")
    conn.execute("DROP TABLE calendar_days")  # the committee's days off (0005)
    conn.execute("DROP TABLE committee_profile")  # the documents' committee data (0007)
    conn.execute("DROP INDEX ix_letters_number")
    for column in ("doc_year", "doc_series", "doc_seq", "renumbered_hlc"):
        conn.execute(f"ALTER TABLE letters DROP COLUMN {column}")
    conn.execute("DROP TABLE minutes_issued")  # minutes in the register (0008)
    for column in ("track", "track_since"):  # a case's own countdown (0008)
        conn.execute(f"ALTER TABLE cases DROP COLUMN {column}")
    # Sealed personal fields and erasures (0009): the demo of this version sealed its reporters, so
    # their keys are put back after the upgrade (a real first-schema workspace sealed nothing).
    sealing = (conn.execute("SELECT id, key, device_id FROM personal_keys").fetchall(),
               conn.execute("SELECT sealed_key, id FROM reports WHERE sealed_key IS NOT NULL").fetchall())
    assert sealing[0] and sealing[1]
    conn.execute("DROP TABLE personal_keys")
    conn.execute("DROP TABLE erased_keys")
    conn.execute("DROP TABLE sealed_waiting")
    conn.execute("DROP INDEX ix_reports_sealed_key")
    conn.execute("DROP INDEX ix_evidence_purged_at")
    for table, column in (("reports", "sealed_key"), ("letters", "sealed_key"), ("evidence", "purged_at")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    conn.commit()
    conn.close()
    ws = Workspace.open(tmp_path / "w")
    try:
        assert ws.migration.before == "0001_initial" and ws.migration.backup is not None
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            assert raw.execute("SELECT id, sla_sort FROM cases ORDER BY id").fetchall() == expected_sorts
            assert raw.execute("SELECT * FROM case_tallies ORDER BY 1, 2, 3, 4, 5, 6").fetchall() == expected_tallies
            assert raw.execute("SELECT * FROM case_days ORDER BY 1").fetchall() == expected_days
            assert raw.execute("SELECT id, influencer_sort, assignee_sort FROM cases ORDER BY id").fetchall() == \
                expected_names
            upgraded = raw.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        fresh = Workspace.open(tmp_path / "fresh")
        with fresh.db.read() as conn:
            assert upgraded == raw_connection(conn).execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        fresh.close()
        with ws.db.write() as conn:
            raw_connection(conn).executemany("INSERT INTO personal_keys (id, key, device_id) VALUES (?, ?, ?)",
                                             sealing[0])
            raw_connection(conn).executemany("UPDATE reports SET sealed_key = ? WHERE id = ?", sealing[1])
        assert verify(ws).ok
    finally:
        ws.close()


def test_the_database_and_evidence_are_owner_only_even_in_a_folder_made_before(tmp_path: Path):
    from moderator_app.domain.enums import Category, Platform
    from moderator_app.services import reports

    folder = tmp_path / "made-before"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with Workspace.open(folder) as ws:
        reports.file_report(ws, reports.ReportInput("Khoa Pug", Platform.TIKTOK, Category.FRAUD, reporter="0911222333"),
                            files=[shot])
        blob = next(p for p in ws.blobs.root.rglob("*") if p.is_file())
        for path in (ws.paths.db, ws.blobs.root, blob.parent):
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_a_demo_database_is_owner_only_too(tmp_path: Path):
    from moderator_app.services.demo import generate

    folder = tmp_path / "made-before"
    folder.mkdir()
    folder.chmod(0o755)
    with Workspace.open(folder) as ws:
        generate(ws, cases=30, seed=2)
        assert stat.S_IMODE(ws.paths.db.stat().st_mode) == 0o600
