"""Indicators written out to share: JSON, CSV, or a STIX 2.1 bundle for platforms and the authorities.

Only the indicators and the cases they link go out (case references, influencers' names, counts):
never a reporter, a description, a note or evidence. STIX has objects for links, domains, e-mail
addresses and accounts; phone numbers, bank accounts, wallets and image fingerprints have none, so
they are custom objects (``x-`` types), as STIX 2.1 allows.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from moderator_app.domain.errors import UserError
from moderator_app.domain.indicators import Kind
from moderator_app.exports.guard import csv_text
from moderator_app.store.atomic import write_atomic

from .indicators import IndicatorSummary, list_indicators
from .workspace import Workspace

# Ids derived from ours, so the same indicator keeps its STIX id from one export to the next.
_NAMESPACE = uuid.UUID("6f1e0c1a-5b3d-4f0e-9a77-2f0b1d3c4e5a")
MAX_EXPORT = 1_000_000


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def stix_pattern(kind: str, value: str) -> str:
    """The STIX patterning expression that matches an indicator."""
    if kind == "url":
        return f"[url:value = {_quote(value)}]"
    if kind == "domain":
        return f"[domain-name:value = {_quote(value)}]"
    if kind == "email":
        return f"[email-addr:value = {_quote(value)}]"
    if kind == "handle":
        platform, _, name = value.partition(":")
        login = name.removeprefix("@")
        if platform == "any":
            return f"[user-account:account_login = {_quote(login)}]"
        return (f"[user-account:account_login = {_quote(login)} AND "
                f"user-account:account_type = {_quote(platform)}]")
    if kind == "phone":
        return f"[x-phone-number:value = {_quote(value)}]"
    if kind == "bank_account":
        bank, _, number = value.partition(":")
        return f"[x-bank-account:account_number = {_quote(number)} AND x-bank-account:bank = {_quote(bank)}]"
    if kind == "wallet":
        chain, _, address = value.partition(":")
        return f"[x-crypto-wallet:address = {_quote(address)} AND x-crypto-wallet:chain = {_quote(chain)}]"
    return f"[x-image:perceptual_hash = {_quote(value)}]"


def _stamp(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def stix_bundle(found: list[IndicatorSummary], now_ms: int) -> dict[str, Any]:
    identity = f"identity--{uuid.uuid5(_NAMESPACE, 'committee')}"
    now = _stamp(now_ms)
    objects: list[dict[str, Any]] = [{
        "type": "identity", "spec_version": "2.1", "id": identity, "created": now, "modified": now,
        "name": "Ban tự giám sát Liên minh Niềm tin số", "identity_class": "organization",
        "description": "The self-monitoring committee of the Niềm tin số (Digital Trust) alliance",
    }]
    for s in found:
        first = _stamp(s.row.first_seen_at)
        objects.append({
            "type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid5(_NAMESPACE, s.row.id)}",
            "created_by_ref": identity, "created": first, "modified": now,
            "name": f"{Kind(s.row.kind).label('en')}: {s.row.display or s.row.value}",
            "description": f"Seen in {s.row.case_count} case(s) about {len(s.influencers)} influencer(s) "
                           "of the Niềm tin số alliance's self-monitoring committee",
            "indicator_types": ["malicious-activity"],
            "pattern": stix_pattern(s.row.kind, s.row.value), "pattern_type": "stix", "valid_from": first,
            "x_niemtinso_kind": s.row.kind, "x_niemtinso_case_count": s.row.case_count,
            "x_niemtinso_cases": [c.ref for c in s.cases],
        })
    return {"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objects}


def render(found: list[IndicatorSummary], fmt: str, now_ms: int) -> bytes:
    if fmt == "json":
        return (json.dumps([s.as_json() for s in found], ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["kind", "value", "display", "relevant", "case_count", "cases", "influencers"])
        for s in found:
            j = s.as_json()
            # A cell a spreadsheet would run as a formula gets a leading apostrophe.
            w.writerow([csv_text(str(v)) for v in (j["kind"], j["value"], j["display"], j["relevant"], j["case_count"],
                                                " ".join(j["cases"]), "; ".join(j["influencers"]))])
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
    return (json.dumps(stix_bundle(found, now_ms), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_export(ws: Workspace, path: Path, fmt: str, *, min_cases: int = 1, kind: str | None = None) -> int:
    """Write the relevant indicators seen in at least ``min_cases`` cases; returns how many."""
    if fmt not in ("json", "csv", "stix"):
        raise UserError(f"unknown format {fmt!r}: json, csv or stix", vi=f"không có định dạng {fmt!r}: json, csv "
                        "hoặc stix", code="indicator_format_unknown")
    import time

    found = list_indicators(ws, kind=kind, min_cases=min_cases, limit=MAX_EXPORT)
    write_atomic(path, render(found, fmt, int(time.time() * 1000)))
    return len(found)
