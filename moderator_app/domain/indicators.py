"""Indicators: the phone numbers, bank accounts, links, domains, social accounts, e-mails, crypto
wallets and similar images that reports and evidence mention, each normalised to one value.

A scam campaign shows itself through what its cases share: the same account to transfer the
deposit to, the same Zalo number, the same shop link. People write the same thing many ways
("0912.345.678", "+84 912 345 678", "(+84) 912345678"; "STK 0123 456 789 VCB" and "Vietcombank
0123456789"; a link with or without "www." and tracking parameters), so each is reduced here to one
``value`` (E.164 for phones, ``bank:digits`` for accounts, a cleaned URL, ``platform:@name``...)
and two cases link when their values are equal. ``display`` is the same thing written for a person,
and ``start``/``end`` where it was found, for highlighting.

``extract`` reads free text (Vietnamese, English, emoji, chat exports); ``normalise`` and ``guess``
read one value a member typed. Finding is deliberately conservative, because a false indicator
links unrelated cases: a phone must be a valid number by libphonenumber's metadata and must not be
a piece of a longer digit run (an account, a card); digits count as a bank account only when
introduced by "STK", "số tài khoản", "account"... or by a bank's name; a bare ``name.tld`` counts
as a link only when ``tld`` is a public suffix; wallets must pass their checksums.

Zero-width characters (U+200B-U+200D, U+2060, U+FEFF, soft hyphen) are removed before matching, so
a number or link split by one still matches, and decomposed (NFD) text is composed; offsets are
mapped back, so spans always point into the text as given. Work is bounded: at most
``MAX_TEXT`` characters are read, every pattern is anchored so that it is tried once per run of
characters, and libphonenumber and the public suffix list are consulted only on candidates.
Nothing here touches the network or writes a file: the public suffix list is the snapshot that
``tldextract`` ships inside its package, loaded on first use.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from .errors import UserError
from .text import fold

MAX_TEXT = 2_000_000  # characters of one text read; the rest is ignored
# Two pictures' 64-bit perceptual hashes at most this many bits apart show the same picture
# (re-encoded, resized, lightly cropped: 0-4 bits measured; unrelated screenshots 18 and more).
# Up to 7, any two such hashes share one of their eight bytes in place, which is how the store
# finds them by index (store/indicator_queries.near_images).
SIMILAR_BITS = 7
MAX_VALUE = 2000  # longest value or display kept (what the event schema accepts)


class Kind(StrEnum):
    """What an indicator is; the code is what the store and sync files use."""

    PHONE = "phone"
    BANK_ACCOUNT = "bank_account"
    URL = "url"
    DOMAIN = "domain"
    HANDLE = "handle"
    EMAIL = "email"
    WALLET = "wallet"
    IMAGE = "image"

    def label(self, lang: str = "vi") -> str:
        vi, en = _KIND_LABELS[self.value]
        return en if lang == "en" else vi

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]


_KIND_LABELS = {
    "phone": ("Số điện thoại", "Phone number"),
    "bank_account": ("Tài khoản ngân hàng", "Bank account"),
    "url": ("Đường dẫn", "Link"),
    "domain": ("Tên miền", "Domain"),
    "handle": ("Tài khoản mạng xã hội", "Social account"),
    "email": ("Thư điện tử", "E-mail"),
    "wallet": ("Ví tiền mã hóa", "Crypto wallet"),
    "image": ("Ảnh tương tự", "Similar image"),
}


@dataclass(frozen=True, slots=True)
class Indicator:
    """One normalised observable; ``(kind, value)`` is its identity."""

    kind: str
    value: str
    display: str
    start: int = -1  # character offsets in the text it was found in; -1 when typed
    end: int = -1


def indicator_id(kind: str, value: str) -> str:
    """The same id for the same indicator on every member's computer."""
    return hashlib.sha256(f"{kind}\0{value}".encode()).hexdigest()[:32]


# Platforms whose domain says nothing about a campaign (every scam posts on TikTok): their links
# are indicators, their domains are not. Webmail providers likewise for e-mail addresses.
COMMON_DOMAINS = frozenset({
    "tiktok.com", "facebook.com", "fb.com", "youtube.com", "youtu.be", "instagram.com", "threads.net", "threads.com",
    "zalo.me", "t.me", "shopee.vn", "lazada.vn", "tiki.vn", "google.com", "x.com", "twitter.com",
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "live.com",
    "icloud.com", "proton.me", "protonmail.com",
})

# ---------------------------------------------------------------------------------------------
# Preparing text: zero-width characters out, composed, offsets kept.

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_HAS_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH}]")
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PREPARE = re.compile(f"(?P<zw>[{_ZERO_WIDTH}]+)|(?s:.)[{_MARKS}]+")


class _Prepared:
    """The text matched against (``clean``), with a map back to offsets in the original."""

    __slots__ = ("_ends", "_starts", "clean")

    def __init__(self, text: str) -> None:
        self._starts: array[int] | None = None
        self._ends: array[int] | None = None
        if not _HAS_ZERO_WIDTH.search(text) and unicodedata.is_normalized("NFC", text):
            self.clean = text
            return
        pieces: list[str] = []
        starts: array[int] = array("i")  # MAX_TEXT fits in 32 bits
        ends: array[int] = array("i")
        pos = 0
        for m in _PREPARE.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos:m.start()])
                starts.extend(range(pos, m.start()))
                ends.extend(range(pos + 1, m.start() + 1))
            if m.group("zw") is None:
                composed = unicodedata.normalize("NFC", m.group())
                pieces.append(composed)
                starts.extend([m.start()] * len(composed))
                ends.extend([m.end()] * len(composed))
            pos = m.end()
        if pos < len(text):
            pieces.append(text[pos:])
            starts.extend(range(pos, len(text)))
            ends.extend(range(pos + 1, len(text) + 1))
        self.clean = "".join(pieces)
        self._starts, self._ends = starts, ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self._starts is None or self._ends is None or end <= start:
            return start, end
        return self._starts[start], self._ends[end - 1]


def _fold_one_table(end: int = 0x1F00) -> list[str]:
    """``text.fold`` of each character below ``end`` where that is one character (Vietnamese
    letters, đ), else the character lower-cased where that is one character, else itself."""
    table = []
    for code in range(end):
        char = chr(code)
        folded = fold(char)
        lower = char.lower()
        table.append(folded if len(folded) == 1 else lower if len(lower) == 1 else char)
    return table


_FOLD_ONE = _fold_one_table()


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked out (same length), so later patterns do not look inside."""
    if not spans:
        return text
    parts = []
    pos = 0
    for span_start, end in sorted(spans):
        start = max(span_start, pos)
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Refusals.

_SHOWN = 60  # characters of a refused value repeated in the message


def _shown(typed: str) -> str:
    text = " ".join(typed.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _invalid(kind: str, typed: str, hint_en: str, hint_vi: str) -> tuple[str, str]:
    """The English and Vietnamese of "“x” is not a valid <label>: <what to write>"."""
    label = Kind(kind)
    return (f"“{_shown(typed)}” is not a valid {label.label('en').lower()}: {hint_en}",
            f"“{_shown(typed)}” không phải là {label.label('vi').lower()} hợp lệ: {hint_vi}")


# ---------------------------------------------------------------------------------------------
# Phone numbers.

# Runs of digit groups joined by one separator each ("0912 345 678", "1.500.000"); what stands
# before and after a run is looked at in Python, which is faster than asking the pattern to.
_RUN = re.compile(r"[0-9]++(?:[ .\-\u00a0][0-9]++)*+")
_PHONE_PREFIX = re.compile(r"(?:\(\+[0-9]{1,3}\)[ .\-\u00a0]?|\+[ ]?|\(0[0-9]{2,3}\)[ .\-\u00a0]?)\Z")
_NOT_BEFORE_NUMBER = frozenset("0123456789+=&?#_@$€£¥")
# A number joined by a comma or a dot to a short one is an amount ("0912345678,5"); joined to
# another long one it is a list ("0912345678,0987654321").
_NOT_AFTER_PHONE = re.compile(r"[,.][0-9]{1,3}(?![0-9])|\s?(?:đ|₫|%|vnd|vnđ|usd)(?![^\W\d_])", re.IGNORECASE)
_SHORT_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,3}[,:/]\Z")
_MAX_RUN = 120  # characters of a run; a longer one is a list of numbers no one writes, or noise
_MAX_GROUPS = 6  # groups in one number ("+84 91 234 56 78")


def _phone_lib() -> Any:
    import phonenumbers

    return phonenumbers


@lru_cache(maxsize=65536)
def _parse_phone(digits: str, international: bool) -> tuple[str, str] | None:
    """``(E.164, display)`` for a valid number, else None; ``digits`` without separators. Without
    ``+`` a number is Vietnamese: 0…, 84… or a 1900/1800 hotline."""
    if not 8 <= len(digits) <= 15:
        return None
    if international:
        typed = "+" + digits
    elif digits.startswith(("0", "1900", "1800")):
        typed = digits
    elif digits.startswith("84") and len(digits) in (11, 12):
        typed = "+" + digits
    else:
        return None
    pn = _phone_lib()
    try:
        number = pn.parse(typed, "VN")
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(number):
        return None
    e164 = pn.format_number(number, pn.PhoneNumberFormat.E164)
    region = pn.region_code_for_number(number)
    style = pn.PhoneNumberFormat.NATIONAL if region == "VN" else pn.PhoneNumberFormat.INTERNATIONAL
    return e164, pn.format_number(number, style)


def _phones_in_run(pre: str, groups: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, str, str]]:
    """The numbers in a run of digit groups (start, end, digits, separator before).

    The whole run is one number, or is cut whole into numbers ("0912 345 678 0987 654 321").
    Otherwise a number stands alone: one group of digits, or groups joined by dots or dashes, set
    off from its neighbours by spaces ("0912.345.678 2 lần"); never a piece of a run written in
    spaced groups, which is an account, a card number or an amount ("STK 0912 345 678 901").
    """
    international = "+" in pre
    pre_digits = "".join(c for c in pre if c.isdigit())
    cache: dict[tuple[int, int], tuple[str, str] | None] = {}

    def number(i: int, j: int) -> tuple[str, str] | None:  # groups i..j inclusive
        if (i, j) not in cache:
            digits = "".join(g[2] for g in groups[i:j + 1])
            if i == 0:
                digits = pre_digits + digits
            cache[(i, j)] = _parse_phone(digits, international and i == 0) if 8 <= len(digits) <= 15 else None
        return cache[(i, j)]

    count = len(groups)
    best: list[list[tuple[int, int]] | None] = [None] * (count + 1)  # fewest numbers covering groups[:k]
    best[0] = []
    for j in range(1, count + 1):
        for i in range(max(0, j - _MAX_GROUPS), j):
            before = best[i]
            if before is not None and number(i, j - 1) is not None:
                current = best[j]
                if current is None or len(before) + 1 < len(current):
                    best[j] = [*before, (i, j - 1)]
    pieces = best[count]
    if pieces is None:
        pieces = []
        i = 0
        while i < count:
            taken = False
            for j in range(min(count, i + _MAX_GROUPS) - 1, i - 1, -1):
                inside = {groups[k][3] for k in range(i + 1, j + 1)}
                borders = ([groups[i][3]] if i else []) + ([groups[j + 1][3]] if j + 1 < count else [])
                if " " in inside or any(b != " " for b in borders) or number(i, j) is None:
                    continue
                pieces.append((i, j))
                i = j + 1
                taken = True
                break
            if not taken:
                i += 1
    for i, j in pieces:
        found = number(i, j)
        if found is not None:
            yield groups[i][0], groups[j][1], found[0], found[1]


_DIGITS = re.compile(r"[0-9]+")


def _find_phones(text: str, runs: list[tuple[int, int]], found: _Pass) -> None:
    """Phone numbers: valid by libphonenumber, not inside a longer number ("1.500.000",
    "20/11/2026", "1,0912345678"), not an amount ("0912345678đ")."""
    for start, end in runs:
        pre_match = _PHONE_PREFIX.search(text, max(0, start - 8), start)
        pre = pre_match.group() if pre_match else ""
        head = pre_match.start() if pre_match else start
        if head and (text[head - 1] in _NOT_BEFORE_NUMBER or _SHORT_BEFORE.search(text, max(0, head - 5), head)):
            continue
        if (end - start) + len(pre) < 8 or end - start > _MAX_RUN or _NOT_AFTER_PHONE.match(text, end):
            continue
        run = text[start:end]
        if not found.fresh(pre + run):
            if found.stopped:
                return
            continue
        groups: list[tuple[int, int, str, str]] = []
        for g in _DIGITS.finditer(run):
            sep = run[g.start() - 1] if g.start() else ""
            groups.append((start + g.start(), start + g.end(), g.group(), " " if sep == "\u00a0" else sep))
        if len(groups) > 4 * _MAX_GROUPS:
            continue
        for first, last, e164, display in _phones_in_run(pre, groups):
            if not found.emit(Kind.PHONE, e164, display, head if pre and first == start else first, last):
                return


# ---------------------------------------------------------------------------------------------
# Bank accounts.

# (code, name, aliases). Aliases are folded (no diacritics, lower case); a space in one stands for
# an optional space or hyphen, so "mb bank" finds "MBBank", "MB Bank" and "MB-Bank". MoMo, ZaloPay
# and other e-wallets are not banks and are not listed.
_BANKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("vietcombank", "Vietcombank", ("vietcom bank", "vcb", "ngoai thuong")),
    ("techcombank", "Techcombank", ("techcom bank", "techcom", "tcb", "ky thuong")),
    ("mbbank", "MB", ("mb bank", "mb", "quan doi", "military bank")),
    ("bidv", "BIDV", ("bidv", "dau tu va phat trien")),
    ("vietinbank", "VietinBank", ("vietin bank", "vietin", "ctg", "cong thuong viet nam")),
    ("agribank", "Agribank", ("agri bank", "agri", "nong nghiep")),
    ("acb", "ACB", ("acb", "a chau")),
    ("sacombank", "Sacombank", ("sacom bank", "sacom", "stb", "sai gon thuong tin")),
    ("vpbank", "VPBank", ("vp bank", "vpb", "viet nam thinh vuong")),
    ("tpbank", "TPBank", ("tp bank", "tpb", "tien phong")),
    ("vib", "VIB", ("vib",)),
    ("shb", "SHB", ("shb", "sai gon ha noi")),
    ("hdbank", "HDBank", ("hd bank", "hdb")),
    ("ocb", "OCB", ("ocb", "phuong dong")),
    ("msb", "MSB", ("msb", "maritime bank", "hang hai")),
    ("seabank", "SeABank", ("sea bank", "dong nam a")),
    ("eximbank", "Eximbank", ("exim bank", "exim", "eib")),
    ("lpbank", "LPBank", ("lp bank", "lpb", "lien viet post bank", "lien viet", "buu dien lien viet", "loc phat")),
    ("namabank", "Nam A Bank", ("nam a bank", "nam a", "nab")),
    ("bacabank", "Bac A Bank", ("bac a bank", "bac a", "bab")),
    ("pvcombank", "PVcomBank", ("pv com bank", "pvcom", "pvb")),
    ("scb", "SCB", ("scb",)),
    ("kienlongbank", "KienlongBank", ("kien long bank", "kien long", "klb")),
    ("bvbank", "BVBank", ("bv bank", "viet capital bank", "viet capital", "ban viet")),
    ("ncb", "NCB", ("ncb", "quoc dan")),
    ("oceanbank", "OceanBank", ("ocean bank", "dai duong")),
    ("abbank", "ABBank", ("ab bank", "an binh")),
    ("vietabank", "VietABank", ("viet a bank", "viet a")),
    ("baovietbank", "BaoVietBank", ("bao viet bank", "bao viet")),
    ("saigonbank", "Saigonbank", ("sai gon bank", "sgb", "sai gon cong thuong")),
    ("pgbank", "PGBank", ("pg bank", "pgb", "thinh vuong va phat trien")),
    ("gpbank", "GPBank", ("gp bank", "dau khi toan cau")),
    ("dongabank", "DongA Bank", ("dong a bank", "dong a", "dab")),
    ("cake", "Cake", ("cake by vpbank", "cake")),
    ("timo", "Timo", ("timo",)),
)
BANK_NAMES = {code: name for code, name, _ in _BANKS}
_BANK_BY_ALIAS: dict[str, str] = {}
for _code, _name, _aliases in _BANKS:
    for _alias in (_code, fold(_name), *_aliases):
        _BANK_BY_ALIAS.setdefault(_alias.replace(" ", ""), _code)
_BANK_ALIASES = sorted({a for _, n, aliases in _BANKS for a in (fold(n), *aliases)} | set(BANK_NAMES),
                       key=len, reverse=True)
_BANK = re.compile("(?<![a-z0-9])(?:{})(?![a-z0-9])".format(
    "|".join(r"[ \-]?".join(re.escape(part) for part in alias.split()) for alias in _BANK_ALIASES)))
_KEYWORDS = ("so tai khoan", "so tk", "stk", "tai khoan", "tk", "account number", "account no.", "account no",
             "account", "acc no.", "acc no", "acct", "acc", "a/c no.", "a/c no", "a/c")
_FILL_WORDS = ("la", "so", "cua", "ngan hang", "nh")


def _reversed_alternation(phrases: Iterable[str], joiner: str) -> str:
    """An alternation matching each phrase written backwards, its words joined by ``joiner``."""
    return "|".join(joiner.join(re.escape(word[::-1]) for word in reversed(phrase.split()))
                    for phrase in sorted(phrases, key=len, reverse=True))


# What introduces an account, read backwards from its digits (the text before them, reversed, so
# that one anchored match answers): "STK", "số tài khoản", a bank's name, or both, with "là",
# "số", "ngân hàng", colons and dashes between. Matching backwards from each run of digits costs
# one anchored attempt per number instead of an attempt at every character of the text.
# Between the words, spaces, colons, dashes, brackets; not a comma or a full stop, which end one
# item of a list ("STK 111111111 VCB, STK 222222222 ACB": VCB is the first account's).
_FILL_CHARS_R = r"[\s:#=\-–—>()]*+"
_FILL_R = rf"{_FILL_CHARS_R}(?:(?:{_reversed_alternation(_FILL_WORDS, '[ ]?')})(?![a-z0-9]){_FILL_CHARS_R}){{0,4}}+"
_KEYWORD_R = rf"(?:{_reversed_alternation(_KEYWORDS, '[ ]?')})(?![a-z0-9])"
_BANK_R = _reversed_alternation(_BANK_ALIASES, r"[ \-]?")
_INTRODUCED_R = re.compile(
    rf"{_FILL_R}(?:(?P<b1>{_BANK_R})(?![a-z0-9]){_FILL_R}{_KEYWORD_R}|{_KEYWORD_R}{_FILL_R}(?P<b2>{_BANK_R})"
    rf"(?![a-z0-9])|{_KEYWORD_R}|(?P<b3>{_BANK_R})(?![a-z0-9]))")
# An amount's unit after the digits (folded: "đ", "đồng", "ngàn"), not a bank ("ngân hàng", "Đông Á").
_AMOUNT_AFTER = re.compile(
    r"[ ]?(?:d|vnd|k|tr|trieu|nghin|ngan(?![ ]?hang)|dong(?![ ]?(?:nam[ ]?)?a(?![a-z]))|usd|%|₫)(?![a-z])")
_LOOK_BACK = 80  # characters before an account read for what introduces it
_NEAR = 60  # characters around an account searched for its bank


def _folded(text: str) -> str:
    """``text`` lower case without diacritics, one character for one (offsets unchanged)."""
    return text.lower() if text.isascii() else text.translate(_FOLD_ONE)


def _bank_code(matched: str) -> str | None:
    return _BANK_BY_ALIAS.get(re.sub(r"[ \-]", "", matched))


def _account_digits(matched: str) -> tuple[str, int] | None:
    """The account number in ``matched`` (6-19 digits) and how many characters it takes; of two
    numbers run together by a space ("0123456789 0912345678"), the first."""
    digits = re.sub(r"[^0-9]", "", matched)
    length = len(matched)
    if len(digits) > 19:
        length = matched.find(" ")
        digits = re.sub(r"[^0-9]", "", matched[:length]) if length > 0 else ""
    return (digits, length) if 6 <= len(digits) <= 19 else None


def _account(code: str | None, digits: str) -> tuple[str, str]:
    if code:
        return f"{code}:{digits}", f"{BANK_NAMES[code]} {digits}"
    return f"unknown:{digits}", f"STK {digits}"


def _nearest_bank(text: str, start: int, end: int, taken: set[tuple[int, int]]) -> str | None:
    """The bank named nearest to the account at ``start:end``, before or after, on its line if one
    is there, else on the lines around it ("Ngân hàng: Vietcombank\nSTK: 0123456789"); not one that
    introduces another account (``taken``)."""
    lo, hi = max(0, start - _NEAR), min(len(text), end + _NEAR)
    window = _folded(text[lo:hi])
    best: tuple[bool, int, int, str] | None = None
    for m in _BANK.finditer(window):
        at, to = lo + m.start(), lo + m.end()
        if to <= start:
            rank = ("\n" in text[to:start], start - to, 1)
        elif at >= end:
            rank = ("\n" in text[end:at], at - end, 0)
        else:
            continue
        code = _bank_code(m.group())
        if code and (at, to) not in taken and (best is None or rank < best[:3]):
            best = (*rank, code)
    return best[3] if best else None


def _find_accounts(text: str, runs: list[tuple[int, int]], found: _Pass) -> None:
    """Bank accounts: 6-19 digits introduced by "STK", "số tài khoản", "account"... or by a bank's
    name; the bank is the one named with it, else the nearest on its line that is not another
    account's."""
    accounts: list[tuple[int, int, str, str | None]] = []
    taken: set[tuple[int, int]] = set()
    for start, end in runs:
        if end - start > _MAX_RUN or (start >= 2 and text[start - 1] in ",/" and text[start - 2].isdigit()):
            continue
        number = _account_digits(text[start:end])
        if number is None:
            continue
        digits, length = number
        stop = start + length
        if _AMOUNT_AFTER.match(_folded(text[stop:stop + 12])):
            continue
        line_start = text.rfind("\n", max(0, start - _LOOK_BACK), start) + 1
        before = _folded(text[max(line_start, start - _LOOK_BACK):start])[::-1]
        introduced = _INTRODUCED_R.match(before)
        if introduced is None:
            continue
        code = None
        for group in ("b1", "b2", "b3"):
            if not introduced.group(group):
                continue
            at = start - introduced.end(group)
            # "STK 111111111 VCB STK 222222222 ACB": a bank right after another account's digits
            # is that account's, not the next one's.
            if group == "b2" and text[max(0, at - 8):at].rstrip(" \t:-–—")[-1:].isdigit():
                continue
            code = _bank_code(introduced.group(group)[::-1])
            taken.add((at, start - introduced.start(group)))
        accounts.append((start, stop, digits, code))
        if len(accounts) >= _BUDGET:
            break
    for start, stop, digits, named in accounts:
        code = named or _nearest_bank(text, start, stop, taken)
        if not found.fresh(f"{code}:{digits}"):
            if found.stopped:
                return
            continue
        if not found.emit(Kind.BANK_ACCOUNT, *_account(code, digits), start, stop):
            return


# ---------------------------------------------------------------------------------------------
# Links and domains.

_URL_CHAR = r"[^\s<>\"'`“”‘’«»{}|\\^]"
# Each pattern starts with a plain character, its look-behind after it: the regular expression
# engine then skips quickly to where that character is, instead of trying at every position.
_SCHEMED = re.compile(rf"[Hh](?<![A-Za-z0-9][Hh])[Tt][Tt][Pp][Ss]?://{_URL_CHAR}++")
_WWW = re.compile(rf"[Ww](?<![\w.@/:%+\-][Ww])[Ww][Ww]\.{_URL_CHAR}++")
_HOST_PART = r"[A-Za-z0-9\-]{1,63}+(?:\.[A-Za-z0-9\-]{1,63}+){1,8}+"
_BARE = re.compile(rf"(?<![\w.@/:%+\-])(?P<host>{_HOST_PART})(?![\w@]|\.[A-Za-z0-9])(?P<rest>[/?#]{_URL_CHAR}*+)?")
_DOT_LETTER = re.compile(r"\.[A-Za-z]")
_HOST_RUN = re.compile(r"[A-Za-z0-9.\-]*")
_HOST_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
_LABEL = re.compile(r"(?!-)[\w\-]{1,63}(?<!-)")
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"(?:{_OCTET}\.){{3}}{_OCTET}")
_TRAILING = ".,;:!?)]}\"'”’»›…*"
_CLOSERS = {")": "(", "]": "[", "}": "{"}
# Top-level domains that are also file extensions: "readme.md", "photo.zip" written bare are files.
_FILE_LIKE_TLDS = frozenset({"zip", "mov", "md", "py", "sh", "rs", "pl", "ps", "pm", "cs"})
_TRACKING = frozenset({"fbclid", "gclid", "igshid", "igsh", "si", "_t", "_r", "is_from_webapp", "sender_device",
                       "mibextid", "ttclid", "msclkid", "_gl"})


def _strip_trailing(raw: str) -> str:
    """``raw`` without the punctuation that ends a sentence or closes a bracket around a link; a
    closing bracket the link opened itself stays ("…/Foo_(bar)")."""
    while raw and raw[-1] in _TRAILING:
        last = raw[-1]
        if last in _CLOSERS and raw.count(_CLOSERS[last]) >= raw.count(last):
            break
        raw = raw[:-1]
    return raw


_EXTRACTOR: Any = None


def _suffix_extractor() -> Any:
    """tldextract with its bundled Public Suffix List only: no download, no cache files."""
    global _EXTRACTOR  # noqa: PLW0603 - built once, on first use (loading the list takes ~0.1 s)
    if _EXTRACTOR is None:
        import tldextract

        _EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
    return _EXTRACTOR


@lru_cache(maxsize=65536)
def registered_domain(host: str) -> str:
    """The domain a host is registered under ("shop.example.com.vn" → "example.com.vn"), by the
    Public Suffix List with its private part (each "name.github.io" is its own site); empty for an
    IP address or a host whose suffix is not on the list."""
    parts = _suffix_extractor()(host)
    return f"{parts.domain}.{parts.suffix}".lower() if parts.domain and parts.suffix else ""


@dataclass(frozen=True, slots=True)
class _Url:
    value: str
    host: str
    registered: str
    path: str
    query: str


def _valid_host(host: str) -> bool:
    if _IPV4.fullmatch(host):
        return True
    labels = host.split(".")
    return len(labels) >= 2 and len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def _parse_url(raw: str) -> _Url | None:
    """The normalised form of a link: scheme and host lower case, no ``www.`` (nor ``m.`` on the
    big platforms), no user name, default port, fragment or trailing slash, tracking parameters
    dropped and the others sorted; the path's case is kept (invite codes and short links are
    case-sensitive)."""
    raw = _strip_trailing(raw.strip())
    text = raw if "://" in raw[:10] else "https://" + raw
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in ("http", "https") or not host or not _valid_host(host):
        return None
    if host.startswith("www."):
        host = host[4:]
    registered = "" if _IPV4.fullmatch(host) else registered_domain(host)
    if registered in COMMON_DOMAINS and host.startswith(("m.", "mobile.")) and host != registered:
        host = host.split(".", 1)[1]
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = parts.path.rstrip("/")
    kept = []
    for pair in parts.query.split("&"):
        key = pair.split("=", 1)[0].lower()
        if pair and not key.startswith("utm_") and key not in _TRACKING:
            kept.append(pair)
    query = "&".join(sorted(kept))
    value = f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "")
    if len(value) > MAX_VALUE:
        return None
    return _Url(value, host, registered, path, query)


def is_group_link(value: str) -> bool:
    """``value`` (a normalised link) invites into a chat group: Zalo ``zalo.me/g/…``, Telegram
    ``t.me/+…`` or ``t.me/joinchat/…``, WhatsApp ``chat.whatsapp.com/…``."""
    try:
        parts = urlsplit(value if "://" in value else "https://" + value)
    except ValueError:
        return False
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path
    if host == "zalo.me":
        return path.startswith("/g/") and len(path) > 3
    if host in ("t.me", "telegram.me"):
        return (path.startswith("/+") and not path[2:].isdigit() and len(path) > 2) or path.startswith("/joinchat/")
    return host == "chat.whatsapp.com" and len(path) > 1


# Social accounts from profile links.
_PLATFORM_NAMES = {"tiktok": "TikTok", "facebook": "Facebook", "instagram": "Instagram", "youtube": "YouTube",
                   "x": "X", "telegram": "Telegram", "zalo": "Zalo", "any": ""}
_PLATFORM_ALIASES = {"tiktok": "tiktok", "tik tok": "tiktok", "facebook": "facebook", "fb": "facebook",
                     "instagram": "instagram", "ig": "instagram", "youtube": "youtube", "yt": "youtube", "x": "x",
                     "twitter": "x", "telegram": "telegram", "tg": "telegram", "zalo": "zalo", "any": "any"}
_PLATFORM_DOMAINS = {"tiktok.com": "tiktok", "facebook.com": "facebook", "fb.com": "facebook",
                     "instagram.com": "instagram", "youtube.com": "youtube", "x.com": "x", "twitter.com": "x",
                     "t.me": "telegram", "telegram.me": "telegram", "zalo.me": "zalo"}
_NOT_PROFILES = {
    "facebook": frozenset({
        "groups", "watch", "share", "sharer", "sharer.php", "pages", "events", "marketplace", "story.php",
        "permalink.php", "photo.php", "photo", "photos", "videos", "video.php", "reel", "reels", "login", "login.php",
        "help", "hashtag", "gaming", "dialog", "plugins", "stories", "notes", "media", "ads", "business", "l.php",
        "home.php", "messages", "friends", "settings", "privacy", "policies", "terms", "fundraisers", "search",
        "live", "bookmarks", "p", "people", "pg", "profile.php", "tr", "recover", "checkpoint", "legal", "about",
    }),
    "instagram": frozenset({"p", "reel", "reels", "tv", "explore", "accounts", "direct", "about", "legal",
                            "developer", "stories", "web", "challenge", "s"}),
    "x": frozenset({"home", "i", "intent", "search", "hashtag", "explore", "settings", "share", "messages",
                    "notifications", "compose", "login", "signup", "tos", "privacy", "status"}),
    "telegram": frozenset({"joinchat", "s", "c", "share", "addstickers", "proxy", "socks", "iv", "login",
                           "setlanguage", "addtheme", "addemoji", "addlist", "boost"}),
    "zalo": frozenset({"g", "s", "pc", "download"}),
}
_NAME = re.compile(r"[a-z0-9._\-]{1,64}")


def _handle(platform: str, name: str) -> tuple[str, str]:
    name = name.lower()
    if platform == "any":
        return f"any:@{name}", f"@{name}"
    return f"{platform}:@{name}", f"@{name} ({_PLATFORM_NAMES[platform]})"


def _facebook_id(number: str) -> tuple[str, str]:
    return f"facebook:id:{number}", f"id {number} (Facebook)"


def _from_profile_link(url: _Url) -> list[tuple[Kind, str, str]]:
    """The social account (and, for Zalo and Telegram phone links, the phone) a link names."""
    platform = _PLATFORM_DOMAINS.get(url.registered)
    if platform is None:
        return []
    segments = [s for s in url.path.split("/") if s]
    first = segments[0] if segments else ""
    out: list[tuple[Kind, str, str]] = []
    if platform in ("tiktok", "youtube"):
        if first.startswith("@") and _NAME.fullmatch(first[1:].lower()):
            out.append((Kind.HANDLE, *_handle(platform, first[1:])))
        return out
    if platform == "facebook":
        if first == "profile.php":
            number = dict(p.split("=", 1) for p in url.query.split("&") if "=" in p).get("id", "")
            if number.isdigit():
                out.append((Kind.HANDLE, *_facebook_id(number)))
        elif first in ("people", "p", "pages") and segments[-1].split("-")[-1].isdigit():
            out.append((Kind.HANDLE, *_facebook_id(segments[-1].split("-")[-1])))
        elif first == "pg" and len(segments) > 1 and re.fullmatch(r"[A-Za-z0-9.]{3,50}", segments[1]):
            out.append((Kind.HANDLE, *_handle(platform, segments[1])))
        elif first.isdigit():
            out.append((Kind.HANDLE, *_facebook_id(first)))
        elif first.lower() not in _NOT_PROFILES["facebook"] and re.fullmatch(r"[A-Za-z0-9.]{3,50}", first):
            out.append((Kind.HANDLE, *_handle(platform, first)))
        return out
    if platform == "telegram" and first.startswith("+"):
        phone = _parse_phone(first[1:], True) if first[1:].isdigit() else None
        if phone:
            out.append((Kind.PHONE, *phone))
        return out
    if platform == "telegram" and first == "s" and len(segments) > 1:
        first = segments[1]
    if platform == "instagram" and first == "stories" and len(segments) > 1:
        first = segments[1]
    if platform == "zalo" and first.isdigit():
        phone = _parse_phone(first, False)
        if phone:
            national = "0" + phone[0][3:] if phone[0].startswith("+84") else phone[0]
            out.append((Kind.HANDLE, *_handle("zalo", national)))
            out.append((Kind.PHONE, *phone))
        else:
            out.append((Kind.HANDLE, *_handle("zalo", first)))
        return out
    pattern = {"x": r"[A-Za-z0-9_]{1,15}", "telegram": r"[A-Za-z][A-Za-z0-9_]{3,31}",
               "instagram": r"[A-Za-z0-9._]{1,30}", "zalo": r"[A-Za-z0-9._]{3,50}"}[platform]
    if first.lower() not in _NOT_PROFILES[platform] and re.fullmatch(pattern, first):
        out.append((Kind.HANDLE, *_handle(platform, first)))
    return out


def _url_indicators(url: _Url) -> list[tuple[Kind, str, str]]:
    """A link, the domain it is under (not for the big platforms) and the account it names. The
    bare home page of a big platform ("tiktok.com") names nothing and gives nothing."""
    common = url.registered in COMMON_DOMAINS
    out: list[tuple[Kind, str, str]] = []
    if not (common and not url.path and not url.query):
        out.append((Kind.URL, url.value, url.value))
    out.extend(_from_profile_link(url))
    if url.registered and not common:
        out.append((Kind.DOMAIN, url.registered, url.registered))
    return out


def _emit_url(url: _Url, raw: str, start: int, found: _Pass) -> bool:
    """Emit what a link gives, each spanning its own part of the link: the domain its host, the
    account its name, a phone its digits."""
    lowered = raw.lower()
    whole = len(_strip_trailing(raw))
    for kind, value, display in _url_indicators(url):
        piece = ""
        if kind == Kind.DOMAIN:
            piece = url.registered
        elif kind == Kind.HANDLE:
            piece = value.rsplit(":", 1)[-1].lstrip("@")
        elif kind == Kind.PHONE:
            piece = url.path.strip("/").split("/")[0].lstrip("+")
        at = lowered.find(piece.lower(), lowered.find("//") + 1) if piece else -1
        length = len(piece)
        if at < 0:
            at, length = 0, whole
        if not found.emit(kind, value, display, start + at, start + at + length):
            return False
    return True


def _find_links(text: str, found: _Pass, spans: list[tuple[int, int]]) -> None:
    """Links written with a scheme or ``www.``."""
    for pattern, needed in ((_SCHEMED, "://"), (_WWW, "ww.")):
        if needed not in text and needed.upper() not in text:
            continue
        for m in pattern.finditer(text):
            raw = m.group()
            spans.append((m.start(), m.end()))
            if not found.fresh(raw):
                if found.stopped:
                    return
                continue
            url = _parse_url(raw)
            if url is not None and not _emit_url(url, raw, m.start(), found):
                return


def _bare_host_ok(host: str) -> bool:
    tld = host.rsplit(".", 1)[-1]
    if not tld[:1].isalpha() or tld.lower() in _FILE_LIKE_TLDS:
        return False
    # "xong.Sau đó": a sentence run into the next; a written domain is all lower or all upper case.
    return not (tld[0].isupper() and not tld.isupper())


def _find_bare_links(text: str, found: _Pass, spans: list[tuple[int, int]]) -> None:
    """Links written without a scheme ("shopee.vn/abc", "luadao.vn"): only under a public suffix.

    Candidates are found from their dots: each run of host characters holding a dot followed by a
    letter is tried once, from its start (a host begins nowhere else)."""
    done = 0
    for dot in _DOT_LETTER.finditer(text):
        if dot.start() < done:
            continue
        start = dot.start()
        floor = max(0, start - 254)
        while start > floor and text[start - 1] in _HOST_CHARS:
            start -= 1
        m = _BARE.match(text, start) if not (start == floor and start and text[start - 1] in _HOST_CHARS) else None
        if m is None:
            run_end = _HOST_RUN.match(text, dot.start()).end()
            done = max(run_end, dot.start() + 1)
            continue
        done = m.end()
        host = m.group("host")
        raw = m.group()
        if not _bare_host_ok(host):
            continue
        if not found.fresh(raw):
            if found.stopped:
                return
            continue
        if not registered_domain(host.lower()):
            continue
        spans.append((m.start(), m.end()))
        url = _parse_url(raw)
        if url is not None and not _emit_url(url, raw, m.start(), found):
            return


# ---------------------------------------------------------------------------------------------
# E-mail addresses and @mentions.

_EMAIL = re.compile(rf"(?<![A-Za-z0-9._%+\-])(?P<local>[A-Za-z0-9._%+\-]{{1,64}}+)@(?P<domain>{_HOST_PART})"
                    r"(?![\w@\-]|\.[A-Za-z0-9])")
_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_AT = re.compile("@")
_MENTION_NAME = re.compile(r"[A-Za-z0-9._]{3,31}+(?![\w@])")
_BEFORE_MENTION = frozenset(" \t\n\r\f\v\u00a0([\"'“‘")


def _email(local: str, domain: str) -> str | None:
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return None
    domain = domain.lower()
    if not _valid_host(domain) or not domain.rsplit(".", 1)[-1].isalpha() or not registered_domain(domain):
        return None
    return f"{local.lower()}@{domain}"


def _find_emails(text: str, found: _Pass, spans: list[tuple[int, int]]) -> None:
    """E-mail addresses, lower case; the domain of one not at a webmail provider too."""
    done = 0
    for at in _AT.finditer(text):
        if at.start() < done:
            continue
        start = at.start()
        while start > max(0, at.start() - 65) and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        m = _EMAIL.match(text, start)
        if m is None:
            continue
        done = m.end()
        value = _email(m.group("local"), m.group("domain"))
        if value is None:
            continue
        spans.append(m.span())
        if not found.fresh(value):
            if found.stopped:
                return
            continue
        if not found.emit(Kind.EMAIL, value, value, m.start(), m.end()):
            return
        registered = registered_domain(value.split("@", 1)[1])
        if registered and registered not in COMMON_DOMAINS:
            begin = m.start("domain") + m.group("domain").lower().find(registered)
            if not found.emit(Kind.DOMAIN, registered, registered, begin, begin + len(registered)):
                return


def _mention_name(name: str) -> str | None:
    name = name.rstrip(".")
    if not 3 <= len(name) <= 30 or not any(c.isalpha() for c in name):
        return None
    return name.lower()


def _find_mentions(text: str, found: _Pass) -> None:
    """"@name" at the start of a word, 3-30 letters, digits, dots or underscores: an account on a
    platform not named."""
    for at in _AT.finditer(text):
        if at.start() and text[at.start() - 1] not in _BEFORE_MENTION:
            continue
        m = _MENTION_NAME.match(text, at.end())
        name = _mention_name(m.group()) if m else None
        if name is None or not found.fresh(name):
            if found.stopped:
                return
            continue
        if not found.emit(Kind.HANDLE, *_handle("any", name), at.start(), at.end() + len(name)):
            return


# ---------------------------------------------------------------------------------------------
# Crypto wallets.

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}
_B58 = "1-9A-HJ-NP-Za-km-z"
_ETH = re.compile(r"0(?<![0-9A-Za-z]0)[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])")
_TRON = re.compile(rf"T(?<![0-9A-Za-z]T)[{_B58}]{{33}}(?![0-9A-Za-z])")
_BTC_BASE58 = re.compile(rf"[13](?<![0-9A-Za-z][13])[{_B58}]{{25,34}}(?![0-9A-Za-z])")
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BTC_BECH32 = re.compile(r"(?:b(?<![0-9A-Za-z]b)c1[02-9ac-hj-np-z]{11,71}|B(?<![0-9A-Za-z]B)C1[02-9AC-HJ-NP-Z]{11,71})"
                         r"(?![0-9A-Za-z])")
_CHAINS = {"eth": "Ethereum", "tron": "TRON", "btc": "Bitcoin"}


def _base58check(text: str) -> bytes | None:
    """The payload of a Base58Check string whose checksum holds, else None."""
    number = 0
    for char in text:
        number = number * 58 + _B58_INDEX[char]
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    data = b"\0" * (len(text) - len(text.lstrip("1"))) + body
    if len(data) < 5:
        return None
    payload, check = data[:-4], data[-4:]
    return payload if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check else None


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check


def _segwit_ok(address: str) -> bool:
    """A Bitcoin segwit address (BIP 173 / BIP 350) whose checksum and program length hold."""
    address = address.lower()
    hrp, _, data = address.rpartition("1")
    if hrp != "bc" or len(data) < 7:
        return False
    values = [_BECH32_CHARSET.index(c) for c in data]
    version = values[0]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    constant = _bech32_polymod(expanded + values)
    if constant != (1 if version == 0 else 0x2BC830A3) or version > 16:
        return False
    program_bits = (len(values) - 7) * 5
    length = program_bits // 8
    return 2 <= length <= 40 and (version != 0 or length in (20, 32)) and program_bits % 8 < 5


def _wallet(address: str) -> tuple[str, str] | None:
    """``(value, display)`` for a valid address of a known chain."""
    if _ETH.fullmatch(address):
        address = "0x" + address[2:].lower()
        chain = "eth"
    elif _TRON.fullmatch(address):
        payload = _base58check(address)
        if payload is None or len(payload) != 21 or payload[0] != 0x41:
            return None
        chain = "tron"
    elif _BTC_BASE58.fullmatch(address):
        payload = _base58check(address)
        if payload is None or len(payload) != 21 or payload[0] not in (0x00, 0x05):
            return None
        chain = "btc"
    elif _BTC_BECH32.fullmatch(address):
        if not _segwit_ok(address):
            return None
        address = address.lower()
        chain = "btc"
    else:
        return None
    return f"{chain}:{address}", f"{address} ({_CHAINS[chain]})"


def _find_wallets(text: str, found: _Pass, spans: list[tuple[int, int]]) -> None:
    """Ethereum, TRON and Bitcoin addresses that pass their checksums (Ethereum has none without
    Keccak; its 40 hex digits are enough)."""
    patterns = []
    if "0x" in text or "0X" in text:
        patterns.append(_ETH)
    if "T" in text:
        patterns.append(_TRON)
    if "1" in text or "3" in text:
        patterns.append(_BTC_BASE58)
    if "bc1" in text or "BC1" in text:
        patterns.append(_BTC_BECH32)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not found.fresh(m.group()):
                if found.stopped:
                    return
                continue
            wallet = _wallet(m.group())
            if wallet is None:
                continue
            spans.append(m.span())
            if not found.emit(Kind.WALLET, *wallet, m.start(), m.end()):
                return


# ---------------------------------------------------------------------------------------------
# Extraction.

_BUDGET = 20_000  # candidates one pass examines in one text; repeats of one are not counted


class _Pass:
    """One kind of search over a text: what it found goes into the shared ``first`` table."""

    __slots__ = ("_scan", "budget", "count", "seen", "stopped")

    def __init__(self, scan: _Scan) -> None:
        self._scan = scan
        self.count = 0
        self.budget = _BUDGET
        self.seen: set[str] = set()
        self.stopped = False

    def fresh(self, candidate: str) -> bool:
        """Whether ``candidate`` (as written) is new to this pass, and the pass may look at it."""
        if candidate in self.seen:
            return False
        if self.budget <= 0:
            self.stopped = True
            return False
        self.budget -= 1
        self.seen.add(candidate)
        return True

    def emit(self, kind: Kind, value: str, display: str, start: int, end: int) -> bool:
        """Record one finding; False when the pass has found ``limit`` things and should stop."""
        scan = self._scan
        key = (kind.value, value)
        known = scan.first.get(key)
        if known is None:
            self.count += 1
        if known is None or start < known[0]:
            scan.order += 1
            scan.first[key] = (start, end, scan.order, display[:MAX_VALUE])
        if self.count >= scan.limit:
            self.stopped = True
        return not self.stopped


class _Scan:
    __slots__ = ("first", "limit", "order")

    def __init__(self, limit: int) -> None:
        self.first: dict[tuple[str, str], tuple[int, int, int, str]] = {}
        self.order = 0
        self.limit = limit


def extract(text: str, limit: int = 500) -> list[Indicator]:
    """Every indicator in ``text``, once per ``(kind, value)``, in order of first appearance, each
    with the span of its first occurrence in ``text``; at most ``limit`` of them, from the first
    ``MAX_TEXT`` characters.

    Links are found first and blanked out of the text the later searches read, then e-mails,
    then links without a scheme; wallets are read everywhere (an explorer's link names one) and
    blanked too; phones, accounts and @mentions are looked for in what is left.
    """
    if not text or limit <= 0:
        return []
    prepared = _Prepared(text[:MAX_TEXT])
    clean = prepared.clean
    scan = _Scan(limit)
    spans: list[tuple[int, int]] = []
    _find_links(clean, _Pass(scan), spans)
    masked = _mask(clean, spans)
    spans = []
    if "@" in masked:
        _find_emails(masked, _Pass(scan), spans)
        masked = _mask(masked, spans)
        spans = []
    _find_bare_links(masked, _Pass(scan), spans)
    _find_wallets(clean, _Pass(scan), spans)
    masked = _mask(masked, spans)
    if "@" in masked:
        _find_mentions(masked, _Pass(scan))
    runs = [m.span() for m in _RUN.finditer(masked) if m.end() - m.start() >= 6]
    if runs:
        _find_phones(masked, runs, _Pass(scan))
        _find_accounts(masked, runs, _Pass(scan))
    ranked = sorted(scan.first.items(), key=lambda item: (item[1][0], item[1][2]))[:limit]
    return [Indicator(kind, value, display, *prepared.span(start, end))
            for (kind, value), (start, end, _order, display) in ranked]


# ---------------------------------------------------------------------------------------------
# Values typed by a member.


def _typed_text(typed: str) -> str:
    return unicodedata.normalize("NFC", re.sub(f"[{_ZERO_WIDTH}]", "", typed or "")).strip()


_PHONE_TYPED = re.compile(r"(?:tel:)?[0-9+()\s.\-\u00a0]{8,30}", re.IGNORECASE)


def _typed_phone(text: str) -> Indicator:
    if _PHONE_TYPED.fullmatch(text):
        digits = "".join(c for c in text if c.isdigit())
        found = _parse_phone(digits, "+" in text)
        if found:
            return Indicator(Kind.PHONE.value, *found)
    en, vi = _invalid("phone", text, "write it as 0912 345 678 or +84 912 345 678",
                      "hãy viết như 0912 345 678 hoặc +84 912 345 678")
    raise UserError(en, vi=vi, code="invalid_phone")


_ACCOUNT_WORDS = frozenset({"stk", "tk", "so", "tai", "khoan", "ngan", "hang", "nh", "account", "acc", "acct",
                            "number", "no", "a/c", "la", "cua", "bank"})
_ACCOUNT_NUMBER = re.compile(r"[0-9](?:[ .\-]?[0-9])*")


def _typed_account(text: str) -> Indicator:
    def refusal() -> UserError:
        en, vi = _invalid("bank_account", text, "write the bank and the number, as “Vietcombank 0123456789”, or "
                          "the number alone (6 to 19 digits)", "hãy viết ngân hàng và số tài khoản, như "
                          "“Vietcombank 0123456789”, hoặc chỉ số tài khoản (6 đến 19 chữ số)")
        return UserError(en, vi=vi, code="invalid_bank_account")

    folded = fold(text)
    code: str | None = None
    coded = re.fullmatch(r"([a-z]+):([0-9]{6,19})", folded)
    if coded:
        if coded.group(1) != "unknown" and coded.group(1) not in BANK_NAMES:
            raise refusal()
        code = None if coded.group(1) == "unknown" else coded.group(1)
        return Indicator(Kind.BANK_ACCOUNT.value, *_account(code, coded.group(2)))
    numbers = list(_ACCOUNT_NUMBER.finditer(folded))
    if len(numbers) != 1:
        raise refusal()
    number = _account_digits(numbers[0].group())
    if number is None or number[1] != len(numbers[0].group()):
        raise refusal()
    digits = number[0]
    rest = folded[: numbers[0].start()] + " " + folded[numbers[0].end():]
    banks = list(_BANK.finditer(rest))
    codes = {_bank_code(m.group()) for m in banks}
    if len(codes) > 1:
        raise refusal()
    code = codes.pop() if codes else None
    for m in reversed(banks):
        rest = rest[: m.start()] + " " + rest[m.end():]
    words = re.findall(r"[^\s:.#=\-–—>(),]+", rest)
    if any(w not in _ACCOUNT_WORDS for w in words):
        en, vi = _invalid("bank_account", text, "the bank is not one this tool knows; write a bank such as "
                          "“Vietcombank 0123456789”, or the number alone", "không nhận ra ngân hàng; hãy viết như "
                          "“Vietcombank 0123456789”, hoặc chỉ số tài khoản")
        raise UserError(en, vi=vi, code="unknown_bank")
    return Indicator(Kind.BANK_ACCOUNT.value, *_account(code, digits))


def _typed_url(text: str) -> Indicator:
    url = _parse_url(text) if not re.search(r"\s", text) else None
    if url is None or not (url.registered or _IPV4.fullmatch(url.host)):
        en, vi = _invalid("url", text, "write a web address such as https://example.vn/page",
                          "hãy viết một địa chỉ web như https://example.vn/trang")
        raise UserError(en, vi=vi, code="invalid_url")
    return Indicator(Kind.URL.value, url.value, url.value)


def _typed_domain(text: str) -> Indicator:
    url = _parse_url(text) if not re.search(r"\s", text) else None
    if url is None or not url.registered:
        en, vi = _invalid("domain", text, "write a domain such as example.vn", "hãy viết một tên miền như example.vn")
        raise UserError(en, vi=vi, code="invalid_domain")
    return Indicator(Kind.DOMAIN.value, url.registered, url.registered)


_HANDLE_VALUE = re.compile(r"(?P<platform>[a-z]+):@(?P<name>[a-z0-9._\-]{1,64})")
_HANDLE_DISPLAY = re.compile(r"@(?P<name>[A-Za-z0-9._\-]{1,64})\s*\((?P<platform>[A-Za-z ]{1,20})\)")


def _typed_handle(text: str) -> Indicator:
    lowered = text.lower()
    m = _HANDLE_VALUE.fullmatch(lowered)
    if m and m.group("platform") in _PLATFORM_NAMES:
        return Indicator(Kind.HANDLE.value, *_handle(m.group("platform"), m.group("name")))
    m = re.fullmatch(r"facebook:id:([0-9]{1,30})|id ([0-9]{1,30}) \(facebook\)", lowered)
    if m:
        return Indicator(Kind.HANDLE.value, *_facebook_id(m.group(1) or m.group(2)))
    m = _HANDLE_DISPLAY.fullmatch(text)
    if m and m.group("platform").strip().lower() in _PLATFORM_ALIASES:
        return Indicator(Kind.HANDLE.value, *_handle(_PLATFORM_ALIASES[m.group("platform").strip().lower()],
                                                     m.group("name")))
    if text.startswith("@"):
        name = _mention_name(text[1:]) if re.fullmatch(r"[A-Za-z0-9._]{3,30}", text[1:]) else None
        if name:
            return Indicator(Kind.HANDLE.value, *_handle("any", name))
    elif "." in text and not re.search(r"\s", text):
        url = _parse_url(text)
        for kind, value, display in _from_profile_link(url) if url else []:
            if kind == Kind.HANDLE:
                return Indicator(kind.value, value, display)
    en, vi = _invalid("handle", text, "write @name, or paste the link to the profile (tiktok.com/@name)",
                      "hãy viết @tên, hoặc dán đường dẫn tới trang cá nhân (tiktok.com/@tên)")
    raise UserError(en, vi=vi, code="invalid_handle")


def _typed_email(text: str) -> Indicator:
    m = _EMAIL.fullmatch(text.removeprefix("mailto:"))
    value = _email(m.group("local"), m.group("domain")) if m else None
    if value is None:
        en, vi = _invalid("email", text, "write an address such as ten@example.vn",
                          "hãy viết địa chỉ như ten@example.vn")
        raise UserError(en, vi=vi, code="invalid_email")
    return Indicator(Kind.EMAIL.value, value, value)


def _typed_wallet(text: str) -> Indicator:
    shown = re.fullmatch(r"(\S+)\s*\(([A-Za-z]+)\)", text)  # as displayed: "T… (TRON)"
    if shown:
        names = {name.lower(): chain for chain, name in _CHAINS.items()}
        chain, address = names.get(shown.group(2).lower(), "?"), shown.group(1)
    else:
        chain, _, address = text.rpartition(":")
    found = _wallet(address.strip())
    if found is None or (chain and not found[0].startswith(chain.strip().lower() + ":")):
        en, vi = _invalid("wallet", text, "write a whole Bitcoin, Ethereum (0x…) or TRON (T…) address; a typo "
                          "fails its check", "hãy viết đủ địa chỉ ví Bitcoin, Ethereum (0x…) hoặc TRON (T…); địa chỉ "
                          "gõ sai sẽ không qua được bước kiểm tra")
        raise UserError(en, vi=vi, code="invalid_wallet")
    return Indicator(Kind.WALLET.value, *found)


def _typed_image(text: str) -> Indicator:
    value = text.lower()
    if not re.fullmatch(r"[0-9a-f]{16}", value):
        en, vi = _invalid("image", text, "an image is named by its 16-character fingerprint",
                          "hình ảnh được nhận biết bằng dấu vân tay gồm 16 ký tự")
        raise UserError(en, vi=vi, code="invalid_image")
    return Indicator(Kind.IMAGE.value, value, value)


_TYPED: dict[str, Callable[[str], Indicator]] = {
    "phone": _typed_phone, "bank_account": _typed_account, "url": _typed_url, "domain": _typed_domain,
    "handle": _typed_handle, "email": _typed_email, "wallet": _typed_wallet, "image": _typed_image,
}


def normalise(kind: str, typed: str) -> Indicator:
    """``typed`` read as an indicator of ``kind`` (a value as people write it, or as this module
    writes it: ``normalise(i.kind, i.value) == i`` without the span); ``UserError`` when it is not
    one."""
    if kind not in _TYPED:
        labels_en = ", ".join(k.label("en") for k in Kind)
        labels_vi = ", ".join(k.label("vi") for k in Kind)
        raise UserError(f"unknown kind of indicator {kind!r}; the kinds are: {labels_en}",
                        vi=f"không có loại dấu hiệu {kind!r}; các loại là: {labels_vi}",
                        code="unknown_indicator_kind")
    text = _typed_text(typed)
    if not text:
        label = Kind(kind)
        raise UserError(f"no {label.label('en').lower()} was given", vi=f"chưa nhập {label.label('vi').lower()}",
                        code="empty_indicator")
    return _TYPED[kind](text)


_CODED = re.compile(r"(?P<prefix>[a-z]+):(?P<rest>\S+)")


def guess(typed: str) -> Indicator:
    """``typed`` read as whichever kind of indicator it is: an e-mail, a wallet, ``@name``, a
    link (a bare "example.vn" is a domain), an account ("Vietcombank 0123456789", "STK …"), a phone
    number, an image fingerprint; digits that are no phone number are an account at an unnamed bank.
    ``UserError`` when it is none of them."""
    text = _typed_text(typed)
    lowered = text.lower()
    coded = _CODED.fullmatch(lowered)
    attempts: list[str] = []
    if coded:
        prefix = coded.group("prefix")
        if prefix in _PLATFORM_NAMES:
            attempts.append("handle")
        elif prefix in _CHAINS:
            attempts.append("wallet")
        elif prefix in BANK_NAMES or prefix == "unknown":
            attempts.append("bank_account")
    if re.search(r"\s\([A-Za-z ]{1,20}\)\Z", text):  # as displayed: "@name (TikTok)", "T… (TRON)"
        attempts.extend(("handle", "wallet"))
    if not attempts:
        spaced = bool(re.search(r"\s", text))
        if text.startswith("@"):
            attempts.append("handle")
        elif "@" in text and not spaced:
            attempts.append("email")
        if not spaced and (_ETH.fullmatch(text) or _TRON.fullmatch(text) or _BTC_BASE58.fullmatch(text)
                           or _BTC_BECH32.fullmatch(text)):
            attempts.append("wallet")
        if re.fullmatch(r"[0-9a-f]{16}", lowered) and not lowered.isdigit():
            attempts.append("image")
        if not spaced and "." in text and not _PHONE_TYPED.fullmatch(text):
            url = _parse_url(text)
            if url is not None and (url.registered or _IPV4.fullmatch(url.host)):
                bare = "://" not in text and not url.path and not url.query
                attempts.append("domain" if bare else "url")
        if re.search(r"[0-9]", text):
            if re.search(r"[^\W\d_]", fold(text)):
                attempts.append("bank_account")
            else:
                attempts.extend(("phone", "bank_account"))
    for kind in attempts:
        try:
            return _TYPED[kind](text)
        except UserError:
            continue
    raise UserError(f"“{_shown(text)}” is not a phone number, bank account, link, domain, social account, e-mail, "
                    "crypto wallet or image fingerprint this tool recognises",
                    vi=f"không nhận ra “{_shown(text)}” là số điện thoại, tài khoản ngân hàng, đường dẫn, tên miền, "
                    "tài khoản mạng xã hội, thư điện tử, ví tiền mã hóa hay dấu vân tay hình ảnh",
                    code="unrecognised_indicator")
