"""Action icons: every icon the interface names is drawn, in one style, in the theme's text colour,
sharp at 100 % and 200 %, and the toolbars and menus show them."""

from __future__ import annotations

import ast
import gc
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolBar

from moderator_app.resources import resource
from moderator_app.services.workspace import Workspace
from moderator_app.ui import icons
from moderator_app.ui.icons import action_icon
from moderator_app.ui.theme import apply_theme

from .score_fixtures import file_case

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "moderator_app" / "ui"
ACTIONS = resource("icons", "actions")
SVG = "{http://www.w3.org/2000/svg}"


def _names_in_code() -> set[str]:
    """The icon names the ui code asks for: ``action_icon("x")`` and ``icon="x"`` arguments."""
    names: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "action_icon" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names.add(arg.value)
            for kw in node.keywords:
                if kw.arg == "icon" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    names.add(kw.value.value)
    return names


NAMES = sorted(_names_in_code())
FILES = sorted(p.stem for p in ACTIONS.glob("*.svg"))


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[str], QColor]]:
    """Apply a theme for the test, then put back the style, palette and sheet the other tests use."""
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    dark = qapp.property("moderator_dark")

    def use(name: str) -> QColor:
        apply_theme(qapp, name)
        return qapp.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

    yield use
    restored = QStyleFactory.create(style)
    if restored is not None:
        qapp.setStyle(restored)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("moderator_dark", dark)


def _opaque_colours(pixmap: QPixmap) -> set[int]:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixel(x, y) & 0xFFFFFF
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def _ink(pixmap: QPixmap) -> list[QColor]:
    """The colours of the pixels at least half covered (a 16-pixel icon may have none fully covered)."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = (image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width()))
    return [c for c in pixels if c.alpha() >= 128]


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3


def test_the_code_asks_for_exactly_the_icons_that_are_drawn():
    assert len(NAMES) >= 30
    assert [n for n in NAMES if not (ACTIONS / f"{n}.svg").is_file()] == []
    assert [n for n in FILES if n not in NAMES] == []  # no drawing left unused


@pytest.mark.parametrize("name", FILES)
def test_every_icon_parses_and_follows_the_one_style(qapp: QApplication, name: str):
    text = (ACTIONS / f"{name}.svg").read_text(encoding="utf-8")
    assert QSvgRenderer(QByteArray(text.encode())).isValid()
    root = ElementTree.fromstring(text)
    assert root.get("viewBox") == "0 0 24 24"
    styled = [root, *root.iter()]
    for attribute, value in (("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "2"),
                             ("stroke-linecap", "round"), ("stroke-linejoin", "round")):
        assert any(e.get(attribute) == value for e in styled), attribute
        assert {e.get(attribute) for e in styled} <= {None, value}, attribute  # nothing overrides it
    shapes = [e for e in root.iter() if e.tag.removeprefix(SVG) not in {"svg", "g"}]
    assert shapes and all(e.tag.removeprefix(SVG) in {"path", "circle", "rect", "ellipse", "line"} for e in shapes)
    assert "#" not in text and "style=" not in text  # no colour of its own: the palette gives it


def test_the_packages_carry_the_icons():
    """A wheel carries them as package data beside the code; the PyInstaller build bundles the same folder."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package = ROOT / "moderator_app"
    carried = {path.relative_to(package).as_posix() for pattern in setuptools["package-data"]["moderator_app"]
               for path in package.glob(pattern)}
    assert [n for n in FILES if f"data/icons/actions/{n}.svg" not in carried] == []
    assert "data/icons/moderator-app.svg" in carried
    spec = (ROOT / "packaging" / "moderator-app.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "moderator_app" / "data"), "moderator_app/data")' in spec


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_icons_are_drawn_at_the_device_size_in_the_theme_text_colour(theme, scale: float):
    seen = {}
    for name in ("light", "dark"):
        text = theme(name)
        for icon_name in FILES:
            pixmap = action_icon(icon_name).pixmap(QSize(16, 16), scale)
            assert not pixmap.isNull()
            assert pixmap.devicePixelRatio() == scale
            assert (pixmap.width(), pixmap.height()) == (round(16 * scale), round(16 * scale))
            ink = _ink(pixmap)
            assert len(ink) >= 10 * scale * scale, (name, icon_name)
            assert [c.name() for c in ink if not _near(c, text)] == [], (name, icon_name)
        seen[name] = text.rgb()
    assert seen["light"] != seen["dark"]


def test_one_icon_follows_a_theme_switch_and_greys_when_disabled(theme):
    icon = action_icon("refresh")
    light = theme("light")
    assert _opaque_colours(icon.pixmap(QSize(24, 24))) == {light.rgb() & 0xFFFFFF}
    dark = theme("dark")
    assert _opaque_colours(icon.pixmap(QSize(24, 24))) == {dark.rgb() & 0xFFFFFF}
    disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert disabled != dark
    assert _opaque_colours(icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled)) == {disabled.rgb() & 0xFFFFFF}


def test_a_24_pixel_icon_has_whole_pixel_strokes(theme):
    """On the 24 grid a straight 2-pixel stroke covers whole pixels: no half-tone edge."""
    theme("light")
    image = action_icon("statistics").pixmap(QSize(24, 24), 1.0).toImage()
    column = [image.pixelColor(4, y).alpha() for y in range(24)]  # the axis at x = 4 (pixels 3 and 4)
    assert column[5:19] == [255] * 14
    assert [image.pixelColor(x, 12).alpha() for x in (2, 5)] == [0, 0]


def test_a_missing_or_broken_icon_is_an_empty_icon(qapp: QApplication, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    assert action_icon("no-such-action").isNull()
    folder = tmp_path / "icons" / "actions"
    folder.mkdir(parents=True)
    (folder / "broken.svg").write_text("<svg><path d=", encoding="utf-8")
    (folder / "binary.svg").write_bytes(b"\xff\xfe\x00garbage")
    monkeypatch.setattr(icons, "resource", tmp_path.joinpath)
    icons._source.cache_clear()
    icons._renderer.cache_clear()
    try:
        for name in ("broken", "binary", "refresh"):
            icon = action_icon(name)
            assert icon.isNull()
            assert icon.pixmap(QSize(16, 16)).isNull()
    finally:
        monkeypatch.undo()
        icons._source.cache_clear()
        icons._renderer.cache_clear()
    assert not action_icon("refresh").isNull()


def test_a_copied_icon_changed_later_keeps_drawing(qapp: QApplication):
    """Changing a copy makes Qt clone the engine; the clone must outlive the Python call."""
    original = action_icon("undo")
    icon = QIcon(original)
    icon.addPixmap(QPixmap(8, 8))  # shared with ``original``: detaches, cloning the engine
    gc.collect()
    assert not icon.pixmap(QSize(16, 16)).isNull()
    assert not original.pixmap(QSize(16, 16)).isNull()
    assert not action_icon("undo").pixmap(QSize(16, 16), QIcon.Mode.Disabled).isNull()


def test_the_main_window_toolbar_and_menus_show_icons(qtbot, ws: Workspace):
    from moderator_app.ui.main_window import MainWindow

    window = MainWindow(ws, "en", remember_layout=False)
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "MainToolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert toolbar.iconSize() == QSize(icons.TOOLBAR_ICON_SIZE, icons.TOOLBAR_ICON_SIZE)
    buttons = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(buttons) >= 6
    assert [a.text() for a in buttons if a.icon().isNull()] == []
    in_menus = [a for _title, actions in window.menus for a in actions if a not in window.act_priorities]
    assert [a.text() for a in in_menus if a.icon().isNull()] == []
    assert not window.priority_menu.icon().isNull() and not window.move_menu.icon().isNull()
    everywhere = {a.text(): a for menu in window.menuBar().actions() if menu.menu() for a in menu.menu().actions()}
    installed = ["&Backups…", "Influencer &register…", "Open &meetings…", "&Statistics…", "Write a &letter…",
                 "Sync &now", "Sync &settings…"]  # the menus the other windows' modules add
    assert [t for t in installed if t not in everywhere or everywhere[t].icon().isNull()] == []


def test_the_case_window_toolbar_shows_icons(qtbot, ws: Workspace):
    from moderator_app.store import queries
    from moderator_app.store.database import raw_connection
    from moderator_app.ui.case_detail import CaseDetailWindow

    ref = file_case(ws, "Đen Vâu").ref
    with ws.db.read() as conn:
        case_id = queries.find_case_id(raw_connection(conn), ref)
    assert case_id is not None
    window = CaseDetailWindow(ws, "en", case_id)
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "case_toolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    buttons = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(buttons) == 6  # refresh, PDF, print, profile, letter, takedown request
    assert [a.text() for a in buttons if a.icon().isNull()] == []
