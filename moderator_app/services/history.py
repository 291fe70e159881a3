"""Case history in words: each event of the log described in Vietnamese or English.

The same structured facts feed ``case show --json`` (codes, for programs) and these sentences
(labels, for people), so the history view, the command line and the printed case file agree.
"""

from __future__ import annotations

from typing import Any

from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Status
from moderator_app.domain.letters import LetterKind
from moderator_app.store.queries import HistoryEntry

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "status": ("Trạng thái", "Status"),
    "priority": ("Mức ưu tiên", "Priority"),
    "urgent": ("Khẩn cấp", "Urgent"),
    "track": ("Hướng xử lý", "Track"),
    "assignee": ("Người phụ trách", "Assignee"),
    "title": ("Tiêu đề", "Title"),
    "category": ("Loại vi phạm", "Category"),
    "platform": ("Nền tảng", "Platform"),
    "decision": ("Quyết định", "Decision"),
    # influencer profiles and their accounts
    "name": ("Tên", "Name"),
    "agency": ("Công ty quản lý", "Agency"),
    "contact": ("Liên hệ", "Contact"),
    "notes": ("Ghi chú về người có ảnh hưởng", "Profile notes"),
    "member_since": ("Thành viên liên minh từ", "Alliance member since"),
    "pledge_signed": ("Đã ký cam kết", "Pledge signed"),
    "handle": ("Tài khoản", "Handle"),
    "url": ("Đường dẫn", "URL"),
    "followers": ("Người theo dõi", "Followers"),
    "corrected_on": ("Đã khắc phục", "Remedied"),
    # a takedown request's answer
    "result": ("Kết quả xử lý của nền tảng", "Platform's answer"),
    "reason": ("Lý do", "Reason"),
    "answered_at": ("Thời điểm trả lời", "Answered at"),
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "report": ("Phản ánh", "Reports"),
    "change": ("Thay đổi", "Changes"),
    "note": ("Ghi chú", "Notes"),
    "evidence": ("Chứng cứ", "Evidence"),
    "annotation": ("Chú thích", "Annotations"),
    "decision": ("Quyết định", "Decisions"),
    "meeting": ("Cuộc họp", "Meetings"),
    "merge": ("Gộp hồ sơ", "Merges"),
    "letter": ("Văn bản đã gửi", "Letters"),
    "takedown": ("Đề nghị gỡ nội dung", "Takedown requests"),
    "publication": ("Công bố", "Publications"),
    "profile": ("Thông tin người có ảnh hưởng", "Profile"),
    "roster": ("Thành viên ban", "Committee members"),
    "other": ("Khác", "Other"),
}


def kind_of(event_type: str) -> str:
    """The filter group an event type belongs to in the history view."""
    prefix = event_type.split(".", 1)[0]
    return {
        "report": "report",
        "case": "merge" if event_type in ("case.merged", "case.unmerged") else "change",
        "note": "note",
        "evidence": "evidence",
        "annotation": "annotation",
        "indicator": "evidence",
        "decision": "decision",
        "agenda": "meeting",
        "meeting": "meeting",
        "attendance": "meeting",
        "vote": "meeting",
        "influencer": "merge" if event_type == "influencer.merged" else "profile",
        "letter": "letter",
        "takedown": "takedown",
        "register": "publication",
        "roster": "roster",
        "member": "roster",
        "device": "roster",
    }.get(prefix, "other")


def _t(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def value_label(field: str, value: Any, lang: str, names: dict[str, str]) -> str:
    if value is None or value == "":
        return "—"
    match field:
        case "status":
            return Status(value).label(lang)
        case "priority":
            return Priority.from_level(int(value)).label(lang)
        case "urgent" | "pledge_signed":
            return _t(("có", "yes"), lang) if value else _t(("không", "no"), lang)
        case "member_since" | "corrected_on":
            return _date_text(str(value))
        case "notes":
            return _shorten(str(value), 60)
        case "followers":
            return f"{int(value):,}".replace(",", ".")
        case "assignee":
            return names.get(str(value), str(value))
        case "category":
            return Category(value).label(lang)
        case "platform":
            return Platform(value).label(lang)
        case "track":
            from moderator_app.domain.sla import TRACK_LABELS

            return _t(TRACK_LABELS.get(str(value), (str(value), str(value))), lang)
        case "result":
            from moderator_app.domain.takedowns import result_label

            return result_label(str(value), lang)
        case "answered_at":
            from moderator_app.domain.clock import datetime_text

            return datetime_text(int(value))
    return str(value)


def changes_of(entry: HistoryEntry) -> list[dict[str, Any]]:
    """Field changes an event made (``from``/``to`` as the author saw them)."""
    changes = entry.payload.get("changes", {})
    return [{"field": f, "from": c.get("from"), "to": c.get("to")} for f, c in sorted(changes.items())]


def code_value(field: str, value: Any) -> Any:
    """A field's value as the command line's JSON prints it: priorities by their code, not level."""
    if field == "priority" and isinstance(value, int) and not isinstance(value, bool):
        try:
            return Priority.from_level(value).value
        except ValueError:
            return value
    return value


def changes_json(entry: HistoryEntry) -> list[dict[str, Any]]:
    """``changes_of`` with every value as a code, the way the rest of the JSON names it."""
    return [{"field": c["field"], "from": code_value(c["field"], c["from"]), "to": code_value(c["field"], c["to"])}
            for c in changes_of(entry)]


def describe(entry: HistoryEntry, lang: str, names: dict[str, str], refs: dict[str, str] | None = None) -> str:
    p = entry.payload
    t = entry.type
    if t == "report.filed":
        platform = Platform(p["platform"]).label(lang)
        category = Category(p["category"]).label(lang)
        if "new_case" in p:
            return _t((f"Mở hồ sơ từ phản ánh ({platform}, {category})",
                       f"Case opened from a report ({platform}, {category})"), lang)
        return _t((f"Thêm phản ánh ({platform}, {category})", f"Report added ({platform}, {category})"), lang)
    if t in ("vote.cast", "decision.updated", "decision.appealed", "agenda.removed", "agenda.recommended"):
        return _describe_meeting_event(entry, lang, names)
    if t in ("case.updated", "decision.recorded"):
        parts = []
        for ch in changes_of(entry):
            if ch["field"] == "decision":
                continue
            label = _t(FIELD_LABELS.get(ch["field"], (ch["field"], ch["field"])), lang)
            old = value_label(ch["field"], ch["from"], lang, names)
            new = value_label(ch["field"], ch["to"], lang, names)
            parts.append(f"{label}: {old} → {new}")
        text = "; ".join(parts)
        if t == "decision.recorded":
            outcome = Outcome(p["outcome"]).label(lang)
            if p.get("amends"):
                head = _t((f"Sửa đổi quyết định: {outcome}", f"Amendment of the decision: {outcome}"), lang)
            elif p.get("appeal_of"):
                head = _t((f"Quyết định phúc xét: {outcome}", f"Decision on appeal: {outcome}"), lang)
            else:
                head = _t((f"Quyết định: {outcome}", f"Decision: {outcome}"), lang)
            text = head + (f" ({text})" if text else "") + _skip_reply_text(p, lang)
        if p.get("resolves") or p.get("reason") == "conflict resolved":  # (the latter: earlier versions)
            if p.get("kept_outcome"):
                kept = Outcome(p["kept_outcome"]).label(lang)
                text = "; ".join([*parts, _t((f"giữ quyết định: {kept}", f"kept the decision: {kept}"), lang)])
            return _t(("Giải quyết xung đột", "Conflict resolved"), lang) + (f" — {text}" if text else "")
        merged_into = p.get("closed_by_merge_into")
        if merged_into is None and str(p.get("reason", "")).startswith("merged into "):  # earlier versions
            merged_into = str(p["reason"])[len("merged into "):]
        if merged_into:
            text += _t((f" — đã gộp vào {merged_into}", f" — merged into {merged_into}"), lang)
        elif p.get("reason"):
            text += _t((f" — lý do: {p['reason']}", f" — reason: {p['reason']}"), lang)
        if p.get("undoes"):
            text = _t(("Hoàn tác: ", "Undone: "), lang) + text
        return text
    if t == "note.added":
        return _t(("Ghi chú: ", "Note: "), lang) + _shorten(p["body"])
    if t == "note.deleted":
        if p.get("undoes"):
            return _t(("Hoàn tác: xóa ghi chú vừa thêm", "Undone: the note just added was removed"), lang)
        return _t(("Xóa một ghi chú", "A note was deleted"), lang)
    if t == "case.merged":
        target = (refs or {}).get(p["into"], p["into"])
        return _t((f"Gộp vào hồ sơ {target}", f"Merged into case {target}"), lang)
    if t.startswith(("evidence.", "annotation.")):
        return describe_evidence(entry, lang)
    if t.startswith("indicator."):
        return describe_indicator(entry, lang)
    if t == "case.unmerged":
        source = (refs or {}).get(p["from"], p["from"])
        return _t((f"Hoàn tác gộp: tách khỏi hồ sơ {source}", f"Merge undone: separated from case {source}"), lang)
    if t == "agenda.added":
        if p.get("kind") == "trigger":
            return _t(("Đề xuất tạm đình chỉ được đưa vào chương trình họp",
                       "Suspension proposal put on a meeting agenda"), lang)
        return _t(("Đưa vào chương trình họp", "Put on a meeting agenda"), lang) + _skip_reply_text(p, lang)
    if t.startswith("influencer.") or t == "decision.corrected":
        return _describe_profile(entry, lang, names, refs or {})
    if t in ("letter.sent", "register.published"):
        return describe_publication(entry, lang)
    if t.startswith("calendar."):
        return describe_calendar(entry, lang)
    if t.startswith("privacy."):
        return describe_privacy(entry, lang)
    if t.startswith("takedown."):
        return describe_takedown(entry, lang)
    if t == "committee.profile_set":
        return _t((f"Đổi thông tin văn bản của Ban: {entry.entity}", f"The committee's document data changed: "
                   f"{entry.entity}"), lang)
    if t == "letter.renumbered":
        seq = entry.payload.get("seq")
        return _t((f"Văn bản được cấp lại số {seq} (trùng số khi đồng bộ)",
                   f"Letter renumbered {seq} (two letters had taken the same number)"), lang)
    return _describe_roster(entry, lang) or t


def describe_privacy(entry: HistoryEntry, lang: str) -> str:
    """Erasures and retention rules, in words: counts and the reason, never who was erased."""
    p = entry.payload
    if entry.type == "privacy.retention_set":
        months = p.get("months")
        what = _t(("thông tin liên hệ của người phản ánh", "reporters' contact details") if entry.entity == "reporters"
                  else ("tệp chứng cứ", "evidence files"), lang)
        if months is None:
            return _t((f"Quy tắc lưu giữ: giữ {what} cho đến khi bị xóa", f"Retention: {what} kept until erased"), lang)
        return _t((f"Quy tắc lưu giữ: giữ {what} {months} tháng sau khi đóng hồ sơ",
                   f"Retention: {what} kept {months} months after a case is closed"), lang)
    keys, items = len(p.get("keys", [])), len(p.get("evidence", []))
    why = _t(("theo quy tắc lưu giữ", "under the retention rules") if p.get("rule") == "retention"
             else ("theo yêu cầu", "on request"), lang)
    keys += len(p.get("reports", []))
    text = _t((f"Xóa dữ liệu cá nhân {why}: {keys} thông tin người phản ánh, {items} tệp chứng cứ",
               f"Personal data erased {why}: {keys} reporters' details, {items} evidence files"), lang)
    reason = str(p.get("reason") or "")
    return text if p.get("rule") == "retention" or not reason else f"{text} — {reason}"


def describe_takedown(entry: HistoryEntry, lang: str) -> str:
    """Takedown requests, the platforms' answers and re-checks, in words (times in Vietnam's)."""
    from moderator_app.domain import takedowns as td
    from moderator_app.domain.clock import datetime_text

    p = entry.payload
    if entry.type == "takedown.requested":
        platform = Platform(p["platform"]).label(lang) if p.get("platform") in Platform.codes() else "—"
        via = td.Channel(p["via"]).label(lang).lower() if p.get("via") in td.Channel.codes() else "—"
        sent, due = datetime_text(int(p.get("sent_at", 0))), datetime_text(int(p.get("due_at", 0)))
        hours = td.deadline_hours(bool(p.get("urgent")))
        links = len(p.get("urls") or [])
        return _t((f"Gửi đề nghị gỡ nội dung tới {platform} qua {via} lúc {sent} (hạn {due}, {hours} giờ; "
                   f"{links} đường dẫn)",
                   f"Takedown request sent to {platform} by {via} on {sent} (due {due}, {hours} hours; "
                   f"{links} link(s))"), lang)
    if entry.type == "takedown.answered":
        changes = p.get("changes", {})
        result = (changes.get("result") or {}).get("to")
        at = (changes.get("answered_at") or {}).get("to")
        reason = str((changes.get("reason") or {}).get("to") or "")
        if "result" in changes and result is None:
            return _t(("Hủy kết quả xử lý đã ghi của đề nghị gỡ nội dung",
                       "Recorded answer to a takedown request withdrawn"), lang)
        shown = td.result_label(result, lang) if result in td.Result.codes() else "—"
        text = _t((f"Kết quả xử lý đề nghị gỡ nội dung: {shown}", f"Answer to a takedown request: {shown}"), lang)
        if at is not None:
            text += _t((f" (lúc {datetime_text(int(at))})", f" (on {datetime_text(int(at))})"), lang)
        if reason:
            text += _t((f" — lý do: {_shorten(reason)}", f" — reason: {_shorten(reason)}"), lang)
        if p.get("resolves"):
            text = _t(("Giải quyết xung đột — ", "Conflict resolved — "), lang) + text
        return text
    at = datetime_text(int(p.get("at", 0)))
    seen = td.found_label(bool(p.get("still_up")), lang)
    text = _t((f"Kiểm tra lại nội dung lúc {at}: {seen}", f"Content re-checked on {at}: {seen}"), lang)
    if p.get("evidence"):
        text += _t((" (ảnh chụp lưu làm chứng cứ)", " (screenshot kept as evidence)"), lang)
    return text


def describe_calendar(entry: HistoryEntry, lang: str) -> str:
    """The committee's changes to its working-day calendar (the entity is the date)."""
    day = _date_text(entry.entity)
    if entry.type == "calendar.day_off_added":
        name = str(entry.payload.get("name") or "")
        return _t((f"Thêm ngày nghỉ {day}: {name}", f"Day off added on {day}: {name}"), lang)
    return _t((f"Bỏ ngày nghỉ {day} (ngày làm việc)", f"Day off removed on {day} (a working day)"), lang)


LETTER_KIND_LABELS: dict[str, tuple[str, str]] = {k.value: (k.label("vi"), k.label("en")) for k in LetterKind}


def describe_publication(entry: HistoryEntry, lang: str) -> str:
    """Letters sent and publications of the public register, in words."""
    p = entry.payload
    if entry.type == "letter.sent":
        kind = _t(LETTER_KIND_LABELS.get(p.get("kind", ""), (p.get("kind", ""), p.get("kind", ""))), lang)
        if "sealed" in p:  # a letter to a reporter: the history never names them (``store.sealing``)
            text = _t((f"Đã gửi văn bản: {kind} tới người phản ánh", f"Letter sent: {kind} to the reporter"), lang)
        else:
            to = p.get("recipient") or "—"
            text = _t((f"Đã gửi văn bản: {kind} tới {to}", f"Letter sent: {kind} to {to}"), lang)
        if p.get("file_name"):
            text += _t((f" (lưu thành chứng cứ {p['file_name']})", f" (kept as evidence {p['file_name']})"), lang)
        return text
    day = _date_text(str(p.get("published_on", "")))
    count, named = int(p.get("decisions", 0)), int(p.get("named", 0))
    return _t((f"Công bố sổ công khai ngày {day}: {count} quyết định, {named} tên trong danh sách không tuân thủ",
               f"Public register published as of {day}: {count} decisions, {named} named as non-compliant"), lang)


def _date_text(iso: str) -> str:
    """``2026-03-26`` as people write it here: 26/03/2026."""
    parts = iso.split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso


def _changes_text(entry: HistoryEntry, lang: str, names: dict[str, str]) -> str:
    parts = []
    for ch in changes_of(entry):
        label = _t(FIELD_LABELS.get(ch["field"], (ch["field"], ch["field"])), lang)
        old = value_label(ch["field"], ch["from"], lang, names)
        new = value_label(ch["field"], ch["to"], lang, names)
        parts.append(f"{label}: {old} → {new}")
    return "; ".join(parts)


def _account_text(account: dict[str, Any], lang: str) -> str:
    platform = Platform(account["platform"]).label(lang) if account.get("platform") else ""
    handle = account.get("handle") or account.get("url") or ""
    return f"{platform} {handle}".strip()


def _describe_profile(entry: HistoryEntry, lang: str, names: dict[str, str], refs: dict[str, str]) -> str:
    """Influencer profiles, accounts, assessments, merges, and completed corrections."""
    from moderator_app.domain.score import DEFAULT, Pillar

    p = entry.payload
    t = entry.type
    if t == "influencer.created":
        accounts = ", ".join(_account_text(a, lang) for a in p.get("accounts", []))
        text = _t((f"Tạo thông tin người có ảnh hưởng: {p['name']}", f"Profile created: {p['name']}"), lang)
        return text + (f" ({accounts})" if accounts else "")
    if t == "influencer.updated":
        return _t(("Sửa thông tin người có ảnh hưởng: ", "Profile edited: "), lang) + _changes_text(entry, lang, names)
    if t == "influencer.account_added":
        return _t(("Thêm tài khoản ", "Account added: "), lang) + _account_text(p["account"], lang)
    if t == "influencer.account_updated":
        what = _account_text(p, lang)
        return (_t((f"Sửa tài khoản {what}: ", f"Account {what} edited: "), lang)
                + _changes_text(entry, lang, names))
    if t == "influencer.account_removed":
        return _t(("Xóa tài khoản ", "Account removed: "), lang) + _account_text(p, lang)
    if t == "influencer.assessed":
        passed = [Pillar(c) for c in p["passed"]]
        base = sum(w for code, w in DEFAULT.pillar_weights.items() if Pillar(code) in passed)
        listed = ", ".join(x.label(lang) for x in passed) or "—"
        day = _date_text(p["assessed_on"])
        return _t((f"Đánh giá 5 trụ cột ngày {day}: đạt {listed} (điểm nền {base})",
                   f"Five pillars assessed on {day}: passed {listed} (base {base})"), lang)
    if t == "influencer.merged":
        source = refs.get(entry.entity, entry.entity)
        target = refs.get(p["into"], p["into"])
        return _t((f"Gộp thông tin người có ảnh hưởng {source} vào {target}",
                   f"Profile {source} merged into {target}"), lang)
    if t == "decision.corrected":
        to = p["changes"]["corrected_on"]["to"]
        note = f" — {_shorten(p['note'])}" if p.get("note") else ""
        if to is None:
            return _t(("Hủy ghi nhận đã khắc phục", "Recorded remedy withdrawn"), lang) + note
        day = _date_text(to)
        return _t((f"Ghi nhận đã khắc phục ngày {day}", f"Remedied on {day}"), lang) + note
    return t


DECISION_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "outcome": ("Hình thức xử lý", "Outcome"),
    "rationale": ("Lý do", "Rationale"),
    "published": ("Công bố", "Published"),
    "votes_for": ("Tán thành", "For"),
    "votes_against": ("Không tán thành", "Against"),
    "votes_abstain": ("Không ý kiến", "Abstain"),
    "votes_recused": ("Rút lui", "Recused"),
    "vote_mode": ("Cách biểu quyết", "Vote count"),
    "public_summary": ("Tóm tắt công khai", "Public summary"),
}


def _skip_reply_text(p: dict[str, Any], lang: str) -> str:
    """The recorded reason the committee went on without the influencer's reply, if any."""
    reason = p.get("skip_reply_reason")
    if not reason:
        return ""
    return _t((f" — bỏ qua quyền phản hồi, lý do: {_shorten(reason)}",
               f" — right of reply skipped, reason: {_shorten(reason)}"), lang)


def _describe_meeting_event(entry: HistoryEntry, lang: str, names: dict[str, str]) -> str:
    from moderator_app.domain.meetings import VOTE_LABELS, label

    p = entry.payload
    t = entry.type
    if t == "vote.cast":
        who = names.get(p["member"], p["member"])
        if p["choice"] == "recused":
            return _t((f"{who} rút lui do xung đột lợi ích", f"{who} recused for a conflict of interest"), lang)
        if p["choice"] == "none":
            return _t((f"Hủy biểu quyết của {who}", f"{who}'s vote withdrawn"), lang)
        return _t(("Biểu quyết: ", "Vote: "), lang) + f"{who} — {label(VOTE_LABELS, p['choice'], lang)}"
    if t == "agenda.removed":
        return _t(("Rút khỏi chương trình họp", "Taken off a meeting agenda"), lang)
    if t == "agenda.recommended":
        ch = p.get("changes", {})
        outcome = (ch.get("recommended_outcome") or {}).get("to")
        text = (ch.get("recommendation") or {}).get("to") or ""
        head = _t(("Đề xuất của thẩm định viên", "Reviewer's recommendation"), lang)
        if outcome:
            head += f": {Outcome(outcome).label(lang)}"
        return head + (f" — {_shorten(text)}" if text else "")
    if t == "decision.appealed":
        return _t(("Phúc xét quyết định — ", "Appeal lodged — "), lang) + _shorten(p.get("reason", ""))
    parts = []
    for field, ch in sorted(p.get("changes", {}).items()):
        name = _t(DECISION_FIELD_LABELS.get(field, (field, field)), lang)
        old, new = ch.get("from"), ch.get("to")
        if field == "outcome":
            old, new = Outcome(old).label(lang) if old else "—", Outcome(new).label(lang)
        elif field == "published":
            old, new = (_t(("có", "yes"), lang) if v else _t(("không", "no"), lang) for v in (old, new))
        elif field in ("rationale", "public_summary"):
            old, new = _shorten(str(old or ""), 40) or "—", _shorten(str(new or ""), 80) or "—"
        parts.append(f"{name}: {old} → {new}")
    return _t(("Sửa quyết định: ", "Decision corrected: "), lang) + "; ".join(parts)


def describe_evidence(entry: HistoryEntry, lang: str) -> str:
    """Evidence and annotation events in words."""
    from moderator_app.domain import mime
    from moderator_app.domain.annotations import kind_label

    p = entry.payload
    t = entry.type
    name = p.get("name") or p.get("url") or ""
    on = p.get("on") or ""
    if t == "evidence.added":
        kind = mime.describe(p.get("mime"), lang)
        text = _t((f"Thêm chứng cứ: {name} ({kind})", f"Evidence added: {name} ({kind})"), lang)
        if p.get("claimed_mime"):
            claimed = mime.describe(p["claimed_mime"], lang)
            text += _t((f" — tên tệp ghi là {claimed} nhưng nội dung là {kind}",
                        f" — the name says {claimed} but the content is {kind}"), lang)
        return text
    if t == "evidence.link_added":
        return _t((f"Thêm liên kết chứng cứ: {p.get('url', '')}", f"Link added as evidence: {p.get('url', '')}"), lang)
    if t == "evidence.removed":
        text = _t((f"Gỡ chứng cứ: {name}", f"Evidence removed: {name}"), lang)
        if p.get("reason"):
            text += _t((f" — lý do: {p['reason']}", f" — reason: {p['reason']}"), lang)
        return text
    if t == "evidence.accessed":
        return _describe_access(p, name, lang)
    if t == "evidence.integrity_failed":
        sha = str(p.get("sha256", ""))[:12]
        return _t((f"Cảnh báo toàn vẹn: tệp {name} bị hỏng khi mở (SHA-256 {sha}…)",
                   f"Integrity warning: the file {name} was found damaged when opened (SHA-256 {sha}…)"), lang)
    label = p.get("label") or ""
    quoted = f" «{_shorten(label, 60)}»" if label else ""
    if t == "annotation.added":
        kind = kind_label(p.get("kind", ""), lang).lower()
        return _t((f"Chú thích ({kind}) trên {on}{quoted}", f"Annotation ({kind}) on {on}{quoted}"), lang)
    if t == "annotation.edited":
        return _t((f"Sửa chú thích trên {on}{quoted}", f"Annotation on {on} edited{quoted}"), lang)
    if t == "annotation.deleted":
        return _t((f"Xóa chú thích trên {on}{quoted}", f"Annotation on {on} deleted{quoted}"), lang)
    return t


def describe_indicator(entry: HistoryEntry, lang: str) -> str:
    """Indicators found, added, taken off a case or marked, in words."""
    from moderator_app.domain.indicators import Kind

    p = entry.payload
    t = entry.type
    if t == "indicator.extracted":
        n = len(p.get("items", []))
        what = _t(("phản ánh", "a report"), lang) if p.get("source") == "report" else _t(("chứng cứ", "evidence"), lang)
        if p.get("status") == "failed":
            reason = (p.get("reason") or {}).get("en" if lang == "en" else "vi", "")
            return _t((f"Không trích xuất được văn bản từ {what}: {reason}",
                       f"Text not extracted from {what}: {reason}"), lang)
        return _t((f"Trích xuất chỉ dấu từ {what}: {n} chỉ dấu", f"Indicators extracted from {what}: {n} found"), lang)
    kind = Kind(p["kind"]).label(lang) if p.get("kind") in Kind.codes() else str(p.get("kind", ""))
    shown = p.get("display") or p.get("value", "")
    reason = f" — {_t(('lý do', 'reason'), lang)}: {p['reason']}" if p.get("reason") else ""
    if t == "indicator.added":
        return _t((f"Thêm chỉ dấu: {kind} {shown}", f"Indicator added: {kind} {shown}"), lang)
    if t == "indicator.removed":
        return _t((f"Gỡ chỉ dấu khỏi hồ sơ: {kind} {shown}", f"Indicator taken off the case: {kind} {shown}"),
                  lang) + reason
    if t == "indicator.marked":
        if p.get("relevant"):
            return _t((f"Chỉ dấu được coi là liên quan trở lại: {kind} {shown}",
                       f"Indicator marked relevant again: {kind} {shown}"), lang)
        return _t((f"Chỉ dấu được đánh dấu không liên quan: {kind} {shown}",
                   f"Indicator marked not relevant: {kind} {shown}"), lang) + reason
    return t


def _describe_access(p: dict[str, Any], name: str, lang: str) -> str:
    """The chain of custody: who opened or took evidence out of the application, and where to."""
    action = p.get("action")
    to = str(p.get("to") or "")
    if action == "opened":
        return _t((f"Mở xem chứng cứ: {name}", f"Evidence opened: {name}"), lang)
    if action == "opened_externally":
        return _t((f"Mở chứng cứ bằng chương trình khác: {name}", f"Evidence opened in another program: {name}"),
                  lang)
    if action == "copy_saved":
        return _t((f"Lưu bản sao chứng cứ: {name} → {to}", f"Copy of evidence saved: {name} → {to}"), lang)
    if action == "pack_exported":
        files = int(p.get("files") or 0)
        return _t((f"Xuất gói chứng cứ ({files} tệp): {to}", f"Evidence pack exported ({files} files): {to}"), lang)
    return _t((f"Truy cập chứng cứ: {name}", f"Evidence accessed: {name}"), lang)


def _describe_roster(entry: HistoryEntry, lang: str) -> str | None:
    """Roster events (the committee's members, written by a chair)."""
    from moderator_app.domain.enums import Role

    p = entry.payload
    t = entry.type
    if t == "roster.founded":
        name = p["member"]["name"]
        return _t((f"Lập ban; {name} là trưởng ban", f"Committee founded; {name} is its chair"), lang)
    if t == "member.added":
        role = Role(p["role"]).label(lang)
        return _t((f"Nhận thành viên {p['name']} ({role})", f"Member {p['name']} approved ({role})"), lang)
    if t == "member.updated":
        parts = []
        for ch in changes_of(entry):
            new = Role(ch["to"]).label(lang) if ch["field"] == "role" and ch["to"] else ch["to"]
            parts.append(f"{ch['field']}: {new}")
        return _t(("Sửa thông tin thành viên: ", "Member changed: "), lang) + "; ".join(map(str, parts))
    if t == "member.revoked":
        devices = len(p.get("devices", {}))
        return _t((f"Thu hồi tư cách một thành viên ({devices} thiết bị)",
                   f"A membership was revoked ({devices} device(s))"), lang)
    if t == "device.revoked":
        last = p["last_seq"]
        return _t((f"Thu hồi một thiết bị: không nhận gì sau sự kiện {last}",
                   f"A device was revoked: nothing after its event {last} is accepted"), lang)
    return None


def _shorten(text: str, limit: int = 120) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
