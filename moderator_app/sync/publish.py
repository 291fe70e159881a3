"""Writing this device's new events as signed bundles: first into the archive, then the folder.

Each bundle's dependency vector is exactly what the device had applied from the others when it
wrote those events: a run of own events is cut wherever events from other devices were applied
between two of them (the log's local order, ``events.num``, tells). Bundles are deterministic,
so a round interrupted between writing and recording simply writes the same bytes again.
"""

from __future__ import annotations

import bisect
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from moderator_app.services.workspace import Workspace
from moderator_app.store.atomic import atomic_file
from moderator_app.store.blobs import BlobDamaged, BlobError
from moderator_app.store.database import raw_connection
from moderator_app.store.events import SELECT_EVENT_COLUMNS, Event, event_from_row

from . import archive
from .bundle import BundleFile, referenced_blobs, write_bundle
from .keyfiles import write_keyfile
from .layout import blobs_dir, bundle_name, bundles_dir, is_temp_name, write_atomic

log = logging.getLogger(__name__)

MAX_EVENTS_PER_BUNDLE = 10_000


@dataclass(frozen=True, slots=True)
class Run:
    events: list[Event]
    deps: dict[str, int]


def _runs(ws: Workspace) -> tuple[list[Run], str | None]:
    me = ws.identity.device_id
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        last = raw.execute(
            "SELECT bundle_id, last_seq FROM sync_bundles WHERE device_id = ? ORDER BY last_seq DESC LIMIT 1", (me,)
        ).fetchone()
        prev_bundle, published = (last[0], last[1]) if last else (None, 0)
        rows = raw.execute(
            f"SELECT num, {SELECT_EVENT_COLUMNS} FROM events WHERE device_id = ? AND seq > ? ORDER BY seq",
            (me, published),
        ).fetchall()
        if not rows:
            return [], prev_bundle
        nums = [r[0] for r in rows]
        own = [event_from_row(r[1:]) for r in rows]
        foreign = [r[0] for r in raw.execute(
            "SELECT num FROM events WHERE num BETWEEN ? AND ? AND device_id != ? ORDER BY num",
            (nums[0], nums[-1], me),
        )]
        runs: list[Run] = []
        start = 0
        for i in range(1, len(own) + 1):
            cut = i == len(own) or i - start >= MAX_EVENTS_PER_BUNDLE
            if not cut:
                # events of other devices applied between own events i-1 and i
                k = bisect.bisect_left(foreign, nums[i - 1])
                cut = k < len(foreign) and foreign[k] < nums[i]
            if cut:
                deps = dict(raw.execute(
                    "SELECT device_id, max(seq) FROM events WHERE num < ? AND device_id != ? GROUP BY device_id",
                    (nums[start], me),
                ).fetchall())
                runs.append(Run(own[start:i], deps))
                start = i
    return runs, prev_bundle


def publish_to_archive(ws: Workspace) -> list[archive.ArchivedBundle]:
    """Bundle every own event not yet in a bundle; return the new bundles."""
    committee_id = ws.local_state("committee_id")
    assert committee_id is not None
    runs, prev_bundle = _runs(ws)
    if not runs:
        return []
    key = ws.private_key()
    blob_store = ws.blobs
    made = []
    for run in runs:
        blobs = {}
        for sha in sorted(referenced_blobs(run.events)):
            if blob_store.has(sha):
                try:
                    blobs[sha] = blob_store.size(sha)  # the plaintext's: what the shared folder receives
                except (OSError, BlobError):  # damaged beyond reading its size: not offered
                    log.warning("evidence file %s is damaged; not offered with its bundle", sha)
        out = io.BytesIO()
        m = write_bundle(out, run.events, committee_id=committee_id, prev_bundle=prev_bundle, deps=run.deps,
                         blobs=blobs, key=key)
        rel = archive.store_file(ws, m, out.getvalue())
        with ws.db.write() as conn:
            archive.record(raw_connection(conn), m, rel)
        made.append(archive.ArchivedBundle(m.bundle_id, m.device, m.first_seq, m.last_seq, m.min_hlc, m.max_hlc,
                                           rel))
        prev_bundle = m.bundle_id
    return made


def mirror_to_folder(ws: Workspace, folder: Path) -> list[str]:
    """Copy own archived bundles (and their evidence files) missing from the device's folder.

    Blobs go first, so a reader that sees the bundle finds its evidence. A file already there
    under the bundle's name is left alone (the import step checks that it is the same history).
    """
    me = ws.identity.device_id
    with ws.db.read() as conn:
        own = archive.bundles(raw_connection(conn), device_id=me)
    target = bundles_dir(folder, me)
    present = {p.name for p in target.iterdir() if not is_temp_name(p.name)} if target.is_dir() else set()
    root = archive.archive_root(ws)
    written = []
    for b in own:
        name = bundle_name(b.first_seq, b.last_seq)
        if name in present:
            continue
        source = root / b.path
        with BundleFile(source) as bf:
            blobs = bf.manifest.blobs
            events = bf.events()
        write_keyfile(ws, folder, me, b.first_seq, b.last_seq, events)  # before the bundle, like its files
        blob_target = blobs_dir(folder, me)
        for sha in blobs:
            if not (blob_target / sha).is_file() and ws.blobs.has(sha):
                _copy_blob(ws, sha, blob_target / sha)
        write_atomic(target / name, source)
        present.add(name)
        written.append(f"devices/{me}/bundles/{name}")
    return written


def _copy_blob(ws: Workspace, sha: str, target: Path) -> None:
    """An evidence file into the shared folder, in clear (the other members have their own keys),
    and only if it is the file its name says: a damaged one stays out (``verify`` reports it, and
    the others take the file from a member who has it whole)."""
    try:
        with atomic_file(target, make_parents=True) as out:
            if ws.blobs.copy_to(sha, out) != sha:
                raise BlobDamaged(f"evidence file {sha} is damaged: its content no longer matches its hash")
    except (BlobError, OSError) as exc:  # reading ours failed (writing there raises WriteFailed)
        log.warning("evidence file %s not copied to the shared folder: %s", sha, exc)
