"""Where to save a file: the system's save dialog, and the name always ending as its type says.

A name typed without its extension ("rejected") is saved as "rejected.csv" when the CSV filter is
chosen, so the file opens in the program that should open it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def with_extension(name: str, chosen_filter: str, filters: str) -> Path:
    """``name`` with the extension of ``chosen_filter`` (else the first filter's) added if it has
    none of the extensions that filter lists."""
    path = Path(name)
    wanted = _extensions(chosen_filter) or _extensions(filters.split(";;", maxsplit=1)[0])
    if not wanted or path.suffix.lower() in wanted:
        return path
    return path.with_name(path.name + wanted[0])


def _extensions(filter_text: str) -> list[str]:
    return [f".{e.lower()}" for e in re.findall(r"\*\.(\w+)", filter_text)]


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """The save dialog; ``None`` when cancelled."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not name:
        return None
    return with_extension(name, chosen, filters)
