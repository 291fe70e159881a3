"""Writing a file people will open elsewhere: to a temporary name beside it, flushed, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from moderator_app.domain.errors import UserError


def write_atomically(data: bytes, target: Path) -> None:
    """``target`` holds ``data`` or is untouched: a reader never sees half a file."""
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UserError(f"cannot write in {target.parent} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {target} ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
