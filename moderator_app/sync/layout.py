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

import re
from pathlib import Path
from typing import BinaryIO

from moderator_app.store import atomic

ROOT_FILE = "committee.json"
DEVICES = "devices"
BUNDLES = "bundles"
BLOBS = "blobs"
JOIN_REQUEST = "join-request.json"
TEMP_PREFIX = atomic.TEMP_PREFIX
TEMP_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".syncthing")
DEVICE_ID = re.compile(r"^[0-9a-z]{10}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
BUNDLE_NAME = re.compile(r"^(\d{10})-(\d{10})\.zip$")


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


def write_atomic(final: Path, data: bytes | BinaryIO | Path) -> None:
    """Write ``data`` to ``final`` through a temp name in the same folder: whole or nothing."""
    atomic.write_atomic(final, data, make_parents=True)
