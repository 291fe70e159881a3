"""The meeting and export commands: the flow a script follows, JSON shapes, exit codes."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from .conftest import Cli


def _ready(cli: Cli, name: str = "Đen Vâu", n: int = 1) -> str:
    ref = cli("report", "add", "--influencer", name, "--platform", "tiktok", "--category", "fraud", "--url",
              f"https://www.tiktok.com/@x/video/{n}", "--json").json()["ref"]
    for status in ("triage", "investigating", "awaiting_reply", "investigating"):  # the influencer replied
        assert cli("case", "set", ref, "--status", status).code == 0
    return ref


def _events(cli: Cli) -> int:
    conn = sqlite3.connect(cli.data_dir / "moderator.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def test_meeting_flow_from_the_command_line(cli: Cli, tmp_path):
    ref = _ready(cli)
    other = _ready(cli, "Khánh Vy", 2)
    created = cli("meeting", "create", "--title", "Phiên họp 001", "--date", "2026-03-12", "--json")
    assert created.code == 0, created.err
    meeting = created.json()["id"]
    plain = cli("meeting", "create", "--title", "Phiên họp 002", "--date", "2026-03-26")
    assert plain.code == 0 and plain.out.strip().isalnum() and len(plain.out.strip()) == 12
    assert cli("meeting", "add-case", meeting, ref).code == 0
    assert cli("meeting", "add-case", meeting, other.lower()).code == 0
    assert cli("case", "show", ref, "--json").json()["status"] == "scheduled"
    attend = cli("meeting", "attend", meeting, "me", "--present")
    assert attend.code == 0 and "quorum met" in attend.out
    recorded = cli("decision", "record", meeting, ref, "--outcome", "warning_amend", "--rationale",
                   "=1+2 không gắn nhãn", "--for", "5", "--against", "1", "--publish", "--json")
    assert recorded.code == 0, recorded.err
    assert recorded.json()["outcome"] == "warning_amend"
    shown = cli("case", "show", ref, "--json").json()
    assert shown["status"] == "decided"
    assert shown["decisions"][0]["votes"] == {"for": 5, "against": 1, "abstain": 0}
    assert shown["decisions"][0]["date"] == "2026-03-12" and shown["decisions"][0]["published"] is True
    listed = cli("meeting", "list", "--json").json()
    assert [m["date"] for m in listed] == ["2026-03-26", "2026-03-12"]
    assert listed[1]["agenda"] == 2 and listed[1]["decisions"] == 1
    assert set(listed[1]) == {"id", "title", "date", "place", "chair", "chair_name", "secretary", "secretary_name",
                              "finalized", "agenda", "decisions"}
    assert "Phiên họp 001" in cli("meeting", "list", lang="vi").out

    out = tmp_path / "meeting.xlsx"
    exported = cli("export", "decisions", meeting, "-o", str(out))
    assert exported.code == 0, exported.err
    rows = list(load_workbook(out)["Decisions"].iter_rows(values_only=True))
    assert rows[1][1] == ref and rows[1][12] == "=1+2 không gắn nhãn" and rows[1][8:11] == (5, 1, 0)

    assert cli("meeting", "finalize", meeting).code == 0
    before = _events(cli)
    again = cli("decision", "record", meeting, other, "--outcome", "reminder", "--rationale", "x")
    assert again.code == 2 and "finalized" in again.err and len(again.err.strip().splitlines()) == 1
    assert _events(cli) == before
    assert cli("meeting", "list", "--json").json()[1]["finalized"] is True

    register = tmp_path / "register.xlsx"
    assert cli("export", "register", "-o", str(register), "--as-of", "2026-03-31").code == 0
    reg_rows = list(load_workbook(register).active.iter_rows(values_only=True))
    assert reg_rows[1][0] == "Đen Vâu" and reg_rows[1][3] in {"High credibility", "Trusted"}
    cases = tmp_path / "cases.xlsx"
    result = cli("export", "cases", "--status", "scheduled", "-o", str(cases))
    assert result.code == 0 and "1 cases" in result.out
    assert [r[0] for r in load_workbook(cases).active.iter_rows(min_row=2, values_only=True)] == [other]


def test_quorum_refusal_from_the_command_line(cli: Cli):
    ref = _ready(cli)
    meeting = cli("meeting", "create", "--title", "Họp", "--date", "2026-03-12", "--json").json()["id"]
    cli("meeting", "add-case", meeting, ref)
    assert cli("meeting", "attend", meeting, "me", "--absent").code == 0
    refused = cli("decision", "record", meeting, ref, "--outcome", "reminder", "--rationale", "Lý do")
    assert refused.code == 2 and "no quorum: 0 of 1 voting members are present" in refused.err
    assert cli("meeting", "attend", meeting, "me", "--present").code == 0
    assert cli("decision", "record", meeting, ref, "--outcome", "reminder", "--rationale", "Lý do").code == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["meeting", "create", "--title", "X", "--date", "12/03/2026"],
        ["meeting", "create", "--title", "  ", "--date", "2026-03-12"],
        ["meeting", "add-case", "nomeeting", "{ref}"],
        ["meeting", "add-case", "{meeting}", "2026-ZZZZZ"],
        ["meeting", "attend", "{meeting}", "Nobody", "--present"],
        ["meeting", "attend", "{meeting}", "me"],
        ["meeting", "attend", "{meeting}", "me", "--present", "--absent"],
        ["decision", "record", "{meeting}", "{ref}", "--outcome", "bogus", "--rationale", "x"],
        ["decision", "record", "{meeting}", "{ref}", "--outcome", "reminder", "--rationale", "x"],  # not on agenda
        ["decision", "record", "{meeting}", "{ref}", "--outcome", "reminder", "--rationale", "x", "--for", "-1"],
        ["meeting", "finalize", "nomeeting"],
        ["export", "decisions", "nomeeting", "-o", "x.xlsx"],
        ["export", "decisions", "{meeting}", "-o", "/nonexistent/dir/x.xlsx"],
        ["export", "register", "--as-of", "yesterday"],
        ["export", "cases", "--status", "nope", "-o", "x.xlsx"],
    ],
)
def test_bad_meeting_input_exits_2_and_changes_nothing(cli: Cli, argv: list[str]):
    ref = _ready(cli)
    meeting = cli("meeting", "create", "--title", "Họp", "--date", "2026-03-12", "--json").json()["id"]
    before = _events(cli)
    result = cli(*[a.format(ref=ref, meeting=meeting) for a in argv])
    assert result.code == 2
    assert _events(cli) == before


def test_an_appeal_is_lodged_only_within_its_window(cli: Cli):
    from datetime import date, timedelta

    recent, old = _ready(cli), _ready(cli, "Khánh Vy", 2)
    for ref, day in ((recent, date.today() - timedelta(days=5)), (old, date(2026, 3, 12))):
        meeting = cli("meeting", "create", "--title", f"Họp {day}", "--date", day.isoformat(), "--json").json()["id"]
        assert cli("meeting", "add-case", meeting, ref).code == 0
        assert cli("meeting", "attend", meeting, "me", "--present").code == 0
        assert cli("decision", "record", meeting, ref, "--outcome", "reminder", "--rationale", "Nhắc nhở").code == 0
    before = _events(cli)
    # Not by a plain status change: that would skip the window and leave the decision unmarked.
    plain = cli("case", "set", old, "--status", "appeal", "--reason", "Khiếu nại")
    assert plain.code == 2 and "decision appeal" in plain.err
    late = cli("decision", "appeal", old, "--reason", "Khiếu nại muộn")
    assert late.code == 2 and "closed on 02/04/2026" in late.err
    assert _events(cli) == before
    lodged = cli("decision", "appeal", recent.lower(), "--reason", "KOL cung cấp thêm chứng từ", "--json")
    assert lodged.code == 0, lodged.err
    assert lodged.json()["ref"] == recent and lodged.json()["meeting"] is None
    assert cli("case", "show", recent, "--json").json()["status"] == "appeal"
    again = cli("decision", "appeal", recent, "--reason", "Lần hai")
    assert again.code == 2 and "already appealed" in again.err
