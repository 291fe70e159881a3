"""One sync round: publish this device's new events, then verify and apply everyone else's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from moderator_app.domain.hlc import wall_ms
from moderator_app.services import conflicts as conflict_queries
from moderator_app.services import sync as settings
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection

from .clocknotes import others_see_me_ahead, write_notes
from .errors import FolderError
from .importer import Importer, Progress
from .keyfiles import fill_missing, folder_keys, sweep_folder
from .publish import mirror_to_folder, publish_to_archive
from .report import OpenConflict, RoundReport
from .root import Root, parse_root, read_root
from .sources import FolderSource


def pinned_root(ws: Workspace) -> Root:
    """The committee root this workspace pinned when it created or joined the committee."""
    text = ws.local_state("committee_root")
    if text is None:
        raise FolderError("this workspace is not part of a committee; see `committee create` and `committee join`",
                          vi="không gian làm việc này chưa thuộc ban nào; xem `committee create` và `committee join`",
                          code="not_in_committee")
    return parse_root(text.encode("utf-8"), "the pinned committee root", "tệp gốc của ban mà máy này đã ghi nhớ")


def committee_folder(ws: Workspace, folder: Path | None = None) -> tuple[Path, Root]:
    """The shared folder to use and its root, checked against the pinned one."""
    pinned = pinned_root(ws)
    folder = folder.expanduser() if folder is not None else settings.folder(ws)
    if folder is None:
        raise FolderError("no shared folder is set; give --folder or choose one in the sync settings",
                          vi="chưa chọn thư mục dùng chung; hãy dùng --folder hoặc chọn thư mục trong cài đặt đồng bộ",
                          code="no_shared_folder")
    root = read_root(folder)
    if root.committee_id != pinned.committee_id or root.fingerprint != pinned.fingerprint:
        raise FolderError(
            f"{folder} belongs to another committee ({root.name}, fingerprint {root.fingerprint}); this workspace "
            f"belongs to {pinned.name} (fingerprint {pinned.fingerprint})",
            vi=f"{folder} thuộc về một ban khác ({root.name}, dấu vân tay {root.fingerprint}); không gian làm việc "
               f"này thuộc ban {pinned.name} (dấu vân tay {pinned.fingerprint})",
            code="folder_of_another_committee",
        )
    return folder, root


def open_conflicts(ws: Workspace) -> list[OpenConflict]:
    with ws.db.read() as conn:
        items = conflict_queries.inbox(raw_connection(conn))
    return [OpenConflict(i.kind, i.entity_id, i.ref, i.field, i.values) for i in items]


def run_round(ws: Workspace, folder: Path | None = None, progress: Progress | None = None) -> RoundReport:
    """Write own new bundles, then apply others'; recorded in the sync log."""
    started = wall_ms()
    folder, root = committee_folder(ws, folder)
    report = RoundReport(source=str(folder))
    before = {(c.kind, c.id, c.field) for c in open_conflicts(ws)}
    source = FolderSource(folder)
    importer = Importer(ws, root, report, source, progress)
    for candidate in source.candidates():
        importer.add(candidate)
    me = ws.identity.device_id
    importer.run(only_device=me)  # a workspace restored from a backup first takes back its own events
    with ws.db.read() as conn:
        frozen_self = raw_connection(conn).execute(
            "SELECT 1 FROM sync_frozen_devices WHERE device_id = ?", (me,)
        ).fetchone() is not None
    if not frozen_self:
        publish_to_archive(ws)
        report.written = mirror_to_folder(ws, folder)
    importer.run()
    importer.finish()
    write_notes(folder, me, report.clock_ahead)
    report.own_clock_ahead = others_see_me_ahead(folder, me)
    settle_personal_data(ws, folder_keys(folder))
    sweep_folder(ws, folder)
    finish_report(ws, report, before, started)
    return report


def settle_personal_data(ws: Workspace, offered: Iterator[tuple[str, dict[str, bytes]]]) -> None:
    """After applying: open sealed fields whose keys came late, delete the files erasures removed,
    and empty the write-ahead log if an erasure came in (no page image of erased rows stays)."""
    fill_missing(ws, offered)
    from moderator_app.services.privacy import remove_purged_files, scrub

    with ws.db.read() as conn:
        erasures = raw_connection(conn).execute("SELECT count(*) FROM erased_keys").fetchone()[0]
    if remove_purged_files(ws) or str(erasures) != (ws.local_state("privacy_scrubbed") or "0"):
        scrub(ws)
        ws.set_local_state("privacy_scrubbed", str(erasures))


def finish_report(ws: Workspace, report: RoundReport, before: set[tuple[str, str, str]], started: int) -> None:
    report.conflicts = open_conflicts(ws)
    report.new_conflicts = len({(c.kind, c.id, c.field) for c in report.conflicts} - before)
    settings.record_round(
        ws, started, wall_ms(), report.source, report.ok, len(report.written), len(report.applied),
        report.events_in, len(report.rejected), len(report.pending), len(report.conflicts), report.to_record(),
    )
