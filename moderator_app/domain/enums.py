"""The committee's vocabulary: codes with Vietnamese and English labels, from DOMAIN.md.

Codes are what the store, the command line and sync files use; labels are what people read.
Every enum here is a ``LabelledEnum`` so the UI and the CLI take labels from one table.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum whose members carry ``(vi, en)`` labels."""

    def label(self, lang: str = "vi") -> str:
        vi, en = type(self)._labels_table()[self.value]
        return en if lang == "en" else vi

    @classmethod
    def _labels_table(cls) -> dict[str, tuple[str, str]]:
        return LABELS[cls.__name__]

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept a code (any case); raise ``ValueError`` naming the valid codes."""
        key = text.strip().lower()
        for member in cls:
            if member.value == key:
                return member
        codes = ", ".join(m.value for m in cls)
        what = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cls.__name__).lower()  # LetterKind: "letter kind"
        raise ValueError(f"unknown {what} {text!r}; expected one of: {codes}")

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]


class Category(LabelledEnum):
    UNDISCLOSED_AD = "undisclosed_ad"
    FALSE_CLAIM = "false_claim"
    UNVERIFIED_PRODUCT = "unverified_product"
    RESTRICTED_PRODUCT = "restricted_product"
    MISINFORMATION = "misinformation"
    FRAUD = "fraud"
    FAKE_ENGAGEMENT = "fake_engagement"
    OFFENSIVE = "offensive"
    PRIVACY_CHILD = "privacy_child"
    IMPERSONATION = "impersonation"
    FAILURE_TO_CORRECT = "failure_to_correct"


class Status(LabelledEnum):
    RECEIVED = "received"
    TRIAGE = "triage"
    INVESTIGATING = "investigating"
    AWAITING_REPLY = "awaiting_reply"
    SCHEDULED = "scheduled"
    DECIDED = "decided"
    MONITORING = "monitoring"
    CLOSED = "closed"
    REJECTED = "rejected"
    APPEAL = "appeal"

    @property
    def is_open(self) -> bool:
        return self not in (Status.CLOSED, Status.REJECTED)


class Priority(LabelledEnum):
    """Priority 1 (critical) to 4 (low); the digit is the keyboard shortcut in the queue."""

    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @property
    def level(self) -> int:
        return PRIORITY_LEVELS[self]

    @classmethod
    def from_level(cls, level: int) -> Priority:
        for member, lv in PRIORITY_LEVELS.items():
            if lv == level:
                return member
        raise ValueError(f"priority level must be 1-4, not {level}")


PRIORITY_LEVELS = {
    Priority.CRITICAL: 1,
    Priority.HIGH: 2,
    Priority.NORMAL: 3,
    Priority.LOW: 4,
}


class Platform(LabelledEnum):
    TIKTOK = "tiktok"
    FACEBOOK = "facebook"
    YOUTUBE = "youtube"
    INSTAGRAM = "instagram"
    ZALO = "zalo"
    THREADS = "threads"
    OTHER = "other"


class Source(LabelledEnum):
    HOTLINE = "hotline"
    PLATFORM = "platform"
    PRESS = "press"
    MEMBER = "member"
    AUTHORITY = "authority"


class Outcome(LabelledEnum):
    NOT_UPHELD = "not_upheld"
    INFORMALLY_RESOLVED = "informally_resolved"
    REMINDER = "reminder"
    WARNING_AMEND = "warning_amend"
    PUBLIC_CORRECTION = "public_correction"
    NAMED_NONCOMPLIANT = "named_noncompliant"
    SUSPENSION = "suspension"
    EXPULSION = "expulsion"
    REFERRAL = "referral"

    @property
    def level(self) -> int:
        return OUTCOME_LADDER[self][0]

    @property
    def penalty(self) -> int:
        return OUTCOME_LADDER[self][1]


# level on the ladder, penalty points (DOMAIN.md "Decision outcomes")
OUTCOME_LADDER: dict[Outcome, tuple[int, int]] = {
    Outcome.NOT_UPHELD: (0, 0),
    Outcome.INFORMALLY_RESOLVED: (0, 0),
    Outcome.REMINDER: (1, 3),
    Outcome.WARNING_AMEND: (2, 8),
    Outcome.PUBLIC_CORRECTION: (3, 12),
    Outcome.NAMED_NONCOMPLIANT: (4, 18),
    Outcome.SUSPENSION: (5, 30),
    Outcome.EXPULSION: (6, 40),
    Outcome.REFERRAL: (7, 40),
}


class Role(LabelledEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    REVIEWER = "reviewer"
    MEMBER = "member"
    OBSERVER = "observer"


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "Category": {
        "undisclosed_ad": ("Quảng cáo không gắn nhãn", "Undisclosed advertising"),
        "false_claim": ("Quảng cáo sai sự thật, thổi phồng", "False or exaggerated claim"),
        "unverified_product": ("Sản phẩm không kiểm chứng, hàng giả", "Unverified or counterfeit product"),
        "restricted_product": (
            "Quảng cáo thực phẩm chức năng/thuốc/mỹ phẩm/tài chính sai quy định",
            "Restricted-product breach",
        ),
        "misinformation": ("Tin giả, thông tin sai lệch", "Misinformation / fake news"),
        "fraud": ("Lừa đảo, cờ bạc trá hình", "Fraud or disguised gambling"),
        "fake_engagement": ("Tương tác, đánh giá ảo", "Fake engagement or reviews"),
        "offensive": ("Nội dung phản cảm, xúc phạm", "Offensive content"),
        "privacy_child": ("Xâm phạm danh dự, đời tư, trẻ em", "Privacy, dignity or child harm"),
        "impersonation": ("Mạo danh", "Impersonation"),
        "failure_to_correct": ("Không cải chính, không hợp tác", "Failure to correct or cooperate"),
    },
    "Status": {
        "received": ("Tiếp nhận", "Received"),
        "triage": ("Sàng lọc", "Triage"),
        "investigating": ("Xác minh", "Investigating"),
        "awaiting_reply": ("Chờ phản hồi", "Awaiting reply"),
        "scheduled": ("Chờ họp", "Scheduled"),
        "decided": ("Đã quyết định", "Decided"),
        "monitoring": ("Giám sát", "Monitoring"),
        "closed": ("Đóng", "Closed"),
        "rejected": ("Không thụ lý", "Rejected"),
        "appeal": ("Phúc xét", "Appeal"),
    },
    "Priority": {
        "critical": ("Rất cao", "Very high"),
        "high": ("Cao", "High"),
        "normal": ("Bình thường", "Normal"),
        "low": ("Thấp", "Low"),
    },
    "Platform": {
        "tiktok": ("TikTok", "TikTok"),
        "facebook": ("Facebook", "Facebook"),
        "youtube": ("YouTube", "YouTube"),
        "instagram": ("Instagram", "Instagram"),
        "zalo": ("Zalo", "Zalo"),
        "threads": ("Threads", "Threads"),
        "other": ("Khác", "Other"),
    },
    "Source": {
        "hotline": ("Đường dây nóng", "Public hotline"),
        "platform": ("Nền tảng chuyển đến", "Platform referral"),
        "press": ("Báo chí", "Press"),
        "member": ("Thành viên", "Member"),
        "authority": ("Cơ quan có thẩm quyền", "Authorities"),
    },
    "Outcome": {
        "not_upheld": ("Không vi phạm", "Not upheld"),
        "informally_resolved": ("Giải quyết không chính thức", "Informally resolved"),
        "reminder": ("Nhắc nhở", "Advisory reminder"),
        "warning_amend": ("Cảnh cáo, yêu cầu gỡ/sửa", "Warning, amend or remove"),
        "public_correction": ("Cải chính, xin lỗi công khai", "Public correction"),
        "named_noncompliant": (
            "Công bố danh sách không tuân thủ (3 tháng)",
            "Named as non-compliant (3 months)",
        ),
        "suspension": ("Tạm đình chỉ tư cách thành viên", "Suspension from the alliance"),
        "expulsion": ("Khai trừ khỏi liên minh", "Expulsion"),
        "referral": ("Chuyển cơ quan có thẩm quyền", "Referral to the authorities"),
    },
    "Role": {
        "chair": ("Trưởng ban", "Chair"),
        "secretary": ("Thư ký", "Secretary"),
        "reviewer": ("Thẩm định viên", "Reviewer"),
        "member": ("Thành viên", "Member"),
        "observer": ("Quan sát viên", "Observer"),
    },
}
