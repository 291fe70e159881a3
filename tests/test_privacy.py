"""Reporters' personal data: sealed in the signed history, erased on request on every member (the
history still verifies), removed under the committee's retention rules, and nowhere afterwards:
not in a database file, its write-ahead log, a backup made afterwards, an export or a key file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform, Role, Status
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.domain.letters import LetterKind
from moderator_app.services import backups, evidence, letters, privacy, reports
from moderator_app.services import cases as case_service
from moderator_app.services import sync as sync_settings
from moderator_app.services.history import describe
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import HistoryEntry
from moderator_app.store.sealing import new_key, open_sealed, seal
from moderator_app.sync import committee as committee_sync
from moderator_app.sync.keyfiles import folder_keyfiles, read_keyfile
from moderator_app.sync.package import export_package, import_package
from moderator_app.sync.round import run_round
from moderator_app.ui.letters.pdf import render_letter_pdf

from .conftest import Cli
from .stats_fixtures import SimClock
from .sync_support import committee_copy, propagate

HOA = "Nguyễn Thị Hoa · 0912 345 678"
# What must not stay anywhere: the name as filed both ways and the number. Never a bare "Hoa": the
# sealed fields' base64 (which stays in the signed history by design) can hold those three letters.
NEEDLES = ("Thị Hoa", "thi hoa", "0912 345 678")
OTHER = "Trần Văn Bình"


def _file(ws: Workspace, reporter: str, influencer: str = "Đen Vâu", n: int = 1) -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput(
        influencer, Platform.TIKTOK, Category.FRAUD, url=f"https://www.tiktok.com/@x/video/{n}",
        description=f"Quảng cáo lừa đảo số {n}", reporter=reporter))


def _reporters(ws: Workspace) -> dict[str, str]:
    with ws.db.read() as conn:
        return dict(raw_connection(conn).execute("SELECT id, reporter FROM reports"))


def _files_hold(paths: list[Path], *texts: str) -> list[str]:
    """Which of ``paths`` hold any of ``texts`` (UTF-8 bytes)."""
    found = []
    for p in paths:
        if p.is_file():
            data = p.read_bytes()
            found += [f"{p.name}: {t}" for t in texts if t.encode("utf-8") in data]
    return found


def _db_files(ws: Workspace) -> list[Path]:
    db = ws.paths.db
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


# --- matching a person ------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "hit"), [
    ("Nguyễn Thị Hoa", True), ("nguyen thi hoa", True), ("NGUYEN  THI HOA", True), ("0912 345 678", True),
    ("0912.345.678", True), ("+84 912345678", True), (HOA, True),
    ("Hoa", False), ("Nguyễn", False), ("0912", False), ("Nguyễn Thị Hòa Bình", False), ("", False),
])
def test_a_person_is_matched_by_a_whole_name_or_contact_never_by_a_part(query: str, hit: bool):
    assert privacy.matches_reporter(HOA, query) is hit


# --- sealing -----------------------------------------------------------------------------------

def test_the_signed_history_holds_the_reporter_only_sealed(ws: Workspace):
    filed = _file(ws, HOA)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        payload = raw.execute("SELECT payload FROM events WHERE type = 'report.filed'").fetchone()[0]
        key = raw.execute("SELECT key FROM personal_keys").fetchone()[0]
    assert "Thị Hoa" not in payload and "0912" not in payload
    sealed = json.loads(payload)["sealed"]
    assert open_sealed(sealed, bytes(key)) == {"reporter": HOA}
    assert open_sealed(sealed, new_key()[1]) is None  # a wrong key opens nothing
    assert _reporters(ws)[filed.report_id] == HOA


def test_a_sealed_field_is_bound_to_its_key_id():
    key_id, key = new_key()
    sealed = seal(key_id, key, {"reporter": HOA})
    assert open_sealed({**sealed, "key": new_key()[0]}, key) is None


# --- erasure on one member ----------------------------------------------------------------------

def test_erasure_leaves_nothing_in_the_database_a_later_backup_or_an_export(ws: Workspace, tmp_path: Path):
    first = _file(ws, HOA, n=1)
    second = _file(ws, "nguyen thi hoa", influencer="Sơn Tùng", n=2)
    kept = _file(ws, OTHER, influencer="Hòa Minzy", n=3)
    earlier = backups.create_backup(ws.paths)
    plan = privacy.find_reporter(ws, "Nguyễn Thị Hoa")
    assert {r.report_id for r in plan.reporters} == {first.report_id, second.report_id}
    done = privacy.erase(ws, plan, "Yêu cầu của người phản ánh ngày 05/12/2026")
    assert done.backups_before == 1
    assert _reporters(ws) == {first.report_id: "", second.report_id: "", kept.report_id: OTHER}
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        assert raw.execute("SELECT count(*) FROM personal_keys").fetchone()[0] == 1  # the other reporter's
        assert raw.execute("SELECT count(*) FROM erased_keys").fetchone()[0] == 2
        row = raw.execute("SELECT id, hlc, author, type, payload, device_id, entity FROM events "
                          "WHERE id = ?", (done.event_id,)).fetchone()
    assert _files_hold(_db_files(ws), *NEEDLES) == []
    assert _files_hold(_db_files(ws), OTHER)  # the check finds what is there
    later = backups.create_backup(ws.paths)
    assert _files_hold([later.path], *NEEDLES) == []
    assert _files_hold([earlier.path], "Thị Hoa")  # made before: it still holds it (the message says so)
    report = verify(ws)
    assert report.ok, report.problems
    # The history says what happened and why, never who.
    entry = HistoryEntry(row[0], row[1], row[2], "", row[3], json.loads(row[4]), row[5], row[6])
    text = describe(entry, "vi", {})
    assert text.startswith("Xóa dữ liệu cá nhân theo yêu cầu: 2 thông tin người phản ánh, 0 tệp chứng cứ"), text
    assert "Thị Hoa" not in describe(entry, "en", {})
    root = ws.root
    ws.close()
    cli = Cli(root)
    shown = cli("case", "show", first.ref, "--json")
    assert shown.code == 0 and "Thị Hoa" not in shown.out and "0912" not in shown.out
    exported = tmp_path / "cases.xlsx"
    assert cli("export", "cases", "-o", str(exported)).code == 0
    assert _files_hold([exported], "Thị Hoa") == []
    reopened = Workspace.open(root)
    assert _reporters(reopened)[kept.report_id] == OTHER
    reopened.close()


def test_erasure_needs_a_reason_a_match_and_the_right_role(ws: Workspace):
    _file(ws, HOA)
    plan = privacy.find_reporter(ws, HOA)
    with pytest.raises(UserError) as no_reason:
        privacy.erase(ws, plan, "   ")
    assert no_reason.value.code == "erasure_reason_needed"
    with pytest.raises(UserError) as nothing:
        privacy.erase(ws, privacy.find_reporter(ws, "Người khác"), "lý do")
    assert nothing.value.code == "nothing_to_erase"
    assert _reporters(ws) and all(_reporters(ws).values())


def test_the_command_line_erases_and_refuses_an_unknown_person(cli):
    cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud",
        "--reporter", HOA)
    dry = cli("privacy", "erase", "--reporter", "0912.345.678", "--reason", "x", "--dry-run", "--json").json()
    assert dry["erased"] is False and dry["reports"][0]["reporter"] == HOA
    done = cli("privacy", "erase", "--reporter", "nguyễn thị hoa", "--reason", "Yêu cầu 05/12", "--json").json()
    assert done["erased"] is True and len(done["reports"]) == 1 and "reporter" not in done["reports"][0]
    again = cli("privacy", "erase", "--reporter", "nguyễn thị hoa", "--reason", "x", "--json")
    assert again.code == 2 and again.json()["error"]["code"] == "reporter_not_found"
    assert cli("verify").code == 0
    rules = cli("privacy", "rules", "--reporters-months", "6", "--evidence-months", "none", "--json").json()
    assert rules == {"reporters_months": 6, "evidence_months": None}
    due = cli("privacy", "retention", "--json").json()
    assert due["rules"] == rules and due["reports"] == [] and due["applied"] is False
    assert cli("privacy", "rules", "--reporters-months", "abc").code == 2


# --- letters to the reporter -----------------------------------------------------------------------

def test_a_letter_to_the_reporter_is_sealed_and_erased_with_them(ws: Workspace, tmp_path: Path):
    filed = _file(ws, HOA)
    letter = letters.prepare_letter(ws, LetterKind.ACKNOWLEDGEMENT, filed.ref, "vi",
                                    {"committee_name": "Ban tự giám sát"})
    assert letter.recipient == HOA
    pdf, _ = render_letter_pdf(letter)
    sent = letters.send_letter(ws, letter, pdf, tmp_path / "thu.pdf")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        payloads = [r[0] for r in raw.execute("SELECT payload FROM events")]
        assert raw.execute("SELECT recipient FROM letters").fetchone()[0] == HOA
    assert not [p for p in payloads if "Thị Hoa" in p or "0912" in p]  # the history names no one
    plan = privacy.find_reporter(ws, "0912 345 678")
    assert [e.evidence_id for e in plan.evidence] == [sent.evidence_id]
    done = privacy.erase(ws, plan, "Yêu cầu ngày 05/12/2026")
    assert done.files_removed == 1 and not ws.blobs.has(sent.sha256)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        assert raw.execute("SELECT recipient, placeholders FROM letters").fetchone() == ("", "{}")
        assert raw.execute("SELECT purged_at IS NOT NULL FROM evidence WHERE id = ?",
                           (sent.evidence_id,)).fetchone()[0] == 1
    assert _files_hold(_db_files(ws), *NEEDLES) == []
    assert verify(ws).ok


# --- retention -----------------------------------------------------------------------------------

def _reject(ws: Workspace, ref: str) -> None:
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.REJECTED, reason="Không đủ căn cứ"))


def test_retention_lists_what_is_due_and_the_chair_removes_it(ws: Workspace, tmp_path: Path):
    clock = SimClock(ws)
    clock.set(2025, 3, 10)
    old = _file(ws, HOA, n=1)
    shot = tmp_path / "anh.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(120)))
    evidence.add_files(ws, old.ref, [shot])
    _reject(ws, old.ref)  # closed on 10 March 2025
    clock.set(2026, 11, 20)
    recent = _file(ws, OTHER, influencer="Sơn Tùng", n=2)
    _reject(ws, recent.ref)  # closed on 20 November 2026
    clock.set(2026, 12, 6)
    assert privacy.retention_plan(ws).plan.empty  # no rules: nothing is ever due
    privacy.set_retention(ws, "reporters", 6)
    privacy.set_retention(ws, "evidence", 12)
    assert privacy.retention_rules(ws) == privacy.RetentionRules(6, 12)
    due = privacy.retention_plan(ws)
    assert due.reporters_before == date(2026, 6, 6) and due.evidence_before == date(2025, 12, 6)
    assert [r.report_id for r in due.plan.reporters] == [old.report_id]
    assert [e.why for e in due.plan.evidence] == ["closed"]
    done = privacy.apply_retention(ws, due)
    assert done.files_removed == 1
    assert _reporters(ws) == {old.report_id: "", recent.report_id: OTHER}
    assert privacy.retention_plan(ws).plan.empty
    report = verify(ws)
    assert report.ok, report.problems


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert privacy.months_before(date(2026, 12, 6), 6) == date(2026, 6, 6)
    assert privacy.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert privacy.months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_only_the_chair_sets_and_applies_retention(tmp_path_factory, tmp_path: Path):
    chair, secretary, member = committee_copy(tmp_path_factory, tmp_path)
    try:
        with pytest.raises(NotAllowed):
            privacy.set_retention(secretary.ws, "reporters", 6)
        with pytest.raises(UserError) as bad:
            privacy.set_retention(chair.ws, "reporters", 0)
        assert bad.value.code == "retention_out_of_range"
        filed = _file(member.ws, HOA)
        with pytest.raises(NotAllowed):  # a member may not erase
            privacy.erase(member.ws, privacy.find_reporter(member.ws, HOA), "lý do")
        assert _reporters(member.ws)[filed.report_id] == HOA
    finally:
        for m in (chair, secretary, member):
            m.ws.close()


# --- every member forgets ----------------------------------------------------------------------------

def _round(members) -> None:
    for _ in range(2):
        for m in members:
            m.sync()
        for a in members:
            for b in members:
                if a is not b:
                    propagate(a.view, b.view)


def test_the_key_travels_and_the_erasure_reaches_every_member(tmp_path_factory, tmp_path: Path):
    members = committee_copy(tmp_path_factory, tmp_path, shared_view=True)
    chair, secretary, member = members
    try:
        filed = _file(member.ws, HOA)
        kept = _file(member.ws, OTHER, influencer="Sơn Tùng", n=2)
        _round(members)
        assert _reporters(chair.ws)[filed.report_id] == HOA  # the key came with its key file
        assert _reporters(secretary.ws)[kept.report_id] == OTHER
        privacy.erase(secretary.ws, privacy.find_reporter(secretary.ws, HOA), "Yêu cầu ngày 05/12/2026")
        _round(members)
        for m in members:
            assert _reporters(m.ws) == {filed.report_id: "", kept.report_id: OTHER}, m.ws.identity.member_name
            assert _files_hold(_db_files(m.ws), "Thị Hoa", "0912 345 678") == [], m.ws.identity.member_name
            later = backups.create_backup(m.ws.paths)  # a backup made afterwards on every member
            assert _files_hold([later.path], *NEEDLES) == [], m.ws.identity.member_name
            report = verify(m.ws)
            assert report.ok, report.problems
        # No key file in the shared folder still holds the erased key; the other key is still there.
        held = {k for _, path in folder_keyfiles(chair.view) for k in read_keyfile(path)}
        with chair.ws.db.read() as conn:
            erased = {r[0] for r in raw_connection(conn).execute("SELECT id FROM erased_keys")}
            alive = {r[0] for r in raw_connection(conn).execute("SELECT id FROM personal_keys")}
        assert erased and not held & erased and alive <= held
    finally:
        for m in members:
            m.ws.close()


def test_a_late_or_forged_key_file_never_shows_a_wrong_name(tmp_path_factory, tmp_path: Path):
    members = committee_copy(tmp_path_factory, tmp_path)
    chair, _secretary, member = members
    try:
        filed = _file(member.ws, HOA)
        member.sync()
        keyfiles = [p for _, p in folder_keyfiles(member.view)]
        assert len(keyfiles) == 1
        real = keyfiles[0].read_bytes()
        # The chair's cloud copies the bundle first; a forger puts a wrong key in its place.
        propagate(member.view, chair.view)
        target = chair.view / keyfiles[0].relative_to(member.view)
        key_id = next(iter(read_keyfile(keyfiles[0])))
        forged = json.dumps({"format": 1, "keys": {key_id: __import__("base64").b64encode(new_key()[1]).decode()}})
        target.write_text(forged, encoding="utf-8")
        chair.sync()
        assert _reporters(chair.ws)[filed.report_id] == ""  # hidden, never wrong
        target.write_bytes(real)  # the real key file arrives
        chair.sync()
        assert _reporters(chair.ws)[filed.report_id] == HOA
        assert verify(chair.ws).ok
    finally:
        for m in members:
            m.ws.close()


def test_a_member_joining_later_does_not_wait_for_erased_files(tmp_path_factory, tmp_path: Path):
    members = committee_copy(tmp_path_factory, tmp_path, shared_view=True)
    chair, secretary, member = members
    try:
        filed = _file(member.ws, HOA)
        _round(members)
        letter = letters.prepare_letter(secretary.ws, LetterKind.ACKNOWLEDGEMENT, filed.ref, "vi",
                                        {"committee_name": "Ban tự giám sát"})
        pdf, _ = render_letter_pdf(letter)
        sent = letters.send_letter(secretary.ws, letter, pdf, tmp_path / "thu.pdf")
        _round(members)
        with chair.ws.db.read() as conn:
            assert raw_connection(conn).execute("SELECT recipient FROM letters").fetchone()[0] == HOA
        assert chair.ws.blobs.has(sent.sha256)
        privacy.erase(chair.ws, privacy.find_reporter(chair.ws, HOA), "Yêu cầu ngày 05/12/2026")
        _round(members)
        for m in members:
            assert not m.ws.blobs.has(sent.sha256)
        left = [p.parent.name for p in (chair.view / "devices").rglob(sent.sha256)]
        assert left and set(left) == {"purged"}  # only the markers
        # A new device reads the whole shared folder: the letter's removed PDF does not hold it up.
        newcomer = Workspace.open(tmp_path / "newcomer", member_name="Thành viên mới")
        try:
            committee_sync.join(newcomer, chair.view, "Thành viên mới")
            sync_settings.set_folder(chair.ws, chair.view)  # the copied committee's chair looks here
            committee_sync.approve(chair.ws, newcomer.identity.device_id, Role.MEMBER)
            chair.sync()
            report = run_round(newcomer, chair.view)
            assert not report.pending and not report.rejected, (report.pending, report.rejected)
            assert _reporters(newcomer)[filed.report_id] == ""
            with newcomer.db.read() as conn:
                assert raw_connection(conn).execute("SELECT recipient FROM letters").fetchone()[0] == ""
            assert verify(newcomer).ok
        finally:
            newcomer.close()
    finally:
        for m in members:
            m.ws.close()


def test_a_package_carries_the_keys(tmp_path_factory, tmp_path: Path):
    members = committee_copy(tmp_path_factory, tmp_path)
    chair, _secretary, member = members
    try:
        filed = _file(member.ws, HOA)
        package = tmp_path / "goi.zip"
        export_package(member.ws, package)
        import_package(chair.ws, package)
        assert _reporters(chair.ws)[filed.report_id] == HOA
        assert verify(chair.ws).ok
    finally:
        for m in members:
            m.ws.close()


def test_the_register_of_documents_says_who_an_erased_letter_went_to_without_naming_them(ws: Workspace,
                                                                                         tmp_path: Path):
    from moderator_app.services import documents

    filed = _file(ws, HOA)
    letter = letters.prepare_letter(ws, LetterKind.ACKNOWLEDGEMENT, filed.ref, "vi",
                                    {"committee_name": "Ban tự giám sát"})
    pdf, _ = render_letter_pdf(letter)
    letters.send_letter(ws, letter, pdf, tmp_path / "thu.pdf")
    assert [e.recipient for e in documents.register(ws)] == [HOA]
    privacy.erase(ws, privacy.find_reporter(ws, HOA), "Yêu cầu ngày 05/12/2026")
    assert [e.recipient for e in documents.register(ws)] == ["Người phản ánh (thông tin đã xóa)"]
    assert [e.recipient for e in documents.register(ws, lang="en")] == ["The reporter (details erased)"]


def test_retention_due_answers_with_the_first_item(ws: Workspace):
    clock = SimClock(ws)
    clock.set(2025, 3, 10)
    old = _file(ws, HOA)
    _reject(ws, old.ref)
    clock.set(2026, 12, 6)
    assert not privacy.retention_due(ws)  # no rules
    privacy.set_retention(ws, "evidence", 6)
    assert not privacy.retention_due(ws)  # no evidence file
    privacy.set_retention(ws, "reporters", 24)
    assert not privacy.retention_due(ws)  # closed 21 months ago
    privacy.set_retention(ws, "reporters", 12)
    assert privacy.retention_due(ws)
    privacy.apply_retention(ws, privacy.retention_plan(ws))
    assert not privacy.retention_due(ws)
