"""The shared folder's layout, and writing into it safely.

    <folder>/committee.json                      the signed root, written once by the chair
    <folder>/devices/<device_id>/join-request.json
    <folder>/devices/<device_id>/bundles/<first>-<last>.zip
    <folder>/devices/<device_id>/blobs/<sha256>

A device writes only under its own ``devices/<device_id>/``, so no two devices ever write the
same path. Every write goes to a temp name in the same folder, is fsynced, then renamed; readers
ignore temp names (ours and the ones cloud clients use while downloading).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import time
from pathlib import Path
from typing import BinaryIO

ROOT_FILE = "committee.json"
DEVICES = "devices"
BUNDLES = "bundles"
BLOBS = "blobs"
JOIN_REQUEST = "join-request.json"
TEMP_PREFIX = ".tmp-"
TEMP_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".syncthing")
DEVICE_ID = re.compile(r"^[0-9a-z]{10}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
BUNDLE_NAME = re.compile(r"^(\d{10})-(\d{10})\.zip$")
RENAME_ATTEMPTS = 6


def device_dir(folder: Path, device_id: str) -> Path:
    return folder / DEVICES / device_id


def bundles_dir(folder: Path, device_id: str) -> Path:
    return device_dir(folder, device_id) / BUNDLES


def blobs_dir(folder: Path, device_id: str) -> Path:
    return device_dir(folder, device_id) / BLOBS


def bundle_name(first_seq: int, last_seq: int) -> str:
    return f"{first_seq:010d}-{last_seq:010d}.zip"


def is_temp_name(name: str) -> bool:
    """Names of files still being written, by us or by a sync client: never read them."""
    lower = name.lower()
    return name.startswith((".", "~")) or lower.endswith(TEMP_SUFFIXES)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a directory; the rename is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) cannot sync a directory: nothing more to do
    finally:
        os.close(fd)


def _replace(tmp: Path, final: Path) -> None:
    """Rename, retrying while an antivirus or a sync client holds the file (Windows)."""
    delay = 0.05
    for attempt in range(RENAME_ATTEMPTS):
        try:
            os.replace(tmp, final)
            return
        except PermissionError:
            if attempt == RENAME_ATTEMPTS - 1:
                raise
            time.sleep(delay)
            delay *= 2


def write_atomic(final: Path, data: bytes | BinaryIO | Path) -> None:
    """Write ``data`` to ``final`` through a temp name in the same folder: whole or nothing."""
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}-{final.name}")
    try:
        with open(tmp, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            elif isinstance(data, Path):
                with open(data, "rb") as src:
                    shutil.copyfileobj(src, out, 1024 * 1024)
            else:
                shutil.copyfileobj(data, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        _replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(final.parent)
