"""Indicators: extraction from report texts, OCR and perceptual hashes of screenshots, and the
lookups that link cases (an indicator's cases, a case's indicators, the most shared, near images)
at the size of the suite's demo workspace.

    python -m benchmarks --only indicators [--cases N] [--repeat K]

The demo's own indicators are few and small, so the lookups run on a copy of the suite's demo
workspace whose indicator tables are filled directly (``executemany``, about three indicators a
case, most seen in one case, some in 2–10, a few campaigns in 100–1,000 cases and a hotline in 2 %
of them, marked not relevant), built once under the cache folder like the demo itself. The
baseline of each lookup is the same query through plain ``sqlite3`` on a copy of the indicator
tables that keeps their primary keys only (what the tables would be without the indexes this
feature added); for the most shared list, also the query a first version would write, counting
the sightings with ``GROUP BY`` instead of reading the kept ``case_count``.
"""

from __future__ import annotations

import io
import json
import random
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .suite import Result, Stats, bulk_writes, copied_dataset, sample

# --- report texts ------------------------------------------------------------------------------

# Mobile prefixes in use in Viet Nam (libphonenumber accepts every one of them).
MOBILE_PREFIXES = ("090", "091", "093", "094", "096", "097", "098", "032", "033", "034", "035", "036", "037",
                   "038", "039", "081", "082", "083", "084", "085", "086", "088", "089", "070", "076", "077",
                   "078", "079")
BANKS = ("Vietcombank", "VCB", "Techcombank", "MB Bank", "BIDV", "VietinBank", "Agribank", "ACB", "Sacombank",
         "TPBank", "VPBank", "ngân hàng Quân Đội")
SHOPS = ("sieu-sale-247.vn", "hang-hieu-gia-soc.com", "donghonam-chinhhang.vn", "my-pham-xach-tay.shop",
         "vaytien-nhanh24h.net", "sanvang-dautu.com.vn", "qua-tang-tri-an.vn", "thoitrang-sale50.vn")
PRODUCTS = ("serum trị nám", "trà giảm cân", "đồng hồ nam", "gói đầu tư vàng", "app vay nhanh", "nước hoa",
            "thực phẩm chức năng", "khóa học làm giàu", "điện thoại xách tay", "sữa tăng chiều cao")


def phone_written(rng: random.Random, national: str) -> str:
    """One Vietnamese mobile number (``0xxxxxxxxx``) as people write it."""
    rest = national[1:]
    forms = (
        national,
        f"{national[:4]} {national[4:7]} {national[7:]}",
        f"{national[:4]}.{national[4:7]}.{national[7:]}",
        f"{national[:3]}-{national[3:6]}-{national[6:]}",
        f"+84 {rest[:3]} {rest[3:6]} {rest[6:]}",
        f"(+84) {rest}",
        f"84{rest}",
    )
    return rng.choice(forms)


def new_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}"


def report_texts(count: int, seed: int = 3) -> list[str]:
    """``count`` distinct report descriptions as members paste them: Vietnamese prose with phone
    numbers in several forms, bank accounts, shop and group links, e-mails, and the amounts,
    dates and order numbers that must not be taken for any of them."""
    rng = random.Random(seed)
    # A campaign's values recur across texts, as they do across reports.
    phones = [new_mobile(rng) for _ in range(60)]
    accounts = [str(rng.randint(10**8, 10**14)) for _ in range(40)]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        product = rng.choice(PRODUCTS)
        shop = rng.choice(SHOPS)
        parts = [rng.choice((
            f"Em xem livestream bán {product} giá {rng.randint(1, 9)}.{rng.randint(100, 999)}.000đ, ",
            f"Kênh này quảng cáo {product} giảm {rng.choice((30, 50, 70))}% chỉ hôm nay {rng.randint(1, 28)}/"
            f"{rng.randint(1, 12)}/2026, ",
            f"Người có ảnh hưởng kêu gọi nạp tiền vào sàn đầu tư lãi {rng.randint(5, 40)}%/tháng, ",
            f"Tôi đặt {product} lúc {rng.randint(7, 22)}h{rng.choice(('00', '15', '30'))}, mã đơn "
            f"DH{rng.randint(100000, 999999)}, ",
        ))]
        if rng.random() < 0.8:
            parts.append(rng.choice((
                "liên hệ Zalo {p} để được tư vấn. ", "gọi ngay {p} (chị Lan) để giữ suất. ",
                "sđt shop: {p}. ", "hotline {p}, inbox không trả lời. ", "nhắn tin {p} nhận mã giảm giá. ",
            )).format(p=phone_written(rng, rng.choice(phones))))
        if rng.random() < 0.55:
            parts.append(rng.choice((
                "Chuyển khoản cọc vào STK {a} {b}, chủ tài khoản NGUYEN VAN A. ",
                "Số tài khoản: {a} - {b}. ", "ck trước {m}k vào tk {b} {a} rồi mới giao hàng. ",
                "Ngân hàng: {b}\nSTK: {a}\n", "account {a} ({b}) ",
            )).format(a=rng.choice(accounts), b=rng.choice(BANKS), m=rng.randint(100, 900)))
        if rng.random() < 0.6:
            parts.append(rng.choice((
                "Link mua: https://{s}/sp/{n}?utm_source=tiktok&fbclid=IwAR{n}. ",
                "Đặt hàng tại {s}/khuyen-mai nha mọi người. ", "Web: https://www.{s} ",
                "Vào nhóm https://zalo.me/g/{g} để nhận quà. ", "Tham gia nhóm Telegram t.me/+{g} nhé. ",
                "Xem clip: https://www.tiktok.com/@{h}/video/{n} ",
            )).format(s=shop, n=rng.randint(10**6, 10**9), g="".join(rng.choices("abcdefghijkmnpqrstuvwxyz0123456789",
                                                                              k=10)),
                      h=rng.choice(("khanhvy.review", "chotdon247", "me.bim.sua", "sansale.official"))))
        if rng.random() < 0.2:
            parts.append(rng.choice(("Email hỗ trợ: cskh.{s} ", "mail cho em tại hotro@{s} ")).format(
                s=rng.choice(("sale247@gmail.com", shop))))
        if rng.random() < 0.5:
            parts.append(rng.choice((
                "Sau khi chuyển tiền thì bị chặn liên lạc, mất {m}.000.000 đồng.",
                "Nhiều người trong nhóm cũng bị lừa như vậy, mong Ban xem xét sớm 🙏",
                "Em gửi kèm ảnh chụp màn hình đoạn chat và biên lai chuyển khoản.",
                "Clip đã đạt {m}00 nghìn lượt xem, nhiều bình luận phản ánh hàng giả.",
            )).format(m=rng.randint(1, 50)))
        text = "".join(parts).strip()
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def bench_extraction(repeat: int, texts: int = 400) -> Result:
    """``domain.indicators.extract`` over distinct report texts, its caches emptied before each run
    (every text new to it), against ``re.findall`` of digit runs over the same texts."""
    from moderator_app.domain import indicators as ind

    corpus = report_texts(texts)
    ind.extract(corpus[0])  # the public suffix list and libphonenumber's metadata load once a process
    digits = re.compile(r"[0-9]+")

    def ours() -> None:
        ind._parse_phone.cache_clear()
        ind.registered_domain.cache_clear()
        for text in corpus:
            ind.extract(text)

    def warm() -> None:
        for text in corpus:
            ind.extract(text)

    def base() -> None:
        for text in corpus:
            digits.findall(text)

    found = [ind.extract(t) for t in corpus]
    kinds: dict[str, int] = {}
    for items in found:
        for i in items:
            kinds[i.kind] = kinds.get(i.kind, 0) + 1
    rate = [len(corpus) / (ms / 1000) for ms in sample(ours, repeat)]
    warm_rate = [len(corpus) / (ms / 1000) for ms in sample(warm, repeat)]
    base_rate = [len(corpus) / (ms / 1000) for ms in sample(base, repeat)]
    mean_len = statistics.mean(len(t) for t in corpus)
    return Result("indicators extraction", f"domain.indicators.extract over {len(corpus)} distinct Vietnamese report "
                  f"texts (mean {mean_len:.0f} characters), caches emptied before each run", "texts/s",
                  Stats.of(rate), Stats.of(base_rate), "re.findall(r'[0-9]+') over the same texts (digit runs only)",
                  "", None, {"per_text_us": 1e6 / statistics.median(rate),
                             "warm_caches_texts_per_s": statistics.median(warm_rate),
                             "found_per_text": sum(len(f) for f in found) / len(found),
                             "found_by_kind": {"count": kinds}})


# --- screenshots: OCR and perceptual hashes ------------------------------------------------------

CHAT = (
    ("them", "Chào chị, shop còn {product} không ạ?"),
    ("me", "Dạ còn ạ, hôm nay giảm 50% cho 100 khách đầu tiên"),
    ("me", "Chị chuyển khoản cọc 500.000đ vào STK {account} {bank} nhé"),
    ("them", "Chủ tài khoản tên gì vậy em?"),
    ("me", "NGUYEN VAN HUNG ạ. Xong chị nhắn Zalo {phone} để em lên đơn"),
    ("them", "Link shop ở đâu em?"),
    ("me", "{shop}/khuyen-mai chị vào xem mẫu nha"),
    ("them", "Ok chị chuyển rồi nhé"),
    ("me", "Chị vào nhóm zalo.me/g/{group} để nhận quà tri ân"),
)


def vietnamese_font() -> Path | None:
    """DejaVu Sans (or another font with Vietnamese letters) where this computer keeps it."""
    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                  Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"), Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
                  Path("C:/Windows/Fonts/arial.ttf"), Path("/System/Library/Fonts/Supplemental/Arial.ttf")]
    if Path("/usr/share/fonts").is_dir():
        candidates += sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    return next((p for p in candidates if p.is_file()), None)


def chat_screenshot(seed: int, font_path: Path) -> tuple[bytes, dict[str, str]]:
    """A phone screenshot (720 × 1280 PNG) of a Vietnamese chat with a shop, and the phone, account
    and shop written on it."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    values = {"phone": new_mobile(rng), "account": str(rng.randint(10**9, 10**13)), "bank": rng.choice(BANKS[:6]),
              "shop": rng.choice(SHOPS), "product": rng.choice(PRODUCTS),
              "group": "".join(rng.choices("abcdefghijkmnpqrstuvwxyz0123456789", k=10))}
    shown = dict(values, phone=phone_written(rng, values["phone"]))
    width, height = 720, 1280
    im = Image.new("RGB", (width, height), (234, 238, 243))
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(str(font_path), 26)
    small = ImageFont.truetype(str(font_path), 22)
    draw.rectangle((0, 0, width, 110), fill=(0, 104, 255))
    draw.text((30, 40), f"Shop {values['shop'].split('.')[0]}", fill="white", font=font)
    y, minute = 140, rng.randint(8 * 60, 21 * 60)
    for who, line in CHAT:
        text = line.format(**shown)
        words, lines, current = text.split(), [], ""
        for word in words:  # wrap to the bubble's width
            trial = f"{current} {word}".strip()
            if draw.textlength(trial, font=font) > 480 and current:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
        box_w = max(int(draw.textlength(s, font=font)) for s in lines) + 40
        box_h = 36 * len(lines) + 24
        x = width - box_w - 24 if who == "me" else 24
        draw.rounded_rectangle((x, y, x + box_w, y + box_h), 18, fill=(214, 234, 255) if who == "me" else "white")
        for n, s in enumerate(lines):
            draw.text((x + 20, y + 12 + 36 * n), s, fill=(20, 20, 20), font=font)
        minute += rng.randint(1, 9)
        draw.text((x + 20, y + box_h + 4), f"{minute // 60:02d}:{minute % 60:02d}", fill=(120, 120, 120), font=small)
        y += box_h + 40
        if y > height - 120:
            break
    out = io.BytesIO()
    im.save(out, format="PNG")
    return out.getvalue(), values


def reencoded(png: bytes) -> bytes:
    """The same screenshot re-posted: scaled to 90 % and saved as a JPEG of quality 70."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        smaller = im.convert("RGB").resize((im.width * 9 // 10, im.height * 9 // 10), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    smaller.save(out, format="JPEG", quality=70)
    return out.getvalue()


OCR_PAGES = 6
OCR_WORKERS = 2
PHASH_ROUNDS = 5


def bench_screenshots(repeat: int) -> list[Result]:
    """OCR pages a minute with two Tesseract processes at once (both cores), against one at a time;
    and perceptual hashes a second, against decoding and shrinking the same pictures alone."""
    from PIL import Image

    from moderator_app.domain import indicators as ind
    from moderator_app.services.evidence_text import Ocr, hamming, open_image, phash_of

    font = vietnamese_font()
    if font is None:
        note = "skipped: no font with Vietnamese letters (DejaVu Sans) on this computer to draw the screenshots"
        nan = Stats(float("nan"), float("nan"), float("nan"), 0)
        return [Result("indicators OCR", note, "pages/min", nan), Result("indicators phash", note, "hashes/s", nan)]
    pages = [chat_screenshot(seed, font) for seed in range(OCR_PAGES)]
    pngs = [png for png, _ in pages]
    results: list[Result] = []
    ocr = Ocr.find()
    if ocr is None:
        status = Ocr.status()
        nan = Stats(float("nan"), float("nan"), float("nan"), 0)
        results.append(Result("indicators OCR", f"skipped: {status.reason_en}", "pages/min", nan))
    else:
        def read_all(workers: int) -> list[str]:
            with ThreadPoolExecutor(max_workers=workers) as pool:  # each call waits on its own process
                return list(pool.map(ocr.read, pngs))

        def per_minute(workers: int) -> list[float]:
            out = []
            for _ in range(max(1, min(repeat, 3))):  # a run is several seconds of both cores
                started = time.perf_counter()
                read_all(workers)
                out.append(len(pngs) * 60 / (time.perf_counter() - started))
            return out

        texts = read_all(OCR_WORKERS)  # and the warm-up: Tesseract's language data into the page cache
        two, one = per_minute(OCR_WORKERS), per_minute(1)
        wanted = found = 0
        for text, (_, values) in zip(texts, pages, strict=True):
            got = {(i.kind, i.value) for i in ind.extract(text)}
            expect = {("phone", "+84" + values["phone"][1:]), ("domain", values["shop"])}
            wanted += len(expect) + 1
            found += len(expect & got) + any(k == "bank_account" and v.endswith(":" + values["account"])
                                             for k, v in got)
        results.append(Result(
            "indicators OCR", f"OCR of {len(pngs)} chat screenshots (720 × 1280, Vietnamese), {OCR_WORKERS} "
            f"Tesseract processes at once ({ocr.engine}, one thread each)", "pages/min", Stats.of(two),
            Stats.of(one), "the same pages one at a time", "", None,
            {"seconds_per_page_two_at_once": 60 / statistics.median(two),
             "phone_account_shop_read_back": f"{found} of {wanted}"}))
    jpegs = [reencoded(png) for png in pngs]
    pictures = (pngs + jpegs) * PHASH_ROUNDS  # a run of about half a second

    def hashes() -> None:
        for data in pictures:
            phash_of(open_image(data))

    def decode_only() -> None:
        for data in pictures:
            open_image(data).resize((32, 32), Image.Resampling.LANCZOS)

    ours = [len(pictures) / (ms / 1000) for ms in sample(hashes, repeat)]
    base = [len(pictures) / (ms / 1000) for ms in sample(decode_only, repeat)]
    distances = [hamming(phash_of(open_image(a)), phash_of(open_image(b))) for a, b in zip(pngs, jpegs, strict=True)]
    return [*results, Result(
        "indicators phash", f"perceptual hash of {len(pngs + jpegs)} screenshots (PNG and re-posted JPEG copies, "
        f"{PHASH_ROUNDS} times each), decoding included", "hashes/s", Stats.of(ours), Stats.of(base),
        "decoding, grayscale and 32 × 32 resize alone (no DCT)", "", None,
        {"bits_between_a_page_and_its_re_post": ", ".join(map(str, distances))})]


# --- the lookups at scale ------------------------------------------------------------------------

INDICATOR_TABLES = ("indicators", "indicator_sightings", "indicator_removals", "image_bands")
KINDS = (("phone", 30), ("bank_account", 15), ("url", 24), ("domain", 10), ("handle", 12), ("email", 5),
         ("wallet", 2), ("image", 2))


def _value(rng: random.Random, kind: str, n: int) -> tuple[str, str]:
    """A well-formed (value, display) of ``kind``, distinct for each ``n``."""
    if kind == "phone":
        national = MOBILE_PREFIXES[n % len(MOBILE_PREFIXES)] + f"{(n * 7919) % 10_000_000:07d}"
        return "+84" + national[1:], f"{national[:4]} {national[4:7]} {national[7:]}"
    if kind == "bank_account":
        bank = ("vietcombank", "techcombank", "mbbank", "bidv", "acb", "tpbank")[n % 6]
        digits = f"{10**9 + n * 37:d}"
        return f"{bank}:{digits}", f"{bank} {digits}"
    if kind == "url":
        value = f"https://shop{n % 50_000}.vn/sp/{n}"
        return value, value
    if kind == "domain":
        value = f"khuyen-mai-{n}.vn"
        return value, value
    if kind == "handle":
        platform = ("tiktok", "facebook", "instagram", "youtube")[n % 4]
        return f"{platform}:@shop.{n}", f"@shop.{n} ({platform})"
    if kind == "email":
        value = f"cskh{n}@gmail.com"
        return value, value
    if kind == "wallet":
        value = f"eth:0x{n:040x}"
        return value, value
    value = f"{rng.getrandbits(64):016x}"
    return value, value


def _fill(conn: sqlite3.Connection, cases: int, seed: int = 11) -> dict[str, Any]:
    """Indicators for the workspace's cases, written with executemany; the case counts set by one
    UPDATE ... GROUP BY. Returns what was written and the ids the measurements look up."""
    from moderator_app.domain.indicators import indicator_id

    rng = random.Random(seed)
    for table in INDICATOR_TABLES:
        conn.execute(f"DELETE FROM {table}")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                           f"tbl_name IN ({','.join('?' * len(INDICATOR_TABLES))})", INDICATOR_TABLES).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    rows = conn.execute("SELECT c.id, (SELECT min(r.id) FROM reports r WHERE r.case_id = c.id), c.opened_at "
                        "FROM cases c WHERE c.merged_into IS NULL ORDER BY c.pk").fetchall()
    case_ids = [r[0] for r in rows]
    sources = [r[1] or r[0] for r in rows]
    opened = [int(r[2]) for r in rows]
    member = conn.execute("SELECT id FROM members ORDER BY id LIMIT 1").fetchone()[0]
    n = len(case_ids)
    total = 3 * n
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    sightings: list[tuple[str, int]] = []  # (indicator id, case index)
    indicator_rows: list[tuple[Any, ...]] = []
    image_rows: list[tuple[str, int, int]] = []
    picked: dict[str, Any] = {"campaigns": [], "near": None}
    images: list[str] = []

    def add(kind: str, number: int, where: list[int], relevant: int = 1, value: str | None = None) -> str:
        if value is None:
            value, display = _value(rng, kind, number)
        else:
            display = value
        ident = indicator_id(kind, value)
        first = min(opened[c] for c in where)
        indicator_rows.append((ident, kind, value, display, 0, first, relevant, None, "", None))
        sightings.extend((ident, c) for c in where)
        if kind == "image":
            images.append(value)
            image_rows.extend((ident, band, byte) for band, byte in enumerate(bytes.fromhex(value)))
        return ident

    number = 0
    # Campaigns: a phone, an account, a shop's domain and a group link, each in most of 100–1,000 cases.
    for _ in range(max(4, n // 10_000)):
        size = min(n, int(100 * 10 ** rng.random()))
        members = rng.sample(range(n), size)
        ids = []
        for kind in ("phone", "bank_account", "domain", "url"):
            number += 1
            ids.append(add(kind, number, [c for c in members if rng.random() < 0.9] or members[:1]))
        picked["campaigns"].append((size, ids, members[0]))
    # A hotline everyone quotes ("gọi tổng đài 1900 …"), marked not relevant.
    quoting = rng.sample(range(n), max(2, n // 50))
    picked["hotline"] = add("phone", 0, quoting, relevant=0, value="+8419001234")
    while len(indicator_rows) < total:
        number += 1
        kind = rng.choices(kinds, weights)[0]
        roll = rng.random()
        if roll < 0.08:  # shared by a few cases: 2–10, fewer the more
            k = min(10, 2 + int(rng.paretovariate(1.6)) - 1)
            where = rng.sample(range(n), min(n, k))
        else:
            where = [rng.randrange(n)]
        if kind == "image" and images and rng.random() < 0.15:  # a re-posted picture: a few bits differ
            near = int(rng.choice(images), 16)
            for bit in rng.sample(range(64), rng.randint(1, 5)):
                near ^= 1 << bit
            picked["near"] = f"{near:016x}"
            add(kind, number, where, value=picked["near"])
        else:
            add(kind, number, where)
    conn.executemany("INSERT OR IGNORE INTO indicators (id, kind, value, display, case_count, first_seen_at, "
                     "relevant, marked_by, marked_reason, marked_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     indicator_rows)
    conn.executemany("INSERT OR IGNORE INTO image_bands (indicator_id, band, bits) VALUES (?, ?, ?)", image_rows)

    def sighting_rows() -> Iterator[tuple[Any, ...]]:
        for ident, c in sightings:
            yield (ident, case_ids[c], case_ids[c], sources[c], "report", 0, 10, member, opened[c] << 16)

    conn.executemany("INSERT INTO indicator_sightings (indicator_id, case_id, filed_case, source_id, origin, "
                     "span_start, span_end, added_by, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sighting_rows())
    removals = rng.sample(sightings, max(1, len(sightings) // 2000))  # taken off a case by hand
    conn.executemany("INSERT OR IGNORE INTO indicator_removals (case_id, indicator_id, removed_by, reason, hlc) "
                     "VALUES (?, ?, ?, 'không liên quan', 1)", [(case_ids[c], ident, member) for ident, c in removals])
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute(
        "UPDATE indicators SET case_count = t.n FROM (SELECT s.indicator_id AS id, count(DISTINCT s.case_id) AS n "
        "FROM indicator_sightings s WHERE NOT EXISTS (SELECT 1 FROM indicator_removals r WHERE r.case_id = s.case_id "
        "AND r.indicator_id = s.indicator_id) GROUP BY s.indicator_id) AS t WHERE indicators.id = t.id")
    # The cases the lookups open: one with the median number of indicators, one quoting the
    # hotline, and the first case of the largest campaign.
    per_case: dict[int, int] = {}
    for _, c in sightings:
        per_case[c] = per_case.get(c, 0) + 1
    counts = sorted(per_case.values())
    median = counts[len(counts) // 2]
    hotline_cases = set(quoting)
    typical_case = next(c for c in range(n) if per_case.get(c) == median and c not in hotline_cases)
    single, shared = (conn.execute(f"SELECT id FROM indicators WHERE kind = 'phone' AND {where} ORDER BY id LIMIT 1")
                      .fetchone()[0] for where in ("case_count = 1", "case_count BETWEEN 3 AND 10"))
    size, ids, first_case = max(picked["campaigns"])
    near = picked["near"] or images[0]
    return {
        "cases": n, "indicators": len(indicator_rows), "sightings": len(sightings), "image_bands": len(image_rows),
        "removals": len(removals), "campaigns": len(picked["campaigns"]),
        "largest_campaign_cases": size,
        "lookups": {"single": single, "shared": shared, "campaign": ids[0], "hotline": picked["hotline"],
                    "typical_case": case_ids[typical_case], "typical_case_indicators": median,
                    "campaign_case": case_ids[first_case], "hotline_case": case_ids[quoting[0]], "image": near},
    }


def indicator_dataset(cache: Path, cases: int) -> tuple[Path, dict[str, Any]]:
    """A copy of the suite's demo workspace of ``cases`` cases with its indicator tables filled at
    scale (once), and beside it the same tables with their primary keys only (the baseline)."""
    info = cache / f"demo-{cases}-indicators" / "bench-indicators.json"
    if info.exists():
        return info.parent, json.loads(info.read_text())
    root, copied = copied_dataset(cache, cases, "indicators")
    started = time.perf_counter()
    with bulk_writes(root / "moderator.sqlite3") as conn:
        filled = _fill(conn, cases)
    fill_s = time.perf_counter() - started
    base = root / "baseline.sqlite3"
    conn = sqlite3.connect(base, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("ATTACH DATABASE ? AS ws", (str(root / "moderator.sqlite3"),))
    conn.execute("BEGIN")
    for table in INDICATOR_TABLES:  # the same tables, keys and constraints; none of our indexes
        ddl = conn.execute("SELECT sql FROM ws.sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
        conn.execute(ddl)
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM ws.{table}")
    conn.execute("COMMIT")
    conn.close()
    filled.update(copy_s=copied, fill_s=fill_s, baseline_s=time.perf_counter() - started - copied - fill_s)
    info.write_text(json.dumps(filled))
    return root, filled


def _model_indexes(ws: Any) -> list[str]:
    """Create the indexes the models declare that a dataset built by an earlier version lacks
    (as that version's next migration would); their names."""
    from moderator_app.store.models import Base

    made = []
    with ws.db.write() as conn:
        for table in Base.metadata.sorted_tables:
            for index in table.indexes:
                if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                                            (index.name,)).first():
                    index.create(conn)
                    made.append(str(index.name))
    return made


def _baseline_connection(root: Path) -> sqlite3.Connection:
    """The primary-key-only copy of the indicator tables, with the workspace's cases and
    influencers attached (names not in the copy resolve there)."""
    from moderator_app.store.database import CACHE_KIB

    conn = sqlite3.connect(root / "baseline.sqlite3")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("ATTACH DATABASE ? AS ws", (str(root / "moderator.sqlite3"),))
    return conn


def _verdict(name: str, what: str, timings: dict[str, tuple[list[float], list[float]]], baseline_what: str,
             limit_ms: float, extra: dict[str, object] | None = None) -> Result:
    """One result from several lookups: the slowest (by median) is the figure."""
    worst = max(timings, key=lambda k: statistics.median(timings[k][0]))
    ours, base = timings[worst]
    per = {k: {"ours_ms": statistics.median(a), "baseline_ms": statistics.median(b)} for k, (a, b) in timings.items()}
    stats = Stats.of(ours)
    return Result(name, f"{what}, slowest of {len(timings)} ({worst})", "ms", stats, Stats.of(base), baseline_what,
                  f"< {limit_ms:g} ms", stats.median < limit_ms, {"per_lookup": per, **(extra or {})})


PK_ONLY = ("the same queries through plain sqlite3 on a copy of the indicator tables with their primary keys only "
           "(cases and influencers as in the workspace)")


def bench_lookups(cache: Path, cases: int, repeat: int) -> list[Result]:
    """What a member opens: an indicator (its cases and influencers), a case's indicators, the most
    shared, near copies of an image; each against the same query without this feature's indexes."""
    from moderator_app.services import indicators as service
    from moderator_app.services.workspace import Workspace
    from moderator_app.store import indicator_queries as iq
    from moderator_app.store.database import raw_connection

    root, built = indicator_dataset(cache, cases)
    look = built["lookups"]
    scale = {"indicators": built["indicators"], "sightings": built["sightings"], "cases": built["cases"],
             "fill_s": built["fill_s"]}
    ws = Workspace.open(root)
    added = _model_indexes(ws)
    if added:
        print(f"created {', '.join(added)} in {root}", file=sys.stderr, flush=True)
    base = _baseline_connection(root)
    try:
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            rows = {k: iq.get(raw, look[k]) for k in ("single", "shared", "campaign", "hotline")}
        assert all(rows.values()), rows
        sizes = {k: r.case_count for k, r in rows.items() if r is not None}

        def show(key: str) -> Any:
            row = rows[key]
            assert row is not None
            return lambda: service.show(ws, row.value, row.kind)

        def show_base(key: str) -> Any:
            row = rows[key]
            assert row is not None
            return lambda: service._summary(base, iq.get(base, row.id))  # type: ignore[arg-type]

        shown = {f"{key} indicator ({sizes[key]:,} cases)": (sample(show(key), repeat), sample(show_base(key), repeat))
                 for key in ("single", "shared", "campaign")}
        hotline = (sample(show("hotline"), repeat), sample(show_base("hotline"), repeat))
        results = [_verdict("indicators show", "an indicator with the cases and influencers it links (services."
                            "indicators.show: iq.get + iq.seen_in + iq.influencers_of)", shown, PK_ONLY, 50,
                            {"hotline_not_relevant_ms": {f"in {sizes['hotline']:,} cases": {
                                "ours_ms": statistics.median(hotline[0]),
                                "baseline_ms": statistics.median(hotline[1])}}})]

        def of_case(conn_of: Any, case_id: str) -> Any:
            def run() -> None:
                with conn_of() as c:
                    iq.of_case(c, case_id)
            return run

        @contextmanager
        def ours_conn() -> Iterator[sqlite3.Connection]:
            with ws.db.read() as conn:
                yield raw_connection(conn)

        @contextmanager
        def base_conn() -> Iterator[sqlite3.Connection]:
            yield base

        with ws.db.read() as conn:
            raw = raw_connection(conn)
            held = {key: len(iq.of_case(raw, look[key])) for key in ("typical_case", "campaign_case", "hotline_case")}
        names = {"typical_case": "a typical case", "campaign_case": "a campaign's case",
                 "hotline_case": "a case quoting the hotline"}
        case_timings = {f"{names[key]} ({held[key]} indicators)": (sample(of_case(ours_conn, look[key]), repeat),
                                                                  sample(of_case(base_conn, look[key]), repeat))
                        for key in names}
        results.append(_verdict("indicators of a case", "a case's indicators with how many other cases and "
                                "influencers share each (iq.of_case)", case_timings, PK_ONLY, 50))

        def top(conn_of: Any, kind: str | None, naive: bool = False) -> Any:
            def run() -> None:
                with conn_of() as c:
                    if conn_of is base_conn:
                        _top_without_index(c, kind, naive)
                    else:
                        iq.top(c, kind, limit=100)
            return run

        top_timings = {"all kinds": (sample(top(ours_conn, None), repeat), sample(top(base_conn, None), repeat)),
                       "phones": (sample(top(ours_conn, "phone"), repeat), sample(top(base_conn, "phone"), repeat))}
        naive = sample(top(base_conn, None, naive=True), max(1, min(repeat, 3)))
        results.append(_verdict("indicators top", "the 100 most shared indicators (iq.top), of all kinds and of one",
                                top_timings, PK_ONLY + " (ORDER BY case_count without its index)", 200,
                                {"first_version_group_by_ms": {"all kinds, counting sightings with GROUP BY": {
                                    "baseline_ms": statistics.median(naive)}}}))

        def near(conn_of: Any) -> Any:
            def run() -> None:
                with conn_of() as c:
                    iq.near_images(c, look["image"], 7)
            return run

        with ws.db.read() as conn:
            found = len(iq.near_images(raw_connection(conn), look["image"], 7))
            images = raw_connection(conn).execute("SELECT count(*) FROM indicators WHERE kind = 'image'").fetchone()[0]
        a, b = sample(near(ours_conn), repeat), sample(near(base_conn), repeat)
        results.append(Result("indicators near images", f"images within 7 bits of a perceptual hash, among {images:,} "
                              f"(iq.near_images; {found} found)", "ms", Stats.of(a), Stats.of(b), PK_ONLY, "", None,
                              {"scale": scale}))
        return results
    finally:
        base.close()
        ws.close()


def _top_without_index(conn: sqlite3.Connection, kind: str | None, naive: bool) -> list[tuple[Any, ...]]:
    """iq.top's query where ``ix_indicators_*case_count`` does not exist; or, ``naive``, the most
    shared counted from the sightings each time."""
    from moderator_app.store import indicator_queries as iq

    if naive:
        return conn.execute(
            f"SELECT {iq.INDICATOR_COLUMNS.replace('i.case_count', 'count(DISTINCT s.case_id) AS n')} "
            "FROM indicator_sightings s JOIN indicators i ON i.id = s.indicator_id WHERE i.relevant = 1 "
            f"{'AND i.kind = ?' if kind else ''} AND {iq.NOT_REMOVED} GROUP BY i.id ORDER BY n DESC, i.id LIMIT 100",
            (kind,) if kind else ()).fetchall()
    return conn.execute(
        f"SELECT {iq.INDICATOR_COLUMNS} FROM indicators i WHERE i.case_count >= 1 "
        f"{'AND i.kind = ?' if kind else ''} AND i.relevant = 1 ORDER BY i.case_count DESC, i.id LIMIT 100",
        (kind,) if kind else ()).fetchall()


def run(cache: Path, cases: int, repeat: int) -> list[Result]:
    results = [bench_extraction(repeat)]
    results += bench_screenshots(repeat)
    results += bench_lookups(cache, cases, repeat)
    return results
