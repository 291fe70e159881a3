"""Encryption at rest of the evidence store: in an encrypted workspace every evidence file is sealed
(no byte of it in clear on disk), reads back whole through every way out (the viewer's loader,
saving a copy, the evidence pack, the shared folder, a package), a conversion seals the files
already there and finishes at the next start, and a sealed file altered, truncated or swapped
with another reads as damaged."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from moderator_app.services import encryption, evidence, evidence_pack, player_copy
from moderator_app.services.verify import verify
from moderator_app.services.workspace import Workspace
from moderator_app.store import driver
from moderator_app.store import evidence_queries as eq
from moderator_app.store.blobs import (
    HEADER_BYTES,
    SEALED_CHUNK,
    SEALED_MAGIC,
    BlobDamaged,
    BlobStore,
    evidence_key,
)
from moderator_app.sync.package import export_package, import_package

from .sync_support import PASSPHRASE, committee_with_encrypted_chair, encrypt_closed, file_report, propagate

PASS = PASSPHRASE
SECRET = "Ảnh chụp tin nhắn: chuyển khoản vào STK 0123456789 Vietcombank"

pytestmark = pytest.mark.skipif(not driver.available(), reason="sqlcipher3 is not installed")


def _evidence_files(tmp_path: Path) -> list[Path]:
    """A text export with a sentence to look for, and a binary file spanning several chunks."""
    text = tmp_path / "tin-nhan.txt"
    text.write_text(SECRET + "\n" * 3, encoding="utf-8")
    big = tmp_path / "ghi-am.bin"
    pattern = b"LIVESTREAM-AUDIO-" * 1000
    big.write_bytes(pattern * (2 * SEALED_CHUNK // len(pattern) + 7))  # three chunks, the last partial
    return [text, big]



def _in_clear(root: Path, *needles: bytes) -> list[str]:
    """Files of the evidence store holding any of ``needles``."""
    return [p.name for p in (root / "blobs").rglob("*") if p.is_file()
            and any(n in p.read_bytes() for n in needles)]


def _case_with_files(root: Path, tmp_path: Path) -> tuple[str, list[eq.EvidenceItem]]:
    ws = Workspace.open(root, member_name="Chủ tịch Hà")
    try:
        filed = file_report(ws)
        attached = evidence.add_files(ws, filed.ref, _evidence_files(tmp_path))
        items = [evidence.resolve_evidence(ws, i.id) for i in attached.items]
    finally:
        ws.close()
    return filed.ref, items


def test_encrypting_seals_the_files_already_there_and_every_way_out_gives_them_back(tmp_path: Path):
    root = tmp_path / "w"
    ref, items = _case_with_files(root, tmp_path)
    sources = {hashlib.sha256(p.read_bytes()).hexdigest(): p.read_bytes() for p in _evidence_files(tmp_path)}
    assert _in_clear(root, SECRET.encode("utf-8"), b"LIVESTREAM-AUDIO-")  # in clear before
    converted = encrypt_closed(root)
    assert converted.evidence == 2
    assert _in_clear(root, SECRET.encode("utf-8"), b"LIVESTREAM-AUDIO-", b"Vietcombank") == []
    for sha in sources:
        assert (root / "blobs" / sha[:2] / sha).read_bytes().startswith(SEALED_MAGIC)
    assert json.loads((root / "encryption.json").read_text())["evidence"] == "sealed"

    ws = Workspace.open(root)
    try:
        assert verify(ws).ok
        for item in items:
            row = item.row
            assert row.sha256 is not None
            assert evidence.read_verified(ws, row) == sources[row.sha256]
            copy = tmp_path / f"copy-{row.name}"
            evidence.save_copy(ws, row, copy)
            assert copy.read_bytes() == sources[row.sha256]
            assert ws.blobs.size(row.sha256) == len(sources[row.sha256])
        pack = tmp_path / "pack.zip"
        evidence_pack.export_pack(ws, ref, pack)
        with zipfile.ZipFile(pack) as zf:
            inside = {hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist()}
        assert set(sources) <= inside
        # A file added after the conversion is sealed as it is stored.
        later = tmp_path / "sau.txt"
        later.write_text("Bằng chứng thêm: số điện thoại 0912 345 678", encoding="utf-8")
        added = evidence.add_files(ws, ref, [later])
        sha = hashlib.sha256(later.read_bytes()).hexdigest()
        assert ws.blobs.is_sealed(sha) and _in_clear(root, b"0912 345 678") == []
        assert evidence.read_verified(ws, evidence.resolve_evidence(ws, added.items[0].id).row) == later.read_bytes()
    finally:
        ws.close()


def test_sealed_files_reach_plain_members_in_clear_and_come_back_sealed(tmp_path_factory, tmp_path: Path):
    chair, secretary, member = committee_with_encrypted_chair(tmp_path_factory, tmp_path)
    try:
        files = _evidence_files(tmp_path)
        sources = {hashlib.sha256(p.read_bytes()).hexdigest(): p.read_bytes() for p in files}
        filed = file_report(chair.ws)
        evidence.add_files(chair.ws, filed.ref, files[:1])  # the chair's, sealed on its disk
        own_sha = hashlib.sha256(files[0].read_bytes()).hexdigest()
        chair.sync()
        shared = next((chair.view / "devices").rglob(own_sha))
        assert shared.read_bytes() == sources[own_sha]  # the folder's copy is for the other members
        propagate(chair.view, member.view)
        member.sync()
        assert member.ws.blobs.read_verified(own_sha) == sources[own_sha]
        assert not member.ws.blobs.is_sealed(own_sha)  # a plain member keeps it as it is

        theirs = file_report(member.ws, url="https://www.tiktok.com/@denvau/video/2")
        evidence.add_files(member.ws, theirs.ref, files[1:])
        their_sha = hashlib.sha256(files[1].read_bytes()).hexdigest()
        member.sync()
        propagate(member.view, chair.view)
        chair.sync()
        assert chair.ws.blobs.is_sealed(their_sha)  # sealed as it arrives
        assert chair.ws.blobs.read_verified(their_sha) == sources[their_sha]
        assert _in_clear(chair.ws.root, b"LIVESTREAM-AUDIO-", SECRET.encode("utf-8")) == []
        assert verify(chair.ws).ok

        package = tmp_path / "goi.zip"  # a package carries them in clear: the recipient has its own key, or none
        export_package(chair.ws, package)
        with zipfile.ZipFile(package) as zf:
            assert {zf.read(f"blobs/{sha}") for sha in sources} == set(sources.values())
        import_package(secretary.ws, package)
        assert secretary.ws.blobs.read_verified(their_sha) == sources[their_sha]
    finally:
        for m in (chair, secretary, member):
            m.ws.close()


def test_a_conversion_stopped_while_sealing_is_finished_at_the_next_start(tmp_path: Path):
    root = tmp_path / "w"
    _case_with_files(root, tmp_path)
    keep = {p.relative_to(root): p.read_bytes() for p in (root / "blobs").rglob("*") if p.is_file()}
    encrypt_closed(root)
    # As if the process stopped after the databases, before the evidence: the files in clear, and
    # encryption.json as a workspace encrypted before evidence was sealed has it (no "evidence").
    for rel, data in keep.items():
        (root / rel).write_bytes(data)
    marker = json.loads((root / "encryption.json").read_text())
    del marker["evidence"]
    (root / "encryption.json").write_text(json.dumps(marker))
    driver.forget(root)
    encryption.unlock(root, PASS)
    ws = Workspace.open(root)
    try:
        assert _in_clear(root, SECRET.encode("utf-8"), b"LIVESTREAM-AUDIO-") == []
        assert verify(ws).ok
    finally:
        ws.close()
    assert json.loads((root / "encryption.json").read_text())["evidence"] == "sealed"


def test_a_sealed_file_altered_cut_or_swapped_reads_as_damaged(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs", evidence_key(os.urandom(32)))
    data = os.urandom(3 * SEALED_CHUNK + 11)
    sha = store.put_bytes(data).sha256
    other = store.put_bytes(b"another file").sha256
    path = store.path_for(sha)
    sealed = path.read_bytes()
    assert data[:64] not in sealed and len(sealed) > len(data)
    with store.open(sha) as fh:  # readable from any offset, as the player seeks
        fh.seek(2 * SEALED_CHUNK - 5)
        assert fh.read(10) == data[2 * SEALED_CHUNK - 5:2 * SEALED_CHUNK + 5]
    assert store.check(sha) is None and store.read_verified(sha) == data

    flipped = bytearray(sealed)
    flipped[HEADER_BYTES + 40] ^= 0x01
    path.write_bytes(bytes(flipped))
    assert store.check(sha) == "damaged"
    path.write_bytes(sealed[:HEADER_BYTES + 3 * (SEALED_CHUNK + 28)])  # the last chunk dropped
    assert store.check(sha) == "damaged"
    shutil.copyfile(store.path_for(other), path)  # another sealed file under this name
    assert store.check(sha) == "damaged"
    with pytest.raises(BlobDamaged):
        store.open(sha).read()
    path.write_bytes(sealed)
    assert store.check(sha) is None
    assert BlobStore(store.root, evidence_key(os.urandom(32))).check(sha) == "damaged"  # another key


def test_a_damaged_sealed_file_is_refused_by_name_everywhere(tmp_path: Path):
    root = tmp_path / "w"
    ref, items = _case_with_files(root, tmp_path)
    encrypt_closed(root)
    row = items[1].row
    assert row.sha256 is not None
    path = root / "blobs" / row.sha256[:2] / row.sha256
    damaged = bytearray(path.read_bytes())
    damaged[-5] ^= 0xFF
    path.write_bytes(bytes(damaged))
    ws = Workspace.open(root)
    try:
        report = verify(ws)
        assert not report.ok and any(row.sha256 in p for p in report.problems)
        with pytest.raises(evidence.IntegrityError) as read:
            evidence.read_verified(ws, row)
        assert read.value.problem == "damaged"
        with pytest.raises(evidence.IntegrityError):
            evidence.save_copy(ws, row, tmp_path / "copy.bin")
        assert not (tmp_path / "copy.bin").exists()
        with pytest.raises(evidence.IntegrityError):
            evidence_pack.export_pack(ws, ref, tmp_path / "pack.zip")
        assert not (tmp_path / "pack.zip").exists()
        assert player_copy.read_head(ws, row)  # the first part still opens: only the last is damaged
        # A good copy in clear put back by hand (from the shared folder): verify seals it.
        (tmp_path / "again").mkdir()
        path.write_bytes(_evidence_files(tmp_path / "again")[1].read_bytes())
        report = verify(ws)
        assert report.ok and report.checked["blobs_sealed"] == 1 and ws.blobs.is_sealed(row.sha256)
        assert verify(ws).checked.get("blobs_sealed") is None
    finally:
        ws.close()


def test_the_sealed_reader_reads_a_stream_of_odd_sized_reads(tmp_path: Path):
    class Trickle(io.RawIOBase):
        """A source that hands over a few bytes at a time (a pipe)."""

        def __init__(self, data: bytes) -> None:
            self.data, self.pos = data, 0

        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
            n = min(len(b), 7919, len(self.data) - self.pos)
            b[:n] = self.data[self.pos:self.pos + n]
            self.pos += n
            return n

    data = os.urandom(SEALED_CHUNK * 2)
    store = BlobStore(tmp_path / "blobs", evidence_key(os.urandom(32)))
    stored = store.put_stream(Trickle(data))  # type: ignore[arg-type]
    assert stored.size == len(data) and store.read_verified(stored.sha256) == data
    assert store.size(stored.sha256) == len(data)
