"""The letter dialog: missing values named and marked, saving only once they are filled in."""

from __future__ import annotations

import html
from pathlib import Path

from moderator_app.domain.letters import LetterKind
from moderator_app.services.workspace import Workspace
from moderator_app.store import letter_queries as lq
from moderator_app.store.database import raw_connection
from moderator_app.ui.letters.dialog import LetterDialog

from .letter_helpers import flat, pdf_pages
from .test_letters import ADDRESS, COMMITTEE, _case


def test_the_dialog_names_what_is_missing_and_saves_once_filled(qtbot, ws: Workspace, tmp_path: Path):
    ref = _case(ws, urgent=True, tmp=tmp_path)
    dialog = LetterDialog(ws, "en", ref, LetterKind.COMPLAINT)  # the influencer has no address on file
    qtbot.addWidget(dialog)
    assert dialog.missing() == ["recipient_address"]
    assert not dialog.save_button.isEnabled()
    shown = html.unescape(dialog.missing_label.text())
    assert "Recipient's address" in shown and "The committee's name" not in shown
    assert "font-weight: 600" in dialog.labels["recipient_address"].styleSheet()
    assert dialog.labels["case_ref"].styleSheet() == ""
    preview = dialog.preview.toPlainText()
    assert "[Recipient's address]" in preview
    # The preview is the administrative layout the PDF uses: heading, number, place and date,
    # recipients and the chair's signature block.
    for words in ("SELF-MONITORING COMMITTEE", "No. 1/TB-BTGS", "SOCIALIST REPUBLIC OF VIETNAM",
                  "NOTICE OF COMPLAINT", "Recipients:", "Filed: Office, BTGS.", "Nguyễn Văn Chủ Tịch"):
        assert words in preview, words
    assert dialog.warning_label.isHidden()  # nothing to check for a notice of complaint
    assert dialog.save() is False  # refused: nothing asked, nothing written

    dialog.set_value("committee_name", COMMITTEE)
    assert dialog.missing() == ["recipient_address"] and not dialog.save_button.isEnabled()
    dialog.set_value("recipient_address", ADDRESS)
    assert dialog.missing() == [] and dialog.save_button.isEnabled()
    assert ADDRESS in dialog.preview.toPlainText()

    dialog.remember.setChecked(True)
    target = tmp_path / "thong-bao.pdf"
    dialog.ask_path = lambda suggested: target
    with qtbot.waitSignal(dialog.letterSent):
        assert dialog.save() is True
    assert dialog.sent is not None and target.is_file()
    assert ws.setting("committee_name") == COMMITTEE
    text = flat(pdf_pages(target)[0])
    assert "NOTICE OF COMPLAINT" in text and ADDRESS in text and "No. 1/TB-BTGS" in text
    with ws.db.read() as conn:
        assert [r.kind for r in lq.case_letters(raw_connection(conn), dialog.sent.case_id)] == ["complaint"]


def test_the_dialog_says_what_to_check_before_sending_in_the_interface_language(qtbot, ws: Workspace,
                                                                                tmp_path: Path):
    from datetime import date

    from .stats_fixtures import SimClock
    from .test_letters import _decide

    clock = SimClock(ws)
    clock.set(2026, 10, 12, 9)
    ref = _case(ws, urgent=True, tmp=tmp_path)  # urgent: on the agenda without the right of reply
    clock.set(2026, 10, 15, 15)
    _decide(ws, ref, date(2026, 10, 15))  # a follow-up due on 18/10/2026
    clock.set(2026, 10, 20, 10)
    dialog = LetterDialog(ws, "vi", ref, LetterKind.DECISION)
    qtbot.addWidget(dialog)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))  # an English letter, a Vietnamese window
    dialog.reload()
    assert dialog.draft is not None and dialog.draft.template.lang == "en"
    assert not dialog.warning_label.isHidden()
    shown = html.unescape(dialog.warning_label.text())
    assert "Gỡ video vi phạm" in shown and "18/10/2026" in shown and "trước ngày của văn bản" in shown
    assert "#b3261e" in dialog.warning_label.styleSheet()
    # Back to a letter with nothing to check: the warning goes.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("complaint"))
    dialog.reload()
    assert dialog.warning_label.isHidden()


def test_a_number_taken_meanwhile_is_refused_and_the_dialog_takes_the_next(qtbot, ws: Workspace, tmp_path: Path,
                                                                         monkeypatch):
    from moderator_app.services import letters
    from moderator_app.ui.letters.pdf import render_letter_pdf

    ref = _case(ws, tmp=tmp_path)
    dialog = LetterDialog(ws, "en", ref, LetterKind.TAKEDOWN)
    qtbot.addWidget(dialog)
    assert "No. 1/CV-BTGS" in dialog.preview.toPlainText()
    # Meanwhile another window sends a takedown request: it takes 1/CV.
    other = letters.prepare_letter(ws, LetterKind.TAKEDOWN, ref, "en")
    letters.send_letter(ws, other, render_letter_pdf(other)[0], tmp_path / "first.pdf")
    shown: list[str] = []
    monkeypatch.setattr("moderator_app.ui.letters.dialog.show_error", lambda _parent, exc: shown.append(exc.code))
    dialog.ask_path = lambda suggested: tmp_path / "second.pdf"
    assert dialog.save() is False and shown == ["letter_number_taken"]
    assert not (tmp_path / "second.pdf").exists()  # refused before anything was written
    assert "No. 2/CV-BTGS" in dialog.preview.toPlainText()
    assert dialog.save() is True
    assert "No. 2/CV-BTGS" in flat(pdf_pages(tmp_path / "second.pdf")[0])


def test_emptying_a_known_value_makes_it_missing_and_switching_letters_keeps_typed_values(
        qtbot, ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    dialog = LetterDialog(ws, "vi", ref, LetterKind.COMPLAINT)
    qtbot.addWidget(dialog)
    dialog.set_value("committee_name", COMMITTEE)
    dialog.set_value("recipient_address", ADDRESS)
    assert dialog.missing() == []
    dialog.set_value("influencer_name", "")
    assert dialog.missing() == ["influencer_name"]
    influencer = dialog.draft.known["recipient_name"] if dialog.draft else ""
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("takedown"))
    dialog.reload()
    assert dialog.typed_values()["committee_name"] == COMMITTEE
    assert dialog.typed_values()["takedown_hours"] == "48"
    # What the case filled in for the complaint is filled in afresh: a takedown goes to the platform.
    assert dialog.draft is not None and dialog.typed_values()["recipient_name"] == dialog.draft.known["recipient_name"]
    assert dialog.typed_values()["recipient_name"] != influencer
    vietnamese_rule = dialog.typed_values()["rule_breached"]
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    dialog.reload()
    assert dialog.draft is not None and dialog.draft.template.lang == "en"
    assert dialog.typed_values()["rule_breached"] == dialog.draft.known["rule_breached"] != vietnamese_rule
    assert dialog.typed_values()["committee_name"] == COMMITTEE  # what the person typed stays


def test_a_decision_letter_for_an_undecided_case_is_explained(qtbot, ws: Workspace, tmp_path: Path):
    ref = _case(ws, tmp=tmp_path)
    dialog = LetterDialog(ws, "en", ref, LetterKind.DECISION)
    qtbot.addWidget(dialog)
    assert "no decision yet" in dialog.missing_label.text() and not dialog.save_button.isEnabled()


def test_the_case_window_offers_a_letter(qtbot, ws: Workspace, tmp_path: Path):
    from moderator_app.store.queries import find_case_id
    from moderator_app.ui.case_detail import CaseDetailWindow

    ref = _case(ws, tmp=tmp_path)
    with ws.db.read() as conn:
        case_id = find_case_id(raw_connection(conn), ref)
    assert case_id is not None
    window = CaseDetailWindow(ws, "en", case_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.file is not None)
    assert window.letter_action.text().replace("&", "") == "Write a letter…"
    window.letter_action.trigger()
    dialogs = [w for w in window.findChildren(LetterDialog)]
    assert len(dialogs) == 1 and dialogs[0].case_ref == ref
    dialogs[0].close()
