"""Indicators found in reports' text and typed by members (``domain.indicators``): one value per
thing however it is written, nothing found that is not there."""

from __future__ import annotations

import hashlib
import socket
import unicodedata

import pytest

from moderator_app.domain import indicators as ind
from moderator_app.domain.errors import UserError
from moderator_app.domain.indicators import COMMON_DOMAINS, Indicator, Kind, extract, guess, normalise

# Real, checksummed addresses (public contract and example addresses), so the checks are exercised.
TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
ETH = "0xdAC17F958D2ee523a2206206994597C13D831ec7"
BTC_P2PKH = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
BTC_P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
BTC_BECH32 = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"


def found(text: str, **kwargs: int) -> list[tuple[str, str]]:
    return [(i.kind, i.value) for i in extract(text, **kwargs)]


def spans_read(text: str) -> list[tuple[str, str]]:
    return [(i.value, text[i.start:i.end]) for i in extract(text)]


# --- kinds and ids ----------------------------------------------------------------------------


def test_kinds_and_their_labels():
    assert Kind.codes() == ["phone", "bank_account", "url", "domain", "handle", "email", "wallet", "image"]
    assert Kind.PHONE.label("vi") == "Số điện thoại" and Kind.PHONE.label("en") == "Phone number"
    assert Kind.BANK_ACCOUNT.label("vi") == "Tài khoản ngân hàng" and Kind.BANK_ACCOUNT.label("en") == "Bank account"
    assert Kind.URL.label("vi") == "Đường dẫn" and Kind.URL.label("en") == "Link"
    assert Kind.DOMAIN.label("vi") == "Tên miền" and Kind.DOMAIN.label("en") == "Domain"
    assert Kind.HANDLE.label("vi") == "Tài khoản mạng xã hội" and Kind.HANDLE.label("en") == "Social account"
    assert Kind.EMAIL.label("vi") == "Thư điện tử" and Kind.EMAIL.label("en") == "E-mail"
    assert Kind.WALLET.label("vi") == "Ví tiền mã hóa" and Kind.WALLET.label("en") == "Crypto wallet"
    assert Kind.IMAGE.label("vi") == "Ảnh tương tự" and Kind.IMAGE.label("en") == "Similar image"
    assert Kind("phone") is Kind.PHONE


def test_indicator_id_is_a_hash_of_kind_and_value():
    expected = hashlib.sha256(b"phone\0+84912345678").hexdigest()[:32]
    assert ind.indicator_id("phone", "+84912345678") == expected
    assert len(expected) == 32
    assert ind.indicator_id("phone", "+84912345679") != expected
    assert ind.indicator_id("url", "+84912345678") != expected


# --- whole reports ------------------------------------------------------------------------------


def test_a_scam_report_yields_exactly_its_indicators():
    text = ("Chuyển khoản cọc 500.000đ vào STK 0123 456 789 Vietcombank chủ TK NGUYEN VAN A, liên hệ Zalo "
            "0912.345.678 hoặc vào nhóm https://zalo.me/g/abcxyz123 để nhận quà. Link mua: "
            f"https://shopee.vn/product/123?utm_source=fb . Ví USDT TRC20: {TRON}")
    assert found(text) == [
        ("bank_account", "vietcombank:0123456789"),
        ("phone", "+84912345678"),
        ("url", "https://zalo.me/g/abcxyz123"),
        ("url", "https://shopee.vn/product/123"),
        ("wallet", f"tron:{TRON}"),
    ]
    by_kind = {i.kind: i for i in extract(text)}
    assert by_kind["bank_account"].display == "Vietcombank 0123456789"
    assert by_kind["phone"].display == "0912 345 678"
    assert text[by_kind["phone"].start:by_kind["phone"].end] == "0912.345.678"
    assert text[by_kind["bank_account"].start:by_kind["bank_account"].end] == "0123 456 789"


def test_a_livestream_report_with_a_campaign_site():
    text = ("Em bị lừa khi mua hàng qua livestream của kênh @review.do.an trên TikTok "
            "(https://www.tiktok.com/@review.do.an/video/7301234567890123456?is_from_webapp=1&sender_device=pc). "
            "Người bán bảo chuyển 1.500.000đ ngày 20/11/2026 vào tài khoản Techcombank: 1903 6789 0123 45. "
            "Họ gửi web nhanqua-tiktok2024.com/dang-ky, email hỗ trợ CSKH@nhanqua-tiktok2024.com 😭😭")
    assert found(text) == [
        ("handle", "any:@review.do.an"),
        ("url", "https://tiktok.com/@review.do.an/video/7301234567890123456"),
        ("handle", "tiktok:@review.do.an"),
        ("bank_account", "techcombank:19036789012345"),
        ("url", "https://nhanqua-tiktok2024.com/dang-ky"),
        ("domain", "nhanqua-tiktok2024.com"),
        ("email", "cskh@nhanqua-tiktok2024.com"),
    ]


def test_a_chat_export_with_the_bank_on_its_own_line():
    text = ("[20:15] Shop Mỹ Phẩm: Chị chuyển giúp em nhé\n"
            "Ngân hàng: Vietcombank\n"
            "STK: 0123456789\n"
            "Chủ TK: NGUYEN THI B\n"
            "[20:16] Shop Mỹ Phẩm: xong chị gửi bill qua zalo.me/0987654321 ạ")
    assert found(text) == [
        ("bank_account", "vietcombank:0123456789"),
        ("url", "https://zalo.me/0987654321"),
        ("handle", "zalo:@0987654321"),
        ("phone", "+84987654321"),
    ]


def test_plain_text_without_indicators_yields_nothing():
    text = ("Tôi thấy quảng cáo này không ghi rõ là quảng cáo, sản phẩm chưa được kiểm định. Giá 1.500.000đ, "
            "giảm 15%, còn 84.000.000 VNĐ, hạn 20/11/2026, lúc 20:30, năm 2024, 100.000 người xem, 3.5 sao. "
            "Xong.Sau đó mở readme.md rồi v.v. TP.HCM, Q.1, P.Bến Nghé.")
    assert found(text) == []


# --- phones ---------------------------------------------------------------------------------------


def test_one_number_written_many_ways_is_one_value_spanning_its_first_form():
    text = ("Gọi 0912 345 678, 0912.345.678, 0912-345-678, +84 912345678, 84912345678, (+84) 912 345 678 "
            "hoặc +84912345678")
    assert spans_read(text) == [("+84912345678", "0912 345 678")]
    for form in ["0912 345 678", "0912.345.678", "0912-345-678", "+84 912345678", "84912345678",
                 "(+84) 912 345 678"]:
        assert found(f"Gọi {form} nhé") == [("phone", "+84912345678")], form


def test_landlines_hotlines_and_foreign_numbers():
    assert spans_read("bàn (028) 3823 4567 hoặc 024.3823.4567") == [
        ("+842838234567", "(028) 3823 4567"), ("+842438234567", "024.3823.4567")]
    assert [i.display for i in extract("Tổng đài 1900 1234, số Campuchia +855 12 345 678")] == [
        "1900 1234", "+855 12 345 678"]


def test_amounts_dates_and_pieces_of_longer_numbers_are_not_phones():
    assert found("chuyển 1.500.000đ ngày 20/11/2026, mã đơn 0123456789012345") == []
    assert found("số tiền 0912345678đ") == []
    assert found("1,0912345678 và 0912345678,5") == []
    # An account written in spaced groups holds a valid number at its start: still only an account.
    assert found("STK 0912 345 678 901 Techcombank") == [("bank_account", "techcombank:0912345678901")]


def test_numbers_listed_together_are_each_found():
    assert found("liên hệ 0912345678 0987654321 nhé") == [("phone", "+84912345678"), ("phone", "+84987654321")]
    assert found("0912 345 678 0987 654 321") == [("phone", "+84912345678"), ("phone", "+84987654321")]
    assert found("0912345678,0987654321") == [("phone", "+84912345678"), ("phone", "+84987654321")]


def test_invalid_numbers_are_not_phones():
    assert found("số 0123456789 và 0212345678") == []


# --- bank accounts --------------------------------------------------------------------------------


def test_accounts_need_an_introduction():
    assert found("mã vận đơn 123456789") == []
    assert found("STK 123456789") == [("bank_account", "unknown:123456789")]
    assert [i.display for i in extract("STK 123456789")] == ["STK 123456789"]


@pytest.mark.parametrize(("text", "value"), [
    ("số tài khoản 0123456789 tại ngân hàng Quân Đội", "mbbank:0123456789"),
    ("so tai khoan 0123456789 ngan hang quan doi", "mbbank:0123456789"),
    ("TK ngân hàng BIDV số 1234567890", "bidv:1234567890"),
    ("Vietcombank STK 9988776655", "vietcombank:9988776655"),
    ("Vietcombank - STK: 0123.456.789", "vietcombank:0123456789"),
    ("STK: 0123-456-789 - VCB", "vietcombank:0123456789"),
    ("SeA Bank 123456789", "seabank:123456789"),
    ("Nam A Bank: 0001112223", "namabank:0001112223"),
    ("chuyển vào tài khoản Vietinbank 100872345678", "vietinbank:100872345678"),
    ("STK: 19036780012345 (Techcombank) - chủ tk TRAN THI B", "techcombank:19036780012345"),
    ("account no. 123456789 at LienVietPostBank", "lpbank:123456789"),
    ("A/C no. 123456789 (HSBC)", "unknown:123456789"),
])
def test_accounts_and_their_banks(text, value):
    assert found(text) == [("bank_account", value)]


def test_every_bank_is_known_by_its_code_name_and_aliases():
    for code, name, aliases in ind._BANKS:
        assert ind.BANK_NAMES[code] == name
        for written in (code, name, name.upper(), *aliases):
            assert normalise("bank_account", f"{written} 0123456789").value == f"{code}:0123456789", written
            assert found(f"STK 0123456789 {written}") == [("bank_account", f"{code}:0123456789")], written


def test_bank_names_match_without_diacritics_and_when_decomposed():
    composed_text = "Thông tin: STK 0123456789 Việtcombank"
    decomposed = unicodedata.normalize("NFD", composed_text)
    assert len(decomposed) > len(composed_text)
    for text in (composed_text, decomposed):
        result = extract(text)
        assert [(i.kind, i.value) for i in result] == [("bank_account", "vietcombank:0123456789")]
        assert text[result[0].start:result[0].end] == "0123456789"


def test_each_account_keeps_its_own_bank():
    for text in ("STK 111111111 VCB, STK 222222222 ACB", "STK 111111111 VCB STK 222222222 ACB",
                 "STK 111111111 - VCB - STK 222222222 - ACB"):
        assert found(text) == [("bank_account", "vietcombank:111111111"), ("bank_account", "acb:222222222")], text
    assert found("STK 0123456789, Vietcombank 9988776655") == [
        ("bank_account", "unknown:0123456789"), ("bank_account", "vietcombank:9988776655")]
    assert found("Số tài khoản MBBank: 0123456780 (chủ tk A). Hoặc STK 0123456789") == [
        ("bank_account", "mbbank:0123456780"), ("bank_account", "unknown:0123456789")]


def test_a_phone_number_used_as_an_account_is_both():
    assert found("STK 0912345678 MB Bank") == [("phone", "+84912345678"), ("bank_account", "mbbank:0912345678")]


def test_amounts_after_a_bank_are_not_accounts():
    assert found("VCB 1.500.000đ và Techcombank 2.000.000 VND, ACB 500000 k") == []


# --- links and domains ---------------------------------------------------------------------------


def test_links_are_normalised():
    text = ("trang https://WWW.Scam.vn:443/Path/To/?b=2&a=1&fbclid=x&utm_source=y&igshid=z#top, "
            "rồi (http://scam.vn:80/a/) và “www.lua-dao.net/Khuyen-Mai?si=abc&_t=1&_r=2”.")
    assert found(text) == [
        ("url", "https://scam.vn/Path/To?a=1&b=2"),
        ("domain", "scam.vn"),
        ("url", "http://scam.vn/a"),
        ("url", "https://lua-dao.net/Khuyen-Mai"),
        ("domain", "lua-dao.net"),
    ]
    assert spans_read("(https://en.wikipedia.org/wiki/Foo_(bar)).")[0] == (
        "https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)")


def test_bare_links_only_under_a_public_suffix():
    text = "vào luadao.vn hoặc nhanqua-2024.com.vn/dang-ky, không phải abc.notasuffix/x hay readme.md"
    assert found(text) == [
        ("url", "https://luadao.vn"), ("domain", "luadao.vn"),
        ("url", "https://nhanqua-2024.com.vn/dang-ky"), ("domain", "nhanqua-2024.com.vn"),
    ]


def test_domains_of_big_platforms_are_not_indicators_but_their_links_are():
    assert {"tiktok.com", "facebook.com", "zalo.me", "t.me", "shopee.vn", "youtu.be"} <= COMMON_DOMAINS
    assert found("https://shopee.vn/product/123 và https://youtu.be/abcDEF") == [
        ("url", "https://shopee.vn/product/123"), ("url", "https://youtu.be/abcDEF")]
    # A platform's home page names nothing at all.
    assert found("mua trên Shopee.vn hoặc https://www.tiktok.com/") == []


def test_the_registered_domain_follows_the_suffix_list():
    assert found("https://shop.lua-dao.com.vn/a https://lua-dao.github.io/x abc.blogspot.com") == [
        ("url", "https://shop.lua-dao.com.vn/a"), ("domain", "lua-dao.com.vn"),
        ("url", "https://lua-dao.github.io/x"), ("domain", "lua-dao.github.io"),
        ("url", "https://abc.blogspot.com"), ("domain", "abc.blogspot.com"),
    ]


def test_the_suffix_list_is_read_offline(monkeypatch, tmp_path):
    attempts = []

    def no_network(*args, **kwargs):
        attempts.append(args)
        raise OSError("network used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(ind, "_EXTRACTOR", None)
    ind.registered_domain.cache_clear()
    assert found("https://sub.never-seen-before.com.vn/x") == [
        ("url", "https://sub.never-seen-before.com.vn/x"), ("domain", "never-seen-before.com.vn")]
    assert ind.registered_domain("a.b.example.co.uk") == "example.co.uk"
    assert attempts == []
    assert list(tmp_path.rglob("*")) == []  # no cache written


# --- social accounts --------------------------------------------------------------------------------


def test_accounts_from_profile_and_video_links():
    text = ("https://www.tiktok.com/@DenVau/video/7234567890123 https://www.facebook.com/profile.php?id=100012345678 "
            "https://m.facebook.com/nguyen.van.a/ https://facebook.com/groups/123 https://instagram.com/lua.dao/ "
            "https://www.youtube.com/@KenhLua/videos https://twitter.com/LuaDao/status/1 https://x.com/home "
            "t.me/luadao_vn https://t.me/s/kenh_lua")
    handles = [(i.value, i.display) for i in extract(text) if i.kind == "handle"]
    assert handles == [
        ("tiktok:@denvau", "@denvau (TikTok)"),
        ("facebook:id:100012345678", "id 100012345678 (Facebook)"),
        ("facebook:@nguyen.van.a", "@nguyen.van.a (Facebook)"),
        ("instagram:@lua.dao", "@lua.dao (Instagram)"),
        ("youtube:@kenhlua", "@kenhlua (YouTube)"),
        ("x:@luadao", "@luadao (X)"),
        ("telegram:@luadao_vn", "@luadao_vn (Telegram)"),
        ("telegram:@kenh_lua", "@kenh_lua (Telegram)"),
    ]
    tiktok = extract("xem https://www.tiktok.com/@DenVau/video/1")
    assert [text[i.start:i.end] for text in ["xem https://www.tiktok.com/@DenVau/video/1"] for i in tiktok] == [
        "https://www.tiktok.com/@DenVau/video/1", "DenVau"]


def test_group_invites_are_links_kept_as_written():
    text = "vào nhóm zalo.me/g/AbcXyz123 hoặc https://t.me/+AbCdEf123 hoặc t.me/joinchat/XyZ"
    assert found(text) == [
        ("url", "https://zalo.me/g/AbcXyz123"), ("url", "https://t.me/+AbCdEf123"), ("url", "https://t.me/joinchat/XyZ")]
    assert all(ind.is_group_link(value) for _, value in found(text))
    assert not ind.is_group_link("https://t.me/luadao_vn")
    assert not ind.is_group_link("https://zalo.me/0912345678")
    assert not ind.is_group_link("https://t.me/+84912345678")
    assert ind.is_group_link("https://chat.whatsapp.com/AbC123")


def test_zalo_and_telegram_phone_links_give_the_phone():
    assert found("zalo.me/0912345678") == [
        ("url", "https://zalo.me/0912345678"), ("handle", "zalo:@0912345678"), ("phone", "+84912345678")]
    assert found("https://zalo.me/84912345678") == [
        ("url", "https://zalo.me/84912345678"), ("handle", "zalo:@0912345678"), ("phone", "+84912345678")]
    assert ("phone", "+84912345678") in found("https://t.me/+84912345678")


def test_mentions():
    text = "theo dõi @DenVau và (@lua.dao). Không phải a@b, scam@lua-dao.vn, @ab, @1234 hay x@y"
    assert [(i.kind, i.value) for i in extract(text) if i.kind == "handle"] == [
        ("handle", "any:@denvau"), ("handle", "any:@lua.dao")]
    assert spans_read("theo dõi @DenVau.")[0] == ("any:@denvau", "@DenVau")
    assert found("@" + "a" * 31) == []


# --- e-mails and wallets ----------------------------------------------------------------------------


def test_emails_are_lower_case_and_webmail_domains_are_not_indicators():
    assert found("mail ABC.Def@Gmail.com hoặc hotro@Lua-Dao.vn.") == [
        ("email", "abc.def@gmail.com"), ("email", "hotro@lua-dao.vn"), ("domain", "lua-dao.vn")]
    assert found("tên@miền, a@b, .a@b.vn") == []


def test_wallets():
    text = f"ETH {ETH}, BTC {BTC_P2PKH} {BTC_P2SH} {BTC_BECH32.upper()}, TRC20 {TRON}"
    assert found(text) == [
        ("wallet", f"eth:{ETH.lower()}"), ("wallet", f"btc:{BTC_P2PKH}"), ("wallet", f"btc:{BTC_P2SH}"),
        ("wallet", f"btc:{BTC_BECH32}"), ("wallet", f"tron:{TRON}"),
    ]
    assert [i.display for i in extract(TRON)] == [f"{TRON} (TRON)"]


def test_wallets_with_a_typo_fail_their_checksum():
    typo = TRON[:-1] + ("u" if TRON[-1] != "u" else "v")
    assert found(f"ví {typo} và {BTC_P2PKH[:-1]}b và {BTC_BECH32[:-1]}x") == []


def test_a_wallet_in_an_explorer_link_is_found():
    text = f"xem https://tronscan.org/#/address/{TRON} nhé"
    assert ("wallet", f"tron:{TRON}") in found(text)
    assert ("domain", "tronscan.org") in found(text)


# --- text as people write it --------------------------------------------------------------------------


def test_zero_width_characters_do_not_split_indicators_and_spans_stay_in_the_text():
    text = "gọi 0912\u200b345\u200d678 hoặc https://sho\ufeffpee.vn/abc"
    assert spans_read(text) == [
        ("+84912345678", "0912\u200b345\u200d678"), ("https://shopee.vn/abc", "https://sho\ufeffpee.vn/abc")]


def test_spans_count_code_points_past_emoji():
    text = "😀😀 gọi 0912 345 678 🙏 hoặc STK 0123456789 VCB"
    assert spans_read(text) == [("+84912345678", "0912 345 678"), ("vietcombank:0123456789", "0123456789")]


def test_results_are_capped_and_work_is_bounded():
    phones = ", ".join(f"0912{n:06d}" for n in range(1000))
    result = extract(phones, limit=500)
    assert len(result) == 500
    assert result[0].value == "+84912000000" and result[-1].value == "+84912000499"
    assert len(extract("1234567890" * 200_000)) == 0  # 2 MB of digits
    assert len(extract("0912345678, " * 200_000)) == 1
    assert extract("a." * 1_000_000) == []
    late = "x" * ind.MAX_TEXT + " 0912345678"
    assert extract(late) == []
    assert extract("") == [] and extract("0912345678", limit=0) == []


# --- typed values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "typed", "value", "display"), [
    ("phone", "0912.345.678", "+84912345678", "0912 345 678"),
    ("phone", "(+84) 912 345 678", "+84912345678", "0912 345 678"),
    ("phone", "tel:+84912345678", "+84912345678", "0912 345 678"),
    ("bank_account", "Vietcombank 0123456789", "vietcombank:0123456789", "Vietcombank 0123456789"),
    ("bank_account", "VCB: 0123 456 789", "vietcombank:0123456789", "Vietcombank 0123456789"),
    ("bank_account", "STK 0123456789 MB Bank", "mbbank:0123456789", "MB 0123456789"),
    ("bank_account", "0123456789", "unknown:0123456789", "STK 0123456789"),
    ("url", "shopee.vn/abc?utm_source=x#frag", "https://shopee.vn/abc", "https://shopee.vn/abc"),
    ("url", "HTTPS://WWW.Example.COM:443/A/B/", "https://example.com/A/B", "https://example.com/A/B"),
    ("domain", "https://sub.luadao.com.vn/x", "luadao.com.vn", "luadao.com.vn"),
    ("handle", "@DenVau", "any:@denvau", "@denvau"),
    ("handle", "@denvau (TikTok)", "tiktok:@denvau", "@denvau (TikTok)"),
    ("handle", "https://www.tiktok.com/@denvau", "tiktok:@denvau", "@denvau (TikTok)"),
    ("email", "Hotro@Lua-Dao.vn", "hotro@lua-dao.vn", "hotro@lua-dao.vn"),
    ("wallet", ETH, f"eth:{ETH.lower()}", f"{ETH.lower()} (Ethereum)"),
    ("wallet", f"tron:{TRON}", f"tron:{TRON}", f"{TRON} (TRON)"),
    ("image", "0123456789ABCDEF", "0123456789abcdef", "0123456789abcdef"),
])
def test_normalise(kind, typed, value, display):
    assert normalise(kind, typed) == Indicator(kind, value, display)


@pytest.mark.parametrize(("kind", "typed", "code", "vi_part"), [
    ("phone", "12345", "invalid_phone", "không phải là số điện thoại hợp lệ"),
    ("phone", "0123456789", "invalid_phone", "không phải là số điện thoại hợp lệ"),
    ("bank_account", "12", "invalid_bank_account", "không phải là tài khoản ngân hàng hợp lệ"),
    ("bank_account", "0123456789 9876543210", "invalid_bank_account", "không phải là tài khoản ngân hàng hợp lệ"),
    ("bank_account", "Vietcmbank 0123456789", "unknown_bank", "không nhận ra ngân hàng"),
    ("url", "abc", "invalid_url", "không phải là đường dẫn hợp lệ"),
    ("url", "javascript:alert(1)", "invalid_url", "không phải là đường dẫn hợp lệ"),
    ("domain", "luadao", "invalid_domain", "không phải là tên miền hợp lệ"),
    ("handle", "denvau", "invalid_handle", "không phải là tài khoản mạng xã hội hợp lệ"),
    ("handle", "https://facebook.com/groups/123", "invalid_handle", "không phải là tài khoản mạng xã hội hợp lệ"),
    ("email", "a@b", "invalid_email", "không phải là thư điện tử hợp lệ"),
    ("wallet", TRON[:-1] + "u", "invalid_wallet", "không phải là ví tiền mã hóa hợp lệ"),
    ("wallet", f"eth:{TRON}", "invalid_wallet", "không phải là ví tiền mã hóa hợp lệ"),
    ("image", "xyz", "invalid_image", "không phải là ảnh tương tự hợp lệ"),
    ("phone", "  ", "empty_indicator", "chưa nhập số điện thoại"),
])
def test_normalise_refuses_in_both_languages(kind, typed, code, vi_part):
    with pytest.raises(UserError) as caught:
        normalise(kind, typed)
    assert caught.value.code == code
    assert vi_part in caught.value.text("vi")
    assert caught.value.text("en") != caught.value.text("vi")
    assert Kind(kind).label("en").lower() in caught.value.text("en")  # named by its label
    assert Kind(kind).label("vi").lower() in caught.value.text("vi")


def test_normalise_refuses_an_unknown_kind():
    with pytest.raises(UserError) as caught:
        normalise("fax", "123")
    assert caught.value.code == "unknown_indicator_kind"
    assert "Số điện thoại" in caught.value.text("vi") and "Phone number" in caught.value.text("en")


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("0912 345 678", "phone", "+84912345678"),
    ("+84 912 345 678", "phone", "+84912345678"),
    ("Vietcombank 0123456789", "bank_account", "vietcombank:0123456789"),
    ("STK 0123456789", "bank_account", "unknown:0123456789"),
    ("0123456789", "bank_account", "unknown:0123456789"),
    ("https://shopee.vn/abc", "url", "https://shopee.vn/abc"),
    ("luadao.vn", "domain", "luadao.vn"),
    ("@denvau", "handle", "any:@denvau"),
    ("tiktok:@denvau", "handle", "tiktok:@denvau"),
    ("A@B.vn", "email", "a@b.vn"),
    (ETH, "wallet", f"eth:{ETH.lower()}"),
    (TRON, "wallet", f"tron:{TRON}"),
    (BTC_BECH32, "wallet", f"btc:{BTC_BECH32}"),
    ("0123456789abcdef", "image", "0123456789abcdef"),
])
def test_guess(typed, kind, value):
    result = guess(typed)
    assert (result.kind, result.value) == (kind, value)
    assert (result.start, result.end) == (-1, -1)


@pytest.mark.parametrize("typed", ["hello", "", "   ", "12", "@a", "http://", "0x123"])
def test_guess_refuses_what_is_nothing(typed):
    with pytest.raises(UserError) as caught:
        guess(typed)
    assert caught.value.code == "unrecognised_indicator"
    assert caught.value.vi and "không nhận ra" in caught.value.vi


def test_values_and_displays_read_back_as_themselves():
    text = ("STK 0123 456 789 Vietcombank, STK 0912345678 MB Bank, gọi +855 12 345 678, "
            "https://www.tiktok.com/@DenVau/video/1 https://facebook.com/profile.php?id=1000123 zalo.me/0912345678 "
            f"luadao.vn/x hotro@lua-dao.vn @denvau t.me/+AbC123 {ETH} {TRON} {BTC_P2PKH} {BTC_BECH32}")
    seen = extract(text)
    assert {i.kind for i in seen} == set(Kind.codes()) - {"image"}
    for i in seen:
        assert normalise(i.kind, i.value) == Indicator(i.kind, i.value, i.display), i
        assert normalise(i.kind, i.display).value == i.value, i
        assert (guess(i.value).kind, guess(i.value).value) == (i.kind, i.value), i
        assert (guess(i.display).kind, guess(i.display).value) == (i.kind, i.value), i
