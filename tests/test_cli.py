"""The command line contract: every command, JSON shapes, exit codes, bad input changes nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import Cli


def _file(cli: Cli, name: str = "Đen Vâu", url: str = "https://www.tiktok.com/@envu/video/1", **extra: str):
    args = ["report", "add", "--influencer", name, "--platform", "tiktok", "--category", "fraud", "--url", url,
            "--description", extra.get("description", "Lừa đảo đầu tư tiền ảo"), "--json"]
    if "reporter" in extra:
        args += ["--reporter", extra["reporter"]]
    return cli(*args)


def _event_count(cli: Cli) -> int:
    import sqlite3

    conn = sqlite3.connect(cli.data_dir / "moderator.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def test_report_add_opens_then_attaches(cli: Cli):
    first = _file(cli)
    assert first.code == 0, first.err
    data = first.json()
    assert set(data) >= {"ref", "attached"} and data["attached"] is False
    second = _file(cli, name="den vau", description="Báo lại", url="tiktok.com/@envu/video/1")
    assert second.json() == {"ref": data["ref"], "attached": True, "duplicate": False}
    human = cli("report", "add", "--influencer", "Khánh Vy", "--platform", "youtube", "--category", "undisclosed_ad")
    assert human.code == 0 and "Opened case" in human.out


def test_cases_list_json_shape_filters_and_sorts(cli: Cli):
    ref = _file(cli).json()["ref"]
    _file(cli, name="Khánh Vy", url="https://www.youtube.com/@khnhvy/video/7")
    rows = cli("cases", "list", "--json").json()
    assert len(rows) == 2
    required = {"ref", "status", "priority", "urgent", "category", "influencer", "platform", "assignee",
                "opened_at", "reports"}
    assert required <= set(rows[0])
    assert {r["status"] for r in rows} == {"received"}
    only = cli("cases", "list", "--search", "den vau", "--json").json()
    assert [r["ref"] for r in only] == [ref]
    assert cli("cases", "list", "--assignee", "none", "--json").json() != []
    assert cli("cases", "list", "--assignee", "me", "--json").json() == []
    by_name = cli("cases", "list", "--sort", "influencer", "--json").json()
    assert [r["influencer"] for r in by_name] == ["Đen Vâu", "Khánh Vy"]
    desc = cli("cases", "list", "--sort", "influencer", "--desc", "--json").json()
    assert [r["influencer"] for r in desc] == ["Khánh Vy", "Đen Vâu"]
    assert len(cli("cases", "list", "--limit", "1", "--offset", "1", "--json").json()) == 1
    assert cli("cases", "list", "--category", "undisclosed_ad", "--json").json() == []
    text = cli("cases", "list", lang="vi")
    assert "Tiếp nhận" in text.out and "Đen Vâu" in text.out


def test_case_set_and_show_history(cli: Cli):
    ref = _file(cli, reporter="0912345678").json()["ref"]
    assert cli("case", "set", ref, "--status", "triage", "--assign", "me", "--priority", "high", "--urgent").code == 0
    noted = cli("case", "set", ref.lower(), "--note", "Đã liên hệ KOL", "--json")
    assert noted.json() == {"ref": ref, "changed": True}  # the reference as stored, however it was typed
    assert cli("case", "set", ref.lower(), "--priority", "high", "--json").json() == {"ref": ref, "changed": False}
    shown = cli("case", "show", ref, "--json").json()
    assert shown["status"] == "triage" and shown["priority"] == "high" and shown["urgent"] is True
    assert shown["assignee"] is not None and shown["reports"][0]["reporter"] == "0912345678"
    assert [n["body"] for n in shown["notes"]] == ["Đã liên hệ KOL"]
    changes = [c for h in shown["history"] for c in h.get("changes", [])]
    assert {"field": "status", "from": "received", "to": "triage"} in changes
    assert {"field": "priority", "from": "normal", "to": "high"} in changes  # codes, as everywhere in the JSON
    assert any(h["type"] == "note.added" for h in shown["history"])
    assert all({"at", "who", "type"} <= set(h) for h in shown["history"])
    human = cli("case", "show", ref, lang="vi")
    assert "Trạng thái: Tiếp nhận → Sàng lọc" in human.out


@pytest.mark.parametrize(
    "argv",
    [
        ["case", "set", "{ref}", "--status", "bogus"],
        ["case", "set", "{ref}", "--status", "scheduled"],  # not allowed from received
        ["case", "set", "{ref}", "--status", "decided"],  # only a meeting decides
        ["case", "set", "{ref}", "--status", "rejected"],  # needs a reason
        ["case", "set", "2026-ZZZZZ", "--status", "triage"],
        ["case", "set", "{ref}", "--assign", "Nobody Known"],
        ["case", "set", "{ref}"],
        ["case", "show", "2026-ZZZZZ"],
        ["cases", "list", "--status", "nope"],
        ["cases", "list", "--sort", "nope"],
        ["report", "add", "--influencer", "X", "--platform", "myspace", "--category", "fraud"],
        ["report", "add", "--influencer", "  ", "--platform", "tiktok", "--category", "fraud"],
        ["report", "add", "--influencer", "X", "--platform", "tiktok", "--category", "fraud", "--url",
         "javascript:alert(1)"],
        ["demo", "--cases", "0"],
    ],
)
def test_bad_input_exits_2_and_changes_nothing(cli: Cli, argv: list[str]):
    ref = _file(cli).json()["ref"]
    before = _event_count(cli)
    result = cli(*[a.format(ref=ref) for a in argv])
    assert result.code == 2
    assert _event_count(cli) == before


def test_search_ignores_case_and_diacritics(cli: Cli):
    ref = _file(cli, description="Quảng cáo lừa đảo").json()["ref"]
    other = _file(cli, name="Khánh Vy", url="https://youtube.com/@khnhvy/video/2", description="Không gắn nhãn")
    cli("case", "set", other.json()["ref"], "--note", "Hàng xách tay")
    for query in ("den vau", "ĐEN VÂU", "quang cao", "QUẢNG", "envu", "tiktok"):
        hits = cli("search", query, "--json").json()
        assert [h["ref"] for h in hits] == [ref], query
    for query in ("lua dao", "LỪA"):  # both are fraud cases: the category's label is searched too
        assert {h["ref"] for h in cli("search", query, "--json").json()} == {ref, other.json()["ref"]}, query
    assert [h["ref"] for h in cli("search", "hang xach", "--json").json()] == [other.json()["ref"]]
    assert cli("search", "không có gì như vậy", "--json").json() == []
    assert set(cli("search", "den", "--json").json()[0]) >= {"ref", "status", "influencer"}


def test_verify_passes_on_a_sound_store(cli: Cli):
    _file(cli)
    result = cli("verify", "--json")
    assert result.code == 0 and result.json()["ok"] is True


def test_demo_fills_a_workspace_and_refuses_a_used_one(cli: Cli):
    result = cli("demo", "--cases", "300", "--seed", "7", "--quiet")
    assert result.code == 0, result.err
    assert len(cli("cases", "list", "--limit", "1000", "--json").json()) == 300
    again = cli("demo", "--cases", "10")
    assert again.code == 2 and "empty workspace" in again.err


def test_real_process_exit_codes_and_version(tmp_path):
    exe = [sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "w")]
    version = subprocess.run([*exe, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and version.stdout.startswith("moderator-app ")
    bad = subprocess.run([*exe, "--lang", "en", "case", "show", "2026-AAAAA"], capture_output=True, text=True,
                         check=False)
    assert bad.returncode == 2 and "no case" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    usage = subprocess.run([*exe, "cases", "list", "--status", "x"], capture_output=True, text=True, check=False)
    assert usage.returncode == 2


def test_list_and_search_print_every_match_unless_limited(cli: Cli):
    assert cli("demo", "--cases", "120", "--seed", "4").code == 0
    every = cli("cases", "list", "--json").json()
    assert len(every) == 120
    assert len(cli("cases", "list", "--limit", "7", "--offset", "115", "--json").json()) == 5
    assert len(cli("cases", "list", "--offset", "100", "--json").json()) == 20
    listed = {r["ref"] for r in cli("cases", "list", "--search", "khong", "--json").json()}
    found = cli("search", "khong", "--json").json()
    assert len(found) > 20 and {r["ref"] for r in found} == listed
    assert len(cli("search", "khong", "--limit", "3", "--json").json()) == 3


def test_a_reader_that_stops_reading_is_not_a_bug(tmp_path):
    exe = [sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "w")]
    subprocess.run([*exe, "demo", "--cases", "1200", "--quiet"], check=True, capture_output=True)
    # More than a pipe holds (64 KB), so the command is still writing when the reader goes.
    listing = subprocess.Popen([*exe, "cases", "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.readline()
    listing.stdout.close()  # as `| head -1` does
    err = listing.stderr.read().decode()
    assert listing.wait() == 141 and err == ""
    assert "Traceback" not in "".join(p.read_text() for p in (tmp_path / "w" / "logs").glob("*.log"))
