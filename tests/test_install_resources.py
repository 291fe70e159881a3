"""Translations, icons, letter templates and the user guide are package data, found beside the
code however the package is installed: a checkout, a wheel in a virtual environment,
``pip install --user`` or ``--prefix`` (where the old ``sys.prefix/share`` lookup found nothing),
and a PyInstaller bundle."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import moderator_app
from moderator_app import resources
from moderator_app.domain.letters import LetterKind
from moderator_app.services.letters import template_name

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(moderator_app.__file__).resolve().parent


def test_the_resources_are_in_the_package_not_under_the_prefix():
    assert resources.resources_dir() == PACKAGE / "data"
    assert not (ROOT / "resources").exists()  # one copy, inside the package
    share = Path(sys.prefix) / "share" / "moderator-app"
    assert share not in resources.resources_dir().parents


def test_every_resource_the_program_asks_for_is_there():
    for lang in ("vi", "en"):
        assert resources.resource("translations", f"moderator_{lang}.qm").is_file()
        assert resources.resource("guide", f"{lang}.md").is_file()
        for kind in LetterKind:
            assert resources.resource("letters", template_name(kind, lang)).is_file(), (kind, lang)
    assert resources.resource("translations", "qtbase_vi.qm").is_file()
    assert resources.resource("icons", "moderator-app.svg").is_file()
    assert len(list(resources.resource("icons", "actions").glob("*.svg"))) > 20


def test_a_pyinstaller_bundle_reads_them_from_its_own_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resource("letters", "x.md") == tmp_path / "moderator_app" / "data" / "letters" / "x.md"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources.resources_dir.cache_clear()
    spec = (ROOT / "packaging" / "moderator-app.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "moderator_app" / "data"), "moderator_app/data")' in spec


# --- a real wheel, installed as people install it ------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source")  # a copy: setuptools leaves build/ where it builds
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("moderator_app", "packaging"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(source)],
                           capture_output=True, text=True, check=False)
    if built.returncode != 0:
        pytest.skip(f"no wheel could be built here (the build needs setuptools from PyPI): {built.stderr[-300:]}")
    (path,) = out.glob("moderator_app-*.whl")
    return path


def test_the_wheel_carries_every_resource_and_the_desktop_files(wheel: Path):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    for source in (PACKAGE / "data").rglob("*"):
        if source.is_file():
            assert f"moderator_app/data/{source.relative_to(PACKAGE / 'data').as_posix()}" in names, source
    data = f"moderator_app-{moderator_app.__version__}.data/data/share"
    for relative in ("applications/vn.niemtinso.ModeratorApp.desktop",
                     "metainfo/vn.niemtinso.ModeratorApp.metainfo.xml",
                     "icons/hicolor/scalable/apps/vn.niemtinso.ModeratorApp.svg",
                     "mime/packages/vn.niemtinso.ModeratorApp.xml"):
        assert f"{data}/{relative}" in names, relative
    assert not any("share/moderator-app" in n for n in names)


def _dependencies() -> str:
    """This environment's site-packages, for the installed copy's dependencies (PySide6 & co.)."""
    return sysconfig.get_paths()["purelib"]


def _run(python: str, env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([python, *argv], capture_output=True, text=True, env=env, check=False, timeout=600)


CHECK = """
import json, sys
from moderator_app import resources
from moderator_app.ui.app import ensure_app
from moderator_app.ui.i18n import install_translations
from moderator_app.ui.icons import action_icon
from PySide6.QtCore import QCoreApplication
app = ensure_app()
install_translations(app, "vi")
print(json.dumps({
    "data": str(resources.resources_dir()),
    "vietnamese": QCoreApplication.translate("App", "Digital Trust Moderator"),
    "icons": not action_icon("sync").isNull() and not app.windowIcon().isNull(),
}))
"""


def _letter(python: str, env: dict[str, str], workspace: Path, out: Path) -> dict:
    """``demo`` then a complaint letter in Vietnamese, giving whatever values the template asks."""
    made = _run(python, env, "-m", "moderator_app", "--data-dir", str(workspace), "demo", "--cases", "12", "--quiet")
    assert made.returncode == 0, made.stderr
    listed = _run(python, env, "-m", "moderator_app", "--data-dir", str(workspace), "cases", "list", "--json")
    ref = json.loads(listed.stdout)[0]["ref"]
    values: list[str] = []
    for _ in range(3):
        done = _run(python, env, "-m", "moderator_app", "--data-dir", str(workspace), "letter", "complaint", ref,
                    "-o", str(out), "--lang", "vi", *values, "--json")
        result = json.loads(done.stdout)
        if done.returncode == 0:
            return result
        assert result["error"]["code"] == "letter_values_missing", result  # never "template_missing"
        asked = result["error"]["message"].split(": ", 1)[1].split(";", 1)[0]
        for name in re.findall(r"(?:^|, )([a-z_]+)", asked):
            values += ["--set", f"{name}=Ban tự giám sát"]
    raise AssertionError(done.stderr)


@pytest.mark.slow
def test_pip_install_prefix_finds_its_translations_icons_and_templates(wheel: Path, tmp_path: Path):
    prefix = tmp_path / "prefix"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--ignore-installed",
                           "--prefix", str(prefix),
                           str(wheel)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    site = Path(sysconfig.get_path("purelib", vars={"base": str(prefix), "platbase": str(prefix)}))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), _dependencies()]), "QT_QPA_PLATFORM": "offscreen"}
    checked = _run(sys.executable, {**env, "PYTHONSAFEPATH": "1"}, "-c", CHECK)
    assert checked.returncode == 0, checked.stderr
    found = json.loads(checked.stdout.strip().splitlines()[-1])
    assert found["data"] == str(site / "moderator_app" / "data")
    assert found["vietnamese"] == "Tự giám sát Niềm tin số" and found["icons"]
    assert (prefix / "share" / "applications" / "vn.niemtinso.ModeratorApp.desktop").is_file()
    letter = _letter(sys.executable, {**env, "PYTHONSAFEPATH": "1"}, tmp_path / "ws", tmp_path / "thu.pdf")
    assert letter["pages"] >= 1 and (tmp_path / "thu.pdf").read_bytes()[:5] == b"%PDF-"
