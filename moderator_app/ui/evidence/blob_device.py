"""A sealed evidence file as a ``QIODevice``, so the media player reads (and seeks in) the
plaintext without a decrypted copy ever being written to disk.

The player's backend reads from its own thread; reads are serialised by a lock, and each read
seeks the underlying stream to the device's own position, so a seek by the player costs the
decryption of one chunk, not of everything before it.
"""

from __future__ import annotations

import logging
import threading
from typing import BinaryIO

from PySide6.QtCore import QIODevice, QObject

from moderator_app.store.blobs import BlobError, BlobStore

log = logging.getLogger(__name__)


class BlobDevice(QIODevice):
    def __init__(self, stream: BinaryIO, size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stream = stream
        self._size = size
        self._pos = 0
        self._lock = threading.Lock()

    @classmethod
    def open_blob(cls, blobs: BlobStore, sha256: str, parent: QObject | None = None) -> BlobDevice:
        """The device, opened for reading (``OSError``/``BlobError`` if the file cannot be opened)."""
        device = cls(blobs.open(sha256), blobs.size(sha256), parent)
        device.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)
        return device

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self._size

    def seek(self, pos: int) -> bool:
        if pos < 0 or pos > self._size:
            return False
        with self._lock:
            self._pos = pos
        return super().seek(pos)

    def readData(self, maxlen: int) -> bytes:
        with self._lock:
            if self._stream.closed:
                return b""
            try:
                self._stream.seek(self._pos)
                data = self._stream.read(min(maxlen, self._size - self._pos))
            except (BlobError, OSError) as exc:  # a part that no longer opens: the player reports an error
                log.warning("reading sealed evidence for the player failed: %s", exc)
                return b""
            self._pos += len(data)
            return data

    def writeData(self, data: bytes) -> int:
        return -1

    def close(self) -> None:
        with self._lock:
            self._stream.close()
        super().close()
