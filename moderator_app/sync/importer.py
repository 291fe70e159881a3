"""Verifying and applying other devices' bundles: the one import path of folders and packages.

A bundle is applied only when everything it rests on is here: the device's previous events
(else it waits: *pending*) and every event its author had applied (the dependency vector), so
the projection always sees causal order. Then, in this order: the signature against the
roster's key for the device, the device's revocation cut-off, the events against the signed
manifest and the hash chain, the events already held from that device (a different history is a
*fork*: the device is frozen), each event's author and role as the author knew them, and the
evidence files. The events are then applied in one transaction per bundle, so a crash leaves the
store as before or as after that bundle. A bad file is rejected with its name and the reason,
copied to the quarantine folder, and the round goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from moderator_app import __version__
from moderator_app.domain.errors import WriteFailed
from moderator_app.domain.hlc import physical_ms, wall_ms
from moderator_app.services.workspace import Workspace
from moderator_app.store import driver
from moderator_app.store.atomic import private_dir, write_atomic
from moderator_app.store.blobs import BlobError
from moderator_app.store.database import raw_connection
from moderator_app.store.events import Event
from moderator_app.store.projection import HANDLERS
from moderator_app.store.projection.schema import VOCABULARY, InvalidEvent, MissingReference
from moderator_app.store.sealing import SEALED

from . import archive
from .authority import Authority
from .bundle import READER_VERSION, BundleFile, Manifest
from .errors import Incomplete, Refused
from .keyfiles import accept_keys
from .layout import SHA256
from .report import Applied, Problem, RoundReport
from .root import Root

log = logging.getLogger(__name__)

QUARANTINE_DIR = ("sync", "quarantine")
# How far ahead of this computer's clock a bundle may be dated. Clocks set from the network differ
# by seconds and a laptop set by hand by minutes; one set in the wrong time zone is hours off, and
# is held (and told) rather than allowed to date every member's changes hours ahead.
MAX_CLOCK_AHEAD_MS = 60 * 60 * 1000
MAX_QUARANTINE_COPY = 256 * 1024 * 1024

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BlobCopy:
    """One copy of an evidence file within reach: a file in a device's folder, or a package member."""

    file: str  # for people: a path relative to the shared folder, or inside the package
    size: int
    open: Callable[[], BinaryIO]
    cache_key: tuple[str, int, int] | None = None  # (path, size, mtime_ns) in the shared folder


class BlobSource(Protocol):
    def blob_copies(self, device_id: str, sha256: str) -> Iterator[BlobCopy]:
        """Every copy of the evidence file named by its hash, the bundle's device's first."""


@dataclass
class Candidate:
    """A bundle file found in a folder or a package, waiting to be judged."""

    file: str  # for people: a path relative to the shared folder, or inside the package
    folder_device: str  # the device folder it was found in
    path: Path  # a local file to open
    cache_key: tuple[str, int, int] | None = None  # (path, size, mtime_ns) in the shared folder
    manifest: Manifest | None = None
    signature: str = ""
    done: bool = False
    waiting: str = ""


class _Wait(Exception):
    """Not yet: the bundle is held until what it needs arrives."""


class _Fork(Refused):
    """The device signed two different histories."""

    def __init__(self, message: str, *, vi: str) -> None:
        super().__init__(message, vi=vi, code="device_forked")


@dataclass
class _DeviceInfo:
    member_id: str
    public_key: str
    cutoff: int | None


@dataclass
class Importer:
    ws: Workspace
    root: Root
    report: RoundReport
    blobs: BlobSource
    progress: Progress | None = None
    quarantine: bool = True
    candidates: list[Candidate] = field(default_factory=list)
    bad_blobs: set[str] = field(default_factory=set)  # damaged evidence files reported this round
    clock_ahead: dict[str, int] = field(default_factory=dict)  # device → how far ahead its bundles are dated (ms)

    def __post_init__(self) -> None:
        self._rejudge_after_update()

    def _rejudge_after_update(self) -> None:
        """After the application is updated, judge again the files an older version refused.

        A file refused because this version did not know its events may be readable now.
        """
        judge = f"{__version__}/{VOCABULARY}/{READER_VERSION}"
        if self.ws.local_state("sync_judged_by") == judge:
            return
        with self.ws.db.write() as conn:
            raw_connection(conn).execute("DELETE FROM sync_files WHERE outcome = 'rejected'")
        self.ws.set_local_state("sync_judged_by", judge)

    # --- finding ------------------------------------------------------------------------------

    def add(self, c: Candidate) -> None:
        """Open the file and read its manifest; weed out what can be judged at once."""
        if c.cache_key is not None:
            cached = self._cached(c.cache_key)
            if cached is not None:
                outcome, reason = cached
                if outcome == "rejected":
                    # A refused file stays in sight every round until it is removed or replaced.
                    self.report.rejected.append(recorded_problem(c.file, reason))
                    self.report.rejected_before.append(c.file)
                return
        try:
            with BundleFile(c.path) as bf:
                c.manifest, c.signature = bf.manifest, bf.signature
        except Incomplete as exc:
            self.report.skipped.append(Problem(c.file, str(exc)))
            return
        except Refused as exc:
            self._reject(c, exc)
            return
        m = c.manifest
        if m.min_reader > READER_VERSION:
            self.report.pending.append(Problem(
                c.file, "written by a newer version of the application; update it to read this file"))
            return
        if m.committee != self.root.committee_id:
            self._reject(c, Refused(f"the bundle belongs to another committee ({m.committee})",
                                    vi=f"gói thuộc về một ban khác ({m.committee})",
                                    code="bundle_of_another_committee"))
            return
        if m.device != c.folder_device:
            self._reject(c, Refused(
                f"a bundle of device {m.device} found in the folder of device {c.folder_device}",
                vi=f"gói của thiết bị {m.device} lại nằm trong thư mục của thiết bị {c.folder_device}",
                code="bundle_in_another_device_folder"))
            return
        with self.ws.db.read() as conn:
            if archive.known(raw_connection(conn), m.bundle_id):
                self._mark(c, "duplicate")
                self.report.duplicates += 1
                return
        self.candidates.append(c)

    def _cached(self, key: tuple[str, int, int]) -> tuple[str, str] | None:
        """The outcome and reason already recorded for this very file, if it is unchanged."""
        with self.ws.db.read() as conn:
            row = raw_connection(conn).execute(
                "SELECT size, mtime_ns, outcome, reason FROM sync_files WHERE path = ?", (key[0],)
            ).fetchone()
        if row is None or (row[0], row[1]) != (key[1], key[2]):
            return None
        return str(row[2]), str(row[3] or "")

    # --- applying -----------------------------------------------------------------------------

    def run(self, only_device: str | None = None) -> None:
        """Apply every candidate that can be, repeatedly, until nothing more moves."""
        progress = True
        while progress:
            progress = False
            state = self._state()
            # After each bundle applied, start again from the top: chairs' bundles (revocations,
            # roster changes) go first whenever what they rest on has arrived.
            for c in sorted(self._open(only_device), key=lambda c: self._order(c, state)):
                try:
                    if self._apply(c, state):
                        progress = True
                        break
                except _Wait as wait:
                    c.waiting = str(wait)

    def finish(self) -> None:
        """Whatever is still waiting is reported as pending."""
        for c in self.candidates:
            if not c.done:
                self.report.pending.append(Problem(c.file, c.waiting or "waits for earlier bundles"))
        self.report.pending.sort(key=lambda p: p.file)
        self.report.clock_ahead = dict(self.clock_ahead)

    def _open(self, only_device: str | None) -> list[Candidate]:
        return [c for c in self.candidates if not c.done and (only_device is None or c.folder_device == only_device)]

    def _order(self, c: Candidate, state: _State) -> tuple[int, str, int, str]:
        m = c.manifest
        assert m is not None
        info = state.devices.get(m.device)
        is_chair = info is not None and info.member_id in state.chairs
        return (0 if is_chair or m.device == self.root.chair_device else 1, m.device, m.first_seq, c.file)

    def _state(self) -> _State:
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            have = dict(raw.execute("SELECT device_id, max(seq) FROM events GROUP BY device_id").fetchall())
            devices = {
                r[0]: _DeviceInfo(r[1], r[2], r[3])
                for r in raw.execute("SELECT id, member_id, public_key, revoked_after_seq FROM devices")
            }
            chairs = {r[0] for r in raw.execute("SELECT id FROM members WHERE role = 'chair' AND active = 1")}
            frozen = {r[0] for r in raw.execute("SELECT device_id FROM sync_frozen_devices")}
        return _State(have, devices, chairs, frozen)

    def _apply(self, c: Candidate, state: _State) -> bool:
        """Apply ``c`` if it can be; ``True`` if the store changed. Raises ``_Wait`` to hold it."""
        m = c.manifest
        assert m is not None
        dev = m.device
        if dev in state.frozen:
            self._reject(c, Refused(f"device {dev} is frozen: it signed two different histories (see the chair)",
                                    vi=f"thiết bị {dev} đã bị đóng băng: thiết bị này đã ký hai lịch sử khác nhau "
                                       "(hãy báo Trưởng ban)",
                                    code="device_frozen"))
            return False
        have = state.have.get(dev, 0)
        try:
            if m.last_seq <= have:
                # Events of this device are here, so its key is known: only a file it signed may
                # say that it holds these events, and only such a file can show a fork (a forged
                # one would otherwise freeze any device, the chair's included).
                if not self._signed_by_device(c, dev, state):
                    return False
                if self._stored_hash(dev, m.last_seq) == m.last_event_hash:
                    self._mark(c, "duplicate")
                    self.report.duplicates += 1
                    return False
                raise _fork_event_differs(dev, m.last_seq)
            if m.first_seq > have + 1:
                raise _Wait(f"waits for events {dev}.{have + 1}–{dev}.{m.first_seq - 1} (an earlier bundle)")
            self._check_deps(m, state)
            info = self._device_info(dev, state)
            if not self._signed_by_device(c, dev, state):
                return False
            assert info is not None
            if info.cutoff is not None and m.first_seq > info.cutoff:
                self._reject(c, Refused(
                    f"device {dev} was revoked: nothing after its event {info.cutoff} is accepted",
                    vi=f"thiết bị {dev} đã bị thu hồi: không nhận gì sau sự kiện {info.cutoff} của thiết bị này",
                    code="device_revoked"))
                return False
            read = self._read_events(c)
            if read is None:
                return False
            events = [ev for ev, _ in read]
            if m.first_seq > 1 and self._stored_hash(dev, m.first_seq - 1) != m.prev_event_hash:
                raise _Fork(f"device {dev} signed two different histories: this file does not continue the "
                            f"events already applied after {dev}.{m.first_seq - 1}",
                            vi=f"thiết bị {dev} đã ký hai lịch sử khác nhau: tệp này không nối tiếp các sự kiện "
                               f"đã được áp dụng sau {dev}.{m.first_seq - 1}")
            if m.first_seq <= have and self._stored_hash(dev, have) != events[have - m.first_seq].hash:
                raise _fork_event_differs(dev, have)
        except _Fork as fork:
            self._fork(c, dev, fork)
            return False
        payloads = {ev.seq: payload for ev, payload in read}
        fresh = [e for e in events if e.seq > have]
        refused_tail = []
        if info.cutoff is not None:
            refused_tail = [e for e in fresh if e.seq > info.cutoff]
            fresh = [e for e in fresh if e.seq <= info.cutoff]
        unknown = sorted({e.type for e in fresh if e.type not in HANDLERS})
        if unknown:
            raise _Wait(f"holds changes this version does not know ({', '.join(unknown)}): update the application")
        self._check_clock(m)
        uncarried = self._uncarried_evidence(m, fresh)
        if uncarried is not None:
            self._reject(c, uncarried)
            return False
        self._fetch_blobs(m)
        return self._commit(c, m, fresh, payloads, refused_tail, info, self._revocation_explains(m, state))

    def _check_clock(self, m: Manifest) -> None:
        """Hold a bundle dated further ahead of this computer's clock than clocks drift.

        The hybrid clock never goes back, so applying an event dated years ahead would date every
        later change of every member after it. The bundle waits (and says why) until its date
        comes, or until its author's clock is put right and the chair revokes the device.
        """
        ahead = physical_ms(m.max_hlc) - self.ws.clock.wall()
        if ahead > MAX_CLOCK_AHEAD_MS:
            self.clock_ahead[m.device] = max(ahead, self.clock_ahead.get(m.device, 0))
            raise _Wait(f"dated {_duration(ahead)} ahead of this computer's clock: the clock of device {m.device} "
                        "(or of this computer) is wrong; it is applied when that date comes, or set the clocks "
                        "right (see docs/security.md, \"Clocks\")")

    def _revocation_explains(self, m: Manifest, state: _State) -> bool:
        """Whether the author had seen events of a device revoked since, that this member will never
        receive: then an event naming something those events created is skipped, not refused."""
        for device, seq in m.deps.items():
            info = state.devices.get(device)
            if info is not None and info.cutoff is not None and seq > info.cutoff:
                return True
        return False

    def _check_deps(self, m: Manifest, state: _State) -> None:
        missing = []
        for device, seq in sorted(m.deps.items()):
            if device == m.device:
                continue
            info = state.devices.get(device)
            need = seq if info is None or info.cutoff is None else min(seq, info.cutoff)
            if state.have.get(device, 0) < need:
                frozen = " (frozen after a fork)" if device in state.frozen else ""
                missing.append(f"{device}{frozen} up to {need}")
        if missing:
            raise _Wait("waits for events its author had seen: " + ", ".join(missing))

    def _stored_hash(self, device: str, seq: int) -> str | None:
        with self.ws.db.read() as conn:
            row = raw_connection(conn).execute(
                "SELECT hash FROM events WHERE device_id = ? AND seq = ?", (device, seq)
            ).fetchone()
        return None if row is None else str(row[0])

    def _device_info(self, dev: str, state: _State) -> _DeviceInfo | None:
        info = state.devices.get(dev)
        if info is None and dev == self.root.chair_device:
            info = _DeviceInfo(self.root.chair_member, self.root.chair_key, None)
        return info

    def _signed_by_device(self, c: Candidate, dev: str, state: _State) -> bool:
        """Whether ``c`` is signed with the roster's key for ``dev``; rejects it (saying why) if not."""
        info = self._device_info(dev, state)
        if info is None:
            self._reject(c, Refused(f"signed by an unknown device {dev}: it is not in the committee's roster",
                                    vi=f"được ký bởi một thiết bị lạ {dev}: thiết bị này không có trong danh sách "
                                       "thành viên của ban",
                                    code="unknown_device"))
            return False
        if not self._signed(c, info.public_key):
            self._reject(c, Refused("the signature does not match: the file was changed, or signed with another key",
                                    vi="chữ ký không khớp: tệp đã bị sửa đổi, hoặc được ký bằng một khóa khác",
                                    code="signature_mismatch"))
            return False
        return True

    def _signed(self, c: Candidate, public_key: str) -> bool:
        from . import signing

        assert c.manifest is not None
        return signing.verify(public_key, c.manifest.raw, c.signature)

    def _read_events(self, c: Candidate) -> list[tuple[Event, str]] | None:
        try:
            with BundleFile(c.path) as bf:
                if c.manifest is None or bf.manifest.raw != c.manifest.raw:
                    raise Incomplete("the file changed while it was being read")
                return bf.events_with_payloads()
        except Incomplete as exc:
            c.done = True
            self.report.skipped.append(Problem(c.file, str(exc)))
        except Refused as exc:
            self._reject(c, exc)
        return None

    def _uncarried_evidence(self, m: Manifest, fresh: list[Event]) -> Refused | None:
        """An evidence item added without its file: its author's application always sends the file
        with the bundle, so one missing is a malformed bundle, which would leave every member with
        an evidence record and no evidence."""
        for ev in fresh:
            sha = ev.payload.get("sha256") if ev.type == "evidence.added" else None
            if isinstance(sha, str) and SHA256.fullmatch(sha) and sha not in m.blobs and not self.ws.blobs.has(sha) \
                    and not self._purged(sha):
                name = self._member_name(ev.author)
                return Refused(
                    f"event {ev.id} (evidence.added) adds the evidence file {sha[:12]}…, which the bundle does "
                    "not carry. Nothing of this file was applied; the member who wrote it "
                    f"({name}) should update the application and sync again",
                    vi=f"sự kiện {ev.id} (evidence.added) thêm tệp chứng cứ {sha[:12]}…, nhưng gói không mang theo "
                       f"tệp này. Không có gì trong tệp này được áp dụng; thành viên đã viết tệp ({name}) cần cập "
                       "nhật ứng dụng rồi đồng bộ lại",
                    code="evidence_not_carried")
        return None

    def _fetch_blobs(self, m: Manifest) -> None:
        """Take every evidence file the bundle lists into the store, verified; ``_Wait`` until all are.

        An evidence file is a file of its own beside the signed bundle: a copy shorter than the
        manifest says is still being copied (skipped), and a copy whose bytes do not match its name
        is reported as rejected (once, until it changes). Neither condemns the bundle, which is
        held until an intact copy arrives, from its device's folder or any other.
        """
        store = self.ws.blobs
        for sha, size in sorted(m.blobs.items()):
            if store.has(sha):
                continue
            if self._purged(sha) and not any(True for _ in self.blobs.blob_copies(m.device, sha)):
                continue  # removed by an erasure that the later events carry: nothing to wait for
            reasons = []
            for copy in self.blobs.blob_copies(m.device, sha):
                if copy.size < size:
                    self._blob_problem(copy, None)
                    reasons.append("incomplete")
                    continue
                try:
                    with copy.open() as stream:
                        stored = store.put_stream(stream, limit=size)
                except (BlobError, Refused, OSError) as exc:
                    self._blob_problem(copy, Refused(
                        f"the evidence file cannot be read: {exc}",
                        vi=f"không đọc được tệp chứng cứ: {exc.text('vi') if isinstance(exc, Refused) else exc}",
                        code="evidence_file_unreadable"))
                    reasons.append("unreadable")
                    continue
                if stored.sha256 == sha:
                    break
                if not stored.existed:
                    store.path_for(stored.sha256).unlink(missing_ok=True)
                if stored.size < size:
                    self._blob_problem(copy, None)
                    reasons.append("incomplete")
                else:
                    self._blob_problem(copy, Refused(
                        "the evidence file does not match its hash (its name): the copy is damaged; waiting for an "
                        "intact one",
                        vi="tệp chứng cứ không khớp với mã băm của nó (tên tệp): bản sao này bị hỏng; đang chờ một bản "
                           "còn nguyên vẹn",
                        code="evidence_file_damaged"))
                    reasons.append("damaged")
            else:
                if not reasons:
                    raise _Wait(f"waits for evidence file {sha[:12]}… (not yet in the folder)")
                state = "damaged" if "damaged" in reasons else reasons[0]
                raise _Wait(f"waits for an intact copy of evidence file {sha[:12]}… (the copy in reach is {state})")

    def _purged(self, sha256: str) -> bool:
        purged = getattr(self.blobs, "purged", None)
        return bool(purged is not None and purged(sha256))

    def _blob_problem(self, copy: BlobCopy, refusal: Refused | None) -> None:
        """Report a bad copy of an evidence file once per round, and a damaged one once until it changes.

        ``None`` is a copy still being copied (incomplete), skipped for now.
        """
        if copy.file in self.bad_blobs:
            return
        self.bad_blobs.add(copy.file)
        if refusal is None:
            self.report.skipped.append(Problem(copy.file, "the file is incomplete (still being copied?)"))
            return
        if copy.cache_key is not None and self._cached(copy.cache_key):
            return
        self.report.rejected.append(Problem.refused(copy.file, refusal))
        if copy.cache_key is not None:
            with self.ws.db.write() as conn:
                _mark_file(raw_connection(conn), copy.cache_key, "rejected", stored_reason(refusal))

    def _commit(self, c: Candidate, m: Manifest, fresh: list[Event], payloads: dict[int, str],
                refused_tail: list[Event], info: _DeviceInfo, revoked_seen: bool = False) -> bool:
        rel = archive.store_file(self.ws, m, c.path)
        skipped: list[tuple[Event, MissingReference]] = []
        try:
            with self.ws.transaction() as tx:
                tx.proj.skip_missing = revoked_seen
                offer = getattr(self.blobs, "personal_keys", None)
                if offer is not None and any(SEALED in ev.payload for ev in fresh):
                    accept_keys(tx.conn, fresh, offer(m.device, m.first_seq, m.last_seq), m.device)
                authority = Authority(tx.conn, self.root, m.deps)
                for ev in fresh:
                    refusal = authority.refusal(ev, info.member_id)
                    if refusal is not None:
                        raise refusal
                    tx.record_foreign(ev, payloads[ev.seq])
                    authority.applied(ev)
                archive.record(tx.conn, m, rel)
                if c.cache_key is not None:
                    _mark_file(tx.conn, c.cache_key, "applied", "")
                skipped = list(tx.proj.skipped)
        except Refused as exc:
            self._reject(c, exc)
            return False
        except InvalidEvent as exc:
            if m.vocabulary > VOCABULARY:
                raise _Wait("written by a newer version of the application, which this one cannot apply "
                            f"({exc.message('en')}): update the application") from None
            name = self._member_name(info.member_id)
            self._reject(c, Refused(
                f"{exc.message('en')}. Nothing of this file was applied; the member who wrote it "
                f"({name}) should update the application and sync again",
                vi=f"{exc.message('vi')}. Không có gì trong tệp này được áp dụng; thành viên đã viết tệp ({name}) "
                   "cần cập nhật ứng dụng rồi đồng bộ lại",
                code="missing_reference" if isinstance(exc, MissingReference) else "invalid_event"))
            return False
        except driver.IntegrityError as exc:
            log.exception("bundle %s could not be applied", c.file)
            self._reject(c, Refused(f"the events could not be applied ({exc})",
                                    vi=f"không áp dụng được các sự kiện ({exc})", code="events_rejected_by_store"),
                         final=False)
            return False
        except Exception as exc:  # a defect in a handler: this file waits, the round goes on
            log.exception("bundle %s could not be applied", c.file)
            fault = f"{type(exc).__name__}: {exc}"
            self._reject(c, Refused(
                f"the events could not be applied ({fault}); nothing of this file was applied; it is tried again at "
                "the next sync",
                vi=f"không áp dụng được các sự kiện ({fault}); không có gì trong tệp này được áp dụng; tệp sẽ được "
                   "thử lại ở lần đồng bộ sau",
                code="events_failed_to_apply"), final=False)
            return False
        for _ev, missing in skipped:
            self.report.skipped_events.append(Problem(
                c.file, f"{missing.message('en')}: it was created by a device revoked since, so it is kept in the "
                "history but not applied"))
        c.done = True
        self.report.applied.append(Applied(c.file, m.device, m.first_seq, m.last_seq, len(fresh)))
        if refused_tail:
            first, last = refused_tail[0].id, refused_tail[-1].id
            self.report.rejected.append(Problem.refused(c.file, Refused(
                f"device {m.device} was revoked after its event {info.cutoff}: events {first}–{last} refused",
                vi=f"thiết bị {m.device} đã bị thu hồi sau sự kiện {info.cutoff} của thiết bị này: các sự kiện "
                   f"{first}–{last} bị từ chối",
                code="events_after_revocation")))
        if self.progress is not None:
            self.progress(f"applied {c.file}")
        return bool(fresh)

    # --- outcomes -------------------------------------------------------------------------------

    def _member_name(self, member_id: str) -> str:
        with self.ws.db.read() as conn:
            row = raw_connection(conn).execute("SELECT name FROM members WHERE id = ?", (member_id,)).fetchone()
        return str(row[0]) if row else member_id

    def _mark(self, c: Candidate, outcome: str, reason: str = "", quarantined: str | None = None) -> None:
        c.done = True
        if c.cache_key is None:
            return
        with self.ws.db.write() as conn:
            _mark_file(raw_connection(conn), c.cache_key, outcome, reason, quarantined)

    def _reject(self, c: Candidate, refusal: Refused, final: bool = True) -> None:
        self.report.rejected.append(Problem.refused(c.file, refusal))
        copy = self._quarantine(c, refusal) if self.quarantine else None
        if final:
            self._mark(c, "rejected", stored_reason(refusal), copy)
        else:
            c.done = True

    def _fork(self, c: Candidate, device: str, fork: _Fork) -> None:
        with self.ws.db.write() as conn:
            raw_connection(conn).execute(
                "INSERT INTO sync_frozen_devices (device_id, reason, file, detected_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (device_id) DO NOTHING",
                (device, str(fork), c.file, wall_ms()),
            )
        self.report.forks.append(Problem.refused(c.file, fork))
        self._reject(c, fork)
        for other in self.candidates:
            if not other.done and other.manifest is not None and other.manifest.device == device:
                other.waiting = f"device {device} is frozen after a fork"

    def _quarantine(self, c: Candidate, refusal: Refused) -> str | None:
        """Keep one copy of a rejected file and why, for whoever looks into it.

        Copies are named by their content, so a junk file touched every round is kept once; they
        may hold reporters' contacts, so only this computer's user can read them.
        """
        try:
            if not c.path.is_file() or c.path.stat().st_size > MAX_QUARANTINE_COPY:
                return None
            folder = self.ws.root.joinpath(*QUARANTINE_DIR)
            private_dir(folder)
            with c.path.open("rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
            existing = sorted(folder.glob(f"*-{digest[:16]}-*"))
            existing = [p for p in existing if not p.name.endswith(".reason.txt")]
            if existing:
                return str(existing[0])
            stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
            name = f"{stamp}-{digest[:16]}-{c.folder_device}-{c.path.name}"
            write_atomic(folder / name, c.path, mode="private")
            why = f"{c.file}\n{refusal}\n{refusal.text('vi')}\n{refusal.code}\n"
            write_atomic(folder / (name + ".reason.txt"), why.encode(), mode="private")
            return str(folder / name)
        except (OSError, WriteFailed) as exc:
            log.warning("could not quarantine %s: %s", c.file, exc)
            return None


def _fork_event_differs(dev: str, seq: int) -> _Fork:
    return _Fork(f"device {dev} signed two different histories: its event {dev}.{seq} in this file differs from "
                 "the one already applied",
                 vi=f"thiết bị {dev} đã ký hai lịch sử khác nhau: sự kiện {dev}.{seq} của thiết bị này trong tệp "
                    "này khác với sự kiện đã được áp dụng")


def stored_reason(refusal: Refused) -> str:
    """How ``sync_files`` keeps a refusal, to report it again every round: its code and both texts."""
    return json.dumps({"code": refusal.code, "en": str(refusal), "vi": refusal.text("vi")}, ensure_ascii=False)


def recorded_problem(file: str, stored: str) -> Problem:
    """A refusal as ``stored_reason`` kept it; an older version kept the English reason alone."""
    if stored.startswith("{"):
        try:
            data = json.loads(stored)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("en"), str):
            return Problem(file, data["en"], str(data.get("code") or "file_refused"), str(data.get("vi") or ""))
    return Problem(file, stored, "file_refused")


def _duration(ms: int) -> str:
    minutes = ms // 60_000
    if minutes < 120:
        return f"{minutes} minutes"
    hours = minutes // 60
    if hours < 72:
        return f"{hours} hours"
    days = hours // 24
    return f"{days} days" if days < 730 else f"{days // 365} years"


@dataclass(frozen=True, slots=True)
class _State:
    have: dict[str, int]
    devices: dict[str, _DeviceInfo]
    chairs: set[str]
    frozen: set[str]


def _mark_file(conn: sqlite3.Connection, key: tuple[str, int, int], outcome: str, reason: str,
               quarantined: str | None = None) -> None:
    conn.execute(
        "INSERT INTO sync_files (path, size, mtime_ns, outcome, reason, quarantined) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "outcome = excluded.outcome, reason = excluded.reason, quarantined = excluded.quarantined",
        (*key, outcome, reason, quarantined),
    )

