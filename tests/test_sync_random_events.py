"""Random, correctly signed events of every type never stop a member's sync.

A member's device may sign anything: an older or newer version's events, a bug's, or events made
up in bad faith. Hypothesis builds bundles of such events from the real shapes of every type
(known codes, ids of things that exist or that an earlier event of the bundle creates), then
often breaks them (a key dropped, a value replaced by any JSON, the case changed), so that some
reach the projection and some are refused. Whatever comes, the receiver's round finishes, the
file is applied, held or refused with a reason that names the event (never a handler's crash), an
honest member's next file still applies, and the store stays sound and readable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from moderator_app.domain.annotations import MarkKind
from moderator_app.domain.enums import Category, Outcome, Platform, Role, Status
from moderator_app.domain.indicators import indicator_id
from moderator_app.domain.letters import LetterKind
from moderator_app.domain.meetings import ATTENDANCE, NO_VOTE, RECUSED, VOTE_CHOICES
from moderator_app.domain.score import Pillar
from moderator_app.services.verify import verify
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.store.projection.schema import SCHEMAS

from .hostile import examples
from .sync_support import close_all, committee_copy, file_report, forge, propagate

# Names filled in with the ids of what the committee holds once the example's store exists.
CASE, INFLUENCER, CHAIR, SECRETARY, MEMBER = "<case>", "<influencer>", "<chair>", "<secretary>", "<member>"
NEW_CASE, MEETING, DECISION, EVIDENCE = "n3wca5e00001", "m33t1ng00001", "d3c1s10n0001", "3v1d3nc30001"
AGENDA, ACCOUNT, ANNOTATION, NOTE, NEW_INFLUENCER = "4gend400001", "acc0unt00001", "4nn0t4t10n01", "n0t3000001", \
    "1nflu3nc3r01"
REPORT, NEW_MEMBER = "r3p0rt000001", "n3wm3mb3r001"
TAKEDOWN, RECHECK = "t4k3d0wn0001", "r3ch3ck00001"

INDICATOR = indicator_id("phone", "+84912345678")
INDICATOR_KINDS = st.sampled_from(["phone", "bank_account", "url", "domain", "handle", "email", "wallet", "image"])

cases = st.sampled_from([CASE, NEW_CASE])
influencers = st.sampled_from([INFLUENCER, NEW_INFLUENCER])
members = st.sampled_from([CHAIR, SECRETARY, MEMBER, NEW_MEMBER])
words = st.text(min_size=1, max_size=20)
INDICATOR_VALUES = st.one_of(words, st.sampled_from(["+84912345678", "0123456789abcdef", "zzzzzzzzzzzzzzzz"]))
days = st.sampled_from(["2026-11-30", "2026-12-31", "2027-01-15", "2026-02-29"])
positions = st.integers(0, 50)
MOMENTS = st.sampled_from([1_796_488_200_000, 1_796_574_600_000, 1_796_661_000_000])  # UTC ms, a day apart
sha = st.sampled_from(["a" * 64, "0123456789abcdef" * 4])
any_json = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10), st.sampled_from([CASE, MEETING, "x"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=6)


def _changes(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    change = {name: st.fixed_dictionaries({"to": values}, optional={"base": st.just([])})
              for name, values in fields.items()}
    return st.lists(st.sampled_from(sorted(change)), min_size=1, max_size=3, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({n: change[n] for n in names}))


def _p(required: dict[str, Any] | None = None, **optional: Any) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {k: v if isinstance(v, st.SearchStrategy) else st.just(v) for k, v in (required or {}).items()},
        optional={k: v if isinstance(v, st.SearchStrategy) else st.just(v) for k, v in optional.items()})


CASE_FIELDS = {"status": st.sampled_from(Status.codes()), "priority": st.integers(1, 4), "urgent": st.booleans(),
               "assignee": st.one_of(st.none(), members), "title": words,
               "category": st.sampled_from(Category.codes()), "platform": st.sampled_from(Platform.codes()),
               "track": st.sampled_from([None, "complaint_removal", "informal", "other"])}
OUTCOMES = st.sampled_from(Outcome.codes())
# type → (entity, case, payload)
SHAPES: dict[str, tuple[Any, Any, st.SearchStrategy[dict[str, Any]]]] = {
    "roster.founded": (members, None, _p({"member": _p({"id": members, "name": words, "role": "chair"}),
                                          "device": _p({"id": "d3v1c3000001", "public_key": "AAAA"})})),
    "member.added": (st.just(NEW_MEMBER), None, _p({"name": words, "role": st.sampled_from(Role.codes())})),
    "member.updated": (members, None, _p({"changes": _changes(
        {"name": words, "role": st.sampled_from(Role.codes()), "active": st.booleans()})})),
    "member.revoked": (members, None, _p()),
    "device.revoked": (st.just("d3v1c3000001"), None, _p({"last_seq": positions}, member=members)),
    "report.filed": (st.just(REPORT), cases, _p(
        {"influencer": influencers, "category": st.sampled_from(Category.codes()),
         "platform": st.sampled_from(Platform.codes())},
        new_case=_p({"ref": "HS-2026-9999"}), url=words, description=words, handle=words)),
    "case.updated": (cases, cases, _p({"changes": _changes(CASE_FIELDS)})),
    "case.merged": (cases, cases, _p({"into": cases})),
    "case.unmerged": (cases, cases, _p({}, **{"from": cases})),
    "note.added": (st.just(NOTE), cases, _p({"body": words})),
    "note.deleted": (st.just(NOTE), cases, _p()),
    "evidence.added": (st.just(EVIDENCE), cases, _p({"sha256": sha, "size": st.integers(0, 10), "mime": "image/png"})),
    "evidence.link_added": (st.just(EVIDENCE), cases, _p({}, url=words, report=st.just(REPORT))),
    "evidence.removed": (st.just(EVIDENCE), cases, _p()),
    "evidence.accessed": (st.sampled_from([EVIDENCE, CASE]), cases, _p(
        {"action": st.sampled_from(["opened", "opened_externally", "copy_saved", "pack_exported"])},
        to=words, files=positions)),
    "evidence.integrity_failed": (st.just(EVIDENCE), cases, _p({}, sha256=sha, problem=words)),
    "indicator.extracted": (st.sampled_from([EVIDENCE, REPORT]), cases, _p(
        {"source": st.sampled_from(["report", "evidence"]), "status": st.sampled_from(["done", "failed", "no_ocr"])},
        items=st.lists(_p({"kind": INDICATOR_KINDS, "value": INDICATOR_VALUES},
                          span=st.lists(st.integers(-1, 90), min_size=2, max_size=2)), max_size=3),
        reason=_p({}, en=words, vi=words))),
    "indicator.added": (st.just("s1ght1ng0001"), cases, _p({"kind": INDICATOR_KINDS, "value": INDICATOR_VALUES})),
    "indicator.removed": (st.sampled_from([INDICATOR, "x"]), cases, _p({"kind": "phone", "value": "+84912345678"})),
    "indicator.marked": (st.sampled_from([INDICATOR, "x"]), None, _p(
        {"kind": "phone", "value": "+84912345678", "relevant": st.booleans()}, reason=words)),
    "annotation.added": (st.just(ANNOTATION), cases, _p(
        {"evidence": EVIDENCE, "kind": st.sampled_from(list(MarkKind)).map(str),
         "geometry": st.dictionaries(st.sampled_from(["x", "y", "w", "h", "page", "start", "end"]),
                                     st.integers(-5, 500), max_size=4)}, label=words)),
    "annotation.edited": (st.just(ANNOTATION), cases, _p({"changes": _changes(
        {"label": st.one_of(st.none(), words), "comment": words, "geometry": st.just({"x": 1, "y": 2})})})),
    "annotation.deleted": (st.just(ANNOTATION), cases, _p()),
    "letter.sent": (st.just("l3tt3r000001"), cases, _p(
        {"kind": st.sampled_from(LetterKind.codes())}, decision=st.just(DECISION), title=words,
        number=_p({"year": st.integers(2025, 2027), "series": st.sampled_from(["TB", "CV", "BB"]),
                   "seq": st.integers(1, 40)}))),
    "register.published": (st.just("r3g1st3r0001"), None, _p({"published_on": days, "decisions": positions})),
    "influencer.created": (st.just(NEW_INFLUENCER), None, _p({"name": words}, accounts=st.lists(
        _p({"id": ACCOUNT, "platform": st.sampled_from(Platform.codes())}), max_size=1))),
    "influencer.updated": (influencers, None, _p({"changes": _changes(
        {"name": words, "agency": st.one_of(st.none(), words), "member_since": st.one_of(st.none(), days),
         "pledge_signed": st.booleans()})})),
    "influencer.account_added": (influencers, None, _p(
        {"account": _p({"id": ACCOUNT, "platform": st.sampled_from(Platform.codes())}, handle=words)})),
    "influencer.account_updated": (influencers, None, _p({"account": ACCOUNT, "changes": _changes(
        {"followers": st.integers(0, 10**9), "handle": words, "platform": st.sampled_from(Platform.codes())})})),
    "influencer.account_removed": (influencers, None, _p({"account": ACCOUNT})),
    "influencer.assessed": (influencers, None, _p(
        {"assessment": "4ss3ss000001", "assessed_on": days,
         "passed": st.lists(st.sampled_from(Pillar.codes()), max_size=5, unique=True)})),
    "influencer.merged": (influencers, None, _p({"into": influencers})),
    "meeting.created": (st.just(MEETING), None, _p({"title": words, "date": days}, chair=members)),
    "meeting.updated": (st.just(MEETING), None, _p({"changes": _changes(
        {"title": words, "date": days, "minutes": st.one_of(st.none(), words),
         "chair": st.one_of(st.none(), members)})})),
    "meeting.finalized": (st.just(MEETING), None, _p()),
    "meeting.minutes_issued": (st.just(MEETING), None, _p(
        {"number": _p({"year": st.integers(2025, 2027), "series": st.sampled_from(["BB", "TB"]),
                       "seq": st.integers(1, 40)})}, file_name=words)),
    "agenda.added": (st.just(AGENDA), st.one_of(st.none(), cases), _p(
        {"meeting": MEETING, "position": positions}, influencer=influencers,
        kind=st.sampled_from(["case", "trigger"]), recommended_outcome=OUTCOMES)),
    "agenda.reordered": (st.just(MEETING), None, _p({"positions": st.fixed_dictionaries(
        {AGENDA: _p({"to": positions}, base=st.just([]))})})),
    "agenda.removed": (st.just(AGENDA), st.one_of(st.none(), cases), _p()),
    "agenda.recommended": (st.just(AGENDA), st.one_of(st.none(), cases), _p({"changes": _changes(
        {"recommended_outcome": st.one_of(st.none(), OUTCOMES), "recommendation": words, "position": positions})})),
    "attendance.set": (st.just(MEETING), None, _p({"member": members, "status": st.sampled_from(ATTENDANCE)})),
    "vote.cast": (st.just(AGENDA), st.one_of(st.none(), cases), _p(
        {"member": members, "choice": st.sampled_from([*VOTE_CHOICES, RECUSED, NO_VOTE])})),
    "decision.recorded": (st.just(DECISION), cases, _p(
        {"meeting": MEETING, "influencer": influencers, "category": st.sampled_from(Category.codes()),
         "outcome": OUTCOMES, "changes": st.just({"status": {"to": "decided"}, "decision": {"to": DECISION}})},
        agenda_item=st.just(AGENDA), rationale=words, votes=_p({}, **{"for": positions}))),
    "decision.updated": (st.just(DECISION), cases, _p({"changes": _changes(
        {"outcome": OUTCOMES, "rationale": st.one_of(st.none(), words), "published": st.booleans(),
         "votes_for": positions})})),
    "decision.corrected": (st.just(DECISION), cases, _p({"changes": _changes({"corrected_on": days})})),
    "decision.appealed": (st.just(DECISION), cases, _p({"changes": st.just({"status": {"to": "appeal"}})})),
    "calendar.day_off_added": (days, None, _p({"name": words})),
    "calendar.day_off_removed": (days, None, _p({}, name=words)),
    "letter.renumbered": (st.just("l3tt3r000001"), st.one_of(st.none(), cases), _p({"seq": st.integers(1, 40)})),
    "committee.profile_set": (st.sampled_from(["place", "abbreviation", "national_motto", "rules", "parent_body"]),
                              None, _p({"value": st.one_of(
                                  words, st.booleans(), st.lists(words, min_size=2, max_size=2),
                                  st.dictionaries(st.sampled_from(Category.codes()),
                                                  st.lists(words, min_size=2, max_size=2), max_size=2))})),
    "privacy.erased": (st.just("3r4s3d000001"), None, _p(
        {"reason": words, "rule": st.sampled_from(["request", "retention"])},
        keys=st.lists(st.sampled_from(["k3y000000001", "k3y000000002"]), max_size=2),
        evidence=st.lists(st.just(EVIDENCE), max_size=1), reports=st.lists(st.just(REPORT), max_size=1))),
    "privacy.retention_set": (st.sampled_from(["reporters", "evidence"]), None,
                              _p({}, months=st.one_of(st.none(), st.integers(1, 1200)))),
    "takedown.requested": (st.just(TAKEDOWN), cases, _p(
        {"platform": st.sampled_from(Platform.codes()), "urls": st.lists(words, max_size=2),
         "via": st.sampled_from(["email", "form", "letter"]), "sent_at": MOMENTS, "due_at": MOMENTS,
         "urgent": st.booleans()}, letter=st.just("l3tt3r000001"))),
    "takedown.answered": (st.just(TAKEDOWN), cases, _p({"changes": _changes(
        {"result": st.sampled_from([None, "removed", "refused", "partial", "none"]), "reason": words,
         "answered_at": st.one_of(st.none(), MOMENTS)})})),
    "takedown.rechecked": (st.just(RECHECK), cases, _p(
        {"takedown": TAKEDOWN, "at": MOMENTS, "still_up": st.booleans()}, evidence=st.just(EVIDENCE))),
}
assert set(SHAPES) == set(SCHEMAS), sorted(set(SCHEMAS) ^ set(SHAPES))


@st.composite
def an_event(draw: st.DrawFn) -> tuple[str, str, dict[str, Any], str | None]:
    kind = draw(st.sampled_from(sorted(SHAPES)))
    entity, case, payload = SHAPES[kind]
    ev_entity = draw(entity)
    ev_case = draw(case) if isinstance(case, st.SearchStrategy) else case
    body = dict(draw(payload))
    damage = draw(st.sampled_from(["none", "none", "none", "drop", "replace", "add", "case"]))
    if damage == "drop" and body:
        body.pop(draw(st.sampled_from(sorted(body))))
    elif damage == "replace" and body:
        body[draw(st.sampled_from(sorted(body)))] = draw(any_json)
    elif damage == "add":
        body[draw(st.sampled_from(["changes", "into", "meeting", "status", "x"]))] = draw(any_json)
    elif damage == "case":
        ev_case = draw(st.sampled_from([None, CASE, NEW_CASE, "n0such1d"]))
    return kind, ev_entity, body, ev_case


# Valid events that create what the others name, so that chains (a meeting, its agenda, a vote on
# it, the decision) reach the projection instead of stopping at "names a meeting that is not here".
SCAFFOLD = [
    ("influencer.created", NEW_INFLUENCER, {"name": "Người mới", "accounts": [{"id": ACCOUNT, "platform": "tiktok"}]},
     None),
    ("note.added", NOTE, {"body": "ghi chú"}, CASE),
    ("evidence.link_added", EVIDENCE, {"url": "https://example.org/a"}, CASE),
    ("meeting.created", MEETING, {"title": "Phiên họp", "date": "2026-12-10"}, None),
    ("agenda.added", AGENDA, {"meeting": MEETING, "position": 1, "kind": "case"}, CASE),
    ("decision.recorded", DECISION, {"meeting": MEETING, "influencer": INFLUENCER, "category": "fraud",
                                     "outcome": Outcome.codes()[0], "agenda_item": AGENDA,
                                     "changes": {"status": {"to": "decided"}, "decision": {"to": DECISION}}}, CASE),
    ("takedown.requested", TAKEDOWN, {"platform": "tiktok", "urls": ["https://www.tiktok.com/@a/video/1"],
                                      "via": "email", "sent_at": 1_796_488_200_000, "due_at": 1_796_661_000_000,
                                      "urgent": False}, CASE),
]


def _fill(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list | tuple):
        return type(value)(_fill(v, names) for v in value)
    if isinstance(value, dict):
        return {_fill(k, names): _fill(v, names) for k, v in value.items()}
    return value


@examples(40)
@given(st.integers(0, len(SCAFFOLD)), st.lists(an_event(), min_size=1, max_size=5), st.booleans())
def test_random_signed_events_never_stop_a_members_sync(tmp_path_factory, scaffold, items, by_chair):
    items = SCAFFOLD[:scaffold] + items
    base: Path = tmp_path_factory.mktemp("random-events")
    committee = committee_copy(tmp_path_factory, base)
    chair, secretary, member = committee
    try:
        filed = file_report(chair.ws)
        chair.sync()
        for m in (secretary, member):
            propagate(chair.view, m.view)
            m.sync()
        with chair.ws.db.read() as conn:
            influencer = raw_connection(conn).execute(
                "SELECT influencer_id FROM cases WHERE id = ?", (filed.case_id,)).fetchone()[0]
        names = {CASE: filed.case_id, INFLUENCER: influencer, CHAIR: chair.ws.identity.member_id,
                 SECRETARY: secretary.ws.identity.member_id, MEMBER: member.ws.identity.member_id}
        writer = chair if by_chair else secretary
        path = forge(writer, [_fill(item, names) for item in items])
        propagate(writer.view, member.view)

        report = member.sync()  # never raises

        rel = f"devices/{writer.device}/bundles/{path.name}"
        outcomes = ([a.file for a in report.applied], {p.file: p.reason for p in report.rejected},
                    [p.file for p in report.pending])
        assert sum(rel in o for o in outcomes) >= 1, report
        if rel in outcomes[1]:
            assert "could not be applied" not in outcomes[1][rel], outcomes[1][rel]  # a refusal, not a crash
        # Another member's next file still goes in (the writer's own later files wait behind a refused one).
        honest = secretary if by_chair else chair
        file_report(honest.ws, url="https://www.tiktok.com/@denvau/video/9")
        honest.sync()
        propagate(honest.view, member.view)
        after = member.sync()
        assert any(a.device == honest.device for a in after.applied), after
        # What was applied is readable and sound.
        with member.ws.db.read() as conn:
            queries.list_cases(raw_connection(conn), queries.CaseFilter(), "opened", True, 100, 0)
        checked = verify(member.ws)
        assert checked.ok, checked.problems
    finally:
        close_all(committee)
