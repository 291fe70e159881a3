"""``verify``'s sync part: evidence files that arrived ahead of their events, every archived
bundle's signature, and every device's chain of bundles.

The log's own hash chains are checked by ``services.verify``; this checks that what came from
others is still exactly what they signed, and that each device's bundles follow each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from . import archive
from .bundle import BundleFile
from .errors import Incomplete, Refused
from .root import Root
from .round import pinned_root


@dataclass
class ArchiveCheck:
    problems: list[str] = field(default_factory=list)
    bundles: int = 0
    blobs: int = 0


def check_blobs(ws: Workspace, result: ArchiveCheck) -> None:
    """Evidence files that no evidence item names yet (they came ahead of their events) still
    match their hashes; ``services.verify`` checks, and names, the ones evidence refers to."""
    from moderator_app.store.evidence_queries import referenced_blobs

    with ws.db.read() as conn:
        referenced = {use.sha256 for use in referenced_blobs(raw_connection(conn))}
    for sha in ws.blobs:
        if sha in referenced:
            continue
        result.blobs += 1
        if ws.blobs.check(sha) is not None:
            result.problems.append(f"evidence file {sha} is damaged: its bytes no longer match its hash")


def check_archive(ws: Workspace) -> ArchiveCheck:
    result = ArchiveCheck()
    check_blobs(ws, result)
    if ws.local_state("committee_root") is None:
        return result
    root: Root = pinned_root(ws)
    folder = archive.archive_root(ws)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        held = archive.bundles(raw)
        keys = {r[0]: r[1] for r in raw.execute("SELECT id, public_key FROM devices")}
        hashes = {}
        for b in held:
            row = raw.execute("SELECT max(seq) FROM events WHERE device_id = ?", (b.device_id,)).fetchone()
            upto = min(b.last_seq, row[0] or 0)
            h = raw.execute("SELECT hash FROM events WHERE device_id = ? AND seq = ?", (b.device_id, upto)).fetchone()
            hashes[b.bundle_id] = (upto, h[0] if h else None)
    keys.setdefault(root.chair_device, root.chair_key)
    previous: dict[str, tuple[int, str]] = {}  # device -> (last seq, bundle id) of its chain so far
    for b in held:
        result.bundles += 1
        name = f"bundle {b.path}"
        try:
            with BundleFile(folder / b.path) as bf:
                m = bf.manifest
                if m.bundle_id != b.bundle_id:
                    result.problems.append(f"{name} is not the bundle that was applied (its manifest changed)")
                    continue
                key = keys.get(b.device_id)
                if key is None or not bf.signed_by(key):
                    result.problems.append(f"{name}: the signature does not match device {b.device_id}'s key")
                    continue
                events = bf.events()
        except (Incomplete, Refused) as exc:
            result.problems.append(f"{name}: {exc}")
            continue
        except FileNotFoundError:
            result.problems.append(f"{name} is missing from the archive")
            continue
        upto, stored = hashes[b.bundle_id]
        if upto >= b.first_seq and events[upto - b.first_seq].hash != stored:
            result.problems.append(f"{name} does not hold the events of device {b.device_id} in the log")
        last = previous.get(b.device_id)
        if last is not None and b.first_seq == last[0] + 1 and m.prev_bundle != last[1]:
            result.problems.append(f"{name} does not name device {b.device_id}'s previous bundle")
        if last is None and b.first_seq != 1:
            result.problems.append(f"the bundles of device {b.device_id} start at event {b.first_seq}, not 1")
        elif last is not None and b.first_seq > last[0] + 1:
            result.problems.append(f"the bundles of device {b.device_id} skip events {last[0] + 1}–{b.first_seq - 1}")
        if last is None or b.last_seq > last[0]:
            previous[b.device_id] = (b.last_seq, b.bundle_id)
    return result
