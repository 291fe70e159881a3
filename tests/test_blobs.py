from __future__ import annotations

import io
from pathlib import Path

import pytest

from moderator_app.store.blobs import BlobError, BlobStore


def test_same_bytes_are_stored_once_and_read_back_verified(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs")
    first = store.put_bytes(b"evidence")
    again = store.put_stream(io.BytesIO(b"evidence"))
    assert first.sha256 == again.sha256 and not first.existed and again.existed
    assert store.read_verified(first.sha256) == b"evidence"
    assert list(store) == [first.sha256]
    assert not list((tmp_path / "blobs").glob(".incoming-*"))


def test_damage_and_loss_are_detected(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs")
    blob = store.put_bytes(b"screenshot bytes")
    store.path_for(blob.sha256).write_bytes(b"tampered")
    assert store.check(blob.sha256) == "damaged"
    with pytest.raises(BlobError, match="damaged"):
        store.read_verified(blob.sha256)
    store.path_for(blob.sha256).unlink()
    assert store.check(blob.sha256) == "missing"


def test_a_size_limit_stores_nothing(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(BlobError, match="larger than the limit"):
        store.put_stream(io.BytesIO(b"x" * 100), limit=10)
    assert list(store) == [] and not list((tmp_path / "blobs").glob(".incoming-*"))
