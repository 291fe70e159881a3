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


def test_the_fast_fold_agrees_with_decomposition_for_every_character_and_mixture():
    """``fold`` maps Latin letters through a table; decomposing must give the same for all text."""
    import random
    import unicodedata

    from moderator_app.domain.text import _fold_decomposing

    for code in range(0x2000):
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        assert fold(char) == _fold_decomposing(char), hex(code)
    rng = random.Random(7)
    alphabet = "aĐđâấầẩẫậeêếềểễệoôơớờởỡợuưứừửữựyýỳỷỹỵ  \t\n.,-İıßæŒ" + "\u0301\u0303\u0323" + "ﬁ½①日本😀"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for form in ("NFC", "NFD"):
            sample = unicodedata.normalize(form, text)
            assert fold(sample) == _fold_decomposing(sample), repr(sample)
