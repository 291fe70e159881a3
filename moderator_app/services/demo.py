"""The demo workspace: a committee's life, simulated through the real services.

A small committee (the local member as chair, eight simulated members each with a device of
their own) works through reports over months: triage, investigation, replies, meetings every two
weeks, decisions, appeals, monitoring. Every change is made by the same service functions the
application uses, as events in each member's own chain, so the demo exercises the one write
path and looks like a workspace that has synced with colleagues.

A few scam campaigns run through the story: each hires several influencers, and the reports
about their posts share the campaign's phone number (written many ways), bank account, shop link
and Zalo group, so the indicators that link cases across influencers have something to show.
Cases about scams, misinformation, impersonation and children's privacy lead to takedown requests
to the platform; each platform answers in its own way (quickly or slowly, removing or refusing,
sometimes not at all), members re-check removed content 7 and 30 days on, and some of it comes
back, so the platforms' record and the queue's takedown views have something to show.
The demo ends by extracting every report's indicators, as the application does in the
background.

Time is simulated: the hybrid clock is driven by the simulation, in order, ending just before
the start of the day the demo is made (``story_end``). The same seed and case count give the same
committee, cases, reports and decisions, with the same texts, on any day and at any hour (dated
relative to that day).

The demo is built in a scratch database that replaces the empty one only when complete, so an
interrupted demo leaves the workspace empty and running it again completes it.
"""

from __future__ import annotations

import base64
import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from moderator_app.domain.clock import local_date, ms_from_date
from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Source, Status
from moderator_app.domain.errors import UserError
from moderator_app.domain.hlc import wall_ms
from moderator_app.domain.ids import CROCKFORD
from moderator_app.domain.sla import DAY_MS, HOUR_MS
from moderator_app.domain.takedowns import Channel as TakedownChannel
from moderator_app.domain.takedowns import Result as TakedownResult
from moderator_app.domain.takedowns import due_at
from moderator_app.domain.text import fold
from moderator_app.store.database import raw_connection

from . import demo_text as T
from .cases import CaseChanges, CaseKey, add_note_in, monitoring_end, update_in
from .meetings import (
    FollowUpInput,
    add_to_agenda_in,
    appeal_in,
    create_meeting_in,
    finalize_in,
    record_decision_in,
    reply_asked,
    set_attendance_in,
)
from .reports import ReportInput, file_report_in
from .takedowns import answer_in, recheck_in, request_in
from .transaction import Author, Transaction
from .workspace import Workspace

Progress = Callable[[int, int], None]

CATEGORY_WEIGHTS = {
    Category.UNDISCLOSED_AD: 22,
    Category.FALSE_CLAIM: 15,
    Category.UNVERIFIED_PRODUCT: 9,
    Category.RESTRICTED_PRODUCT: 12,
    Category.MISINFORMATION: 12,
    Category.FRAUD: 10,
    Category.FAKE_ENGAGEMENT: 5,
    Category.OFFENSIVE: 6,
    Category.PRIVACY_CHILD: 3,
    Category.IMPERSONATION: 4,
    Category.FAILURE_TO_CORRECT: 2,
}
PLATFORM_WEIGHTS = {
    Platform.TIKTOK: 34,
    Platform.FACEBOOK: 28,
    Platform.YOUTUBE: 15,
    Platform.INSTAGRAM: 10,
    Platform.ZALO: 6,
    Platform.THREADS: 4,
    Platform.OTHER: 3,
}
# Takedown requests: the odds that a case leads to one (an urgent case's are higher), and each
# platform's habits: its answers' weights, the median hours it takes, how often removed content
# comes back. Invented for the demo, not anyone's measurement.
TAKEDOWN_ODDS = {Category.FRAUD: 0.55, Category.PRIVACY_CHILD: 0.8, Category.MISINFORMATION: 0.4,
                 Category.IMPERSONATION: 0.5, Category.RESTRICTED_PRODUCT: 0.3, Category.FALSE_CLAIM: 0.12,
                 Category.OFFENSIVE: 0.2}
URGENT_TAKEDOWN_ODDS = 0.9
CHANNEL_WEIGHTS = {TakedownChannel.EMAIL: 45, TakedownChannel.FORM: 35, TakedownChannel.LETTER: 20}


@dataclass(frozen=True, slots=True)
class _Habit:
    answers: dict[TakedownResult, int]
    hours: float  # median hours to an answer
    back: float  # odds that removed content is up again at a re-check


PLATFORM_HABITS: dict[Platform, _Habit] = {
    Platform.TIKTOK: _Habit({TakedownResult.REMOVED: 72, TakedownResult.PARTIAL: 8, TakedownResult.REFUSED: 12,
                             TakedownResult.NONE: 8}, 16, 0.10),
    Platform.FACEBOOK: _Habit({TakedownResult.REMOVED: 60, TakedownResult.PARTIAL: 10, TakedownResult.REFUSED: 18,
                               TakedownResult.NONE: 12}, 30, 0.08),
    Platform.YOUTUBE: _Habit({TakedownResult.REMOVED: 55, TakedownResult.PARTIAL: 5, TakedownResult.REFUSED: 30,
                              TakedownResult.NONE: 10}, 40, 0.05),
    Platform.INSTAGRAM: _Habit({TakedownResult.REMOVED: 62, TakedownResult.PARTIAL: 8,
                                TakedownResult.REFUSED: 18, TakedownResult.NONE: 12}, 28, 0.07),
    Platform.ZALO: _Habit({TakedownResult.REMOVED: 45, TakedownResult.PARTIAL: 5, TakedownResult.REFUSED: 15,
                           TakedownResult.NONE: 35}, 60, 0.15),
    Platform.THREADS: _Habit({TakedownResult.REMOVED: 50, TakedownResult.PARTIAL: 5, TakedownResult.REFUSED: 20,
                              TakedownResult.NONE: 25}, 50, 0.08),
    Platform.OTHER: _Habit({TakedownResult.REMOVED: 35, TakedownResult.PARTIAL: 5, TakedownResult.REFUSED: 25,
                            TakedownResult.NONE: 35}, 72, 0.2),
}
REFUSAL_REASONS = (
    "Nền tảng cho rằng nội dung không vi phạm tiêu chuẩn cộng đồng",
    "Nền tảng đề nghị cung cấp thêm bằng chứng",
    "Nền tảng yêu cầu văn bản của cơ quan có thẩm quyền",
    "Nội dung đã được chủ tài khoản chỉnh sửa",
)

SOURCE_WEIGHTS = {Source.HOTLINE: 60, Source.PLATFORM: 12, Source.PRESS: 8, Source.MEMBER: 15, Source.AUTHORITY: 5}

# How a case's life unfolds; time cuts it short for recent cases, which is what leaves the
# queue with cases in every status.
# Most reports to a self-regulator end at triage (out of scope, no evidence, fixed informally);
# about one case in five reaches a formal decision, as with the UK ASA's complaints.
PLANS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (30, ("triage", "rejected")),
    (14, ("triage", "closed_informal")),
    (10, ("triage", "investigating", "closed_informal")),
    (1, ("triage", "investigating")),
    (5, ("triage", "investigating", "awaiting_reply", "closed_informal")),
    (5, ("triage", "investigating", "awaiting_reply", "investigating", "scheduled", "decided", "monitoring",
          "closed")),
    (5, ("triage", "investigating", "awaiting_reply", "scheduled", "decided", "closed")),
    (3, ("triage", "investigating", "scheduled", "decided", "closed")),  # a reason to skip the reply
    (5, ("triage", "investigating", "awaiting_reply", "scheduled", "decided", "monitoring", "closed")),
    (3, ("triage", "investigating", "scheduled", "decided", "appeal", "scheduled", "decided", "closed")),
)
# A path through the workflow ending in each status: a small demo whose timeline left a status
# empty gets one last case walked down it (see ``_Simulation.cover_every_status``).
COVER_PATHS: dict[Status, tuple[str, ...]] = {
    Status.RECEIVED: (),
    Status.TRIAGE: ("triage",),
    Status.INVESTIGATING: ("triage", "investigating"),
    Status.AWAITING_REPLY: ("triage", "investigating", "awaiting_reply"),
    Status.SCHEDULED: ("triage", "investigating", "awaiting_reply", "scheduled"),
    Status.DECIDED: ("triage", "investigating", "awaiting_reply", "decided"),
    Status.MONITORING: ("triage", "investigating", "awaiting_reply", "decided", "monitoring"),
    Status.APPEAL: ("triage", "investigating", "awaiting_reply", "decided", "appeal"),
    Status.CLOSED: ("triage", "closed_informal"),
    Status.REJECTED: ("triage", "rejected"),
}
# Hours before a step, (low, high).
DELAYS: dict[str, tuple[int, int]] = {
    "triage": (2, 96),
    "rejected": (6, 120),
    "closed_informal": (24, 400),
    "investigating": (12, 200),
    "awaiting_reply": (24, 240),
    "scheduled": (24, 400),
    "monitoring": (24, 72),
    "closed": (24, 200),
    "appeal": (48, 400),
}
MEETING_EVERY_DAYS = 14
MEETING_LEAD_DAYS = 20
OUTCOMES_BY_SEVERITY = (
    (Outcome.NOT_UPHELD, 18),
    (Outcome.INFORMALLY_RESOLVED, 4),
    (Outcome.REMINDER, 26),
    (Outcome.WARNING_AMEND, 24),
    (Outcome.PUBLIC_CORRECTION, 13),
    (Outcome.NAMED_NONCOMPLIANT, 8),
    (Outcome.SUSPENSION, 4),
    (Outcome.EXPULSION, 1),
    (Outcome.REFERRAL, 2),
)
# Scam campaigns: a few % of new posts while one runs (each runs for CAMPAIGN_SPAN of the story),
# and at least MIN_CAMPAIGN_CASES cases each in a small demo, so links across influencers show.
CAMPAIGN_SHARE = 0.03
CAMPAIGN_SPAN = 0.3
MIN_CAMPAIGN_CASES = 8
CAMPAIGN_CATEGORIES = {Category.FRAUD: 70, Category.UNDISCLOSED_AD: 15, Category.FALSE_CLAIM: 15}
# Mobile prefixes in use in Viet Nam (09x, 03x, 08x), valid for libphonenumber.
MOBILE_PREFIXES = ("090", "091", "093", "094", "096", "097", "098", "032", "033", "034", "035", "036", "037",
                   "038", "039", "081", "082", "083", "084", "085", "086", "088", "089")


@dataclass
class DemoSummary:
    cases: int = 0
    reports: int = 0
    influencers: int = 0
    meetings: int = 0
    decisions: int = 0
    events: int = 0
    campaign_cases: int = 0  # cases about a scam campaign's posts
    takedowns: int = 0  # takedown requests sent to platforms
    indicators: int = 0  # distinct indicators extracted from the reports


@dataclass(slots=True)
class _Influencer:
    name: str
    accounts: list[tuple[Platform, str]]


@dataclass(slots=True)
class _Campaign:
    """A scam that hires influencers; its reports name its phone, account, shop and group."""

    shop: str
    domain: str
    product: str
    bank: str
    phone: str  # national form, 0xxxxxxxxx
    account: str
    group: str  # the Zalo group's invitation code
    hired: list[_Influencer]
    start_ms: int
    end_ms: int


@dataclass(slots=True)
class _Case:
    key: CaseKey
    plan: tuple[str, ...]
    step: int
    category: Category
    influencer: _Influencer
    platform: Platform
    url: str
    campaign: _Campaign | None = None


@dataclass(slots=True)
class _Meeting:
    index: int
    day: date
    at_ms: int
    id: str | None = None
    agenda: list[_Case] = field(default_factory=list)


def _weighted(rng: random.Random, table: dict | tuple) -> object:  # type: ignore[type-arg]
    items = list(table.items()) if isinstance(table, dict) else list(table)
    total = sum(w for _, w in items)
    pick = rng.random() * total
    for value, weight in items:
        pick -= weight
        if pick < 0:
            return value
    return items[-1][0]


class _Simulation:
    def __init__(self, ws: Workspace, cases: int, seed: int, now_ms: int) -> None:
        self.ws = ws
        self.total = cases
        self.rng = random.Random(seed)
        # Takedowns draw from their own stream, so adding them left the rest of the story as it was.
        self.td_rng = random.Random(seed * 7919 + 24)
        self.now_ms = now_ms
        self.sim_now = 0
        span_days = min(1100, max(180, cases // 5))
        self.start_ms = now_ms - span_days * DAY_MS
        self.summary = DemoSummary()
        self.heap: list[tuple[int, int, str, object]] = []
        self._counter = 0
        self.members: list[tuple[str, str, Author]] = []  # (member id, role, author)
        self.influencers: list[_Influencer] = []
        self.meetings: list[_Meeting] = []
        self.campaigns: list[_Campaign] = []
        self.campaign_odds = 0.0  # of a new post being a running campaign's, per campaign running

    # --- the clock ---------------------------------------------------------------------------

    def at(self, ms: int) -> None:
        self.sim_now = max(self.sim_now, ms)

    def push(self, when: int, kind: str, data: object) -> None:
        if when >= self.now_ms:
            return  # the future: this step has not happened yet
        self._counter += 1
        heapq.heappush(self.heap, (when, self._counter, kind, data))

    # --- cast --------------------------------------------------------------------------------

    def cast(self, tx: Transaction) -> None:
        """The committee's roster and the influencers it watches, at the start of the story."""
        rng = self.rng
        me = tx.ws.identity
        # The chair's first act founds the committee; the chair then adds the members.
        for name, role in T.COMMITTEE:
            member_id = tx.new_id()
            device_id = "".join(rng.choice(CROCKFORD) for _ in range(10)).lower()
            key = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32)).public_key()
            public = base64.b64encode(
                key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            ).decode("ascii")
            tx.emit(
                "member.added",
                member_id,
                {"name": name, "role": role, "devices": [{"id": device_id, "name": "", "public_key": public}]},
            )
            self.members.append((member_id, role, Author(device_id, member_id, 1, "0" * 64)))
        self.members.append((me.member_id, "chair", tx.me))
        n = max(30, self.total // 25)
        seen: set[str] = set()
        secretary = self.author("secretary")
        with tx.acting_as(secretary):
            while len(self.influencers) < n:
                name = self._influencer_name()
                if fold(name) in seen:
                    continue
                seen.add(fold(name))
                platforms = rng.sample(list(PLATFORM_WEIGHTS), k=rng.choice((1, 1, 2, 2, 3)))
                handle_base = fold(name).replace(" ", "")
                accounts = []
                for p in platforms:
                    handle = "@" + handle_base + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")
                    accounts.append((p, handle))
                inf = _Influencer(name, accounts)
                self.influencers.append(inf)
                payload: dict[str, object] = {
                    "name": name,
                    "agency": rng.choice(T.AGENCIES),
                    "accounts": [
                        {
                            "id": tx.new_id(),
                            "platform": p.value,
                            "handle": h,
                            "url": f"https://www.{T.HOSTS[p.value]}/{h}",
                            "followers": int(rng.lognormvariate(11, 1.6)),
                        }
                        for p, h in accounts
                    ],
                }
                if rng.random() < 0.4:
                    payload["member_since"] = local_date(self.start_ms).isoformat()
                    payload["pledge_signed"] = True
                tx.emit("influencer.created", tx.new_id(), payload)
                self.summary.influencers += 1

    def plan_campaigns(self) -> None:
        """Three or four scams over the story, each hiring a handful of the influencers."""
        rng = self.rng
        count = 3 if self.total < 5000 else 4
        span = self.now_ms - self.start_ms
        hires = max(4, min(30, self.total // 400))
        for i, (shop, domain, product, bank) in enumerate(T.CAMPAIGNS[:count]):
            begins = 0.05 + (0.95 - CAMPAIGN_SPAN - 0.05) * i / (count - 1)
            self.campaigns.append(_Campaign(
                shop, domain, product, bank,
                phone=rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}",
                account=rng.choice("234567") + f"{rng.randint(0, 10**12 - 1):012d}",  # never a phone number
                group="".join(rng.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(10)),
                hired=rng.sample(self.influencers, min(hires, len(self.influencers))),
                start_ms=self.start_ms + int(span * begins),
                end_ms=self.start_ms + int(span * (begins + CAMPAIGN_SPAN)),
            ))
        share = min(0.25, max(CAMPAIGN_SHARE, MIN_CAMPAIGN_CASES * count / self.total))
        self.campaign_odds = share / (CAMPAIGN_SPAN * count)

    def campaign_at(self, at_ms: int) -> _Campaign | None:
        """The campaign a new post at ``at_ms`` belongs to, if any."""
        running = [c for c in self.campaigns if c.start_ms <= at_ms < c.end_ms]
        if not running or self.rng.random() >= self.campaign_odds * len(running):
            return None
        return self.rng.choice(running)

    def campaign_text(self, c: _Campaign) -> str:
        """A report about a campaign's post, naming some of its indicators as people write them."""
        rng = self.rng
        digits = c.account
        account = rng.choice((digits, " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))))
        link = rng.choice((f"https://{c.domain}/khuyen-mai?utm_source=tiktok", c.domain,
                           f"www.{c.domain}/sp/{rng.randint(1000, 99999)}", f"https://www.{c.domain}"))
        group = rng.choice((f"https://zalo.me/g/{c.group}", f"zalo.me/g/{c.group}"))
        price = f"{rng.randint(2, 30) * 100:,}.000".replace(",", ".")
        return rng.choice(T.CAMPAIGN_REPORTS).format(product=c.product, shop=c.shop, phone=phone_written(rng, c.phone),
                                                     account=account, bank=c.bank, link=link, group=group, price=price)

    def _influencer_name(self) -> str:
        rng = self.rng
        roll = rng.random()
        given = rng.choice(T.GIVEN)
        if roll < 0.45:
            return f"{rng.choice(T.FAMILY)} {rng.choice(T.MIDDLE)} {given}"
        if roll < 0.75:
            return f"{given} {rng.choice(T.NICK_AFTER)}"
        if roll < 0.9:
            return f"{rng.choice(T.NICK_BEFORE)} {given} {rng.choice(T.NICK_AFTER)}"
        return f"{rng.choice(T.FAMILY)} {given} {rng.choice(T.NICK_AFTER)}"

    def author(self, role: str) -> Author:
        options = [a for _, r, a in self.members if r == role]
        return self.rng.choice(options)

    def worker(self) -> tuple[str, Author]:
        """A member who triages and investigates (not the observer)."""
        member_id, _, author = self.rng.choice([m for m in self.members if m[1] != "observer"])
        return member_id, author

    # --- meetings ----------------------------------------------------------------------------

    def plan_meetings(self) -> None:
        # Every two weeks from a fixed distance after the start, so the meetings fall at the same
        # moments of the story whatever day it is made (on the weekday that lands on).
        day = local_date(self.start_ms) + timedelta(days=MEETING_LEAD_DAYS)
        horizon = self.now_ms + (MEETING_LEAD_DAYS + MEETING_EVERY_DAYS) * DAY_MS
        index = 0
        while ms_from_date(day) < horizon:
            at = ms_from_date(day) + 9 * HOUR_MS
            meeting = _Meeting(index, day, at)
            self.meetings.append(meeting)
            self.push(at - MEETING_LEAD_DAYS * DAY_MS, "meeting_create", meeting)
            self.push(at, "meeting_hold", meeting)
            day += timedelta(days=MEETING_EVERY_DAYS)
            index += 1

    def next_meeting(self, after_ms: int) -> _Meeting | None:
        for m in self.meetings:
            if m.at_ms > after_ms + DAY_MS and m.id is not None:
                return m
        return None

    def create_meeting(self, tx: Transaction, m: _Meeting) -> None:
        chair = next(a for _, r, a in self.members if r == "chair")
        with tx.acting_as(chair):
            title = f"Phiên họp số {m.index + 1:03d}/{m.day.year}"
            secretary = next(mid for mid, r, _ in self.members if r == "secretary")
            m.id = create_meeting_in(tx, title, m.day, self.rng.choice(T.PLACES), chair=chair.member_id,
                                     secretary=secretary)
        self.summary.meetings += 1

    def hold_meeting(self, tx: Transaction, m: _Meeting) -> None:
        if m.id is None:
            return
        rng = self.rng
        secretary = self.author("secretary")
        present = 0
        with tx.acting_as(secretary):
            drawn = {member_id: str(_weighted(rng, {"present": 85, "absent": 8, "excused": 7}))
                     for member_id, _, _ in self.members}
            quorum = len([r for _, r, _ in self.members if r != "observer"]) // 2 + 1
            for member_id, role, _ in self.members:  # the chair phones round until there is a quorum
                if sum(1 for mid, r, _ in self.members if r != "observer" and drawn[mid] == "present") >= quorum:
                    break
                if role != "observer":
                    drawn[member_id] = "present"
            for member_id, _, _ in self.members:
                status = drawn[member_id]
                present += status == "present"
                set_attendance_in(tx, m.id, member_id, status)
            for case in m.agenda:
                outcome = self._outcome(case.category)
                against = rng.randint(0, max(0, present // 4))
                abstain = rng.randint(0, 1)
                votes = {"for": max(1, present - against - abstain), "against": against, "abstain": abstain}
                follow_ups = []
                if outcome.level >= 2:
                    follow_ups.append(FollowUpInput(rng.choice(T.FOLLOW_UPS), self.worker()[0],
                                                    m.day + timedelta(days=rng.choice((3, 7, 14)))))
                rationale = rng.choice(T.rationales(case.category.value, outcome.value, outcome.level))
                record_decision_in(tx, m.id, case.key, outcome, rationale, votes,
                                   published=rng.random() < 0.6 and outcome.level > 0, follow_ups=follow_ups)
                self.summary.decisions += 1
                self.schedule_next(case)
            m.agenda.clear()
        if m.at_ms + 3 * HOUR_MS < self.now_ms:
            with tx.acting_as(secretary):
                self.write_minutes(tx, m.id)
            chair = next(a for _, r, a in self.members if r == "chair")  # no draw: the story stays the same
            with tx.acting_as(chair):  # DOMAIN.md: the chair finalizes meetings
                finalize_in(tx, m.id)

    def write_minutes(self, tx: Transaction, meeting_id: str) -> None:
        """The secretary's minutes: an opening line and the generated summary."""
        from moderator_app.store.meeting_queries import meeting_detail
        from moderator_app.store.projection.fields import current_heads

        from .meeting_summary import meeting_summary
        from .meetings import quorum_in

        detail = meeting_detail(tx.conn, meeting_id)
        assert detail is not None
        text = "Ban tự giám sát họp định kỳ, xem xét các hồ sơ trong chương trình.\n\n" + meeting_summary(
            detail, quorum_in(tx, meeting_id), "vi")
        tx.emit("meeting.updated", meeting_id, {"changes": {"minutes": {
            "from": detail.meeting.minutes, "to": text,
            "base": current_heads(tx.proj, "meeting", meeting_id, "minutes")}}})

    def _outcome(self, category: Category) -> Outcome:
        table = list(OUTCOMES_BY_SEVERITY)
        if category in (Category.FRAUD, Category.PRIVACY_CHILD):
            table = [(o, w * (3 if o.level >= 4 else 1)) for o, w in table]
        return _weighted(self.rng, tuple(table))  # type: ignore[return-value]

    # --- cases -------------------------------------------------------------------------------

    def file_new_post(self, tx: Transaction, at_ms: int) -> _Case | None:
        """A report about a new post (popular influencers more often); the case it opened, with no
        plan yet, or ``None`` when it joined an open one."""
        rng = self.rng
        campaign = self.campaign_at(at_ms)
        if campaign is None:
            idx = int(len(self.influencers) * rng.random() ** 2)
            inf = self.influencers[idx]
            category: Category = _weighted(rng, CATEGORY_WEIGHTS)  # type: ignore[assignment]
        else:
            inf = rng.choice(campaign.hired)
            category = _weighted(rng, CAMPAIGN_CATEGORIES)  # type: ignore[assignment]
        platform, handle = rng.choice(inf.accounts)
        url = f"https://www.{T.HOSTS[platform.value]}/{handle}/video/{rng.randint(10**9, 10**10 - 1)}"
        urgent = rng.random() < {Category.FRAUD: 0.3, Category.PRIVACY_CHILD: 0.5}.get(category, 0.02)
        _, author = self.worker()
        with tx.acting_as(author):
            filed = file_report_in(tx, self._report(inf, platform, handle, category, url, at_ms, urgent, campaign))
        self.summary.reports += not filed.duplicate
        if filed.attached:
            return None
        self.summary.cases += 1
        self.summary.campaign_cases += campaign is not None
        return _Case(CaseKey(filed.case_id, filed.ref), (), 0, category, inf, platform, url, campaign)

    def open_case(self, tx: Transaction, at_ms: int) -> None:
        rng = self.rng
        case = self.file_new_post(tx, at_ms)
        if case is None:
            return
        case.plan = _weighted(rng, tuple((p, w) for w, p in PLANS))  # type: ignore[assignment]
        self.schedule_next(case, at_ms)
        if rng.random() < 0.22:
            for _ in range(rng.randint(1, 3)):
                self.push(at_ms + rng.randint(1, 72) * HOUR_MS, "extra_report", case)

    def _report(self, inf: _Influencer, platform: Platform, handle: str, category: Category, url: str,
                at_ms: int, urgent: bool, campaign: _Campaign | None = None) -> ReportInput:
        rng = self.rng
        if campaign is not None:
            description = self.campaign_text(campaign)
        else:
            template = rng.choice(T.DESCRIPTIONS[category.value])
            description = template.format(product=rng.choice(T.PRODUCTS), percent=rng.choice((20, 30, 45, 60)),
                                          day=rng.randint(1, 28), month=rng.randint(1, 12))
        reporter = ""
        if rng.random() < 0.7:
            reporter = rng.choice((f"09{rng.randint(10_000_000, 99_999_999)}",
                                   f"{fold(rng.choice(T.GIVEN)).replace(' ', '')}{rng.randint(1, 999)}@example.vn"))
        return ReportInput(
            influencer=inf.name,
            platform=platform,
            category=category,
            url=url,
            description=description,
            reporter=reporter,
            source=_weighted(rng, SOURCE_WEIGHTS),  # type: ignore[arg-type]
            handle=handle,
            seen_at=at_ms - rng.randint(1, 72) * HOUR_MS,
            received_at=at_ms,
            urgent=urgent,
        )

    def extra_report(self, tx: Transaction, case: _Case) -> None:
        """Another report about the same post, while its case is still open."""
        status = tx.scalar("SELECT status FROM cases WHERE id = ?", (case.key.id,))
        if not Status(status).is_open:
            return
        _, author = self.worker()
        with tx.acting_as(author):
            filed = file_report_in(
                tx, self._report(case.influencer, case.platform, "", case.category, case.url, self.sim_now, False,
                                 case.campaign)
            )
        self.summary.reports += not filed.duplicate  # the same report twice is stored once

    def schedule_next(self, case: _Case, base_ms: int | None = None) -> None:
        if case.step >= len(case.plan):
            return
        step = case.plan[case.step]
        if step == "decided":
            return  # the meeting decides it
        low, high = DELAYS[step]
        if step == "closed" and case.step > 0 and case.plan[case.step - 1] == "monitoring":
            low, high = 90 * 24, 92 * 24
        if step == "scheduled" and case.step > 0 and case.plan[case.step - 1] == "appeal":
            low, high = 10 * 24, 25 * 24  # an appeal is reviewed before it goes back to a meeting
        when = (base_ms or self.sim_now) + self.rng.randint(low * 60, high * 60) * 60_000
        self.push(when, "step", case)

    def skip_reply_reason(self, tx: Transaction, case: _Case) -> str:
        """The committee asks for the influencer's reply before a meeting; a case whose plan skips
        that step (an appeal's first hearing) goes with a recorded reason, an urgent one without."""
        row = tx.one("SELECT status, urgent FROM cases WHERE id = ?", (case.key.id,))
        if row is None or row[0] in (Status.APPEAL.value, Status.SCHEDULED.value) or row[1]:
            return ""
        if reply_asked(tx, case.key.id):
            return ""
        return self.rng.choice(T.SKIP_REPLY_REASONS)

    def step(self, tx: Transaction, case: _Case) -> None:
        rng = self.rng
        step = case.plan[case.step]
        case.step += 1
        member_id, author = self.worker()
        with tx.acting_as(author):
            if step == "triage":
                priority = _weighted(rng, {Priority.CRITICAL: 5, Priority.HIGH: 20, Priority.NORMAL: 60,
                                           Priority.LOW: 15})
                update_in(tx, case.key, CaseChanges(status=Status.TRIAGE, assignee=member_id,
                                                    priority=priority))  # type: ignore[arg-type]
                self.plan_takedown(tx, case)
            elif step == "scheduled":
                meeting = self.next_meeting(self.sim_now)
                if meeting is None:
                    return
                recommendation = rng.choice(("", "Đề nghị nhắc nhở", "Đề nghị cảnh cáo"))
                add_to_agenda_in(tx, meeting.id or "", case.key, recommendation, self.skip_reply_reason(tx, case))
                meeting.agenda.append(case)
                case.step += 1  # "decided" happens at the meeting
                return
            elif step == "rejected":
                update_in(tx, case.key, CaseChanges(status=Status.REJECTED, reason=rng.choice(T.REJECT_REASONS)))
            elif step == "closed_informal":
                update_in(tx, case.key, CaseChanges(status=Status.CLOSED, reason=rng.choice(T.CLOSE_REASONS)))
            elif step == "closed":
                end = monitoring_end(tx, case.key.id)
                status = Status(tx.scalar("SELECT status FROM cases WHERE id = ?", (case.key.id,)))
                if end is not None and status == Status.DECIDED:
                    # A sanction is monitored for three months before the case is closed (DOMAIN.md).
                    update_in(tx, case.key, CaseChanges(status=Status.MONITORING))
                    case.plan = (*case.plan[: case.step - 1], "monitoring", *case.plan[case.step - 1:])
                    self.push(self.sim_now + self.rng.randint(90 * 24 * 60, 92 * 24 * 60) * 60_000, "step", case)
                    return
                if end is not None and local_date(self.sim_now) < end:
                    self.push(self.sim_now + (end - local_date(self.sim_now)).days * 86_400_000 + 3_600_000,
                              "step", case)
                    case.step -= 1
                    return
                reason = "Hoàn tất giám sát" if end is not None else "Đã thực hiện xong quyết định"
                update_in(tx, case.key, CaseChanges(status=Status.CLOSED, reason=reason))
            elif step == "appeal":  # lodged by the secretary; the case goes to a meeting as its plan says
                with tx.acting_as(self.author("secretary")):
                    appeal_in(tx, case.key, rng.choice(T.APPEAL_REASONS), local_date(self.sim_now), schedule=False)
            else:
                update_in(tx, case.key, CaseChanges(status=Status(step)))
            if rng.random() < 0.25:
                add_note_in(tx, case.key, rng.choice(T.NOTES))
        self.schedule_next(case)

    # --- takedown requests --------------------------------------------------------------------

    def plan_takedown(self, tx: Transaction, case: _Case) -> None:
        """After triage, a case about harmful content may lead to a request to its platform."""
        rng = self.td_rng
        urgent = bool(tx.scalar("SELECT urgent FROM cases WHERE id = ?", (case.key.id,)))
        odds = URGENT_TAKEDOWN_ODDS if urgent else TAKEDOWN_ODDS.get(case.category, 0.03)
        if "rejected" in case.plan or rng.random() >= odds:
            return
        hours = rng.uniform(1, 6) if urgent else rng.uniform(4, 72)
        self.push(self.sim_now + int(hours * HOUR_MS), "takedown_request", case)

    def send_takedown(self, tx: Transaction, case: _Case) -> None:
        rng = self.td_rng
        status = tx.scalar("SELECT status FROM cases WHERE id = ?", (case.key.id,))
        if status == Status.REJECTED.value:
            return
        again = tx.scalar("SELECT count(*) FROM takedowns WHERE case_id = ?", (case.key.id,))
        channel: TakedownChannel = (TakedownChannel.LETTER if again
                                    else _weighted(rng, CHANNEL_WEIGHTS))  # type: ignore[assignment]
        with tx.acting_as(self.author("secretary")):
            ident = request_in(tx, case.key.id, case.key.ref, case.platform, [case.url], channel, self.sim_now)
        self.summary.takedowns += 1
        habit = PLATFORM_HABITS[case.platform]
        result: TakedownResult = _weighted(rng, habit.answers)  # type: ignore[assignment]
        urgent = bool(tx.scalar("SELECT urgent FROM takedowns WHERE id = ?", (ident,)))
        if result is TakedownResult.NONE:  # the secretary stops waiting some days after the deadline
            when = due_at(self.sim_now, urgent) + rng.randint(3 * 24, 10 * 24) * HOUR_MS
        else:
            hours = rng.lognormvariate(0, 0.7) * habit.hours * (0.6 if urgent else 1.0)
            when = self.sim_now + int(max(0.5, hours) * HOUR_MS)
        self.push(when, "takedown_answer", (case, ident, result))

    def answer_takedown(self, tx: Transaction, data: tuple[_Case, str, TakedownResult]) -> None:
        rng = self.td_rng
        case, ident, result = data
        reason = rng.choice(REFUSAL_REASONS) if result is TakedownResult.REFUSED else ""
        with tx.acting_as(self.author("secretary")):
            answer_in(tx, ident, case.key.id, result, reason, self.sim_now)
        if result in (TakedownResult.REMOVED, TakedownResult.PARTIAL):
            for low, high in ((7, 9), (30, 34)):
                if rng.random() < 0.97:  # a re-check is now and then forgotten: the queue then reminds
                    self.push(self.sim_now + rng.randint(low * 24, high * 24) * HOUR_MS, "takedown_recheck",
                              (case, ident))

    def recheck_takedown(self, tx: Transaction, data: tuple[_Case, str]) -> None:
        rng = self.td_rng
        case, ident = data
        if tx.scalar("SELECT count(*) FROM takedowns WHERE case_id = ? AND sent_at > "
                     "(SELECT sent_at FROM takedowns WHERE id = ?)", (case.key.id, ident)):
            return  # asked for again since: the later request's re-checks follow the content
        still_up = rng.random() < PLATFORM_HABITS[case.platform].back
        member = rng.choice([a for _, r, a in self.members if r != "observer"])
        with tx.acting_as(member):
            recheck_in(tx, ident, case.key.id, self.sim_now, still_up)
        if still_up and rng.random() < 0.8:  # up again: the secretary asks once more, by official letter
            self.push(self.sim_now + rng.randint(4, 72) * HOUR_MS, "takedown_request", case)

    # --- the run -----------------------------------------------------------------------------

    def run(self, batch: int, progress: Progress | None) -> DemoSummary:
        rng = self.rng
        opening = sorted(rng.randint(self.start_ms + 2 * DAY_MS, self.now_ms - HOUR_MS) for _ in range(self.total))
        # The last few reports are kept back for ``cover_every_status``, so the demo still has
        # exactly ``total`` cases when some go to fill a status its timeline left empty.
        reserve = min(len(Status), self.total // 5)
        opening = opening[: self.total - reserve]
        clock = self.ws.clock
        saved = clock._now_ms
        clock._now_ms = lambda: self.sim_now
        try:
            self.at(self.start_ms)
            with self.ws.transaction(rng=rng) as tx:
                self.cast(tx)
            self.summary.events += len(tx.events)
            self.plan_meetings()
            self.plan_campaigns()
            i = 0
            while i < len(opening) or self.heap:
                with self.ws.transaction(rng=rng) as tx:
                    self.members[-1] = (self.members[-1][0], "chair", tx.me)
                    opened_here = 0
                    while opened_here < batch and (i < len(opening) or self.heap):
                        if self.heap and (i >= len(opening) or self.heap[0][0] <= opening[i]):
                            when, _, kind, data = heapq.heappop(self.heap)
                            self.at(when)
                            self.act(tx, kind, data)
                        else:
                            self.at(opening[i])
                            self.open_case(tx, opening[i])
                            i += 1
                            opened_here += 1
                self.summary.events += len(tx.events)
                if progress:
                    progress(i, self.total)
            with self.ws.transaction(rng=rng) as tx:
                self.cover_every_status(tx, reserve)
            self.summary.events += len(tx.events)
            self.extract_indicators()
            if progress:
                progress(self.total, self.total)
        finally:
            clock._now_ms = saved
        return self.summary

    def extract_indicators(self) -> None:
        """Every report's indicators, as the window extracts them in the background (dated at the
        story's end, by this computer's member); the demo has no evidence files to read."""
        from .indicators import extract_pending

        run = extract_pending(self.ws, ocr=None)
        self.summary.events += run.reports + run.evidence  # one ``indicator.extracted`` each
        with self.ws.db.read() as conn:
            self.summary.indicators = int(raw_connection(conn).execute("SELECT count(*) FROM indicators").fetchone()[0])

    def cover_every_status(self, tx: Transaction, budget: int) -> None:
        """Open the ``budget`` reports kept back: each status no case ended in gets one, walked
        down that status's path, so even a small demo shows every status; the rest stay new."""
        present = {row[0] for row in tx.conn.execute("SELECT DISTINCT status FROM cases")}
        missing = [status for status in Status if status.value not in present]
        wanted = (missing + [Status.RECEIVED] * budget)[:budget]
        held: _Meeting | None = None
        walking: list[_Case] = []
        for status in wanted:
            case = self.file_new_post(tx, self.sim_now)
            if case is not None:
                case.plan = COVER_PATHS[status]
                walking.append(case)
        for case in walking:  # up to a decision, which a meeting held now takes for all of them at once
            while case.step < len(case.plan):
                step = case.plan[case.step]
                if step == "scheduled" and self.next_meeting(self.sim_now) is None:
                    upcoming = _Meeting(len(self.meetings), local_date(self.sim_now) + timedelta(days=7),
                                        self.sim_now + 7 * DAY_MS)
                    self.meetings.append(upcoming)
                    self.create_meeting(tx, upcoming)
                if step == "decided":  # decided at a meeting held now
                    if held is None:
                        held = _Meeting(len(self.meetings), local_date(self.sim_now), self.sim_now)
                        self.meetings.append(held)
                        self.create_meeting(tx, held)
                    with tx.acting_as(self.author("secretary")):
                        add_to_agenda_in(tx, held.id or "", case.key, "", self.skip_reply_reason(tx, case))
                    held.agenda.append(case)
                    case.step += 1
                    break
                self.step(tx, case)
        if held is None:
            return
        self.hold_meeting(tx, held)
        for case in walking:  # after the decision: monitoring, an appeal
            while case.step < len(case.plan):
                self.step(tx, case)

    def act(self, tx: Transaction, kind: str, data: object) -> None:
        if kind == "step":
            self.step(tx, data)  # type: ignore[arg-type]
        elif kind == "extra_report":
            self.extra_report(tx, data)  # type: ignore[arg-type]
        elif kind == "meeting_create":
            self.create_meeting(tx, data)  # type: ignore[arg-type]
        elif kind == "meeting_hold":
            self.hold_meeting(tx, data)  # type: ignore[arg-type]
        elif kind == "takedown_request":
            self.send_takedown(tx, data)  # type: ignore[arg-type]
        elif kind == "takedown_answer":
            self.answer_takedown(tx, data)  # type: ignore[arg-type]
        elif kind == "takedown_recheck":
            self.recheck_takedown(tx, data)  # type: ignore[arg-type]


def phone_written(rng: random.Random, national: str) -> str:
    """A Vietnamese mobile number (``0xxxxxxxxx``) as people write it: spaced, dotted, dashed, with
    the country code, in a Zalo link."""
    rest = national[1:]
    return rng.choice((
        national,
        f"{national[:4]} {national[4:7]} {national[7:]}",
        f"{national[:4]}.{national[4:7]}.{national[7:]}",
        f"{national[:4]}-{national[4:7]}-{national[7:]}",
        f"+84 {rest[:3]} {rest[3:6]} {rest[6:]}",
        f"(+84) {rest}",
        f"84{rest}",
        f"zalo.me/{national}",
    ))


def story_end(now_ms: int) -> int:
    """Where the simulated story ends: the start of ``now_ms``'s day in Vietnam.

    The story is laid out backwards from this moment, so demos made on any day with the same seed
    and count are the same story shifted by whole days: the same cases, reports, decisions and
    texts, at the same times of day. (Made at 10:00 or at 16:00, a story ending at "now" would put
    the fortnightly meetings at other moments of it, and different cases would reach them.)
    """
    return ms_from_date(local_date(now_ms))


def generate(
    ws: Workspace,
    cases: int,
    seed: int = 1,
    progress: Progress | None = None,
    batch: int = 5000,
    now_ms: int | None = None,
) -> DemoSummary:
    """Fill an empty workspace with ``cases`` cases of a simulated committee's work."""
    if not ws.is_new():
        raise UserError(
            f"the demo needs an empty workspace, and {ws.root} already holds data; "
            "choose a new folder with --data-dir",
            vi=f"chỉ tạo được dữ liệu mẫu trong một không gian làm việc trống, nhưng {ws.root} đã có dữ liệu; "
               "hãy chọn một thư mục mới bằng --data-dir",
            code="demo_needs_empty_workspace",
        )
    if now_ms is None:
        now_ms = wall_ms() - 10 * 60_000
    with ws.building_database():
        summary = _Simulation(ws, cases, seed, story_end(now_ms)).run(batch, progress)
    ws.set_local_state("hlc", str(ws.clock.last))
    return summary
