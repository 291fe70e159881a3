"""Checking where a file people will open elsewhere may be written (``store.atomic`` writes it)."""

from __future__ import annotations

from pathlib import Path

from moderator_app.domain.errors import UserError


def check_pdf_target(target: Path) -> Path:
    """A PDF path that can be written; ``UserError`` saying what is wrong otherwise."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"the file name must end in .pdf: {target}")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in .pdf")
    return target


def check_table_target(target: Path) -> Path:
    """Where a table (``.xlsx``, else CSV) can be written; ``UserError`` saying what is wrong otherwise.

    Checked before any work is done, so a command that would fail at the end changes nothing."""
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist; create it or choose another folder")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in .csv or .xlsx")
    return target
