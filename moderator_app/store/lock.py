"""One process per data directory: an advisory lock held for the life of the process.

A second process (another window, a CLI command while the window is open) gets a clear
``WorkspaceBusy`` instead of a second writer. The lock is released by the OS if the process
dies, so a crash never leaves the directory locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from moderator_app.domain.errors import WorkspaceBusy

LOCK_NAME = "moderator-app.lock"


def _holder_vi(holder: str) -> str:
    """The lock file's "process 1234" (or our "another process") in Vietnamese."""
    if holder == "another process":
        return "một tiến trình khác"
    number = holder.removeprefix("process ")
    return f"tiến trình {number}" if number != holder else holder


class DataDirLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise WorkspaceBusy(
                f"the data directory {self.path.parent} is in use by {holder}; close that window or "
                "command first, or choose another directory with --data-dir",
                str(self.path.parent), holder,
                vi=f"thư mục dữ liệu {self.path.parent} đang được {_holder_vi(holder)} sử dụng; hãy đóng cửa sổ "
                   "hoặc lệnh đó trước, hoặc chọn thư mục khác bằng --data-dir",
                code="workspace_busy",
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"process {os.getpid()}")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None


if sys.platform == "win32":
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
