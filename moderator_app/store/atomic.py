"""Writing a file that people or other programs read: whole, or not at all.

Every such file (workbooks, letters and case files, the evidence pack, the public register, sync
bundles and packages, backups, quarantined copies) is written to a temporary name in its target
folder (``.tmp-<random>-<name>``, a name readers of the shared folder skip), flushed and fsynced,
renamed over the final name, and the folder is fsynced. A crash, a full disk or a refused write at
any point leaves the previous file (or none) under the final name, never half a file; at worst a
``.tmp-`` file is left behind, which can be deleted.

Failures a person can act on (a full disk, a read-only folder, a missing permission) become
``WriteFailed`` with a message naming the file and what to do.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Literal

from moderator_app.domain.errors import WriteFailed

TEMP_PREFIX = ".tmp-"
Mode = Literal["", "private", "public"]
RENAME_ATTEMPTS = 6
COPY_CHUNK = 1024 * 1024
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}
# Errors raised inside a caller's block that are about writing; others (a source file that cannot
# be read, say) pass through unchanged.
_WRITE_ERRNOS = _FULL | _DENIED | {errno.EROFS, errno.EIO}


def write_error_texts(exc: OSError, target: Path) -> tuple[str, str]:
    """What went wrong writing ``target``, and what to do, in one line: (English, Vietnamese)."""
    folder = target.parent
    code = exc.errno
    if code in _FULL:
        return (f"the disk is full: {target} could not be written; free some space on the disk that holds "
                f"{folder}, or choose another folder, then try again",
                f"ổ đĩa đã đầy: không ghi được {target}; hãy giải phóng bớt dung lượng trên ổ đĩa chứa {folder}, "
                "hoặc chọn thư mục khác, rồi thử lại")
    if code == errno.EROFS:
        return (f"{folder} is on a read-only disk: {target.name} cannot be written there; choose another folder",
                f"{folder} nằm trên ổ đĩa chỉ đọc: không ghi được {target.name} vào đó; hãy chọn thư mục khác")
    if code in _DENIED:
        return (f"this account may not write in the folder {folder}: choose another folder, or ask for "
                "permission to write there",
                f"tài khoản này không có quyền ghi vào thư mục {folder}: hãy chọn thư mục khác, hoặc xin quyền "
                "ghi vào đó")
    if code == errno.ENOENT and not folder.is_dir():
        return (f"the folder {folder} does not exist; create it or choose another folder",
                f"thư mục {folder} không tồn tại; hãy tạo thư mục đó hoặc chọn thư mục khác")
    reason = exc.strerror or exc
    return (f"cannot write {target} ({reason}); check the disk and the folder, then try again",
            f"không ghi được {target} ({reason}); hãy kiểm tra ổ đĩa và thư mục, rồi thử lại")


def describe_write_error(exc: OSError, target: Path) -> str:
    """What went wrong writing ``target``, and what to do, in one line (English)."""
    return write_error_texts(exc, target)[0]


def temp_path_for(final: Path) -> Path:
    return final.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}-{final.name}")


def _create_temp(final: Path, mode: Mode) -> tuple[Path, int]:
    """``mode``: ``private`` (the owner only: a key, a database copy), ``public`` (readable by all,
    whatever the umask: files for a web server), else the umask's usual mode."""
    tmp = temp_path_for(final)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600 if mode == "private" else 0o666)
    if mode == "public":
        try:
            os.chmod(tmp, 0o644)
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
    return tmp, fd


def _about_writing(exc: OSError, tmp: Path, final: Path) -> bool:
    return exc.errno in _WRITE_ERRNOS or (exc.filename is not None and str(exc.filename) in (str(tmp), str(final)))


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); nothing to do where a folder cannot be opened or synced."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) cannot sync a directory; the rename itself happened
    finally:
        os.close(fd)


def replace_retrying(tmp: Path, final: Path) -> None:
    """Rename, retrying while an antivirus or a sync client holds the file (Windows)."""
    delay = 0.05
    for attempt in range(RENAME_ATTEMPTS):
        try:
            os.replace(tmp, final)
            return
        except PermissionError:
            if attempt == RENAME_ATTEMPTS - 1 or sys.platform != "win32":
                raise
            time.sleep(delay)
            delay *= 2


def _prepare(final: Path, make_parents: bool) -> Path:
    final = Path(final)
    if make_parents:
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            en, vi = write_error_texts(exc, final)
            raise WriteFailed(en, vi=vi, code="file_not_written") from exc
    if final.is_dir():
        raise WriteFailed(f"{final} is a folder; give a file name",
                          vi=f"{final} là một thư mục; hãy đặt tên tệp", code="target_is_folder")
    return final


@contextmanager
def atomic_file(final: Path, *, mode: Mode = "", make_parents: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write ``final``'s content into; it takes ``final``'s name only if the block
    ends without an error."""
    final = _prepare(final, make_parents)
    try:
        tmp, fd = _create_temp(final, mode)
    except OSError as exc:
        en, vi = write_error_texts(exc, final)
        raise WriteFailed(en, vi=vi, code="file_not_written") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace_retrying(tmp, final)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if _about_writing(exc, tmp, final):
            en, vi = write_error_texts(exc, final)
            raise WriteFailed(en, vi=vi, code="file_not_written") from exc
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(final.parent)


@contextmanager
def atomic_path(final: Path, *, mode: Mode = "", make_parents: bool = False) -> Iterator[Path]:
    """A temporary path beside ``final`` for writers that open files by name (openpyxl, SQLite,
    Qt's printer): synced and renamed over ``final`` if the block ends without an error, removed
    otherwise. The path exists (empty) when the block starts."""
    final = _prepare(final, make_parents)
    try:
        tmp, fd = _create_temp(final, mode)
        os.close(fd)
    except OSError as exc:
        en, vi = write_error_texts(exc, final)
        raise WriteFailed(en, vi=vi, code="file_not_written") from exc
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        replace_retrying(tmp, final)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if _about_writing(exc, tmp, final):
            en, vi = write_error_texts(exc, final)
            raise WriteFailed(en, vi=vi, code="file_not_written") from exc
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(final.parent)


def write_atomic(final: Path, data: bytes | BinaryIO | Path, *, mode: Mode = "",
                 make_parents: bool = False) -> None:
    """Write ``data`` (bytes, a readable stream, or a file to copy) to ``final``, whole or not at all."""
    with atomic_file(final, mode=mode, make_parents=make_parents) as out:
        if isinstance(data, bytes | bytearray | memoryview):
            out.write(data)
        elif isinstance(data, Path):
            with open(data, "rb") as src:
                shutil.copyfileobj(src, out, COPY_CHUNK)
        else:
            shutil.copyfileobj(data, out, COPY_CHUNK)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by its owner only, and make an existing one so."""
    if not path.parent.exists():
        private_dir(path.parent)
    path.mkdir(exist_ok=True, mode=0o700)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != 0o700:
        path.chmod(0o700)
    return path


def is_temp(name: str) -> bool:
    """A name this module gives a file while it is being written."""
    return name.startswith(TEMP_PREFIX)
