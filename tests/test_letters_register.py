"""Letters in the Vietnamese administrative layout (issue 19, part 1), read back from their PDFs:
the heading blocks, the number from the register of outgoing documents, place and date, the
grounds ("Căn cứ"), the code-of-conduct clause, the recipients (Nơi nhận) and the chair's
signature block; the takedown request refused where it has no basis; the letters to the reporter;
the committee's document data; and two members numbering letters offline, the clash listed and
settled."""

from __future__ import annotations

import getpass
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.domain.errors import NotAllowed, UserError
from moderator_app.domain.letters import LetterKind
from moderator_app.services import cases as case_service
from moderator_app.services import documents, evidence, letters, meetings, reports, triage
from moderator_app.services.workspace import Workspace
from moderator_app.sync.round import open_conflicts
from moderator_app.ui.letters.pdf import render_letter_pdf

from .conftest import Cli
from .letter_helpers import flat, pdf_pages
from .stats_fixtures import SimClock
from .sync_support import Member, close_all, committee_copy, converge

DECREE_147_VI = ("Căn cứ Nghị định số 147/2024/NĐ-CP ngày 09 tháng 11 năm 2024 của Chính phủ về quản lý, cung cấp, "
                 "sử dụng dịch vụ Internet và thông tin trên mạng;")
DECREE_147_EN = ("Pursuant to Decree No. 147/2024/ND-CP of 9 November 2024 of the Government on the management, "
                 "provision and use of Internet services and online information;")
AUTHORITY_VI = "Cục Phát thanh, truyền hình và thông tin điện tử, Bộ Văn hóa, Thể thao và Du lịch (để biết);"
REPORTER = "Trần Thị Mai"
OTHER_REPORTER = "Lê Văn Khoa 0912 345 678"
KEYS = {"id", "number", "kind", "date", "case", "recipient", "file", "clash"}


def _text(pdf: bytes | Path) -> str:
    """The whole PDF's text on one line; a word the layout broke at its hyphen is joined again."""
    return re.sub(r"(\w)- (\w)", r"\1-\2", flat(" ".join(pdf_pages(pdf))))


def _report(ws: Workspace, category: Category = Category.FRAUD, url: str = "https://www.tiktok.com/@denvau/video/7",
            reporter: str = REPORTER, urgent: bool = True, platform: Platform = Platform.TIKTOK) -> str:
    return reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", platform, category, url=url, description="Livestream mời đầu tư tiền ảo, hứa lãi 30%/tháng",
        reporter=reporter, urgent=urgent)).ref


def _render(ws: Workspace, kind: LetterKind, ref: str, lang: str, values: dict[str, str] | None = None
            ) -> tuple[letters.Letter, str]:
    letter = letters.prepare_letter(ws, kind, ref, lang, {"recipient_address": "Số 1 phố Huế, Hà Nội",
                                                          **(values or {})})
    return letter, _text(render_letter_pdf(letter)[0])


def _send(ws: Workspace, kind: LetterKind, ref: str, target: Path, lang: str = "vi") -> letters.SentLetter:
    letter = letters.prepare_letter(ws, kind, ref, lang, {"recipient_address": "Số 1 phố Huế, Hà Nội"})
    return letters.send_letter(ws, letter, render_letter_pdf(letter)[0], target)


def _decide(ws: Workspace, ref: str, day: date, outcome: Outcome = Outcome.WARNING_AMEND) -> str:
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.INVESTIGATING))
    meeting = meetings.create_meeting(ws, "Phiên họp 012/2026", day)
    meetings.add_to_agenda(ws, meeting, ref)
    return meetings.record_decision(ws, meeting, ref, outcome, "Quảng cáo lừa đảo, không gắn nhãn",
                                    follow_ups=[meetings.FollowUpInput("Gỡ video vi phạm", None, day + timedelta(3))])


@pytest.fixture
def named_cli(cli: Cli) -> Cli:
    """The command line on a workspace whose member gave a name (as `committee create` or the
    window's first start has it do)."""
    Workspace.open(cli.data_dir, member_name="Nguyễn Thu Hà").close()
    return cli


@pytest.fixture
def ha(tmp_path: Path):
    """A workspace whose member, the chair, is Nguyễn Thu Hà: the computer's login is someone else."""
    workspace = Workspace.open(tmp_path / "ha", member_name="Nguyễn Thu Hà")
    yield workspace
    workspace.close()


# --- the layout ---------------------------------------------------------------------------------


def test_the_heading_number_place_and_date_in_vietnamese(ha: Workspace):
    clock = SimClock(ha)
    clock.set(2026, 12, 5, 10)
    ref = _report(ha)
    letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "vi")
    assert letter.number == (2026, "CV", 1)
    for words in ("HIỆP HỘI AN NINH MẠNG QUỐC GIA", "LIÊN MINH “NIỀM TIN SỐ”", "BAN TỰ GIÁM SÁT", "Số: 1/CV-BTGS",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Hà Nội, ngày 05 tháng 12 năm 2026"):
        assert words in text, words
    # A công văn has no title: its subject ("V/v ...") sits under its number, before the body.
    subject = "V/v đề nghị xem xét gỡ bỏ nội dung có dấu hiệu vi phạm trên TikTok"
    assert subject in text and "CÔNG VĂN" not in text
    assert text.index("Số: 1/CV-BTGS") < text.index(subject) < text.index("Kính gửi:")
    assert text.index("HIỆP HỘI AN NINH MẠNG QUỐC GIA") < text.index("BAN TỰ GIÁM SÁT") < text.index("Số: 1/CV")
    # A notice has its title, and its number is in the notices' series.
    _letter, notice = _render(ha, LetterKind.COMPLAINT, ref, "vi")
    assert "Số: 1/TB-BTGS" in notice and "THÔNG BÁO VỀ VIỆC TIẾP NHẬN PHẢN ÁNH" in notice


def test_the_heading_number_place_and_date_in_english(ha: Workspace):
    clock = SimClock(ha)
    clock.set(2026, 12, 5, 10)
    ref = _report(ha)
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "en")
    for words in ("NATIONAL CYBERSECURITY ASSOCIATION", "THE “NIỀM TIN SỐ” ALLIANCE", "SELF-MONITORING COMMITTEE",
                  "No. 1/CV-BTGS", "SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness",
                  "Hanoi, 5 December 2026",
                  "Re: request to consider removing content showing signs of a breach on TikTok"):
        assert words in text, words
    assert "CỘNG HÒA" not in text and "Số:" not in text and "Nơi nhận" not in text


def test_the_motto_and_the_place_come_from_the_committees_data(named_cli: Cli, tmp_path: Path):
    ref = _cli_case(named_cli)
    assert named_cli("committee", "profile", "--set", "national_motto=false", "--set", "place=Đà Nẵng").code == 0
    vi = tmp_path / "vi.pdf"
    assert named_cli("letter", "takedown", ref, "-o", str(vi), "--lang", "vi").code == 0
    text = _text(vi)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text and "Độc lập - Tự do - Hạnh phúc" not in text
    assert "HIỆP HỘI AN NINH MẠNG QUỐC GIA" in text  # the committee's own heading stays
    assert re.search(r"Đà Nẵng, ngày \d\d tháng \d\d năm \d{4}", text) and "Hà Nội, ngày" not in text
    # One text for the place serves both languages: an English letter does not say "Hanoi".
    en = tmp_path / "en.pdf"
    assert named_cli("letter", "takedown", ref, "-o", str(en), "--lang", "en").code == 0
    text = _text(en)
    assert re.search(r"Đà Nẵng, \d{1,2} [A-Z][a-z]+ \d{4}", text) and "Hanoi" not in text
    assert "SOCIALIST REPUBLIC OF VIETNAM" not in text
    # A pair gives each language its own; the motto comes back.
    assert named_cli("committee", "profile", "--set", 'place=["Đà Nẵng", "Da Nang"]', "--set", "national_motto=true"
               ).code == 0
    assert named_cli("letter", "takedown", ref, "-o", str(tmp_path / "en2.pdf"), "--lang", "en").code == 0
    text = _text(tmp_path / "en2.pdf")
    assert re.search(r"Da Nang, \d{1,2} [A-Z][a-z]+ \d{4}", text) and "SOCIALIST REPUBLIC OF VIETNAM" in text


def test_the_grounds_cite_the_alliances_rules_and_the_laws_in_full(ha: Workspace):
    fraud = _report(ha)
    _letter, text = _render(ha, LetterKind.TAKEDOWN, fraud, "vi")
    assert "Căn cứ Điều lệ Liên minh “Niềm tin số”;" in text
    assert "Căn cứ Bộ quy tắc ứng xử của người có ảnh hưởng thuộc Liên minh “Niềm tin số”;" in text
    assert DECREE_147_VI in text
    assert "Luật Quảng cáo" not in text  # fraud is not advertising: the Advertising Law does not apply
    ad = _report(ha, Category.FALSE_CLAIM, url="https://www.tiktok.com/@denvau/video/8")
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ad, "vi")
    assert ("Căn cứ Luật Quảng cáo số 16/2012/QH13 ngày 21 tháng 6 năm 2012, được sửa đổi, bổ sung bởi Luật số "
            "75/2025/QH15;") in text
    assert DECREE_147_VI in text
    _letter, text = _render(ha, LetterKind.TAKEDOWN, fraud, "en")
    assert DECREE_147_EN in text and "Pursuant to the Charter of the “Niềm tin số” alliance;" in text


def test_the_rule_breached_is_a_clause_of_the_code_of_conduct_not_the_category(ha: Workspace):
    ref = _report(ha)
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "vi")
    assert ("Nội dung có dấu hiệu vi phạm: Điều 4, khoản 2 Bộ quy tắc ứng xử: không tham gia, tiếp tay cho lừa đảo, "
            "cờ bạc") in text
    assert Category.FRAUD.label("vi") not in text
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "en")
    assert "Signs of a breach of: Code of conduct, article 4(2): no part in fraud or gambling" in text
    assert Category.FRAUD.label("en") not in text
    # The committee edits its clauses; one set after another, both hold.
    documents.set_profile(ha, {"rules": {"fraud": ["Điều 9 Bộ quy tắc ứng xử (sửa đổi 2026)", "Article 9"]}})
    documents.set_profile(ha, {"rules": {"misinformation": "Điều 10 Bộ quy tắc ứng xử"}})
    assert documents.profile(ha).rule("fraud", "vi") == "Điều 9 Bộ quy tắc ứng xử (sửa đổi 2026)"
    assert documents.profile(ha).rule("misinformation", "en") == "Điều 10 Bộ quy tắc ứng xử"
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "vi")
    assert "Nội dung có dấu hiệu vi phạm: Điều 9 Bộ quy tắc ứng xử (sửa đổi 2026)" in text
    # null gives an entry back its default.
    documents.set_profile(ha, {"rules": {"fraud": None}})
    assert documents.profile(ha).rule("fraud", "en").startswith("Code of conduct, article 4(2)")
    assert documents.profile(ha).rule("misinformation", "vi") == "Điều 10 Bộ quy tắc ứng xử"


def test_recipients_and_the_signature_block_with_the_chairs_roster_name(ha: Workspace):
    ref = _report(ha)
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "vi")
    closing = text[text.index("Nơi nhận:"):]
    assert "- Như trên;" in closing and AUTHORITY_VI in closing and "- Lưu: VT, BTGS." in closing
    assert "TM. BAN TỰ GIÁM SÁT TRƯỞNG BAN" in closing and closing.rstrip().endswith("Nguyễn Thu Hà")
    assert getpass.getuser() not in closing.split("TRƯỞNG BAN", 1)[1]
    # The takedown request goes to the platform by its legal name, copied to the authority.
    assert "Kính gửi: TikTok Pte. Ltd." in text
    assert "Văn bản này đồng thời được gửi tới Cục Phát thanh, truyền hình và thông tin điện tử" in text
    # A notice to the influencer copies no authority.
    _letter, text = _render(ha, LetterKind.COMPLAINT, ref, "vi")
    closing = text[text.index("Nơi nhận:"):]
    assert "- Như trên;" in closing and "- Lưu: VT, BTGS." in closing and "Cục Phát thanh" not in closing
    assert "Nguyễn Thu Hà" in closing
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "en")
    closing = text[text.index("Recipients:"):]
    assert "- As above;" in closing and "- Filed: Office, BTGS." in closing
    assert "ON BEHALF OF THE SELF-MONITORING COMMITTEE CHAIR" in closing and "Nguyễn Thu Hà" in closing
    assert "the Authority of Broadcasting and Electronic Information" in closing


def test_a_platform_the_committee_has_not_named_is_asked_for(ha: Workspace):
    ref = _report(ha, platform=Platform.OTHER, url="https://example.vn/video/1")
    draft = letters.draft_letter(ha, LetterKind.TAKEDOWN, ref, "vi")
    assert draft.missing == ["recipient_name", "recipient_address"]  # never "Kính gửi: Khác"
    documents.set_profile(ha, {"platforms": {"other": ["Công ty TNHH Mạng Việt", "Số 2 phố Tràng Tiền, Hà Nội"]}})
    _letter, text = _render(ha, LetterKind.TAKEDOWN, ref, "vi", {"recipient_address": ""})
    assert "Kính gửi: Công ty TNHH Mạng Việt" in text and "Địa chỉ: Số 2 phố Tràng Tiền, Hà Nội" in text


# --- numbering ----------------------------------------------------------------------------------


def test_each_series_is_numbered_in_turn_and_a_new_year_starts_again(ha: Workspace, tmp_path: Path):
    clock = SimClock(ha)
    clock.set(2026, 12, 5, 10)
    ref = _report(ha)
    first = _send(ha, LetterKind.TAKEDOWN, ref, tmp_path / "a.pdf")
    second = _send(ha, LetterKind.TAKEDOWN, ref, tmp_path / "b.pdf")
    notice = _send(ha, LetterKind.COMPLAINT, ref, tmp_path / "c.pdf")
    assert "Số: 1/CV-BTGS" in _text(tmp_path / "a.pdf") and "Số: 2/CV-BTGS" in _text(tmp_path / "b.pdf")
    assert "Số: 1/TB-BTGS" in _text(tmp_path / "c.pdf")
    clock.set(2027, 1, 4, 9)
    new_year = _send(ha, LetterKind.TAKEDOWN, ref, tmp_path / "d.pdf")
    assert "Số: 1/CV-BTGS" in _text(tmp_path / "d.pdf") and "ngày 04 tháng 01 năm 2027" in _text(tmp_path / "d.pdf")
    entries = documents.register(ha)
    assert [(e.id, e.number, e.year, e.clash) for e in entries] == [
        (first.id, "1/CV-BTGS", 2026, False), (second.id, "2/CV-BTGS", 2026, False),
        (notice.id, "1/TB-BTGS", 2026, False), (new_year.id, "1/CV-BTGS", 2027, False)]
    assert [e.number for e in documents.register(ha, 2027)] == ["1/CV-BTGS"]
    assert documents.clashes(ha) == []
    # The number of a letter already sent is not taken again by one drafted before it was sent.
    stale = letters.prepare_letter(ha, LetterKind.TAKEDOWN, ref, "vi")
    _send(ha, LetterKind.TAKEDOWN, ref, tmp_path / "e.pdf")
    with pytest.raises(UserError) as caught:
        letters.send_letter(ha, stale, render_letter_pdf(stale)[0], tmp_path / "f.pdf")
    assert caught.value.code == "letter_number_taken" and "2/CV-BTGS" in caught.value.text("vi")
    assert not (tmp_path / "f.pdf").exists()


def test_letters_list_and_letter_json(named_cli: Cli, tmp_path: Path):
    ref = _cli_case(named_cli)
    r = named_cli("letter", "takedown", ref, "-o", str(tmp_path / "go.pdf"), "--json")
    assert r.code == 0, r.err
    sent = r.json()
    assert sent["number"] == "1/CV-BTGS" and sent["warnings"] == []
    assert named_cli("letter", "complaint", ref, "-o", str(tmp_path / "tb.pdf"), "--set",
                     "recipient_address=Hà Nội").code == 0
    listed = named_cli("letters", "list", "--json").json()
    assert [set(e) for e in listed] == [KEYS, KEYS]
    year = str(date.today().year)
    assert listed[0] == {"id": sent["letter"], "number": "1/CV-BTGS", "kind": "takedown", "date": listed[0]["date"],
                         "case": ref, "recipient": "Google Asia Pacific Pte. Ltd. (YouTube)", "file": "go.pdf",
                         "clash": False}
    assert listed[0]["date"][:4] in (year, str(int(year) + 1))
    assert (listed[1]["number"], listed[1]["kind"], listed[1]["file"]) == ("1/TB-BTGS", "complaint", "tb.pdf")
    assert named_cli("letters", "list", "--json", "--year", "1999").json() == []
    text = named_cli("letters", "list").out
    assert "1/CV-BTGS" in text and "go.pdf" in text
    assert "empty" in named_cli("letters", "list", "--year", "1999").out


def test_a_workspace_never_given_a_name_asks_who_signs(cli: Cli, tmp_path: Path):
    """The command line alone never asks a name, so the roster holds the computer's login for
    the chair: a letter is not signed with it, it asks for the signer's name."""
    ref = _cli_case(cli)
    r = cli("letter", "takedown", ref, "-o", str(tmp_path / "x.pdf"), "--json")
    assert r.code == 2 and r.json()["error"]["code"] == "letter_values_missing"
    assert "signer_name (Signed by)" in r.json()["error"]["message"] and not (tmp_path / "x.pdf").exists()
    r = cli("letter", "takedown", ref, "-o", str(tmp_path / "x.pdf"), "--set", "signer_name=Phạm  Văn Long",
            "--lang", "vi")
    assert r.code == 0, r.err
    closing = _text(tmp_path / "x.pdf").split("TRƯỞNG BAN", 1)[1]
    assert "Phạm Văn Long" in closing and getpass.getuser() not in closing


# --- the takedown request's limits --------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_takedown_request_for_a_rejected_case(ws: Workspace, lang: str):
    ref = _report(ws, urgent=False)
    triage.reject(ws, [ref], "Không đủ căn cứ")
    with pytest.raises(UserError) as caught:
        letters.draft_letter(ws, LetterKind.TAKEDOWN, ref, lang)
    assert caught.value.code == "takedown_not_for_case"
    assert f"{ref} is {Status.REJECTED.label('en')}" in str(caught.value)
    assert Status.REJECTED.label("vi") in caught.value.text("vi") and "đề nghị gỡ nội dung" in caught.value.text("vi")
    # Letters of other kinds are still written for it.
    assert letters.draft_letter(ws, LetterKind.OUTCOME, ref, lang).missing == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_takedown_request_after_a_not_upheld_decision(ws: Workspace, lang: str):
    ref = _report(ws)
    _decide(ws, ref, date.today(), Outcome.NOT_UPHELD)
    with pytest.raises(UserError) as caught:
        letters.draft_letter(ws, LetterKind.TAKEDOWN, ref, lang)
    assert caught.value.code == "takedown_not_for_case"
    assert Outcome.NOT_UPHELD.label("en") in str(caught.value)
    assert Outcome.NOT_UPHELD.label("vi") in caught.value.text("vi")


def test_the_cli_refuses_a_takedown_request_for_a_rejected_case_in_both_languages(named_cli: Cli,
                                                                                  tmp_path: Path):
    ref = _cli_case(named_cli)
    assert named_cli("case", "set", ref, "--status", "rejected", "--reason", "Không đủ căn cứ").code == 0
    for lang in ("vi", "en"):
        r = named_cli("letter", "takedown", ref, "-o", str(tmp_path / "x.pdf"), "--json", lang=lang)
        assert r.code == 2 and r.json()["error"]["code"] == "takedown_not_for_case"
        assert Status.REJECTED.label(lang) in r.json()["error"]["message"]
    assert not (tmp_path / "x.pdf").exists()


# --- letters to the reporter --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_letters_to_the_reporter_hold_nothing_private_about_anyone_else(ws: Workspace, tmp_path: Path, lang: str):
    ref = _report(ws, reporter=REPORTER)
    again = reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@denvau/video/7",
        description="Tôi cũng thấy video này", reporter=OTHER_REPORTER)).ref
    assert again == ref  # one case, two reporters
    case_service.add_note(ws, ref, "Ghi chú nội bộ: nghi vấn tài khoản phụ")
    shot = tmp_path / "ảnh-chụp-bí-mật.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(100)))
    evidence.add_files(ws, ref, [shot])
    for kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.OUTCOME):
        letter, text = _render(ws, kind, ref, lang)
        assert REPORTER in text and ref in text, kind
        assert letter.recipient == REPORTER
        for private in ("Lê Văn Khoa", "0912 345 678", "Ghi chú nội bộ", "ảnh-chụp-bí-mật", "Tôi cũng thấy",
                        "Livestream mời đầu tư", "SHA-256"):
            assert private not in text, (kind, private)
        assert "Nơi nhận:" in text if lang == "vi" else "Recipients:" in text
        assert "Số: 1/TB-BTGS" in text if lang == "vi" else "No. 1/TB-BTGS" in text
    _letter, text = _render(ws, LetterKind.OUTCOME, ref, lang)
    assert ("Ban đang tiếp tục xem xét phản ánh" if lang == "vi" else "the committee is still considering it") in text


def test_the_outcome_letter_gives_the_decision(ws: Workspace):
    ref = _report(ws)
    _decide(ws, ref, date.today())
    _letter, text = _render(ws, LetterKind.OUTCOME, ref, "vi")
    assert f"Kết quả: {Outcome.WARNING_AMEND.label('vi')}." in text and "V/v kết quả xem xét phản ánh" in text
    assert "Quảng cáo lừa đảo, không gắn nhãn" not in text  # the rationale is for the influencer's letter


# --- the past deadline --------------------------------------------------------------------------


def test_a_decision_letter_past_a_follow_ups_deadline_warns(ws: Workspace, cli: Cli, tmp_path: Path):
    clock = SimClock(ws)
    clock.set(2026, 10, 12, 9)
    ref = _report(ws)
    clock.set(2026, 10, 15, 15)
    _decide(ws, ref, date(2026, 10, 15))  # "Gỡ video vi phạm" due 18/10/2026
    clock.set(2026, 10, 17, 10)
    assert letters.draft_letter(ws, LetterKind.DECISION, ref, "vi").warnings == ()
    clock.set(2026, 10, 20, 10)
    draft = letters.draft_letter(ws, LetterKind.DECISION, ref, "vi")
    assert draft.warning_texts("en") == ["The follow-up “Gỡ video vi phạm” was due 18/10/2026, before the letter's "
                                         "date: check the deadline before sending."]
    assert draft.warning_texts("vi") == ["Việc “Gỡ video vi phạm” có hạn 18/10/2026, trước ngày của văn bản: hãy "
                                         "kiểm tra lại thời hạn trước khi gửi."]
    assert draft.with_values({"recipient_address": "Hà Nội"}).letter() is not None  # a warning, not a refusal
    assert letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi").warnings == ()


def test_the_cli_says_the_warning_and_writes_the_letter(cli: Cli, tmp_path: Path):
    ws = Workspace.open(cli.data_dir, member_name="Nguyễn Thu Hà")
    try:
        ref = _report(ws)
        _decide(ws, ref, date.today() - timedelta(days=10))  # its follow-up was due a week ago
    finally:
        ws.close()
    r = cli("letter", "decision", ref, "-o", str(tmp_path / "qd.pdf"), "--set", "recipient_address=Hà Nội", "--json")
    assert r.code == 0, r.err
    assert len(r.json()["warnings"]) == 1 and "Gỡ video vi phạm" in r.json()["warnings"][0]
    assert "moderator-app: warning: The follow-up “Gỡ video vi phạm” was due" in r.err
    assert (tmp_path / "qd.pdf").is_file()
    r = cli("letter", "decision", ref, "-o", str(tmp_path / "qd2.pdf"), "--set", "recipient_address=Hà Nội",
            lang="vi")
    assert r.code == 0 and "moderator-app: cảnh báo: Việc “Gỡ video vi phạm” có hạn" in r.err


# --- the committee's document data --------------------------------------------------------------


def test_committee_profile_round_trip_and_refusals(named_cli: Cli, tmp_path: Path):
    shown = named_cli("committee", "profile", "--json").json()
    assert shown["place"] == ["Hà Nội", "Hanoi"] and shown["national_motto"] is True
    assert shown["abbreviation"] == "BTGS" and shown["platforms"]["tiktok"][0] == "TikTok Pte. Ltd."
    assert set(shown) == set(documents.PROFILE_KEYS)
    r = named_cli("committee", "profile", "--set", "abbreviation=BGS", "--set",
                  "contact=Số 1 phố Huế; bgs@niemtinso.vn",
            "--set", 'issuing_body=["BAN GIÁM SÁT", "MONITORING BOARD"]', "--json")
    assert r.code == 0, r.err
    changed = r.json()
    assert changed["abbreviation"] == "BGS" and changed["issuing_body"] == ["BAN GIÁM SÁT", "MONITORING BOARD"]
    assert changed["contact"] == "Số 1 phố Huế; bgs@niemtinso.vn"
    assert named_cli("committee", "profile", "--json").json() == changed
    data = tmp_path / "profile.json"
    data.write_text('{"platforms": {"youtube": ["Google LLC", "1600 Amphitheatre Parkway"]}, "place": "Huế"}',
                    encoding="utf-8")
    after = named_cli("committee", "profile", "--file", str(data), "--json").json()
    assert after["platforms"]["youtube"] == ["Google LLC", "1600 Amphitheatre Parkway"]
    assert after["platforms"]["tiktok"][0] == "TikTok Pte. Ltd." and after["place"] == ["Huế", ""]
    ref = _cli_case(named_cli)
    assert named_cli("letter", "takedown", ref, "-o", str(tmp_path / "t.pdf"), "--lang", "vi").code == 0
    text = _text(tmp_path / "t.pdf")
    assert "Số: 1/CV-BGS" in text and "TM. BAN GIÁM SÁT" in text and "Kính gửi: Google LLC" in text
    assert "Huế, ngày" in text
    text_out = named_cli("committee", "profile").out
    assert "abbreviation: BGS" in text_out
    for args, code in ((("--set", "letterhead=x"), "profile_key_unknown"),
                       (("--set", "national_motto=maybe"), "profile_value_invalid"),
                       (("--set", "abbreviation="), "profile_value_invalid"),
                       (("--set", 'rules={"gossip": "Điều 1"}'), "profile_value_invalid"),
                       (("--set", "place=[1, 2]"), "profile_value_invalid"),
                       (("--set", "oops"), "assignment_invalid")):
        r = named_cli("committee", "profile", *args, "--json")
        assert r.code == 2 and r.json()["error"]["code"] == code, (args, r.out)
    r = named_cli("committee", "profile", "--set", "letterhead=x", lang="vi")
    assert "không có mục thông tin văn bản: letterhead" in r.err
    assert named_cli("committee", "profile", "--json").json()["abbreviation"] == "BGS"  # nothing changed


# --- two members, one number ---------------------------------------------------------------------


def _cli_case(cli: Cli) -> str:
    assert cli("report", "add", "--influencer", "Khánh Vy", "--platform", "youtube", "--category", "false_claim",
               "--url", "https://youtu.be/abc_1", "--description", "Thổi phồng công dụng",
               "--reporter", REPORTER).code == 0
    return cli("cases", "list", "--json").json()[0]["ref"]


def _reopen(member: Member) -> None:
    member.ws = Workspace.open(member.ws.root)


def test_two_members_take_one_number_offline_and_the_secretary_settles_it(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    chair, secretary, member = members
    try:
        ref = _report(chair.ws)
        converge(members, rounds=1)
        # Offline, each organiser sends a takedown request: both take 1/CV.
        mine = _send(chair.ws, LetterKind.TAKEDOWN, ref, tmp_path / "chair.pdf")
        theirs = _send(secretary.ws, LetterKind.TAKEDOWN, ref, tmp_path / "secretary.pdf")
        assert "Số: 1/CV-BTGS" in _text(tmp_path / "chair.pdf") and "Số: 1/CV-BTGS" in _text(tmp_path / "secretary.pdf")
        # The secretary's letter is signed by the chair on the roster, not by the secretary.
        closing = _text(tmp_path / "secretary.pdf").split("TRƯỞNG BAN", 1)[1]
        assert "Chủ tịch Hà" in closing and "Thư ký Bình" not in closing
        converge(members, rounds=2)
        for m in members:
            entries = documents.register(m.ws)
            assert {(e.id, e.number, e.clash) for e in entries} == {(mine.id, "1/CV-BTGS", True),
                                                                     (theirs.id, "1/CV-BTGS", True)}
        report = secretary.sync()
        clash = [c for c in report.conflicts if c.kind == "letter_number"]
        assert len(clash) == 1 and clash[0].id == f"1/CV/{documents.register(secretary.ws)[0].year}"
        assert set(clash[0].values) == {mine.id, theirs.id} and clash[0].ref == ref
        assert report.to_json("en")["conflicts"][-1]["kind"] == "letter_number"
        # The command line says so too: the register and the sync round.
        secretary.ws.close()
        run = Cli(secretary.ws.root)
        listed = run("letters", "list", "--json").json()
        assert [(e["number"], e["clash"]) for e in listed] == [("1/CV-BTGS", True), ("1/CV-BTGS", True)]
        assert "same number as another" in run("letters", "list").out
        # (the folder given: the remembered one is the template's this committee was copied from)
        synced = run("sync", "--folder", str(secretary.view), "--json")
        assert any(c["kind"] == "letter_number" for c in synced.json()["conflicts"])
        assert "letters renumber" in run("sync", "--folder", str(secretary.view)).out
        _reopen(secretary)
        # A plain member cannot settle it; the secretary can.
        with pytest.raises(NotAllowed) as caught:
            documents.renumber(member.ws, theirs.id)
        assert caught.value.code == "not_allowed" or "renumbering a letter" in str(caught.value)
        assert "cấp lại số văn bản" in caught.value.text("vi")
        settled = documents.renumber(secretary.ws, theirs.id[:8])
        assert (settled.id, settled.number, settled.clash) == (theirs.id, "2/CV-BTGS", False)
        assert documents.clashes(secretary.ws) == []
        with pytest.raises(UserError) as caught:
            documents.renumber(secretary.ws, mine.id)  # now alone with its number
        assert caught.value.code == "letter_number_not_shared"
        with pytest.raises(UserError) as caught:
            documents.renumber(secretary.ws, "zzzz")
        assert caught.value.code == "no_letter"
        converge(members, rounds=2)
        registers = [[(e.id, e.number, e.clash) for e in documents.register(m.ws)] for m in members]
        assert registers[0] == registers[1] == registers[2] == [(mine.id, "1/CV-BTGS", False),
                                                                (theirs.id, "2/CV-BTGS", False)]
        for m in members:
            assert not [c for c in open_conflicts(m.ws) if c.kind == "letter_number"]
        # The next letter takes the next free number on every member.
        nxt = letters.draft_letter(chair.ws, LetterKind.TAKEDOWN, ref, "vi")
        assert nxt.meta is not None and nxt.meta.number_line() == "Số: 3/CV-BTGS"
    finally:
        close_all(members)


def test_the_committees_data_syncs_and_only_organisers_change_it(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    chair, secretary, member = members
    try:
        with pytest.raises(NotAllowed) as caught:
            documents.set_profile(member.ws, {"place": "Cần Thơ"})
        assert "thay đổi thông tin văn bản của Ban" in caught.value.text("vi")
        documents.set_profile(secretary.ws, {"place": ["Đà Nẵng", "Da Nang"], "national_motto": False})
        converge(members, rounds=2)
        for m in members:
            p = documents.profile(m.ws)
            assert (p.text("place", "vi"), p.text("place", "en"), p.national_motto) == ("Đà Nẵng", "Da Nang", False)
        ref = _report(chair.ws)
        _letter, text = _render(chair.ws, LetterKind.COMPLAINT, ref, "vi")
        assert "Đà Nẵng, ngày" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    finally:
        close_all(members)
