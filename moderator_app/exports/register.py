"""The credibility register: one row per influencer with a decision, as of a date.

Columns: influencer, accounts, score, band, decisions per level of the ladder, the last
decision's date and outcome. The register counts one decision per case: the version in force on
the date (an amendment replaces what it amends, a ruling on appeal replaces what was appealed).

The score comes from a function with a small interface, ``RegisterScore``: it takes the counted
decisions of one influencer and the date, and returns the score and its band. ``register_score``
below is the one place that chooses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from moderator_app.domain import score as S
from moderator_app.domain.clock import vn_now
from moderator_app.domain.collation import sort_key
from moderator_app.domain.enums import OUTCOME_LADDER, Category, Outcome
from moderator_app.store import meeting_queries as mq

from .xlsx import Col, Progress, Properties, Sheet, iso_date, write_workbook

LEVELS = sorted({level for level, _ in OUTCOME_LADDER.values()})


@dataclass(frozen=True, slots=True)
class ScoredDecision:
    """What a score needs to know of one decision."""

    decided_on: date
    outcome: Outcome
    category: Category
    corrected_on: date | None = None


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: float | None  # 0-100; None when not yet assessed (an empty cell, never the base of 100)
    band: str  # high, trusted, noted, caution, not_credible, not_assessed


RegisterScore = Callable[[Sequence[ScoredDecision], date], ScoreResult]

def domain_register_score(decisions: Sequence[ScoredDecision], as_of: date) -> ScoreResult:
    """The credibility score of ``domain.score`` (on the base of 100) for the register's facts."""
    inputs = [
        S.DecisionInput(id=str(i), decided_on=d.decided_on, outcome=d.outcome, category=d.category,
                        corrected_on=d.corrected_on)
        for i, d in enumerate(decisions)
    ]
    result = S.compute(inputs, as_of)
    return ScoreResult(result.value if result.assessed else None, result.band.value)


# The score the register prints when the caller has not computed scores itself.
register_score: RegisterScore = domain_register_score


def counted_decisions(decisions: Sequence[mq.DecisionFull]) -> list[mq.DecisionFull]:
    """One decision per case: the latest version, amendments and appeal rulings replacing theirs."""
    replaced = {d.amends for d in decisions if d.amends} | {d.appeal_of for d in decisions if d.appeal_of}
    latest: dict[str, mq.DecisionFull] = {}
    for d in decisions:  # oldest first
        if d.id in replaced:
            continue
        latest[d.case_id] = d
    return sorted(latest.values(), key=lambda d: (d.decided_on, d.recorded_at, d.id))


@dataclass(frozen=True, slots=True)
class RegisterRow:
    influencer_id: str
    influencer: str
    accounts: str
    score: float | None
    band: str
    per_level: tuple[int, ...]  # decisions at each level of LEVELS
    cases: int
    last_decided_on: date
    last_outcome: str


def register_rows(
    conn: sqlite3.Connection,
    as_of: date,
    score: RegisterScore | None = None,
    scores: Mapping[str, tuple[float | None, str]] | None = None,
) -> list[RegisterRow]:
    """``scores`` (influencer id → score, band code) are used where given: the services pass the
    profile scores, pillar assessments included, so the register and the profile page agree."""
    scorer = score or register_score
    by_influencer: dict[str, list[mq.DecisionFull]] = {}
    for d in counted_decisions(mq.all_decisions(conn, as_of.isoformat())):
        by_influencer.setdefault(d.influencer_id, []).append(d)
    corrected = dict(conn.execute("SELECT id, corrected_on FROM decisions WHERE corrected_on IS NOT NULL"))
    rows = []
    for influencer_id, ds in by_influencer.items():
        facts = [ScoredDecision(iso_date(d.decided_on), Outcome(d.outcome), Category(d.category),  # type: ignore[arg-type]
                                iso_date(corrected.get(d.id))) for d in ds]
        known = (scores or {}).get(influencer_id)
        result = ScoreResult(*known) if known is not None else scorer(facts, as_of)
        per_level = tuple(sum(1 for d in ds if Outcome(d.outcome).level == lv) for lv in LEVELS)
        last = ds[-1]
        rows.append(RegisterRow(influencer_id, last.influencer, last.accounts, result.score, result.band, per_level,
                                len(ds), iso_date(last.decided_on), last.outcome))  # type: ignore[arg-type]
    rows.sort(key=lambda r: (sort_key(r.influencer), r.influencer_id))
    return rows


def _level_header(level: int) -> tuple[str, str]:
    names = [o for o, (lv, _) in OUTCOME_LADDER.items() if lv == level]
    vi = f"Mức {level}: " + " / ".join(o.label("vi") for o in names)
    en = f"Level {level}: " + " / ".join(o.label("en") for o in names)
    return vi, en


def register_columns() -> tuple[Col, ...]:
    levels = tuple(Col(*_level_header(lv), kind="int", max_width=14) for lv in LEVELS)
    return (
        Col("Người có ảnh hưởng", "Influencer", "user", 30),
        Col("Tài khoản", "Accounts", "user", 40, wrap=True),
        Col("Điểm tín nhiệm", "Score", "number", 10, number_format="0.0"),
        Col("Xếp loại", "Band", "text", 20),
        *levels,
        Col("Số hồ sơ đã quyết định", "Cases decided", "int", 12),
        Col("Quyết định gần nhất", "Last decision", "date", 13),
        Col("Hình thức gần nhất", "Last outcome", "text", 30, wrap=True),
    )


def export_register(
    conn: sqlite3.Connection, path: Path, as_of: date, lang: str = "vi", progress: Progress | None = None,
    now: datetime | None = None, score: RegisterScore | None = None,
    scores: Mapping[str, tuple[float | None, str]] | None = None,
) -> Path:
    rows = register_rows(conn, as_of, score, scores)

    def values(r: RegisterRow) -> list[Any]:
        return [r.influencer, r.accounts, r.score, S.Band(r.band).label(lang), *r.per_level, r.cases,
                r.last_decided_on, Outcome(r.last_outcome).label(lang)]

    day = as_of.strftime("%d/%m/%Y")
    title = f"Sổ tín nhiệm — {day}" if lang != "en" else f"Credibility register — {day}"
    sheet = Sheet("Sổ tín nhiệm", "Register", register_columns(), (values(r) for r in rows), len(rows))
    props = Properties(
        title=title,
        subject="Tín nhiệm Người có ảnh hưởng" if lang != "en" else "Influencer credibility",
        keywords="Niềm tin số; tín nhiệm" if lang != "en" else "Niem tin so; credibility",
        description=(f"Tính đến ngày {day}" if lang != "en" else f"As of {day}"),
        lang=lang,
        created=now or vn_now().replace(microsecond=0),
    )
    return write_workbook(path, [sheet], props, progress)
