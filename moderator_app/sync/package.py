"""Sync packages: the same signed bundles and evidence files in one file, for a USB stick or email.

A package is a zip of ``package.json`` (what it holds), ``committee.json`` (the root), the
bundles as they were signed (``bundles/<device>/<name>.zip``, stored) and the evidence files
they reference (``blobs/<sha256>``). Importing one goes through the same ``Importer`` as a
folder round, so it is verified the same way and importing it twice changes nothing.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from moderator_app.domain.errors import UserError
from moderator_app.domain.hlc import pack, wall_ms
from moderator_app.services.workspace import Workspace
from moderator_app.store.atomic import atomic_file
from moderator_app.store.blobs import BlobError
from moderator_app.store.database import raw_connection
from moderator_app.store.evidence_queries import purged_files

from . import archive, untrusted
from .bundle import BundleFile
from .errors import Incomplete, Refused
from .importer import Candidate, Importer, Progress
from .keyfiles import keyfile_bytes
from .layout import DEVICE_ID, ROOT_FILE, SHA256
from .publish import publish_to_archive
from .report import Problem, RoundReport
from .root import parse_root
from .round import finish_report, open_conflicts, pinned_root, settle_personal_data
from .sources import PACKAGE_KEYS, PackageBlobs
from .zipsafe import Limits, iter_member, open_zip, read_member

PACKAGE_FORMAT = 1
PACKAGE_MANIFEST = "package.json"
MAX_BLOB = 4 * 1024 * 1024 * 1024
LIMITS = Limits(max_members=500_000, max_member_size=MAX_BLOB, max_total_size=256 * 1024 ** 3, max_ratio=200)
BUNDLE_MEMBER = re.compile(r"^bundles/([0-9a-z]{10})/([^/]+\.zip)$")
MAX_BUNDLE = 2 * 1024 * 1024 * 1024 + 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    bundles: int
    blobs: int
    events: int


def _member(zf: zipfile.ZipFile, name: str, compress: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def export_package(ws: Workspace, out: Path, since: date | None = None) -> Exported:
    """Everything this workspace holds (or what changed since a day), as one file."""
    root_text = ws.local_state("committee_root")
    if root_text is None:
        raise UserError("this workspace is not part of a committee; see `committee create` and `committee join`",
                        vi="không gian làm việc này chưa thuộc ban nào; xem `committee create` và `committee join`",
                        code="not_in_committee")
    root = pinned_root(ws)
    publish_to_archive(ws)
    since_hlc = None
    if since is not None:
        since_ms = int(datetime(since.year, since.month, since.day, tzinfo=UTC).timestamp() * 1000)
        since_hlc = pack(since_ms, 0)
    with ws.db.read() as conn:
        chosen = archive.bundles(raw_connection(conn), since_hlc=since_hlc)
    folder = archive.archive_root(ws)
    blobs: set[str] = set()
    for b in chosen:
        with BundleFile(folder / b.path) as bf:
            blobs.update(sha for sha in bf.manifest.blobs if ws.blobs.has(sha))
    out = out.expanduser()
    if out.parent and not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist", vi=f"thư mục {out.parent} không tồn tại",
                        code="package_folder_missing")
    manifest = {
        "format": PACKAGE_FORMAT,
        "kind": "package",
        "committee": root.committee_id,
        "since": since.isoformat() if since else None,
        "bundles": [
            {"path": f"bundles/{b.device_id}/{Path(b.path).name}", "device": b.device_id, "first_seq": b.first_seq,
             "last_seq": b.last_seq, "bundle_id": b.bundle_id}
            for b in chosen
        ],
        "blobs": sorted(blobs),
    }
    with atomic_file(out) as fh, zipfile.ZipFile(fh, "w") as zf:
        zf.writestr(_member(zf, PACKAGE_MANIFEST, compress=True),
                    json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
        zf.writestr(_member(zf, ROOT_FILE), root_text.encode("utf-8"))
        for b, entry in zip(chosen, manifest["bundles"], strict=True):
            with open(folder / b.path, "rb") as src, zf.open(_member(zf, entry["path"]), "w") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
        for sha in sorted(blobs):
            with zf.open(_member(zf, f"blobs/{sha}"), "w", force_zip64=True) as dst:
                _copy_blob(ws, sha, dst)
        zf.writestr(_member(zf, PACKAGE_KEYS, compress=True), _package_keys(ws))
    events = sum(b.last_seq - b.first_seq + 1 for b in chosen)
    return Exported(out, len(chosen), len(blobs), events)


def _copy_blob(ws: Workspace, sha: str, dst: BinaryIO) -> None:
    """An evidence file into the package, in clear (the recipient seals it under its own key);
    one that no longer opens or matches its name stops the export (nothing is written)."""
    try:
        whole = ws.blobs.copy_to(sha, dst) == sha
    except BlobError:
        whole = False
    if not whole:
        raise UserError(f"the evidence file {sha} is damaged; the package was not written. Run `moderator-app verify`",
                        vi=f"tệp chứng cứ {sha} bị hỏng; gói đồng bộ không được tạo. Hãy chạy `moderator-app verify`",
                        code="package_evidence_damaged")


def _package_keys(ws: Workspace) -> bytes:
    """The keys of sealed fields this member holds (erased ones are gone from the table), and the
    evidence files erasures removed, so the recipient neither misses a name nor waits for a file."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        keys = {r[0]: bytes(r[1]) for r in raw.execute("SELECT id, key FROM personal_keys")}
        return keyfile_bytes(keys, purged_files(raw))


def import_package(ws: Workspace, path: Path, progress: Progress | None = None) -> RoundReport:
    """Verify and apply a package's bundles, exactly as a folder round would."""
    started = wall_ms()
    pinned = pinned_root(ws)
    path = path.expanduser()
    if not path.is_file():
        raise UserError(f"no file {path}", vi=f"không có tệp {path}", code="package_not_found")
    try:
        zf = open_zip(path, LIMITS)
    except (Incomplete, Refused) as exc:
        raise UserError(f"{path.name} is not a readable sync package: {exc}",
                        vi=f"{path.name} không phải một gói đồng bộ đọc được: {_vi(exc)}",
                        code="package_unreadable") from None
    report = RoundReport(source=str(path))
    scratch = ws.root / "sync" / "incoming" / secrets.token_hex(6)
    try:
        try:
            info = untrusted.loads(read_member(zf, PACKAGE_MANIFEST, 64 * 1024 * 1024))
            root = parse_root(read_member(zf, ROOT_FILE, 64 * 1024), f"{path.name}: {ROOT_FILE}")
        except (Refused, ValueError, UnicodeDecodeError) as exc:
            raise UserError(f"{path.name} is not a sync package: {exc}",
                            vi=f"{path.name} không phải một gói đồng bộ: {_vi(exc)}", code="not_a_package") from None
        if not isinstance(info, dict) or info.get("kind") != "package":
            raise UserError(f"{path.name} is not a sync package", vi=f"{path.name} không phải một gói đồng bộ",
                            code="not_a_package")
        fmt = info.get("format", 0)
        if isinstance(fmt, bool) or not isinstance(fmt, int) or not 0 <= fmt < 1_000_000:
            raise UserError(f"{path.name} is not a sync package: its format field is not a version number",
                            vi=f"{path.name} không phải một gói đồng bộ: trường format không phải số phiên bản",
                            code="not_a_package")
        if fmt > PACKAGE_FORMAT:
            raise UserError(f"{path.name} was written by a newer version of the application; update it",
                            vi=f"{path.name} được ghi bởi một phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng",
                            code="package_too_new")
        if root.committee_id != pinned.committee_id or root.fingerprint != pinned.fingerprint:
            raise UserError(f"{path.name} belongs to another committee ({root.name}, fingerprint {root.fingerprint})",
                            vi=f"{path.name} thuộc về một ban khác ({root.name}, dấu vân tay {root.fingerprint})",
                            code="package_of_another_committee")
        before = {(c.kind, c.id, c.field) for c in open_conflicts(ws)}
        importer = Importer(ws, root, report, PackageBlobs(zf, MAX_BLOB, path.name), progress)
        scratch.mkdir(parents=True, exist_ok=True)
        for number, name in enumerate(sorted(zf.namelist())):
            m = BUNDLE_MEMBER.match(name)
            if m is None:
                if not (name in (PACKAGE_MANIFEST, ROOT_FILE, PACKAGE_KEYS) or _is_blob(name)):
                    report.skipped.append(Problem(f"{path.name}:{name}", "not a part of a sync package; ignored"))
                continue
            device = m.group(1)
            if not DEVICE_ID.match(device):
                continue
            local = scratch / f"{number:06d}.zip"
            try:
                with open(local, "wb") as out:
                    for chunk in iter_member(zf, name, MAX_BUNDLE):
                        out.write(chunk)
            except Refused as exc:
                report.rejected.append(Problem.refused(f"{path.name}:{name}", exc))
                continue
            importer.add(Candidate(f"{path.name}:{name}", device, local))
        importer.run()
        importer.finish()
        blobs = importer.blobs
        settle_personal_data(ws, iter([("", blobs.personal_keys("", 0, 0))]) if isinstance(blobs, PackageBlobs)
                             else iter(()))
        finish_report(ws, report, before, started)
        return report
    finally:
        zf.close()
        shutil.rmtree(scratch, ignore_errors=True)


def _is_blob(name: str) -> bool:
    return name.startswith("blobs/") and SHA256.match(name[len("blobs/"):]) is not None


def _vi(exc: Exception) -> str:
    """Why a file could not be read, in Vietnamese where the reason has it."""
    return exc.text("vi") if isinstance(exc, Refused) else str(exc)
