"""Text and perceptual hashes from evidence files: chat exports, captured pages, PDFs, screenshots.

Every picture and PDF here is made by the test. Hostile files (bombs, truncated, random bytes)
must come back as a result with a reason, quickly, never as an exception or a huge allocation.
"""

from __future__ import annotations

import io
import os
import random
import stat
import struct
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from moderator_app.domain.text import fold
from moderator_app.services import evidence_text as et
from moderator_app.services.evidence_text import (
    MAX_TEXT,
    SIMILAR_BITS,
    STATUSES,
    ExtractedText,
    Ocr,
    OcrError,
    declared_size,
    extract_text,
    hamming,
)

from .hostile import examples

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in Tesseract programs are shell scripts")


# ---------------------------------------------------------------------------------------------
# Helpers


class Counting(io.RawIOBase):
    """An endless (or ``size``-long) stream of one byte that counts what was read from it."""

    def __init__(self, size: int | None = None, byte: bytes = b"a", seekable: bool = False) -> None:
        self.size = size
        self.byte = byte
        self.read_bytes = 0
        self._seekable = seekable

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._seekable

    def tell(self) -> int:
        if not self._seekable:
            raise OSError("not seekable")
        return self.read_bytes

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if not self._seekable or self.size is None:
            raise OSError("not seekable")
        return self.size if whence == io.SEEK_END else offset

    def readinto(self, buffer: Any) -> int:
        left = len(buffer) if self.size is None else min(len(buffer), self.size - self.read_bytes)
        buffer[:left] = self.byte * left
        self.read_bytes += left
        return left


def scene(seed: int, size: tuple[int, int] = (720, 1280)) -> Image.Image:
    """A screenshot-like picture: a gradient, shapes, lines of text and some noise, all from ``seed``."""
    rng = random.Random(seed)
    width, height = size
    im = Image.new("RGB", size)
    draw = ImageDraw.Draw(im)
    top = tuple(rng.randrange(256) for _ in range(3))
    bottom = tuple(rng.randrange(256) for _ in range(3))
    for y in range(height):
        t = y / (height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(12):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        box = (x0, y0, x0 + rng.randrange(10, max(11, width // 2)), y0 + rng.randrange(10, max(11, height // 3)))
        colour = tuple(rng.randrange(256) for _ in range(3))
        (draw.rectangle if rng.random() < 0.5 else draw.ellipse)(box, fill=colour)
    font = ImageFont.load_default(size=36)
    for _ in range(8):
        draw.text((rng.randrange(width // 2), rng.randrange(height)), f"0912 345 {rng.randrange(1000):03d} STK",
                  fill=(0, 0, 0), font=font)
    noise = Image.frombytes("L", size, rng.randbytes(width * height)).convert("RGB")  # seeded, unlike effect_noise
    return Image.blend(im, noise, 0.12)


def encode(im: Image.Image, fmt: str = "PNG", **params: Any) -> bytes:
    if fmt == "PNG":
        params.setdefault("compress_level", 1)  # noise compresses slowly and badly: keep the tests quick
    out = io.BytesIO()
    im.save(out, format=fmt, **params)
    return out.getvalue()


def phash(data: bytes | io.BytesIO, mime: str = "image/png") -> str:
    result = extract_text(data, mime, ocr=None)
    assert result.status == "no_ocr", result
    assert result.phash is not None
    return result.phash


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` × ``height`` (valid CRCs), with a token of pixel data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + png_chunk(b"IEND", b""))


def pdf_with_pages(*pages: str) -> bytes:
    """A PDF written by hand: one Helvetica line of ASCII text on each page, with a correct xref table."""
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    font = 3 + 2 * count
    for i, line in enumerate(pages):
        stream = f"BT /F1 18 Tf 72 720 Td ({line}) Tj ET".encode("ascii")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def fake_tesseract(folder: Path, body: str, langs: str = "eng\nosd\nvie") -> Path:
    """A stand-in Tesseract: answers --version and --list-langs like the real one, runs ``body`` otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "tesseract"
    listing = "\\n".join(langs.splitlines())
    program.write_text(
        "#!/bin/sh\n"
        "PATH=/usr/bin:/bin\n"
        'case "$1" in\n'
        '  --version) echo "tesseract 5.9.1"; echo " leptonica-1.84.0"; exit 0;;\n'
        f'  --list-langs) printf \'List of available languages in "/x/" (3):\\n{listing}\\n\'; exit 0;;\n'
        "esac\n" + body + "\n",
        encoding="utf-8",
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return program


@pytest.fixture
def no_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A PATH without Tesseract and no setting naming one."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(et.ENV_TESSERACT, raising=False)
    yield empty


# ---------------------------------------------------------------------------------------------
# Text and chat exports


def test_text_is_decoded_cleaned_and_composed() -> None:
    raw = ("Chuye\u0302\u0309n khoa\u0309n\r\nSTK\u200b 0123\u00a0456\x07789\tVCB\r\n\u202eZalo\x00 0912 345 678")
    result = extract_text(raw.encode("utf-8"), "text/plain", ocr=None)
    assert result.status == "done" and result.method == "text"
    assert result.text == "Chuyển khoản\nSTK 0123 456789\tVCB\nZalo 0912 345 678"
    assert result.phash is None and result.reason_en == ""
    # Line ends of other kinds end lines: words either side of them stay apart.
    other_ends = extract_text("trang 1\fSTK\u2028123\x0b456".encode(), "text/plain", ocr=None)
    assert other_ends.text == "trang 1\nSTK\n123\n456"


def cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese software wrote it: letters with their tone mark apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out).encode("cp1258")


def test_text_in_legacy_and_utf16_encodings() -> None:
    sentence = "Lừa đảo chuyển khoản 0912345678"
    for data in (cp1258(sentence), sentence.encode("utf-16"), b"\xef\xbb\xbf" + sentence.encode()):
        result = extract_text(data, "text/plain", ocr=None)
        assert result.status == "done"
        assert result.text == sentence  # composed (NFC), whatever the encoding kept apart


def test_long_text_is_cut_with_a_reason_and_only_its_beginning_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = Counting(size=50 * 1024 * 1024, byte=b"x")
    result = extract_text(stream, "text/plain", ocr=None)
    assert result.status == "done"
    assert len(result.text) == MAX_TEXT
    assert "200,000" in result.reason_en and "200.000" in result.reason_vi
    assert stream.read_bytes <= et.TEXT_READ_BYTES + 1
    # A prefix that ends inside a character is not mistaken for Windows-1258.
    monkeypatch.setattr(et, "TEXT_READ_BYTES", 10)
    result = extract_text("ảảảảảả".encode(), "text/plain", ocr=None)
    assert result.text == "ảảả"


def test_every_kind_of_source(tmp_path: Path) -> None:
    data = "Số tài khoản 0123456789".encode()
    path = tmp_path / "chat.txt"
    path.write_bytes(data)
    opened: list[io.BytesIO] = []

    def opener() -> io.BytesIO:
        opened.append(io.BytesIO(data))
        return opened[-1]

    held = io.BytesIO(data)
    for source in (data, bytearray(data), memoryview(data), path, held, opener):
        assert extract_text(source, "text/plain", ocr=None).text == "Số tài khoản 0123456789"
    assert not held.closed  # a file given is the caller's to close
    assert opened and opened[0].closed  # a file the opener gave is closed after


def test_recordings_and_unknown_files_are_not_opened() -> None:
    def opener() -> io.BytesIO:
        raise AssertionError("a recording was opened")

    for mime in ("video/mp4", "audio/mpeg", "audio/wav", "video/quicktime", "application/zip"):
        result = extract_text(opener, mime, ocr=None)
        assert (result.status, result.method, result.text, result.phash) == ("none", "", "", None)
        assert result.reason_en and result.reason_vi
    assert extract_text(b"\x00\x01 not a known format", "application/octet-stream", ocr=None).status == "none"


def test_read_errors_of_the_source_propagate(tmp_path: Path) -> None:
    """A missing evidence file is not a property of its content: no result is made up for it."""
    with pytest.raises(FileNotFoundError):
        extract_text(tmp_path / "missing.pdf", "application/pdf", ocr=None)


# ---------------------------------------------------------------------------------------------
# Captured web pages


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Nhận quà tri ân &amp; hoàn tiền</title>
<style>body { color: red } .x::after { content: "HIDDEN STYLE" }</style>
<script>var secret = "HIDDEN SCRIPT <p>not a paragraph</p>"; fetch("https://tracker.example/p");</script>
<link rel="stylesheet" href="https://cdn.example/x.css"></head>
<body><noscript>HIDDEN NOSCRIPT <b>bold</b></noscript><template><p>HIDDEN TEMPLATE</p></template>
<!-- HIDDEN COMMENT -->
<h1>Chuy&#7875;n kho&#x1EA3;n ngay</h1>
<p>Liên hệ <b>Zalo</b>&nbsp;0912&nbsp;345&nbsp;678 hoặc
   <a href="https://lua-dao.example/nap">nạp    tiền</a>.</p>
<div>STK <span>0123456789</span> &lt;Vietcombank&gt;</div><br>
<table><tr><th>Tên</th><td>Nguyễn Văn A</td></tr></table>
<img src="https://tracker.example/pixel.gif" alt="HIDDEN ALT">
<pre>  dòng 1
  dòng 2</pre>
</body></html>"""


def test_html_gives_the_visible_text_only() -> None:
    result = extract_text(PAGE.encode(), "text/html", ocr=None)
    assert result.status == "done" and result.method == "html"
    assert result.text == (
        "Nhận quà tri ân & hoàn tiền\n"
        "Chuyển khoản ngay\n"
        "Liên hệ Zalo 0912 345 678 hoặc nạp tiền.\n"
        "STK 0123456789 <Vietcombank>\n"
        "Tên\tNguyễn Văn A\n"
        "dòng 1\n"
        "dòng 2"
    )
    assert "HIDDEN" not in result.text and "tracker" not in result.text


def test_broken_html_still_gives_its_text() -> None:
    for page in ("<p>Một <b>hai <i>ba", "<div><p>a</div></p>b<script>x", "<!DOCTYPE <html><p>Chữ</p>", "<", "&#xD800;"):
        result = extract_text(page.encode(), "text/html", ocr=None)
        assert result.status == "done"
    assert extract_text(b"<p>M\xe1\xbb\x99t <b>hai <i>ba", "text/html", ocr=None).text == "Một hai ba"
    assert extract_text(b"<div>x</div><noscript>open to the end", "text/html", ocr=None).text == "x"


def test_mhtml_capture_gives_the_page_text() -> None:
    html_part = "<html><body><p>Trang lừa đảo: chuyển khoản 0123456789</p><script>x()</script></body></html>"
    import quopri

    qp = quopri.encodestring(html_part.encode("utf-8")).decode("ascii")
    capture = (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://lua-dao.example/\r\n"
        "Subject: Trang\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--X"\r\n\r\n'
        "------MultipartBoundary--X\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://lua-dao.example/\r\n\r\n"
        f"{qp}\r\n"
        "------MultipartBoundary--X\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://lua-dao.example/logo.png\r\n\r\n"
        "iVBORw0KGgo=\r\n"
        "------MultipartBoundary--X--\r\n"
    )
    result = extract_text(capture.encode("ascii"), "text/html", ocr=None)
    assert result.status == "done"
    assert result.text == "Trang lừa đảo: chuyển khoản 0123456789"


# ---------------------------------------------------------------------------------------------
# PDF


def test_pdf_text_layer_is_read_page_by_page() -> None:
    data = pdf_with_pages("Chuyen khoan vao STK 0123456789", "Zalo 0912 345 678", "Trang ba")
    result = extract_text(data, "application/pdf", ocr=None)
    assert result.status == "done" and result.method == "pdf"
    assert result.engine.startswith("pypdf ")
    assert result.text.split("\n\n") == ["Chuyen khoan vao STK 0123456789", "Zalo 0912 345 678", "Trang ba"]
    assert result.reason_en == ""


def test_pdf_pages_and_time_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    data = pdf_with_pages("page one", "page two", "page three")
    monkeypatch.setattr(et, "MAX_PDF_PAGES", 2)
    result = extract_text(data, "application/pdf", ocr=None)
    assert result.status == "done" and "page two" in result.text and "page three" not in result.text
    assert "first 2 of 3 pages" in result.reason_en and "2 trang đầu trong số 3 trang" in result.reason_vi
    monkeypatch.setattr(et, "MAX_PDF_PAGES", 500)
    monkeypatch.setattr(et, "PDF_SECONDS", 0.0)  # the budget is spent once the first page is read
    result = extract_text(data, "application/pdf", ocr=None)
    assert result.status == "done" and result.text == "page one"
    assert "stopped after 1 of 3 pages" in result.reason_en


def test_pdf_without_text_layer_says_so() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    result = extract_text(out.getvalue(), "application/pdf", ocr=None)
    assert (result.status, result.text) == ("done", "")
    assert "no text layer" in result.reason_en and "không có lớp chữ" in result.reason_vi


def test_pdf_protected_by_a_password_is_refused_but_an_owner_password_alone_is_not() -> None:
    from pypdf import PdfReader, PdfWriter

    plain = pdf_with_pages("Noi dung mat 0123456789")
    for user, readable in (("mat-khau", False), ("", True)):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
        writer.encrypt(user_password=user, owner_password="chu-so-huu", algorithm="AES-128")
        out = io.BytesIO()
        writer.write(out)
        result = extract_text(out.getvalue(), "application/pdf", ocr=None)
        if readable:
            assert (result.status, result.text) == ("done", "Noi dung mat 0123456789")
        else:
            assert result.status == "failed" and result.text == ""
            assert result.reason_en == "the PDF is protected by a password"
            assert result.reason_vi == "tệp PDF được bảo vệ bằng mật khẩu"


def test_damaged_and_fake_pdfs_fail_with_a_reason() -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(5000))
    good = pdf_with_pages("Hello")
    for data in (garbage, b"%PDF-1.7\n" + garbage, b"", good[: len(good) // 3]):
        result = extract_text(data, "application/pdf", ocr=None)
        assert result.status in ("failed", "done")
        if data in (garbage, b""):
            assert result.status == "failed"
            assert result.reason_en.startswith("the PDF could not be read")
            assert result.reason_vi.startswith("không đọc được tệp PDF")


def test_pdf_over_the_size_cap_is_refused_without_reading_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(et, "MAX_PDF_BYTES", 1000)
    for seekable in (False, True):
        stream = Counting(size=5000, byte=b"%", seekable=seekable)
        result = extract_text(stream, "application/pdf", ocr=None)
        assert result.status == "failed" and "too large" in result.reason_en and "quá lớn" in result.reason_vi
        assert stream.read_bytes <= (0 if seekable else 1001)


# ---------------------------------------------------------------------------------------------
# Pictures: perceptual hash


def test_phash_is_16_hex_digits_and_survives_re_encoding_resizing_and_trimming() -> None:
    original = scene(1)
    first = phash(encode(original))
    assert len(first) == 16 and int(first, 16) >= 0 and first == first.lower()
    width, height = original.size
    dx, dy = round(width * 0.01), round(height * 0.01)
    copies = {
        "JPEG quality 60": (encode(original, "JPEG", quality=60), "image/jpeg"),
        "half size": (encode(original.resize((width // 2, height // 2), Image.Resampling.BICUBIC)), "image/png"),
        "1% off every edge": (encode(original.crop((dx, dy, width - dx, height - dy))), "image/png"),
        "3% off the top": (encode(original.crop((0, round(height * 0.03), width, height))), "image/png"),
        "WebP quality 70": (encode(original, "WEBP", quality=70), "image/webp"),
        "all at once": (encode(original.crop((dx, dy, width - dx, height - dy)).resize((width // 2, height // 2)),
                               "JPEG", quality=60), "image/jpeg"),
    }
    for name, (data, mime) in copies.items():
        assert hamming(first, phash(data, mime)) <= SIMILAR_BITS, name


def test_phash_of_unrelated_pictures_are_far_apart() -> None:
    hashes = [phash(encode(scene(seed))) for seed in range(10, 18)]
    for a, b in combinations(hashes, 2):
        assert hamming(a, b) > SIMILAR_BITS, (a, b)


def naive_phash(im: Image.Image) -> str:
    """The DCT hash straight from its definition: the full 32 × 32 DCT-II, then its top-left 8 × 8."""
    import math

    small = im.convert("L").resize((32, 32), Image.Resampling.LANCZOS)
    x = [[small.getpixel((c, r)) for c in range(32)] for r in range(32)]
    dct = [[sum(x[m][n] * math.cos(math.pi * u * (2 * m + 1) / 64) * math.cos(math.pi * v * (2 * n + 1) / 64)
                for m in range(32) for n in range(32)) for v in range(8)] for u in range(8)]
    low = [value for row in dct for value in row]
    median = sorted(low)[31] / 2 + sorted(low)[32] / 2
    return "".join("1" if value > median else "0" for value in low)


def test_phash_follows_the_standard_dct_hash() -> None:
    """Row by row, first coefficient in the highest bit, above the median of the 8 × 8 block (as imagehash)."""
    for seed in (20, 21, 22):
        im = scene(seed, (300, 500))
        assert f"{int(phash(encode(im)), 16):064b}" == naive_phash(im)
    halves = Image.new("L", (64, 64), 0)
    halves.paste(255, (0, 0, 32, 64))  # white left half
    bits = f"{int(phash(encode(halves)), 16):064b}"
    assert bits[:2] == "11"  # the mean brightness and the first horizontal frequency, far above the rest


def test_transparency_is_laid_on_white_and_exif_orientation_is_applied() -> None:
    upright = scene(2, (600, 900))
    on_white = phash(encode(upright))
    mask = Image.new("L", upright.size, 255)
    ImageDraw.Draw(mask).rectangle((0, 0, 599, 150), fill=0)  # a transparent band
    rgba = upright.convert("RGBA")
    rgba.putalpha(mask)
    rgba_data = encode(rgba)
    flattened = upright.copy()
    flattened.paste((255, 255, 255), (0, 0, 600, 151))
    assert hamming(phash(rgba_data), phash(encode(flattened))) <= 2
    assert hamming(phash(rgba_data), on_white) > 0  # the band changed the picture

    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to show": the camera held sideways
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    tagged = encode(stored, "JPEG", quality=90, exif=exif)
    untagged = encode(stored, "JPEG", quality=90)
    assert hamming(phash(tagged, "image/jpeg"), on_white) <= SIMILAR_BITS
    assert hamming(phash(untagged, "image/jpeg"), on_white) > SIMILAR_BITS


def test_animated_gif_is_hashed_by_its_first_frame() -> None:
    first, second = scene(3, (300, 300)), scene(4, (300, 300))
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    animated = phash(out.getvalue(), "image/gif")
    assert hamming(animated, phash(encode(first, "GIF"), "image/gif")) <= SIMILAR_BITS
    assert hamming(animated, phash(encode(second, "GIF"), "image/gif")) > SIMILAR_BITS


def test_every_picture_format_and_tiff_sniffed_from_unknown_type() -> None:
    im = scene(5, (320, 240))
    reference = phash(encode(im))
    for fmt, mime in (("JPEG", "image/jpeg"), ("GIF", "image/gif"), ("WEBP", "image/webp"), ("BMP", "image/bmp"),
                      ("TIFF", "image/tiff"), ("TIFF", "application/octet-stream")):
        data = encode(im, fmt)
        assert declared_size(data) == (320, 240), fmt
        assert hamming(phash(data, mime), reference) <= SIMILAR_BITS, fmt
    tiff = encode(im, "TIFF")
    assert hamming(phash(io.BytesIO(tiff), "application/octet-stream"), reference) <= SIMILAR_BITS
    assert declared_size(encode(im.convert("RGBA"), "WEBP", lossless=True)) == (320, 240)
    assert declared_size(encode(im.transpose(Image.Transpose.FLIP_TOP_BOTTOM), "TIFF", byteorder=">")) == (320, 240)


def test_hamming() -> None:
    assert hamming("0000000000000000", "0000000000000000") == 0
    assert hamming("ffffffffffffffff", "0000000000000000") == 64
    assert hamming("8000000000000001", "0000000000000000") == 2
    with pytest.raises(ValueError):
        hamming("abc", "0000000000000000")


# ---------------------------------------------------------------------------------------------
# Hostile pictures


def test_image_bomb_is_refused_from_its_header() -> None:
    bomb = png_declaring(100_000, 100_000)
    result = extract_text(bomb, "image/png", ocr=None)
    assert result.status == "failed" and result.phash is None and result.text == ""
    assert "100000 × 100000 pixels" in result.reason_en and "100000 × 100000 điểm ảnh" in result.reason_vi
    with pytest.raises(OcrError) as refused:
        Ocr("/nonexistent/tesseract").read(bomb)
    assert "100000 × 100000" in str(refused.value)
    # A side over the limit, even with few pixels; and a JPEG declaring 65000 × 65000.
    thin = b"GIF89a" + struct.pack("<HH", 30_001, 2) + b"\x00\x00\x00" + b";"
    assert "30001 × 2 pixels" in extract_text(thin, "image/gif", ocr=None).reason_en
    jpeg = (b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 65_000, 65_000, 1) + b"\x01\x11\x00" + b"\xff\xd9")
    assert declared_size(jpeg) == (65_000, 65_000)
    assert extract_text(jpeg, "image/jpeg", ocr=None).status == "failed"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_image_bomb_that_the_header_reader_misses_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(et, "declared_size", lambda data: None)
    result = extract_text(png_declaring(10_000, 9_000), "image/png", ocr=None)  # over ours, under Pillow's
    assert result.status == "failed" and "10000 × 9000 pixels" in result.reason_en
    result = extract_text(png_declaring(20_000, 20_000), "image/png", ocr=None)  # over Pillow's own limit
    assert result.status == "failed" and result.reason_en.startswith("image too large")
    assert result.reason_vi.startswith("ảnh quá lớn") and result.phash is None


def test_truncated_and_random_pictures_fail_with_a_reason() -> None:
    jpeg = encode(scene(6, (400, 400)), "JPEG", quality=85)
    rng = random.Random(3)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    for data, mime in ((jpeg[: len(jpeg) // 2], "image/jpeg"), (noise, "image/png"), (b"", "image/webp"),
                       (b"\x89PNG\r\n\x1a\n" + noise, "image/png")):
        result = extract_text(data, mime, ocr=None)
        assert result.status == "failed" and result.phash is None, mime
        assert result.reason_en.startswith("the image could not be read"), result.reason_en
        assert result.reason_vi.startswith("không đọc được ảnh")


def test_picture_file_over_the_size_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(et, "MAX_IMAGE_BYTES", 100)
    stream = Counting(size=10_000, byte=b"\x89")
    result = extract_text(stream, "image/png", ocr=None)
    assert result.status == "failed" and "image file is too large" in result.reason_en
    assert stream.read_bytes <= 101


@given(data=st.binary(max_size=3000), mime=st.sampled_from(
    ["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff", "application/pdf",
     "text/html", "text/plain", "application/octet-stream"]))
@example(data=b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [1 0 R] >> endobj trailer << /Root 1 0 R >>",
         mime="application/pdf")
@example(data=png_declaring(1, 1)[:-12], mime="image/png")
@examples(150)
def test_any_bytes_give_a_result_never_an_exception(data: bytes, mime: str) -> None:
    result = extract_text(data, mime, ocr=None)
    assert isinstance(result, ExtractedText) and result.status in STATUSES
    assert len(result.text) <= MAX_TEXT
    if result.status == "failed":
        assert result.reason_en and result.reason_vi
    assert result.phash is None or len(result.phash) == 16


# ---------------------------------------------------------------------------------------------
# OCR


def test_failing_ocr_keeps_the_hash_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Ocr, image: object) -> str:
        raise OcrError("Tesseract stopped with an error: out of cheese", vi="Tesseract dừng vì lỗi: hết phô mai",
                       code="ocr_failed")

    monkeypatch.setattr(Ocr, "read", broken)
    data = encode(scene(8, (300, 200)))
    result = extract_text(data, "image/png", ocr=Ocr("/nowhere/tesseract", version="5.0.0"))
    assert result.status == "failed" and result.method == "ocr" and result.text == ""
    assert result.phash == phash(data)
    assert result.reason_en == "OCR failed: Tesseract stopped with an error: out of cheese"
    assert result.reason_vi == "nhận dạng chữ (OCR) thất bại: Tesseract dừng vì lỗi: hết phô mai"
    assert result.engine == "tesseract 5.0.0 vie+eng"


def test_without_ocr_a_picture_is_hashed_and_marked_for_later() -> None:
    result = extract_text(encode(scene(9, (200, 200))), "image/png", ocr=None)
    assert (result.status, result.method, result.text) == ("no_ocr", "", "")
    assert result.phash is not None and "OCR" in result.reason_en and "OCR" in result.reason_vi


@POSIX
def test_ocr_runs_tesseract_on_a_normalised_png(tmp_path: Path, no_tesseract: Path) -> None:
    """The picture goes in on stdin as a grayscale PNG, doubled when small; one thread; what comes out is the text."""
    seen = tmp_path / "seen.png"
    program = fake_tesseract(tmp_path / "bin", f'cat > "{seen}"\necho "args: $*"\necho "threads: $OMP_THREAD_LIMIT"'
                             '\nprintf "\\f"')
    ocr = Ocr(str(program), version="5.9.1")
    result = extract_text(encode(scene(11, (400, 300))), "image/png", ocr=ocr)
    assert result.status == "done" and result.method == "ocr"
    assert result.text == "args: stdin stdout -l vie+eng --psm 3\nthreads: 1"
    with Image.open(seen) as sent:
        assert (sent.format, sent.mode, sent.size) == ("PNG", "L", (800, 600))
    Ocr(str(program)).read(encode(scene(11, (1200, 1000))))
    with Image.open(seen) as sent:
        assert sent.size == (1200, 1000)  # large enough already


@POSIX
def test_ocr_failure_and_timeout_raise_clear_errors(tmp_path: Path, no_tesseract: Path) -> None:
    data = encode(scene(12, (100, 100)))
    failing = fake_tesseract(tmp_path / "a", 'cat > /dev/null\n'
                             'echo "Error in pixReadStream: unknown format" >&2\nexit 1')
    with pytest.raises(OcrError) as failed:
        Ocr(str(failing)).read(data)
    assert "unknown format" in str(failed.value) and failed.value.code == "ocr_failed" and failed.value.vi
    slow = fake_tesseract(tmp_path / "b", "exec sleep 30")
    with pytest.raises(OcrError) as late:
        Ocr(str(slow), timeout=0.5).read(data)
    assert late.value.code == "ocr_timeout" and "longer than 0.5 seconds" in str(late.value)
    with pytest.raises(OcrError) as missing:
        Ocr(str(tmp_path / "nothing-here")).read(data)
    assert missing.value.code == "ocr_not_started"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Windows and macOS also look where installers put it")
def test_finding_tesseract(tmp_path: Path, no_tesseract: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    status = Ocr.status()
    assert not status.available and Ocr.find() is None
    assert "not installed" in status.reason_en and "Tesseract" in status.reason_vi
    assert "tesseract-ocr-vie" in status.how_to_en and "tesseract-ocr-vie" in status.how_to_vi

    english_only = fake_tesseract(tmp_path / "eng", "exit 0", langs="eng\nosd")
    monkeypatch.setenv("PATH", str(english_only.parent))
    status = Ocr.status()
    assert not status.available and Ocr.find() is None
    assert "without Vietnamese" in status.reason_en and "thiếu tiếng Việt" in status.reason_vi
    assert status.program == str(english_only) and status.how_to_en

    full = fake_tesseract(tmp_path / "vie", "exit 0")
    monkeypatch.setenv(et.ENV_TESSERACT, str(full))  # the setting comes before the PATH
    found = Ocr.find()
    assert found is not None and found.program == str(full) and found.engine == "tesseract 5.9.1 vie+eng"
    assert Ocr.status().available

    not_tesseract = tmp_path / "other" / "tesseract"
    not_tesseract.parent.mkdir()
    not_tesseract.write_text("#!/bin/sh\necho hello\n")
    not_tesseract.chmod(0o755)
    monkeypatch.setenv(et.ENV_TESSERACT, str(not_tesseract))
    monkeypatch.setenv("PATH", str(no_tesseract))
    assert Ocr.find() is None


def _vietnamese_font() -> Path | None:
    candidates = [
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
        Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "arial.ttf",
        Path("/Library/Fonts/Arial Unicode.ttf"),
        Path("/System/Library/Fonts/Supplemental/Arial.ttf"),
    ]
    candidates += sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")) if Path("/usr/share/fonts").is_dir() else []
    return next((path for path in candidates if path.is_file()), None)


@pytest.mark.slow
def test_ocr_reads_a_vietnamese_screenshot() -> None:
    ocr = Ocr.find()
    if ocr is None:
        pytest.skip(Ocr.status().reason_en)
    font_path = _vietnamese_font()
    if font_path is None:
        pytest.skip("no font with Vietnamese letters (DejaVu Sans or Arial) on this computer")
    font = ImageFont.truetype(str(font_path), 40)
    lines = ["Chuyển khoản vào STK 0123456789 Vietcombank,", "Zalo 0912 345 678"]
    im = Image.new("RGB", (1400, 220), "white")
    draw = ImageDraw.Draw(im)
    for n, line in enumerate(lines):
        draw.text((40, 40 + 80 * n), line, fill=(20, 20, 20), font=font)
    data = encode(im)
    result = extract_text(data, "image/png", ocr=ocr)
    assert result.status == "done" and result.method == "ocr", result.reason_en
    assert result.engine.startswith("tesseract ") and result.engine.endswith(" vie+eng")
    assert result.phash == phash(data)
    digits = "".join(ch for ch in result.text if ch.isdigit())
    assert "0123456789" in digits and "0912345678" in digits
    assert "chuyen khoan" in fold(result.text)
    assert "Chuyển" in result.text  # the diacritics themselves, not only the folded letters
