"""Vocabulary for the demo workspace: names, products and report wording that read as real.

All of it is invented; any likeness to a real person or product is accidental.
"""

from __future__ import annotations

FAMILY = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tạ", "Quách", "Đoàn", "Lưu", "Triệu",
)
MIDDLE = ("Thị", "Văn", "Minh", "Thanh", "Ngọc", "Hoàng", "Quốc", "Thu", "Đức", "Hải", "Bảo", "Khánh", "Gia", "Kim")
GIVEN = (
    "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Dung", "Duy", "Giang", "Hà", "Hạnh", "Hải", "Hằng",
    "Hiếu", "Hoa", "Hồng", "Huy", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "My", "Nam", "Nga", "Ngân",
    "Nhung", "Phúc", "Phương", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trinh", "Tú", "Tuấn",
    "Tùng", "Uyên", "Vân", "Việt", "Vy", "Yến", "Đạt", "Điệp", "Ánh", "Ơn", "Ưng",
)
NICK_BEFORE = ("Bác sĩ", "Chị", "Anh", "Cô giáo", "Mẹ", "Dì", "Bé", "Chú", "Thầy", "Sếp")
NICK_AFTER = (
    "Review", "Official", "TV", "Vlog", "Crypto", "Beauty", "Đầu Tư", "Làm Đẹp", "Ăn Vặt", "Online", "Chốt Đơn",
    "Săn Sale", "Du Lịch", "Kể Chuyện", "Livestream", "Gia Đình", "Fitness", "Nấu Ăn", "Công Nghệ", "Tài Chính",
)
AGENCIES = ("", "", "", "Sao Việt Media", "Ánh Dương Entertainment", "KOL Hub Sài Gòn", "Hà Nội Creators",
            "Mekong Network", "Đông Á Talent")

PRODUCTS = (
    "viên uống trắng da", "trà giảm cân", "kem trị nám", "máy lọc nước", "thực phẩm chức năng bổ gan",
    "sữa tăng chiều cao", "app vay tiền nhanh", "sàn đầu tư tiền ảo", "khóa học làm giàu", "nước hoa xách tay",
    "thuốc xương khớp gia truyền", "mỹ phẩm handmade", "vé máy bay giá rẻ", "gói bảo hiểm online",
    "điện thoại hàng bãi", "serum mọc tóc", "men vi sinh cho trẻ", "cao dán giảm đau",
)

DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "undisclosed_ad": (
        "Clip 'review' {product} nhưng thực chất là quảng cáo trả phí, không gắn nhãn #quangcao.",
        "Bài đăng nhận tài trợ {product} nhưng không ghi 'hợp tác có trả phí'.",
        "Livestream giới thiệu {product} liên tục, không công khai là nội dung quảng cáo.",
    ),
    "false_claim": (
        "Quảng cáo {product} 'khỏi hẳn sau 7 ngày', cam kết hoàn tiền 200%.",
        "Khẳng định {product} được Bộ Y tế chứng nhận, nhưng không có giấy tờ.",
        "Thổi phồng công dụng {product}: 'trắng da sau 1 đêm', có ảnh trước–sau chỉnh sửa.",
    ),
    "unverified_product": (
        "Bán {product} không rõ nguồn gốc, nói là hàng xách tay không cần giấy tờ.",
        "Giới thiệu {product} giả nhãn hiệu nổi tiếng, giá rẻ bất thường.",
    ),
    "restricted_product": (
        "Quảng cáo {product} như thuốc chữa bệnh, khuyên người bệnh bỏ thuốc điều trị.",
        "Quảng cáo {product} cho trẻ em dưới 24 tháng, trái quy định.",
        "Giới thiệu gói đầu tư tài chính lãi suất {percent}%/tháng không có giấy phép.",
    ),
    "misinformation": (
        "Chia sẻ thông tin sai về chính sách hoàn thuế, gây hoang mang.",
        "Đăng tin giả về thiên tai ở miền Trung để kêu gọi quyên góp.",
        "Lan truyền tin đồn thất thiệt về một ngân hàng sắp phá sản.",
    ),
    "fraud": (
        "Video giới thiệu sàn đầu tư tiền ảo, cam kết lợi nhuận {percent}%/tháng, kêu gọi nạp tiền qua Zalo.",
        "Ứng dụng cho vay 'lãi 0%' nhưng thu phí ẩn, nhiều người bị đòi nợ kiểu khủng bố.",
        "Livestream 'mở hộp may mắn' có dấu hiệu cờ bạc trá hình, người xem nạp tiền để tham gia.",
        "Kêu gọi chuyển khoản đặt cọc {product} rồi chặn liên lạc.",
    ),
    "fake_engagement": (
        "Mua hàng nghìn đánh giá 5 sao ảo cho {product}.",
        "Lượt xem livestream tăng đột biến bất thường, nghi dùng tài khoản ảo.",
    ),
    "offensive": (
        "Ngôn từ xúc phạm người khuyết tật trong livestream tối {day}/{month}.",
        "Clip có nội dung phản cảm, dung tục để câu view.",
    ),
    "privacy_child": (
        "Đăng ảnh trẻ em không che mặt kèm thông tin trường học để quảng cáo {product}.",
        "Tung clip riêng tư của người khác, bình luận xúc phạm danh dự.",
    ),
    "impersonation": (
        "Tài khoản giả mạo người nổi tiếng để bán {product}.",
        "Mạo danh nhân viên ngân hàng hướng dẫn 'cập nhật tài khoản'.",
    ),
    "failure_to_correct": (
        "Đã được nhắc nhở nhưng không gỡ bài quảng cáo {product} sau 7 ngày.",
        "Không phản hồi yêu cầu cải chính của ban tự giám sát.",
    ),
}

NOTES = (
    "Đã liên hệ người có ảnh hưởng qua email, chờ phản hồi.",
    "Chứng cứ chưa đủ, cần thêm ảnh chụp màn hình có thời gian.",
    "Bài đăng đã bị gỡ sau khi nhắc nhở.",
    "Đã đối chiếu giấy chứng nhận sản phẩm: không khớp với nội dung quảng cáo.",
    "Người phản ánh gửi thêm video quay màn hình livestream.",
    "Nhãn hàng xác nhận có hợp đồng quảng cáo với người có ảnh hưởng.",
    "Đề nghị đưa vào cuộc họp tới.",
    "Đã gửi văn bản đề nghị gỡ nội dung tới nền tảng.",
    "Trùng với phản ánh trước đó, đề nghị gộp hồ sơ.",
    "Người có ảnh hưởng đã phản hồi, cam kết gắn nhãn quảng cáo từ nay.",
    "Cần ý kiến thẩm định viên về quy định quảng cáo thực phẩm chức năng.",
    "Đã lưu trang web làm chứng cứ trước khi bị xóa.",
)

REJECT_REASONS = (
    "Ngoài phạm vi: người bị phản ánh không phải người có ảnh hưởng.",
    "Không đủ chứng cứ.",
    "Trùng lặp với hồ sơ đã xử lý.",
)
CLOSE_REASONS = (
    "Giải quyết không chính thức: người có ảnh hưởng đã sửa bài và gắn nhãn quảng cáo.",
    "Giải quyết không chính thức: nội dung đã được gỡ, người có ảnh hưởng xin lỗi người xem.",
)
# Why the committee went on without waiting for the influencer's reply (the right of reply).
SKIP_REPLY_REASONS = (
    "Người có ảnh hưởng đã gửi giải trình bằng văn bản trong quá trình xác minh.",
    "Không liên lạc được với người có ảnh hưởng qua mọi kênh đã đăng ký sau nhiều lần gửi.",
    "Người có ảnh hưởng đã trả lời trong một hồ sơ trước về cùng bài đăng.",
)
APPEAL_REASONS = (
    "Người có ảnh hưởng đề nghị phúc xét: bài đăng đã được gắn nhãn quảng cáo từ trước khi bị phản ánh.",
    "Người có ảnh hưởng cung cấp thêm hợp đồng và chứng từ, đề nghị xem xét lại mức xử lý.",
    "Công ty quản lý của người có ảnh hưởng đề nghị xem xét lại vì vi phạm lần đầu.",
)
# A decision's rationale says what was found about this kind of violation, then why this
# measure: a fraud decision speaks of fraud, never of a missing advertising label.
NOT_UPHELD = {
    "undisclosed_ad": "Người có ảnh hưởng đã chứng minh nội dung không phải quảng cáo.",
    "false_claim": "Nhãn hàng đã cung cấp tài liệu chứng minh công dụng được nêu.",
    "unverified_product": "Người có ảnh hưởng đã cung cấp giấy tờ hợp lệ về nguồn gốc sản phẩm.",
    "restricted_product": "Sản phẩm có giấy phép quảng cáo hợp lệ, nội dung đúng với giấy phép.",
    "misinformation": "Thông tin được đăng có nguồn chính thức, không sai lệch.",
    "fraud": "Không có chứng cứ người xem bị kêu gọi chuyển tiền hay bị thiệt hại.",
    "fake_engagement": "Nền tảng xác nhận lượt tương tác không đến từ tài khoản ảo.",
    "offensive": "Nội dung không vượt quá chuẩn mực, không nhằm xúc phạm ai.",
    "privacy_child": "Người liên quan và cha mẹ của trẻ đã đồng ý cho đăng hình ảnh.",
    "impersonation": "Tài khoản bị phản ánh là tài khoản chính chủ.",
    "failure_to_correct": "Người có ảnh hưởng đã gỡ bài và cải chính đúng hạn.",
}
NO_GROUNDS = "Không đủ căn cứ kết luận vi phạm."
INFORMALLY_RESOLVED = "Người có ảnh hưởng đã tự gỡ hoặc sửa nội dung trước phiên họp và cam kết không tái phạm."
FINDINGS = {
    "undisclosed_ad": "Nội dung quảng cáo có trả phí nhưng không gắn nhãn quảng cáo",
    "false_claim": "Nội dung quảng cáo nêu công dụng sai sự thật, gây hiểu lầm cho người tiêu dùng",
    "unverified_product": "Giới thiệu sản phẩm không rõ nguồn gốc, không có giấy tờ chứng minh chất lượng",
    "restricted_product": "Quảng cáo sản phẩm thuộc diện quản lý đặc biệt trái quy định",
    "misinformation": "Đăng tải thông tin sai sự thật, gây hoang mang dư luận",
    "fraud": "Có dấu hiệu lừa đảo: kêu gọi người xem chuyển tiền, gây thiệt hại cho người tham gia",
    "fake_engagement": "Dùng tương tác và đánh giá ảo để đánh lừa người xem",
    "offensive": "Dùng ngôn từ, hình ảnh phản cảm, xúc phạm người khác",
    "privacy_child": "Xâm phạm đời tư, danh dự của người khác, đăng hình ảnh trẻ em không được phép",
    "impersonation": "Mạo danh người hoặc tổ chức khác để trục lợi",
    "failure_to_correct": "Không thực hiện yêu cầu gỡ bài, cải chính của ban",
}
MEASURES = {  # by level on the outcome ladder
    1: "vi phạm lần đầu, mức độ nhẹ; nhắc nhở và yêu cầu khắc phục.",
    2: "yêu cầu gỡ hoặc sửa bài trong 24 giờ; cảnh cáo.",
    3: "yêu cầu cải chính và xin lỗi công khai trên kênh chính.",
    4: "tái phạm nhiều lần trong 90 ngày; công bố trong danh sách không tuân thủ 3 tháng.",
    5: "vi phạm nghiêm trọng, không hợp tác; tạm đình chỉ tư cách thành viên.",
    6: "vi phạm có hệ thống, gây thiệt hại lớn; khai trừ khỏi liên minh.",
    7: "có dấu hiệu tội phạm; chuyển hồ sơ tới cơ quan có thẩm quyền.",
}


def rationales(category: str, outcome: str, level: int) -> tuple[str, ...]:
    """The rationales that fit a decision of ``outcome`` (at ``level``) on a case of ``category``."""
    if outcome == "informally_resolved":
        return (INFORMALLY_RESOLVED,)
    if level == 0:
        return (NO_GROUNDS, NOT_UPHELD[category])
    return (f"{FINDINGS[category]}; {MEASURES[level]}",)


FOLLOW_UPS = (
    "Gỡ bài vi phạm và gửi xác nhận cho ban",
    "Đăng bài cải chính trên kênh chính",
    "Gắn nhãn quảng cáo cho các bài liên quan",
    "Gửi công văn đề nghị nền tảng gỡ nội dung",
)
PLACES = ("Phòng họp Hiệp hội, 26 Hàng Bài, Hà Nội", "Trực tuyến (Zoom)", "Văn phòng đại diện TP.HCM")
COMMITTEE = (
    ("Trần Thu Hà", "secretary"),
    ("Lê Quốc Bảo", "reviewer"),
    ("Phạm Ngọc Anh", "reviewer"),
    ("Nguyễn Đức Minh", "member"),
    ("Võ Thanh Tâm", "member"),
    ("Đặng Hải Yến", "member"),
    ("Bùi Gia Khánh", "member"),
    ("Hồ Kim Ngân", "observer"),
)
HOSTS = {
    "tiktok": "tiktok.com",
    "facebook": "facebook.com",
    "youtube": "youtube.com",
    "instagram": "instagram.com",
    "zalo": "zalo.me",
    "threads": "threads.net",
    "other": "shopee.vn",
}

# Scam campaigns: a shop or scheme that hires several influencers at once, so its reports share
# its phone number, bank account, shop and chat group (the indicators that link cases). Every
# shop, domain and scheme here is invented: (shop, domain, product, bank as people write it).
CAMPAIGNS = (
    ("Siêu Sale 247", "sieu-sale-247.vn", "đồng hồ nam chính hãng", "Vietcombank"),
    ("Vàng Đầu Tư Lộc Phát", "vangdautu-locphat.vn", "gói đầu tư vàng lãi ngày", "Techcombank"),
    ("Vay Nhanh 24h", "vaynhanh-24h-online.vn", "khoản vay giải ngân trong 5 phút", "MB Bank"),
    ("Quà Tặng Tri Ân", "quatang-trian-khachhang.vn", "hộp quà tri ân cuối năm", "ACB"),
)
# What people write about a campaign's posts: each names some of its phone, account, shop link
# and Zalo group, in the many ways people write them.
CAMPAIGN_REPORTS = (
    "Clip quảng cáo {product} giảm 70%, kêu gọi nhắn Zalo {phone} để đặt hàng, chuyển khoản cọc {price}đ vào "
    "STK {account} {bank}. Chuyển xong thì bị chặn liên lạc.",
    "Livestream giới thiệu shop {shop} ({link}) bán {product} giá rẻ bất thường; người xem được mời vào nhóm "
    "{group} để nhận quà.",
    "Bài đăng tặng voucher {product}, yêu cầu chuyển phí giữ đơn {price}đ vào {bank} - {account}, liên hệ "
    "{phone} (chị Thảo).",
    "Tôi đặt {product} theo link {link} trong video, shop hẹn giao hàng nhưng không giao. Số của shop: {phone}.",
    "Video kêu gọi tham gia nhóm Zalo {group}, nạp tiền qua số tài khoản {account} ({bank}) để nhận "
    "{product}; hotline {phone}.",
    "Người có ảnh hưởng nói đã mua {product} ở {link} và cam kết hoàn tiền, nhưng đó là quảng cáo có trả phí; "
    "shop nhắn Zalo {phone}, bắt chuyển khoản trước vào STK {account} {bank}.",
)
