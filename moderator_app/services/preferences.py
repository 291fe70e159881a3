"""Preferences of a data directory: typed, validated, versioned.

They live in the workspace's ``settings`` table (never synced). ``SETTINGS_VERSION`` names the
shape of what is stored; ``migrate_settings`` brings an older shape up to date when a workspace
opens, so a newer version of the application never misreads an older one's preferences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from moderator_app.domain.errors import UserError

from .workspace import Workspace

SETTINGS_VERSION = 1
VERSION_KEY = "settings_version"

LANGUAGES = ("vi", "en")
THEMES = ("system", "light", "dark")
FONT_SIZES = range(8, 21)  # points; 0 means the system's size

LANGUAGE = "language"
THEME = "theme"
FONT_SIZE = "font_size"
SENSITIVE_BLUR = "sensitive_blur"
EVIDENCE_MAX_BYTES = "evidence_max_bytes"
DEFAULT_MAX_BYTES = 2 * 1024**3
MAX_MAX_BYTES = 64 * 1024**3


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str | None  # None: follow the system (Vietnamese unless it is English)
    theme: str
    font_size: int
    sensitive_blur: bool
    evidence_max_bytes: int


def load(ws: Workspace) -> Preferences:
    language = ws.setting(LANGUAGE)
    theme = ws.setting(THEME, "system")
    font = ws.setting(FONT_SIZE, 0)
    limit = ws.setting(EVIDENCE_MAX_BYTES, DEFAULT_MAX_BYTES)
    return Preferences(
        language=language if language in LANGUAGES else None,
        theme=theme if theme in THEMES else "system",
        font_size=font if isinstance(font, int) and (font == 0 or font in FONT_SIZES) else 0,
        sensitive_blur=bool(ws.setting(SENSITIVE_BLUR, False)),
        evidence_max_bytes=limit if isinstance(limit, int) and 0 < limit <= MAX_MAX_BYTES else DEFAULT_MAX_BYTES,
    )


def save(ws: Workspace, prefs: Preferences) -> None:
    """Store preferences, refusing values no version of the application would understand."""
    if prefs.language is not None and prefs.language not in LANGUAGES:
        raise UserError("the language follows the system, or is Vietnamese or English",
                        vi="ngôn ngữ phải theo hệ thống, hoặc là tiếng Việt hay tiếng Anh", code="unknown_language")
    if prefs.theme not in THEMES:
        raise UserError("the theme follows the system, or is Light or Dark",
                        vi="giao diện phải theo hệ thống, hoặc là Sáng hay Tối", code="unknown_theme")
    if prefs.font_size != 0 and prefs.font_size not in FONT_SIZES:
        low, high = FONT_SIZES.start, FONT_SIZES.stop - 1
        raise UserError(f"the font size is {low} to {high} points", vi=f"cỡ chữ phải từ {low} đến {high} point",
                        code="font_size_out_of_range")
    if not 1024**2 <= prefs.evidence_max_bytes <= MAX_MAX_BYTES:
        raise UserError("the evidence size limit is between 1 MB and 64 GB",
                        vi="giới hạn dung lượng tệp chứng cứ phải từ 1 MB đến 64 GB",
                        code="evidence_size_limit_out_of_range")
    ws.set_setting(LANGUAGE, prefs.language)
    ws.set_setting(THEME, prefs.theme)
    ws.set_setting(FONT_SIZE, prefs.font_size)
    ws.set_setting(SENSITIVE_BLUR, prefs.sensitive_blur)
    ws.set_setting(EVIDENCE_MAX_BYTES, prefs.evidence_max_bytes)


# MIGRATIONS[n] turns what version n stored into what version n + 1 expects (renamed keys, new
# encodings). Version 1 is the first shape, so there is nothing to convert yet.
MIGRATIONS: dict[int, Callable[[Workspace], None]] = {}


def migrate_settings(ws: Workspace) -> int:
    """Bring stored preferences to ``SETTINGS_VERSION``; returns the version found."""
    stored = ws.setting(VERSION_KEY)
    found = int(stored) if isinstance(stored, int) else 1  # new, or from before versions existed
    if found > SETTINGS_VERSION:
        return found  # written by a newer version: leave it alone, read what we understand
    for version in range(found, SETTINGS_VERSION):
        step = MIGRATIONS.get(version)
        if step is not None:
            step(ws)
    if stored != SETTINGS_VERSION:
        ws.set_setting(VERSION_KEY, SETTINGS_VERSION)
    return found
