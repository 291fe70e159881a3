"""The one guard between people's text and a spreadsheet: it is never a formula.

Every export that writes text people typed (the Excel workbooks, the quarterly report, the
public register's CSV files) goes through ``guard_text``. A value starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return would be taken for a formula by Excel or LibreOffice
(OWASP "CSV injection"): in a workbook it is stored as a string cell with the *quote prefix*
style, so it shows exactly as typed and stays text when the cell is edited; in a CSV file it gets
a leading apostrophe, which spreadsheets read as "text follows". Characters XML cannot hold
become U+FFFD, line breaks become a line feed, and text longer than Excel's 32,767 characters per
cell is cut with an ellipsis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class GuardedText:
    text: str  # what the cell holds
    quoted: bool  # it looks like a formula: quote prefix (workbook) or apostrophe (CSV)


def clean_text(value: str, limit: int | None = MAX_CELL_TEXT) -> str:
    """Text a spreadsheet can store: no XML-illegal control characters, line feeds for line
    breaks (XML readers turn a bare carriage return into one anyway), at most ``limit`` characters."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if ILLEGAL_XML.search(value):
        value = ILLEGAL_XML.sub("\ufffd", value)
    if limit is not None and len(value) > limit:
        value = value[: limit - 1] + "…"
    return value


def is_formula_like(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS)


def guard_text(value: str, limit: int | None = MAX_CELL_TEXT) -> GuardedText:
    """What a cell holds for ``value``, and whether it must be marked as text."""
    text = clean_text(value, limit)
    return GuardedText(text, is_formula_like(value) or is_formula_like(text))


def csv_text(value: str) -> str:
    """A CSV field a spreadsheet shows as typed: never a formula, no control characters."""
    guarded = guard_text(value, limit=None)
    return "'" + guarded.text if guarded.quoted else guarded.text
