"""Two members answer the same takedown request at once: the conflict dialog shows both answers whole
(the platform's word, its reason, when it came, who recorded it) and keeping one settles it on
every member after the next sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QRadioButton

from moderator_app.domain.clock import datetime_text
from moderator_app.domain.enums import Category, Platform
from moderator_app.services import conflicts, reports
from moderator_app.services import takedowns as service
from moderator_app.services.verify import verify
from moderator_app.store.database import raw_connection
from moderator_app.ui import plain_text
from moderator_app.ui.conflicts import ConflictDialog
from moderator_app.ui.detail_common import conflict_field

from .sync_support import Member, close_all, committee_copy, converge

URL = "https://www.tiktok.com/@denvau/video/1"
REASON = "Chưa đủ căn cứ"
HOUR_MS = 3_600_000


@pytest.fixture(autouse=True)
def english(qapp):
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    yield


def _takedown_items(m: Member) -> list[conflicts.InboxItem]:
    with m.ws.db.read() as conn:
        return [i for i in conflicts.inbox(raw_connection(conn)) if i.kind == "takedown"]


@pytest.fixture
def answered_twice(tmp_path_factory, tmp_path: Path):
    """The chair recorded "removed", the secretary "refused" with a reason, neither seeing the other's."""
    chair, secretary, member = everyone = committee_copy(tmp_path_factory, tmp_path)
    try:
        filed = reports.file_report(member.ws, reports.ReportInput(
            "Đen Vâu", Platform.TIKTOK, Category.FRAUD, url=URL, description="Quảng cáo lừa đảo"))
        converge(everyone)
        sent = chair.ws.clock.wall() - 5 * HOUR_MS
        request = service.request(secretary.ws, filed.ref, Platform.TIKTOK, at=sent)
        converge(everyone)
        service.answer(chair.ws, request.id, "removed", at=sent + HOUR_MS)
        service.answer(secretary.ws, request.id, "refused", REASON, at=sent + 2 * HOUR_MS)
        converge(everyone)
        yield everyone, filed.case_id, request.id, sent
    finally:
        close_all(everyone)


def test_the_dialog_shows_each_answer_whole_and_keeping_one_settles_it_everywhere(qtbot, answered_twice):
    everyone, case_id, request_id, sent = answered_twice
    chair, secretary, _member = everyone
    for m in everyone:
        assert {i.field for i in _takedown_items(m)} == {"result", "reason", "answered_at"}
    dialog = ConflictDialog(secretary.ws, case_id, "en")
    qtbot.addWidget(dialog)
    boxes = dialog.findChildren(QGroupBox)
    assert [b.title() for b in boxes] == [
        f"TikTok's answer to the takedown request sent {datetime_text(sent)}"]
    texts = sorted(b.text() for b in dialog.findChildren(QRadioButton))
    assert len(texts) == 2
    removed = next(t for t in texts if t.startswith("Removed"))
    refused = next(t for t in texts if t.startswith("Refused"))
    assert removed.startswith(f"Removed, received {datetime_text(sent + HOUR_MS)}\nrecorded by Chủ tịch Hà, ")
    assert refused.startswith(f"Refused (reason: {REASON}), received {datetime_text(sent + 2 * HOUR_MS)}\n"
                              "recorded by Thư ký Bình, ")
    assert sum("(shown now)" in t for t in texts) == 1
    assert not [w for w in dialog.findChildren(QLabel) if "no conflicts" in w.text()]
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    # Keep the answer not shown now: the choice, not the last writer, decides.
    shown = service.get(secretary.ws, request_id)
    keep = next(b for b in dialog.findChildren(QRadioButton) if "(shown now)" not in b.text())
    keep.setChecked(True)
    chosen = dialog.chosen_answers()[request_id]
    assert chosen.result != shown.result
    dialog.resolve()
    assert dialog.result() == ConflictDialog.DialogCode.Accepted
    converge(everyone)
    for m in everyone:
        view = service.get(m.ws, request_id)
        assert (view.result, view.reason, view.answered_at) == (chosen.result, chosen.reason, chosen.answered_at)
        assert not view.conflicted and _takedown_items(m) == []
        assert verify(m.ws).ok
    history = [e for e in service_history(chair, case_id) if e[0] == "takedown.answered"]
    assert history[-1][1].get("resolves") is True  # the history tells a settled conflict


def service_history(m: Member, case_id: str) -> list[tuple[str, dict]]:
    from moderator_app.store import queries

    with m.ws.db.read() as conn:
        return [(e.type, e.payload) for e in queries.case_history(raw_connection(conn), case_id)]


def test_a_member_who_may_not_record_answers_is_told_and_nothing_changes(qtbot, answered_twice, monkeypatch):
    everyone, case_id, request_id, _sent = answered_twice
    member = everyone[2]
    told: list[str] = []
    monkeypatch.setattr(plain_text, "warning", lambda _parent, _title, text: told.append(text))
    dialog = ConflictDialog(member.ws, case_id, "en")
    qtbot.addWidget(dialog)
    assert len(dialog.findChildren(QRadioButton)) == 2
    dialog.resolve()
    assert len(told) == 1 and "answer" in told[0]
    assert dialog.result() != ConflictDialog.DialogCode.Accepted
    assert service.get(member.ws, request_id).conflicted


def test_one_request_alone_and_the_fields_named_in_words(qtbot, answered_twice):
    everyone, case_id, request_id, _sent = answered_twice
    chair = everyone[0]
    alone = ConflictDialog(chair.ws, case_id, "en", takedown=request_id)
    qtbot.addWidget(alone)
    assert list(alone.answer_groups) == [request_id] and alone.choices == {}
    other = ConflictDialog(chair.ws, case_id, "en", takedown="not-this-one")
    qtbot.addWidget(other)
    assert other.findChildren(QRadioButton) == []  # nothing of that request: nothing to choose
    assert [conflict_field(f) for f in ("result", "reason", "answered_at")] == [
        "the platform's answer", "the platform's reason", "when the platform answered"]
