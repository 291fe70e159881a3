"""Bundle files: a contiguous run of one device's events, with a signed manifest.

A bundle is a zip with three members, read by name:

* ``manifest.json``: canonical JSON naming the committee, the device, the sequence range, the
  hash chain (previous bundle, hashes of the events before and at the end), the dependency
  vector (what the author had applied from every other device), the evidence blobs the events
  reference, and the SHA-256 and size of ``events.jsonl``;
* ``manifest.sig``: the device's Ed25519 signature over the exact bytes of ``manifest.json``;
* ``events.jsonl``: one event per line, in the wire form of ``Event.to_wire``.

The bundle id is the SHA-256 of ``manifest.json``. Bundles are written deterministically (fixed
member dates, fixed order), so writing the same events twice gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from moderator_app.store.blobs import SHA256_HEX
from moderator_app.store.events import Event, canonical_json
from moderator_app.store.projection.schema import VOCABULARY

from . import signing, untrusted
from .errors import Refused
from .layout import DEVICE_ID, SHA256
from .zipsafe import Limits, open_zip, read_member

FORMAT = 1
READER_VERSION = 1  # the highest ``min_reader`` this version can read
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
EVENTS = "events.jsonl"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
MAX_EVENTS = 1_000_000
MAX_MANIFEST = 16 * 1024 * 1024
MAX_SIGNATURE = 4096
MAX_EVENTS_BYTES = 2 * 1024 * 1024 * 1024
MAX_EVENT_LINE = 32 * 1024 * 1024
LIMITS = Limits(max_members=16, max_member_size=MAX_EVENTS_BYTES, max_total_size=MAX_EVENTS_BYTES + MAX_MANIFEST,
                max_ratio=200)


def referenced_blobs(events: Iterable[Event]) -> set[str]:
    """Every SHA-256 an event's payload names under a ``sha256`` key, at any depth."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "sha256" and isinstance(item, str) and len(item) == SHA256_HEX and SHA256.match(item):
                    found.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for ev in events:
        walk(ev.payload)
    return found


@dataclass(frozen=True, slots=True)
class Manifest:
    """The parsed, shape-checked manifest of a bundle (not yet trusted: check the signature)."""

    data: dict[str, Any]
    raw: bytes

    @property
    def bundle_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def committee(self) -> str:
        return str(self.data["committee"])

    @property
    def device(self) -> str:
        return str(self.data["device"])

    @property
    def first_seq(self) -> int:
        return int(self.data["first_seq"])

    @property
    def last_seq(self) -> int:
        return int(self.data["last_seq"])

    @property
    def prev_bundle(self) -> str | None:
        value = self.data["prev_bundle"]
        return None if value is None else str(value)

    @property
    def prev_event_hash(self) -> str:
        return str(self.data["prev_event_hash"])

    @property
    def last_event_hash(self) -> str:
        return str(self.data["last_event_hash"])

    @property
    def deps(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.data["deps"].items()}

    @property
    def blobs(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.data["blobs"].items()}

    @property
    def min_hlc(self) -> int:
        return int(self.data["hlc"]["min"])

    @property
    def max_hlc(self) -> int:
        return int(self.data["hlc"]["max"])

    @property
    def min_reader(self) -> int:
        return int(self.data["min_reader"])

    @property
    def vocabulary(self) -> int:
        """The event vocabulary of the version that wrote it (``schema.VOCABULARY``; 1 if unsaid)."""
        return int(self.data.get("vocabulary", 1))


def _is_int(value: Any) -> bool:
    """A whole number a SQLite column holds (a signed file may say 10**100)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**62) < value < 2**62


def parse_manifest(raw: bytes) -> Manifest:
    """Check the manifest's shape; ``Refused`` says what is wrong."""
    try:
        data = untrusted.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Refused("the manifest is not valid JSON", vi="bản kê khai của gói không phải JSON hợp lệ",
                      code="manifest_not_json") from None
    if not isinstance(data, dict):
        raise Refused("the manifest is not a JSON object", vi="bản kê khai của gói không phải một đối tượng JSON",
                      code="manifest_not_object")
    problems = []
    if data.get("kind") != "bundle":
        problems.append("kind")
    for key in ("format", "min_reader", "first_seq", "last_seq"):
        if not _is_int(data.get(key)) or data[key] < 1:
            problems.append(key)
    if "vocabulary" in data and (not _is_int(data["vocabulary"]) or not 1 <= data["vocabulary"] < 2**31):
        problems.append("vocabulary")
    for key in ("committee", "device", "prev_event_hash", "last_event_hash"):
        if not isinstance(data.get(key), str):
            problems.append(key)
    if not problems:
        if not DEVICE_ID.match(data["device"]):
            problems.append("device")
        if data["last_seq"] < data["first_seq"] or data["last_seq"] - data["first_seq"] >= MAX_EVENTS:
            problems.append("sequence range")
        if not (data.get("prev_bundle") is None or (isinstance(data["prev_bundle"], str)
                                                    and SHA256.match(data["prev_bundle"]))):
            problems.append("prev_bundle")
    deps = data.get("deps")
    if not isinstance(deps, dict) or not all(isinstance(k, str) and DEVICE_ID.match(k) and _is_int(v) and v >= 0
                                             for k, v in deps.items()):
        problems.append("deps")
    blobs = data.get("blobs")
    if not isinstance(blobs, dict) or not all(isinstance(k, str) and SHA256.match(k) and _is_int(v) and v >= 0
                                              for k, v in blobs.items()):
        problems.append("blobs")
    hlc = data.get("hlc")
    if not isinstance(hlc, dict) or not _is_int(hlc.get("min")) or not _is_int(hlc.get("max")):
        problems.append("hlc")
    files = data.get("files")
    entry = files.get(EVENTS) if isinstance(files, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str) or not _is_int(entry.get("size")):
        problems.append("files")
    counts = data.get("counts")
    if not isinstance(counts, dict) or not _is_int(counts.get("events")):
        problems.append("counts")
    if problems:
        listed = ", ".join(problems)
        raise Refused(f"the manifest is not valid ({listed})", vi=f"bản kê khai của gói không hợp lệ ({listed})",
                      code="manifest_invalid")
    if data["counts"]["events"] != data["last_seq"] - data["first_seq"] + 1:
        raise Refused("the manifest's event count does not match its sequence range",
                      vi="số sự kiện trong bản kê khai không khớp với dãy số thứ tự của nó",
                      code="manifest_count_mismatch")
    return Manifest(data, raw)


# --- writing -------------------------------------------------------------------------------


def _member(zf: zipfile.ZipFile, name: str, data: bytes, compress: bool) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def write_bundle(
    out: BinaryIO,
    events: list[Event],
    *,
    committee_id: str,
    prev_bundle: str | None,
    deps: dict[str, int],
    blobs: dict[str, int],
    key: Ed25519PrivateKey,
) -> Manifest:
    """Write one bundle of ``events`` (one device's, contiguous) to ``out``; return its manifest."""
    assert events, "a bundle holds at least one event"
    device = events[0].device_id
    body = io.BytesIO()
    for ev in events:
        body.write(canonical_json(ev.to_wire()).encode("utf-8"))
        body.write(b"\n")
    events_bytes = body.getvalue()
    manifest = {
        "format": FORMAT,
        "min_reader": 1,
        "vocabulary": VOCABULARY,
        "kind": "bundle",
        "committee": committee_id,
        "device": device,
        "first_seq": events[0].seq,
        "last_seq": events[-1].seq,
        "prev_bundle": prev_bundle,
        "prev_event_hash": events[0].prev_hash,
        "last_event_hash": events[-1].hash,
        "deps": dict(sorted(deps.items())),
        "hlc": {"min": min(e.hlc for e in events), "max": max(e.hlc for e in events)},
        "counts": {"events": len(events), "blobs": len(blobs)},
        "files": {EVENTS: {"sha256": hashlib.sha256(events_bytes).hexdigest(), "size": len(events_bytes)}},
        "blobs": dict(sorted(blobs.items())),
    }
    raw = canonical_json(manifest).encode("utf-8")
    with zipfile.ZipFile(out, "w") as zf:
        _member(zf, MANIFEST, raw, compress=False)
        _member(zf, SIGNATURE, signing.sign(key, raw).encode("ascii"), compress=False)
        _member(zf, EVENTS, events_bytes, compress=True)
    return Manifest(manifest, raw)


# --- reading -------------------------------------------------------------------------------


class BundleFile:
    """An opened bundle: the manifest is read at once, the events when asked for."""

    def __init__(self, source: Path | BinaryIO) -> None:
        self.zf = open_zip(source, LIMITS)
        try:
            self.manifest = parse_manifest(read_member(self.zf, MANIFEST, MAX_MANIFEST))
            self.signature = read_member(self.zf, SIGNATURE, MAX_SIGNATURE).decode("ascii", "replace").strip()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        fp = self.zf.fp
        self.zf.close()
        if fp is not None:
            fp.close()

    def __enter__(self) -> BundleFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def signed_by(self, public_key_b64: str) -> bool:
        return signing.verify(public_key_b64, self.manifest.raw, self.signature)

    def events(self) -> list[Event]:
        """The events, checked against the manifest: size and hash of the file, then each event's
        device, sequence number, hash, and the chain from ``prev_event_hash`` to ``last_event_hash``."""
        return [ev for ev, _ in self.events_with_payloads()]

    def events_with_payloads(self) -> list[tuple[Event, str]]:
        """``events()`` with each payload's canonical JSON (computed once, stored as is)."""
        m = self.manifest
        entry = m.data["files"][EVENTS]
        data = read_member(self.zf, EVENTS, min(int(entry["size"]), MAX_EVENTS_BYTES))
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise Refused("the events do not match the signed manifest (the file was changed)",
                          vi="các sự kiện không khớp với bản kê khai đã ký (tệp đã bị sửa đổi)",
                          code="events_do_not_match_manifest")
        events = []
        prev = m.prev_event_hash
        expected = m.first_seq
        for number, line in enumerate(data.splitlines(), start=1):
            if len(line) > MAX_EVENT_LINE:
                raise Refused(f"event line {number} is too long", vi=f"dòng sự kiện {number} quá dài",
                              code="event_line_too_long")
            try:
                ev = Event.from_wire(untrusted.loads(line))
            except (ValueError, KeyError, TypeError, OverflowError, UnicodeDecodeError):
                raise Refused(f"event line {number} is not a valid event",
                              vi=f"dòng sự kiện {number} không phải một sự kiện hợp lệ",
                              code="event_line_invalid") from None
            if ev.device_id != m.device:
                raise Refused(f"event {ev.id} belongs to another device than the bundle's ({m.device})",
                              vi=f"sự kiện {ev.id} thuộc một thiết bị khác với thiết bị của gói ({m.device})",
                              code="event_of_another_device")
            if ev.seq != expected:
                raise Refused(f"event {ev.id} is out of sequence (expected {m.device}.{expected})",
                              vi=f"sự kiện {ev.id} sai thứ tự (phải là {m.device}.{expected})",
                              code="event_out_of_sequence")
            if not m.min_hlc <= ev.hlc <= m.max_hlc:
                raise Refused(f"event {ev.id} is dated outside the range its signed manifest gives",
                              vi=f"sự kiện {ev.id} mang thời điểm nằm ngoài khoảng mà bản kê khai đã ký cho phép",
                              code="event_dated_outside_manifest")
            payload_json = canonical_json(ev.payload)
            if ev.prev_hash != prev or ev.compute_hash(payload_json) != ev.hash:
                raise Refused(f"event {ev.id} does not match its hash chain (the file was changed)",
                              vi=f"sự kiện {ev.id} không khớp với chuỗi mã băm (tệp đã bị sửa đổi)",
                              code="event_hash_chain_broken")
            prev = ev.hash
            expected += 1
            events.append((ev, payload_json))
        if expected != m.last_seq + 1 or prev != m.last_event_hash:
            raise Refused("the events do not match the sequence range and hashes of the manifest",
                          vi="các sự kiện không khớp với dãy số thứ tự và mã băm trong bản kê khai",
                          code="events_do_not_match_sequence")
        return events
