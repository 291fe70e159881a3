"""Creating and joining a committee, join requests, approvals, roles and revocations (CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderator_app.domain.enums import Role
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.services import committee as roster
from moderator_app.services import sync as sync_settings
from moderator_app.services.workspace import Workspace
from moderator_app.sync import committee
from moderator_app.sync.layout import ROOT_FILE

from .conftest import Cli
from .sync_support import file_report, make_committee


@pytest.fixture
def clis(tmp_path: Path) -> tuple[Cli, Cli, Path]:
    return Cli(tmp_path / "chair"), Cli(tmp_path / "member"), tmp_path / "shared"


def test_create_join_approve_and_sync_through_the_cli(clis):
    chair, member, folder = clis
    created = chair("committee", "create", "--name", "Ban tự giám sát", "--member-name", "Hà", "--folder", str(folder),
                    "--json")
    assert created.code == 0, created.err
    info = created.json()
    assert set(info) == {"committee_id", "fingerprint"} and len(info["fingerprint"]) == 29
    assert json.loads((folder / ROOT_FILE).read_text("utf-8"))["committee"]["id"] == info["committee_id"]
    assert chair("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud").code == 0

    joined = member("committee", "join", "--folder", str(folder), "--member-name", "Bình", "--json")
    assert joined.code == 0, joined.err
    assert set(joined.json()) == {"device_id", "fingerprint"}
    assert joined.json()["fingerprint"] == info["fingerprint"]
    device = joined.json()["device_id"]
    # Not a member until approved: nothing it writes would count, so it cannot write.
    refused = member("report", "add", "--influencer", "X", "--platform", "tiktok", "--category", "fraud")
    assert refused.code == 2 and "approve" in refused.err

    requests = chair("committee", "requests", "--json").json()
    assert requests == [{"device_id": device, "name": "Bình", "fingerprint": requests[0]["fingerprint"]}]
    assert member("committee", "approve", device, "--role", "member").code == 2  # only the chair
    assert chair("committee", "approve", device, "--role", "reviewer").code == 0
    assert chair("committee", "requests", "--json").json() == []

    first = chair("sync", "--json")
    assert first.code == 0, first.err
    report = first.json()
    assert set(report) >= {"written", "applied", "rejected", "pending", "conflicts"}
    assert len(report["written"]) == 1 and report["applied"] == []
    got = member("sync", "--json").json()
    assert got["rejected"] == [] and got["applied"][0]["events"] >= 4
    listed = member("cases", "list", "--json").json()
    assert listed == chair("cases", "list", "--json").json() and len(listed) == 1
    members = member("committee", "members", "--json").json()
    assert {(m["name"], m["role"]) for m in members} == {("Hà", "chair"), ("Bình", "reviewer")}
    # The member's first change travels back.
    assert member("case", "set", listed[0]["ref"], "--status", "triage").code == 0
    assert member("sync").code == 0
    assert chair("sync", "--json").json()["applied"][0]["events"] == 1
    assert chair("case", "show", listed[0]["ref"], "--json").json()["status"] == "triage"
    assert chair("verify").code == 0 and member("verify").code == 0


def test_sync_exit_codes_for_a_missing_or_foreign_folder(clis, tmp_path: Path):
    chair, member, folder = clis
    assert chair("sync").code == 2  # not in a committee
    chair("committee", "create", "--name", "A", "--member-name", "Hà", "--folder", str(folder))
    missing = chair("sync", "--folder", str(tmp_path / "nowhere"))
    assert missing.code == 2 and "does not exist" in missing.err
    other = Cli(tmp_path / "other")
    other("committee", "create", "--name", "B", "--member-name", "Khác", "--folder", str(tmp_path / "b"))
    foreign = chair("sync", "--folder", str(tmp_path / "b"))
    assert foreign.code == 2 and "another committee" in foreign.err
    plain = tmp_path / "plain"
    plain.mkdir()
    assert chair("sync", "--folder", str(plain)).code == 2
    assert member("committee", "join", "--folder", str(plain), "--member-name", "X").code == 2


def test_folder_and_committee_are_remembered(ws: Workspace, tmp_path: Path):
    created = committee.create(ws, "Ban", "Hà", tmp_path / "shared")
    info = sync_settings.committee(ws)
    assert info is not None and info.committee_id == created.committee_id
    assert info.fingerprint == created.fingerprint and info.folder == (tmp_path / "shared").resolve()
    assert sync_settings.interval_minutes(ws) == 5
    with pytest.raises(UserError):
        committee.create(ws, "Again", "Hà", tmp_path / "other")


def test_a_workspace_with_its_own_events_cannot_join(ws: Workspace, tmp_path: Path):
    other = Workspace.open(tmp_path / "chair")
    committee.create(other, "Ban", "Hà", tmp_path / "shared")
    other.close()
    file_report(ws)
    with pytest.raises(UserError, match="fresh workspace"):
        committee.join(ws, tmp_path / "shared", "Bình")
    assert sync_settings.committee(ws) is None


def test_create_keeps_the_chairs_own_history_but_refuses_a_demo(ws: Workspace, tmp_path: Path):
    filed = file_report(ws)
    committee.create(ws, "Ban", "Tên mới", tmp_path / "shared")
    assert ws.identity.member_name == "Tên mới"
    member = Workspace.open(tmp_path / "m")
    committee.join(member, tmp_path / "shared", "Bình")
    from moderator_app.sync.round import run_round

    run_round(ws)
    run_round(member)
    from moderator_app.store import queries
    from moderator_app.store.database import raw_connection

    with member.db.read() as conn:
        assert queries.find_case_id(raw_connection(conn), filed.ref) == filed.case_id
        names = {m.name for m in roster.members(raw_connection(conn))}
    assert names == {"Tên mới"}
    member.close()

    from moderator_app.services.demo import generate

    demo = Workspace.open(tmp_path / "demo")
    generate(demo, cases=20, seed=3)
    with pytest.raises(UserError, match="other devices"):
        committee.create(demo, "Ban", "Hà", tmp_path / "shared2")
    demo.close()


def test_roles_changes_and_revocation(tmp_path: Path):
    chair, secretary, member = make_committee(tmp_path, (Role.SECRETARY, Role.MEMBER), shared_view=True)
    with pytest.raises(NotAllowed):
        roster.change_role(secretary.ws, member.ws.identity.member_id, Role.CHAIR)
    roster.change_role(chair.ws, member.ws.identity.member_id, Role.REVIEWER)
    chair.sync()
    member.sync()
    assert member.ws.role() == Role.REVIEWER
    with pytest.raises(NotAllowed):
        roster.revoke(chair.ws, chair.device)
    revoked = roster.revoke(chair.ws, NAMES_MEMBER)
    assert list(revoked.devices) == [member.device]
    chair.sync()
    secretary.sync()
    member.sync()
    assert member.ws.role() == Role.OBSERVER
    with pytest.raises(NotAllowed, match="no longer a member of the committee"):
        member.ws.require_role(Role.MEMBER, action="filing a report")
    from moderator_app.store.database import raw_connection

    with secretary.ws.db.read() as conn:
        info = {m.name: m for m in roster.members(raw_connection(conn))}
    assert info[NAMES_MEMBER].revoked and not info[NAMES_MEMBER].active
    assert info[NAMES_MEMBER].devices[0].revoked_after_seq == revoked.devices[member.device]
    for m in (chair, secretary, member):
        m.ws.close()


NAMES_MEMBER = "Thành viên Chi"


def test_roster_events_are_described_for_people():
    from moderator_app.services.history import describe, kind_of
    from moderator_app.store.queries import HistoryEntry

    def entry(type_: str, payload: dict) -> HistoryEntry:
        return HistoryEntry("d.1", 0, "m", "Hà", type_, payload, "d")

    assert describe(entry("member.added", {"name": "Bình", "role": "reviewer"}), "en", {}) == \
        "Member Bình approved (Reviewer)"
    assert "revoked" in describe(entry("device.revoked", {"member": "m", "last_seq": 4}), "en", {})
    assert "2" in describe(entry("member.revoked", {"devices": {"a": 1, "b": 2}}), "en", {})
    assert "Reviewer" in describe(entry("member.updated", {"changes": {"role": {"from": "member",
                                                                                  "to": "reviewer"}}}), "en", {})
    assert "trưởng ban" in describe(entry("roster.founded", {"member": {"name": "Hà"}}), "vi", {})
    assert {kind_of(t) for t in ("roster.founded", "member.added", "device.revoked")} == {"roster"}
