"""Editing influencer profiles: details, accounts, the pillar assessment, and merging two
profiles that turn out to be one person.

Details and accounts are plain last-writer-wins fields (``store.projection.fields``); an
assessment is an add-only row; a merge is an edge from which every member rebuilds the same
kept profile (``store.projection.influencers``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from moderator_app.domain.enums import Platform, Role
from moderator_app.domain.errors import NotAllowed, NotFound, UserError
from moderator_app.domain.score import Pillar
from moderator_app.domain.text import fold
from moderator_app.store import influencer_queries as Q
from moderator_app.store.projection.fields import current_heads

from .influencers import clean_name, handle_key
from .transaction import Transaction
from .workspace import Workspace

WRITERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER, Role.MEMBER)
REVIEWERS = (Role.CHAIR, Role.SECRETARY, Role.REVIEWER)
ORGANISERS = (Role.CHAIR, Role.SECRETARY)
MAX_TEXT = 300
MAX_NOTES = 20_000
MAX_URL = 2_000
MAX_FOLLOWERS = 10**10


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True, slots=True)
class ProfileChanges:
    """Changes to a profile's details; ``UNSET`` fields are left alone."""

    name: Any = UNSET
    agency: Any = UNSET
    contact: Any = UNSET
    notes: Any = UNSET
    member_since: Any = UNSET  # a date, or None
    pledge_signed: Any = UNSET


@dataclass(frozen=True, slots=True)
class AccountChanges:
    platform: Any = UNSET  # Platform
    handle: Any = UNSET
    url: Any = UNSET
    followers: Any = UNSET  # int or None


def find_profile(tx: Transaction, text: str, *, kept: bool = True) -> str:
    """A profile by name or id; with ``kept``, a merged profile is refused, naming the kept one."""
    influencer_id = Q.find_influencer_id(tx.conn, text)
    if kept:
        row = tx.one(
            "SELECT i.name, k.name FROM influencers i JOIN influencers k ON k.id = i.merged_into WHERE i.id = ?",
            (influencer_id,),
        )
        if row is not None:
            raise NotAllowed(f"the profile {row[0]} was merged into {row[1]}; change {row[1]} instead",
                             vi=f"thông tin người có ảnh hưởng {row[0]} đã được gộp vào {row[1]}; hãy sửa {row[1]}",
                             code="profile_merged")
    return influencer_id


# What a text field is called in a refusal: (English, Vietnamese).
_AGENCY = ("agency", "tên công ty quản lý")
_CONTACT = ("contact", "thông tin liên hệ")
_NOTES = ("notes", "ghi chú")
_NOTE = ("note", "ghi chú")
_HANDLE = ("handle", "tên tài khoản")
_URL = ("URL", "đường dẫn")


def _text(value: str, what: tuple[str, str], limit: int = MAX_TEXT) -> str:
    cleaned = str(value).strip()
    if len(cleaned) > limit:
        en, vi = what
        raise UserError(f"the {en} is longer than {limit} characters", vi=f"{vi} dài hơn {limit} ký tự",
                        code="text_too_long")
    return cleaned


def _change(tx: Transaction, kind: str, entity: str, field: str, old: Any, new: Any) -> dict[str, Any]:
    return {"from": old, "to": new, "base": current_heads(tx.proj, kind, entity, field)}


def update_profile_in(tx: Transaction, influencer_id: str, ch: ProfileChanges) -> bool:
    row = tx.one(
        "SELECT name, agency, contact, notes, member_since, pledge_signed FROM influencers WHERE id = ?",
        (influencer_id,),
    )
    assert row is not None
    current = {
        "name": row[0], "agency": row[1], "contact": row[2], "notes": row[3], "member_since": row[4],
        "pledge_signed": bool(row[5]),
    }
    wanted: dict[str, Any] = {}
    if ch.name is not UNSET:
        wanted["name"] = clean_name(str(ch.name))
        other = tx.one(
            "SELECT name FROM influencers WHERE name_key = ? AND id != ? AND merged_into IS NULL",
            (fold(wanted["name"]), influencer_id),
        )
        if other is not None:
            raise UserError(f"another profile is already called {other[0]}; if they are one person, merge them",
                            vi=f"đã có thông tin người có ảnh hưởng khác mang tên {other[0]}; nếu là cùng một "
                               "người, hãy gộp lại",
                            code="profile_name_taken")
    if ch.agency is not UNSET:
        wanted["agency"] = _text(ch.agency, _AGENCY)
    if ch.contact is not UNSET:
        wanted["contact"] = _text(ch.contact, _CONTACT)
    if ch.notes is not UNSET:
        wanted["notes"] = _text(ch.notes, _NOTES, MAX_NOTES)
    if ch.member_since is not UNSET:
        if ch.member_since is not None and not isinstance(ch.member_since, date):
            raise UserError("the membership date must be a date (YYYY-MM-DD)",
                            vi="ngày trở thành thành viên liên minh phải là một ngày (YYYY-MM-DD)",
                            code="invalid_membership_date")
        wanted["member_since"] = ch.member_since.isoformat() if ch.member_since else None
    if ch.pledge_signed is not UNSET:
        wanted["pledge_signed"] = bool(ch.pledge_signed)
    changes = {
        field: _change(tx, "influencer", influencer_id, field, current[field], value)
        for field, value in wanted.items()
        if value != current[field]
    }
    if not changes:
        return False
    tx.emit("influencer.updated", influencer_id, {"changes": changes})
    return True


def update_profile(ws: Workspace, influencer: str, ch: ProfileChanges) -> bool:
    """Change a profile's details; returns whether anything changed."""
    ws.require_role(*WRITERS, action="editing an influencer's profile")
    with ws.transaction() as tx:
        return update_profile_in(tx, find_profile(tx, influencer), ch)


def _followers(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise UserError(f"the number of followers must be a whole number, not {value!r}",
                        vi=f"số người theo dõi phải là một số nguyên, không phải {value!r}",
                        code="followers_not_a_number") from None
    if not 0 <= n <= MAX_FOLLOWERS:
        raise UserError("the number of followers must be between 0 and 10 billion",
                        vi="số người theo dõi phải từ 0 đến 10 tỷ", code="followers_out_of_range")
    return n


def _check_handle_free(tx: Transaction, influencer_id: str, platform: Platform, handle: str, skip: str = "") -> None:
    if not handle:
        return
    row = tx.one(
        "SELECT i.name FROM influencer_accounts a JOIN influencers i ON i.id = a.influencer_id "
        "WHERE a.platform = ? AND a.handle_key = ? AND a.removed = 0 AND a.id != ?",
        (platform.value, handle_key(handle), skip),
    )
    if row is not None:
        raise UserError(f"{handle} on {platform.label('en')} is already an account of {row[0]}",
                        vi=f"{handle} trên {platform.label('vi')} đã là tài khoản của {row[0]}", code="account_taken")


def add_account(
    ws: Workspace, influencer: str, platform: Platform, handle: str, url: str = "", followers: Any = None
) -> str:
    """Add an account to a profile; returns the account's id."""
    ws.require_role(*WRITERS, action="adding an account")
    handle = _text(handle, _HANDLE)
    url = _text(url, _URL, MAX_URL)
    if not handle and not url:
        raise UserError("an account needs a handle or a URL", vi="tài khoản cần có tên tài khoản hoặc đường dẫn",
                        code="account_needs_handle_or_url")
    with ws.transaction() as tx:
        influencer_id = find_profile(tx, influencer)
        _check_handle_free(tx, influencer_id, platform, handle)
        account_id = tx.new_id()
        account = {"id": account_id, "platform": platform.value, "handle": handle, "url": url,
                   "followers": _followers(followers)}
        tx.emit("influencer.account_added", influencer_id, {"account": account})
        return account_id


def _account(tx: Transaction, account_id: str) -> tuple[Any, ...]:
    row = tx.one(
        "SELECT influencer_id, platform, handle, url, followers, removed FROM influencer_accounts WHERE id = ?",
        (account_id.strip().lower(),),
    )
    if row is None or row[5]:
        raise NotFound(f"no account {account_id!r}", vi=f"không có tài khoản {account_id!r}", code="no_account")
    return row


def update_account(ws: Workspace, account_id: str, ch: AccountChanges) -> bool:
    ws.require_role(*WRITERS, action="editing an account")
    with ws.transaction() as tx:
        influencer_id, platform, handle, url, followers, _ = _account(tx, account_id)
        account_id = account_id.strip().lower()
        current = {"platform": platform, "handle": handle, "url": url, "followers": followers}
        wanted: dict[str, Any] = {}
        if ch.platform is not UNSET:
            wanted["platform"] = Platform(ch.platform).value
        if ch.handle is not UNSET:
            wanted["handle"] = _text(ch.handle, _HANDLE)
        if ch.url is not UNSET:
            wanted["url"] = _text(ch.url, _URL, MAX_URL)
        if ch.followers is not UNSET:
            wanted["followers"] = _followers(ch.followers)
        after = {**current, **wanted}
        if not after["handle"] and not after["url"]:
            raise UserError("an account needs a handle or a URL", vi="tài khoản cần có tên tài khoản hoặc đường dẫn",
                            code="account_needs_handle_or_url")
        if after["handle"] != handle or after["platform"] != platform:
            _check_handle_free(tx, influencer_id, Platform(after["platform"]), after["handle"], skip=account_id)
        changes = {
            f: _change(tx, "account", account_id, f, current[f], v) for f, v in wanted.items() if v != current[f]
        }
        if not changes:
            return False
        tx.emit("influencer.account_updated", influencer_id,
                 {"account": account_id, "platform": platform, "handle": handle or url, "changes": changes})
        return True


def remove_account(ws: Workspace, account_id: str) -> None:
    ws.require_role(*WRITERS, action="removing an account")
    with ws.transaction() as tx:
        influencer_id, platform, handle, url, _, _ = _account(tx, account_id)
        tx.emit("influencer.account_removed", influencer_id,
                {"account": account_id.strip().lower(), "platform": platform, "handle": handle or url})


def assess_pillars(
    ws: Workspace, influencer: str, passed: Iterable[Pillar], assessed_on: date, note: str = ""
) -> str:
    """Record the five pillars assessed pass/fail; from ``assessed_on`` their weights are the base."""
    ws.require_role(*ORGANISERS, action="assessing the pillars")
    note = _text(note, _NOTE, MAX_NOTES)
    passed_codes = sorted({Pillar(p).value for p in passed})
    with ws.transaction() as tx:
        influencer_id = find_profile(tx, influencer)
        assessment_id = tx.new_id()
        tx.emit(
            "influencer.assessed",
            influencer_id,
            {"assessment": assessment_id, "assessed_on": assessed_on.isoformat(), "passed": passed_codes,
             "note": note},
        )
        return assessment_id


FILLABLE = ("agency", "contact", "notes", "member_since", "pledge_signed")


def merge_profiles(ws: Workspace, keep: str, other: str) -> str:
    """Merge ``other`` into ``keep``: one person, one profile. Returns the kept profile's id.

    Cases, reports, accounts, assessments and decisions move to the kept profile; both keep
    their history; details the kept profile lacks are filled from the merged one.
    """
    ws.require_role(*REVIEWERS, action="merging influencer profiles")
    with ws.transaction() as tx:
        keep_id = find_profile(tx, keep)
        other_id = find_profile(tx, other)
        if keep_id == other_id:
            raise UserError("choose two different profiles to merge",
                            vi="hãy chọn hai người có ảnh hưởng khác nhau để gộp thông tin",
                            code="merge_needs_two_profiles")
        tx.emit("influencer.merged", other_id, {"into": keep_id})
        columns = ", ".join(FILLABLE)
        kept = tx.one(f"SELECT {columns} FROM influencers WHERE id = ?", (keep_id,))
        merged = tx.one(f"SELECT {columns} FROM influencers WHERE id = ?", (other_id,))
        assert kept is not None and merged is not None
        fill: dict[str, Any] = {}
        for field, mine, theirs in zip(FILLABLE, kept, merged, strict=True):
            if not mine and theirs:
                fill[field] = date.fromisoformat(theirs) if field == "member_since" else theirs
        if fill:
            update_profile_in(tx, keep_id, ProfileChanges(**fill))
        return keep_id
