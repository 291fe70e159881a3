"""Vietnamese alphabetical order, as a sort key that SQLite and Python compare as plain text.

Vietnamese sorts its letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (so "Dung"
comes before "Đinh" and "Uyên" before "Ưng"), with the tone as a second level (no tone, huyền,
hỏi, ngã, sắc, nặng: "Đang" < "Đàng" < "Đảng" < "Đãng" < "Đáng" < "Đạng") and case as a third
(lower first). That is the Unicode Collation Algorithm with CLDR's Vietnamese tailoring, which ICU
implements; ICU has no wheels for every platform we ship to, so this module builds the same order
for the text the committee sorts (names of people and pages), and the tests hold it to ICU's
order (through Qt's collator) on hundreds of names.

``sort_key`` returns text whose code-point order (SQLite's BINARY collation, Python's ``<``) is
that order: the letters' primary weights, then the tones, then the case, each level separated by
a character below every weight, then the text itself so that no two different names tie.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters in Vietnamese order, with the Latin letters Vietnamese does not use (f j w z) where the
# Latin alphabet puts them. A letter with a breve, circumflex or horn is a letter of its own.
_ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô",
             "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_LETTERS = {unicodedata.normalize("NFD", letter): rank for rank, letter in enumerate(_ALPHABET)}
# Tones, in the order Vietnamese dictionaries give them; "no tone" sorts first.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Primary weights by group: spaces < punctuation and symbols < digits < letters of our alphabet <
# every other letter (by code point).
_SPACE, _PUNCT, _DIGIT, _LATIN, _OTHER = 0x10, 0x1000, 0x20000, 0x20100, 0x30000
_LEVEL_SEPARATOR = "\x01"


def _weight_chars(weight: int) -> str:
    """A primary weight as two characters that compare in the weight's order (no surrogates)."""
    return chr(0x100 + (weight >> 12)) + chr(0x100 + (weight & 0xFFF))


@lru_cache(maxsize=65536)
def sort_key(text: str | None) -> str:
    """The Vietnamese sort key of ``text`` (see the module's docstring)."""
    if not text:
        return ""
    clean = " ".join(text.split())
    decomposed = unicodedata.normalize("NFD", clean)
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        marks = ""
        while i < len(decomposed) and unicodedata.combining(decomposed[i]):
            marks += decomposed[i]
            i += 1
        lower = base.lower()
        letter = lower + "".join(m for m in marks if m in _LETTER_MARKS)
        tone = max((_TONES.get(m, 0) for m in marks), default=0)
        if letter in _LETTERS:
            weight = _LATIN + _LETTERS[letter]
        elif lower in _LETTERS:  # a Latin letter with a mark Vietnamese does not use (ü, ç…)
            weight = _LATIN + _LETTERS[lower]
        elif base.isspace():
            weight = _SPACE
        elif base.isdigit():
            weight = _DIGIT + unicodedata.digit(base, 0)
        elif base.isalpha():
            weight = _OTHER + ord(lower)
        else:
            weight = _PUNCT + ord(base)
        primary.append(_weight_chars(weight))
        tones.append(chr(0x21 + tone))
        cases.append("\x22" if base != lower else "\x21")
    return _LEVEL_SEPARATOR.join(("".join(primary), "".join(tones), "".join(cases), clean))
