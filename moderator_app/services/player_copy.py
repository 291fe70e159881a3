"""Handing a recording to the system's player: a copy named by what it is, never by what it is called.

The operating system picks the program that opens a file by the file's extension. An evidence
file's name comes from whoever sent it, so a "video" called ``clip.hta`` or ``clip.html`` copied
out under its own name would go to mshta or a browser, not a player. The copy handed to the
system is therefore named ``evidence-<first 12 hex digits of its SHA-256>.<ext>``, with the
extension of its *detected* type, and only for the recording types below; anything else is
refused (the member can still save a copy and decide what to do with it).
"""

from __future__ import annotations

import re
from pathlib import Path

from moderator_app.domain import mime
from moderator_app.domain.errors import UserError
from moderator_app.store import evidence_queries as eq
from moderator_app.store.blobs import BlobError

from .evidence import IntegrityError, integrity_message, save_copy
from .workspace import Workspace

# The only types handed to another program, and the only extensions the copy can get.
PLAYABLE: dict[str, str] = {
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "video/x-matroska": ".mkv",
    "audio/mp4": ".m4a",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
}
SHORT_HASH = 12
_SHA256 = re.compile(r"[0-9a-f]{64}")


class NotPlayable(UserError):
    """The file's content is not a recording type on the allow-list; ``detected`` says what it is."""

    def __init__(self, name: str, detected: str, *, vi: str | None = None, code: str = "not_playable") -> None:
        super().__init__(f"{name!r} is not opened with another program: its content is {detected}, "
                         "not a recording type handed to a player", vi=vi, code=code)
        self.detected = detected


def playable_type(stored: str | None, head: bytes) -> str | None:
    """The recording type of a file whose first bytes are ``head``, or ``None`` if it is not one.

    The content decides when it is recognised. Only when the bytes say nothing
    (``application/octet-stream``: a container with an unusual box order) does the type stored
    when the file was attached count, and then only if it is on the allow-list.
    """
    sniffed = mime.sniff(head)
    if sniffed in PLAYABLE:
        return sniffed
    if sniffed == mime.OCTET_STREAM and stored in PLAYABLE:
        return stored
    return None


def copy_name(media_type: str, sha256: str) -> str:
    """``evidence-<short hash>.<ext>``: nothing of the sender's file name, an allow-listed extension."""
    if media_type not in PLAYABLE:
        raise ValueError(f"not a playable type: {media_type!r}")
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return f"evidence-{sha256[:SHORT_HASH]}{PLAYABLE[media_type]}"


def read_head(ws: Workspace, item: eq.EvidenceRow) -> bytes:
    """The first bytes of an evidence file (enough to sniff its type)."""
    if item.kind != "file" or not item.sha256 or not _SHA256.fullmatch(item.sha256):
        raise UserError("a link has no file to open", vi="liên kết không có tệp để mở", code="link_has_no_file")
    try:
        with ws.blobs.open(item.sha256) as f:
            return f.read(mime.SNIFF_BYTES)
    except FileNotFoundError:
        raise IntegrityError(integrity_message(item.name, item.sha256, "missing"), "missing",
                             vi=integrity_message(item.name, item.sha256, "missing", "vi"),
                             code="evidence_file_missing") from None
    except BlobError:  # a sealed part that does not open
        raise IntegrityError(integrity_message(item.name, item.sha256, "damaged"), "damaged",
                             vi=integrity_message(item.name, item.sha256, "damaged", "vi"),
                             code="evidence_file_damaged") from None


def planned_name(ws: Workspace, item: eq.EvidenceRow) -> str:
    """The name the player's copy will have; ``NotPlayable`` if the file is not a recording."""
    head = read_head(ws, item)
    media_type = playable_type(item.mime, head)
    if media_type is None:
        detected = mime.sniff(head)
        raise NotPlayable(item.name, detected,
                          vi=f"không mở {item.name!r} bằng chương trình khác: nội dung của tệp là "
                             f"{mime.describe(detected, 'vi')} ({detected}), không phải loại bản ghi âm thanh hay "
                             "video được giao cho trình phát",
                          code="not_playable")
    assert item.sha256 is not None  # checked by read_head
    return copy_name(media_type, item.sha256)


def write_player_copy(ws: Workspace, item: eq.EvidenceRow, folder: Path) -> Path:
    """Write a verified copy of a recording into ``folder`` under its safe name, for the system's player."""
    target = folder / planned_name(ws, item)
    save_copy(ws, item, target)
    return target
