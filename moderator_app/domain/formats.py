"""Periods and percentages as each language writes them, shared by the window, the statistics,
the quarterly report and every export so they all read the same.

Vietnamese: "Quý III/2026", "Tháng 10/2026", "Tuần 27/2026" (ISO week), "57%", "57,5%" (no space
before the sign, a decimal comma). English: "Q3 2026", "October 2026", "Week 27, 2026", "57.5%".
The keys (``2026Q3``, ``2026-10``, ``2026-W27``) stay the stable codes of JSON and file names.
"""

from __future__ import annotations

import re
from datetime import date

ROMAN_QUARTERS = ("I", "II", "III", "IV")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

_QUARTER_KEY = re.compile(r"^(\d{4})Q([1-4])$")
_MONTH_KEY = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK_KEY = re.compile(r"^(\d{4})-W(\d{2})$")


def quarter_label(year: int, quarter: int, lang: str) -> str:
    """Quý III/2026 (vi) / Q3 2026 (en)."""
    return f"Q{quarter} {year}" if lang == "en" else f"Quý {ROMAN_QUARTERS[quarter - 1]}/{year}"


def month_label(year: int, month: int, lang: str) -> str:
    """Tháng 10/2026 (vi) / October 2026 (en)."""
    return f"{MONTHS_EN[month - 1]} {year}" if lang == "en" else f"Tháng {month}/{year}"


def week_label(year: int, week: int, lang: str) -> str:
    """Tuần 27/2026 (vi) / Week 27, 2026 (en): the ISO week and its ISO year."""
    return f"Week {week}, {year}" if lang == "en" else f"Tuần {week}/{year}"


def week_of(day: date, lang: str) -> str:
    year, week, _ = day.isocalendar()
    return week_label(year, week, lang)


def period_key_label(key: str, lang: str) -> str:
    """The label of a period key: ``2026Q3``, ``2026-10`` or ``2026-W27``; anything else as it is."""
    if m := _QUARTER_KEY.match(key):
        return quarter_label(int(m.group(1)), int(m.group(2)), lang)
    if m := _MONTH_KEY.match(key):
        return month_label(int(m.group(1)), int(m.group(2)), lang)
    if m := _WEEK_KEY.match(key):
        return week_label(int(m.group(1)), int(m.group(2)), lang)
    return key


def short_period_label(key: str, lang: str) -> str:
    """A chart axis's name of a month or a week, so a year of them fits: 10/2026 (as the table's
    "Tháng 10/2026" and as Vietnamese writes a month; "10/26" reads as a day), and 27 / W27 (the
    chart's title says "theo tuần"; "T27" would read as a month)."""
    if m := _MONTH_KEY.match(key):
        return f"{int(m.group(2))}/{m.group(1)}"
    if m := _WEEK_KEY.match(key):
        return f"W{int(m.group(2))}" if lang == "en" else str(int(m.group(2)))
    return period_key_label(key, lang)


def decimal_text(value: float, lang: str, decimals: int = 1) -> str:
    """A number with the language's decimal mark: 57,5 (vi) / 57.5 (en)."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang != "en" else text


def percent_text(share: float, lang: str, decimals: int = 1) -> str:
    """A share (0.575) as a percentage: 57,5% (vi) / 57.5% (en); no space before the sign."""
    return decimal_text(share * 100, lang, decimals) + "%"
