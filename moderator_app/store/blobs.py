"""Content-addressed storage for evidence bytes: ``blobs/ab/abcdef…`` named by SHA-256.

Bytes never live in the database. A blob is written to a temp file in the same folder, fsynced,
then renamed into place, so a crash leaves either nothing or a whole file; the same bytes stored
twice are stored once. Reading verifies the hash, so a damaged file is noticed, not shown.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .atomic import fsync_dir

CHUNK = 1024 * 1024
SHA256_HEX = 64


class BlobError(Exception):
    """A blob is missing or its bytes no longer match its name."""


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    existed: bool  # the same bytes were already stored


def _valid(sha256: str) -> bool:
    return len(sha256) == SHA256_HEX and all(c in "0123456789abcdef" for c in sha256)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if not _valid(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_stream(self, stream: BinaryIO, limit: int | None = None) -> StoredBlob:
        """Copy ``stream`` in, hashing as it goes; refuse more than ``limit`` bytes."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)  # evidence: its owner's only
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise BlobError(f"the file is larger than the limit of {limit:,} bytes")
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.is_file():
                tmp.unlink()
                return StoredBlob(sha, size, existed=True)
            final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.replace(tmp, final)
            fsync_dir(final.parent)
            return StoredBlob(sha, size, existed=False)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def put_file(self, path: Path, limit: int | None = None) -> StoredBlob:
        with open(path, "rb") as fh:
            return self.put_stream(fh, limit)

    def put_bytes(self, data: bytes) -> StoredBlob:
        import io

        return self.put_stream(io.BytesIO(data))

    def read_verified(self, sha256: str) -> bytes:
        """The blob's bytes, or ``BlobError`` if it is missing or damaged."""
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise BlobError(f"evidence file {sha256} is missing from the blob store") from None
        except OSError as exc:  # a folder in its place, a failing disk
            raise BlobError(f"evidence file {sha256} cannot be read at {path} ({exc.strerror or exc})") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobError(f"evidence file {sha256} is damaged: its content no longer matches its hash")
        return data

    def check(self, sha256: str) -> str | None:
        """``None`` if the blob is present and intact, else what is wrong with it."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
        except OSError:  # unreadable (a failing disk, no permission): not the bytes it should be
            return "damaged"
        return None if digest.hexdigest() == sha256 else "damaged"

    def __iter__(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for f in sorted(sub.iterdir()):
                    if _valid(f.name):
                        yield f.name
