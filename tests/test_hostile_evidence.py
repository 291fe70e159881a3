"""Hostile evidence files: MIME sniffing and the viewers' loaders and panes take truncated, mutated
and random bytes with a clear message, never a crash or a hang; web pages lose everything that
could act. Loaders run on a worker thread with a guard that fails the test if one hangs. Example
counts: ``tests/hostile.py``.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from moderator_app.domain import mime
from moderator_app.store.blobs import BlobStore
from moderator_app.store.queries import EvidenceRow
from moderator_app.ui.evidence.html_pane import (
    DROPPED_TAGS,
    DROPPED_WITH_CONTENT,
    HtmlPane,
    decode_data_url,
    inert_html,
)
from moderator_app.ui.evidence.image_pane import ImagePane
from moderator_app.ui.evidence.loader import Loaded, decode_text, load
from moderator_app.ui.evidence.pdf_pane import PdfPane
from moderator_app.ui.evidence.text_pane import TextPane

from .conftest import DATA
from .hostile import examples

SAMPLES = {p.name: p.read_bytes() for p in (DATA / "evidence").iterdir()}
KNOWN = set(mime.EXTENSIONS.values()) | {mime.OCTET_STREAM}
HANG_GUARD_SECONDS = 60  # far beyond any real load: only a hang reaches it
NAMES = st.one_of(st.text(max_size=40), st.sampled_from(["a.png", "x.PDF", "chat.txt", "page.html", ".jpg", "",
                                                         "con.mp4", "a.b.c.webm", "trailing.", "dấu.png"]))


# --- MIME sniffing ----------------------------------------------------------------------------


@examples(500)
@given(st.binary(max_size=mime.SNIFF_BYTES + 16), NAMES)
@example(b"\xff\xfe", "x.txt")
@example(b"\xff\xfe\x00", "x.txt")
@example(b"\xef\xbb\xbf<!--", "x.html")
@example(b"RIFF\x00\x00\x00\x00WEBP", "x.png")
def test_sniffing_any_bytes_under_any_name_gives_a_known_type(head: bytes, name: str):
    found = mime.detect(head, name)
    assert found.mime in KNOWN
    assert found.claimed is None or found.claimed in KNOWN
    assert mime.family(found.mime) in ("image", "pdf", "text", "html", "video", "audio", "other")


@examples(200)
@given(st.sampled_from(sorted(SAMPLES)), st.integers(0, 10_000))
def test_a_sample_cut_anywhere_is_sniffed_without_error(name: str, cut: int):
    data = SAMPLES[name][:cut]
    assert mime.sniff(data) in KNOWN


# --- web pages --------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


MARKUP = st.lists(st.one_of(
    st.text(max_size=20),
    st.sampled_from(["<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                     "<img src=x onerror=alert(1)>",
                     "<a href='javascript:alert(1)'>x</a>", "<iframe src=https://evil.example></iframe>",
                     "<svg onload=alert(1)><script>x</script></svg>", "<meta http-equiv=refresh content='0;url=x'>",
                     "<base href=https://evil.example/>", "<link rel=stylesheet href=https://evil.example/s.css>",
                     "<form action=https://evil.example><input name=a></form>", "<object data=x.swf></object>",
                     "<div style=\"background:url(https://evil.example/t.png)\">", "<a href=' JaVaScRiPt:x'>y</a>",
                     "<scr<script>ipt>", "</script>", "<!--", "-->", "<![CDATA[", "<p", "\"'>", "<img src=\"data:image/"
                     "png;base64,iVBORw0KGgo=\">", "<title>t</title>", "<style>p{}</style>", "&lt;script&gt;"]),
), max_size=25).map("".join)


@examples(300)
@given(MARKUP)
def test_a_page_keeps_nothing_that_could_act(page: str):
    out = inert_html(page)
    parser = _Tags()
    parser.feed(out)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in DROPPED_WITH_CONTENT and tag not in DROPPED_TAGS
        for name, value in attrs:
            assert not name.startswith("on")
            assert not (value or "").strip().lower().startswith(("javascript:", "vbscript:"))


@examples(200)
@given(st.one_of(st.text(max_size=200).map(lambda t: "data:" + t), st.binary(max_size=200).map(
    lambda b: "data:image/png;base64," + b.hex())))
def test_data_addresses_of_any_shape(url: str):
    decoded = decode_data_url(url)
    assert decoded is None or (isinstance(decoded[0], str) and isinstance(decoded[1], bytes))


@examples(300)
@given(st.binary(max_size=4096))
@example(b"\xff\xfe" + b"\x00\xd8" * 3)
@example(b"\xef\xbb\xbfa\r\nb\rc")
def test_text_of_any_bytes_decodes_with_plain_line_ends(data: bytes):
    text = decode_text(data)
    assert isinstance(text, str) and "\r" not in text


# --- the loaders and panes --------------------------------------------------------------------


def _row(store: BlobStore, data: bytes, mime_type: str, name: str) -> EvidenceRow:
    blob = store.put_bytes(data)
    return EvidenceRow("ev0000000001", "file", name, blob.sha256, blob.size, mime_type, "", "", "m", 0, None, None)


def _load(store: BlobStore, row: EvidenceRow) -> Loaded:
    """``load`` as the viewer runs it: on a worker thread; a hang fails the test."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(load, store, row, 1).result(timeout=HANG_GUARD_SECONDS)


def _pane(kind: str, qtbot: Any) -> Any:
    pane = {"image": ImagePane, "pdf": PdfPane, "text": TextPane, "html": HtmlPane}[kind]()
    qtbot.addWidget(pane)
    return pane


def _show(result: Loaded, qtbot: Any) -> str:
    """What the viewer does with a result: the pane for its family, or the message."""
    assert result.problem is None
    if result.error is not None:
        assert result.error.strip()
        return "message"
    messages: list[str] = []
    pane = _pane(result.family, qtbot)
    pane.message.connect(messages.append)
    try:
        pane.load(result)
    finally:
        pane.message.disconnect(messages.append)
    return "shown"


FAMILY_SAMPLES = {"image": ("livestream-screenshot.png", "image/png"), "pdf": ("product-certificate.pdf",
                  "application/pdf"), "text": ("chat-export.txt", "text/plain"),
                  "html": ("captured-page.html", "text/html")}
HEADERS = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff\xe0", "image/gif": b"GIF89a",
           "image/webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/bmp": b"BM" + b"\x00" * 12 + b"\x28\x00\x00\x00",
           "application/pdf": b"%PDF-1.7\n", "text/plain": b"", "text/html": b"<!doctype html>"}


@examples(40)
@given(st.sampled_from(sorted(HEADERS)), st.binary(max_size=3000))
def test_random_bytes_behind_a_real_header_give_a_message_or_a_view(qtbot, tmp_path_factory, kind: str, tail: bytes):
    store = BlobStore(tmp_path_factory.mktemp("blobs"))
    data = HEADERS[kind] + tail
    result = _load(store, _row(store, data, kind, "file"))
    assert _show(result, qtbot) in ("message", "shown")


@examples(40)
@given(st.sampled_from(sorted(FAMILY_SAMPLES)), st.floats(0.0, 1.0), st.lists(
    st.tuples(st.integers(0, 1 << 24), st.integers(0, 255)), max_size=6))
def test_truncated_and_damaged_samples_give_a_message_or_a_view(qtbot, tmp_path_factory, family: str, keep: float,
                                                                 flips: list[tuple[int, int]]):
    name, mime_type = FAMILY_SAMPLES[family]
    data = bytearray(SAMPLES[name][: max(1, int(len(SAMPLES[name]) * keep))])
    for at, value in flips:
        data[at % len(data)] = value
    store = BlobStore(tmp_path_factory.mktemp("blobs"))
    result = _load(store, _row(store, bytes(data), mime_type, name))
    assert _show(result, qtbot) in ("message", "shown")


def test_a_damaged_blob_is_never_decoded(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs")
    row = _row(store, SAMPLES["livestream-screenshot.png"], "image/png", "x.png")
    store.path_for(row.sha256).write_bytes(b"\x89PNG\r\n\x1a\n changed")
    result = load(store, row, 1)
    assert result.problem == "damaged" and result.image is None


@pytest.mark.parametrize(("kind", "data"), [
    ("image/gif", b"GIF89a" + (60_000).to_bytes(2, "little") * 2 + b"\x00\x00\x00" + b"\x3b"),
    ("image/bmp", b"BM" + b"\x00" * 12 + (40).to_bytes(4, "little") + (50_000).to_bytes(4, "little", signed=True)
     + (50_000).to_bytes(4, "little", signed=True) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
     + b"\x00" * 24),
    ("image/jpeg", bytes.fromhex("ffd8ffc0001108ffffffff03012200021101031101") + b"\xff\xd9"),
], ids=["gif", "bmp", "jpeg"])
def test_bombs_of_every_image_format_are_refused_before_decoding(qtbot, tmp_path: Path, kind: str, data: bytes):
    store = BlobStore(tmp_path / "blobs")
    result = _load(store, _row(store, data, kind, "bomb"))
    assert result.image is None and result.error is not None
    assert _show(result, qtbot) == "message"


def test_hashes_are_checked_before_anything_is_decoded(tmp_path: Path):
    """The loader's first step for every family: the bytes must match their name."""
    store = BlobStore(tmp_path / "blobs")
    for name, data in SAMPLES.items():
        row = _row(store, data, mime.sniff(data), name)
        assert row.sha256 == hashlib.sha256(data).hexdigest()
        assert load(store, row, 1).problem is None
