"""Small pieces shared by the case window and the profile pages: dates, colours, errors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from moderator_app.domain import formats
from moderator_app.domain.clock import date_text, datetime_text
from moderator_app.domain.errors import UserError
from moderator_app.domain.score import Band

from . import plain_text
from .i18n import refusal_text

BAND_COLORS: dict[Band, str] = {
    Band.HIGH: "#1e7b34",
    Band.TRUSTED: "#2462a6",
    Band.NOTED: "#8a6d00",
    Band.CAUTION: "#b85400",
    Band.NOT_CREDIBLE: "#b3261e",
    Band.NOT_ASSESSED: "#7d838a",
}
BAND_BACKGROUNDS: dict[Band, str] = {
    Band.HIGH: "#e3f2e6",
    Band.TRUSTED: "#e3ecf7",
    Band.NOTED: "#f7f0d8",
    Band.CAUTION: "#fbe7d6",
    Band.NOT_CREDIBLE: "#f8dedc",
    Band.NOT_ASSESSED: "#eceef0",
}
MUTED = "#7d838a"
WARNING = "#b3261e"


def local_datetime(ms: int) -> str:
    """A stored UTC time in Vietnam's time (the committee's, not this computer's), as written there."""
    return datetime_text(ms)


def local_day(ms: int | None) -> str:
    """The day of a stored time in Vietnam's time: 01/10/2026 (empty for none)."""
    return "" if ms is None else date_text(ms)


def iso_day(iso: str | None) -> str:
    """``2026-03-26`` as 26/03/2026 (empty for none)."""
    if not iso:
        return ""
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def number(value: float, lang: str, decimals: int = 1) -> str:
    """A score or points with the decimal mark of the interface language (84,5 / 84.5)."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def conflict_field(field: str) -> str:
    """A field that can be in conflict, in the interface's words."""
    labels = {
        "status": QCoreApplication.translate("Conflicts", "status"),
        "decision": QCoreApplication.translate("Conflicts", "decision"),
        "outcome": QCoreApplication.translate("Conflicts", "outcome"),
        "role": QCoreApplication.translate("Conflicts", "role"),
        # A takedown request's answer (its case names it).
        "result": QCoreApplication.translate("Conflicts", "the platform's answer"),
        "reason": QCoreApplication.translate("Conflicts", "the platform's reason"),
        "answered_at": QCoreApplication.translate("Conflicts", "when the platform answered"),
    }
    return labels.get(field, field)


def percent_text(share: float, decimals: int = 1, lang: str | None = None) -> str:
    """A share (0.578) as a percentage, 57,8% (vi) / 57.8% (en), in ``lang`` or else the
    interface's language (``domain.formats``: the exports write it the same way)."""
    if lang is None:
        lang = "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"
    return formats.percent_text(share, lang, decimals)


def decimal_text(value: float, decimals: int = 1, lang: str | None = None) -> str:
    """A number with a decimal (10.5 hours) as the language writes it: 10,5 (vi) / 10.5 (en)."""
    if lang is None:
        lang = "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"
    return formats.decimal_text(value, lang, decimals)


def size_text(size: int | None) -> str:
    """A file size in the interface's number format: 310 B, 1,5 MB (vi) / 1.5 MB (en)."""
    if size is None:
        return ""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "B":
                return f"{size} B"
            text = QLocale().toString(value, "f", 1)
            return f"{text} {unit}"
        value /= 1024
    return ""


def show_error(parent: QWidget | None, exc: Exception) -> None:
    """A person's mistake gets its message; nothing was changed."""
    title = QCoreApplication.translate("Errors", "Not done")
    if isinstance(exc, UserError):
        plain_text.warning(parent, title, refusal_text(exc))
    else:
        plain_text.critical(parent, title, QCoreApplication.translate(
            "Errors", "Something went wrong; the details are in the log file. {0}").format(type(exc).__name__))
