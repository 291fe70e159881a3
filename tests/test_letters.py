"""Letters: templates and placeholders, missing values refused, the PDF's pages and text, the
letter kept as evidence and recorded in the case history, the command line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.letters import (
    LetterKind,
    TemplateError,
    escape_markdown,
    fill,
    parse_template,
    takedown_hours,
)
from moderator_app.services import cases as case_service
from moderator_app.services import evidence, letters, meetings, reports
from moderator_app.services.history import describe, kind_of
from moderator_app.services.workspace import Workspace
from moderator_app.store import letter_queries as lq
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui.letters.pdf import render_letter_pdf

from .letter_helpers import flat, pdf_pages
from .stats_fixtures import SimClock

COMMITTEE = "Ban tự giám sát Liên minh Niềm tin số"
ADDRESS = "Tầng 5, số 1 phố Huế, Hà Nội"
VALUES = {"committee_name": COMMITTEE, "recipient_address": ADDRESS}


def _case(ws: Workspace, urgent: bool = False, name: str = "Đen Vâu", with_evidence: bool = True,
          tmp: Path | None = None) -> str:
    filed = reports.file_report(ws, reports.ReportInput(
        name, Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@denvau/video/7_1",
        description="Livestream mời đầu tư tiền ảo, hứa lãi 30%/tháng", reporter="Người dân 0901 234 567",
        urgent=urgent))
    if with_evidence:
        assert tmp is not None
        shot = tmp / "ảnh-chụp-livestream.png"
        shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(200)))
        evidence.add_files(ws, filed.ref, [shot])
    return filed.ref


def _decide(ws: Workspace, ref: str, day: date) -> str:
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.TRIAGE))
    case_service.update_cases(ws, [ref], case_service.CaseChanges(status=Status.INVESTIGATING))
    meeting = meetings.create_meeting(ws, "Phiên họp 012/2026", day)
    meetings.add_to_agenda(ws, meeting, ref)
    return meetings.record_decision(ws, meeting, ref, Outcome.WARNING_AMEND, "Quảng cáo lừa đảo, không gắn nhãn",
                                    follow_ups=[meetings.FollowUpInput("Gỡ video vi phạm", None, day + timedelta(3))])


# --- templates ----------------------------------------------------------------------------------


def test_every_built_in_template_parses_and_declares_what_it_needs():
    to_reporter = {LetterKind.ACKNOWLEDGEMENT, LetterKind.OUTCOME}
    for kind in LetterKind:
        for lang in ("vi", "en"):
            path = letters.builtin_template_path(kind, lang)
            t = parse_template(path.read_text(encoding="utf-8"), kind, lang, "built-in")
            needed = {"committee_name", "case_ref", "recipient_name"} | (
                set() if kind in to_reporter else {"recipient_address"})
            assert needed <= set(t.required), (kind, lang)
            assert set(t.required) <= set(t.placeholders()), (kind, lang)  # each required one is used
            # The place, the date and the signature block are the layout's, from the committee's data
            # and roster: a template that printed them too would print them twice.
            assert not {"signer_name", "signer_role", "letter_date", "letter_date_long"} & set(t.placeholders())
            assert "Hà Nội" not in t.body and "Hanoi" not in t.body, (kind, lang)


def test_template_format_errors_say_what_is_wrong():
    for text, words in (
        ("title: x\n---\nbody", "must start with a line `---`"),
        ("---\ntitle: x\nbody", "no closing `---`"),
        ("---\nrequired: a\n---\nbody", "`title:`"),
        ("---\ntitle: x\nrequired: Bad Name\n---\nbody", "lower-case letters"),
        ("---\ntitle: x\nnot a pair\n---\nbody", "expected `name: value`"),
        ("---\ntitle: x\n---\n\n", "no text after its header"),
    ):
        with pytest.raises(TemplateError, match=words):
            parse_template(text, LetterKind.COMPLAINT, "vi", "t.md")


def test_values_print_as_typed_and_lists_become_bullets():
    t = parse_template("---\ntitle: Gửi {{who}}\nrequired: who\n---\nKính gửi {{who}}\n\n{{evidence_list}}\n",
                       LetterKind.COMPLAINT, "vi", "x")
    filled = fill(t, {"who": "*Hà* #1 [link](x)", "evidence_list": "a_b.png\n\n1. c.pdf"})
    assert filled.title == "Gửi *Hà* #1 [link](x)"
    assert r"Kính gửi \*Hà\* \#1 \[link\]\(x\)" in filled.markdown
    assert r"- a\_b\.png" in filled.markdown and r"- 1\. c\.pdf" in filled.markdown
    with pytest.raises(UserError, match="who"):
        fill(t, {"who": "  "})
    preview = fill(t, {}, missing_text=lambda n: f"[{n}]")
    assert preview.title == "Gửi [who]" and r"\[who\]" in preview.markdown
    assert escape_markdown("a\nb") == "a\\\nb"


def test_takedown_deadline_depends_on_urgency():
    assert takedown_hours(True) == 24 and takedown_hours(False) == 48


# --- missing values -----------------------------------------------------------------------------


def test_a_letter_is_refused_while_required_values_are_missing(ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    with pytest.raises(letters.MissingValues) as caught:
        letters.prepare_letter(ws, LetterKind.COMPLAINT, ref, "vi")  # the influencer has no contact on file
    assert caught.value.missing == ["recipient_address"]
    assert "recipient_address" in str(caught.value) and caught.value.code == "letter_values_missing"
    assert "recipient_address (Địa chỉ người nhận)" in caught.value.text("vi")
    draft = letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi")
    assert draft.missing == ["recipient_address"]
    assert draft.with_values({"recipient_address": ADDRESS}).missing == []
    # A takedown request goes to the platform at the address the committee's data holds for it.
    assert letters.draft_letter(ws, LetterKind.TAKEDOWN, ref, "vi").missing == []
    # The committee's name comes from the committee this workspace joined, else the setting, else
    # the committee's usual name.
    assert draft.known["committee_name"] == "Ban tự giám sát"
    assert letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "en").known["committee_name"] == \
        "Self-monitoring Committee"
    ws.set_setting("committee_name", "Ban thử")
    assert letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi").known["committee_name"] == "Ban thử"
    ws.set_local_state("committee_name", "Ban của liên minh")
    assert letters.committee_name(ws) == "Ban của liên minh"
    with pytest.raises(UserError, match="not a placeholder name"):
        letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi", {"Bad name": "x"})


def test_a_complaint_without_evidence_says_there_is_none_yet(ws: Workspace):
    ref = _case(ws, with_evidence=False)
    draft = letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "en", VALUES)
    assert draft.missing == [] and draft.values["evidence_list"] == "None yet."
    assert letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi", VALUES).values["evidence_list"] == "Chưa có."
    given = draft.with_values({"evidence_list": "Screenshots sent by post"})
    assert given.missing == [] and given.values["evidence_list"] == "Screenshots sent by post"


def test_a_decision_letter_needs_a_decision(ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    with pytest.raises(UserError, match="no decision yet"):
        letters.draft_letter(ws, LetterKind.DECISION, ref, "vi", VALUES)


# --- rendering and sending ----------------------------------------------------------------------


def _expected(kind: LetterKind, lang: str, sent_on: date, decided: date) -> list[str]:
    if kind == LetterKind.COMPLAINT:
        due = (sent_on + timedelta(7)).strftime("%d/%m/%Y")
        return (["THÔNG BÁO VỀ VIỆC TIẾP NHẬN PHẢN ÁNH", "7 ngày", f"trước ngày {due}", "ảnh-chụp-livestream.png",
                 "Livestream mời đầu tư tiền ảo, hứa lãi 30%/tháng"] if lang == "vi"
                else ["NOTICE OF COMPLAINT", "7 days", f"before {due}", "ảnh-chụp-livestream.png"])
    if kind == LetterKind.DECISION:
        appeal = (decided + timedelta(21)).strftime("%d/%m/%Y")
        return (["THÔNG BÁO QUYẾT ĐỊNH CỦA BAN TỰ GIÁM SÁT", "Cảnh cáo, yêu cầu gỡ/sửa", "21 ngày",
                 f"đến hết ngày {appeal}", "Gỡ video vi phạm", "Quảng cáo lừa đảo, không gắn nhãn"] if lang == "vi"
                else ["NOTICE OF THE COMMITTEE'S DECISION", "Warning, amend or remove", "21 days",
                      f"until the end of {appeal}", "Gỡ video vi phạm"])
    if kind == LetterKind.ACKNOWLEDGEMENT:
        return (["THÔNG BÁO", "V/v tiếp nhận phản ánh", "Kính gửi: Người dân 0901 234 567", "ngày 12/10/2026"]
                if lang == "vi" else ["NOTICE", "Re: your report has been received",
                                      "To: Người dân 0901 234 567", "of 12/10/2026"])
    if kind == LetterKind.OUTCOME:
        return (["THÔNG BÁO", "V/v kết quả xem xét phản ánh", "Kính gửi: Người dân 0901 234 567",
                 "Kết quả: Cảnh cáo, yêu cầu gỡ/sửa"] if lang == "vi"
                else ["NOTICE", "Re: the outcome of your report", "To: Người dân 0901 234 567",
                      "Outcome: Warning, amend or remove"])
    # The takedown request is an official letter (công văn): its subject under its number, the
    # clause of the code of conduct rather than the category's label.
    return (["V/v đề nghị xem xét gỡ bỏ nội dung có dấu hiệu vi phạm trên TikTok", "24 giờ",
             "https://www.tiktok.com/@denvau/video/7_1", "Nội dung có dấu hiệu vi phạm: Điều 4, khoản 2 Bộ quy tắc"]
            if lang == "vi"
            else ["Re: request to consider removing content showing signs of a breach on TikTok", "24 hours",
                  "https://www.tiktok.com/@denvau/video/7_1", "Signs of a breach of: Code of conduct, article 4(2)"])


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_each_letter_renders_in_the_administrative_layout_with_its_text(ws: Workspace, tmp_path: Path,
                                                                        kind: LetterKind, lang: str):
    clock = SimClock(ws)
    clock.set(2026, 10, 12, 9)
    ref = _case(ws, urgent=True, tmp=tmp_path)
    decided = date(2026, 10, 15)
    clock.set(2026, 10, 15, 15)
    _decide(ws, ref, decided)
    clock.set(2026, 10, 16, 10)
    letter = letters.prepare_letter(ws, kind, ref, lang, VALUES)
    pdf, pages = render_letter_pdf(letter)
    texts = pdf_pages(pdf)
    assert len(texts) == pages >= 1
    first = flat(texts[0])
    to_reporter = kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.OUTCOME)
    assert COMMITTEE in first and ref in first
    assert (ADDRESS in first) is not to_reporter  # the reporter's letters have no address line
    # The heading replaces the old running header: no "Hồ sơ số ..." / "Case ..." band, no
    # page number on a single page.
    assert ("BAN TỰ GIÁM SÁT" if lang == "vi" else "SELF-MONITORING") in first
    assert (f"Hồ sơ số {ref}" if lang == "vi" else f"Case {ref}") not in first
    assert ("Hà Nội, ngày 16 tháng 10 năm 2026" if lang == "vi" else "Hanoi, 16 October 2026") in first
    series = "CV" if kind == LetterKind.TAKEDOWN else "TB"
    assert (f"Số: 1/{series}-BTGS" if lang == "vi" else f"No. 1/{series}-BTGS") in first
    for i, page in enumerate(texts, start=1):
        assert (f"{i}/{pages}" in flat(page)) is (i > 1), (i, pages)
        assert "Trang " not in page and "Page " not in page
    whole = flat(" ".join(texts))
    for words in _expected(kind, lang, date(2026, 10, 16), decided):
        assert words in whole, (kind, lang, words)
    # The reporter's name and contact are only ever in a letter to the reporter.
    assert ("Người dân 0901 234 567" in whole) is to_reporter
    assert "Nguyễn Văn Chủ Tịch" in whole  # signed by the chair on the roster


def test_a_long_letter_runs_onto_numbered_pages(ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    long_list = "\n".join(f"Tệp chứng cứ số {i}: ảnh chụp màn hình buổi phát trực tiếp" for i in range(120))
    letter = letters.prepare_letter(ws, LetterKind.COMPLAINT, ref, "vi", {**VALUES, "evidence_list": long_list})
    pdf, pages = render_letter_pdf(letter)
    texts = pdf_pages(pdf)
    assert pages == len(texts) >= 3
    # "2/3" at the foot from the second page on; the first page carries no number.
    assert f"1/{pages}" not in flat(texts[0])
    assert all(f"{i}/{pages}" in flat(t) for i, t in enumerate(texts, start=1) if i > 1)
    assert "Tệp chứng cứ số 119" in flat(" ".join(texts))
    # The recipients and the signature block stay together, on the last page.
    last = flat(texts[-1])
    assert all(words in last for words in ("Nơi nhận:", "Lưu: VT, BTGS.", "TM. BAN TỰ GIÁM SÁT", "TRƯỞNG BAN",
                                           "Nguyễn Văn Chủ Tịch"))
    assert all("Nơi nhận:" not in flat(t) for t in texts[:-1])


def test_a_takedown_request_after_a_user_complaint_gives_48_hours(ws: Workspace, tmp_path: Path):
    ref = _case(ws, urgent=False, tmp=tmp_path)
    letter = letters.prepare_letter(ws, LetterKind.TAKEDOWN, ref, "vi", VALUES)
    assert letter.values["takedown_hours"] == "48" and "48 giờ" in letter.markdown
    whole = flat(" ".join(pdf_pages(render_letter_pdf(letter)[0])))
    assert "trong vòng 48 giờ" in whole


def test_sending_saves_the_pdf_attaches_it_and_records_it(ws: Workspace, tmp_path: Path):
    ref = _case(ws, urgent=True, tmp=tmp_path)
    letter = letters.prepare_letter(ws, LetterKind.TAKEDOWN, ref, "vi", VALUES)
    pdf, _ = render_letter_pdf(letter)
    target = tmp_path / "out" / "yeu-cau-go.pdf"
    target.parent.mkdir()
    sent = letters.send_letter(ws, letter, pdf, target)
    assert target.read_bytes() == pdf and not list(target.parent.glob(".*.tmp"))
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = queries.case_detail(raw, sent.case_id)
        rows = lq.case_letters(raw, sent.case_id)
        names = queries.member_names(raw)
    assert detail is not None
    item = next(e for e in detail.evidence if e.id == sent.evidence_id)
    assert item.name == "yeu-cau-go.pdf" and item.mime == "application/pdf" and item.sha256 == sent.sha256
    assert ws.blobs.read_verified(sent.sha256) == pdf
    assert [(r.kind, r.lang, r.recipient, r.evidence_id) for r in rows] == [("takedown", "vi", "TikTok Pte. Ltd.",
                                                                               sent.evidence_id)]
    assert rows[0].values["recipient_address"] == ADDRESS and rows[0].deadline is not None
    entry = next(h for h in detail.history if h.type == "letter.sent")
    assert kind_of(entry.type) == "letter"
    assert describe(entry, "vi", names) == ("Đã gửi văn bản: Đề nghị gỡ nội dung tới TikTok Pte. Ltd. "
                                            "(lưu thành chứng cứ yeu-cau-go.pdf)")
    assert describe(entry, "en", names).startswith("Letter sent: Takedown request to TikTok")
    # The letter itself is not listed as evidence in the next letter's evidence list.
    nxt = letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi", VALUES)
    assert "yeu-cau-go.pdf" not in nxt.known["evidence_list"] and "ảnh-chụp-livestream.png" in nxt.known[
        "evidence_list"]


def test_sending_refuses_a_bad_target_and_changes_nothing(ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    letter = letters.prepare_letter(ws, LetterKind.COMPLAINT, ref, "vi", VALUES)
    pdf, _ = render_letter_pdf(letter)
    for target, words in ((tmp_path / "x.docx", "must end in .pdf"), (tmp_path / "nope" / "x.pdf", "does not exist")):
        with pytest.raises(UserError, match=words):
            letters.send_letter(ws, letter, pdf, target)
    with pytest.raises(UserError, match="not rendered as a PDF"):
        letters.send_letter(ws, letter, b"hello", tmp_path / "x.pdf")
    with ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM letters").fetchone()[0] == 0


def test_a_workspace_can_use_its_own_template(ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    own = letters.workspace_template_path(ws, LetterKind.COMPLAINT, "vi")
    own.parent.mkdir()
    own.write_text("---\ntitle: THƯ MỜI LÀM VIỆC\nrequired: committee_name, case_ref, meeting_room\n---\n"
                   "Mời {{recipient_name}} đến phòng {{meeting_room}} về hồ sơ {{case_ref}}.\n", encoding="utf-8")
    draft = letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi", {"committee_name": COMMITTEE})
    assert draft.template.source == str(own) and draft.missing == ["meeting_room"]
    letter = draft.with_values({"meeting_room": "302"}).letter()
    whole = flat(" ".join(pdf_pages(render_letter_pdf(letter)[0])))
    assert f"THƯ MỜI LÀM VIỆC Mời Đen Vâu đến phòng 302 về hồ sơ {ref}." in whole
    own.write_text("không có phần đầu", encoding="utf-8")
    with pytest.raises(TemplateError, match=str(own.name)):
        letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi")
    own.write_bytes(b"---\ntitle: \xff\xfe\n---\nx")
    with pytest.raises(TemplateError, match="UTF-8"):
        letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi")


def test_an_observer_cannot_write_letters(ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    with ws.transaction() as tx:
        tx.emit("member.updated", ws.identity.member_id,
                {"changes": {"role": {"from": "chair", "to": "observer", "base": []}}})
    from moderator_app.domain.errors import NotAllowed

    with pytest.raises(NotAllowed, match="writing a letter"):
        letters.draft_letter(ws, LetterKind.COMPLAINT, ref, "vi", VALUES)


# --- the command line -----------------------------------------------------------------------------


def _cli_case(cli, tmp_path: Path) -> str:
    cli("report", "add", "--influencer", "Khánh Vy", "--platform", "youtube", "--category", "false_claim",
        "--url", "https://youtu.be/abc_1", "--description", "Thổi phồng công dụng", "--reporter", "bí mật")
    return cli("cases", "list", "--json").json()[0]["ref"]


def test_cli_refuses_a_letter_with_missing_values_naming_them(cli, tmp_path: Path):
    ref = _cli_case(cli, tmp_path)
    out = tmp_path / "thu.pdf"
    r = cli("letter", "complaint", ref, "-o", str(out))  # the influencer has no address on file
    assert r.code == 2
    assert "recipient_address (Recipient's address)" in r.err and r.err.count("\n") == 1
    assert not out.exists()
    assert cli("case", "show", ref, "--json").json()["evidence"] == []
    assert cli("letter", "takedown", ref, "-o", str(out), "--set", "oops").code == 2
    assert cli("letter", "takedown", ref, "-o", str(tmp_path / "thu.txt"), "--set", f"committee_name={COMMITTEE}",
               "--set", f"recipient_address={ADDRESS}").code == 2
    assert cli("letter", "memo", ref, "-o", str(out)).code == 2


def test_cli_writes_the_letter_and_attaches_it(cli, tmp_path: Path):
    ref = _cli_case(cli, tmp_path)
    out = tmp_path / "request.pdf"
    # This workspace was never given a name (the command line does not ask one), so the letter
    # asks who signs rather than signing with the computer's login.
    r = cli("letter", "takedown", ref, "-o", str(out), "--lang", "en", "--set", f"committee_name={COMMITTEE}",
            "--set", f"recipient_address={ADDRESS}", "--set", "recipient_name=Google Việt Nam", "--set",
            "signer_name=Nguyễn Thu Hà", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["ref"] == ref and data["kind"] == "takedown" and data["lang"] == "en"
    assert data["number"] == "1/CV-BTGS" and data["warnings"] == []
    pages = pdf_pages(out)
    assert data["pages"] == len(pages)
    text = flat(" ".join(pages))
    assert "Re: request to consider removing content" in text and "Google Việt Nam" in text and "48 hours" in text
    assert "CHAIR Nguyễn Thu Hà" in text
    case = cli("case", "show", ref, "--json").json()
    assert [e["name"] for e in case["evidence"]] == ["request.pdf"]
    assert case["history"][-1]["type"] == "letter.sent"
    r = cli("letter", "complaint", ref, "-o", str(tmp_path / "vi.pdf"), "--set", f"committee_name={COMMITTEE}",
            "--set", f"recipient_address={ADDRESS}", "--set", "evidence_list=Ảnh chụp màn hình", "--set",
            "signer_name=Nguyễn Thu Hà", lang="vi")
    assert r.code == 0, r.err
    assert "Đã lưu" in r.out and "THÔNG BÁO VỀ VIỆC TIẾP NHẬN PHẢN ÁNH" in flat(pdf_pages(tmp_path / "vi.pdf")[0])


def test_an_unknown_letter_type_is_named_in_words():
    with pytest.raises(ValueError, match="unknown letter kind 'bogus'; expected one of: complaint, decision, takedown, "
                                         "acknowledgement, outcome"):
        LetterKind.parse("bogus")
