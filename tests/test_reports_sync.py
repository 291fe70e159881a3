"""Letters sent, register publications and public summaries travel through sync and merge the same
whatever order they arrive in."""

from __future__ import annotations

import itertools
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from moderator_app.domain.enums import Outcome
from moderator_app.domain.letters import LetterKind
from moderator_app.services import letters, meetings, public_register
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import meeting_queries as mq
from moderator_app.store.database import raw_connection

from .helpers import all_events, deliver, snapshot
from .meeting_helpers import add_member, ready_case
from .stats_fixtures import FAKE_PDF

VALUES = {"committee_name": "Ban tự giám sát", "recipient_address": "Hà Nội"}


def reports_snapshot(ws: Workspace) -> dict[str, Any]:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        letters_rows = raw.execute("SELECT * FROM letters ORDER BY id").fetchall()
        publications = raw.execute("SELECT * FROM register_publications ORDER BY id").fetchall()
        decisions = [asdict(d) for d in mq.all_decisions(raw)]
        heads = raw.execute("SELECT entity_id, field, event_id, value FROM field_heads WHERE entity_kind = 'decision' "
                            "ORDER BY 1, 2, 3").fetchall()
    return {"letters": letters_rows, "publications": publications, "decisions": decisions, "heads": heads,
            "cases": snapshot(ws)}


def test_letters_publications_and_summaries_merge_in_every_order(tmp_path: Path):
    a = Workspace.open(tmp_path / "a", member_name="An")
    b = Workspace.open(tmp_path / "b", member_name="Bình")
    try:
        add_member(a, "Bình", "secretary", device_of=b)
        ref = ready_case(a, "Đen Vâu", 1)
        meeting = meetings.create_meeting(a, "Phiên họp", date(2026, 10, 28))
        meetings.add_to_agenda(a, meeting, ref)
        for who in ("An", "Bình"):
            meetings.set_attendance(a, meeting, who, "present")
        decision = meetings.record_decision(a, meeting, ref, Outcome.WARNING_AMEND, "Lý do", published=True)
        base = all_events(a)
        deliver(b, base)
        # Offline, at the same time: each sends a letter and writes the public summary; b publishes.
        letter = letters.prepare_letter(a, LetterKind.TAKEDOWN, ref, "vi", VALUES)
        letters.send_letter(a, letter, FAKE_PDF, tmp_path / "a-takedown.pdf")
        meetings.set_public_summary(a, decision, "Tóm tắt của An.")
        letter = letters.prepare_letter(b, LetterKind.DECISION, ref, "en", VALUES)
        letters.send_letter(b, letter, FAKE_PDF + b"% b\n", tmp_path / "b-decision.pdf")
        meetings.set_public_summary(b, decision, "Tóm tắt của Bình.")
        public_register.publish(b, tmp_path / "site", "vi", date(2026, 11, 20))
        seen = {e.id for e in base}
        batches = [[e for e in all_events(w) if e.id not in seen] for w in (a, b)]
        assert {e.type for e in batches[0]} >= {"letter.sent", "evidence.added", "decision.updated"}
        assert {e.type for e in batches[1]} >= {"letter.sent", "register.published", "decision.updated"}
        results = []
        for order in itertools.permutations(range(2)):
            target = Workspace.open(tmp_path / ("t" + "".join(map(str, order))), member_name="Khách")
            try:
                deliver(target, base)
                for i in order:
                    deliver(target, batches[i])
                results.append(reports_snapshot(target))
                for pdf in (FAKE_PDF, FAKE_PDF + b"% b\n"):  # the letters' files come with the bundles
                    target.blobs.put_bytes(pdf)
                report = verify(target)
                assert report.ok, report.problems
                # The events arrived unchanged: same ids, same hashes as their authors wrote them.
                mine = {e.id: e.hash for e in all_events(target)}
                assert all(mine[e.id] == e.hash for batch in batches for e in batch)
            finally:
                target.close()
        assert results[0] == results[1]
        merged = results[0]
        assert len(merged["letters"]) == 2 and len(merged["publications"]) == 1
        summary = next(d for d in merged["decisions"] if d["id"] == decision)["public_summary"]
        assert summary in ("Tóm tắt của An.", "Tóm tắt của Bình.")  # the last writer wins, everywhere the same
        assert merged["cases"]["conflicts"] == []  # a public summary is a plain field: no conflict to settle
        history = [h["type"] for h in merged["cases"]["cases"][ref]["history"]]
        assert history.count("letter.sent") == 2
    finally:
        a.close()
        b.close()
