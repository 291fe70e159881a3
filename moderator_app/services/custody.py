"""The chain of custody: who opened evidence, copied it out or exported it, and when.

Forensic practice keeps, beside the evidence, a record of everyone who handled it. Here each
access is an ``evidence.accessed`` event in the case's history, signed and synced like any
change, so every member sees who took what out of the application. Viewing the same item again
within a few minutes is one access, not many: the history stays readable.
"""

from __future__ import annotations

import logging

from moderator_app.domain.hlc import pack
from moderator_app.domain.permissions import may_author

from .workspace import Workspace

log = logging.getLogger(__name__)

ONE_VIEWING_MS = 10 * 60 * 1000  # re-opening an item within this time is the same viewing


def record_access(ws: Workspace, evidence_id: str, action: str, to: str = "") -> bool:
    """Record that this member ``action``-ed an evidence item; returns whether an event was written.

    ``to`` names where a copy went (a file name, never a full path: where a member keeps files on
    their own computer is not the committee's business).
    """
    from .evidence import resolve_evidence

    item = resolve_evidence(ws, evidence_id)
    if not _may_record(ws):
        return False
    with ws.transaction() as tx:
        if action == "opened" and _seen_lately(tx, item.row.id, ws):
            return False
        payload: dict[str, object] = {"action": action, "name": item.row.name or item.row.url or ""}
        if item.row.sha256:
            payload["sha256"] = item.row.sha256
        if to:
            payload["to"] = to
        tx.emit("evidence.accessed", item.row.id, payload, case_id=item.case_id)
    return True


def record_pack_export(ws: Workspace, case_id: str, file_name: str, files: int) -> bool:
    """Record that this member exported the case's evidence pack (``file_name``, ``files`` files)."""
    if not _may_record(ws):
        return False
    with ws.transaction() as tx:
        tx.emit("evidence.accessed", case_id, {"action": "pack_exported", "to": file_name, "files": files},
                case_id=case_id)
    return True


def _may_record(ws: Workspace) -> bool:
    if may_author(ws.role(), "evidence.accessed"):
        return True
    log.warning("evidence access not recorded: role %s", ws.role().value)
    return False


def _seen_lately(tx, evidence_id: str, ws: Workspace) -> bool:  # noqa: ANN001 - services.transaction
    since = pack(max(0, ws.clock.wall() - ONE_VIEWING_MS), 0)
    return tx.one(
        "SELECT 1 FROM events WHERE entity = ? AND type = 'evidence.accessed' AND device_id = ? AND hlc >= ? "
        "AND json_extract(payload, '$.action') = 'opened' LIMIT 1",
        (evidence_id, ws.identity.device_id, since),
    ) is not None
