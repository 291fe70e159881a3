from moderator_app.domain.text import fold, fts_query, handle_from_url, normalize_url, platform_from_url, tokens


def test_fold_vietnamese_including_d_with_stroke():
    assert fold("Đen Vâu LỪA ĐẢO") == "den vau lua dao"
    assert fold("  Quảng   cáo\tkhông gắn nhãn ") == "quang cao khong gan nhan"
    assert fold("đường Đỗ") == "duong do"
    assert fold(None) == "" and fold("") == ""


def test_fold_matches_precomposed_and_decomposed_input():
    import unicodedata

    text = "Nguyễn Thị Hồng Nhung"
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def test_tokens_and_fts_query_neutralise_operators():
    assert tokens("Lừa-đảo, 30%/tháng") == ["lua", "dao", "30", "thang"]
    assert fts_query("den vau") == '"den" "vau"*'
    assert fts_query('NEAR(" OR *') == '"near" "or"*'
    assert fts_query("!!!") is None


def test_normalize_url_and_handles():
    assert normalize_url("https://www.TikTok.com/@envu/video/1/") == "https://tiktok.com/@envu/video/1"
    assert normalize_url("m.facebook.com/post#frag") == "https://facebook.com/post"
    assert normalize_url("") == ""
    assert handle_from_url("https://www.tiktok.com/@phmcanh/video/77") == "@phmcanh"
    assert handle_from_url("https://example.com/x") == ""
    assert platform_from_url("https://www.youtube.com/@khnhvy/video/7") == "youtube"
    assert platform_from_url("https://zalo.me/abc") == "zalo"
    assert platform_from_url("https://example.com") is None


def test_only_other_schemes_than_the_web_are_told_apart():
    from moderator_app.domain.text import has_other_scheme

    assert has_other_scheme("javascript:alert(1)") and has_other_scheme(" file:///etc/passwd")
    assert has_other_scheme("data:text/html,x") and has_other_scheme("mailto:a@b.vn")
    assert not has_other_scheme("https://tiktok.com/@x") and not has_other_scheme("HTTP://x.vn")
    assert not has_other_scheme("tiktok.com/@x/video/1") and not has_other_scheme("host.vn:8080/a")
    assert not has_other_scheme("Link: https://fb.com/x") and not has_other_scheme("")
