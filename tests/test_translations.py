"""Every interface string has a Vietnamese and an English translation, the compiled catalogues are
current, and windows in Vietnamese show no untranslated English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "moderator_app" / "data" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
import translations as catalogue  # noqa: E402


def _lupdate_into(tmp: Path) -> None:
    for lang in ("vi", "en"):
        shutil.copy(TS_DIR / f"moderator_{lang}.ts", tmp / f"moderator_{lang}.ts")
        subprocess.run(
            [catalogue._tool("lupdate"), *catalogue.sources(), "-no-obsolete", "-locations", "none",
             "-ts", str(tmp / f"moderator_{lang}.ts")],
            cwd=ROOT, check=True, capture_output=True,
        )


def test_no_string_lacks_a_translation_after_lupdate(tmp_path: Path, monkeypatch):
    _lupdate_into(tmp_path)
    monkeypatch.setattr(catalogue, "TS_DIR", tmp_path)
    missing = {lang: catalogue.unfinished(lang) for lang in ("vi", "en")}
    assert missing == {"vi": [], "en": []}, "run `python scripts/translations.py update`, translate, release"


def test_every_tr_literal_in_the_code_is_in_the_catalogue():
    """lupdate cannot see text built at run time (``tr`` on another object, inside an f-string)."""
    sources = {m.findtext("source") for m in ET.parse(TS_DIR / "moderator_vi.ts").getroot().iter("message")}
    pattern = re.compile(
        r"""(?:\.tr\(|QCoreApplication\.translate\(\s*"[A-Za-z]+",\s*|QT_TRANSLATE_NOOP\(\s*"[A-Za-z]+",\s*)"""
        r"""(["'])((?:\\.|(?!\1).)*?)\1\s*[,)]"""
    )
    missing = []
    for path in sorted((ROOT / "moderator_app" / "ui").rglob("*.py")):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            text = eval(m.group(1) + m.group(2) + m.group(1))
            if text not in sources:
                missing.append(f"{path.name}: {text!r}")
    assert missing == []


def test_compiled_catalogues_are_current(tmp_path: Path):
    for name in ("moderator_vi", "moderator_en", *catalogue.QT_CATALOGUES):
        out = tmp_path / f"{name}.qm"
        subprocess.run([catalogue._tool("lrelease"), str(TS_DIR / f"{name}.ts"), "-qm", str(out)],
                       check=True, capture_output=True)
        assert out.read_bytes() == (TS_DIR / f"{name}.qm").read_bytes(), "run `python scripts/translations.py release`"


ENGLISH_WORDS = {"the", "of", "to", "and", "or", "is", "are", "no", "not", "this", "with", "for", "from", "case",
                 "cases", "by", "on", "in", "yet", "new", "open", "save", "report", "reports", "evidence",
                 "meeting", "decision", "select", "choose", "add", "file", "search", "none", "any"}


def visible_texts(window: QWidget) -> list[str]:
    """The interface's own words on a window: labels, buttons, menus, tabs, headers, placeholders."""
    texts: list[str] = []
    for w in [window, *window.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header to read
                continue
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            texts.append(action.text())
            if action.menu():
                texts += [a.text() for a in action.menu().actions()]
    return [re.sub(r"<[^>]+>", " ", t).replace("&", "") for t in texts if t]


def untranslated(texts: list[str]) -> list[str]:
    english = {m.findtext("source").replace("&", "") for m in
               ET.parse(TS_DIR / "moderator_vi.ts").getroot().iter("message")}
    vietnamese = {
        "".join(t.itertext()).replace("&", "")
        for t in ET.parse(TS_DIR / "moderator_vi.ts").getroot().iter("translation")
    }
    found = []
    for text in texts:
        plain = text.strip()
        if not plain or plain in vietnamese:
            continue
        words = set(re.findall(r"[a-z]+", plain.lower()))
        if plain in english or (plain.isascii() and len(words & ENGLISH_WORDS) >= 2):
            found.append(plain)
    return sorted(set(found))


@pytest.fixture
def vietnamese(qapp):
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "vi")
    yield
    install_translations(qapp, "en")


def test_windows_in_vietnamese_show_no_english(qtbot, vietnamese, tmp_path: Path):
    from moderator_app.services.demo import generate
    from moderator_app.services.workspace import Workspace
    from moderator_app.ui.main_window import MainWindow
    from moderator_app.ui.meetings.window import MeetingsWindow
    from moderator_app.ui.settings_dialog import SettingsDialog
    from moderator_app.ui.statistics.window import StatisticsWindow
    from moderator_app.ui.welcome import WelcomeDialog

    ws = Workspace.open(tmp_path / "demo", member_name="Chủ tịch")
    try:
        generate(ws, cases=200, seed=3)
        main = MainWindow(ws, "vi", remember_layout=False)
        qtbot.addWidget(main)
        main.show()
        case_id = main.current_case_id()
        assert case_id is not None
        windows: list[QWidget] = [main, WelcomeDialog(ws), SettingsDialog(ws), MeetingsWindow(ws, "vi"),
                                  StatisticsWindow(ws, "vi"), main.details.open_case(case_id),
                                  main.details.open_register()]
        problems = {}
        for w in windows:
            w.show()
            QApplication.processEvents()
            bad = untranslated(visible_texts(w))
            if bad:
                problems[type(w).__name__] = bad
        for w in windows[1:5]:
            w.close()
        main.close()  # closes the case and register windows it opened
        assert problems == {}
    finally:
        ws.close()


def test_no_window_hides_its_words_from_the_catalogue_behind_a_helper():
    """lupdate finds ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` only: a
    helper such as ``_tr(text)`` leaves its words untranslated (the backups window did)."""
    offenders = [f"{p.name}:{n}" for p in sorted((ROOT / "moderator_app" / "ui").rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.match(r"\s*def _?tr\(", line) or re.search(r"=\s*QCoreApplication\.translate\s*$", line)]
    assert offenders == []
