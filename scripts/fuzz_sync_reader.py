"""Coverage-guided fuzzing of the shared folder's file reader with atheris (optional).

The test suite fuzzes the bundle reader and the root file with Hypothesis (``tests/test_hostile_bundles.py``); this
harness runs libFuzzer's coverage-guided search for as long as you let it, starting from a real
signed bundle. Any exception other than the reader's own ``Incomplete``/``Refused`` is a finding.

    pip install atheris            # not a dependency of the application or of the tests
    python scripts/fuzz_sync_reader.py -max_total_time=600 [corpus_dir]
"""

from __future__ import annotations

import io
import sys
from contextlib import suppress
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    from moderator_app.sync.bundle import BundleFile
    from moderator_app.sync.errors import FolderError, Incomplete, Refused
    from moderator_app.sync.root import parse_root


def _seed() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from moderator_app.store.events import Event
    from moderator_app.sync.bundle import write_bundle

    ev = Event("abcdefgh23", 1, 1 << 40, "member0000aa", "note.added", "note00000001", None,
               {"body": "Ghi chú", "evidence": {"sha256": "0" * 64}}).sealed()
    out = io.BytesIO()
    write_bundle(out, [ev], committee_id="committee001", prev_bundle=None, deps={}, blobs={},
                 key=Ed25519PrivateKey.generate())
    return out.getvalue()


def test_one(data: bytes) -> None:
    # Incomplete and Refused are the two answers a bundle reader may give.
    with suppress(Incomplete, Refused), BundleFile(io.BytesIO(data)) as bf:
        bf.signed_by("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        bf.events()
    with suppress(FolderError):  # the one answer of the root reader
        parse_root(data, "committee.json")


def main() -> None:
    corpus = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if corpus:
        folder = Path(corpus[0])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "seed-bundle.zip").write_bytes(_seed())
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
