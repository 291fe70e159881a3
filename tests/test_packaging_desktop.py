"""How the program meets the desktop: its app id, a clean stderr for --screenshot, and the
interface language taken from LANGUAGE, LC_ALL, LC_MESSAGES and LANG as gettext takes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication

from moderator_app.cli import resolve_lang
from moderator_app.ui import app as ui_app

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def test_the_window_names_its_desktop_entry(qapp):
    ui_app.ensure_app()
    # Wayland's app id, and how docks match the window to its launcher and icon.
    assert QGuiApplication.desktopFileName() == "vn.niemtinso.ModeratorApp"


def test_the_platform_noise_is_dropped_and_every_other_message_kept(qtlog):
    previous = ui_app.quiet_platform_noise()
    try:
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("a real warning")
    finally:
        ui_app.qInstallMessageHandler(previous)
    messages = [record.message for record in qtlog.records]
    assert "a real warning" in messages
    assert not any("propagateSizeHints" in m for m in messages)


def test_a_screenshot_writes_nothing_on_stderr(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "ws"), "--lang", "en",
                           "--screenshot", str(shot), "--view", "all"], capture_output=True, text=True, env=env,
                          check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "vi_VN.UTF-8", "LANGUAGE": "en"}, "en"),  # LANGUAGE first, as gettext reads it
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "vi:en"}, "vi"),
    ({"LANG": "vi_VN.UTF-8", "LANGUAGE": "fr:de:en_GB:vi"}, "en"),  # the first known one of the list
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:de"}, "en"),  # none known: the locale decides
    ({"LANG": "C.UTF-8", "LANGUAGE": "en"}, "vi"),  # the C locale: gettext ignores LANGUAGE
    ({"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"LC_ALL": "vi_VN", "LANGUAGE": "en_US"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "vi"),  # neither language: Vietnamese, the committee's
    ({"LANG": "English_United States.1252"}, "en"),  # as Windows names it
])
def test_the_system_language(no_locale: pytest.MonkeyPatch, environment: dict[str, str], expected: str):
    for name, value in environment.items():
        no_locale.setenv(name, value)
    assert resolve_lang(None) == expected


def test_lang_and_the_saved_setting_come_first(no_locale: pytest.MonkeyPatch):
    no_locale.setenv("LANGUAGE", "en")
    no_locale.setenv("LANG", "en_US.UTF-8")
    assert resolve_lang("vi") == "vi"
    assert resolve_lang(None, "vi") == "vi"


def test_the_command_line_speaks_the_language_language_asks_for(tmp_path: Path):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.txt").write_text("x", encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    command = [sys.executable, "-m", "moderator_app", "--data-dir", str(tmp_path / "other"), "cases", "list"]
    english = subprocess.run(command, capture_output=True, text=True, check=False,
                             env={**base, "LANG": "vi_VN.UTF-8", "LANGUAGE": "en:vi"})
    assert english.returncode == 2 and "holds no workspace" in english.stderr
    vietnamese = subprocess.run(command, capture_output=True, text=True, check=False,
                                env={**base, "LANG": "en_US.UTF-8", "LANGUAGE": "vi"})
    assert vietnamese.returncode == 2 and "không chứa không gian làm việc nào" in vietnamese.stderr
