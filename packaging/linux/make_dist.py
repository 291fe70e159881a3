"""Linux packages from the PyInstaller one-folder program (``make package``): a .deb and a .tar.gz.

Both carry the same program folder and the same desktop integration (the launcher entry, the
AppStream metainfo, the icon, the sync package's file type):

* ``moderator-app_VERSION_ARCH.deb`` installs the program under ``/opt/moderator-app`` with a
  ``/usr/bin/moderator-app`` link; Debian's triggers refresh the menus, icons and file types.
  Built with ``dpkg-deb`` alone (no debhelper, no root: ``--root-owner-group``).
* ``moderator-app-VERSION-linux-ARCH.tar.gz`` is for other distributions: unpack it and run its
  ``install.sh`` (per user into ``~/.local``, or ``--prefix /usr/local`` as root; ``--uninstall``).

Usage: ``python packaging/linux/make_dist.py [--folder dist/moderator-app] [--out dist]`` (what
``make dist`` runs). The version is moderator_app/__init__.py's, read as text.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "vn.niemtinso.ModeratorApp"
NAME = "moderator-app"
OPT = f"opt/{NAME}"
# Debian's own variables name the person who builds a release; ".invalid" says no one was named.
MAINTAINER = (f"{os.environ.get('DEBFULLNAME', 'Digital Trust Moderator developers')} "
              f"<{os.environ.get('DEBEMAIL', 'packaging@moderator-app.invalid')}>")
# What the program takes from the system (PyInstaller bundles the rest: Qt, Python, the X11 and
# XCB libraries): the C library, the GL/EGL drivers, the display's client libraries and the fonts
# (DejaVu has every Vietnamese letter). Read off the bundle's ELF files (readelf -d) on Debian 12.
DEPENDS = ("libegl1, libgl1, libdrm2, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, "
           "fontconfig, fonts-dejavu-core | fonts-noto-core")
RECOMMENDS = "xdg-utils"
SUMMARY = "desk of the Niềm tin số self-monitoring committee"
DESCRIPTION = (
    "Committee members triage reports about influencers' fake news, scams and undisclosed\n"
    "advertising offline, examine evidence, annotate cases, decide in meetings and export\n"
    "decisions to Excel. Each member's store syncs with the others through signed files in a\n"
    "shared folder, without a server."
)


def version() -> str:
    """The one version source, ``moderator_app.__version__``."""
    text = (ROOT / "moderator_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("no __version__ in moderator_app/__init__.py")
    return found.group(1)


def deb_arch() -> str:
    """Debian's name for this machine's architecture (the program folder is built for it)."""
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)


def glibc() -> str:
    """The C library the program was built against: the oldest it runs on."""
    name, found = platform.libc_ver()
    return found if name == "glibc" and found else "2.31"


def desktop_files() -> dict[str, Path]:
    """Where each desktop-integration file goes, under a prefix such as ``usr``."""
    return {
        f"share/applications/{APP_ID}.desktop": LINUX / f"{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml": LINUX / f"{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml": LINUX / "mime" / f"{APP_ID}.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg": ROOT / "moderator_app" / "data" / "icons" / f"{APP_ID}.svg",
    }


def _copy_tree(folder: Path, target: Path) -> None:
    shutil.copytree(folder, target, symlinks=True)
    for path in [target, *target.rglob("*")]:  # readable by everyone, as installed programs are
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def _install_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def _size_kb(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) // 1024 + 1


def build_deb(folder: Path, out: Path, ver: str, compression: str = "xz") -> Path:
    """The .deb of the program folder ``folder`` (whose ``moderator-app`` is the program)."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found: install the dpkg package (Debian, Ubuntu) to build the .deb")
    arch = deb_arch()
    with tempfile.TemporaryDirectory(prefix="deb-", dir=out) as scratch:
        stage = Path(scratch) / "root"
        _copy_tree(folder, stage / OPT)
        (stage / "usr" / "bin").mkdir(parents=True)
        (stage / "usr" / "bin" / NAME).symlink_to(f"/{OPT}/{NAME}")  # absolute: another top-level folder
        for relative, source in desktop_files().items():
            _install_file(source, stage / "usr" / relative)
        doc = stage / "usr" / "share" / "doc" / NAME
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            f"Upstream-Name: {NAME}\n\nFiles: *\nCopyright: Digital Trust Moderator developers\nLicense: MIT\n"
            "\nFiles: opt/moderator-app/_internal/*\nCopyright: their authors (Qt, PySide6, Python and the libraries "
            "they use)\nLicense: various, each library's own (LGPL-3 for Qt and PySide6)\n",
            encoding="utf-8")
        control = stage / "DEBIAN"
        control.mkdir()
        description = "\n".join(f" {line}" if line else " ." for line in DESCRIPTION.splitlines())
        (control / "control").write_text(
            f"Package: {NAME}\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
            f"Installed-Size: {_size_kb(stage)}\nDepends: libc6 (>= {glibc()}), {DEPENDS}\n"
            f"Recommends: {RECOMMENDS}\nSection: misc\nPriority: optional\n"
            f"Description: Digital Trust Moderator - {SUMMARY}\n{description}\n",
            encoding="utf-8")
        for path in [stage, *stage.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        target = out / f"{NAME}_{ver}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(stage), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def build_tarball(folder: Path, out: Path, ver: str) -> Path:
    """The .tar.gz: ``moderator-app-VERSION/`` with ``app/`` (the program), ``share/`` (desktop
    integration), ``install.sh`` and the smoke check."""
    arch = platform.machine().lower()
    top = f"{NAME}-{ver}"
    target = out / f"{top}-linux-{arch}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="tar-", dir=out) as scratch:
        stage = Path(scratch) / top
        _copy_tree(folder, stage / "app")
        for relative, source in desktop_files().items():
            _install_file(source, stage / relative)
        for script in ("install.sh",):
            shutil.copyfile(LINUX / script, stage / script)
            (stage / script).chmod(0o755)
        shutil.copyfile(ROOT / "packaging" / "smoke_check.sh", stage / "smoke_check.sh")
        (stage / "smoke_check.sh").chmod(0o755)
        (stage / "README.txt").write_text(
            f"Digital Trust Moderator {ver} for Linux ({arch}).\n\n"
            "Install for yourself (into ~/.local, no administrator rights):   ./install.sh\n"
            "Install for everyone on this computer (as root):                 ./install.sh --prefix /usr/local\n"
            "Remove it again (the same --prefix):                              ./install.sh --uninstall\n"
            "Check that it runs:                          ./smoke_check.sh ~/.local/bin/moderator-app\n\n"
            "The program is a folder (app/) that needs no Python; it runs on glibc "
            f"{glibc()} or newer (Debian 12, Ubuntu 24.04 and later when built on Debian 12).\n"
            "Your workspace (~/.local/share/moderator-app) is never touched by install.sh, nor by --uninstall.\n",
            encoding="utf-8")

        def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            return info

        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(stage, arcname=top, filter=owned_by_root)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the .deb and the .tar.gz from the PyInstaller folder.")
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / NAME, help="the one-folder program")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the packages are written")
    parser.add_argument("--only", choices=("deb", "tarball"), help="build one of the two")
    parser.add_argument("--deb-compression", default="xz", choices=("xz", "gzip", "zstd", "none"),
                        help="the .deb's compression (default xz, which every dpkg reads)")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    if not (folder / NAME).is_file() or not os.access(folder / NAME, os.X_OK):
        print(f"no program {folder / NAME}: build it first (make package)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    ver = version()
    if args.only == "deb" or (args.only is None and shutil.which("dpkg-deb")):
        print(build_deb(folder, args.out, ver, args.deb_compression))
    elif args.only is None:
        print("no dpkg-deb here (it comes with dpkg): the .deb is not built, the tarball is", file=sys.stderr)
    if args.only in (None, "tarball"):
        print(build_tarball(folder, args.out, ver))
    return 0


if __name__ == "__main__":
    sys.exit(main())
