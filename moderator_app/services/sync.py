"""Sync settings and bookkeeping kept in the workspace (never synced): the folder, the interval,
the committee this workspace belongs to, the rounds that ran, and frozen devices."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from moderator_app.domain.errors import UserError

from .workspace import Workspace

FOLDER_SETTING = "sync_folder"
INTERVAL_SETTING = "sync_interval_minutes"
DEFAULT_INTERVAL_MINUTES = 5
MIN_INTERVAL, MAX_INTERVAL = 1, 24 * 60


@dataclass(frozen=True, slots=True)
class CommitteeInfo:
    committee_id: str
    name: str
    fingerprint: str
    chair_device: str
    folder: Path | None


def committee(ws: Workspace) -> CommitteeInfo | None:
    """The committee this workspace belongs to, or ``None`` (a workspace on its own)."""
    committee_id = ws.local_state("committee_id")
    if committee_id is None:
        return None
    return CommitteeInfo(
        committee_id,
        ws.local_state("committee_name") or "",
        ws.local_state("committee_fingerprint") or "",
        ws.local_state("committee_chair_device") or "",
        folder(ws),
    )


def pin_committee(ws: Workspace, committee_id: str, name: str, fingerprint: str, chair_device: str,
                  root_file: bytes, folder_path: Path) -> None:
    """Remember the committee's root: later rounds refuse a folder with any other root."""
    ws.set_local_state("committee_root", root_file.decode("utf-8"))
    ws.set_local_state("committee_name", name)
    ws.set_local_state("committee_fingerprint", fingerprint)
    ws.set_local_state("committee_chair_device", chair_device)
    ws.set_local_state("committee_id", committee_id)
    set_folder(ws, folder_path)


def folder(ws: Workspace) -> Path | None:
    value = ws.setting(FOLDER_SETTING)
    return Path(value) if value else None


def set_folder(ws: Workspace, path: Path | None) -> None:
    ws.set_setting(FOLDER_SETTING, str(path.expanduser().resolve()) if path else None)


def interval_minutes(ws: Workspace) -> int:
    value = ws.setting(INTERVAL_SETTING, DEFAULT_INTERVAL_MINUTES)
    try:
        return max(MIN_INTERVAL, min(MAX_INTERVAL, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_MINUTES


def set_interval_minutes(ws: Workspace, minutes: int) -> None:
    if not MIN_INTERVAL <= minutes <= MAX_INTERVAL:
        raise UserError(f"the sync interval is {MIN_INTERVAL} to {MAX_INTERVAL} minutes",
                        vi=f"khoảng cách giữa hai lần đồng bộ phải từ {MIN_INTERVAL} đến {MAX_INTERVAL} phút",
                        code="sync_interval_out_of_range")
    ws.set_setting(INTERVAL_SETTING, int(minutes))


# --- the round log -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: int
    started_at: int  # local UTC ms
    finished_at: int
    source: str
    ok: bool
    written: int
    applied: int
    events_in: int
    rejected: int
    pending: int
    conflicts: int
    report: dict[str, Any]


def record_round(ws: Workspace, started_at: int, finished_at: int, source: str, ok: bool, written: int,
                 applied: int, events_in: int, rejected: int, pending: int, conflicts: int,
                 report: dict[str, Any]) -> None:
    from moderator_app.store.database import raw_connection

    with ws.db.write() as conn:
        raw_connection(conn).execute(
            "INSERT INTO sync_rounds (started_at, finished_at, source, ok, written, applied, events_in, rejected, "
            "pending, conflicts, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (started_at, finished_at, source, ok, written, applied, events_in, rejected, pending, conflicts,
             json.dumps(report, ensure_ascii=False)),
        )


def rounds(conn: sqlite3.Connection, limit: int = 500) -> list[RoundRow]:
    """The latest rounds first."""
    return [
        RoundRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8], r[9], r[10], json.loads(r[11]))
        for r in conn.execute(
            "SELECT id, started_at, finished_at, source, ok, written, applied, events_in, rejected, pending, "
            "conflicts, report FROM sync_rounds ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ]


def round_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_rounds").fetchone()[0])


@dataclass(frozen=True, slots=True)
class FrozenDevice:
    device_id: str
    member_name: str
    reason: str
    file: str


def frozen_devices(conn: sqlite3.Connection) -> list[FrozenDevice]:
    return [
        FrozenDevice(r[0], r[1] or "", r[2], r[3])
        for r in conn.execute(
            "SELECT f.device_id, m.name, f.reason, f.file FROM sync_frozen_devices f "
            "LEFT JOIN devices d ON d.id = f.device_id LEFT JOIN members m ON m.id = d.member_id "
            "ORDER BY f.device_id"
        )
    ]
