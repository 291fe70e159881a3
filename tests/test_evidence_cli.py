"""The command-line contract of `evidence ...`, `case show --json` evidence, and `verify` on blobs."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from .conftest import DATA, Cli

SAMPLES = DATA / "evidence"


def _open_case(cli: Cli) -> str:
    result = cli("report", "add", "--influencer", "Tùng Trần Crypto", "--platform", "tiktok", "--category", "fraud",
                 "--url", "https://www.tiktok.com/@tungtran/video/7", "--json")
    assert result.code == 0, result.err
    return str(result.json()["ref"])


def test_evidence_add_json_and_case_show(cli: Cli, tmp_path: Path):
    ref = _open_case(cli)
    files = [str(p) for p in sorted(SAMPLES.iterdir())]
    result = cli("evidence", "add", ref.lower(), *files, "--note", "Từ đường dây nóng", "--source-url",
                 "https://www.tiktok.com/@tungtran", "--captured-at", "2026-10-12T21:04", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["ref"] == ref
    assert [(e["name"], e["mime"], e["duplicate"]) for e in data["evidence"]] == [
        ("captured-page.html", "text/html", False),
        ("chat-export.txt", "text/plain", False),
        ("livestream-screenshot.png", "image/png", False),
        ("product-certificate.pdf", "application/pdf", False),
    ]
    shown = cli("case", "show", ref, "--json").json()
    assert len(shown["evidence"]) == 4
    for item, path in zip(shown["evidence"], sorted(SAMPLES.iterdir()), strict=True):
        assert {"sha256", "mime", "size", "name"} <= item.keys()
        assert item["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert item["size"] == path.stat().st_size and item["name"] == path.name
        assert item["captured_at"] == "2026-10-12T14:04:00Z"  # 21:04 in Vietnam
        assert item["note"] == "Từ đường dây nóng" and item["annotations"] == []
    added = [h for h in shown["history"] if h["type"] == "evidence.added"]
    assert [h["name"] for h in added] == [Path(f).name for f in files]
    human = cli("case", "show", ref)
    assert "Evidence (4)" in human.out and "livestream-screenshot.png (PNG image)" in human.out


def test_evidence_add_words_and_the_mismatch_warning(cli: Cli, tmp_path: Path):
    ref = _open_case(cli)
    fake = tmp_path / "bang-chung.jpg"
    fake.write_bytes((SAMPLES / "livestream-screenshot.png").read_bytes())
    result = cli("evidence", "add", ref, str(fake))
    assert result.code == 0
    assert f"Attached 1 file(s) to case {ref}" in result.out
    assert "the name says JPEG image but the content is PNG image: stored as PNG image" in result.out
    vi = cli("evidence", "add", ref, str(fake), lang="vi")
    assert "đã có trong hồ sơ" in vi.out


def test_bad_input_exits_2_with_one_line_and_changes_nothing(cli: Cli, tmp_path: Path):
    ref = _open_case(cli)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    before = cli("case", "show", ref, "--json").json()
    for argv in (
        ("evidence", "add", ref, str(SAMPLES / "chat-export.txt"), str(tmp_path / "nope.png")),
        ("evidence", "add", ref, str(empty)),
        ("evidence", "add", "2026-ZZZZZ", str(SAMPLES / "chat-export.txt")),
        ("evidence", "add", ref, str(SAMPLES / "chat-export.txt"), "--source-url", "ftp://x.example/a"),
        ("evidence", "link", ref, "javascript:alert(1)"),
        ("evidence", "remove", "zzzzzzzz"),
        ("evidence", "annotate", "zzzzzzzz", "--kind", "rect", "--at", "{}"),
        ("evidence", "export", "2026-ZZZZZ", "-o", str(tmp_path / "p.zip")),
        ("evidence", "export", ref, "-o", str(tmp_path / "pack.txt")),
    ):
        result = cli(*argv)
        assert result.code == 2, (argv, result.out, result.err)
        assert result.err.startswith("moderator-app: error: ") and result.err.count("\n") == 1, result.err
    assert cli("case", "show", ref, "--json").json() == before
    assert not (tmp_path / "pack.txt").exists()
    assert not (cli.data_dir / "blobs").exists() or not any((cli.data_dir / "blobs").rglob("*"))
    assert cli("evidence", "add", ref, str(SAMPLES / "chat-export.txt"), "--captured-at", "yesterday").code == 2


def test_the_size_limit_comes_from_the_setting(cli: Cli, tmp_path: Path):
    from moderator_app.services.workspace import Workspace

    ref = _open_case(cli)
    with Workspace.open(cli.data_dir) as ws:
        ws.set_setting("evidence_max_bytes", 1024)
    result = cli("evidence", "add", ref, str(SAMPLES / "livestream-screenshot.png"))
    assert result.code == 2 and "larger than the evidence limit of 1,024 bytes (1 KB)" in result.err
    assert cli("evidence", "add", ref, str(SAMPLES / "chat-export.txt")).code == 0


def test_link_list_annotate_remove(cli: Cli):
    ref = _open_case(cli)
    link = cli("evidence", "link", ref, "zalo.me/g/abc", "--description", "Nhóm Zalo", "--json").json()
    added = cli("evidence", "add", ref, str(SAMPLES / "livestream-screenshot.png"), "--json").json()["evidence"][0]
    mark = cli("evidence", "annotate", added["id"][:6], "--kind", "rect", "--at",
               '{"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1}', "--label", "Không gắn nhãn", "--json")
    assert mark.code == 0, mark.err
    assert mark.json()["geometry"] == {"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1}
    listed = cli("evidence", "list", ref, "--json").json()
    assert [e["kind"] for e in listed] == ["link", "file"]
    assert listed[0]["url"] == "https://zalo.me/g/abc" and listed[0]["id"] == link["id"]
    assert listed[1]["annotations"][0]["label"] == "Không gắn nhãn"
    words = cli("evidence", "list", ref)
    assert "livestream-screenshot.png" in words.out and "Không gắn nhãn" in words.out
    bad_kind = cli("evidence", "annotate", added["id"], "--kind", "span", "--at", '{"start": 0, "end": 3}')
    assert bad_kind.code == 2 and "does not fit" in bad_kind.err
    bad_json = cli("evidence", "annotate", added["id"], "--kind", "rect", "--at", "{x")
    assert bad_json.code == 2 and "not valid JSON" in bad_json.err
    removed = cli("evidence", "remove", added["id"], "--reason", "Trùng", "--json")
    assert removed.json() == {"ref": ref, "id": added["id"], "removed": True}
    assert [e["kind"] for e in cli("evidence", "list", ref, "--json").json()] == ["link"]


def test_export_pack_and_verify(cli: Cli, tmp_path: Path):
    ref = _open_case(cli)
    added = cli("evidence", "add", ref, *[str(p) for p in sorted(SAMPLES.iterdir())], "--json").json()["evidence"]
    target = tmp_path / "goi-chung-cu.zip"
    result = cli("evidence", "export", ref, "-o", str(target), "--json")
    assert result.code == 0, result.err
    assert result.json() == {"ref": ref, "path": str(target), "files": 4, "links": 0,
                             "bytes": sum(p.stat().st_size for p in SAMPLES.iterdir())}
    with zipfile.ZipFile(target) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert {i["sha256"] for i in manifest["items"]} == {e["sha256"] for e in added}
    assert cli("verify").code == 0
    png = next(e for e in added if e["mime"] == "image/png")
    blob = cli.data_dir / "blobs" / png["sha256"][:2] / png["sha256"]
    blob.write_bytes(blob.read_bytes() + b"tampered")
    checked = cli("verify", "--json")
    assert checked.code == 1
    [problem] = checked.json()["problems"]
    assert png["sha256"] in problem and "livestream-screenshot.png" in problem and "damaged" in problem
    words = cli("verify")
    assert words.code == 1 and png["sha256"] in words.out
    again = cli("evidence", "export", ref, "-o", str(tmp_path / "again.zip"))
    assert again.code == 2 and "damaged" in again.err and not (tmp_path / "again.zip").exists()
