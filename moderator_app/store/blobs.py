"""Content-addressed storage for evidence bytes: ``blobs/ab/abcdef…`` named by SHA-256.

Bytes never live in the database. A blob is written to a temp file in the same folder, fsynced,
then renamed into place, so a crash leaves either nothing or a whole file; the same bytes stored
twice are stored once. Reading verifies the hash, so a damaged file is noticed, not shown.

In an encrypted workspace the files are *sealed*: AES-256-GCM in 1 MiB chunks, each with its own
random nonce, under a key derived from the workspace's data key (``evidence_key``). A chunk's
associated data binds it to its file (a random file id in the header), to its place and to
whether it is the last one, and the last one to the plaintext's SHA-256, so a chunk moved,
dropped, truncated or swapped with another file's fails to open. Chunks make a file readable from
any offset (the media player seeks) without decrypting what comes before. The name stays the
plaintext's hash: the same evidence is found under the same name whatever the key. Files written
before the workspace was encrypted are read as they are until the conversion seals them.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .atomic import fsync_dir

CHUNK = 1024 * 1024
SHA256_HEX = 64

SEALED_MAGIC = b"NTSEVID\x01"  # "Niềm tin số" evidence, format 1
FILE_ID_BYTES = 16
HEADER_BYTES = len(SEALED_MAGIC) + FILE_ID_BYTES
NONCE_BYTES = 12
TAG_BYTES = 16
SEALED_CHUNK = CHUNK  # plaintext bytes per chunk
_OVERHEAD = NONCE_BYTES + TAG_BYTES
_KEY_INFO = b"moderator-app evidence files v1"


class BlobError(Exception):
    """A blob is missing or its bytes no longer match its name."""


class BlobDamaged(BlobError):
    """A sealed blob's chunk does not open: altered, truncated, or not this file's."""


class BlobLocked(BlobError):
    """A sealed blob and no key to open it (a workspace opened without its data key)."""


def evidence_key(data_key: bytes) -> bytes:
    """The evidence files' key, derived from the workspace's data key (HKDF-SHA256), so the
    database's key is never used for anything else."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(data_key)


def _aad(file_id: bytes, index: int, last: bool, sha256: str | None) -> bytes:
    tail = b"\x01" + bytes.fromhex(sha256 or "") if last else b"\x00"
    return SEALED_MAGIC + file_id + index.to_bytes(8, "big") + tail


def _read_full(stream: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes, fewer only at the end (a pipe or socket may hand over less per read)."""
    parts, got = [], 0
    while got < n:
        part = stream.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def sealed_size(file_size: int) -> int:
    """The plaintext size of a sealed file of ``file_size`` bytes."""
    body = file_size - HEADER_BYTES
    if body < _OVERHEAD:
        raise BlobDamaged("the sealed file is shorter than its header")
    chunks = -(-body // (SEALED_CHUNK + _OVERHEAD))
    return body - chunks * _OVERHEAD


class _Sealer:
    """Writes a sealed file chunk by chunk; the last chunk, written at ``close``, names the hash."""

    def __init__(self, out: BinaryIO, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.out, self.aead = out, AESGCM(key)
        self.file_id = secrets.token_bytes(FILE_ID_BYTES)
        self.index = 0
        self.pending = bytearray()
        out.write(SEALED_MAGIC + self.file_id)

    def _chunk(self, data: bytes, last: bool, sha256: str | None) -> None:
        nonce = secrets.token_bytes(NONCE_BYTES)
        self.out.write(nonce + self.aead.encrypt(nonce, data, _aad(self.file_id, self.index, last, sha256)))
        self.index += 1

    def write(self, data: bytes) -> None:
        self.pending += data
        # Keep at least one byte back: the last chunk is only known at close.
        while len(self.pending) > SEALED_CHUNK:
            self._chunk(bytes(self.pending[:SEALED_CHUNK]), False, None)
            del self.pending[:SEALED_CHUNK]

    def close(self, sha256: str) -> None:
        self._chunk(bytes(self.pending), True, sha256)
        self.pending.clear()


class SealedReader(io.RawIOBase):
    """The plaintext of a sealed file, readable and seekable like a file; a chunk that does not
    open raises ``BlobDamaged``."""

    def __init__(self, fh: BinaryIO, key: bytes, sha256: str) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        self.fh, self.aead, self.sha256 = fh, AESGCM(key), sha256
        header = fh.read(HEADER_BYTES)
        if len(header) != HEADER_BYTES or not header.startswith(SEALED_MAGIC):
            raise BlobDamaged("not a sealed evidence file")
        self.file_id = header[len(SEALED_MAGIC):]
        self.size = sealed_size(os.fstat(fh.fileno()).st_size)
        self.chunks = max(1, -(-self.size // SEALED_CHUNK))
        self.pos = 0
        self._cached: tuple[int, bytes] | None = None

    def _open_chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        from cryptography.exceptions import InvalidTag

        last = index == self.chunks - 1
        plain = self.size - index * SEALED_CHUNK if last else SEALED_CHUNK
        self.fh.seek(HEADER_BYTES + index * (SEALED_CHUNK + _OVERHEAD))
        raw = self.fh.read(plain + _OVERHEAD)
        try:
            data = self.aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                     _aad(self.file_id, index, last, self.sha256 if last else None))
        except (InvalidTag, ValueError):
            raise BlobDamaged(f"evidence file {self.sha256} is damaged: part {index + 1} of {self.chunks} "
                              "does not open with this workspace's key") from None
        self._cached = (index, data)
        return data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.pos, io.SEEK_END: self.size}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.pos >= self.size:
            if self.size == 0 and self.pos == 0:
                self._open_chunk(0)  # an empty file still proves it is the one named
            return 0
        index, offset = divmod(self.pos, SEALED_CHUNK)
        data = self._open_chunk(index)
        n = min(len(buffer), len(data) - offset)
        buffer[:n] = data[offset:offset + n]
        self.pos += n
        return n

    def readall(self) -> bytes:
        """The rest in one piece (``RawIOBase`` would ask for it 8 KB at a time)."""
        parts = []
        while self.pos < self.size:
            index, offset = divmod(self.pos, SEALED_CHUNK)
            data = self._open_chunk(index)
            parts.append(data[offset:] if offset else data)
            self.pos += len(data) - offset
        if self.size == 0:
            self._open_chunk(0)
        return b"".join(parts)

    def close(self) -> None:
        if not self.closed:
            self.fh.close()
        super().close()


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    existed: bool  # the same bytes were already stored


def _valid(sha256: str) -> bool:
    return len(sha256) == SHA256_HEX and all(c in "0123456789abcdef" for c in sha256)


def is_sealed_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SEALED_MAGIC)) == SEALED_MAGIC
    except OSError:
        return False


class BlobStore:
    """``key``: the evidence key of an encrypted workspace (new files are sealed with it), else
    ``None`` (files in clear)."""

    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        self.key = key

    @property
    def sealed(self) -> bool:
        return self.key is not None

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
                sealer = _Sealer(out, self.key) if self.key is not None else None
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise BlobError(f"the file is larger than the limit of {limit:,} bytes")
                    digest.update(chunk)
                    (sealer or out).write(chunk)
                sha = digest.hexdigest()
                if sealer is not None:
                    sealer.close(sha)
                out.flush()
                os.fsync(out.fileno())
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

    def open(self, sha256: str) -> BinaryIO:
        """The blob's plaintext as a binary file, sealed or not; raises what ``open`` raises
        (``FileNotFoundError``, ``IsADirectoryError``, ``OSError``), ``BlobLocked`` for a sealed
        file without a key, and reading a sealed chunk that does not open raises ``BlobDamaged``.
        Reading does not check the hash: callers that hand the bytes on hash what they read."""
        path = self.path_for(sha256)
        fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, or closed below
        try:
            if fh.read(len(SEALED_MAGIC)) != SEALED_MAGIC:
                fh.seek(0)
                return fh
            if self.key is None:
                raise BlobLocked(f"evidence file {sha256} is encrypted and this workspace has no key for it")
            fh.seek(0)
            return io.BufferedReader(SealedReader(fh, self.key, sha256), CHUNK)
        except BaseException:
            fh.close()
            raise

    def size(self, sha256: str) -> int:
        """The plaintext's size in bytes (``OSError`` when the file is missing)."""
        path = self.path_for(sha256)
        size = path.stat().st_size
        return sealed_size(size) if is_sealed_file(path) else size

    def is_sealed(self, sha256: str) -> bool:
        return is_sealed_file(self.path_for(sha256))

    def read_verified(self, sha256: str) -> bytes:
        """The blob's bytes, or ``BlobError`` if it is missing or damaged."""
        path = self.path_for(sha256)
        try:
            with self.open(sha256) as fh:
                data = fh.read()
        except FileNotFoundError:
            raise BlobError(f"evidence file {sha256} is missing from the blob store") from None
        except BlobError:
            raise
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
            with self.open(sha256) as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
        except (OSError, BlobError):  # unreadable, or a sealed chunk that does not open
            return "damaged"
        return None if digest.hexdigest() == sha256 else "damaged"

    def copy_to(self, sha256: str, out: BinaryIO) -> str:
        """Write the plaintext into ``out``; the SHA-256 of what was written (the caller compares)."""
        digest = hashlib.sha256()
        with self.open(sha256) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
        return digest.hexdigest()

    def seal(self, sha256: str) -> bool:
        """Seal a file stored in clear (encrypting a workspace): written beside it, checked, then
        renamed over it. ``False`` when there is nothing to do (already sealed, missing) or the
        file no longer matches its hash (left as it is, for ``verify`` to report)."""
        assert self.key is not None, "seal needs the workspace's key"
        path = self.path_for(sha256)
        if not path.is_file() or is_sealed_file(path):
            return False
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=path.parent)
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            with open(path, "rb") as src, os.fdopen(fd, "wb") as out:
                sealer = _Sealer(out, self.key)
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    sealer.write(chunk)
                if digest.hexdigest() != sha256:
                    tmp.unlink()
                    return False
                sealer.close(sha256)
                out.flush()
                os.fsync(out.fileno())
            if BlobStore(self.root, self.key).check_file(tmp, sha256) is not None:
                tmp.unlink()
                return False
            os.replace(tmp, path)
            fsync_dir(path.parent)
            return True
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def check_file(self, path: Path, sha256: str) -> str | None:
        """``check`` for a sealed file at ``path`` (a conversion's copy before it takes the name)."""
        assert self.key is not None
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as raw, io.BufferedReader(SealedReader(raw, self.key, sha256), CHUNK) as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
        except (OSError, BlobError):
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
