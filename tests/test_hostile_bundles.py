"""Hostile files for the bundle reader: arbitrary bytes, mutated real bundles, zip bombs, absurd
member counts, names and sizes, deep JSON. The reader only ever answers "incomplete" or
"refused" (with a reason) or reads the bundle; a changed bundle never reads as signed with other
events than its author signed. Example counts: ``tests/hostile.py``.
"""

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import example, given
from hypothesis import strategies as st

from moderator_app.domain.errors import UserError
from moderator_app.store.events import Event
from moderator_app.sync import untrusted
from moderator_app.sync.bundle import LIMITS, BundleFile, write_bundle
from moderator_app.sync.errors import FolderError, Incomplete, Refused
from moderator_app.sync.joins import read_request
from moderator_app.sync.root import parse_root
from moderator_app.sync.zipsafe import Limits, iter_member, open_zip, read_member, safe_name

from .hostile import examples

KEY = Ed25519PrivateKey.generate()
PUBLIC = base64.b64encode(KEY.public_key().public_bytes_raw()).decode("ascii")
DEVICE = "abcdefgh23"
SHA = "0" * 63 + "1"
HANG_GUARD_SECONDS = 60  # far beyond any real read: only a hang reaches it


def _events(n: int = 5) -> list[Event]:
    out, prev = [], "0" * 64
    for seq in range(1, n + 1):
        ev = Event(DEVICE, seq, (1_700_000_000_000 + seq) << 16, "member0000aa", "note.added", f"note{seq:08d}",
                   "case00000001", {"body": f"Ghi chú {seq} — lừa đảo", "evidence": {"sha256": SHA}},
                   prev).sealed()
        out.append(ev)
        prev = ev.hash
    return out


EVENTS = _events()


def _bundle(events: list[Event] = EVENTS) -> bytes:
    out = io.BytesIO()
    write_bundle(out, events, committee_id="committee001", prev_bundle=None, deps={}, blobs={SHA: 10}, key=KEY)
    return out.getvalue()


GOOD = _bundle()


def _read(data: bytes) -> tuple[str, Any]:
    """What the reader makes of ``data``: ("incomplete"|"refused", reason) or ("read", (signed, events))."""
    try:
        with BundleFile(io.BytesIO(data)) as bf:
            signed = bf.signed_by(PUBLIC)
            return "read", (signed, bf.events(), bf.manifest.raw)
    except Incomplete as exc:
        return "incomplete", str(exc)
    except Refused as exc:
        assert str(exc), "a refusal says why"
        return "refused", str(exc)


def _guarded(fn: Any, *args: Any) -> Any:
    """Run ``fn`` in a worker and wait at most HANG_GUARD_SECONDS: a hang fails the test."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args).result(timeout=HANG_GUARD_SECONDS)


def test_the_good_bundle_reads_back():
    kind, (signed, events, _raw) = _read(GOOD)
    assert kind == "read" and signed and events == EVENTS


@examples(150)
@given(st.binary(max_size=4096))
@example(b"")
@example(b"PK\x05\x06" + b"\x00" * 18)
@example(b"PK\x03\x04" + b"\xff" * 100)
def test_arbitrary_bytes_are_refused_or_incomplete(data: bytes):
    kind, _ = _guarded(_read, data)
    assert kind in ("incomplete", "refused")


def _mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    out = bytearray(data)
    for what, position, value in edits:
        if not out:
            break
        at = position % len(out)
        if what == 0:
            out[at] = value
        elif what == 1:
            out[at:at] = bytes([value]) * (value % 7 + 1)
        elif what == 2:
            del out[at:at + value % 9 + 1]
        else:
            del out[at:]
    return bytes(out)


EDITS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=4)


@examples(200)
@given(EDITS)
def test_a_changed_bundle_never_reads_as_signed_with_other_events(edits: list[tuple[int, int, int]]):
    data = _mutate(GOOD, edits)
    kind, outcome = _guarded(_read, data)
    if kind == "read":
        signed, events, raw = outcome
        if signed:
            # Only bytes nobody signed changed (zip bookkeeping): the meaning is the same.
            assert raw == _read(GOOD)[1][2] and events == EVENTS


def _zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as zf:
        for name, content in entries:
            zf.writestr(name, content)
    return out.getvalue()


def _patch_central_sizes(data: bytes, name: str, file_size: int) -> bytes:
    """Make the central directory claim another uncompressed size for ``name``."""
    out = bytearray(data)
    encoded = name.encode()
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if bytes(out[at + 46:at + 46 + name_len]) == encoded:
            struct.pack_into("<I", out, at + 24, file_size)
            return bytes(out)
        at = out.find(b"PK\x01\x02", at + 4)
    raise AssertionError(name)


MANIFEST_OK = (b'{"kind":"bundle"}')


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize(("data", "words"), [
    (_zip([(f"m{i}", b"x") for i in range(LIMITS.max_members + 1)]), "files; at most"),
    (_zip([("manifest.json", MANIFEST_OK), ("a" * 300, b"x")]), "unsafe name"),
    (_zip([("manifest.json", MANIFEST_OK), ("files\\..\\evil", b"x")]), "unsafe name"),
    (_zip([("manifest.json", MANIFEST_OK), ("C:/evil", b"x")]), "unsafe name"),
    (_zip([("manifest.json", MANIFEST_OK), ("bad\x01name", b"x")]), "unsafe name"),
    (_zip([("manifest.json", MANIFEST_OK), ("./manifest.json", b"x")]), "unsafe name"),
    (_zip([("manifest.json", b"\0" * (8 * 1024 * 1024))]), "zip bomb"),
    (_patch_central_sizes(_zip([("manifest.json", b"{}"), ("events.jsonl", b"x")]), "events.jsonl", 0xFFFFFFF0),
     "bytes; at most"),
    (_zip([("manifest.json", b"{}")], zipfile.ZIP_BZIP2), "unsupported compression"),
    (_zip([("manifest.json", b"{}")], zipfile.ZIP_LZMA), "unsupported compression"),
    (_zip([("manifest.json", b"[" * 100_000 + b"]" * 100_000), ("manifest.sig", b"x")]), "not valid JSON"),
    (_zip([("manifest.json", b'{"format": NaN}'), ("manifest.sig", b"x")]), "not valid JSON"),
    (_zip([("manifest.json", b"\xff\xfe{}"), ("manifest.sig", b"x")]), "not valid JSON"),
    (_zip([("manifest.sig", b"x")]), "has no manifest.json"),
    (_zip([("inner.zip", GOOD)]), "has no manifest.json"),
], ids=["too-many-members", "long-name", "backslash", "drive", "control-char", "dot-part", "ratio-bomb",
        "declared-4gb", "bzip2", "lzma", "deep-json", "nan", "utf16-manifest", "no-manifest", "nested-zip"])
def test_absurd_archives_are_refused_with_a_reason(data: bytes, words: str):
    kind, reason = _guarded(_read, data)
    assert kind == "refused" and words in reason


def test_a_member_that_holds_more_than_it_declares_is_refused():
    data = _patch_central_sizes(_zip([("manifest.json", b"{}" + b" " * 5000)], zipfile.ZIP_STORED),
                                "manifest.json", 10)
    with pytest.raises(Refused), open_zip(io.BytesIO(data), LIMITS) as zf:
        read_member(zf, "manifest.json", 1_000_000)


def test_a_bomb_inside_the_limits_is_cut_at_the_limit():
    bomb = zlib.compress(b"\0" * (5 * 1024 * 1024))
    assert len(bomb) < 10_000
    data = _zip([("events.jsonl", b"\0" * (5 * 1024 * 1024))])
    limits = Limits(max_members=4, max_member_size=1024 * 1024, max_total_size=1024 * 1024)
    with pytest.raises(Refused, match="at most"):
        open_zip(io.BytesIO(data), limits)
    roomy = Limits(max_members=4, max_member_size=64 * 1024 * 1024, max_total_size=64 * 1024 * 1024,
                   max_ratio=10_000)
    with open_zip(io.BytesIO(data), roomy) as zf, pytest.raises(Refused, match="at most"):
        for _ in iter_member(zf, "events.jsonl", 1024 * 1024):
            pass


def test_deep_or_odd_json_in_signed_events_is_refused_not_a_crash():
    """A member with a valid key can still write garbage; readers refuse it."""
    for line in (b"[" * 50_000 + b"]" * 50_000, b'{"seq": Infinity}', b"[1, 2]", b'"text"', b"null",
                 b'{"device": "abcdefgh23", "seq": 1e400}'):
        body = line + b"\n"
        good = _read(GOOD)[1][2]
        import hashlib
        import json

        manifest = json.loads(good)
        manifest["files"]["events.jsonl"] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        manifest["first_seq"] = manifest["last_seq"] = 1
        manifest["counts"]["events"] = 1
        raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("manifest.json", raw)
            zf.writestr("manifest.sig", base64.b64encode(KEY.sign(raw)))
            zf.writestr("events.jsonl", body)
        kind, reason = _guarded(_read, out.getvalue())
        assert kind == "refused" and "event line 1" in reason, (line[:20], reason)


@examples(100)
@given(st.text(max_size=300))
@example("a/../b")
@example("/etc/passwd")
@example("C:\\x")
def test_safe_names_are_relative_and_plain(name: str):
    if safe_name(name):
        parts = name.split("/")
        assert not name.startswith("/") and ".." not in parts and "" not in parts and "\\" not in name


@examples(100)
@given(st.one_of(st.binary(max_size=2048), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30).map(lambda v: __import__("json").dumps(v).encode())))
def test_root_files_and_join_requests_of_any_content(tmp_path_factory, data: bytes):
    with pytest.raises(FolderError):
        parse_root(data, "committee.json")
    path = tmp_path_factory.mktemp("join") / "join-request.json"
    path.write_bytes(data)
    assert read_request(path, DEVICE) is None


@examples(60)
@given(st.one_of(st.binary(max_size=4096), EDITS.map(lambda e: _mutate(_zip([
    ("package.json", b'{"format": 1, "kind": "package", "committee": "x", "bundles": [], "blobs": []}'),
    ("committee.json", b"{}"), (f"bundles/{DEVICE}/0000000001-0000000005.zip", GOOD)], zipfile.ZIP_STORED), e))))
def test_a_package_of_any_content_is_a_clear_error(tmp_path_factory, data: bytes):
    from moderator_app.services.workspace import Workspace
    from moderator_app.sync.package import import_package

    home = tmp_path_factory.mktemp("pkg")
    ws = Workspace.open(home / "ws")
    try:
        ws.set_local_state("committee_root", _ROOT_TEXT)
        path = home / "incoming.zip"
        path.write_bytes(data)
        try:
            report = _guarded(import_package, ws, path)
        except UserError as exc:
            assert str(exc)
        else:
            assert report.applied == []
    finally:
        ws.close()


def _root_text() -> str:
    from moderator_app.sync.root import make_root

    root = make_root("committee001", "Ban tự giám sát", "member0000aa", DEVICE, PUBLIC, KEY)
    return root.to_file().decode("utf-8")


_ROOT_TEXT = _root_text()


@examples(100)
@given(st.recursive(st.none() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=40))
def test_the_untrusted_json_depth_is_measured_without_recursion(value: Any):
    import json

    text = json.dumps(value)
    assert untrusted.loads(text) == value or untrusted.depth(value) > untrusted.MAX_DEPTH
    assert untrusted.depth([value]) == untrusted.depth(value) + 1


def test_a_file_in_the_folder_named_like_a_bundle(tmp_path: Path):
    """Bytes of every kind at a bundle's path: only ever skipped or refused."""
    for data in (b"", b"not a zip", GOOD[: len(GOOD) // 2], GOOD + b"trailing", b"PK\x05\x06" + b"\0" * 18):
        kind, _ = _read(data)
        assert kind in ("incomplete", "refused", "read")
