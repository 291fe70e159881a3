"""What a file really is, from its first bytes, and what its name claims it is.

Evidence arrives from hotlines and chat apps with wrong or missing extensions, and a file named
``.png`` that is really an HTML page must not be shown as an image. So the type is sniffed from
the content (magic numbers for binary formats, a careful look for HTML and text), and a name
whose extension says otherwise is kept as a *claimed* type and shown as a mismatch.

Pure Python and deliberately small: the formats the viewer shows, plus zip.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

SNIFF_BYTES = 8192
"""How much of the head of a file the sniffer looks at."""

OCTET_STREAM = "application/octet-stream"

EXTENSIONS: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".jfif": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".pdf": "application/pdf",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".m4a": "audio/mp4",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".ogg": "audio/ogg",
    ".html": "text/html",
    ".htm": "text/html",
    ".mhtml": "text/html",
    ".txt": "text/plain",
    ".log": "text/plain",
    ".csv": "text/plain",
    ".json": "text/plain",
    ".md": "text/plain",
    ".zip": "application/zip",
}

PREFERRED_EXTENSION: dict[str, str] = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "application/pdf": ".pdf",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "audio/mp4": ".m4a",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/ogg": ".ogg",
    "text/html": ".html",
    "text/plain": ".txt",
    "application/zip": ".zip",
}

_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<script", "<title", "<iframe", "<meta", "<div",
                 "<table", "<p>", "<p ", "<h1", "<a href", "<img", "<style")
_TEXT_CONTROL_OK = {9, 10, 12, 13, 27}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A "}


def sniff(head: bytes) -> str:
    """The MIME type of a file whose first bytes are ``head`` (``SNIFF_BYTES`` is plenty)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"BM") and len(head) >= 26 and int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64,
                                                                                                108, 124):
        return "image/bmp"
    if head.lstrip(b"\xef\xbb\xbf\r\n\t ")[:5] == b"%PDF-":
        return "application/pdf"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _AUDIO_BRANDS:
            return "audio/mp4"
        if brand == b"qt  ":
            return "video/quicktime"
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and (text := _as_text(head)) is not None:
        # UTF-16 text with a byte order mark: FF FE also looks like an MPEG audio frame header.
        return "text/html" if _looks_like_html(text) else "text/plain"
    if head.startswith(b"ID3") or _mpeg_audio_frame(head):
        return "audio/mpeg"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "application/zip"
    text = _as_text(head)
    if text is not None:
        return "text/html" if _looks_like_html(text) else "text/plain"
    return OCTET_STREAM


def _mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG audio frame header at the very start (MP3 without an ID3 tag)."""
    if len(head) < 4 or head[0] != 0xFF or (head[1] & 0xE0) != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0b00 and bitrate not in (0b0000, 0b1111) and rate != 0b11


def _as_text(head: bytes) -> str | None:
    """``head`` decoded if it reads as text (UTF-8, or UTF-16 with a byte order mark)."""
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = head.decode("utf-16", errors="strict")[:4000]
        except UnicodeDecodeError:
            # The head may end inside a character: judge what decodes.
            text = head[: len(head) - 1 - (len(head) % 2)].decode("utf-16", errors="replace")
    else:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # not merely a character cut at the end of the head
                return None
            text = head[: exc.start].decode("utf-8")
    controls = sum(1 for ch in text if ord(ch) < 32 and ord(ch) not in _TEXT_CONTROL_OK)
    if "\x00" in text or controls > len(text) // 100:
        return None
    return text


def _looks_like_html(text: str) -> bool:
    """Markup at the start (after white space, comments and an XML declaration)."""
    start = text.lstrip("\ufeff \t\r\n").lower()[:4096]
    while start.startswith(("<!--", "<?xml")):
        end = start.find("-->" if start.startswith("<!--") else "?>")
        if end < 0:
            return False
        start = start[end + 3 if start.startswith("<!--") else end + 2:].lstrip()
    return start.startswith(_HTML_MARKERS)


def from_name(name: str) -> str | None:
    """The type a file name claims by its extension, if it is one we know."""
    return EXTENSIONS.get(PurePath(name).suffix.lower())


@dataclass(frozen=True, slots=True)
class Detected:
    mime: str  # what the content is
    claimed: str | None  # what the name claims, when that differs from the content

    @property
    def mismatch(self) -> bool:
        return self.claimed is not None


def detect(head: bytes, name: str) -> Detected:
    """The content's type, and the name's claim when it contradicts the content.

    Text is the one family where the name is more precise than the content: a ``.txt`` chat
    export may contain tags without being a web page, and a ``.html`` file may hold only plain
    text. Within that family the name decides and nothing is flagged.
    """
    sniffed = sniff(head)
    claimed = from_name(name)
    if claimed is None or claimed == sniffed:
        return Detected(sniffed, None)
    if sniffed in ("text/plain", "text/html") and claimed in ("text/plain", "text/html"):
        return Detected(claimed, None)
    if sniffed == OCTET_STREAM and claimed in ("video/mp4", "video/webm", "audio/mpeg", "video/quicktime",
                                               "video/x-matroska", "audio/ogg", "audio/mp4"):
        # Media containers whose first bytes we do not recognise (an unusual box order);
        # the name is the better guess and the player will tell if it is wrong.
        return Detected(claimed, None)
    return Detected(sniffed, claimed)


def family(mime: str | None) -> str:
    """Which viewer shows a type: image, pdf, text, html, video, audio, or other."""
    if not mime:
        return "other"
    if mime in ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp"):
        return "image"
    if mime == "application/pdf":
        return "pdf"
    if mime == "text/html":
        return "html"
    if mime.startswith("text/"):
        return "text"
    if mime.startswith("video/"):
        return "video"
    if mime.startswith("audio/"):
        return "audio"
    return "other"


def describe(mime: str | None, lang: str = "en") -> str:
    """A short name of a type for people ("PNG image", "ảnh PNG")."""
    names = {
        "image/png": ("ảnh PNG", "PNG image"),
        "image/jpeg": ("ảnh JPEG", "JPEG image"),
        "image/webp": ("ảnh WebP", "WebP image"),
        "image/gif": ("ảnh GIF", "GIF image"),
        "image/bmp": ("ảnh BMP", "BMP image"),
        "application/pdf": ("tài liệu PDF", "PDF document"),
        "video/mp4": ("video MP4", "MP4 video"),
        "video/quicktime": ("video QuickTime", "QuickTime video"),
        "video/webm": ("video WebM", "WebM video"),
        "video/x-matroska": ("video Matroska", "Matroska video"),
        "audio/mp4": ("âm thanh M4A", "M4A audio"),
        "audio/mpeg": ("âm thanh MP3", "MP3 audio"),
        "audio/wav": ("âm thanh WAV", "WAV audio"),
        "audio/ogg": ("âm thanh Ogg", "Ogg audio"),
        "text/html": ("trang web lưu lại", "captured web page"),
        "text/plain": ("văn bản", "text"),
        "application/zip": ("tệp nén ZIP", "ZIP archive"),
    }
    vi, en = names.get(mime or "", ("tệp không rõ loại", "unknown file type"))
    return en if lang == "en" else vi
