"""The type of a file comes from its content; the name's claim is kept when it disagrees."""

from __future__ import annotations

import struct
import zlib

import pytest

from moderator_app.domain import mime

from .conftest import DATA

SAMPLES = DATA / "evidence"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


HEADS = {
    "image/png": _png(),
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "image/webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "image/gif": b"GIF89a\x01\x00\x01\x00",
    "image/bmp": b"BM" + b"\x00" * 12 + struct.pack("<I", 40) + b"\x00" * 20,
    "application/pdf": b"%PDF-1.7\n%\xe2\xe3",
    "video/mp4": b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00",
    "audio/mp4": b"\x00\x00\x00\x18ftypM4A \x00\x00\x02\x00",
    "video/webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm",
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "audio/wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
    "text/html": b"<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><html><body>x</body></html>",
    "text/plain": "[12/10/2026 21:02] Hà Linh Review: Inbox chị để chốt đơn nha\n".encode(),
    "application/zip": b"PK\x03\x04\x14\x00\x00\x00",
}


@pytest.mark.parametrize(("expected", "head"), sorted(HEADS.items()))
def test_each_format_is_recognised_by_its_content(expected: str, head: bytes):
    assert mime.sniff(head) == expected


def test_a_bare_mp3_frame_and_binary_junk():
    assert mime.sniff(b"\xff\xfb\x90\x64" + bytes(64)) == "audio/mpeg"
    assert mime.sniff(bytes(range(256)) * 4) == mime.OCTET_STREAM
    assert mime.sniff(b"") == mime.OCTET_STREAM


def test_text_cut_inside_a_character_is_still_text():
    text = "lừa đảo ".encode() * 200
    assert mime.sniff(text[:1001]) == "text/plain"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("livestream-screenshot.png", "image/png"),
        ("product-certificate.pdf", "application/pdf"),
        ("chat-export.txt", "text/plain"),
        ("captured-page.html", "text/html"),
    ],
)
def test_the_sample_files(name: str, expected: str):
    detected = mime.detect((SAMPLES / name).read_bytes()[: mime.SNIFF_BYTES], name)
    assert detected == mime.Detected(expected, None)


def test_a_name_that_lies_is_kept_as_a_claim():
    png = (SAMPLES / "livestream-screenshot.png").read_bytes()
    detected = mime.detect(png, "bang-chung.jpg")
    assert detected.mime == "image/png" and detected.claimed == "image/jpeg" and detected.mismatch
    # Text named as an image is text, flagged.
    assert mime.detect(b"hello", "photo.png") == mime.Detected("text/plain", "image/png")
    # Within text the name is more precise than the content: no flag.
    assert mime.detect(b"<p>hi</p>", "chat.txt") == mime.Detected("text/plain", None)
    assert mime.detect(b"just words", "page.html") == mime.Detected("text/html", None)
    # Unknown extension: the content decides, nothing to flag.
    assert mime.detect(png, "screenshot") == mime.Detected("image/png", None)


def test_families_pick_the_viewer():
    assert [mime.family(m) for m in ("image/webp", "application/pdf", "text/plain", "text/html", "video/webm",
                                     "audio/mpeg", "application/zip", None)] == [
        "image", "pdf", "text", "html", "video", "audio", "other", "other"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_with_a_byte_order_mark_is_text_not_an_mp3_frame(encoding: str):
    # Notepad's "Unicode" and some chat exports: FF FE (or FE FF) then the text. FF FE also has
    # the bit pattern of an MPEG audio frame header, which must not win over the byte order mark.
    bom = b"\xff\xfe" if encoding == "utf-16-le" else b"\xfe\xff"
    for body in ("[12/10/2026 21:04] Hà Linh: chốt đơn nhé", "hello chat", "<html><body>x</body></html>"):
        head = bom + body.encode(encoding)
        assert mime.sniff(head) == ("text/html" if body.startswith("<") else "text/plain"), body
    assert mime.detect(b"\xff\xfe" + "tin nhắn".encode("utf-16-le"), "chat.txt") == mime.Detected("text/plain", None)
    # A Layer I MPEG frame that happens to start FF FE is not text (it decodes to control characters).
    assert mime.sniff(b"\xff\xfe\x90\x04" + bytes(64)) != "text/plain"
