"""The public register page tells a reader who publishes it, how to reach them, how to appeal, what
the score and the lists mean and when it was published; categories read as what a report indicated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome
from moderator_app.exports.public_register import NEUTRAL_CATEGORY, RegisterContent, publisher, render_html
from moderator_app.services import public_register
from moderator_app.services.workspace import Workspace

from .meeting_helpers import add_member
from .test_public_register import PRIVATE, _case, _decide, _meeting

NS = "{http://www.w3.org/1999/xhtml}"
AS_OF = date(2026, 11, 20)
# 18:30 UTC on 20 November is 01:30 on 21 November in Hà Nội: the page is dated in Vietnam's time.
NOW_MS = int(datetime(2026, 11, 20, 18, 30, tzinfo=UTC).timestamp() * 1000)
CONTACT = "Email: bantugiamsat@niemtinso.vn · Điện thoại: 024 3999 8888 · Số 1 Phố Huế, Hà Nội"
MEMBER = "Nguyễn Văn Chủ Tịch"  # the workspace's own member (conftest)

APPEAL_VI = ("Người có ảnh hưởng được nêu trong một quyết định có thể đề nghị phúc xét quyết định đó trong thời hạn "
             "21 ngày kể từ ngày quyết định, bằng văn bản gửi Ban tự giám sát.")
APPEAL_EN = ("The influencer named in a decision may ask for a review of it (phúc xét) within 21 days of the "
             "decision, in writing to the committee.")


@pytest.fixture
def decided(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A not-upheld, a warning and a named decision, all published, with every private field filled."""
    add_member(ws, PRIVATE["voter"], "reviewer")
    meeting = _meeting(ws, date(2026, 10, 28))
    cases = {
        "named": _case(ws, "Đen Vâu", Category.FRAUD, 1, tmp_path),
        "warning": _case(ws, "Khánh Vy", Category.UNDISCLOSED_AD, 2, tmp_path),
        "cleared": _case(ws, "Hà Trắng", Category.FALSE_CLAIM, 3, tmp_path),
    }
    _decide(ws, meeting, cases["named"], Outcome.NAMED_NONCOMPLIANT, True, "Đen Vâu bị công bố không tuân thủ.")
    _decide(ws, meeting, cases["warning"], Outcome.WARNING_AMEND, True)
    _decide(ws, meeting, cases["cleared"], Outcome.NOT_UPHELD, True, "Ban không thấy vi phạm.")
    monkeypatch.setattr(ws.clock, "_now_ms", lambda: NOW_MS)
    return ws


def _page(folder: Path) -> tuple[str, ET.Element]:
    text = (folder / "index.html").read_text(encoding="utf-8")
    return text, ET.fromstring(text.split("\n", 1)[1])  # strict XML: the page stays well-formed


def _text(root: ET.Element, element_id: str) -> str:
    found = next(e for e in root.iter() if e.attrib.get("id") == element_id)
    return " ".join("".join(found.itertext()).split())


def _column(root: ET.Element, section: str, label: str) -> list[str]:
    table = next(e for e in root.iter(f"{NS}section") if e.attrib.get("id") == section)
    return ["".join(td.itertext()) for td in table.iter(f"{NS}td") if td.attrib.get("data-label") == label]


def test_the_vietnamese_page_says_who_publishes_when_and_how_to_appeal(decided: Workspace, tmp_path: Path):
    pub = public_register.publish(decided, tmp_path / "vi", "vi", AS_OF, contact=CONTACT)
    assert pub.contact == CONTACT
    text, root = _page(tmp_path / "vi")
    assert _text(root, "publisher") == "Ban tự giám sát – Liên minh “Niềm tin số”"
    assert _text(root, "published") == "Ngày công bố: 21/11/2026 · Số liệu tính đến ngày 20/11/2026"
    assert '<time datetime="2026-11-21">21/11/2026</time>' in text
    appeal = _text(root, "appeal")
    assert appeal.startswith("Phúc xét quyết định " + APPEAL_VI)
    assert "Địa chỉ liên hệ ở mục “Liên hệ” bên dưới." in appeal
    assert "quyết định sau phúc xét sẽ thay thế quyết định cũ trên trang này" in appeal
    contact = _text(root, "contact")
    assert "Đơn vị công bố: Ban tự giám sát – Liên minh “Niềm tin số”" in contact
    assert CONTACT in contact
    method = _text(root, "method")
    assert method.startswith("Cách đọc sổ công khai Trang này chỉ đăng các quyết định Ban tự giám sát đã thông qua")
    for part in ("Phản ánh chưa có quyết định không được đăng và không được tính.",
                 "Điểm tín nhiệm của một người có ảnh hưởng (từ 0 đến 100) được tính từ các quyết định của Ban",
                 "Chỉ hồ sơ đã có quyết định mới được tính", "“Chưa đánh giá”",
                 "chu kỳ bán rã 90 ngày", "không còn được tính sau 1 năm",
                 "“Lừa đảo, cờ bạc trá hình” hoặc có hình thức xử lý “Chuyển cơ quan có thẩm quyền”, chu kỳ bán rã là "
                 "730 ngày và thời hạn tính là 4 năm",
                 "quyết định cũ không còn được đăng", "được giữ 3 tháng kể từ ngày quyết định"):
        assert part in method, part


def test_the_english_page_says_the_same(decided: Workspace, tmp_path: Path):
    public_register.publish(decided, tmp_path / "en", "en", AS_OF, contact=CONTACT)
    _, root = _page(tmp_path / "en")
    assert root.attrib["lang"] == "en"
    assert _text(root, "publisher") == "Self-monitoring committee – “Niềm tin số” (Digital Trust) alliance"
    assert _text(root, "published") == "Publication date: 21 November 2026 · Figures as of 20 November 2026"
    appeal = _text(root, "appeal")
    assert APPEAL_EN in appeal and "The address is under “Contact” below." in appeal
    assert CONTACT in _text(root, "contact")
    method = _text(root, "method")
    for part in ("This page lists only decisions the committee has taken in a meeting and decided to publish.",
                 "An influencer’s credibility score (0 to 100) is computed from the committee’s decisions",
                 "Only decided cases count", "“not yet assessed”", "halve every 90 days (the half-life)",
                 "stop counting after 1 year", "the half-life is 730 days and they count for 4 years",
                 "A name stays on the non-compliant list for 3 months from the decision."):
        assert part in method, part


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_categories_read_as_indications_and_outcomes_as_decided(decided: Workspace, tmp_path: Path, lang: str):
    public_register.publish(decided, tmp_path / lang, lang, AS_OF)
    text, root = _page(tmp_path / lang)
    heading = "Nội dung phản ánh" if lang == "vi" else "Grounds reported"
    assert "Loại vi phạm" not in text and ">Category<" not in text
    grounds = _column(root, "decisions", heading)
    if lang == "vi":
        assert sorted(grounds) == ["Có dấu hiệu lừa đảo, cờ bạc trá hình", "Có dấu hiệu quảng cáo không gắn nhãn",
                                   "Có dấu hiệu quảng cáo sai sự thật, thổi phồng"]
        assert _column(root, "named", heading) == ["Có dấu hiệu lừa đảo, cờ bạc trá hình"]
    else:
        assert sorted(grounds) == ["Indications of a false or exaggerated claim",
                                   "Indications of fraud or disguised gambling",
                                   "Indications of undisclosed advertising"]
    outcomes = _column(root, "decisions", "Hình thức xử lý" if lang == "vi" else "Outcome")
    labels = {Outcome.NAMED_NONCOMPLIANT, Outcome.WARNING_AMEND, Outcome.NOT_UPHELD}
    assert sorted(outcomes) == sorted(f"{o.level}{o.label(lang)}" for o in labels)  # the level, then the label
    note = _text(root, "method")
    assert ("kết luận của Ban là hình thức xử lý ghi trong quyết định" if lang == "vi"
            else "the committee’s finding is the outcome its decision records") in note


def test_every_category_has_its_neutral_wording():
    assert set(NEUTRAL_CATEGORY) == set(Category.codes())
    for vi, en in NEUTRAL_CATEGORY.values():
        assert vi.startswith("Có dấu hiệu ") and en.startswith("Indications of ")


def test_nothing_private_reaches_the_new_blocks(decided: Workspace, tmp_path: Path):
    public_register.publish(decided, tmp_path / "vi", "vi", AS_OF, contact=CONTACT)
    public_register.publish(decided, tmp_path / "en", "en", AS_OF)
    for lang in ("vi", "en"):
        for path in (tmp_path / lang).iterdir():
            text = path.read_text(encoding="utf-8-sig")
            for field, marker in PRIVATE.items():
                secret = next(word for word in marker.replace(".", " ").split() if "SECRET" in word)
                assert secret not in text, f"{field} leaked into {lang}/{path.name}"
            assert MEMBER not in text and "VOTERSECRET" not in text  # no member's name, only the committee


def test_the_contact_line_is_kept_replaced_and_removed(decided: Workspace, tmp_path: Path):
    public_register.publish(decided, tmp_path / "a", "vi", AS_OF, contact="  Email:\n bantugiamsat@niemtinso.vn\x1b ")
    assert public_register.register_contact(decided) == "Email: bantugiamsat@niemtinso.vn"
    assert public_register.publish(decided, tmp_path / "b", "vi", AS_OF).contact == "Email: bantugiamsat@niemtinso.vn"
    assert "bantugiamsat@niemtinso.vn" in _text(_page(tmp_path / "b")[1], "contact")
    assert public_register.publish(decided, tmp_path / "c", "vi", AS_OF, contact="").contact == ""
    assert public_register.register_contact(decided) == ""
    text, root = _page(tmp_path / "c")
    assert 'class="contact"' not in text and "Địa chỉ liên hệ" not in text
    assert APPEAL_VI in _text(root, "appeal")  # the appeal sentence stands without a contact line


def test_a_register_dated_today_gives_one_date(decided: Workspace, tmp_path: Path):
    public_register.publish(decided, tmp_path / "vi", "vi", date(2026, 11, 21))
    _, root = _page(tmp_path / "vi")
    assert _text(root, "published") == "Ngày công bố: 21/11/2026"


def test_the_publisher_names_the_alliance_once():
    content = RegisterContent("Ban tự giám sát Liên minh Niềm tin số", AS_OF, (), (), "vi")
    assert publisher(content) == "Ban tự giám sát Liên minh Niềm tin số"
    assert publisher(RegisterContent("", AS_OF, (), (), "vi")) == "Ban tự giám sát – Liên minh “Niềm tin số”"
    page = render_html(RegisterContent("", AS_OF, (), (), "vi", "Ban\x0c tự\x00 giám sát <a>", date(2026, 11, 21)))
    root = ET.fromstring(page.split("\n", 1)[1])
    assert "Ban tự giám sát <a>" in _text(root, "contact")


def test_cli_contact_option(cli, tmp_path: Path):
    Workspace.open(cli.data_dir, member_name=MEMBER).close()  # the command works in an existing workspace
    r = cli("export", "public", "-o", str(tmp_path / "a"), "--as-of", "2026-11-20", lang="vi")
    assert r.code == 0 and "trang chưa có thông tin liên hệ của Ban" in r.out
    r = cli("export", "public", "-o", str(tmp_path / "b"), "--contact", CONTACT, "--json")
    assert r.code == 0 and r.json()["contact"] == CONTACT
    r = cli("export", "public", "-o", str(tmp_path / "c"))
    assert r.code == 0 and "contact line" not in r.out
    assert CONTACT in (tmp_path / "c" / "index.html").read_text(encoding="utf-8")
    r = cli("export", "public", "-o", str(tmp_path / "d"), "--contact", "x" * 301, "--json")
    assert r.code == 2 and r.json()["error"]["code"] == "register_contact_too_long"
    assert not (tmp_path / "d").exists()
