"""Where the application's resources (icons, translations, templates) are on this install.

A source checkout and an editable install use the repository's ``resources/``; a PyInstaller
build carries them beside the program; a wheel install puts them under
``<prefix>/share/moderator-app/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "moderator-app" / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
