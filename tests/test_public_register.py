"""The public register: what is published, what never is, the page's structure, the CSV guard."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.domain.errors import UserError
from moderator_app.exports.public_register import add_months, named_until
from moderator_app.services import cases as case_service
from moderator_app.services import evidence, meetings, profiles, public_register, reports
from moderator_app.services.history import describe, kind_of
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import HistoryEntry

from .meeting_helpers import add_member

AS_OF = date(2026, 11, 20)

# Distinctive words in every private field: none may appear in what is published.
PRIVATE = {
    "reporter": "REPORTERSECRET 0901 777 888",
    "description": "DESCRIPTIONSECRET livestream",
    "note": "NOTESECRET đã gọi điện",
    "rationale": "RATIONALESECRET lý do nội bộ",
    "follow_up": "FOLLOWUPSECRET gửi công văn",
    "recommendation": "RECOMMENDSECRET đề xuất",
    "minutes": "MINUTESSECRET biên bản",
    "voter": "Trần VOTERSECRET",
    "evidence": "EVIDENCESECRET.png",
    "contact": "CONTACTSECRET@example.vn",
    "influencer_notes": "INFNOTESSECRET",
    "meeting": "MEETINGSECRET phiên họp",
    "unpublished": "Người UNPUBLISHEDSECRET",
    "superseded": "SUPERSEDEDSECRET tóm tắt cũ",
}


def _case(ws: Workspace, name: str, category: Category, n: int, tmp: Path) -> str:
    filed = reports.file_report(ws, reports.ReportInput(
        name, Platform.TIKTOK, category, url=f"https://www.tiktok.com/@kol/video/{n}",
        description=PRIVATE["description"], reporter=PRIVATE["reporter"], handle=f"@kol{n}"))
    case_service.add_note(ws, filed.ref, PRIVATE["note"])
    shot = tmp / PRIVATE["evidence"]
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([n]) * 64)
    evidence.add_files(ws, filed.ref, [shot])
    case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=Status.INVESTIGATING))
    # the right of reply: the influencer is asked before a meeting decides
    case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(status=Status.AWAITING_REPLY))
    return filed.ref


def _decide(ws: Workspace, meeting: str, ref: str, outcome: Outcome, published: bool, summary: str = "") -> str:
    item = meetings.add_to_agenda(ws, meeting, ref)
    meetings.recommend(ws, item, PRIVATE["recommendation"], outcome)
    for who in ("me", PRIVATE["voter"]):
        meetings.cast_vote(ws, item, who, "for")
    return meetings.record_decision(
        ws, meeting, ref, outcome, PRIVATE["rationale"], published=published, public_summary=summary,
        follow_ups=[meetings.FollowUpInput(PRIVATE["follow_up"], None, date(2026, 12, 1))])


def _meeting(ws: Workspace, day: date) -> str:
    meeting = meetings.create_meeting(ws, PRIVATE["meeting"], day)
    for who in ("me", PRIVATE["voter"]):
        meetings.set_attendance(ws, meeting, who, "present")
    meetings.update_meeting(ws, meeting, minutes=PRIVATE["minutes"])
    return meeting


@pytest.fixture
def register(ws: Workspace, tmp_path: Path):
    add_member(ws, PRIVATE["voter"], "reviewer")
    ws.set_setting("committee_name", "Ban tự giám sát Liên minh Niềm tin số")
    june = _meeting(ws, date(2026, 6, 10))
    october = _meeting(ws, date(2026, 10, 28))
    refs = {
        "named": _case(ws, "Đen Vâu", Category.FRAUD, 1, tmp_path),
        "warning": _case(ws, "Khánh Vy", Category.FALSE_CLAIM, 2, tmp_path),
        "old_named": _case(ws, "Hoa Hậu Quảng Cáo", Category.UNDISCLOSED_AD, 3, tmp_path),
        "unpublished": _case(ws, PRIVATE["unpublished"], Category.MISINFORMATION, 4, tmp_path),
        "amended": _case(ws, "Mỹ Phẩm Xanh", Category.RESTRICTED_PRODUCT, 5, tmp_path),
        "named_unpublished": _case(ws, "Shop Ảo", Category.FAKE_ENGAGEMENT, 6, tmp_path),
        "formula": _case(ws, '=HYPERLINK("http://evil.example","x")', Category.IMPERSONATION, 7, tmp_path),
    }
    profiles.update_profile(ws, "Đen Vâu", profiles.ProfileChanges(contact=PRIVATE["contact"],
                                                                    notes=PRIVATE["influencer_notes"]))
    ids = {
        "named": _decide(ws, october, refs["named"], Outcome.NAMED_NONCOMPLIANT, True,
                         "Đen Vâu quảng cáo sàn đầu tư tiền ảo không phép trên TikTok."),
        "warning": _decide(ws, june, refs["warning"], Outcome.WARNING_AMEND, True),
        "old_named": _decide(ws, june, refs["old_named"], Outcome.NAMED_NONCOMPLIANT, True, "Không gắn nhãn."),
        "unpublished": _decide(ws, october, refs["unpublished"], Outcome.REMINDER, False),
        "amended": _decide(ws, june, refs["amended"], Outcome.PUBLIC_CORRECTION, True, PRIVATE["superseded"]),
        "named_unpublished": _decide(ws, october, refs["named_unpublished"], Outcome.NAMED_NONCOMPLIANT, False),
        "formula": _decide(ws, october, refs["formula"], Outcome.REMINDER, True, "+84 ai cũng gọi được"),
    }
    meetings.finalize(ws, june)
    ids["amendment"] = meetings.amend_decision(ws, ids["amended"], Outcome.REMINDER, "Sửa đổi", published=True,
                                               public_summary="Mỹ Phẩm Xanh đã cải chính; mức xử lý giảm.")
    return refs, ids


def _publish(ws: Workspace, folder: Path, lang: str = "vi") -> public_register.Publication:
    return public_register.publish(ws, folder, lang, AS_OF)


def _files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8-sig") for p in folder.iterdir()}


def test_nothing_private_leaves(ws: Workspace, register, tmp_path: Path):
    out = tmp_path / "public"
    pub = _publish(ws, out)
    files = _files(out)
    assert sorted(files) == ["decisions.csv", "index.html", "named-noncompliant.csv"]
    for name, text in files.items():
        for field, marker in PRIVATE.items():
            secret = next(word for word in marker.replace(".", " ").split() if "SECRET" in word)
            assert secret not in text, f"{field} leaked into {name}"
        assert "Lý do" not in text and "Sửa đổi" not in text  # rationale of the amendment
    # What is published is there.
    page = files["index.html"]
    assert "Đen Vâu quảng cáo sàn đầu tư tiền ảo không phép trên TikTok." in page
    assert "Mỹ Phẩm Xanh đã cải chính; mức xử lý giảm." in page
    assert "TikTok @kol1" in page and "Khánh Vy" in page
    assert pub.decisions == 5 and pub.named == 1 and pub.unpublished_named == 1


def test_the_register_lists_published_decisions_in_force_and_the_named_list(ws: Workspace, register, tmp_path: Path):
    out = tmp_path / "public"
    _publish(ws, out)
    rows = list(csv.reader(io.StringIO((out / "decisions.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["ngay_quyet_dinh", "nguoi_co_anh_huong", "tai_khoan", "loai_vi_pham", "hinh_thuc_xu_ly", "muc",
                       "tom_tat"]
    listed = [(r[0], r[1], r[4], r[5]) for r in rows[1:]]
    assert listed == [
        ("2026-10-28", "'=HYPERLINK(\"http://evil.example\",\"x\")", "Nhắc nhở", "1"),
        ("2026-10-28", "Đen Vâu", "Công bố danh sách không tuân thủ (3 tháng)", "4"),
        ("2026-06-10", "Hoa Hậu Quảng Cáo", "Công bố danh sách không tuân thủ (3 tháng)", "4"),
        ("2026-06-10", "Khánh Vy", "Cảnh cáo, yêu cầu gỡ/sửa", "2"),
        ("2026-06-10", "Mỹ Phẩm Xanh", "Nhắc nhở", "1"),
    ]
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["Khánh Vy"][6] == ("Ban tự giám sát đã xem xét phản ánh thuộc loại “Quảng cáo sai sự thật, "
                                      "thổi phồng” và quyết định: Cảnh cáo, yêu cầu gỡ/sửa.")  # neutral, generated
    assert by_name["'=HYPERLINK(\"http://evil.example\",\"x\")"][6] == "'+84 ai cũng gọi được"  # formula guard
    assert by_name["Đen Vâu"][2] == "TikTok @kol1"
    named = list(csv.reader(io.StringIO((out / "named-noncompliant.csv").read_text(encoding="utf-8-sig"))))
    assert named == [["nguoi_co_anh_huong", "tai_khoan", "loai_vi_pham", "tu_ngay", "den_het_ngay"],
                     ["Đen Vâu", "TikTok @kol1", "Lừa đảo, cờ bạc trá hình", "2026-10-28", "2027-01-27"]]
    assert (out / "decisions.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    assert b"\r\n" in (out / "decisions.csv").read_bytes()


def test_three_months_on_the_named_list():
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), -3) == date(2026, 9, 15)
    assert named_until(date(2026, 10, 28)) == date(2027, 1, 27)


class StrictChecker(HTMLParser):
    """Balanced tags, the void elements of HTML, nothing that runs or loads from elsewhere."""

    VOID = frozenset({"meta", "br", "img", "hr", "input", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.counts: dict[str, int] = {}
        self.attrs: dict[str, list[dict[str, str | None]]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.attrs.setdefault(tag, []).append(dict(attrs))
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in ("src", "href") and value and ("://" in value or value.startswith("//")):
                self.problems.append(f"external resource {value}")
        if tag in ("script", "iframe", "object", "embed", "link", "img", "form"):
            self.problems.append(f"<{tag}> in the page")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.problems.append(f"<{tag}/> is not a void element")
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.attrs.setdefault(tag, []).append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_page_is_strict_self_contained_and_made_for_phones(ws: Workspace, register, tmp_path: Path, lang: str):
    out = tmp_path / lang
    _publish(ws, out, lang)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n")
    root = ET.fromstring(page.split("\n", 1)[1])  # a strict XML parser reads every byte of it
    ns = "{http://www.w3.org/1999/xhtml}"
    assert root.tag == f"{ns}html" and root.attrib["lang"] == lang
    assert len(root.findall(f".//{ns}h1")) == 1
    checker = StrictChecker()
    checker.feed(page)
    checker.close()
    assert checker.problems == [] and checker.stack == []
    assert checker.counts["h1"] == 1 and checker.counts["html"] == 1 and checker.counts["style"] == 1
    metas = checker.attrs["meta"]
    assert {"charset": "utf-8"} in metas
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
    style = root.find(f".//{ns}style")
    assert style is not None and "@media (max-width: 700px)" in (style.text or "")
    assert "url(" not in page and "@import" not in page and "<script" not in page
    cells = root.findall(f".//{ns}td")
    assert cells and all(c.attrib.get("data-label") for c in cells)  # each card on a phone names its fields
    links = [a.attrib["href"] for a in root.iter(f"{ns}a")]
    assert links == ["decisions.csv", "named-noncompliant.csv"]
    assert ("Sổ công khai các quyết định" if lang == "vi" else "Public register of decisions") in page


def test_publishing_is_recorded_and_replaces_files_whole(ws: Workspace, register, tmp_path: Path):
    out = tmp_path / "public"
    out.mkdir()
    (out / "index.html").write_text("old", encoding="utf-8")
    pub = _publish(ws, out)
    assert (out / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert (out / "index.html").stat().st_mode & 0o044 == 0o044  # readable by a web server
    last = public_register.last_publication(ws)
    assert last is not None and last.id == pub.id and (last.decisions, last.named) == (5, 1)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        row = raw.execute("SELECT type, case_id, payload FROM events WHERE entity = ?", (pub.id,)).fetchone()
        names = {r[0]: r[1] for r in raw.execute("SELECT id, name FROM members")}
    assert row[0] == "register.published" and row[1] is None
    import json

    payload = json.loads(row[2])
    assert payload["published_on"] == "2026-11-20" and payload["decisions"] == 5 and payload["named"] == 1
    assert set(payload["files"]) == {"index.html", "decisions.csv", "named-noncompliant.csv"}
    entry = HistoryEntry(pub.id, 0, ws.identity.member_id, "", "register.published", payload,
                         ws.identity.device_id, pub.id)
    assert kind_of(entry.type) == "publication"
    assert describe(entry, "vi", names) == ("Công bố sổ công khai ngày 20/11/2026: 5 quyết định, 1 tên trong danh "
                                            "sách không tuân thủ")


def test_publication_needs_a_folder_and_the_role(ws: Workspace, register, tmp_path: Path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserError, match="is a file"):
        _publish(ws, tmp_path / "file")
    with pytest.raises(UserError, match="does not exist"):
        _publish(ws, tmp_path / "no" / "such")
    with ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM register_publications").fetchone()[0] == 0


def test_the_public_summary_can_change_after_finalization(ws: Workspace, register):
    _refs, ids = register
    assert meetings.set_public_summary(ws, ids["warning"], "  Khánh Vy   đã gỡ bài.  ") is True
    content = public_register.register_content(ws, AS_OF)
    assert next(d for d in content.decisions if d.id == ids["warning"]).public_summary == "Khánh Vy đã gỡ bài."
    with pytest.raises(UserError, match="at most"):
        meetings.set_public_summary(ws, ids["warning"], "x" * 1001)
    from moderator_app.domain.errors import NotAllowed

    with pytest.raises(NotAllowed, match="read-only"):
        meetings.update_decision(ws, ids["warning"], rationale="đổi lý do")


def test_cli_export_public(cli, tmp_path: Path):
    cli("report", "add", "--influencer", "Đen Vâu", "--platform", "tiktok", "--category", "fraud",
        "--reporter", PRIVATE["reporter"])
    ref = cli("cases", "list", "--json").json()[0]["ref"]
    cli("case", "set", ref, "--status", "triage")
    cli("case", "set", ref, "--status", "investigating")
    cli("case", "set", ref, "--status", "awaiting_reply")  # the right of reply
    meeting = cli("meeting", "create", "--title", "Phiên họp", "--date", "2026-11-02", "--json").json()["id"]
    cli("meeting", "add-case", meeting, ref)
    decision = cli("decision", "record", meeting, ref, "--outcome", "named_noncompliant", "--rationale",
                   PRIVATE["rationale"], "--json").json()["id"]
    out = tmp_path / "site"
    r = cli("export", "public", "-o", str(out), "--as-of", "2026-11-20", "--json")
    assert r.code == 0, r.err
    assert r.json()["decisions"] == 0 and r.json()["unpublished_named"] == 1
    r = cli("decision", "publish", decision, "--summary", "Đen Vâu bị công bố không tuân thủ.", "--json")
    assert r.code == 0 and r.json()["published"] is True
    r = cli("export", "public", "-o", str(out), "--as-of", "2026-11-20", lang="vi")
    assert r.code == 0 and "1 quyết định, 1 tên" in r.out
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Đen Vâu bị công bố không tuân thủ." in page and PRIVATE["reporter"] not in page
    r = cli("export", "public", "-o", str(tmp_path / "en"), "--as-of", "2026-11-20", "--page-lang", "en")
    assert r.code == 0 and 'lang="en"' in (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
    assert cli("export", "public", "-o", str(tmp_path / "x" / "y")).code == 2
    r = cli("decision", "publish", decision, "--unpublish")
    assert r.code == 0 and "is not published" in r.out


def test_a_publication_the_disk_cannot_take_leaves_nothing(ws: Workspace, register, tmp_path: Path):
    from .faults import disk_full

    web = tmp_path / "web"
    web.mkdir()
    with disk_full(web), pytest.raises(UserError, match="disk is full"):
        _publish(ws, web / "public")
    assert list(web.iterdir()) == []
    with ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM register_publications").fetchone()[0] == 0


def test_a_register_as_of_an_earlier_date_shows_what_was_in_force_then(ws: Workspace, tmp_path: Path):
    from moderator_app.store import publication_queries as pq

    add_member(ws, PRIVATE["voter"], "reviewer")
    june, october = _meeting(ws, date(2026, 6, 10)), _meeting(ws, date(2026, 10, 28))
    ref = _case(ws, "Khánh Vy", Category.FALSE_CLAIM, 1, tmp_path)
    first = _decide(ws, june, ref, Outcome.WARNING_AMEND, True)
    lodged = meetings.appeal(ws, ref, "KOL cung cấp thêm chứng từ", meeting=october, today=date(2026, 6, 20))
    assert lodged.meeting_id == october
    ruling = meetings.record_decision(ws, october, ref, Outcome.REMINDER, "Xét lại", {"for": 2, "against": 0,
                                                                                      "abstain": 0}, published=True)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        in_july = [d.id for d in pq.published_decisions(raw, "2026-07-01")]
        in_november = [d.id for d in pq.published_decisions(raw, "2026-11-20")]
    assert in_july == [first]  # the ruling came later: the warning was in force in July
    assert in_november == [ruling]


def test_an_account_two_merged_profiles_shared_is_printed_once(ws: Workspace):
    from moderator_app.store import publication_queries as pq

    for name, n in (("Linh A", 1), ("Linh B", 2)):
        reports.file_report(ws, reports.ReportInput(name, Platform.TIKTOK, Category.FRAUD,
                                                    url=f"https://www.tiktok.com/@same/video/{n}"))
    profiles.merge_profiles(ws, "Linh A", "Linh B")
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        kept = raw.execute("SELECT id FROM influencers WHERE name = 'Linh A'").fetchone()[0]
        stored = raw.execute("SELECT count(*) FROM influencer_accounts WHERE influencer_id = ? AND removed = 0",
                             (kept,)).fetchone()[0]
        printed = pq._accounts(raw, {kept})[kept]
    assert stored == 2 and printed == (("tiktok", "@same"),)


def test_control_characters_in_a_name_leave_the_page_valid():
    """A name imported with a NUL, an escape sequence or a C1 control must not break the page."""
    from moderator_app.exports.public_register import RegisterContent, render_html
    from moderator_app.store.publication_queries import PublicDecision

    hostile = "Đen\x00 Vâu\x1b[31m\x07\x85\ufffe<b>"
    decision = PublicDecision("d1", "2026-11-01", "i1", hostile, (("tiktok", "@den\x1bvau"),), "fraud",
                              Outcome.codes()[-1], "tóm tắt\x0b công khai")
    page = render_html(RegisterContent(f"Ban\x0c {hostile}", AS_OF, (decision,), (decision,), "vi"))
    ET.fromstring(page.split("\n", 1)[1])  # strict XML: any forbidden character raises
    assert "Đen Vâu[31m&lt;b&gt;" in page and "\x1b" not in page and "\x85" not in page
