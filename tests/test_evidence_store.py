"""Evidence files: attaching, dedupe, bad input, integrity, removal, verify, and the evidence pack."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.services import evidence as ev_service
from moderator_app.services import reports
from moderator_app.services.cases import merge_cases
from moderator_app.services.evidence_pack import export_pack, safe_member_name
from moderator_app.services.history import describe
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.blobs import BlobStore
from moderator_app.store.database import raw_connection

from .conftest import DATA
from .helpers import all_events, deliver, snapshot

SAMPLES = DATA / "evidence"
ALL_SAMPLES = sorted(SAMPLES.iterdir())


def _case(ws: Workspace, url: str = "https://www.tiktok.com/@tungtran/video/1") -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput("Tùng Trần Crypto", Platform.TIKTOK, Category.FRAUD, url=url,
                                                       description="Sàn đầu tư lợi nhuận 30%/tháng"))


def _detail(ws: Workspace, case_id: str) -> queries.CaseDetail:
    with ws.db.read() as conn:
        detail = queries.case_detail(raw_connection(conn), case_id)
    assert detail is not None
    return detail


def _event_count(ws: Workspace) -> int:
    return len(all_events(ws))


# --- the blob store ---------------------------------------------------------------------------


def test_a_failed_write_leaves_neither_a_blob_nor_a_temp_file(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs")

    class Broken(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 2:
                raise OSError("the USB stick was pulled out")
            return b"x" * 1000

    with pytest.raises(OSError, match="pulled out"):
        store.put_stream(Broken())
    assert list(store) == []
    assert [p.name for p in (tmp_path / "blobs").iterdir()] == []


def test_a_crash_before_the_rename_leaves_no_blob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    store = BlobStore(tmp_path / "blobs")

    def crash(*_args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        store.put_bytes(b"screenshot")
    monkeypatch.undo()
    assert list(store) == [] and not list((tmp_path / "blobs").rglob("*.incoming-*"))
    # The blob's final name only ever holds complete, verified bytes.
    blob = store.put_bytes(b"screenshot")
    assert store.read_verified(blob.sha256) == b"screenshot"


# --- attaching --------------------------------------------------------------------------------


def test_the_samples_are_attached_with_their_facts(ws: Workspace):
    filed = _case(ws)
    attached = ev_service.add_files(ws, filed.ref, ALL_SAMPLES, note="Từ đường dây nóng",
                                    source_url="tiktok.com/@tungtran", captured_at=1_790_000_000_000)
    assert [i.name for i in attached.items] == [p.name for p in ALL_SAMPLES]
    assert {i.name: i.mime for i in attached.items} == {
        "captured-page.html": "text/html",
        "chat-export.txt": "text/plain",
        "livestream-screenshot.png": "image/png",
        "product-certificate.pdf": "application/pdf",
    }
    for item, path in zip(attached.items, ALL_SAMPLES, strict=True):
        data = path.read_bytes()
        assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
        assert ws.blobs.read_verified(item.sha256) == data
    detail = _detail(ws, filed.case_id)
    assert len(detail.evidence) == 4
    e = detail.evidence[0]
    assert e.note == "Từ đường dây nóng" and e.url == "https://tiktok.com/@tungtran"
    assert e.captured_at == 1_790_000_000_000 and e.added_by == ws.identity.member_id
    assert e.added_by_name == "Nguyễn Văn Chủ Tịch" and e.claimed_mime is None
    assert verify(ws).ok


def test_the_same_bytes_are_stored_once(ws: Workspace, tmp_path: Path):
    one = _case(ws)
    two = _case(ws, url="https://www.tiktok.com/@tungtran/video/2")
    png = SAMPLES / "livestream-screenshot.png"
    copy = tmp_path / "copy-of-screenshot.png"
    copy.write_bytes(png.read_bytes())
    first = ev_service.add_files(ws, one.ref, [png, copy])  # the same bytes twice in one batch
    again = ev_service.add_files(ws, one.ref, [png])
    other = ev_service.add_files(ws, two.ref, [copy])
    assert [i.duplicate for i in first.items] == [False, True]
    assert again.items[0].duplicate and again.items[0].id == first.items[0].id
    assert not other.items[0].duplicate and other.items[0].sha256 == first.items[0].sha256
    assert len(list(ws.blobs)) == 1
    assert len(_detail(ws, one.case_id).evidence) == 1 and len(_detail(ws, two.case_id).evidence) == 1


def test_a_name_that_contradicts_the_content_is_stored_as_the_real_type(ws: Workspace, tmp_path: Path):
    filed = _case(ws)
    fake = tmp_path / "hoa-don.jpg"
    fake.write_bytes((SAMPLES / "livestream-screenshot.png").read_bytes())
    item = ev_service.add_files(ws, filed.ref, [fake]).items[0]
    assert item.mime == "image/png" and item.claimed_mime == "image/jpeg"
    detail = _detail(ws, filed.case_id)
    assert detail.evidence[0].mime == "image/png" and detail.evidence[0].claimed_mime == "image/jpeg"
    line = describe(detail.history[-1], "en", {})
    assert line == "Evidence added: hoa-don.jpg (PNG image) — the name says JPEG image but the content is PNG image"


def _bad_file(kind: str, folder: Path) -> Path:
    match kind:
        case "missing":
            return folder / "missing.png"
        case "empty":
            (folder / "empty.txt").write_bytes(b"")
            return folder / "empty.txt"
        case "folder":
            return folder
        case _:
            (folder / "big.bin").write_bytes(b"x" * 1001)
            return folder / "big.bin"


@pytest.mark.parametrize(
    ("kind", "message"),
    [("missing", "no such file"), ("empty", "is empty"), ("folder", "is a folder"), ("oversized", "larger than")],
)
def test_bad_files_are_refused_and_nothing_is_stored(ws: Workspace, tmp_path: Path, kind: str, message: str):
    filed = _case(ws)
    ws.set_setting(ev_service.SETTING_MAX_BYTES, 1000)
    folder = tmp_path / "in"
    folder.mkdir()
    bad = _bad_file(kind, folder)
    good = SAMPLES / "chat-export.txt"
    before = _event_count(ws)
    with pytest.raises(UserError, match=message):
        ev_service.add_files(ws, filed.ref, [good, bad])
    assert _event_count(ws) == before
    assert list(ws.blobs) == []


def test_an_unreadable_file_is_refused(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    filed = _case(ws)
    locked = tmp_path / "locked.png"
    locked.write_bytes(b"\x89PNG....")
    real_open = open

    def guarded_open(path, *args, **kwargs):  # root reads anything, so refuse the way a locked file would
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    with pytest.raises(UserError, match="cannot be read"):
        ev_service.add_files(ws, filed.ref, [locked])
    assert list(ws.blobs) == []


def test_a_file_that_grows_past_the_limit_while_copied_is_taken_back_out(ws: Workspace, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch):
    filed = _case(ws)
    ws.set_setting(ev_service.SETTING_MAX_BYTES, 1000)
    small, growing = tmp_path / "a.txt", tmp_path / "b.txt"
    small.write_text("first file", encoding="utf-8")
    growing.write_text("second", encoding="utf-8")
    monkeypatch.setattr(ev_service, "check_source", lambda _p, _limit: 1)  # it looked small when checked
    growing.write_bytes(b"y" * 5000)
    with pytest.raises(UserError, match="larger than the limit"):
        ev_service.add_files(ws, filed.ref, [small, growing])
    assert list(ws.blobs) == []  # the first file's new blob was taken back out


def test_unknown_case_report_and_bad_urls_are_refused(ws: Workspace):
    filed = _case(ws)
    with pytest.raises(NotFound):
        ev_service.add_files(ws, "2026-ZZZZZ", [SAMPLES / "chat-export.txt"])
    with pytest.raises(NotFound, match="no report"):
        ev_service.add_files(ws, filed.ref, [SAMPLES / "chat-export.txt"], report_id="nope")
    with pytest.raises(UserError, match="http or https"):
        ev_service.add_files(ws, filed.ref, [SAMPLES / "chat-export.txt"], source_url="javascript:alert(1)")
    with pytest.raises(UserError, match="http or https"):
        ev_service.add_link(ws, filed.ref, "file:///etc/passwd")
    with pytest.raises(UserError, match="empty"):
        ev_service.add_link(ws, filed.ref, "  ")
    assert list(ws.blobs) == []
    assert _detail(ws, filed.case_id).evidence == ()


def test_links_and_report_evidence(ws: Workspace):
    filed = _case(ws)
    ref, link_id = ev_service.add_link(ws, filed.ref, "zalo.me/g/abc123", description="Nhóm Zalo chốt đơn",
                                       report_id=filed.report_id)
    ev_service.add_files(ws, filed.ref, [SAMPLES / "chat-export.txt"], report_id=filed.report_id)
    detail = _detail(ws, filed.case_id)
    link = next(e for e in detail.evidence if e.kind == "link")
    assert ref == filed.ref and link.id == link_id and link.url == "https://zalo.me/g/abc123"
    assert link.sha256 is None and link.report_id == filed.report_id
    assert all(e.report_id == filed.report_id for e in detail.evidence)
    assert describe(detail.history[1], "vi", {}) == "Thêm liên kết chứng cứ: https://zalo.me/g/abc123"


def test_removing_is_a_tombstone_and_keeps_the_bytes(ws: Workspace):
    filed = _case(ws)
    item = ev_service.add_files(ws, filed.ref, [SAMPLES / "livestream-screenshot.png"]).items[0]
    ev_service.remove_evidence(ws, item.id[:6], "Nhầm hồ sơ")
    assert _detail(ws, filed.case_id).evidence == ()
    assert ws.blobs.check(item.sha256) is None
    with pytest.raises(UserError, match="already removed"):
        ev_service.remove_evidence(ws, item.id)
    history = _detail(ws, filed.case_id).history
    assert describe(history[-1], "en", {}) == "Evidence removed: livestream-screenshot.png — reason: Nhầm hồ sơ"
    assert verify(ws).ok
    # Attaching the same file again is a new item.
    again = ev_service.add_files(ws, filed.ref, [SAMPLES / "livestream-screenshot.png"]).items[0]
    assert not again.duplicate and again.id != item.id


def test_search_finds_a_case_by_its_evidence(ws: Workspace):
    filed = _case(ws)
    ev_service.add_files(ws, filed.ref, [SAMPLES / "product-certificate.pdf"], note="Giấy chứng nhận giả")
    with ws.db.read() as conn:
        found = queries.search_cases(raw_connection(conn), "giay chung nhan gia")
    assert [r.ref for r in found] == [filed.ref]


# --- integrity --------------------------------------------------------------------------------


def test_a_damaged_file_is_noticed_on_open_and_recorded_once(ws: Workspace):
    filed = _case(ws)
    item = ev_service.add_files(ws, filed.ref, [SAMPLES / "livestream-screenshot.png"]).items[0]
    path = ws.blobs.path_for(item.sha256)
    path.write_bytes(path.read_bytes()[:-10] + b"0123456789")
    row = _detail(ws, filed.case_id).evidence[0]
    with pytest.raises(ev_service.IntegrityError, match="is damaged") as info:
        ev_service.read_verified(ws, row)
    assert info.value.problem == "damaged" and item.sha256 in str(info.value)
    assert ev_service.record_integrity_failure(ws, item.id, "damaged")
    assert not ev_service.record_integrity_failure(ws, item.id, "damaged")  # once per device
    history = _detail(ws, filed.case_id).history
    assert [h.type for h in history].count("evidence.integrity_failed") == 1
    assert describe(history[-1], "en", {}).startswith(
        "Integrity warning: the file livestream-screenshot.png was found damaged when opened (SHA-256 ")


def test_a_missing_file_is_reported_but_not_recorded(ws: Workspace):
    filed = _case(ws)
    item = ev_service.add_files(ws, filed.ref, [SAMPLES / "chat-export.txt"]).items[0]
    ws.blobs.path_for(item.sha256).unlink()
    with pytest.raises(ev_service.IntegrityError, match="next sync") as info:
        ev_service.read_verified(ws, _detail(ws, filed.case_id).evidence[0])
    assert info.value.problem == "missing"
    assert not ev_service.record_integrity_failure(ws, item.id, "missing")


def test_verify_names_each_damaged_or_missing_blob(ws: Workspace):
    filed = _case(ws)
    items = ev_service.add_files(ws, filed.ref, ALL_SAMPLES).items
    assert verify(ws).ok and verify(ws).checked["blobs"] == 4
    png = next(i for i in items if i.name.endswith(".png"))
    pdf = next(i for i in items if i.name.endswith(".pdf"))
    ws.blobs.path_for(png.sha256).write_bytes(b"not the screenshot")
    ws.blobs.path_for(pdf.sha256).unlink()
    report = verify(ws)
    assert not report.ok
    assert len(report.problems) == 2
    assert any(png.sha256 in p and "livestream-screenshot.png" in p and "damaged" in p for p in report.problems)
    assert any(pdf.sha256 in p and "product-certificate.pdf" in p and "missing" in p for p in report.problems)
    assert report.checked["replayed"] == report.checked["events"]  # the log itself is sound


def test_a_removed_items_bytes_are_still_checked(ws: Workspace):
    filed = _case(ws)
    item = ev_service.add_files(ws, filed.ref, [SAMPLES / "chat-export.txt"]).items[0]
    ev_service.remove_evidence(ws, item.id)
    ws.blobs.path_for(item.sha256).unlink()
    assert any(item.sha256 in p for p in verify(ws).problems)


def test_save_copy_writes_verified_bytes(ws: Workspace, tmp_path: Path):
    filed = _case(ws)
    ev_service.add_files(ws, filed.ref, [SAMPLES / "product-certificate.pdf"])
    row = _detail(ws, filed.case_id).evidence[0]
    target = tmp_path / "out.pdf"
    ev_service.save_copy(ws, row, target)
    assert target.read_bytes() == (SAMPLES / "product-certificate.pdf").read_bytes()
    ws.blobs.path_for(row.sha256).write_bytes(b"%PDF-1.4 forged")
    with pytest.raises(ev_service.IntegrityError):
        ev_service.save_copy(ws, row, tmp_path / "forged.pdf")
    assert not (tmp_path / "forged.pdf").exists() and not list(tmp_path.glob(".*.partial"))


# --- merging and order independence -----------------------------------------------------------


def test_evidence_follows_its_case_into_a_merge_whatever_arrives_first(tmp_path: Path):
    a = Workspace.open(tmp_path / "a", member_name="An")
    b = Workspace.open(tmp_path / "b", member_name="Bình")
    c = Workspace.open(tmp_path / "c", member_name="Chi")
    try:
        one = _case(a)
        two = _case(a, url="https://www.tiktok.com/@tungtran/video/2")
        base = all_events(a)
        deliver(b, base)
        merge_cases(a, [one.ref, two.ref])  # two goes into one (or the reverse): either way, together
        ev_service.add_files(b, two.ref, [SAMPLES / "chat-export.txt"])  # concurrently, on the other member
        ea, eb = all_events(a), all_events(b)
        deliver(a, eb)
        deliver(c, [*ea, *[e for e in eb if e not in ea]])
        deliver(b, ea)
        for w in (a, c):  # the bytes travel with the events (sync carries blobs)
            for sha in b.blobs:
                w.blobs.put_bytes(b.blobs.read_verified(sha))
        snaps = [snapshot(w) for w in (a, b, c)]
        assert snaps[0] == snaps[1] == snaps[2]
        live = [ref for ref, d in snaps[0]["cases"].items() if d["merged_into"] is None]
        assert len(live) == 1 and [e["name"] for e in snaps[0]["cases"][live[0]]["evidence"]] == ["chat-export.txt"]
        for w in (a, b, c):
            assert verify(w).ok
    finally:
        for w in (a, b, c):
            w.close()


# --- the evidence pack ------------------------------------------------------------------------


def test_the_evidence_pack_holds_the_files_and_a_manifest(ws: Workspace, tmp_path: Path):
    from moderator_app.services.annotations import add_annotation

    filed = _case(ws)
    items = ev_service.add_files(ws, filed.ref, ALL_SAMPLES, source_url="https://tiktok.com/@tungtran").items
    ev_service.add_link(ws, filed.ref, "https://zalo.me/g/abc", description="Nhóm Zalo")
    png = next(i for i in items if i.mime == "image/png")
    add_annotation(ws, png.id, "rect", {"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1}, "Không gắn nhãn QC")
    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    summary = export_pack(ws, filed.ref.lower(), target)
    assert summary.files == 4 and summary.links == 1 and summary.bytes == sum(p.stat().st_size for p in ALL_SAMPLES)
    assert [p.name for p in target.parent.iterdir()] == ["pack.zip"]  # no temp file left
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "moderator-app/evidence-pack" and manifest["version"] == 1
        assert manifest["case"]["ref"] == filed.ref
        files = [i for i in manifest["items"] if i["kind"] == "file"]
        assert len(files) == 4
        for item in files:
            data = zf.read(item["path"])
            assert hashlib.sha256(data).hexdigest() == item["sha256"] and len(data) == item["size"]
            assert item["added_by"]["name"] == "Nguyễn Văn Chủ Tịch" and item["added_at"].endswith("Z")
            assert item["source_url"] == "https://tiktok.com/@tungtran"
        shot = next(i for i in files if i["mime"] == "image/png")
        assert shot["annotations"][0]["label"] == "Không gắn nhãn QC"
        assert shot["annotations"][0]["geometry"] == {"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1}
        link = next(i for i in manifest["items"] if i["kind"] == "link")
        assert link["url"] == "https://zalo.me/g/abc" and link["note"] == "Nhóm Zalo"
        sums = zf.read("SHA256SUMS").decode().splitlines()
        assert sorted(sums) == sorted(f"{i['sha256']}  {i['path']}" for i in files)


def test_a_damaged_file_stops_the_export_and_leaves_nothing(ws: Workspace, tmp_path: Path):
    filed = _case(ws)
    item = ev_service.add_files(ws, filed.ref, ALL_SAMPLES).items[-1]
    ws.blobs.path_for(item.sha256).write_bytes(b"forged")
    target = tmp_path / "pack.zip"
    with pytest.raises(ev_service.IntegrityError, match="pack was not written"):
        export_pack(ws, filed.ref, target)
    assert list(tmp_path.iterdir()) == [tmp_path / "ws"]
    with pytest.raises(UserError, match="does not exist"):
        export_pack(ws, filed.ref, tmp_path / "nowhere" / "pack.zip")
    with pytest.raises(NotFound):
        export_pack(ws, "2026-ZZZZZ", target)


def test_member_names_in_the_pack_are_safe():
    assert safe_member_name(1, "../../etc/passwd", "text/plain") == "files/01-passwd.txt"
    assert safe_member_name(2, "C:\\Users\\a\\ảnh chụp?.png", "image/png") == "files/02-ảnh chụp_.png"
    assert safe_member_name(3, "...", "application/pdf") == "files/03-evidence.pdf"
    assert len(safe_member_name(4, "x" * 500 + ".jpeg", "image/jpeg")) <= 130


def test_verify_names_a_shared_blob_by_one_item_and_its_own_case(ws: Workspace, tmp_path: Path):
    """The same bytes kept under two names in two cases: the problem names one item with its case."""
    low, high = sorted((_case(ws), _case(ws, "https://www.tiktok.com/@other/video/2")), key=lambda f: f.ref)
    shot = (SAMPLES / "livestream-screenshot.png").read_bytes()
    (tmp_path / "zz-low.png").write_bytes(shot)
    (tmp_path / "aa-high.jpg").write_bytes(shot)
    # The first name in order is the item of the case whose reference comes last.
    sha = ev_service.add_files(ws, low.ref, [tmp_path / "zz-low.png"]).items[0].sha256
    ev_service.add_files(ws, high.ref, [tmp_path / "aa-high.jpg"])
    ws.blobs.path_for(sha).write_bytes(b"not the screenshot")
    problem = next(p for p in verify(ws).problems if sha in p)
    assert "'aa-high.jpg', case " + high.ref in problem
