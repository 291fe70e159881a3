"""The log file never holds what people wrote or sent: reporters' contact details, descriptions,
notes, evidence content. The main flows run with distinctive markers in every private field, a
person's mistake and a bug carrying a marker in its message; the markers never reach the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.logs import LOG_FILE, PrivateFormatter, setup_logging
from moderator_app.services import cases, evidence, reports

from .conftest import Cli
from .sync_support import close_all, committee_copy, propagate

MARKERS = {
    "reporter": "REPORTERMARK 0901 555 444 reporter.mark@example.vn",
    "description": "DESCRIPTIONMARK livestream bán tiền ảo",
    "note": "NOTEMARK đã gọi cho người báo",
    "evidence": "EVIDENCECONTENTMARK chat: chuyển khoản 5 triệu",
    "evidence_note": "EVIDENCENOTEMARK ảnh chụp màn hình",
    "bug": "BUGMARK Nguyễn Văn A 0912 000 111",
}


def _log_text(*roots: Path) -> str:
    logging.getLogger("moderator_app").handlers[-1].flush()
    texts = []
    for root in roots:
        for path in (root / "logs").glob(f"{LOG_FILE}*"):
            texts.append(path.read_text(encoding="utf-8"))
    return "\n".join(texts)


def _assert_clean(text: str) -> None:
    for what, marker in MARKERS.items():
        for word in marker.split():
            if word.endswith("MARK") or "@" in word:
                assert word not in text, f"the {what} reached the log"


def test_the_main_flows_leave_nothing_private_in_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    cli = Cli(tmp_path / "ws")
    filed = cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud",
                "--reporter", MARKERS["reporter"], "--description", MARKERS["description"], "--json")
    assert filed.code == 0, filed.err
    ref = filed.json()["ref"]
    assert cli("case", "set", ref, "--note", MARKERS["note"]).code == 0
    chat = tmp_path / "chat.txt"
    chat.write_text(MARKERS["evidence"], encoding="utf-8")
    assert cli("evidence", "add", ref, str(chat), "--note", MARKERS["evidence_note"]).code == 0
    assert cli("evidence", "export", ref, "-o", str(tmp_path / "pack.zip")).code == 0
    assert cli("export", "cases", "-o", str(tmp_path / "cases.xlsx")).code == 0
    assert cli("verify").code == 0
    # A person's mistake naming private text, and a bug whose message quotes it.
    refused = cli("evidence", "add", ref, str(tmp_path / f"{MARKERS['evidence_note']}.png"))
    assert refused.code == 2
    from moderator_app.cli import cases as cases_cli

    def broken(*_args: object) -> int:
        raise ValueError(f"could not parse {MARKERS['bug']} from {MARKERS['reporter']}")

    monkeypatch.setattr(cases_cli, "cmd_show", broken)
    crashed = cli("case", "show", ref)
    assert crashed.code == 70
    text = _log_text(tmp_path / "ws")
    assert "ValueError" in text and "message withheld" in text  # the bug is there, its words are not
    _assert_clean(text)


def test_a_sync_round_leaves_nothing_private_in_the_log(tmp_path: Path, tmp_path_factory):
    chair, member = committee_copy(tmp_path_factory, tmp_path, (Role.MEMBER,))
    for m in (chair, member):
        setup_logging(m.ws.root)
    filed = reports.file_report(member.ws, reports.ReportInput(
        "Khánh Vy", Platform.FACEBOOK, Category.FALSE_CLAIM, reporter=MARKERS["reporter"],
        description=MARKERS["description"]))
    cases.add_note(member.ws, filed.ref, MARKERS["note"])
    chat = tmp_path / "chat.txt"
    chat.write_text(MARKERS["evidence"], encoding="utf-8")
    evidence.add_files(member.ws, filed.ref, [chat], note=MARKERS["evidence_note"])
    member.sync()
    propagate(member.view, chair.view)
    report = chair.sync()
    assert report.rejected == [] and report.applied
    # A damaged file in the folder is quarantined and logged by name only.
    bad = chair.view / "devices" / member.device / "bundles" / "0000009999-0000009999.zip"
    bad.write_bytes(b"PK\x03\x04" + MARKERS["evidence"].encode())
    chair.sync()
    close_all([chair, member])
    _assert_clean(_log_text(chair.ws.root, member.ws.root))


def test_the_formatter_keeps_frames_and_types_but_not_messages():
    import sqlite3

    formatter = PrivateFormatter("%(message)s")
    try:
        try:
            raise KeyError(MARKERS["reporter"])
        except KeyError as inner:
            raise RuntimeError(MARKERS["note"]) from inner
    except RuntimeError:
        import sys

        text = formatter.formatException(sys.exc_info())
    assert "KeyError" in text and "RuntimeError" in text and "which led to" in text
    assert "test_the_formatter_keeps_frames" in text  # the stack is kept
    _assert_clean(text)
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM nowhere")
    except sqlite3.Error:
        import sys

        assert "no such table: nowhere" in formatter.formatException(sys.exc_info())
    try:
        open(Path("/nonexistent") / MARKERS["reporter"])  # noqa: SIM115
    except OSError:
        import sys

        text = formatter.formatException(sys.exc_info())
        assert "Errno 2" in text
        _assert_clean(text)
