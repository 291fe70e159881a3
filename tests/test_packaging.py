"""What is shipped and how: one version, the desktop entry and its file types, the Windows installer,
the pinned development tools, and the Linux packages (.deb, .tar.gz) installed into a scratch root."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import moderator_app
from moderator_app.domain import mime

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ISS = ROOT / "packaging" / "windows" / "moderator-app.iss"
SPEC = ROOT / "packaging" / "moderator-app.spec"
METAINFO = LINUX / "vn.niemtinso.ModeratorApp.metainfo.xml"
DESKTOP = LINUX / "vn.niemtinso.ModeratorApp.desktop"
MIME_XML = LINUX / "mime" / "vn.niemtinso.ModeratorApp.xml"
SMOKE = ROOT / "packaging" / "smoke_check.sh"
BUILT = ROOT / "dist" / "moderator-app"
sys.path.insert(0, str(LINUX))
import make_dist  # noqa: E402

VERSION = moderator_app.__version__


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# --- one version --------------------------------------------------------------------------------


def test_every_package_takes_the_one_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION)
    assert _pyproject()["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "moderator_app.__version__"}
    iss = ISS.read_text(encoding="utf-8-sig")
    assert re.findall(r'#define AppVersion "([^"]+)"', iss) == [VERSION]  # the default; ISCC /DAppVersion= may set it
    spec = SPEC.read_text(encoding="utf-8")
    assert "moderator_app\" / \"__init__.py\"" in spec and "CFBundleShortVersionString\": VERSION" in spec
    assert not re.search(r'"\d+\.\d+\.\d+"', spec)  # no version written in the spec itself
    assert make_dist.version() == VERSION


def test_the_metainfo_s_newest_release_is_this_version():
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    versions = [r.get("version") for r in releases.findall("release")]
    assert versions and versions[0] == VERSION  # newest first, as AppStream wants
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.get("date") or "") for r in releases.findall("release"))


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli (Debian: appstream) is not installed")
def test_the_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# --- the desktop entry and its file types -------------------------------------------------------------


def _desktop() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_desktop_entry_registers_every_type_the_program_opens():
    types = set(_desktop()["MimeType"].rstrip(";").split(";"))
    evidence = {t for t in mime.EXTENSIONS.values() if t != "application/zip"}  # what the viewer shows
    assert evidence <= types
    assert {"application/x-niemtinso-sync-package", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} <= types
    assert "application/zip" not in types  # never offered for every zip file
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    declared = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert declared is not None and declared.get("type") == "application/x-niemtinso-sync-package"
    globs = [g.get("pattern") for g in declared.findall("m:glob", ns)]
    from moderator_app.ui.app import DESKTOP_FILE_NAME, PACKAGE_SUFFIX

    assert globs == [f"*{PACKAGE_SUFFIX}"]
    assert DESKTOP.name == f"{DESKTOP_FILE_NAME}.desktop"  # the window's app id names this entry


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian: desktop-file-utils) is not installed")
def test_the_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (Debian: shared-mime-info) is not installed")
def test_the_sync_package_type_compiles(tmp_path: Path):
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    assert "application/x-niemtinso-sync-package:*.dtmsync" in (tmp_path / "globs2").read_text(encoding="utf-8")


def test_the_wheel_installs_the_desktop_files_under_share():
    data_files = _pyproject()["tool"]["setuptools"]["data-files"]
    installed = {f"{target}/{Path(p).name}" for target, patterns in data_files.items() for p in patterns}
    assert installed == set(make_dist.desktop_files())  # what the .deb and the tarball install too
    for patterns in data_files.values():
        assert all((ROOT / p).is_file() for p in patterns)


# --- the Windows installer ------------------------------------------------------------------------------


def test_the_windows_installer_states_its_inno_setup_and_installs_where_the_choice_says():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: read as UTF-8 by every Inno Setup 6
    iss = raw.decode("utf-8-sig")
    assert "#if Ver < EncodeVer(6, 5, 0)" in iss and "#error" in iss and "6.5.0 or later" in iss
    assert "compiler:Languages\\Vietnamese.isl" in iss
    assert "DefaultDirName={autopf}\\" in iss and '"{autodesktop}\\' in iss
    for per_user_only in ("{localappdata}", "{userdesktop}", "{userpf}", "HKCU"):
        assert per_user_only not in iss  # an install for everyone must not land in the admin's profile
    assert "PrivilegesRequiredOverridesAllowed=dialog" in iss and "ChangesAssociations=yes" in iss


def test_the_windows_installer_registers_the_files_the_program_opens():
    iss = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r'Subkey: "Software\\Classes\\\.dtmsync"; ValueType: string; ValueName: ""; '
                     r'ValueData: "\{#PackageProgId\}"', iss)  # its own packages open in it
    open_with = set(re.findall(r'Subkey: "Software\\Classes\\(\.[a-z0-9]+)\\OpenWithProgids"; ValueType: string; '
                               r'ValueName: "\{#FileProgId\}"', iss))
    supported = set(re.findall(r'SupportedTypes"; ValueType: string; ValueName: "(\.[a-z0-9]+)"', iss))
    wanted = {e for e, t in mime.EXTENSIONS.items() if t != "application/zip"} | {".xlsx", ".csv"}
    assert open_with == supported == wanted
    # Nothing but its own type is taken over: no default value set on another extension.
    defaults = re.findall(r'Subkey: "Software\\Classes\\(\.[a-z0-9]+)"; ValueType: string; ValueName: ""', iss)
    assert defaults == [".dtmsync"]


def test_the_readme_says_what_uninstalling_keeps():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "%LOCALAPPDATA%\\moderator-app" in readme and "Inno Setup 6.5" in readme
    assert "uninstall" in readme.lower()


# --- reproducible set-up -------------------------------------------------------------------------------------


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_development_tools_are_pinned_and_make_uses_the_constraints():
    project = _pyproject()["project"]
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, line
            pins[name.lower().replace("_", "-")] = version
    extras = project["optional-dependencies"]
    for requirement in [*project["dependencies"], *extras["test"], *extras["package"]]:
        assert _requirement_name(requirement) in pins, requirement
    assert "pip" in pins
    # The runtime bounds stay ranges (people installing the wheel); holidays is pinned on purpose.
    exact = [r for r in project["dependencies"] if "==" in r]
    assert [_requirement_name(r) for r in exact] == ["holidays"]
    assert [r for r in extras["test"] if r.startswith("ruff")] == [f"ruff=={pins['ruff']}"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "pip install" in line and "CONSTRAINTS_VENV" not in line]
    assert installs and all("-c $(CONSTRAINTS)" in line for line in installs)
    assert re.search(r"^\$\(STAMP\): pyproject\.toml \$\(CONSTRAINTS\)$", makefile, re.MULTILINE)
    assert re.search(r"^constraints:$", makefile, re.MULTILINE)


def test_the_screenshots_target_writes_the_names_the_readme_shows():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile[makefile.index("\nscreenshots:"):].split("\n\n", 1)[0]
    assert "scripts/render_screenshots.py" in target and "--screenshot" not in target
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"docs/screenshots/([a-z-]+-(?:vi|en)-(?:light|dark))\.png", readme))
    assert shown  # the README's pictures of main windows are the script's <window>-<lang>-<theme>.png
    script = (ROOT / "scripts" / "render_screenshots.py").read_text(encoding="utf-8")
    assert '{name}-{lang}-{theme}.png' in script
    assert "make screenshots" in readme


# --- the Linux packages ------------------------------------------------------------------------------------------


def _fake_program(folder: Path) -> Path:
    """A one-folder tree shaped as PyInstaller's, whose program runs this checkout: the packaging
    is the same, without a build that takes minutes."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "placeholder.txt").write_text("bundled libraries go here\n", encoding="utf-8")
    program = folder / "moderator-app"
    program.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m moderator_app "$@"\n',
                       encoding="utf-8")
    program.chmod(0o755)
    return folder


def _smoke(program: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["bash", str(SMOKE), str(program)], capture_output=True, text=True, env=env,
                            check=False, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "propagateSizeHints" not in result.stderr  # the offscreen platform's noise is gone
    return result.stdout


def _check_deb(deb: Path, scratch: Path) -> Path:
    """Install ``deb`` into ``scratch`` as dpkg would (``dpkg -x``) and check what it holds."""
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Architecture", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert "Package: moderator-app" in info and f"Version: {VERSION}" in info and "libc6 (>= " in info
    subprocess.run(["dpkg", "-x", str(deb), str(scratch)], check=True)
    link = scratch / "usr" / "bin" / "moderator-app"
    assert os.readlink(link) == "/opt/moderator-app/moderator-app"  # absolute: another top-level folder
    for relative in make_dist.desktop_files():
        assert (scratch / "usr" / relative).is_file(), relative
    assert (scratch / "usr" / "share" / "doc" / "moderator-app" / "copyright").is_file()
    program = scratch / "opt" / "moderator-app" / "moderator-app"
    assert program.is_file() and os.access(program, os.X_OK)
    return program


dpkg_deb = pytest.mark.skipif(shutil.which("dpkg-deb") is None or shutil.which("dpkg") is None,
                              reason="dpkg-deb and dpkg (Debian, Ubuntu) are not installed")


@dpkg_deb
@pytest.mark.slow
def test_make_dist_builds_a_deb_that_installs_and_passes_its_smoke_check(tmp_path: Path):
    folder = _fake_program(tmp_path / "moderator-app")
    out = tmp_path / "dist"
    assert make_dist.main(["--folder", str(folder), "--out", str(out), "--only", "deb"]) == 0
    deb = out / f"moderator-app_{VERSION}_{make_dist.deb_arch()}.deb"
    program = _check_deb(deb, tmp_path / "root")
    assert "smoke check passed" in _smoke(program)
    assert sorted(p.name for p in out.iterdir()) == [deb.name]  # the staging folder is gone


@pytest.mark.slow
def test_make_dist_builds_a_tarball_whose_install_script_installs_and_removes_it(tmp_path: Path):
    folder = _fake_program(tmp_path / "moderator-app")
    out = tmp_path / "dist"
    assert make_dist.main(["--folder", str(folder), "--out", str(out), "--only", "tarball"]) == 0
    (tarball,) = out.glob("*.tar.gz")
    assert tarball.name == f"moderator-app-{VERSION}-linux-{make_dist.platform.machine().lower()}.tar.gz"
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        assert all(m.uid == 0 and m.gid == 0 for m in tar.getmembers())
        tar.extractall(tmp_path / "unpacked", filter="tar")
    top = tmp_path / "unpacked" / f"moderator-app-{VERSION}"
    assert f"moderator-app-{VERSION}/install.sh" in names and (top / "app" / "moderator-app").is_file()
    prefix = tmp_path / "prefix with space"
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(top / "install.sh"), "--prefix", str(prefix)], capture_output=True, text=True,
                          env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    program = prefix / "bin" / "moderator-app"
    assert program.is_symlink() and Path(os.readlink(program)) == prefix / "lib" / "moderator-app" / "moderator-app"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, env=env, check=True)
    assert version.stdout.strip() == f"moderator-app {VERSION}"
    entry = (prefix / "share" / "applications" / "vn.niemtinso.ModeratorApp.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %F' in entry  # the launcher finds it though PREFIX/bin is not on the PATH
    for relative in make_dist.desktop_files():
        assert (prefix / relative).is_file(), relative
    again = subprocess.run([str(top / "install.sh"), "--prefix", str(prefix)], capture_output=True, text=True,
                           env=env, check=False)
    assert again.returncode == 0, again.stderr  # a reinstall replaces the folder whole
    removed = subprocess.run([str(top / "install.sh"), "--uninstall", "--prefix", str(prefix)],
                             capture_output=True, text=True, env=env, check=False)
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not (prefix / "lib" / "moderator-app").exists()
    left = [p.relative_to(prefix) for p in prefix.rglob("*") if p.is_file()]
    # Only the desktop's caches, which other programs' entries share, stay (rebuilt without ours).
    assert all(p.parts[:2] in {("share", "mime"), ("share", "applications")} for p in left), left
    assert not any("ModeratorApp" in str(p) for p in left), left


@dpkg_deb
@pytest.mark.slow
@pytest.mark.skipif(not (BUILT / "moderator-app").is_file(), reason="no built program: run `make package` first")
def test_the_built_program_s_deb_installs_and_passes_its_smoke_check(tmp_path: Path):
    """After ``make package`` (CI runs this file again then): the real one-folder build, packed
    as ``make dist`` packs it (uncompressed here, for speed), installed into a scratch root."""
    deb = make_dist.build_deb(BUILT, tmp_path, VERSION, compression="none")
    program = _check_deb(deb, tmp_path / "root")
    assert "smoke check passed" in _smoke(program)
