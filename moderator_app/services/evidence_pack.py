"""The evidence pack: a case's files and a manifest, in one zip, for handing to authorities.

The zip holds ``manifest.json`` (what each file is, its SHA-256, who added it and when, where it
came from, the marks made on it, and who signs it), ``manifest.sig`` (the exporting device's
Ed25519 signature over the exact bytes of ``manifest.json``), ``SHA256SUMS`` (checkable with
``sha256sum -c``) and the files under ``files/``. The export is recorded in the case's history.
Every file is verified against its hash while it is copied in: a damaged or
missing file stops the export, because a pack must never carry a file that is not what was
attached. The zip is written under a temporary name beside the target and renamed when complete,
so a crash or a refusal leaves no half-written pack. Format: ``docs/evidence.md``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from moderator_app import __version__
from moderator_app.domain import mime
from moderator_app.domain.clock import iso_utc, to_datetime
from moderator_app.domain.errors import UserError, no_case
from moderator_app.store import queries
from moderator_app.store.atomic import atomic_file
from moderator_app.store.blobs import BlobError
from moderator_app.store.database import raw_connection

from . import custody
from .evidence import IntegrityError, integrity_message
from .workspace import Workspace

PACK_FORMAT = "moderator-app/evidence-pack"
PACK_VERSION = 1
CHUNK = 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_STORED_FAMILIES = {"image", "video", "audio", "pdf"}  # already compressed: deflate gains nothing

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PackSummary:
    path: Path
    ref: str
    files: int
    links: int
    bytes: int


def safe_member_name(index: int, name: str, mime_type: str | None) -> str:
    """``files/NN-name.ext``: no folders, no control characters, an extension a viewer knows."""
    base = _UNSAFE.sub("_", PurePath(name.replace("\\", "/")).name).strip(" .") or "evidence"
    if not PurePath(base).suffix and mime_type in mime.PREFERRED_EXTENSION:
        base += mime.PREFERRED_EXTENSION[mime_type]
    if len(base) > 120:
        suffix = PurePath(base).suffix[:10]
        base = base[: 120 - len(suffix)] + suffix
    return f"files/{index:02d}-{base}"


def _zip_time(ms: int) -> tuple[int, int, int, int, int, int]:
    dt = to_datetime(max(ms, 315_532_800_000))  # the zip format starts in 1980
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)


def build_manifest(
    ws: Workspace, case_id: str, now_ms: int
) -> tuple[dict[str, Any], list[tuple[str, queries.EvidenceRow]]]:
    """The manifest of a case's pack and the (member name, evidence) of each file to copy."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = queries.case_detail(raw, case_id)
        if detail is None:
            raise no_case(case_id)
        names = queries.member_names(raw)
    marks: dict[str, list[queries.AnnotationRow]] = {}
    for a in detail.annotations:
        marks.setdefault(a.evidence_id, []).append(a)
    c = detail.case
    items: list[dict[str, Any]] = []
    files: list[tuple[str, queries.EvidenceRow]] = []
    for e in detail.evidence:
        item: dict[str, Any] = {
            "id": e.id,
            "kind": e.kind,
            "added_by": {"id": e.added_by, "name": names.get(e.added_by, "")},
            "added_at": iso_utc(e.added_at),
            "captured_at": iso_utc(e.captured_at),
            "note": e.note,
            "report": e.report_id,
        }
        if e.kind == "file":
            member = safe_member_name(len(files) + 1, e.name, e.mime)
            files.append((member, e))
            item.update({
                "path": member,
                "name": e.name,
                "sha256": e.sha256,
                "size": e.size,
                "mime": e.mime,
                "claimed_mime": e.claimed_mime,
                "source_url": e.url or None,
            })
        else:
            item["url"] = e.url
        item["annotations"] = [
            {"id": a.id, "kind": a.kind, "geometry": a.geometry, "label": a.label, "comment": a.comment,
             "author": {"id": a.author_id, "name": a.author_name}, "created_at": iso_utc(a.created_at),
             "updated_at": iso_utc(a.updated_at), "versions": a.edits + 1}
            for a in marks.get(e.id, [])
        ]
        items.append(item)
    manifest = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "application": f"moderator-app {__version__}",
        "exported_at": iso_utc(now_ms),
        "exported_by": {"id": ws.identity.member_id, "name": ws.identity.member_name,
                        "device": ws.identity.device_id},
        "case": {
            "ref": c.ref,
            "id": c.id,
            "title": c.title,
            "influencer": c.influencer,
            "platform": c.platform,
            "category": c.category,
            "status": c.status,
            "opened_at": iso_utc(c.opened_at),
        },
        "counts": {"files": len(files), "links": len(items) - len(files),
                   "bytes": sum(e.size or 0 for _, e in files)},
        "items": items,
    }
    return manifest, files


def export_pack(ws: Workspace, ref: str, target: Path, progress: Progress | None = None) -> PackSummary:
    """Write a case's evidence pack to ``target`` (a zip), verifying every file on the way."""
    with ws.db.read() as conn:
        case_id = queries.find_case_id(raw_connection(conn), ref)
    if case_id is None:
        raise no_case(ref)
    target = target.expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"the folder {folder} does not exist", vi=f"thư mục {folder} không tồn tại",
                        code="output_folder_missing")
    if target.is_dir():
        raise UserError(f"{target} is a folder; name the zip file to write",
                        vi=f"{target} là một thư mục; hãy đặt tên cho tệp zip cần ghi", code="output_is_folder")
    if target.suffix.lower() != ".zip":
        raise UserError(f"the file name must end in .zip: {target}",
                        vi=f"tên tệp phải có đuôi .zip: {target}", code="output_wrong_extension")
    now = ws.clock.wall()
    manifest, files = build_manifest(ws, case_id, now)
    key = ws.private_key()  # before anything is written: a locked key stops the export cleanly
    manifest["signature"] = signer_block(ws)
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    signature = base64.b64encode(key.sign(manifest_bytes)).decode("ascii") + "\n"
    total = int(manifest["counts"]["bytes"])
    done = 0
    with atomic_file(target) as raw_out, zipfile.ZipFile(raw_out, "w", allowZip64=True) as zf:
        zf.writestr(_info("manifest.json", now), manifest_bytes)
        zf.writestr(_info("manifest.sig", now), signature)
        sums = "".join(f"{e.sha256}  {member}\n" for member, e in files)
        zf.writestr(_info("SHA256SUMS", now), sums)
        for member, e in files:
            done = _copy_verified(ws, zf, member, e, done, total, progress)
    custody.record_pack_export(ws, case_id, target.name, len(files))
    return PackSummary(target, manifest["case"]["ref"], len(files), int(manifest["counts"]["links"]), total)


def signer_block(ws: Workspace) -> dict[str, Any]:
    """Who signs the pack: this device's public key and fingerprint, and its committee if any.

    A recipient compares the fingerprint with the one the committee gives them
    (``moderator-app evidence check-pack``); a member's workspace checks it against the roster.
    """
    committee_id = ws.local_state("committee_id")
    return {
        "algorithm": "Ed25519",
        "signed_file": "manifest.json",
        "device": ws.identity.device_id,
        "public_key": ws.identity.public_key_b64,
        "fingerprint": ws.identity.fingerprint,
        "committee": None if committee_id is None else {
            "id": committee_id,
            "name": ws.local_state("committee_name") or "",
            "fingerprint": ws.local_state("committee_fingerprint") or "",
        },
    }


def _info(name: str, ms: int, compress: bool = True) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_zip_time(ms))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def _copy_verified(
    ws: Workspace, zf: zipfile.ZipFile, member: str, e: queries.EvidenceRow, done: int, total: int,
    progress: Progress | None,
) -> int:
    assert e.sha256 is not None
    info = _info(member, e.added_at, compress=mime.family(e.mime) not in _STORED_FAMILIES)
    digest = hashlib.sha256()
    path = ws.blobs.path_for(e.sha256)
    try:
        src = ws.blobs.open(e.sha256)
    except FileNotFoundError:
        raise IntegrityError(
            integrity_message(e.name, e.sha256, "missing") + "; the evidence pack was not written", "missing",
            vi=integrity_message(e.name, e.sha256, "missing", "vi") + "; gói chứng cứ không được tạo",
            code="evidence_file_missing",
        ) from None
    except OSError as exc:  # a folder or something else in its place, or a file that cannot be opened
        raise _unreadable(e, path, exc) from None
    with src, zf.open(info, "w", force_zip64=(e.size or 0) > 2**31) as out:
        while True:
            try:
                chunk = src.read(CHUNK)
            except OSError as exc:  # a failing disk: the error is the evidence file's, not the pack's
                raise _unreadable(e, path, exc) from None
            except BlobError:  # a sealed part that does not open: damaged, like a changed byte
                digest = hashlib.sha256(b"damaged")
                break
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if digest.hexdigest() != e.sha256:
        raise IntegrityError(
            integrity_message(e.name, e.sha256, "damaged") + "; the evidence pack was not written", "damaged",
            vi=integrity_message(e.name, e.sha256, "damaged", "vi") + "; gói chứng cứ không được tạo",
            code="evidence_file_damaged",
        )
    return done


def _unreadable(e: queries.EvidenceRow, path: Path, exc: OSError) -> IntegrityError:
    """The stored file of an evidence item cannot be read: named, with where it should be."""
    if isinstance(exc, IsADirectoryError):
        what, what_vi = "is a folder, not a file", "là một thư mục, không phải tệp"
    else:
        what, what_vi = f"cannot be read ({exc.strerror or exc})", f"không đọc được ({exc.strerror or exc})"
    return IntegrityError(
        f"the stored file of evidence {e.id} ({e.name!r}, SHA-256 {e.sha256}) at {path} {what}; the evidence pack "
        "was not written. Run `moderator-app verify`; a good copy can be taken from the shared folder's "
        "devices/*/blobs/ (files are named by their SHA-256)", "damaged",
        vi=f"tệp lưu trữ của chứng cứ {e.id} ({e.name!r}, SHA-256 {e.sha256}) tại {path} {what_vi}; gói chứng cứ "
           "không được tạo. Hãy chạy `moderator-app verify`; có thể lấy bản tốt trong devices/*/blobs/ "
           "của thư mục dùng chung (các tệp được đặt tên theo SHA-256 của chúng)",
        code="evidence_file_unreadable")


__all__ = ["PACK_FORMAT", "PACK_VERSION", "PackSummary", "build_manifest", "export_pack", "safe_member_name"]
