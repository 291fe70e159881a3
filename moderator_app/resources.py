"""Where the application's resources (icons, translations, letter templates, user guide) are.

They are package data in ``moderator_app/data/``, read through ``importlib.resources``, so every
way of installing the package finds them beside its code: a checkout, an editable install, a wheel
in a virtual environment, ``pip install --user`` or ``--prefix``, pipx, a distribution's
``/usr/local`` scheme. Looking under ``sys.prefix/share`` (as this module once did) misses every
install whose data files land elsewhere, and could pick up another package's folder.

A PyInstaller build carries the same folder at ``<bundle>/moderator_app/data`` (the spec's
``datas``), read from ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "moderator_app"
DATA = "data"


@cache
def resources_dir() -> Path:
    """The folder holding ``icons/``, ``translations/``, ``letters/`` and ``guide/``.

    A real path, not a Traversable: Qt loads icons, catalogues and images by file name.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / PACKAGE / DATA
    data = files(PACKAGE) / DATA
    if isinstance(data, Path):
        return data
    # Only a zipped import hands back a Traversable that is not a path; the package is never
    # installed zipped (setuptools writes folders), so the module's own folder is the answer.
    return Path(__file__).resolve().parent / DATA


def resource(*parts: str) -> Path:
    """One file (or folder) among the resources, e.g. ``resource("letters", "complaint.vi.md")``."""
    return resources_dir().joinpath(*parts)
