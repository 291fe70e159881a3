"""A refused sync file's reason reaches people in their language, with a code that never changes.

`sync --json` gives `rejected[].reason` in the language asked (`--lang`) and the same `code` in
either; the text output and the window speak the interface's language. A refused file is reported
again every round from what the first round kept, so both texts and the code are kept, and a reason
kept by a version that knew English only still reads.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from moderator_app.services import sync as sync_settings
from moderator_app.store.database import raw_connection
from moderator_app.sync.importer import recorded_problem, stored_reason
from moderator_app.sync.report import Problem, recorded_reason

from .conftest import Cli
from .sync_support import case_everyone_holds, close_all, committee_copy, forge, propagate


@pytest.fixture
def trio(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    yield members
    close_all(members)


def _sync_json(chair, lang: str) -> list[dict]:
    """One round through the command line, as a script would run it; the rejected entries."""
    result = Cli(chair.ws.root)("sync", "--folder", str(chair.view), "--json", lang=lang)
    assert result.code == 1, result.err
    return result.json()["rejected"]


def _tamper(path: Path) -> None:
    """Change the events of a signed bundle (as many bytes), leaving its manifest and signature as they were."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info, data in members:
            changed = data.replace("ghi chú".encode(), "GHI chú".encode())
            assert info.filename != "events.jsonl" or changed != data
            dst.writestr(info, changed if info.filename == "events.jsonl" else data)
    path.write_bytes(out.getvalue())


def test_a_malformed_event_is_refused_in_the_language_asked_with_one_code(trio):
    chair, secretary, _ = trio
    case_id = case_everyone_holds(trio)
    forge(secretary, [("case.updated", case_id, {"changes": {"priority": {"from": 3, "to": "very high",
                                                                            "base": []}}}, case_id)])
    propagate(secretary.view, chair.view)
    chair.ws.close()

    first = _sync_json(chair, "vi")  # judged now
    again_en = _sync_json(chair, "en")  # reported again from what the first round kept
    again_vi = _sync_json(chair, "vi")

    assert len(first) == len(again_en) == len(again_vi) == 1
    vi, en = first[0], again_en[0]
    assert vi["code"] == en["code"] == again_vi[0]["code"] == "invalid_event"
    assert vi["file"] == en["file"] and not vi["earlier_round"] and en["earlier_round"]
    assert f"{secretary.device}." in en["reason"] and "is not valid" in en["reason"]
    assert "should update the application" in en["reason"] and "Thư ký Bình" in en["reason"]
    assert "không hợp lệ" in vi["reason"] and "cần cập nhật ứng dụng" in vi["reason"]
    assert "Thư ký Bình" in vi["reason"] and "is not valid" not in vi["reason"]
    assert again_vi[0]["reason"] == vi["reason"]


def test_a_tampered_file_is_refused_in_either_language(trio):
    chair, secretary, _ = trio
    case_everyone_holds(trio)
    path = forge(secretary, [("note.added", "n0te00000077", {"body": "một ghi chú"}, None)])
    _tamper(path)
    propagate(secretary.view, chair.view)
    chair.ws.close()

    en = _sync_json(chair, "en")
    vi = _sync_json(chair, "vi")

    assert [e["code"] for e in en] == [e["code"] for e in vi] == ["events_do_not_match_manifest"]
    assert en[0]["reason"] == "the events do not match the signed manifest (the file was changed)"
    assert vi[0]["reason"] == "các sự kiện không khớp với bản kê khai đã ký (tệp đã bị sửa đổi)"


def test_a_role_refusal_names_the_roles_by_their_labels(trio):
    chair, _, member = trio
    case_everyone_holds(trio)
    forge(member, [("member.added", "n3wmember001", {"name": "Kẻ lạ", "role": "chair",
                                                     "devices": [{"id": "aaaaaaaaaa", "name": "",
                                                                  "public_key": "AAAA"}]}, None)])
    propagate(member.view, chair.view)
    chair.ws.close()

    vi = _sync_json(chair, "vi")
    en = _sync_json(chair, "en")

    assert vi[0]["code"] == en[0]["code"] == "author_role_not_allowed"
    assert "needs the role Chair (chair); its author was Member (member)" in en[0]["reason"]
    assert "cần vai trò Trưởng ban (chair); tác giả của nó là Thành viên (member)" in vi[0]["reason"]


def test_the_text_output_and_the_sync_log_speak_the_readers_language(trio):
    chair, secretary, _ = trio
    case_everyone_holds(trio)
    path = forge(secretary, [("note.added", "n0te00000078", {"body": "một ghi chú"}, None)])
    _tamper(path)
    propagate(secretary.view, chair.view)
    chair.ws.close()
    cli = Cli(chair.ws.root)

    vi = cli("sync", "--folder", str(chair.view), lang="vi")
    en = cli("sync", "--folder", str(chair.view), lang="en")

    assert vi.code == en.code == 1
    assert f"Từ chối devices/{secretary.device}/bundles/{path.name}: các sự kiện không khớp" in vi.out
    assert f"Rejected devices/{secretary.device}/bundles/{path.name}: the events do not match" in en.out
    with chair.ws.db.read() as conn:
        recorded = sync_settings.rounds(raw_connection(conn), limit=1)[0].report["rejected"][0]
    assert recorded["code"] == "events_do_not_match_manifest"
    assert recorded_reason(recorded, "vi").startswith("các sự kiện không khớp")
    assert recorded_reason(recorded, "en").startswith("the events do not match")


def test_a_reason_kept_by_an_english_only_version_still_reads(trio):
    chair, secretary, _ = trio
    case_everyone_holds(trio)
    path = forge(secretary, [("note.added", "n0te00000079", {"body": "một ghi chú"}, None)])
    _tamper(path)
    propagate(secretary.view, chair.view)
    chair.sync()
    with chair.ws.db.write() as conn:  # as the previous version kept it: the English reason alone
        raw_connection(conn).execute("UPDATE sync_files SET reason = 'the events do not match the signed manifest' "
                                     "WHERE outcome = 'rejected'")
    chair.ws.close()

    for lang in ("vi", "en"):
        rejected = _sync_json(chair, lang)
        assert rejected == [{"file": f"devices/{secretary.device}/bundles/{path.name}", "code": "file_refused",
                             "reason": "the events do not match the signed manifest", "earlier_round": True}]
    # A round recorded by that version reads too.
    assert recorded_reason({"file": "x", "reason": "old"}, "vi") == "old"


def test_a_kept_refusal_reads_back_whole():
    from moderator_app.sync.errors import Refused

    refusal = Refused("the signature does not match", vi="chữ ký không khớp", code="signature_mismatch")
    assert recorded_problem("f.zip", stored_reason(refusal)) == Problem.refused("f.zip", refusal)
    assert recorded_problem("f.zip", "{not json") == Problem("f.zip", "{not json", "file_refused")


def test_the_window_shows_the_reason_in_the_interface_language(qtbot, monkeypatch):
    from moderator_app.sync.report import RoundReport
    from moderator_app.ui.sync import notices

    report = RoundReport(source="x")
    report.rejected.append(Problem("a.zip", "the signature does not match", "signature_mismatch",
                                   "chữ ký không khớp"))
    monkeypatch.setattr(notices, "interface_language", lambda: "vi")
    assert "a.zip: chữ ký không khớp" in (notices.notice_text(report) or "")
    monkeypatch.setattr(notices, "interface_language", lambda: "en")
    assert "a.zip: the signature does not match" in (notices.notice_text(report) or "")
