"""Where bundles come from: the shared folder, or a single-file package. Both feed ``Importer``."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from .errors import Refused
from .importer import Candidate
from .layout import BLOBS, BUNDLES, DEVICE_ID, DEVICES, SHA256, blobs_dir, is_temp_name
from .zipsafe import MemberStream


class FolderSource:
    """The shared folder: every device's bundles and content-addressed evidence files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        devices = self.folder / DEVICES
        if not devices.is_dir():
            return found
        for device in sorted(devices.iterdir()):
            if is_temp_name(device.name) or not DEVICE_ID.match(device.name):
                continue
            bundles = device / BUNDLES
            if not bundles.is_dir():
                continue
            for entry in sorted(bundles.iterdir()):
                if is_temp_name(entry.name) or not entry.name.lower().endswith(".zip"):
                    continue
                try:
                    st = entry.stat()
                except OSError:
                    continue  # removed while listing
                if not entry.is_file():
                    continue
                rel = f"{DEVICES}/{device.name}/{BUNDLES}/{entry.name}"
                found.append(Candidate(rel, device.name, entry, cache_key=(rel, st.st_size, st.st_mtime_ns)))
        return found

    def open_blob(self, device_id: str, sha256: str) -> BinaryIO | None:
        if not SHA256.match(sha256):
            return None
        first = blobs_dir(self.folder, device_id) / sha256
        paths = [first]
        devices = self.folder / DEVICES
        if devices.is_dir():
            paths += [d / BLOBS / sha256 for d in sorted(devices.iterdir()) if DEVICE_ID.match(d.name)]
        for path in paths:
            try:
                return open(path, "rb")
            except OSError:
                continue
        return None


class PackageBlobs:
    """Evidence files inside a package (``blobs/<sha256>``)."""

    def __init__(self, zf: zipfile.ZipFile, limit: int) -> None:
        self.zf = zf
        self.limit = limit
        self.names = set(zf.namelist())

    def open_blob(self, device_id: str, sha256: str) -> BinaryIO | None:
        name = f"{BLOBS}/{sha256}"
        if not SHA256.match(sha256) or name not in self.names:
            return None
        try:
            return MemberStream(self.zf, name, self.limit)  # type: ignore[return-value]
        except Refused:
            return None

