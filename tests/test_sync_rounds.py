"""Sync rounds: idempotence, gaps and dependencies held then applied, forks, packages, evidence."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from moderator_app.domain.enums import Priority, Role, Status
from moderator_app.services import cases as case_service
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.sync.package import export_package, import_package
from moderator_app.sync.publish import MAX_EVENTS_PER_BUNDLE
from moderator_app.sync.verify import check_archive

from .helpers import snapshot
from .sync_support import (
    Member,
    close_all,
    committee_copy,
    converge,
    event_count,
    file_report,
    files_of,
    make_committee,
    propagate,
    store_state,
)


@pytest.fixture
def trio(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    yield members
    close_all(members)


def _bundles(view: Path, device: str) -> list[Path]:
    return sorted((view / "devices" / device / "bundles").glob("*.zip"))


def test_every_member_ends_with_the_same_cases(trio: list[Member]):
    chair, secretary, member = trio
    a = file_report(chair.ws)
    b = file_report(member.ws, "Sơn Tùng", "https://facebook.com/st/posts/9", "Tin giả")
    converge(trio)
    case_service.update_cases(secretary.ws, [a.ref], case_service.CaseChanges(priority=Priority.HIGH, assignee="me"))
    case_service.add_note(member.ws, b.ref, "Đã liên hệ")
    converge(trio)
    snaps = [snapshot(m.ws) for m in trio]
    assert snaps[0] == snaps[1] == snaps[2]
    assert len(snaps[0]["queue"]) == 2
    for m in trio:
        assert verify(m.ws).ok
        assert check_archive(m.ws).problems == []


def test_importing_twice_or_a_conflicted_copy_changes_nothing(trio: list[Member]):
    chair, _, member = trio
    file_report(chair.ws)
    chair.sync()
    propagate(chair.view, member.view, conflicted=True)
    first = member.sync()
    assert [a.device for a in first.applied] == [chair.device] and first.rejected == []
    state = store_state(member.ws)
    again = member.sync()
    assert again.applied == [] and again.rejected == [] and again.pending == []
    assert store_state(member.ws) == state
    # A copy under yet another name (a cloud client's "conflicted copy") is recognised by its content.
    bundle = _bundles(member.view, chair.device)[-1]
    shutil.copyfile(bundle, bundle.with_name(bundle.stem + ".sync-conflict-20260102-101010-ABC.zip"))
    third = member.sync()
    assert third.applied == [] and third.rejected == [] and store_state(member.ws) == state


def test_a_gap_is_held_then_applied_once_filled(trio: list[Member]):
    chair, _, member = trio
    first = file_report(chair.ws)
    chair.sync()
    case_service.update_cases(chair.ws, [first.ref], case_service.CaseChanges(status=Status.TRIAGE))
    chair.sync()
    older, newer = _bundles(chair.view, chair.device)[-2:]
    target = member.view / "devices" / chair.device / "bundles"
    shutil.copyfile(newer, target / newer.name)
    held = member.sync()
    assert held.applied == [] and [p.file for p in held.pending] == [f"devices/{chair.device}/bundles/{newer.name}"]
    assert "waits for events" in held.pending[0].reason
    before = event_count(member.ws)
    shutil.copyfile(older, target / older.name)
    filled = member.sync()
    assert [a.file.split("/")[-1] for a in filled.applied] == [older.name, newer.name]
    assert filled.pending == [] and event_count(member.ws) > before
    assert snapshot(member.ws) == snapshot(chair.ws)


def test_a_bundle_waits_for_what_its_author_had_seen(trio: list[Member]):
    chair, secretary, member = trio
    filed = file_report(chair.ws)
    chair.sync()
    propagate(chair.view, secretary.view)
    secretary.sync()
    case_service.add_note(secretary.ws, filed.ref, "Ghi chú của thư ký")
    secretary.sync()
    # The member sees the secretary's note before the chair's report it is about.
    for path in _bundles(secretary.view, secretary.device):
        dest = member.view / "devices" / secretary.device / "bundles" / path.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    held = member.sync()
    assert held.applied == [] and len(held.pending) == 1
    assert chair.device in held.pending[0].reason
    propagate(chair.view, member.view)
    done = member.sync()
    assert [a.device for a in done.applied] == [chair.device, secretary.device]
    assert snapshot(member.ws)["cases"][filed.ref]["notes"][0]["body"] == "Ghi chú của thư ký"


def test_a_fork_freezes_the_device_and_tells_the_chair(trio: list[Member], tmp_path: Path):
    chair, secretary, member = trio
    file_report(member.ws)
    member.sync()
    # A copy of the member's data directory (a restored backup) writes a different history.
    member.ws.close()
    shutil.copytree(member.ws.root, tmp_path / "clone", ignore=shutil.ignore_patterns("moderator-app.lock"))
    member.ws = Workspace.open(member.ws.root)
    clone = Member(Workspace.open(tmp_path / "clone"), tmp_path / "clone-view")
    shutil.copytree(member.view, clone.view)
    file_report(member.ws, "A", "https://tiktok.com/@a/1")
    file_report(clone.ws, "B", "https://tiktok.com/@b/1")
    member.sync()
    clone.sync()
    theirs = _bundles(clone.view, member.device)[-1]
    propagate(member.view, chair.view)
    chair_view_copy = chair.view / "devices" / member.device / "bundles" / (theirs.stem + " (conflicted copy).zip")
    shutil.copyfile(theirs, chair_view_copy)
    report = chair.sync()
    assert len(report.forks) == 1 and "two different histories" in report.forks[0].reason
    assert any(p.file.endswith("(conflicted copy).zip") or p.reason == report.forks[0].reason
               for p in report.rejected)
    from moderator_app.services.sync import frozen_devices

    with chair.ws.db.read() as conn:
        frozen = frozen_devices(raw_connection(conn))
    assert [f.device_id for f in frozen] == [member.device]
    # Nothing more is taken from a frozen device; everyone else goes on.
    state = store_state(chair.ws)
    file_report(member.ws, "C", "https://tiktok.com/@c/1")
    file_report(secretary.ws, "D", "https://tiktok.com/@d/1")
    member.sync()
    secretary.sync()
    propagate(member.view, chair.view)
    propagate(secretary.view, chair.view)
    later = chair.sync()
    assert [a.device for a in later.applied] == [secretary.device]
    assert store_state(chair.ws)[0] != state[0]
    clone.ws.close()


def test_a_restored_workspace_takes_back_its_own_events_instead_of_forking(trio: list[Member], tmp_path: Path):
    chair, _, member = trio
    member.ws.close()
    backup = tmp_path / "backup"
    shutil.copytree(member.ws.root, backup, ignore=shutil.ignore_patterns("moderator-app.lock"))
    member.ws = Workspace.open(member.ws.root)
    filed = file_report(member.ws)
    member.sync()
    member.ws.close()
    shutil.rmtree(member.ws.root)
    shutil.copytree(backup, member.ws.root)
    member.ws = Workspace.open(member.ws.root)
    restored = member.sync()
    assert restored.rejected == [] and [a.device for a in restored.applied] == [member.device]
    case_service.add_note(member.ws, filed.ref, "sau khi khôi phục")
    again = member.sync()
    assert again.rejected == [] and len(again.written) == 1
    propagate(member.view, chair.view)
    assert chair.sync().rejected == []
    assert snapshot(chair.ws) == snapshot(member.ws)


def test_a_package_goes_through_the_same_checks_and_twice_changes_nothing(trio: list[Member], tmp_path: Path):
    chair, secretary, member = trio
    file_report(chair.ws)
    file_report(secretary.ws, "Sơn Tùng", "https://facebook.com/st/1")
    chair.sync()
    secretary.sync()
    propagate(secretary.view, chair.view)
    chair.sync()
    package = tmp_path / "goi.zip"
    done = export_package(chair.ws, package)
    assert done.bundles >= 3
    report = import_package(member.ws, package)
    assert report.rejected == [] and {a.device for a in report.applied} == {chair.device, secretary.device}
    state = store_state(member.ws)
    again = import_package(member.ws, package)
    assert again.applied == [] and again.rejected == [] and store_state(member.ws) == state
    assert snapshot(member.ws) == snapshot(chair.ws)
    assert verify(member.ws).ok and check_archive(member.ws).problems == []
    since = export_package(chair.ws, tmp_path / "none.zip", since=__import__("datetime").date(2999, 1, 1))
    assert since.bundles == 0


def test_evidence_blobs_travel_with_the_events_that_name_them(trio: list[Member], tmp_path: Path):
    chair, _, member = trio
    filed = file_report(chair.ws)
    data = "ảnh chụp màn hình".encode() * 1000
    sha = chair.ws.blobs.put_bytes(data).sha256
    missing = hashlib.sha256(b"not here").hexdigest()
    # Any event type naming a blob by a "sha256" value carries it; sync knows nothing of the type.
    with chair.ws.transaction() as tx:
        tx.emit("note.added", "n0te00000001", {"body": "bằng chứng", "files": [{"sha256": sha}, {"sha256": missing}]},
                case_id=filed.case_id)
    chair.sync()
    assert (chair.view / "devices" / chair.device / "blobs" / sha).is_file()
    # The bundle is held until its evidence file arrives, then both are taken.
    only_bundles = {f for f in files_of(chair.view) if "/bundles/" in f}
    for rel in only_bundles:
        (member.view / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(chair.view / rel, member.view / rel)
    held = member.sync()
    assert held.applied == [] and "evidence file" in held.pending[0].reason
    propagate(chair.view, member.view)
    done = member.sync()
    assert done.pending == [] and member.ws.blobs.read_verified(sha) == data
    package = tmp_path / "p.zip"
    export_package(chair.ws, package)
    fresh = Workspace.open(tmp_path / "fresh")
    from moderator_app.sync import committee

    committee.join(fresh, chair.view, "Mới")
    assert import_package(fresh, package).rejected == []
    assert fresh.blobs.read_verified(sha) == data
    fresh.close()


def test_big_histories_travel_in_several_bundles_and_apply_in_order(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("moderator_app.sync.publish.MAX_EVENTS_PER_BUNDLE", 7)
    assert MAX_EVENTS_PER_BUNDLE > 7
    chair, member = make_committee(tmp_path, (Role.MEMBER,))
    with chair.ws.transaction() as tx:
        from moderator_app.domain.enums import Category, Platform
        from moderator_app.services.reports import ReportInput, file_report_in

        for i in range(12):
            file_report_in(tx, ReportInput(f"KOL {i}", Platform.TIKTOK, Category.FRAUD, url=f"https://t.co/{i}"))
    written = chair.sync().written
    assert len(written) >= 3
    propagate(chair.view, member.view)
    assert len(member.sync().applied) == len(written)
    assert snapshot(member.ws) == snapshot(chair.ws)
    close_all([chair, member])


def test_verify_checks_archived_bundles_and_evidence_files(trio: list[Member]):
    chair = trio[0]
    file_report(chair.ws)
    sha = chair.ws.blobs.put_bytes(b"evidence bytes").sha256
    chair.sync()
    assert check_archive(chair.ws).problems == []
    archived = sorted((chair.ws.root / "sync" / "bundles" / chair.device).glob("*.zip"))[-1]
    data = bytearray(archived.read_bytes())
    data[-30] ^= 0xFF
    archived.write_bytes(bytes(data))
    chair.ws.blobs.path_for(sha).write_bytes(b"changed")
    problems = check_archive(chair.ws).problems
    assert any(archived.name in p for p in problems)
    assert any(sha in p and "damaged" in p for p in problems)


def _note_with_blob(member: Member, data: bytes) -> str:
    filed = file_report(member.ws)
    sha = member.ws.blobs.put_bytes(data).sha256
    with member.ws.transaction() as tx:
        tx.emit("note.added", "n0te0000blob", {"body": "bằng chứng", "files": [{"sha256": sha}]},
                case_id=filed.case_id)
    return sha


@pytest.mark.parametrize("damage", ["truncated", "changed"])
def test_a_damaged_or_half_copied_evidence_file_holds_the_bundle_until_an_intact_copy_arrives(
        trio: list[Member], damage: str):
    chair, _, member = trio
    data = "ảnh chụp màn hình".encode() * 2000
    sha = _note_with_blob(chair, data)
    chair.sync()
    propagate(chair.view, member.view)
    blob = member.view / "devices" / chair.device / "blobs" / sha
    blob.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"X" + data[1:])
    state = store_state(member.ws)
    held = member.sync()
    assert held.applied == [] and store_state(member.ws) == state
    assert [p.file for p in held.pending] and "evidence file" in held.pending[0].reason
    listed = held.skipped if damage == "truncated" else held.rejected
    assert [p.file for p in listed] == [f"devices/{chair.device}/blobs/{sha}"]
    # Reported once: the same damaged copy is not news the next round; the bundle still waits.
    again = member.sync()
    assert again.applied == [] and again.rejected == [] and [p.file for p in again.pending]
    # The sync client finishes (or repairs) the copy: the held bundle and the device's later ones apply.
    blob.write_bytes(data)
    case_service.add_note(chair.ws, file_report(chair.ws).ref, "sau")
    chair.sync()
    propagate(chair.view, member.view)
    done = member.sync()
    assert done.rejected == [] and done.pending == [] and len(done.applied) == 2
    assert member.ws.blobs.read_verified(sha) == data
    assert snapshot(member.ws) == snapshot(chair.ws)


def test_an_intact_copy_in_another_devices_folder_is_used_when_the_first_is_damaged(trio: list[Member]):
    chair, secretary, member = trio
    data = b"evidence bytes " * 500
    sha = _note_with_blob(chair, data)
    chair.sync()
    propagate(chair.view, secretary.view)
    secretary.sync()  # the secretary now holds the file; it does not republish it, so place a copy
    other = member.view / "devices" / secretary.device / "blobs" / sha
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_bytes(data)
    propagate(chair.view, member.view)
    (member.view / "devices" / chair.device / "blobs" / sha).write_bytes(b"Y" * len(data))
    done = member.sync()
    assert [a.device for a in done.applied] == [chair.device] and done.pending == []
    assert [p.file for p in done.rejected] == [f"devices/{chair.device}/blobs/{sha}"]
    assert member.ws.blobs.read_verified(sha) == data
