"""`influencer show`, `influencers list`, `influencers proposals`: profiles and their scores."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from moderator_app.domain.clock import iso_utc
from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.domain.score import Band, PointState
from moderator_app.services import credibility
from moderator_app.services.history import changes_json, describe
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .common import Output

MAX_CASES = 100_000


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _band(text: str) -> Band:
    try:
        return Band.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    one = sub.add_parser("influencer", help="one influencer's profile and credibility score").add_subparsers(
        dest="influencer_cmd", metavar="COMMAND", required=True)
    show = one.add_parser("show", help="profile, score, band and the breakdown of every penalty")
    show.add_argument("who", metavar="NAME_OR_ID")
    show.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="the score on this date (default: today)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    many = sub.add_parser("influencers", help="the register of influencers").add_subparsers(
        dest="influencers_cmd", metavar="COMMAND", required=True)
    ls = many.add_parser("list", help="every profile with its score and band")
    ls.add_argument("--band", type=_band, help="only this band: " + ", ".join(Band.codes()))
    ls.add_argument("--sort", choices=credibility.SORTS, default="name",
                    help="score: lowest first; name: A to Z; cases: most first")
    ls.add_argument("--search", metavar="Q", help="part of a name or handle, with or without diacritics")
    ls.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    prop = many.add_parser("proposals", help="suspensions proposed by the trigger, waiting for a meeting")
    prop.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD")
    prop.add_argument("--json", action="store_true")
    prop.set_defaults(func=cmd_proposals)


def profile_json(ws: Workspace, who: str, as_of: date) -> dict[str, Any]:
    """Everything `influencer show --json` prints: replicated data only."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        influencer_id = Q.find_influencer_id(raw, who)
        detail = Q.profile(raw, influencer_id)
        assert detail is not None
        found = credibility.profile_score(raw, influencer_id, as_of)
        cases = queries.list_cases(raw, queries.CaseFilter(influencer_id=influencer_id), "opened", False,
                                   MAX_CASES, 0)
        history = Q.profile_history(raw, influencer_id)
        names = queries.member_names(raw)
        people = Q.influencer_names_by_id(raw, [h.entity for h in history] + [h.payload.get("into", "")
                                                                            for h in history])
    refs = {d.id: d.case_ref for d in found.decisions}
    data: dict[str, Any] = {
        "id": detail.id,
        "name": detail.name,
        "agency": detail.agency,
        "contact": detail.contact,
        "notes": detail.notes,
        "member_since": detail.member_since,
        "pledge_signed": detail.pledge_signed,
        "merged_into": detail.merged_into,
        "merged_into_name": detail.merged_into_name,
        "merged_from": [{"id": i, "name": n} for i, n in detail.merged_from],
        "accounts": [
            {"id": a.id, "platform": a.platform, "handle": a.handle, "url": a.url, "followers": a.followers}
            for a in detail.accounts
        ],
        "cases": [
            {"ref": c.ref, "id": c.id, "status": c.status, "category": c.category, "opened_at": iso_utc(c.opened_at),
             "merged_into": c.merged_into}
            for c in cases
        ],
        "decisions": [
            {"id": d.id, "case": d.case_ref, "case_id": d.case_id, "meeting": d.meeting_id, "date": d.decided_on,
             "outcome": d.outcome, "category": d.category, "published": d.published,
             "corrected_on": d.corrected_on, "amends": d.amends}
            for d in found.decisions
        ],
        **credibility.score_json(found.score),
        "proposal": credibility.trigger_json(found.trigger, refs),
    }
    data["history"] = [
        {"event": h.event_id, "at": iso_utc(h.at), "who": h.author_name, "who_id": h.author_id, "type": h.type,
         "text": describe(h, "en", names, people), **({"changes": changes_json(h)} if changes_json(h) else {})}
        for h in history
    ]
    return data


def cmd_show(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    as_of = args.as_of or credibility.today(ws)
    data = profile_json(ws, args.who, as_of)
    if args.json:
        out.json(data)
        return 0
    lang, t = out.lang, out.t
    out.line(data["name"] + (t(f"  (đã gộp vào {data['merged_into_name']})", f"  (merged into "
                                 f"{data['merged_into_name']})") if data["merged_into"] else ""))
    band = Band(data["band"]).label(lang)
    out.line(f"  {t('Điểm tín nhiệm', 'Credibility score')}: {_num(data['score'], lang)} / 100 · {band}  "
             f"({t('ngày', 'as of')} {_d(data['as_of'])})")
    if data["pillars"]:
        out.line(f"  {t('Điểm nền theo 5 trụ cột', 'Base from the five pillars')}: {_num(data['base'], lang)} "
                 f"({t('đánh giá ngày', 'assessed on')} {_d(data['pillars']['assessed_on'])})")
    if data["agency"]:
        out.line(f"  {t('Công ty quản lý', 'Agency')}: {data['agency']}")
    if data["member_since"]:
        out.line(f"  {t('Thành viên liên minh từ', 'Alliance member since')}: {_d(data['member_since'])}"
                 + (f" · {t('đã ký cam kết', 'pledge signed')}" if data["pledge_signed"] else ""))
    for a in data["accounts"]:
        followers = f" · {out.num(a['followers'])}" if a["followers"] is not None else ""
        out.line(f"  - {Platform(a['platform']).label(lang)} {a['handle']} {a['url']}{followers}".rstrip())
    if data["proposal"]:
        p = data["proposal"]
        out.line("  " + t(f"ĐỀ XUẤT TẠM ĐÌNH CHỈ: đủ 3 quyết định mức ≥2 trong 90 ngày vào {_d(p['reached_on'])} "
                          f"({', '.join(p['cases'])})",
                          f"SUSPENSION PROPOSED: 3 decisions of level ≥2 within 90 days reached on "
                          f"{_d(p['reached_on'])} ({', '.join(p['cases'])})"))
    out.line()
    out.line(t(f"Hồ sơ ({len(data['cases'])})", f"Cases ({len(data['cases'])})"))
    for c in data["cases"]:
        out.line(f"  {c['ref']:<13} {Status(c['status']).label(lang):<15} {Category(c['category']).label(lang)}")
    out.line()
    out.line(t("Chi tiết điểm trừ", "Breakdown"))
    if not data["breakdown"]:
        out.line("  " + t("Chưa có quyết định nào.", "No decisions yet."))
    for p in data["breakdown"]:
        out.line("  " + _point_line(p, out))
    return 0


def _point_line(p: dict[str, Any], out: Output) -> str:
    lang, t = out.lang, out.t
    head = f"{_d(p['decided_on'])} {p['case']:<13} {Outcome(p['outcome']).label(lang)}"
    state = PointState(p["state"])
    if state == PointState.NO_PENALTY:
        return f"{head}: {t('0 điểm', '0 points')}"
    if state == PointState.REPLACED:
        return f"{head}: {t('được thay bằng quyết định khác của hồ sơ', 'replaced by another decision on its case')}"
    if state == PointState.EXPIRED:
        return f"{head}: {t('hết hiệu lực ngày', 'expired on')} {_d(p['expires_on'])}"
    factors = [str(p["penalty"])]
    if p["repeat"] != 1:
        factors.append(f"× {_num(p['repeat'], lang)} {t('(tái phạm)', '(repeat)')}")
    if p["correction"] != 1:
        factors.append(f"× {_num(p['correction'], lang)} {t('(đã khắc phục)', '(remedied)')}")
    factors.append(f"× 0,5^({p['age_days']}/{p['half_life_days']})" if lang == "vi"
                   else f"× 0.5^({p['age_days']}/{p['half_life_days']})")
    return f"{head}: {' '.join(factors)} = −{_num(p['remaining'], lang)}"


def _num(value: float | None, lang: str) -> str:
    if value is None:  # not yet assessed: no score to print
        return "—"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def _d(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def cmd_list(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    as_of = args.as_of or credibility.today(ws)
    with ws.db.read() as conn:
        entries = credibility.register(raw_connection(conn), as_of, args.band, args.sort, args.search)
    if args.json:
        out.json([
            {"id": e.influencer.id, "name": e.influencer.name, "agency": e.influencer.agency, "score": e.score,
             "band": e.band.value, "cases": e.influencer.case_count, "counting": e.counting,
             "platforms": list(e.influencer.platforms), "member_since": e.influencer.member_since,
             "pledge_signed": e.influencer.pledge_signed, "proposal": e.proposal is not None}
            for e in entries
        ])
        return 0
    lang = out.lang
    for e in entries:
        flag = "!" if e.proposal else " "
        out.line(f"{e.influencer.name[:32]:<32} {flag} {_num(e.score, lang):>5}  {e.band.label(lang):<20} "
                 f"{e.influencer.case_count:>5}  {', '.join(Platform(p).label(lang) for p in e.influencer.platforms)}")
    out.line(out.t(f"{len(entries)} người có ảnh hưởng (điểm ngày {date_text_iso(as_of)})",
                   f"{len(entries)} influencers (scores as of {date_text_iso(as_of)})"))
    return 0


def date_text_iso(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def cmd_proposals(ws: Workspace, args: argparse.Namespace, out: Output) -> int:
    as_of = args.as_of or credibility.today(ws)
    with ws.db.read() as conn:
        proposals = credibility.pending_proposals(raw_connection(conn), as_of)
    if args.json:
        out.json([
            {"influencer_id": p.influencer_id, "name": p.name, "proposal": "suspension",
             "reached_on": p.reached_on.isoformat(), "window_start": p.window_start.isoformat(),
             "decisions": list(p.decision_ids), "cases": list(p.case_refs), "score": p.score, "band": p.band.value}
            for p in proposals
        ])
        return 0
    for p in proposals:
        out.line(f"{p.name[:32]:<32} {date_text_iso(p.reached_on)}  {', '.join(p.case_refs)}")
    out.line(out.t(f"{len(proposals)} đề xuất tạm đình chỉ chờ đưa vào cuộc họp",
                   f"{len(proposals)} suspension proposal(s) waiting for a meeting"))
    return 0


__all__ = ["profile_json", "register"]
