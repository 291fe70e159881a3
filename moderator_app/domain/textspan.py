"""Positions in text: code points (what marks store) against UTF-16 units (what Qt counts), and
finding words without caring about case or Vietnamese diacritics.

A text mark stores character offsets in Unicode code points, so it means the same to any
program that reads the evidence. Qt's text widgets count UTF-16 code units, in which an emoji
(common in chat exports: 😘) is two; ``Utf16Map`` converts both ways in O(log n).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right

from .text import _SPECIAL  # the same letters fold() maps by hand (đ → d)


class Utf16Map:
    """Converts offsets in ``text`` between code points and UTF-16 code units."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 offset of each astral character, for the reverse direction.
        self._astral_u16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, cp: int) -> int:
        return cp + bisect_left(self._astral, cp)

    def to_codepoints(self, u16: int) -> int:
        # Every astral character before ``u16`` took two units for one code point.
        before = bisect_right(self._astral_u16, u16 - 2)
        return u16 - before


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class FoldedText:
    """``text`` folded for searching, with a map back to the original code point offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            folded = _fold_char(ch)
            parts.append(folded)
            origin.extend([i] * len(folded))
        self.folded = "".join(parts)
        self.origin = origin

    def find_all(self, query: str, limit: int = 10_000) -> list[tuple[int, int]]:
        """Every ``(start, end)`` (code points of ``text``) where ``query`` occurs, folded."""
        needle = "".join(_fold_char(ch) for ch in query.strip())
        if not needle:
            return []
        found: list[tuple[int, int]] = []
        at = self.folded.find(needle)
        while at >= 0 and len(found) < limit:
            start = self.origin[at]
            end = self.origin[at + len(needle) - 1] + 1
            found.append((start, end))
            at = self.folded.find(needle, at + len(needle))
        return found


def decode_text(data: bytes) -> str:
    """Text as people wrote it: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1258.

    Line ends become ``\\n`` so character offsets of text marks mean the same on every system.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError:
                text = data.decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")
