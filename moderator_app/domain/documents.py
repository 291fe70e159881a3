"""The committee's outgoing documents in the Vietnamese administrative layout.

The model is the layout Vietnamese associations use (Nghị định 30/2020/NĐ-CP, Phụ lục I): the
issuing body's name top left with the document's number and symbol ("Số: 15/TB-BTGS") under it,
the national name and motto (Quốc hiệu, Tiêu ngữ) top right with the place and date under them,
the title, for an official letter (công văn) its subject line ("V/v ..."), then the body, and at
the foot the recipients (Nơi nhận) left and the signature block right.

What fills it is committee data (``DocumentProfile``), which the secretary edits and which syncs;
the defaults below are the alliance's own names, so a new committee's letters look right at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from .enums import Category, Platform

# One number series per kind of document and year (sổ văn bản đi): Thông báo, Công văn, Biên bản,
# Báo cáo.
SERIES = ("TB", "CV", "BB", "BC")
SERIES_LABELS: dict[str, tuple[str, str]] = {
    "TB": ("Thông báo", "Notice"),
    "CV": ("Công văn", "Official letter"),
    "BB": ("Biên bản", "Minutes"),
    "BC": ("Báo cáo", "Report"),
}

NATIONAL_NAME = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM")
MOTTO = ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")

# The Vietnamese laws a letter cites, in full, as the law names them.
DECREE_147 = ("Nghị định số 147/2024/NĐ-CP ngày 09 tháng 11 năm 2024 của Chính phủ về quản lý, cung cấp, sử dụng "
              "dịch vụ Internet và thông tin trên mạng",
              "Decree No. 147/2024/ND-CP of 9 November 2024 of the Government on the management, provision and "
              "use of Internet services and online information")
ADVERTISING_LAW = ("Luật Quảng cáo số 16/2012/QH13 ngày 21 tháng 6 năm 2012, được sửa đổi, bổ sung bởi Luật số "
                   "75/2025/QH15",
                   "the Law on Advertising No. 16/2012/QH13 of 21 June 2012, as amended by Law No. 75/2025/QH15")

# Which law applies to which category (the Advertising Law to advertising, Decree 147 to content).
LAWS_BY_CATEGORY: dict[str, tuple[tuple[str, str], ...]] = {
    Category.UNDISCLOSED_AD.value: (ADVERTISING_LAW, DECREE_147),
    Category.FALSE_CLAIM.value: (ADVERTISING_LAW, DECREE_147),
    Category.UNVERIFIED_PRODUCT.value: (ADVERTISING_LAW,),
    Category.RESTRICTED_PRODUCT.value: (ADVERTISING_LAW,),
    Category.MISINFORMATION.value: (DECREE_147,),
    Category.FRAUD.value: (DECREE_147,),
    Category.FAKE_ENGAGEMENT.value: (DECREE_147,),
    Category.OFFENSIVE.value: (DECREE_147,),
    Category.PRIVACY_CHILD.value: (DECREE_147,),
    Category.IMPERSONATION.value: (DECREE_147,),
    Category.FAILURE_TO_CORRECT.value: (DECREE_147,),
}

# The clause of the alliance's code of conduct each category breaches (committee data; editable).
DEFAULT_RULES: dict[str, tuple[str, str]] = {
    Category.UNDISCLOSED_AD.value: ("Điều 5, khoản 2 Bộ quy tắc ứng xử: công khai nội dung được tài trợ, quảng cáo",
                                    "Code of conduct, article 5(2): disclose sponsored and advertising content"),
    Category.FALSE_CLAIM.value: ("Điều 5, khoản 1 Bộ quy tắc ứng xử: không quảng cáo sai sự thật, thổi phồng công dụng",
                                 "Code of conduct, article 5(1): no false or exaggerated claims"),
    Category.UNVERIFIED_PRODUCT.value: ("Điều 5, khoản 3 Bộ quy tắc ứng xử: chỉ giới thiệu sản phẩm đã được kiểm chứng",
                                        "Code of conduct, article 5(3): promote verified products only"),
    Category.RESTRICTED_PRODUCT.value: ("Điều 5, khoản 4 Bộ quy tắc ứng xử: không quảng cáo sản phẩm bị cấm, hạn chế",
                                        "Code of conduct, article 5(4): no banned or restricted products"),
    Category.MISINFORMATION.value: ("Điều 4, khoản 1 Bộ quy tắc ứng xử: không đăng tải, chia sẻ tin giả, tin sai lệch",
                                    "Code of conduct, article 4(1): no fake or misleading news"),
    Category.FRAUD.value: ("Điều 4, khoản 2 Bộ quy tắc ứng xử: không tham gia, tiếp tay cho lừa đảo, cờ bạc",
                           "Code of conduct, article 4(2): no part in fraud or gambling"),
    Category.FAKE_ENGAGEMENT.value: ("Điều 6, khoản 1 Bộ quy tắc ứng xử: không tạo tương tác, đánh giá ảo",
                                     "Code of conduct, article 6(1): no fake engagement or reviews"),
    Category.OFFENSIVE.value: ("Điều 3, khoản 2 Bộ quy tắc ứng xử: tôn trọng thuần phong mỹ tục, không xúc phạm",
                               "Code of conduct, article 3(2): no offensive or insulting content"),
    Category.PRIVACY_CHILD.value: ("Điều 3, khoản 3 Bộ quy tắc ứng xử: bảo vệ đời tư, danh dự và trẻ em",
                                   "Code of conduct, article 3(3): protect privacy, honour and children"),
    Category.IMPERSONATION.value: ("Điều 6, khoản 2 Bộ quy tắc ứng xử: không mạo danh cá nhân, tổ chức",
                                   "Code of conduct, article 6(2): no impersonation"),
    Category.FAILURE_TO_CORRECT.value: ("Điều 7 Bộ quy tắc ứng xử: thực hiện quyết định của Ban tự giám sát",
                                        "Code of conduct, article 7: comply with the committee's decisions"),
}

# The platforms' legal names and addresses, as a request to them is addressed (editable).
DEFAULT_PLATFORMS: dict[str, tuple[str, str]] = {
    Platform.TIKTOK.value: ("TikTok Pte. Ltd.", "1 Raffles Quay, #26-10, South Tower, Singapore 048583"),
    Platform.FACEBOOK.value: ("Meta Platforms Ireland Limited (Facebook)",
                              "Merrion Road, Dublin 4, D04 X2K5, Ireland"),
    Platform.YOUTUBE.value: ("Google Asia Pacific Pte. Ltd. (YouTube)",
                             "70 Pasir Panjang Road, #03-71, Mapletree Business City, Singapore 117371"),
    Platform.INSTAGRAM.value: ("Meta Platforms Ireland Limited (Instagram)",
                               "Merrion Road, Dublin 4, D04 X2K5, Ireland"),
    Platform.ZALO.value: ("Công ty Cổ phần VNG (Zalo)", "Z06 đường số 13, phường Tân Thuận, TP. Hồ Chí Minh"),
    Platform.THREADS.value: ("Meta Platforms Ireland Limited (Threads)",
                             "Merrion Road, Dublin 4, D04 X2K5, Ireland"),
}


@dataclass(frozen=True, slots=True)
class DocumentProfile:
    """Who the committee's documents are from, and what they cite: committee data that syncs.

    Each field has a Vietnamese and an English value where documents are written in both."""

    parent_body: tuple[str, str] = ("HIỆP HỘI AN NINH MẠNG QUỐC GIA", "NATIONAL CYBERSECURITY ASSOCIATION")
    alliance: tuple[str, str] = ("LIÊN MINH “NIỀM TIN SỐ”", "THE “NIỀM TIN SỐ” ALLIANCE")
    issuing_body: tuple[str, str] = ("BAN TỰ GIÁM SÁT", "SELF-MONITORING COMMITTEE")
    abbreviation: str = "BTGS"
    place: tuple[str, str] = ("Hà Nội", "Hanoi")
    national_motto: bool = True
    contact: str = ""  # the committee's address, e-mail, telephone, as recipients reach it
    charter: tuple[str, str] = ("Điều lệ Liên minh “Niềm tin số”", "the Charter of the “Niềm tin số” alliance")
    code_of_conduct: tuple[str, str] = ("Bộ quy tắc ứng xử của người có ảnh hưởng thuộc Liên minh “Niềm tin số”",
                                        "the Code of Conduct of the influencers of the “Niềm tin số” alliance")
    authority: tuple[str, str] = ("Cục Phát thanh, truyền hình và thông tin điện tử, Bộ Văn hóa, Thể thao và Du lịch",
                                  "the Authority of Broadcasting and Electronic Information, Ministry of Culture, "
                                  "Sports and Tourism")
    rules: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_RULES))
    platforms: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_PLATFORMS))

    def text(self, name: str, lang: str) -> str:
        value = getattr(self, name)
        if isinstance(value, tuple):
            return value[1] if lang == "en" and len(value) > 1 and value[1] else value[0]
        return str(value)

    def rule(self, category: str, lang: str) -> str:
        pair = self.rules.get(category) or DEFAULT_RULES.get(category) or ("", "")
        return pair[1] if lang == "en" and pair[1] else pair[0]

    def platform(self, code: str) -> tuple[str, str]:
        """(legal name, address) of a platform; ("", "") when the committee has not named it (the
        platform "other"): a request addressed "Kính gửi: Khác" reaches no one, so the letter asks."""
        return self.platforms.get(code) or ("", "")

    def with_values(self, values: dict[str, Any]) -> DocumentProfile:
        """The profile with the committee's stored values over the defaults (unknown keys ignored)."""
        known = {f.name: f for f in fields(self)}
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                continue
            current = getattr(self, key)
            if isinstance(current, bool):
                if isinstance(value, bool):  # "false" as text is not False: a malformed value keeps the default
                    changes[key] = value
            elif isinstance(current, tuple) and isinstance(value, list | tuple) and value:
                changes[key] = (str(value[0]), str(value[1]) if len(value) > 1 else "")
            elif isinstance(current, tuple) and isinstance(value, str):
                # One text for both languages: an English letter falls back to it rather than keeping
                # the default's English (a committee in Đà Nẵng must not print "Hanoi").
                changes[key] = (value, "")
            elif isinstance(current, dict) and isinstance(value, dict):
                merged = dict(current)
                for k, v in value.items():
                    merged[str(k)] = (str(v[0]), str(v[1]) if len(v) > 1 else "") if isinstance(v, list | tuple) \
                        else (str(v), "")
                changes[key] = merged
            elif isinstance(current, str):
                changes[key] = str(value)
        return replace(self, **changes)


PROFILE_KEYS: tuple[str, ...] = tuple(f.name for f in fields(DocumentProfile))


def number_symbol(seq: int, series: str, abbreviation: str) -> str:
    """"15/TB-BTGS": a document's number and symbol, as the register lists it."""
    return f"{seq}/{series}-{abbreviation}"


def number_text(seq: int, series: str, abbreviation: str, lang: str) -> str:
    """"Số: 15/TB-BTGS" / "No. 15/TB-BTGS", as the document prints it."""
    return f"{'No.' if lang == 'en' else 'Số:'} {number_symbol(seq, series, abbreviation)}"


def place_date_text(place: str, day: date, lang: str) -> str:
    """"Hà Nội, ngày 05 tháng 12 năm 2026" / "Hanoi, 5 December 2026"."""
    from .letters import long_day_text

    return f"{place}, {long_day_text(day, lang)}"


def citations(profile: DocumentProfile, category: str, lang: str) -> list[str]:
    """The grounds a letter cites ("Căn cứ ..."): the alliance's charter and code of conduct, then
    the laws that apply to the category, in full."""
    laws = [law[1] if lang == "en" else law[0] for law in LAWS_BY_CATEGORY.get(category, (DECREE_147,))]
    return [profile.text("charter", lang), profile.text("code_of_conduct", lang), *laws]


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the administrative layout puts around a document's body."""

    profile: DocumentProfile
    lang: str
    day: date  # the document's date, in Vietnam
    number: tuple[int, str, int] | None = None  # (year, series, number) in the register, when numbered
    subject: str = ""  # "V/v ...": an official letter's summary line
    copies: tuple[str, ...] = ()  # Nơi nhận, each line as printed
    signer_for: str = ""  # "TM. BAN TỰ GIÁM SÁT"
    signer_title: str = ""  # "TRƯỞNG BAN"
    signer_name: str = ""
    second_signer: tuple[str, str] | None = None  # minutes: (title, name) of the secretary, signing left

    def number_line(self) -> str:
        if self.number is None:
            return ""
        _year, series, seq = self.number
        return number_text(seq, series, self.profile.abbreviation, self.lang)

    def number_symbol(self) -> str | None:
        """"15/TB-BTGS", or None for a document without a number."""
        if self.number is None:
            return None
        _year, series, seq = self.number
        return number_symbol(seq, series, self.profile.abbreviation)

    def place_date(self) -> str:
        return place_date_text(self.profile.text("place", self.lang), self.day, self.lang)


def signature_for(profile: DocumentProfile, lang: str) -> tuple[str, str]:
    """("TM. BAN TỰ GIÁM SÁT", "TRƯỞNG BAN"): signing on the committee's behalf, as its chair."""
    body = profile.text("issuing_body", lang)
    return (f"ON BEHALF OF THE {body}", "CHAIR") if lang == "en" else (f"TM. {body}", "TRƯỞNG BAN")


def filing_line(profile: DocumentProfile, lang: str) -> str:
    """The last line of Nơi nhận: the copy kept by the office and by the committee."""
    return f"Filed: Office, {profile.abbreviation}." if lang == "en" else f"Lưu: VT, {profile.abbreviation}."
