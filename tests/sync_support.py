"""Committees for sync tests: a chair and members, each with a workspace and a view of the folder.

A *view* is what a member's cloud client shows it of the shared folder: each member reads and
writes its own view, and ``propagate`` copies files between views the way a sync client would,
in any order, partially, or as "conflicted copies".
"""

from __future__ import annotations

import io
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.services import encryption, reports
from moderator_app.services.workspace import Workspace, lock_data_dir
from moderator_app.store.database import raw_connection
from moderator_app.store.events import Event, iter_events
from moderator_app.store.paths import WorkspacePaths
from moderator_app.sync import committee
from moderator_app.sync.bundle import write_bundle
from moderator_app.sync.layout import bundle_name, bundles_dir
from moderator_app.sync.report import RoundReport
from moderator_app.sync.round import run_round

NAMES = ("Chủ tịch Hà", "Thư ký Bình", "Thành viên Chi", "Thẩm định Dũng", "Quan sát Em")


@dataclass
class Member:
    ws: Workspace
    view: Path

    @property
    def device(self) -> str:
        return self.ws.identity.device_id

    def sync(self) -> RoundReport:
        return run_round(self.ws, self.view)


def files_of(view: Path) -> set[str]:
    return {str(p.relative_to(view)) for p in (view / "devices").rglob("*") if p.is_file()} if (
        view / "devices").is_dir() else set()


def propagate(src: Path, dst: Path, rng: random.Random | None = None, share: float = 1.0,
              conflicted: bool = False) -> int:
    """Copy files of ``src`` missing in ``dst`` (a random share of them, in random order)."""
    missing = sorted(files_of(src) - files_of(dst))
    if rng is not None:
        rng.shuffle(missing)
        missing = missing[: max(0, round(len(missing) * share))]
    for rel in missing:
        target = dst / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, target)
        if conflicted and rel.endswith(".zip"):
            shutil.copyfile(src / rel, target.with_name(target.stem + " (conflicted copy 2026-01-02).zip"))
    return len(missing)


def spread(members: list[Member]) -> None:
    """Every view gets every file (the cloud has caught up)."""
    for a in members:
        for b in members:
            if a is not b:
                propagate(a.view, b.view)


def converge(members: list[Member], rounds: int = 3) -> None:
    for _ in range(rounds):
        for m in members:
            m.sync()
        spread(members)
    for m in members:
        m.sync()


def make_committee(base: Path, roles: tuple[Role, ...] = (Role.SECRETARY, Role.MEMBER),
                   shared_view: bool = False) -> list[Member]:
    """A chair and members with ``roles``, all approved and up to date. With ``shared_view`` every
    member uses the same folder (a network share); otherwise each has its own view."""
    views = [base / "shared" if shared_view else base / f"view{i}" for i in range(len(roles) + 1)]
    chair = Workspace.open(base / "chair", member_name=NAMES[0])
    committee.create(chair, "Ban tự giám sát", NAMES[0], views[0])
    members = [Member(chair, views[0])]
    for i, role in enumerate(roles, start=1):
        if not views[i].exists():
            views[i].mkdir(parents=True)
            shutil.copyfile(views[0] / "committee.json", views[i] / "committee.json")
        ws = Workspace.open(base / f"member{i}", member_name=NAMES[i])
        committee.join(ws, views[i], NAMES[i])
        members.append(Member(ws, views[i]))
        propagate(views[i], views[0])
        committee.approve(chair, ws.identity.device_id, role)
    if not shared_view:
        converge(members, rounds=1)
    else:
        for m in members:
            m.sync()
    return members


_TEMPLATES: dict[tuple[str, tuple[Role, ...], bool], Path] = {}


def committee_copy(tmp_path_factory, base: Path, roles: tuple[Role, ...] = (Role.SECRETARY, Role.MEMBER),
                   shared_view: bool = False) -> list[Member]:
    """``make_committee``, built once per test session and copied: much faster for many tests."""
    key = (str(tmp_path_factory.getbasetemp()), roles, shared_view)
    if key not in _TEMPLATES:
        template = tmp_path_factory.mktemp("committee-template")
        close_all(make_committee(template, roles, shared_view))
        _TEMPLATES[key] = template
    shutil.copytree(_TEMPLATES[key], base, dirs_exist_ok=True, ignore=shutil.ignore_patterns("moderator-app.lock"))
    homes = ["chair", *(f"member{i}" for i in range(1, len(roles) + 1))]
    views = [base / "shared" if shared_view else base / f"view{i}" for i in range(len(roles) + 1)]
    return [Member(Workspace.open(base / home), view) for home, view in zip(homes, views, strict=True)]


PASSPHRASE = "mật khẩu của Ban 2026"


def encrypt_closed(root: Path, use_keyring: bool = False) -> encryption.Converted:
    """Encrypt the closed workspace at ``root`` with ``PASSPHRASE``, as `privacy encrypt` does."""
    lock = lock_data_dir(root)
    try:
        return encryption.encrypt_workspace(WorkspacePaths(root), PASSPHRASE, use_keyring=use_keyring)
    finally:
        lock.release()


def committee_with_encrypted_chair(tmp_path_factory, base: Path) -> list[Member]:
    """A committee of three whose chair encrypted its workspace (no keyring: the passphrase is asked)."""
    members = committee_copy(tmp_path_factory, base)
    chair = members[0]
    root = chair.ws.root
    chair.ws.close()
    encrypt_closed(root)
    chair.ws = Workspace.open(root)
    return members


def close_all(members: list[Member]) -> None:
    for m in members:
        m.ws.close()


def file_report(ws: Workspace, influencer: str = "Đen Vâu", url: str = "https://www.tiktok.com/@denvau/video/1",
                description: str = "Quảng cáo lừa đảo") -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput(influencer, Platform.TIKTOK, Category.FRAUD, url=url,
                                                       description=description))


def event_count(ws: Workspace) -> int:
    with ws.db.read() as conn:
        return int(raw_connection(conn).execute("SELECT count(*) FROM events").fetchone()[0])


def store_state(ws: Workspace) -> tuple[list[tuple], list[tuple]]:
    """The log and the cases table: what must not change when a bad file is refused."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        events = raw.execute("SELECT id, hash FROM events ORDER BY id").fetchall()
        cases = raw.execute("SELECT id, ref, status, priority, assignee_id, report_count FROM cases ORDER BY id"
                            ).fetchall()
    return events, cases


def forge(member: Member, items: list[tuple[str, str, dict, str | None]], author: str | None = None,
          folder: Path | None = None, deps: dict[str, int] | None = None, key=None,
          hlc: int | None = None) -> Path:
    """Write a correctly signed bundle of events the member's app would never write (a tampered
    client): ``items`` are ``(type, entity, payload, case_id)``; ``hlc`` dates the first event (else
    just after the newest event held). Returns the bundle's path."""
    ws = member.ws
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        last = raw.execute("SELECT seq, hash, hlc FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                           (member.device,)).fetchone()
        if deps is None:
            deps = dict(raw.execute("SELECT device_id, max(seq) FROM events WHERE device_id != ? GROUP BY device_id",
                                    (member.device,)).fetchall())
        top = raw.execute("SELECT max(hlc) FROM events").fetchone()[0] or 0
    seq, prev = (last[0], last[1]) if last else (0, "0" * 64)
    events = []
    hlc = (hlc - 1) if hlc is not None else top + 1
    for type_, entity, payload, case_id in items:
        seq += 1
        hlc += 1
        ev = Event(member.device, seq, hlc, author or ws.identity.member_id, type_, entity, case_id, payload,
                   prev).sealed()
        prev = ev.hash
        events.append(ev)
    out = io.BytesIO()
    write_bundle(out, events, committee_id=ws.local_state("committee_id") or "", prev_bundle=None, deps=deps,
                 blobs={}, key=key or ws.private_key())
    target = bundles_dir(folder or member.view, member.device) / bundle_name(events[0].seq, events[-1].seq)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(out.getvalue())
    return target


def own_events(ws: Workspace) -> list[Event]:
    with ws.db.read() as conn:
        return list(iter_events(raw_connection(conn), "WHERE device_id = ?", (ws.identity.device_id,)))


def case_everyone_holds(members: list[Member]) -> str:
    """A case the first member files and every other member receives; returns its id."""
    first, *others = members
    filed = file_report(first.ws)
    first.sync()
    for m in others:
        propagate(first.view, m.view)
        m.sync()
    return filed.case_id
