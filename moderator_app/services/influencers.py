"""Finding and creating influencer profiles as reports name them."""

from __future__ import annotations

from moderator_app.domain.enums import Platform
from moderator_app.domain.errors import UserError
from moderator_app.domain.text import fold

from .transaction import Transaction

MAX_NAME = 200


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("the influencer's name is empty",
                        vi="thiếu tên người có ảnh hưởng", code="influencer_name_empty")
    if len(cleaned) > MAX_NAME:
        raise UserError(f"the influencer's name is longer than {MAX_NAME} characters",
                        vi=f"tên người có ảnh hưởng dài quá {MAX_NAME} ký tự", code="influencer_name_too_long")
    return cleaned


def handle_key(handle: str) -> str:
    return fold(handle).lstrip("@")


def find_or_create(
    tx: Transaction,
    name: str,
    platform: Platform,
    handle: str = "",
    url: str = "",
    followers: int | None = None,
) -> str:
    """The influencer called ``name`` (ignoring case and diacritics), created if unknown.

    A handle not yet on the profile is added as an account on ``platform``.
    """
    name = clean_name(name)
    key = fold(name)
    # A batch (an import, the demo) names the same people again and again: the lookups are kept
    # for the transaction until an influencer event changes what they would find.
    lookups = tx.proj.influencer_lookups
    # A merged profile's name still means its person: the kept profile.
    row = lookups.get(("name", key))
    if row is None:
        row = tx.one(
            "SELECT coalesce(merged_into, id) FROM influencers WHERE name_key = ? "
            "ORDER BY merged_into IS NOT NULL, created_at, id LIMIT 1",
            (key,),
        )
        if row is not None:
            lookups[("name", key)] = row
    account = None
    if handle:
        account = {
            "id": tx.new_id(),
            "platform": platform.value,
            "handle": handle,
            "url": url,
            "followers": followers,
        }
    if row is None:
        influencer_id = tx.new_id()
        tx.emit(
            "influencer.created",
            influencer_id,
            {"name": name, "accounts": [account] if account else []},
        )
        return influencer_id
    influencer_id = row[0]
    if account is not None:
        account_key = ("account", influencer_id, platform.value, handle_key(handle))
        if account_key not in lookups:
            known = tx.one(
                "SELECT 1 FROM influencer_accounts WHERE influencer_id = ? AND platform = ? AND handle_key = ? "
                "AND removed = 0",
                account_key[1:],
            )
            if known is None:
                tx.emit("influencer.account_added", influencer_id, {"account": account})
            else:
                lookups[account_key] = True
    return influencer_id
