"""Bad files in the shared folder: each is rejected (or skipped) with its file and reason, the
store is unchanged by it, and the rest of the round is applied."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from moderator_app.services import committee as roster
from moderator_app.store.database import raw_connection
from moderator_app.store.events import Event
from moderator_app.sync.bundle import write_bundle
from moderator_app.sync.layout import bundle_name, bundles_dir

from .sync_support import Member, close_all, committee_copy, file_report, propagate, store_state


@pytest.fixture
def trio(tmp_path: Path, tmp_path_factory):
    """The member is the one reading; the secretary always has a good bundle in the same round."""
    members = committee_copy(tmp_path_factory, tmp_path)
    chair, secretary, _ = members
    file_report(chair.ws)
    chair.sync()
    file_report(secretary.ws, "Sơn Tùng", "https://facebook.com/st/1")
    secretary.sync()
    yield members
    close_all(members)


def _chair_bundle(chair: Member) -> Path:
    return sorted(bundles_dir(chair.view, chair.device).glob("*.zip"))[-1]


def _place(member: Member, device: str, name: str, data: bytes) -> str:
    target = bundles_dir(member.view, device) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return f"devices/{device}/bundles/{name}"


def _round_with_a_bad_file(trio: list[Member], bad: bytes, device: str | None = None, name: str | None = None):
    """Give the member everything but the chair's latest bundle, then ``bad`` in its place."""
    chair, secretary, member = trio
    good = _chair_bundle(chair)
    propagate(secretary.view, member.view)
    for path in sorted(bundles_dir(chair.view, chair.device).glob("*.zip")):
        if path != good or (device is not None and device != chair.device):
            _place(member, chair.device, path.name, path.read_bytes())
    rel = _place(member, device or chair.device, name or good.name, bad)
    before = store_state(member.ws)
    report = member.sync()
    return rel, before, report


def _member_data_offset(data: bytes, name: str) -> tuple[int, int]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    start = info.header_offset
    name_len = int.from_bytes(data[start + 26:start + 28], "little")
    extra_len = int.from_bytes(data[start + 28:start + 30], "little")
    offset = start + 30 + name_len + extra_len
    return offset, info.compress_size


def _assert_refused_but_round_went_on(trio, rel, before, report, words: str, chair_events_expected: bool = False):
    chair, secretary, member = trio
    assert [p.file for p in report.rejected] == [rel], report
    assert words in report.rejected[0].reason
    assert secretary.device in {a.device for a in report.applied}  # the rest of the round
    events, _ = store_state(member.ws)
    assert not any(e[0].startswith(chair.device + ".") and e not in before[0] for e in events)
    quarantine = member.ws.root / "sync" / "quarantine"
    assert any(p.suffix == ".txt" and words in p.read_text("utf-8") for p in quarantine.iterdir())


def test_one_byte_changed_in_the_events(trio):
    data = bytearray(_chair_bundle(trio[0]).read_bytes())
    offset, size = _member_data_offset(bytes(data), "events.jsonl")
    data[offset + size // 2] ^= 0x01
    rel, before, report = _round_with_a_bad_file(trio, bytes(data))
    _assert_refused_but_round_went_on(trio, rel, before, report, "damaged")
    # Judged once: the next round does not read the file again, but keeps it in sight.
    copies = sorted((trio[2].ws.root / "sync" / "quarantine").iterdir())
    again = trio[2].sync()
    assert [p.file for p in again.rejected] == [rel] and again.rejected_before == [rel]
    assert again.rejected[0].reason == report.rejected[0].reason
    assert sorted((trio[2].ws.root / "sync" / "quarantine").iterdir()) == copies


def test_one_byte_changed_in_the_manifest(trio):
    data = bytearray(_chair_bundle(trio[0]).read_bytes())
    offset, size = _member_data_offset(bytes(data), "manifest.json")
    text = bytes(data[offset:offset + size])
    pos = text.index(b'"first_seq":') + len(b'"first_seq":')
    data[offset + pos] = ord("9") if data[offset + pos] != ord("9") else ord("8")
    # The CRC would notice too; recompute it so the signature is what catches the change.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        members = {i.filename: zf.open(i).read() if i.filename != "manifest.json" else None for i in zf.infolist()}
    members["manifest.json"] = bytes(data[offset:offset + size])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    rel, before, report = _round_with_a_bad_file(trio, out.getvalue())
    assert [p.file for p in report.rejected] == [rel]
    assert any(w in report.rejected[0].reason for w in ("signature", "sequence", "manifest"))
    assert trio[1].device in {a.device for a in report.applied}
    chair_events = [e for e in store_state(trio[2].ws)[0] if e[0].startswith(trio[0].device + ".")]
    assert chair_events == [e for e in before[0] if e[0].startswith(trio[0].device + ".")]


def test_an_unknown_signer(trio):
    chair, _, member = trio
    key = Ed25519PrivateKey.generate()
    device = "zzzzzzzzzz"
    ev = Event(device, 1, 1 << 40, "nobody", "note.added", "n1", None, {"body": "x"}).sealed()
    out = io.BytesIO()
    write_bundle(out, [ev], committee_id=member.ws.local_state("committee_id") or "", prev_bundle=None, deps={},
                 blobs={}, key=key)
    rel, before, report = _round_with_a_bad_file(trio, out.getvalue(), device=device, name=bundle_name(1, 1))
    assert [p.file for p in report.rejected] == [rel] and "unknown device" in report.rejected[0].reason
    assert chair.device in {a.device for a in report.applied}
    events = store_state(member.ws)[0]
    assert set(before[0]) <= set(events) and not any(e[0].startswith(device) for e in events)


def test_a_bundle_signed_with_another_key(trio):
    chair = trio[0]
    with zipfile.ZipFile(_chair_bundle(chair)) as zf:
        manifest = zf.read("manifest.json")
        events = zf.read("events.jsonl")
    impostor = Ed25519PrivateKey.generate()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", manifest)
        zf.writestr("manifest.sig", base64.b64encode(impostor.sign(manifest)))
        zf.writestr("events.jsonl", events)
    rel, before, report = _round_with_a_bad_file(trio, out.getvalue())
    _assert_refused_but_round_went_on(trio, rel, before, report, "signature")


def test_a_bundle_copied_into_another_devices_folder(trio):
    chair, secretary, member = trio
    propagate(chair.view, member.view)
    propagate(secretary.view, member.view)
    good = _chair_bundle(chair)
    rel = _place(member, secretary.device, "0000000099-0000000099.zip", good.read_bytes())
    report = member.sync()
    assert [p.file for p in report.rejected] == [rel]
    assert "found in the folder of device" in report.rejected[0].reason
    assert {a.device for a in report.applied} == {chair.device, secretary.device}


def test_a_revoked_device_after_its_cut_off(trio):
    chair, secretary, member = trio
    file_report(member.ws, "KOL A", "https://tiktok.com/@a/1")
    member.sync()
    propagate(member.view, chair.view)
    chair.sync()
    revoked = roster.revoke(chair.ws, member.device)
    chair.sync()
    # The member has not heard of it yet and goes on writing.
    file_report(member.ws, "KOL B", "https://tiktok.com/@b/1")
    member.sync()
    propagate(chair.view, secretary.view)
    propagate(member.view, secretary.view)
    before = store_state(secretary.ws)
    report = secretary.sync()
    late = [p for p in report.rejected if "revoked" in p.reason]
    assert len(late) == 1 and late[0].file.startswith(f"devices/{member.device}/")
    assert chair.device in {a.device for a in report.applied}
    with secretary.ws.db.read() as conn:
        top = raw_connection(conn).execute("SELECT max(seq) FROM events WHERE device_id = ?",
                                           (member.device,)).fetchone()[0]
    assert top == revoked.devices[member.device]
    assert len(store_state(secretary.ws)[1]) == len(before[1]) + 2  # the chair's and KOL A's, not KOL B's


def _zip(entries: list[tuple[str, bytes]], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compress) as zf:
        for name, content in entries:
            zf.writestr(name, content)
    return out.getvalue()


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ([("manifest.json", b"{}"), ("../../../evil.txt", b"pwned")], "unsafe name"),
        ([("manifest.json", b"{}"), ("/etc/evil", b"pwned")], "unsafe name"),
        ([("manifest.json", b"{}"), ("events.jsonl", b"\0" * (40 * 1024 * 1024))], "zip bomb"),
        ([("manifest.json", b"{}"), ("manifest.json", b"{}")], "two files named"),
        ([("manifest.json", b"not json"), ("manifest.sig", b"x")], "not valid JSON"),
    ],
    ids=["traversal", "absolute", "ratio-bomb", "duplicate-names", "garbage-manifest"],
)
def test_hostile_zips(trio, entries, words):
    rel, before, report = _round_with_a_bad_file(trio, _zip(entries))
    _assert_refused_but_round_went_on(trio, rel, before, report, words)
    assert not (trio[2].view.parent / "evil.txt").exists()


def test_a_truncated_file_is_skipped_then_applied_when_complete(trio):
    chair, secretary, member = trio
    whole = _chair_bundle(chair).read_bytes()
    rel, before, report = _round_with_a_bad_file(trio, whole[: len(whole) // 2])
    assert report.rejected == [] and [p.file for p in report.skipped] == [rel]
    assert "incomplete" in report.skipped[0].reason
    assert secretary.device in {a.device for a in report.applied}
    assert store_state(member.ws)[0] == sorted(
        before[0] + [e for e in store_state(member.ws)[0] if e[0].startswith(secretary.device)])
    (member.view / rel).write_bytes(whole)
    done = member.sync()
    assert [a.file for a in done.applied] == [rel] and done.skipped == []


def test_an_empty_placeholder_and_temp_names_are_ignored(trio):
    chair, member = trio[0], trio[2]
    propagate(chair.view, member.view)
    folder = bundles_dir(member.view, chair.device)
    (folder / "0000000050-0000000051.zip").write_bytes(b"")
    (folder / ".tmp-abc-0000000052-0000000052.zip").write_bytes(b"garbage")
    (folder / "0000000053-0000000053.zip.part").write_bytes(b"garbage")
    report = member.sync()
    assert report.rejected == [] and [p.file.split("/")[-1] for p in report.skipped] == ["0000000050-0000000051.zip"]


def test_a_bundle_for_another_committee(trio):
    chair = trio[0]
    ev = Event(chair.device, 99, 1 << 40, "x", "note.added", "n1", None, {"body": "x"}).sealed()
    out = io.BytesIO()
    write_bundle(out, [ev], committee_id="another0comm", prev_bundle=None, deps={}, blobs={},
                 key=Ed25519PrivateKey.generate())
    rel, before, report = _round_with_a_bad_file(trio, out.getvalue(), name=bundle_name(99, 99))
    _assert_refused_but_round_went_on(trio, rel, before, report, "another committee")


@pytest.mark.parametrize("whose", ["chair", "member"])
def test_a_forged_fork_freezes_nobody(trio, whose: str):
    """A file claiming a different history for events already here must be signed by the device:
    signed with any other key it is rejected, and the device (even the reader's own) goes on."""
    chair, secretary, member = trio
    propagate(chair.view, member.view)
    propagate(secretary.view, member.view)
    member.sync()
    file_report(member.ws, "KOL A", "https://tiktok.com/@a/1")
    member.sync()
    author = chair if whose == "chair" else member
    genuine = sorted(bundles_dir(author.view, author.device).glob("*.zip"))[-1]
    with zipfile.ZipFile(genuine) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        events = zf.read("events.jsonl")
    manifest["last_event_hash"] = "f" * 64
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", raw)
        zf.writestr("manifest.sig", base64.b64encode(Ed25519PrivateKey.generate().sign(raw)))
        zf.writestr("events.jsonl", events)
    rel = _place(member, author.device, genuine.stem + ".sync-conflict.zip", out.getvalue())
    before = store_state(member.ws)
    report = member.sync()
    assert report.forks == []
    assert [p.file for p in report.rejected] == [rel] and "signature" in report.rejected[0].reason
    assert store_state(member.ws) == before
    with member.ws.db.read() as conn:
        assert raw_connection(conn).execute("SELECT count(*) FROM sync_frozen_devices").fetchone()[0] == 0
    # The device's genuine work still flows both ways.
    file_report(author.ws, "KOL B", "https://tiktok.com/@b/1")
    published = author.sync()
    if author is chair:
        propagate(chair.view, member.view)
        assert chair.device in {a.device for a in member.sync().applied}
    else:
        assert published.written
