"""The chain of custody: opening, copying out and exporting evidence are in the case's history."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import custody, evidence, reports
from moderator_app.services.history import describe_evidence
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .conftest import DATA

SAMPLES = DATA / "evidence"


def _case_with_file(ws: Workspace) -> tuple[str, str, str]:
    filed = reports.file_report(ws, reports.ReportInput("Tùng Trần Crypto", Platform.TIKTOK, Category.FRAUD,
                                                        url="https://www.tiktok.com/@tungtran/video/7"))
    png = next(p for p in sorted(SAMPLES.iterdir()) if p.suffix == ".png")
    attached = evidence.add_files(ws, filed.ref, [png])
    return filed.case_id, filed.ref, attached.items[0].id


def _accesses(ws: Workspace, case_id: str) -> list[str]:
    with ws.db.read() as conn:
        history = queries.case_history(raw_connection(conn), case_id)
    return [describe_evidence(h, "vi") for h in history if h.type == "evidence.accessed"]


def test_opening_copying_and_exporting_are_in_the_history_in_words(ws: Workspace, tmp_path: Path):
    case_id, _ref, item = _case_with_file(ws)
    assert custody.record_access(ws, item, "opened")
    assert not custody.record_access(ws, item, "opened")  # the same viewing: one line, not one per click
    assert custody.record_access(ws, item, "copy_saved", to="anh-chup.png")
    assert custody.record_pack_export(ws, case_id, "goi-chung-cu.zip", 1)
    lines = _accesses(ws, case_id)
    assert lines[0].startswith("Mở xem chứng cứ: ") and lines[0].endswith(".png")
    assert lines[1].startswith("Lưu bản sao chứng cứ: ") and lines[1].endswith("→ anh-chup.png")
    assert lines[2] == "Xuất gói chứng cứ (1 tệp): goi-chung-cu.zip"


def test_an_opening_later_is_a_new_line(ws: Workspace, monkeypatch):
    case_id, _, item = _case_with_file(ws)
    custody.record_access(ws, item, "opened")
    later = ws.clock.wall() + custody.ONE_VIEWING_MS + 1000
    monkeypatch.setattr(ws.clock, "_now_ms", lambda: later)
    assert custody.record_access(ws, item, "opened")
    assert len(_accesses(ws, case_id)) == 2


# --- the signed evidence pack ----------------------------------------------------------------


def _pack(cli, tmp_path: Path) -> tuple[Path, str]:
    result = cli("report", "add", "--influencer", "Tùng Trần Crypto", "--platform", "tiktok", "--category", "fraud",
                 "--url", "https://www.tiktok.com/@tungtran/video/7", "--json")
    ref = str(result.json()["ref"])
    assert cli("evidence", "add", ref, *[str(p) for p in sorted(SAMPLES.iterdir())]).code == 0
    target = tmp_path / "goi.zip"
    assert cli("evidence", "export", ref, "-o", str(target)).code == 0
    return target, ref


def _rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info.filename, data)
    return target


def test_an_exported_pack_is_signed_checks_and_is_in_the_history(cli, tmp_path: Path):
    pack, ref = _pack(cli, tmp_path)
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert base64.b64decode(zf.read("manifest.sig"))
    assert manifest["signature"]["algorithm"] == "Ed25519"
    # A member checks it against their roster; anyone else without a workspace of their own.
    checked = cli("evidence", "check-pack", str(pack), "--json")
    assert checked.code == 0, checked.out + checked.err
    report = checked.json()
    assert report["ok"] and report["signed"] and report["files_checked"] == 4
    assert report["signer"]["roster"] == "matches"
    from .conftest import Cli

    stranger = Cli(tmp_path / "recipient")("evidence", "check-pack", str(pack), lang="vi")
    assert stranger.code == 0 and "Gói chứng cứ nguyên vẹn." in stranger.out
    assert manifest["signature"]["fingerprint"] in stranger.out
    assert "Evidence pack exported (4 files): goi.zip" in cli("case", "show", ref).out


@pytest.mark.parametrize("tamper, words", [
    ("file", "does not match its SHA-256"),
    ("manifest", "signature does not match"),
    ("unsigned", "not signed"),
    ("added", "not in the manifest"),
    ("removed", "missing from the pack"),
])
def test_a_changed_pack_is_named_by_what_changed(cli, tmp_path: Path, tamper: str, words: str):
    pack, _ = _pack(cli, tmp_path)

    def change(name: str, data: bytes):
        if tamper == "file" and name.startswith("files/") and name.endswith(".png"):
            return data[:-1] + bytes([data[-1] ^ 1])
        if tamper == "manifest" and name == "manifest.json":
            return data.replace("Tùng Trần Crypto".encode(), "Người khác".encode())
        if tamper == "unsigned" and name == "manifest.sig":
            return None
        if tamper == "removed" and name.startswith("files/") and name.endswith(".png"):
            return None
        return data

    bad = _rewrite(pack, tmp_path / "bad.zip", change)
    if tamper == "added":
        with zipfile.ZipFile(bad, "a") as zf:
            zf.writestr("files/99-them-vao.txt", "thêm")
    result = cli("evidence", "check-pack", str(bad), "--json")
    assert result.code == 1, result.out + result.err
    assert any(words in p for p in result.json()["problems"]), result.json()["problems"]


def test_what_is_not_a_pack_is_a_clean_refusal(cli, tmp_path: Path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    assert cli("evidence", "check-pack", str(junk)).code == 2
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("manifest.json", io.BytesIO(b"{}").getvalue())
    result = cli("evidence", "check-pack", str(other))
    assert result.code == 2 and "other.zip" in result.err
