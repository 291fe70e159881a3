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
    "Đã gửi yêu cầu gỡ nội dung tới nền tảng.",
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
APPEAL_REASONS = (
    "Người có ảnh hưởng đề nghị phúc xét: bài đăng đã được gắn nhãn quảng cáo từ trước khi bị phản ánh.",
    "Người có ảnh hưởng cung cấp thêm hợp đồng và chứng từ, đề nghị xem xét lại mức xử lý.",
    "Công ty quản lý của người có ảnh hưởng đề nghị xem xét lại vì vi phạm lần đầu.",
)
RATIONALES = {
    0: ("Không đủ căn cứ kết luận vi phạm.", "Người có ảnh hưởng đã chứng minh nội dung không phải quảng cáo."),
    1: ("Vi phạm lần đầu, mức độ nhẹ; nhắc nhở gắn nhãn quảng cáo.",),
    2: ("Quảng cáo không gắn nhãn, đã được nhắc nhở trước đó; yêu cầu gỡ bài trong 24 giờ.",),
    3: ("Thông tin sai sự thật gây hiểu lầm cho người tiêu dùng; yêu cầu cải chính công khai.",),
    4: ("Tái phạm nhiều lần trong 90 ngày; công bố trong danh sách không tuân thủ 3 tháng.",),
    5: ("Vi phạm nghiêm trọng, không hợp tác; tạm đình chỉ tư cách thành viên.",),
    6: ("Lừa đảo có hệ thống, gây thiệt hại lớn; khai trừ khỏi liên minh.",),
    7: ("Có dấu hiệu tội phạm; chuyển hồ sơ tới cơ quan có thẩm quyền.",),
}
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
