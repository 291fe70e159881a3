"""Where bundles come from: the shared folder, or a single-file package. Both feed ``Importer``."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from .errors import Refused
from .importer import BlobCopy, Candidate
from .keyfiles import MAX_KEYFILE, is_purged, keyfile_name, keys_dir, parse_keyfile, read_keyfile
from .layout import BLOBS, BUNDLES, DEVICE_ID, DEVICES, SHA256, blobs_dir, is_temp_name
from .zipsafe import MemberStream, read_member

PACKAGE_KEYS = "keys.json"


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

    def personal_keys(self, device_id: str, first_seq: int, last_seq: int) -> dict[str, bytes]:
        """The keys the bundle's key file offers (``keyfiles``)."""
        return read_keyfile(keys_dir(self.folder, device_id) / keyfile_name(first_seq, last_seq))

    def purged(self, sha256: str) -> bool:
        return is_purged(self.folder, sha256)

    def blob_copies(self, device_id: str, sha256: str) -> Iterator[BlobCopy]:
        """Every copy of the evidence file in the folder: the bundle's device's first, then the others'."""
        if not SHA256.match(sha256):
            return
        paths = [device_id]
        devices = self.folder / DEVICES
        if devices.is_dir():
            paths += [d.name for d in sorted(devices.iterdir()) if DEVICE_ID.match(d.name) and d.name != device_id]
        for device in paths:
            path = blobs_dir(self.folder, device) / sha256
            try:
                st = path.stat()
            except OSError:
                continue
            if not path.is_file():
                continue
            rel = f"{DEVICES}/{device}/{BLOBS}/{sha256}"
            yield BlobCopy(rel, st.st_size, partial(path.open, "rb"), (rel, st.st_size, st.st_mtime_ns))


class PackageBlobs:
    """Evidence files inside a package (``blobs/<sha256>``)."""

    def __init__(self, zf: zipfile.ZipFile, limit: int, label: str = "") -> None:
        self.zf = zf
        self.limit = limit
        self.label = label  # the package's name, to name its members for people
        self.names = set(zf.namelist())
        self._keys: dict[str, bytes] | None = None
        self._purged: set[str] | None = None

    def _read_keys(self) -> None:
        """``keys.json``: the keys of sealed fields the exporter held, and the files erasures removed."""
        self._keys, self._purged = {}, set()
        if PACKAGE_KEYS not in self.names:
            return
        try:
            data = read_member(self.zf, PACKAGE_KEYS, MAX_KEYFILE)
        except Refused:
            return
        self._keys, self._purged = parse_keyfile(data)

    def personal_keys(self, device_id: str, first_seq: int, last_seq: int) -> dict[str, bytes]:
        if self._keys is None:
            self._read_keys()
        return dict(self._keys or {})

    def purged(self, sha256: str) -> bool:
        if self._purged is None:
            self._read_keys()
        return sha256 in (self._purged or set())

    def blob_copies(self, device_id: str, sha256: str) -> Iterator[BlobCopy]:
        name = f"{BLOBS}/{sha256}"
        if not SHA256.match(sha256) or name not in self.names:
            return
        size = self.zf.getinfo(name).file_size
        label = f"{self.label}:{name}" if self.label else name
        yield BlobCopy(label, size, lambda: MemberStream(self.zf, name, self.limit))  # type: ignore[arg-type,return-value]
