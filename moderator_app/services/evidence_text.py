"""Searchable text, and a perceptual hash for pictures, from one evidence file.

The committee looks for scam indicators (phone numbers, bank accounts, wallet addresses) across
every piece of evidence, and recognises a screenshot that was posted again elsewhere. Both need
the evidence as text, whatever it came as: a chat export, a captured web page, a PDF, or a
screenshot whose words only OCR can read. This module turns one file's bytes into that text; the
search, the indicators and the storage of the results are other code's business.

Every file is treated as hostile: sizes are capped before anything is read whole, image headers
are checked before a pixel is decoded, nothing is ever fetched, and each parser's failure comes
back as a result with a reason for people, never as an exception. Only a failure to *read the
source* (a missing or locked evidence file) propagates: that is not a property of the content,
and recording it as "failed" would stop a later run from trying again.

Statuses of an ``ExtractedText``:

``done``
    The text was taken (it may be empty: a blank page, a PDF without a text layer); ``reason``
    then says what is missing, if anything (only the first pages read, text cut at ``MAX_TEXT``).
``failed``
    The content could not be read (damaged, too large, protected by a password, OCR failed);
    ``reason`` says why. An image whose pixels decoded keeps its ``phash`` even when OCR failed.
``no_ocr``
    An image was hashed but its words were not read, because no OCR engine with Vietnamese was
    available: run it again once Tesseract is installed (``Ocr.status()`` says how).
``none``
    Nothing to extract: recordings, archives, files of unknown type.

PDF parsing runs in this process (a frozen build cannot simply start a Python child): it is
bounded by the file size, the first ``MAX_PDF_PAGES`` pages, ``MAX_TEXT`` characters and a time
budget checked between pages, so a crafted file can slow one page down but not the whole run.
Call ``extract_text`` from a worker thread.
"""

from __future__ import annotations

import io
import math
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from moderator_app.domain import mime as mimes
from moderator_app.domain.indicators import SIMILAR_BITS
from moderator_app.domain.textspan import decode_text

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_TEXT = 200_000
"""Characters of text kept per file: enough for a long chat export's first months, bounded for search."""
MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_IMAGE_BYTES = 50 * 1024 * 1024
TEXT_READ_BYTES = 4 * 1024 * 1024
"""Only this much of a text file is read: ``MAX_TEXT`` characters take at most 4 bytes each."""
HTML_READ_BYTES = 32 * 1024 * 1024
"""A saved page (``.mhtml`` carries its pictures too) is read this far; its text comes first."""
MAX_PDF_PAGES = 500
PDF_SECONDS = 120.0
"""Time budget for one PDF's text layer, checked between pages."""
MAX_PIXELS = 80_000_000
MAX_SIDE = 30_000
OCR_SECONDS = 120.0
OCR_LANGUAGES = "vie+eng"
PHASH_HEX = 16

STATUSES = ("done", "failed", "no_ocr", "none")
IMAGE_MIMES = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
    "image/bmp": "BMP",
    "image/tiff": "TIFF",
}
"""The picture formats read here, by their Pillow names: no other decoder (EPS starts Ghostscript) is ever tried."""
ENV_TESSERACT = "MODERATOR_APP_TESSERACT"


@dataclass(frozen=True, slots=True)
class ExtractedText:
    status: str  # one of STATUSES (see the module's docstring)
    method: str  # "text" | "html" | "pdf" | "ocr": the extractor that ran or was to run; "" when none
    text: str  # at most MAX_TEXT characters, NFC, without control or format characters (\n and \t kept)
    phash: str | None  # 16 lowercase hex digits for a picture whose pixels decoded, else None
    reason_en: str = ""  # why it failed, or what is missing from the text; plain words for people
    reason_vi: str = ""
    engine: str = ""  # what read it: "tesseract 5.3.0 vie+eng", "pypdf 5.1.0"


Source = bytes | bytearray | memoryview | BinaryIO | os.PathLike[str] | Callable[[], BinaryIO]
"""Bytes, a binary file to read from (left open), a path, or an opener such as ``lambda: blobs.open(sha)``
(opened only when the type has something to read, and closed after)."""


# ---------------------------------------------------------------------------------------------
# Entry point


def extract_text(source: Source, mime: str, *, ocr: Ocr | None) -> ExtractedText:
    """The searchable text of one evidence file whose content type is ``mime``.

    ``ocr`` reads the words of pictures; ``None`` hashes them only (status ``no_ocr``).
    Errors reading ``source`` itself propagate; every problem of the content is a result.
    """
    fam = mimes.family(mime)
    if fam in ("video", "audio"):
        return _nothing("recordings are not searched for text", "bản ghi âm, ghi hình không được tìm chữ")
    if fam == "text":
        data, cut = _read_prefix(source, TEXT_READ_BYTES)
        return _done("text", _decode_prefix(data) if cut else decode_text(data))
    if fam == "html":
        data, cut = _read_prefix(source, HTML_READ_BYTES)
        text = html_text(data, cut=cut)
        notes = [] if not cut else [(f"only the first {_mb(HTML_READ_BYTES)[0]} of the page were read",
                                     f"chỉ đọc {_mb(HTML_READ_BYTES)[1]} đầu của trang")]
        return _done("html", text, notes=notes)
    if fam == "pdf":
        data = _read_capped(source, MAX_PDF_BYTES)
        if isinstance(data, int):
            en, vi = _mb(data)
            limit_en, limit_vi = _mb(MAX_PDF_BYTES)
            return _failed("pdf", f"the PDF is too large to search ({en}; the limit is {limit_en})",
                           f"tệp PDF quá lớn để tìm kiếm ({vi}; giới hạn là {limit_vi})")
        return _pdf(data)
    image_format = IMAGE_MIMES.get(mime)
    head = b""
    if image_format is None and fam == "other" and mime != "application/zip":
        given = hasattr(source, "read")  # a file given is read once, on from where its head ends
        head = _read_at_most(source, 4) if given else _read_prefix(source, 4)[0]  # type: ignore[arg-type]
        if head in (b"II*\x00", b"MM\x00*"):  # TIFF, which the type sniffer does not know
            image_format = "TIFF"
        head = head if given else b""
    if image_format is None:
        return _nothing("this type of file has no text to extract", "loại tệp này không có chữ để trích")
    data = _read_capped(source, MAX_IMAGE_BYTES - len(head))
    if not isinstance(data, int):
        data = head + data
    if isinstance(data, int):
        en, vi = _mb(data + len(head))
        limit_en, limit_vi = _mb(MAX_IMAGE_BYTES)
        return _failed("ocr" if ocr else "", f"the image file is too large ({en}; the limit is {limit_en})",
                       f"tệp ảnh quá lớn ({vi}; giới hạn là {limit_vi})")
    return _image(data, ocr)


def _nothing(en: str, vi: str) -> ExtractedText:
    return ExtractedText("none", "", "", None, en, vi)


def _failed(method: str, en: str, vi: str, *, phash: str | None = None, engine: str = "") -> ExtractedText:
    return ExtractedText("failed", method, "", phash, en, vi, engine)


def _done(method: str, raw: str, *, phash: str | None = None, engine: str = "",
          notes: list[tuple[str, str]] | None = None) -> ExtractedText:
    text, cut = clean_text(raw)
    notes = list(notes or [])
    if cut:
        count = f"{MAX_TEXT:,}"
        notes.append((f"the text is longer than {count} characters: only the beginning is searchable",
                      f"văn bản dài hơn {count.replace(',', '.')} ký tự: chỉ tìm được trong phần đầu"))
    return ExtractedText("done", method, text, phash, "; ".join(en for en, _ in notes),
                         "; ".join(vi for _, vi in notes), engine)


def _mb(size: int) -> tuple[str, str]:
    """A size in megabytes, written the English and the Vietnamese way (1,234.5 MB / 1.234,5 MB)."""
    en = f"{size / (1024 * 1024):,.1f}".removesuffix(".0") + " MB"
    vi = en.replace(",", " ").replace(".", ",").replace(" ", ".")
    return en, vi


# ---------------------------------------------------------------------------------------------
# Reading the source without holding more than is needed

_CHUNK = 1024 * 1024


def _read_at_most(fh: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    left = n
    while left > 0:
        chunk = fh.read(min(_CHUNK, left))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _size_of(fh: BinaryIO) -> int | None:
    """The bytes left in ``fh`` when it can tell (a real or sealed file can), without reading them."""
    try:
        here = fh.tell()
        end = fh.seek(0, io.SEEK_END)
        fh.seek(here)
    except (OSError, ValueError, AttributeError):
        return None
    return end - here


def _with_file(source: Source, use: Callable[[BinaryIO], bytes | int]) -> bytes | int:
    if isinstance(source, bytes | bytearray | memoryview):
        return use(io.BytesIO(source))
    if isinstance(source, os.PathLike):
        with open(source, "rb") as fh:
            return use(fh)
    if hasattr(source, "read"):
        return use(source)  # type: ignore[arg-type]
    with source() as fh:  # type: ignore[operator]
        return use(fh)


def _read_capped(source: Source, cap: int) -> bytes | int:
    """The whole content, or its size (at least ``cap + 1``) when it is over ``cap``: then not read."""

    def use(fh: BinaryIO) -> bytes | int:
        size = _size_of(fh)
        if size is not None and size > cap:
            return size
        data = _read_at_most(fh, cap + 1)
        return data if len(data) <= cap else (size or len(data))

    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source) if len(source) <= cap else len(source)
    return _with_file(source, use)


def _read_prefix(source: Source, n: int) -> tuple[bytes, bool]:
    """The first ``n`` bytes, and whether there was more."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source[:n]), len(source) > n
    data = _with_file(source, lambda fh: _read_at_most(fh, n + 1))
    assert isinstance(data, bytes)
    return data[:n], len(data) > n


def _decode_prefix(data: bytes) -> str:
    """``decode_text`` of the beginning of a file, which may end inside a character.

    A UTF-8 character cut in two would make the whole prefix fail as UTF-8 and be read as
    Windows-1258, so the incomplete end is dropped first.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data[: len(data) - len(data) % 2])
    for cut in range(4):
        try:
            (data[: len(data) - cut] if cut else data).decode("utf-8")
        except UnicodeDecodeError:
            continue
        return decode_text(data[: len(data) - cut] if cut else data)
    return decode_text(data)


# ---------------------------------------------------------------------------------------------
# Cleaning text


class _Keep(dict[int, int | str | None]):
    """``str.translate`` table built as characters are met: control and format characters go
    (zero-width spaces and direction marks hide digits from search), odd spaces become spaces."""

    def __missing__(self, code: int) -> int | str | None:
        ch = chr(code)
        result: int | str | None
        category = "" if ch in "\n\t" or ch.isprintable() else unicodedata.category(ch)
        if not category:
            result = code
        elif category == "Zs":  # no-break and other odd spaces
            result = " "
        elif ch.isspace():  # \r, form feeds (Tesseract ends each page with one), vertical tabs, U+2028
            result = "\n"
        elif category in ("Cc", "Cf", "Cs"):
            result = None
        else:  # private use and characters newer than this Python's Unicode tables
            result = code
        if len(self) < 65_536:  # a file of every code point must not grow the table for good
            self[code] = result
        return result


_KEEP = _Keep()


def clean_text(text: str) -> tuple[str, bool]:
    """``text`` in NFC without control or format characters (``\\n`` and ``\\t`` stay), cut to
    ``MAX_TEXT`` characters; and whether it was cut."""
    cut = len(text) > 2 * MAX_TEXT
    if cut:  # cleaning only shortens (NFC rarely lengthens): what lies beyond is not looked at
        text = text[: 2 * MAX_TEXT]
    cleaned = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_KEEP))
    if len(cleaned) > MAX_TEXT:
        return cleaned[:MAX_TEXT], True
    return cleaned, cut


# ---------------------------------------------------------------------------------------------
# Captured web pages

_SKIPPED = {"script", "style", "noscript", "template", "iframe", "object", "embed", "applet"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary",
    "table", "tbody", "thead", "tfoot", "title", "tr", "ul",
}
_CELLS = {"td", "th"}
_SPACES = re.compile(r"\s+")


class _VisibleText(HTMLParser):
    """Collects what a browser would show as text: no script, style or template, the title first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.skipping: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.append(tag)
            return
        if tag in _SKIPPED:
            self.skipping.append(tag)
            return
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append("\t")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        kept = data if self.pre else _SPACES.sub(" ", data)
        self.parts.append(kept)
        self.length += len(kept)

    def text(self) -> str:
        lines: list[str] = []
        for raw in "".join(self.parts).split("\n"):
            line = re.sub(r" *\t[ \t]*", "\t", raw).strip("\t ") if "\t" in raw else raw.strip(" ")
            if line:  # one line a block: the empty lines between blocks say nothing to a search
                lines.append(line)
        return "\n".join(lines)


def html_text(data: bytes, *, cut: bool = False) -> str:
    """The visible text of a captured page (HTML, or MHTML as browsers save it), entities resolved.

    ``cut`` tells that ``data`` is only the beginning of the file. Nothing the page refers to is
    fetched. The ``<title>`` is kept: pages are often recognised by it.
    """
    page = _mhtml_page(data)
    if page is None:
        page = _decode_prefix(data) if cut else decode_text(data)
    parser = _VisibleText()
    try:
        # In pieces, so a page far longer than what is kept is not parsed to its end (html.parser is slow).
        for at in range(0, len(page), _CHUNK):
            parser.feed(page[at:at + _CHUNK])
            if parser.length > 2 * MAX_TEXT:
                break
        else:
            parser.close()
    except (AssertionError, ValueError):  # html.parser's complaints about broken declarations
        pass
    return parser.text()


def _mhtml_page(data: bytes) -> str | None:
    """The HTML part of an MHTML capture (a MIME message with the page and its resources), else ``None``."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if not head.startswith((b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:",
                            b"snapshot-content-location:", b"content-location:")) or b"multipart/" not in head:
        return None
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        for part in message.walk():
            if part.get_content_type() != "text/html":
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                return None
            charset = part.get_content_charset()
            if charset:
                try:
                    return payload.decode(charset, errors="replace").replace("\r\n", "\n")
                except LookupError:
                    pass
            return decode_text(payload)
    except Exception:  # a malformed message: read the capture as it is
        return None
    return None


# ---------------------------------------------------------------------------------------------
# PDF


def _pdf(data: bytes) -> ExtractedText:
    try:
        import pypdf
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        return _failed("pdf", "PDF reading is not installed (the pypdf package is missing)",
                       "chưa cài phần đọc PDF (thiếu gói pypdf)")
    engine = f"pypdf {pypdf.__version__}"
    started = time.monotonic()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs carry an owner password (no printing, no copying) and open without one.
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = pypdf.PasswordType.NOT_DECRYPTED
            if opened == pypdf.PasswordType.NOT_DECRYPTED:
                return _failed("pdf", "the PDF is protected by a password", "tệp PDF được bảo vệ bằng mật khẩu",
                               engine=engine)
        count = len(reader.pages)
    except Exception as exc:  # pypdf raises many kinds on a damaged or hostile file
        return _failed("pdf", f"the PDF could not be read: {_detail(exc)}",
                       f"không đọc được tệp PDF: {_detail(exc)}", engine=engine)
    texts: list[str] = []
    length = 0
    broken = 0
    read = 0
    stopped_early = False
    for index in range(min(count, MAX_PDF_PAGES)):
        if length > MAX_TEXT:
            break
        if index and time.monotonic() - started >= PDF_SECONDS:
            stopped_early = True
            break
        read += 1
        try:
            page_text = reader.pages[index].extract_text() or ""
        except Exception:
            broken += 1
            continue
        texts.append(page_text)
        length += len(page_text)
    if count and broken == read and length == 0:
        return _failed("pdf", "the PDF could not be read: none of its pages opened",
                       "không đọc được tệp PDF: không trang nào mở được", engine=engine)
    notes: list[tuple[str, str]] = []
    if stopped_early:
        notes.append((f"reading stopped after {read} of {count} pages: the PDF took longer than "
                      f"{PDF_SECONDS:g} seconds", f"dừng đọc sau {read} trong {count} trang: tệp PDF mất hơn "
                      f"{PDF_SECONDS:g} giây"))
    elif count > MAX_PDF_PAGES and length <= MAX_TEXT:
        notes.append((f"only the first {MAX_PDF_PAGES} of {count} pages were read",
                      f"chỉ đọc {MAX_PDF_PAGES} trang đầu trong số {count} trang"))
    if broken:
        notes.append((f"{broken} page(s) could not be read", f"{broken} trang không đọc được"))
    joined = "\n\n".join(t.strip("\n") for t in texts)
    if not joined.strip() and not broken:
        notes.append(("the PDF has no text layer (it may be a scanned document); its pages were not read by OCR",
                      "tệp PDF không có lớp chữ (có thể là bản quét); các trang chưa được nhận dạng chữ (OCR)"))
    return _done("pdf", joined, engine=engine, notes=notes)


def _detail(exc: BaseException) -> str:
    """An exception in a few words for a person (its class name when it says nothing)."""
    text = " ".join(str(exc).split())
    if isinstance(exc, MemoryError) or not text:
        text = type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


# ---------------------------------------------------------------------------------------------
# Pictures: size checks, decoding, the perceptual hash


def declared_size(data: bytes) -> tuple[int, int] | None:
    """Width and height as the header of a PNG, JPEG, GIF, WebP, BMP or TIFF declares them, before any decoding."""
    be = int.from_bytes
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        return be(data[16:20], "big"), be(data[20:24], "big")
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        return be(data[6:8], "little"), be(data[8:10], "little")
    if data.startswith(b"BM") and len(data) >= 26:
        if be(data[14:18], "little") == 12:
            return be(data[18:20], "little"), be(data[20:22], "little")
        return abs(be(data[18:22], "little", signed=True)), abs(be(data[22:26], "little", signed=True))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and len(data) >= 30:
        chunk = data[12:16]
        if chunk == b"VP8X":
            return 1 + be(data[24:27], "little"), 1 + be(data[27:30], "little")
        if chunk == b"VP8L":
            bits = be(data[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if chunk == b"VP8 ":
            return be(data[26:28], "little") & 0x3FFF, be(data[28:30], "little") & 0x3FFF
        return None
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return _tiff_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:
            at += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:
            at += 2
            continue
        length = int.from_bytes(data[at + 2:at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if at + 9 > len(data):
                return None
            return int.from_bytes(data[at + 7:at + 9], "big"), int.from_bytes(data[at + 5:at + 7], "big")
        if length < 2:
            return None
        at += 2 + length
    return None


def _tiff_size(data: bytes) -> tuple[int, int] | None:
    order = "little" if data[:2] == b"II" else "big"
    ifd = int.from_bytes(data[4:8], order)
    if ifd + 2 > len(data):
        return None
    count = int.from_bytes(data[ifd:ifd + 2], order)
    found: dict[int, int] = {}
    for n in range(min(count, 1000)):
        entry = data[ifd + 2 + 12 * n: ifd + 14 + 12 * n]
        if len(entry) < 12:
            break
        tag, kind = int.from_bytes(entry[0:2], order), int.from_bytes(entry[2:4], order)
        if tag in (256, 257):
            found[tag] = int.from_bytes(entry[8:10], order) if kind == 3 else int.from_bytes(entry[8:12], order)
    if 256 in found and 257 in found:
        return found[256], found[257]
    return None


class ImageRefused(Exception):
    def __init__(self, en: str, vi: str) -> None:
        super().__init__(en)
        self.en = en
        self.vi = vi


def _too_large(width: int, height: int) -> ImageRefused | None:
    if width * height > MAX_PIXELS or width > MAX_SIDE or height > MAX_SIDE:
        limit = MAX_PIXELS // 1_000_000
        return ImageRefused(f"image too large: {width} × {height} pixels (the limit is {limit} megapixels, "
                             f"{MAX_SIDE} pixels a side)",
                             f"ảnh quá lớn: {width} × {height} điểm ảnh (giới hạn là {limit} megapixel, "
                             f"{MAX_SIDE} điểm ảnh mỗi cạnh)")
    return None


def open_image(data: bytes) -> Image:
    """The first frame of a picture, upright, transparency laid on white, in grayscale ("L").

    Raises ``ImageRefused`` (with the reason in both languages) for a picture too large or damaged.
    """
    from PIL import Image as PILImage
    from PIL import ImageOps

    size = declared_size(data)
    if size is not None and (refused := _too_large(*size)):
        raise refused
    try:
        with PILImage.open(io.BytesIO(data), formats=list(IMAGE_MIMES.values())) as im:
            if refused := _too_large(*im.size):
                raise refused
            im.load()
            try:
                upright = ImageOps.exif_transpose(im) or im
            except Exception:  # a damaged EXIF block: keep the picture as stored
                upright = im
            return _gray(upright)
    except ImageRefused:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise ImageRefused(f"image too large: {_detail(exc)}", f"ảnh quá lớn: {_detail(exc)}") from None
    except Exception as exc:  # PIL.UnidentifiedImageError, OSError (truncated), SyntaxError, ValueError...
        raise ImageRefused(f"the image could not be read: {_detail(exc)}",
                            f"không đọc được ảnh: {_detail(exc)}") from None


def _gray(im: Image) -> Image:
    from PIL import Image as PILImage

    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        white = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        white.alpha_composite(rgba)
        return white.convert("L")
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    return im.convert("L")


_DCT_SIZE = 32
_DCT_LOW = 8
_COS = [[math.cos(math.pi * k * (2 * n + 1) / (2 * _DCT_SIZE)) for n in range(_DCT_SIZE)] for k in range(_DCT_LOW)]
"""The 8 lowest rows of the 32-point DCT-II matrix (unscaled: the hash compares coefficients only)."""


def phash_of(gray: Image) -> str:
    """The 64-bit DCT perceptual hash of a picture, as 16 hex digits (the ``imagehash.phash`` convention).

    32 × 32 grayscale, a 2-D DCT-II of which the 8 × 8 lowest frequencies are kept, each bit
    telling whether a coefficient is above their median; first coefficient in the highest bit.
    """
    from PIL import Image as PILImage

    small = gray.convert("L").resize((_DCT_SIZE, _DCT_SIZE), PILImage.Resampling.LANCZOS)
    pixels = list(small.tobytes())  # one byte a pixel in mode "L"
    rows = [pixels[r * _DCT_SIZE:(r + 1) * _DCT_SIZE] for r in range(_DCT_SIZE)]
    # Along each row (x · Cᵀ), then down the columns (C · that): only 8 frequencies either way.
    across = [[sum(c * x for c, x in zip(cos, row, strict=True)) for cos in _COS] for row in rows]
    low = [[sum(c * across[n][v] for n, c in enumerate(cos)) for v in range(_DCT_LOW)] for cos in _COS]
    values = [value for row in low for value in row]
    ordered = sorted(values)
    median = (ordered[31] + ordered[32]) / 2
    bits = 0
    for value in values:
        bits = (bits << 1) | (value > median)
    return f"{bits:0{PHASH_HEX}x}"


def hamming(a: str, b: str) -> int:
    """How many of the 64 bits two perceptual hashes differ in."""
    if len(a) != PHASH_HEX or len(b) != PHASH_HEX:
        raise ValueError(f"perceptual hashes have {PHASH_HEX} hex digits: {a!r}, {b!r}")
    return (int(a, 16) ^ int(b, 16)).bit_count()


def similar(a: str, b: str) -> bool:
    """Whether two perceptual hashes show the same picture."""
    return hamming(a, b) <= SIMILAR_BITS


def _image(data: bytes, ocr: Ocr | None) -> ExtractedText:
    method = "ocr" if ocr else ""
    try:
        gray = open_image(data)
        phash = phash_of(gray)
    except ImageRefused as refused:
        return _failed(method, refused.en, refused.vi)
    if ocr is None:
        return ExtractedText("no_ocr", "", "", phash,
                             "the words in the image were not read: OCR (Tesseract with Vietnamese) is not "
                             "available on this computer",
                             "chưa đọc chữ trong ảnh: máy này chưa có nhận dạng chữ OCR (Tesseract có tiếng Việt)")
    try:
        words = ocr.read(gray)
    except OcrError as exc:
        return _failed(method, f"OCR failed: {exc}", f"nhận dạng chữ (OCR) thất bại: {exc.vi or exc}",
                       phash=phash, engine=ocr.engine)
    return _done(method, words.strip(), phash=phash, engine=ocr.engine)


# ---------------------------------------------------------------------------------------------
# OCR with the Tesseract program


class OcrError(Exception):
    """Tesseract could not read a picture (it failed, took too long, or could not be started).

    ``str()`` is the English text, ``vi`` the Vietnamese one, ``code`` a stable name. Not a
    ``UserError``: ``extract_text`` turns it into a result, it never reaches a person as a refusal.
    """

    def __init__(self, message: str, *, vi: str, code: str) -> None:
        super().__init__(message)
        self.vi = vi
        self.code = code


@dataclass(frozen=True, slots=True)
class OcrStatus:
    available: bool
    reason_en: str  # what is there or missing, for people
    reason_vi: str
    how_to_en: str  # how to install what is missing, on this computer's system ("" when available)
    how_to_vi: str
    engine: str = ""  # "tesseract 5.3.0 vie+eng" when available
    program: str = ""  # the Tesseract program found, if any
    version: str = ""


def _how_to() -> tuple[str, str]:
    if sys.platform == "win32":
        return ("Install Tesseract for Windows (the UB Mannheim installer) and tick the Vietnamese language "
                "data during the installation, then restart this application.",
                "Cài Tesseract cho Windows (bộ cài của UB Mannheim), chọn dữ liệu ngôn ngữ tiếng Việt "
                "(Vietnamese) khi cài, rồi mở lại ứng dụng này.")
    if sys.platform == "darwin":
        return ("In Terminal: brew install tesseract tesseract-lang, then restart this application.",
                "Trong Terminal: brew install tesseract tesseract-lang, rồi mở lại ứng dụng này.")
    return ("On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-vie, then restart this application.",
            "Trên Debian hoặc Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-vie, rồi mở lại ứng dụng này.")


def _candidates() -> list[str]:
    """Where Tesseract may be: the setting, the PATH, then where its installers put it."""
    found: list[str] = []
    if chosen := os.environ.get(ENV_TESSERACT, "").strip():
        found.append(chosen)
    if on_path := shutil.which("tesseract"):
        found.append(on_path)
    if sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            if root:
                found.append(str(Path(root) / "Tesseract-OCR" / "tesseract.exe"))
        if local := os.environ.get("LOCALAPPDATA"):
            found.append(str(Path(local) / "Programs" / "Tesseract-OCR" / "tesseract.exe"))
    elif sys.platform == "darwin":  # an application started from the Dock does not get Homebrew's PATH
        found += ["/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract", "/opt/local/bin/tesseract"]
    return found


def _run(args: list[str], *, data: bytes | None = None, timeout: float) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one thread: the committee's computers are small
    return subprocess.run(args, input=data, capture_output=True, timeout=timeout, env=env, check=False,
                          stdin=None if data is not None else subprocess.DEVNULL,
                          creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))


def _probe(program: str) -> tuple[str, list[str]] | None:
    """Tesseract's version and languages, or ``None`` if ``program`` does not run as Tesseract."""
    try:
        version = _run([program, "--version"], timeout=20)
        langs = _run([program, "--list-langs"], timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    first = (version.stdout or version.stderr).decode("utf-8", "replace").strip().splitlines()
    if version.returncode != 0 or not first or not first[0].lower().startswith("tesseract"):
        return None
    listed = (langs.stdout + langs.stderr).decode("utf-8", "replace").splitlines()
    names = [line.strip() for line in listed if line.strip() and " " not in line.strip()]
    return first[0].split(None, 1)[-1].strip().lstrip("v"), names


class Ocr:
    """The Tesseract command-line program, reading Vietnamese and English."""

    def __init__(self, program: str, *, version: str = "", languages: str = OCR_LANGUAGES,
                 timeout: float = OCR_SECONDS) -> None:
        self.program = program
        self.version = version
        self.languages = languages
        self.timeout = timeout

    @property
    def engine(self) -> str:
        return " ".join(part for part in ("tesseract", self.version, self.languages) if part)

    @classmethod
    def find(cls) -> Ocr | None:
        """Tesseract with Vietnamese, if this computer has it."""
        status = cls.status()
        if not status.available:
            return None
        return cls(status.program, version=status.version)

    @staticmethod
    def status() -> OcrStatus:
        """Whether OCR is available, and if not, what is missing and how to install it."""
        how_en, how_vi = _how_to()
        without_vie: tuple[str, str] | None = None
        seen: set[str] = set()
        for program in _candidates():
            if program in seen:
                continue
            seen.add(program)
            probed = _probe(program)
            if probed is None:
                continue
            version, langs = probed
            if "vie" in langs:
                return OcrStatus(True, f"OCR is available: Tesseract {version} with Vietnamese",
                                 f"Đã có nhận dạng chữ (OCR): Tesseract {version} có tiếng Việt", "", "",
                                 engine=f"tesseract {version} {OCR_LANGUAGES}", program=program, version=version)
            without_vie = without_vie or (program, version)
        if without_vie is not None:
            program, version = without_vie
            return OcrStatus(False, f"Tesseract {version} is installed without Vietnamese ({program}): pictures "
                             "are not read until the Vietnamese language data is installed",
                             f"Tesseract {version} đã cài nhưng thiếu tiếng Việt ({program}): chưa đọc chữ trong "
                             "ảnh cho đến khi cài dữ liệu tiếng Việt", how_en, how_vi, program=program,
                             version=version)
        return OcrStatus(False, "OCR is not installed: the Tesseract program was not found, so the words in "
                         "pictures are not read", "Chưa cài nhận dạng chữ (OCR): không tìm thấy chương trình "
                         "Tesseract, nên chưa đọc được chữ trong ảnh", how_en, how_vi)

    def read(self, image: bytes | Image) -> str:
        """The words in a picture (its bytes, or a decoded image), as Tesseract reads them.

        Raises ``OcrError`` when the picture does not open, or Tesseract fails or takes too long.
        """
        if isinstance(image, bytes | bytearray | memoryview):
            try:
                gray = open_image(bytes(image))
            except ImageRefused as refused:
                raise OcrError(refused.en, vi=refused.vi, code="ocr_image_refused") from None
        else:
            gray = _gray(image)
        png = _ocr_png(gray)
        try:
            done = _run([self.program, "stdin", "stdout", "-l", self.languages, "--psm", "3"], data=png,
                        timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise OcrError(f"Tesseract took longer than {self.timeout:g} seconds",
                           vi=f"Tesseract chạy quá {self.timeout:g} giây", code="ocr_timeout") from None
        except OSError as exc:
            raise OcrError(f"Tesseract could not be started ({exc.strerror or exc})",
                           vi=f"không chạy được Tesseract ({exc.strerror or exc})", code="ocr_not_started") from None
        if done.returncode != 0:
            said = " ".join(done.stderr.decode("utf-8", "replace").split())[-300:] or f"exit code {done.returncode}"
            raise OcrError(f"Tesseract stopped with an error: {said}", vi=f"Tesseract dừng vì lỗi: {said}",
                           code="ocr_failed")
        return done.stdout.decode("utf-8", "replace")


def _ocr_png(gray: Image) -> bytes:
    """The picture as Tesseract reads it best: grayscale, small screenshots doubled in size."""
    from PIL import Image as PILImage

    width, height = gray.size
    if min(width, height) < 1000 and width * height * 4 <= MAX_PIXELS // 2 and max(width, height) * 2 <= MAX_SIDE:
        gray = gray.resize((width * 2, height * 2), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    gray.save(out, format="PNG", compress_level=1)
    return out.getvalue()
