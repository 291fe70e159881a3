"""Vietnamese text folding for search, and URL normalisation for matching reports.

People type "den vau" for "Đen Vâu" and "lua dao" for "lừa đảo". Unicode decomposition strips
most diacritics, but ``đ``/``Đ`` is a letter of its own, not ``d`` plus a mark, so it is mapped
by hand (SQLite's ``remove_diacritics`` misses it too). The same ``fold`` is used when indexing
and when querying, so both sides always agree.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

# Letters that do not decompose into a base letter plus combining marks.
_SPECIAL = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
    }
)
_SPACES = re.compile(r"\s+")
MIN_PREFIX = 2
_TOKEN = re.compile(r"\w+", re.UNICODE)


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_NO_MARKS = _CombiningMarks()

# Control characters a terminal or another program would act on: C0 but tab and line feed, DEL,
# and C1. Intake removes them, the command line prints them as U+FFFD, pages leave them out.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _fold_decomposing(text: str) -> str:
    """``fold`` for any text: map the special letters, decompose, drop the marks."""
    stripped = unicodedata.normalize("NFKD", text.translate(_SPECIAL)).translate(_NO_MARKS)
    return _SPACES.sub(" ", stripped.lower()).strip()


def _letter_table(end: int = 0x1F00) -> list[str]:
    """What each character below ``end`` folds to, where that is plain ASCII (Latin letters with
    any diacritics, Vietnamese's included, and the combining marks, which fold to nothing); any
    other character maps to itself."""
    table = []
    for code in range(end):
        char = chr(code)
        folded = unicodedata.normalize("NFKD", char.translate(_SPECIAL)).translate(_NO_MARKS).lower()
        table.append(folded if folded.isascii() else char)
    return table


# Folding is per character until white space is collapsed, so one ``translate`` through this table
# gives the same result as decomposing, three times faster; it runs on every search document.
_LETTERS = _letter_table()


def fold(text: str | None) -> str:
    """Lower case, no diacritics, ``đ`` → ``d``, runs of white space collapsed."""
    if not text:
        return ""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    mapped = text.translate(_LETTERS)
    if mapped.isascii():
        return _SPACES.sub(" ", mapped.lower()).strip()
    return _fold_decomposing(text)


def exact_words(text: str | None) -> str:
    """The distinct words of ``text`` written with diacritics (any not plain ASCII), as written,
    lower case and composed (NFC), space-separated in first-seen order: what tells "Hòa" from
    "Hoa" once folding has made them one word. Plain words need no second copy."""
    if not text:
        return ""
    words = _TOKEN.findall(unicodedata.normalize("NFC", text).lower())
    return " ".join(dict.fromkeys(w for w in words if not w.isascii()))


def typed_words(text: str | None) -> list[str]:
    """What a person typed, word by word, as ``exact_words`` writes words: lower case, composed."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text).lower()) if text else []


def tokens(text: str | None) -> list[str]:
    """The folded words of ``text``: what the search index stores and what queries match."""
    return _TOKEN.findall(fold(text))


def fts_terms(text: str, prefix_last: bool = True) -> list[str]:
    """What a person typed as FTS5 terms, one per word (see ``fts_query``)."""
    words = tokens(text)
    parts = [f'"{w}"' for w in words]
    if parts and prefix_last and len(words[-1]) >= MIN_PREFIX:
        parts[-1] += "*"
    return parts


def fts_query(text: str, prefix_last: bool = True) -> str | None:
    """Turn what a person typed into a safe FTS5 query (every word must match).

    Words are quoted, so FTS5 operators in user input are inert. The last word matches as a
    prefix while typing ("den va" finds "Đen Vâu") once it has two characters; a one-character
    last word matches only itself ("video/1"), because a one-letter prefix matches nearly
    everything and costs a scan of the whole index. Returns ``None`` when nothing is searchable.
    """
    return " ".join(fts_terms(text, prefix_last)) or None


# "mailto:", "javascript:"; not "host:8080", nor a label such as "Link: https://…"
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?![\d\s])")


def composed(value: object) -> object:
    """``value`` (text, or a JSON-like structure of it) with every string in Unicode NFC.

    A keyboard or terminal may send "Vâu" as "Va" plus two combining marks (NFD); stored as
    typed, it would print misaligned, compare unequal and export differently from the same word
    typed elsewhere. Text is stored composed, as Vietnamese is normally written."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: composed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [composed(v) for v in value]
    return value


def has_other_scheme(url: str) -> bool:
    """``url`` names a scheme other than http(s) (``javascript:``, ``file:``, ``data:``); a bare
    ``host/path`` names none."""
    text = url.strip()
    return bool(_SCHEME.match(text)) and not text.lower().startswith(("http://", "https://"))


def normalize_url(url: str | None) -> str:
    """A comparable form of a content URL: scheme and host lower case, no fragment, no
    trailing slash, no ``www.``/``m.`` host prefix. Empty for empty input."""
    if not url:
        return ""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.lower()
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path, parts.query, ""))


_HANDLE_IN_PATH = re.compile(r"/(@[\w.\-]+)")

_PLATFORM_HOSTS = {
    "tiktok.com": "tiktok",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "fb.watch": "facebook",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "instagram.com": "instagram",
    "zalo.me": "zalo",
    "zalo.com": "zalo",
    "threads.net": "threads",
    "threads.com": "threads",
}


def handle_from_url(url: str | None) -> str:
    """``@name`` from URLs such as ``https://www.tiktok.com/@name/video/1``; empty if none."""
    if not url:
        return ""
    m = _HANDLE_IN_PATH.search(url)
    return m.group(1) if m else ""


def platform_from_url(url: str | None) -> str | None:
    """The platform code a content URL belongs to, from its host; ``None`` if unknown."""
    key = normalize_url(url)
    if not key:
        return None
    host = urlsplit(key).hostname or ""
    for suffix, code in _PLATFORM_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return code
    return None
