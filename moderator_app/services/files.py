"""Checking where a file people will open elsewhere may be written (``store.atomic`` writes it)."""

from __future__ import annotations

from pathlib import Path

from moderator_app.domain.errors import UserError


def check_pdf_target(target: Path) -> Path:
    """A PDF path that can be written; ``UserError`` saying what is wrong otherwise."""
    return check_typed_target(target, ".pdf")


def check_typed_target(target: Path, suffix: str) -> Path:
    """A path ending in ``suffix`` (".pdf", ".png") in a folder that exists; ``UserError`` otherwise."""
    target = Path(target)
    if target.suffix.lower() != suffix:
        raise UserError(f"the file name must end in {suffix}: {target}", vi=f"tên tệp phải có đuôi {suffix}: {target}",
                        code="output_wrong_extension")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist", vi=f"thư mục {target.parent} không tồn tại",
                        code="output_folder_missing")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in {suffix}",
                        vi=f"{target} là một thư mục; hãy đặt tên tệp có đuôi {suffix}", code="output_is_folder")
    return target


def check_table_target(target: Path) -> Path:
    """Where a table (``.xlsx``, else CSV) can be written; ``UserError`` saying what is wrong otherwise.

    Checked before any work is done, so a command that would fail at the end changes nothing."""
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist; create it or choose another folder",
                        vi=f"thư mục {target.parent} không tồn tại; hãy tạo thư mục đó hoặc chọn thư mục khác",
                        code="output_folder_missing")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in .csv or .xlsx",
                        vi=f"{target} là một thư mục; hãy đặt tên tệp có đuôi .csv hoặc .xlsx", code="output_is_folder")
    return target
