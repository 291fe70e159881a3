"""How long the credibility score takes at a committee's scale: the register, the pending
suspension proposals, and the heaviest profile page (score over time included).

    .venv/bin/python benchmarks/bench_scores.py --cases 30000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from moderator_app.services import credibility
from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=30_000)
    parser.add_argument("--data-dir", type=Path, help="an existing demo workspace to measure instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.data_dir or Path(tmp) / "bench"
        ws = Workspace.open(root)
        try:
            if ws.is_new():
                generate(ws, cases=args.cases, seed=1)
            today = credibility.today(ws)
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                decisions, influencers = raw.execute(
                    "SELECT (SELECT count(*) FROM decisions), (SELECT count(*) FROM influencers)").fetchone()
                top = raw.execute("SELECT influencer_id, count(*) FROM decisions GROUP BY 1 ORDER BY 2 DESC "
                                  "LIMIT 1").fetchone()
                started = time.perf_counter()
                register = credibility.register(raw, today)
                register_s = time.perf_counter() - started
                started = time.perf_counter()
                proposals = credibility.pending_proposals(raw, today)
                proposals_s = time.perf_counter() - started
            started = time.perf_counter()
            page = credibility.load_profile(ws, top[0], today)
            profile_s = time.perf_counter() - started
        finally:
            ws.close()
    print(f"{influencers} influencers, {decisions} decisions")
    print(f"register of {len(register)} scores: {register_s:.2f} s")
    print(f"{len(proposals)} pending proposals: {proposals_s:.2f} s")
    print(f"profile with {top[1]} decisions, {len(page.series) if page else 0} chart points: {profile_s:.2f} s")


if __name__ == "__main__":
    main()
