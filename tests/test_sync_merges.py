"""Merges made on different members at once read the same everywhere, in any arrival order."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import cases as case_service
from moderator_app.services.reports import ReportInput, file_report
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.sync.round import run_round

from .helpers import snapshot
from .sync_support import close_all, committee_copy, converge, propagate


def _file(ws, url: str, received_at: int):
    return file_report(ws, ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD, url=url,
                                       received_at=received_at))


def test_one_case_merged_into_two_cases_at_once(tmp_path: Path, tmp_path_factory):
    members = committee_copy(tmp_path_factory, tmp_path)
    chair, secretary, member = members
    now = chair.ws.clock.wall()
    oldest = _file(chair.ws, "https://tiktok.com/@d/1", now - 3_000_000)
    older = _file(chair.ws, "https://tiktok.com/@d/2", now - 2_000_000)
    young = _file(chair.ws, "https://tiktok.com/@d/3", now - 1_000_000)
    chair.sync()
    for m in (secretary, member):
        propagate(chair.view, m.view)
        m.sync()
    # Offline, the secretary merges the young case into the oldest, the member into the other.
    case_service.merge_cases(secretary.ws, [oldest.ref, young.ref])
    case_service.merge_cases(member.ws, [older.ref, young.ref])
    secretary.sync()
    member.sync()
    finals = []
    for order in itertools.permutations([secretary, member]):
        view = tmp_path / f"late-{len(finals)}"
        home = tmp_path / f"late-ws-{len(finals)}"
        shutil.copytree(chair.view, view)
        chair.ws.close()
        shutil.copytree(chair.ws.root, home, ignore=shutil.ignore_patterns("moderator-app.lock"))
        chair.ws = Workspace.open(chair.ws.root)
        late = Workspace.open(home)
        for m in order:  # one member's bundles, a round, then the other's
            propagate(m.view, view)
            run_round(late, view)
        finals.append(snapshot(late))
        assert verify(late).ok
        with late.db.read() as conn:
            raw = raw_connection(conn)
            counts = dict(raw.execute("SELECT id, report_count FROM cases").fetchall())
            homes = dict(raw.execute("SELECT case_id, count(*) FROM reports GROUP BY case_id").fetchall())
        assert {k: v for k, v in counts.items() if v} == homes
        late.close()
    assert finals[0] == finals[1]
    converge(members)
    assert snapshot(chair.ws) == snapshot(secretary.ws) == snapshot(member.ws) == finals[0]
    merged = finals[0]["cases"][young.ref]["merged_into_ref"]
    assert merged in (oldest.ref, older.ref)
    close_all(members)
