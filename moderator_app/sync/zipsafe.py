"""Opening zip files written by someone else, without trusting them.

Members are read by name, never extracted wholesale. Before anything is read, the directory is
checked: a bounded number of members, no duplicate names, no absolute names or ``..``, no
encryption, only stored or deflated members, bounded sizes and compression ratios (a small file
that inflates to gigabytes is refused). A file without the zip end record is taken for one still
being copied (``Incomplete``); any other damage is ``Refused``.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import Incomplete, Refused, thousands

CHUNK = 1024 * 1024
EOCD_SIGNATURE = b"PK\x05\x06"
EOCD_SEARCH = 22 + 65_535  # the end record and the longest comment it may carry
RATIO_FLOOR = 1024 * 1024  # ratios are only judged for members bigger than this
# What ``zipfile`` raises on a damaged or hostile archive besides ``BadZipFile``: an unknown
# "version needed to extract" or strong encryption is NotImplementedError, a truncated structure
# struct.error, a damaged deflate stream zlib.error, an absurd offset OverflowError.
DAMAGED = (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, struct.error, zlib.error,
           OverflowError, IndexError)


@dataclass(frozen=True, slots=True)
class Limits:
    max_members: int
    max_member_size: int
    max_total_size: int
    max_ratio: int = 100
    max_name_length: int = 255


def safe_name(name: str, max_length: int = 255) -> bool:
    """A relative, forward-slash name with no empty, ``.`` or ``..`` part."""
    if not name or len(name) > max_length or "\\" in name or "\x00" in name:
        return False
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    parts = name.split("/")
    return all(p not in ("", ".", "..") for p in parts) and all(ch >= " " for ch in name)


def _looks_incomplete(fh: BinaryIO) -> bool:
    """No end-of-central-directory record near the end: the file was cut short."""
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(max(0, size - EOCD_SEARCH))
    return EOCD_SIGNATURE not in fh.read()


def open_zip(source: Path | BinaryIO, limits: Limits) -> zipfile.ZipFile:
    """Open and vet a zip file; raise ``Incomplete`` or ``Refused``."""
    try:
        fh: BinaryIO = open(source, "rb") if isinstance(source, Path) else source  # noqa: SIM115
    except FileNotFoundError:
        raise Incomplete("the file disappeared while it was being read") from None
    except OSError as exc:
        raise Incomplete(f"the file cannot be read yet ({exc.strerror})") from None
    try:
        fh.seek(0, io.SEEK_END)
        if fh.tell() == 0:
            raise Incomplete("the file is empty (still being copied?)")
        fh.seek(0)
        try:
            zf = zipfile.ZipFile(fh)
        except zipfile.BadZipFile as exc:
            if _looks_incomplete(fh):
                raise Incomplete("the file is incomplete (still being copied?)") from None
            raise Refused(f"the file is damaged: {exc}", vi=f"tệp bị hỏng: {exc}", code="file_damaged") from None
        except DAMAGED as exc:
            raise Refused(f"the file is damaged: {exc}", vi=f"tệp bị hỏng: {exc}", code="file_damaged") from None
        check_directory(zf, limits)
        return zf
    except BaseException:
        if isinstance(source, Path):
            fh.close()
        raise


def check_directory(zf: zipfile.ZipFile, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        count, most = len(infos), limits.max_members
        raise Refused(f"the archive holds {count:,} files; at most {most:,} are expected",
                      vi=f"tệp nén chứa {thousands(count, 'vi')} tệp; chỉ được tối đa {thousands(most, 'vi')} tệp",
                      code="archive_too_many_files")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not safe_name(name, limits.max_name_length):
            raise Refused(f"the archive holds a file with an unsafe name: {name!r}",
                          vi=f"tệp nén chứa một tệp có tên không an toàn: {name!r}", code="archive_unsafe_name")
        if name in seen:
            raise Refused(f"the archive holds two files named {name!r}",
                          vi=f"tệp nén chứa hai tệp cùng tên {name!r}", code="archive_duplicate_name")
        seen.add(name)
        if info.flag_bits & 0x41:  # bit 0: encrypted; bit 6: "strong" encryption
            raise Refused(f"{name} is encrypted", vi=f"{name} đã được mã hóa", code="archive_member_encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(f"{name} uses an unsupported compression method ({info.compress_type})",
                          vi=f"{name} dùng phương thức nén không được hỗ trợ ({info.compress_type})",
                          code="archive_unsupported_compression")
        if info.file_size > limits.max_member_size:
            raise _too_large(name, info.file_size, limits.max_member_size)
        if info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            times = info.file_size // max(info.compress_size, 1)
            raise Refused(
                f"{name} would inflate {times:,} times (at most {limits.max_ratio} is plausible): "
                "refused as a zip bomb",
                vi=f"{name} sẽ lớn gấp {thousands(times, 'vi')} lần khi giải nén (hợp lý là tối đa "
                   f"{limits.max_ratio} lần): bị từ chối vì là bom nén (zip bomb)",
                code="archive_zip_bomb",
            )
        total += info.file_size
        if total > limits.max_total_size:
            most = limits.max_total_size
            raise Refused(f"the archive would inflate to more than {most:,} bytes",
                          vi=f"tệp nén khi giải nén sẽ vượt quá {thousands(most, 'vi')} byte", code="archive_too_large")


def member_names(zf: zipfile.ZipFile) -> list[str]:
    return [i.filename for i in zf.infolist()]


def read_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The bytes of one member, at most ``limit`` of them, checked against its CRC."""
    out = io.BytesIO()
    for chunk in iter_member(zf, name, limit):
        out.write(chunk)
    return out.getvalue()


def iter_member(zf: zipfile.ZipFile, name: str, limit: int) -> Iterator[bytes]:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise Refused(f"the archive has no {name}", vi=f"tệp nén không có {name}",
                      code="archive_member_missing") from None
    if info.file_size > limit:
        raise _too_large(name, info.file_size, limit)
    size = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                size += len(chunk)
                if size > limit or size > info.file_size:
                    raise Refused(f"{name} holds more bytes than it declares",
                                  vi=f"{name} chứa nhiều byte hơn số nó khai báo", code="archive_member_too_long")
                yield chunk
    except zipfile.BadZipFile as exc:
        raise Refused(f"{name} is damaged: {exc}", vi=f"{name} bị hỏng: {exc}", code="archive_member_damaged") from None
    except DAMAGED as exc:
        raise Refused(f"{name} is damaged: {exc}", vi=f"{name} bị hỏng: {exc}", code="archive_member_damaged") from None
    if size != info.file_size:
        raise Refused(f"{name} is shorter than it declares", vi=f"{name} ngắn hơn kích thước nó khai báo",
                      code="archive_member_too_short")


def _too_large(name: str, size: int, limit: int) -> Refused:
    """One refusal for a member bigger than allowed, whether its directory entry or its bytes say so."""
    return Refused(f"{name} is {size:,} bytes; at most {limit:,} are allowed",
                   vi=f"{name} có {thousands(size, 'vi')} byte; chỉ được tối đa {thousands(limit, 'vi')} byte",
                   code="archive_member_too_large")


class MemberStream(io.RawIOBase):
    """A member as a readable stream with the same limits (for the blob store)."""

    def __init__(self, zf: zipfile.ZipFile, name: str, limit: int) -> None:
        self._chunks = iter_member(zf, name, limit)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            rest = self._buffer + b"".join(self._chunks)
            self._buffer = b""
            return rest
        while len(self._buffer) < size:
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                break
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out
