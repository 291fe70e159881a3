"""Indicators linked across cases: extraction, by hand, merges, removal, sync, the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import NotFound
from moderator_app.domain.indicators import indicator_id
from moderator_app.services import cases, evidence, reports
from moderator_app.services import indicators as service
from moderator_app.services.evidence_text import ExtractedText
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import indicator_queries as iq
from moderator_app.store.database import raw_connection

from .conftest import Cli
from .sync_support import close_all, committee_copy, converge

PHONE = "+84912345678"
SCAM = ("Chuyển khoản cọc vào STK 0123 456 789 Vietcombank, liên hệ Zalo {phone} để nhận quà. "
        "Link mua: https://shop-gia-re.vn/khuyen-mai?utm_source=fb")
FORMS = ("0912 345 678", "0912.345.678", "+84 912345678")


def _file(ws: Workspace, influencer: str, phone: str, url: str = "") -> reports.FiledReport:
    return reports.file_report(ws, reports.ReportInput(
        influencer, Platform.TIKTOK, Category.FRAUD, url=url, description=SCAM.format(phone=phone)))


@pytest.fixture
def ws(tmp_path: Path):
    w = Workspace.open(tmp_path / "ws", member_name="Chủ tịch Hà")
    yield w
    w.close()


def _values(ws: Workspace, case_id: str) -> dict[str, str]:
    return {c.indicator.kind + ":" + c.indicator.value: c.other_cases for c in service.case_indicators(ws, case_id)}


def test_the_same_number_written_three_ways_links_three_influencers(ws: Workspace):
    filed = [_file(ws, name, phone) for name, phone in zip(("Đen Vâu", "Hòa Minzy", "Sơn Tùng"), FORMS, strict=True)]
    run = service.extract_pending(ws, ocr=None)
    assert run.reports == 3 and run.remaining == 0
    found = service.show(ws, "0912-345-678")
    assert found.row.kind == "phone" and found.row.value == PHONE
    assert sorted(c.ref for c in found.cases) == sorted(f.ref for f in filed)
    assert sorted(found.influencers) == ["Hòa Minzy", "Sơn Tùng", "Đen Vâu"]
    listed = service.list_indicators(ws, min_cases=3)
    assert {(s.row.kind, s.row.value) for s in listed} >= {("phone", PHONE), ("bank_account", "vietcombank:0123456789"),
                                                            ("domain", "shop-gia-re.vn")}
    on_case = _values(ws, filed[0].case_id)
    assert on_case["phone:" + PHONE] == 2  # seen in two other cases
    with ws.db.read() as conn:
        c = next(c for c in iq.of_case(raw_connection(conn), filed[0].case_id) if c.indicator.value == PHONE)
    assert c.other_influencers == 2 and c.origins == ("report",)
    # Nothing pending: a second run reads nothing and writes nothing.
    assert service.extract_pending(ws, ocr=None).reports == 0
    assert verify(ws).ok


def test_removed_by_hand_stays_removed_until_added_again(ws: Workspace):
    a, b = _file(ws, "Đen Vâu", FORMS[0]), _file(ws, "Hòa Minzy", FORMS[1])
    service.extract_pending(ws, ocr=None)
    service.remove_indicator(ws, a.ref, "0912345678", reason="số tổng đài của sàn")
    assert "phone:" + PHONE not in _values(ws, a.case_id)
    assert service.show(ws, PHONE).row.case_count == 1
    with pytest.raises(NotFound):
        service.remove_indicator(ws, a.ref, PHONE)
    service.add_indicator(ws, a.ref, PHONE, note="đọc lại ảnh chụp")
    assert _values(ws, a.case_id)["phone:" + PHONE] == 1
    assert service.show(ws, PHONE).row.case_count == 2
    service.add_indicator(ws, b.ref, "lua.dao@example.com")
    assert "email:lua.dao@example.com" in _values(ws, b.case_id)
    assert verify(ws).ok


def test_an_indicators_cases_come_newest_first_and_its_influencers_by_name(ws: Workspace):
    day = 86_400_000
    start = 1_790_000_000_000
    filed = [reports.file_report(ws, reports.ReportInput(
        name, Platform.TIKTOK, Category.FRAUD, description=SCAM.format(phone=FORMS[n % 3]),
        received_at=start + n * day)) for n, name in enumerate(("Sơn Tùng", "Đen Vâu", "Hòa Minzy", "Đen Vâu"))]
    service.extract_pending(ws, ocr=None)
    ident = indicator_id("phone", PHONE)
    newest_first = [f.case_id for f in reversed(filed)]
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        assert [c.case_id for c in iq.seen_in(raw, ident)] == newest_first
        assert [c.case_id for c in iq.seen_in(raw, ident, limit=2)] == newest_first[:2]
        assert [c.case_id for c in iq.seen_in(raw, ident, exclude_case=filed[2].case_id, limit=2)] == [
            filed[3].case_id, filed[1].case_id]
        assert [c.influencer_name for c in iq.seen_in(raw, ident)] == ["Đen Vâu", "Hòa Minzy", "Đen Vâu", "Sơn Tùng"]
        assert sorted(name for _id, name in iq.influencers_of(raw, ident)) == ["Hòa Minzy", "Sơn Tùng", "Đen Vâu"]
        assert len(iq.influencers_of(raw, ident, limit=2)) == 2
        assert iq.influencer_count(raw, ident) == 3
        assert iq.influencer_count(raw, ident, filed[1].case_id) == 2  # Đen Vâu's own cases are not "others"
    service.remove_indicator(ws, filed[0].ref, PHONE)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        assert [c.case_id for c in iq.seen_in(raw, ident)] == newest_first[:3]
        assert sorted(name for _id, name in iq.influencers_of(raw, ident)) == ["Hòa Minzy", "Đen Vâu"]


def test_not_relevant_is_left_out_of_the_lists(ws: Workspace):
    for name, phone in zip(("Đen Vâu", "Hòa Minzy"), FORMS, strict=False):
        _file(ws, name, phone)
    service.extract_pending(ws, ocr=None)
    service.mark_indicator(ws, PHONE, relevant=False, reason="tổng đài của Ban")
    assert PHONE not in {s.row.value for s in service.list_indicators(ws)}
    assert PHONE in {s.row.value for s in service.list_indicators(ws, include_not_relevant=True)}
    service.mark_indicator(ws, PHONE, relevant=True)
    assert PHONE in {s.row.value for s in service.list_indicators(ws)}


def test_a_merge_moves_the_indicators_and_recounts(ws: Workspace):
    a, b = _file(ws, "Đen Vâu", FORMS[0]), _file(ws, "Đen Vâu", FORMS[1], url="https://www.tiktok.com/@denvau/video/9")
    service.extract_pending(ws, ocr=None)
    assert service.show(ws, PHONE).row.case_count == 2
    kept = cases.merge_cases(ws, [a.ref, b.ref])
    assert service.show(ws, PHONE).row.case_count == 1
    assert "phone:" + PHONE in _values(ws, kept.id)
    assert verify(ws).ok


def test_evidence_text_yields_indicators_and_a_removed_item_takes_them_away(ws: Workspace, tmp_path: Path):
    filed = _file(ws, "Đen Vâu", FORMS[0])
    chat = tmp_path / "tin-nhan.txt"
    chat.write_text("Anh chuyển USDT vào ví TRC20 giúp em nhé\nLiên hệ: hotro.khuyenmai@gmail.com\n", encoding="utf-8")
    added = evidence.add_files(ws, filed.ref, [chat])
    service.extract_pending(ws, ocr=None)
    item = added.items[0].id
    read = service.text_of_evidence(ws, item, ocr=None)
    assert read.status == "done" and "chuyển USDT" in read.text
    assert {c.indicator.value for c in read.indicators} == {"hotro.khuyenmai@gmail.com"}
    # Searchable, without diacritics, through the case's search document.
    with ws.db.read() as conn:
        hits = raw_connection(conn).execute(
            "SELECT count(*) FROM case_search WHERE case_search MATCH ?", ('"chuyen usdt"',)).fetchone()[0]
    assert hits == 1
    evidence.remove_evidence(ws, item, reason="nhầm tệp")
    assert "email:hotro.khuyenmai@gmail.com" not in _values(ws, filed.case_id)
    assert verify(ws).ok


def test_a_failing_reader_marks_the_item_and_the_rest_goes_on(ws: Workspace, tmp_path: Path, monkeypatch):
    filed = _file(ws, "Đen Vâu", FORMS[0])
    broken = tmp_path / "anh-chup.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)  # a PNG header, then nothing readable
    note = tmp_path / "ghi-chu.txt"
    note.write_text("STK 9704 1234 5678 Techcombank", encoding="utf-8")
    evidence.add_files(ws, filed.ref, [broken, note])
    run = service.extract_pending(ws, ocr=None)
    assert run.evidence == 2 and run.failed == 1 and run.remaining == 0
    assert "bank_account:techcombank:970412345678" in _values(ws, filed.case_id)
    failed = service.text_of_evidence(ws, run.failures[0][0], ocr=None)
    assert failed.status == "failed" and failed.reason_en and failed.reason_vi

    # A bug in a reader: the item says so, the queue goes on.
    def boom(*_a, **_k) -> ExtractedText:
        raise RuntimeError("reader bug")
    monkeypatch.setattr(service, "extract_text", boom)
    other = tmp_path / "khac.txt"
    other.write_text("Zalo 0987 654 321", encoding="utf-8")
    second = _file(ws, "Hòa Minzy", FORMS[1])
    evidence.add_files(ws, second.ref, [other])
    run = service.extract_pending(ws, ocr=None)
    assert run.reports == 1 and run.evidence == 1 and run.failed == 1
    assert "phone:" + PHONE in _values(ws, second.case_id)


def test_indicators_travel_to_every_member(tmp_path_factory, tmp_path: Path):
    chair, secretary, member = committee_copy(tmp_path_factory, tmp_path)
    try:
        a = _file(member.ws, "Đen Vâu", FORMS[0])
        service.extract_pending(member.ws, ocr=None)
        b = _file(chair.ws, "Hòa Minzy", FORMS[2])
        service.extract_pending(chair.ws, ocr=None)
        converge([chair, secretary, member])
        for m in (chair, secretary, member):
            found = service.show(m.ws, FORMS[1])
            assert sorted(c.ref for c in found.cases) == sorted([a.ref, b.ref])
            assert service.pending_count(m.ws) == 0
        # Marked not relevant by the chair: every member leaves it out.
        service.mark_indicator(chair.ws, PHONE, relevant=False, reason="tổng đài")
        converge([chair, secretary, member])
        for m in (chair, secretary, member):
            assert PHONE not in {s.row.value for s in service.list_indicators(m.ws)}
            assert verify(m.ws).ok
    finally:
        close_all([chair, secretary, member])


def test_command_line(cli: Cli, tmp_path: Path):
    for name, phone in zip(("Đen Vâu", "Hòa Minzy", "Sơn Tùng"), FORMS, strict=True):
        assert cli("report", "add", "--influencer", name, "--platform", "tiktok", "--category", "fraud",
                   "--description", SCAM.format(phone=phone)).code == 0
    listed = cli("indicators", "list", "--kind", "phone", "--json")
    assert listed.code == 0, listed.err
    items = json.loads(listed.out)
    assert [(i["kind"], i["value"], len(i["cases"])) for i in items] == [("phone", PHONE, 3)]
    assert sorted(items[0]["influencers"]) == ["Hòa Minzy", "Sơn Tùng", "Đen Vâu"]
    shown = cli("indicators", "show", "0912.345.678", "--json")
    assert json.loads(shown.out)["value"] == PHONE
    assert cli("indicators", "list", "--min-cases", "4", "--json").out.strip() == "[]"
    missing = cli("indicators", "show", "0987 000 111")
    assert missing.code != 0 and "0987" in missing.err
    bad = cli("indicators", "show", "không phải là gì cả")
    assert bad.code == 2 and bad.err
    vi = cli("indicators", "list", "--kind", "phone", lang="vi")
    assert "Số điện thoại" in vi.out and "3 hồ sơ" in vi.out
    csv_file = tmp_path / "chi-dau.csv"
    assert cli("indicators", "export", "-o", str(csv_file), "--min-cases", "2").code == 0
    assert PHONE in csv_file.read_text(encoding="utf-8-sig")


def test_stix_bundle_is_valid_and_names_no_reporter(cli: Cli, tmp_path: Path):
    validator = pytest.importorskip("stix2validator")
    assert cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud",
               "--reporter", "Nguyễn Thị Báo 0977 111 222", "--description",
               SCAM.format(phone=FORMS[0]) + " tiktok.com/@shopgiare ví 0x52908400098527886E0F7030069857D2E4169EE7"
               ).code == 0
    out = tmp_path / "chi-dau.json"
    assert cli("indicators", "export", "-o", str(out), "--format", "stix").code == 0
    text = out.read_text(encoding="utf-8")
    assert "Nguyễn Thị Báo" not in text and "0977" not in text
    bundle = json.loads(text)
    patterns = {o["pattern"] for o in bundle["objects"] if o["type"] == "indicator"}
    assert "[x-phone-number:value = '+84912345678']" in patterns
    assert "[domain-name:value = 'shop-gia-re.vn']" in patterns
    results = validator.validate_instance(bundle, validator.ValidationOptions(version="2.1"))
    assert results.is_valid, [str(e) for e in results.errors]


def test_ids_are_the_same_on_every_member():
    assert indicator_id("phone", PHONE) == indicator_id("phone", PHONE)
    assert len(indicator_id("phone", PHONE)) == 32


def test_the_reported_account_itself_is_not_an_indicator(ws: Workspace):
    """Every report about an influencer names their account: cases share the influencer already."""
    for n in range(3):
        reports.file_report(ws, reports.ReportInput(
            "Đen Vâu", Platform.TIKTOK, Category.FRAUD, url=f"https://www.tiktok.com/@denvau/video/{n}",
            description="Xem thêm ở @denvau, mua hàng qua https://www.tiktok.com/@shopgiare247"))
    service.extract_pending(ws, ocr=None)
    handles = {s.row.value for s in service.list_indicators(ws, kind="handle")}
    assert handles == {"tiktok:@shopgiare247"}


def test_a_reposted_screenshot_relates_two_cases(ws: Workspace, tmp_path: Path):
    """The same screenshot re-encoded and resized in another case: similar image, said as the reason."""
    from moderator_app.services.case_file import load_case_file

    from .test_evidence_text import scene

    original = scene(7)
    first, second = tmp_path / "anh-goc.png", tmp_path / "anh-dang-lai.jpg"
    original.save(first)
    original.resize((540, 960)).save(second, format="JPEG", quality=60)
    other = tmp_path / "khac.png"
    scene(8).save(other)
    a, b, c = (reports.file_report(ws, reports.ReportInput(name, Platform.TIKTOK, Category.FRAUD,
                                                           description="Ảnh chụp bài đăng"))
               for name in ("Đen Vâu", "Hòa Minzy", "Sơn Tùng"))
    evidence.add_files(ws, a.ref, [first])
    evidence.add_files(ws, b.ref, [second])
    evidence.add_files(ws, c.ref, [other])
    run = service.extract_pending(ws, ocr=None)
    assert run.evidence == 3 and run.failed == 0
    with ws.db.read() as conn:
        cf = load_case_file(raw_connection(conn), a.case_id, 0)
    assert cf is not None
    related = {r.case.ref: r.reasons for r in cf.related}
    assert related.get(b.ref) == ("image",) and c.ref not in related
    assert verify(ws).ok


def test_extraction_resumes_where_it_stopped(tmp_path: Path):
    root = tmp_path / "ws"
    ws = Workspace.open(root, member_name="Chủ tịch Hà")
    for n in range(5):
        _file(ws, f"Người {n}", FORMS[n % 3])
    first = service.extract_pending(ws, ocr=None, limit=2)
    assert first.reports == 2 and first.remaining == 3
    ws.close()  # the window closed half-way
    ws = Workspace.open(root)
    try:
        assert service.pending_count(ws) == 3
        rest = service.extract_pending(ws, ocr=None)
        assert rest.reports == 3 and rest.remaining == 0
        assert service.show(ws, PHONE).row.case_count == 5
    finally:
        ws.close()


def test_a_picture_bomb_is_marked_and_the_rest_goes_on(ws: Workspace, tmp_path: Path):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    bomb = tmp_path / "bom.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    note = tmp_path / "ghi-chu.txt"
    note.write_text("Zalo 0912 345 678", encoding="utf-8")
    filed = _file(ws, "Đen Vâu", "0987 000 111")
    evidence.add_files(ws, filed.ref, [bomb, note])
    run = service.extract_pending(ws, ocr=None)
    assert run.evidence == 2 and run.failed == 1 and run.remaining == 0
    assert "100000 × 100000" in run.failures[0][1]
    assert "phone:" + PHONE in _values(ws, filed.case_id)
