"""Checking an evidence pack as its recipient would: the signature, then every file's hash.

An evidence pack leaves the committee (for the police, a platform, a court). Its recipient needs
to know two things: that the files are the ones the committee held (each file's SHA-256 against
the manifest), and that the manifest is the committee's (the exporting member's Ed25519
signature over the exact bytes of ``manifest.json``, in ``manifest.sig``). The signing key's
fingerprint is printed so the recipient can compare it with the one the committee gives them;
a committee member's own workspace also compares it with its roster.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from moderator_app.domain.errors import UserError
from moderator_app.store import driver

from .evidence_pack import PACK_FORMAT
from .identity import fingerprint

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SUMS = "SHA256SUMS"
MAX_MANIFEST = 64 * 1024 * 1024
MAX_MEMBERS = 200_000
CHUNK = 1024 * 1024


@dataclass
class PackCheck:
    """What checking a pack found: ``problems`` is empty when the signature and every file hold."""

    path: Path
    case_ref: str = ""
    signer_name: str = ""
    signer_device: str = ""
    fingerprint: str = ""
    committee: str = ""
    roster: str = "unknown"  # "matches", "differs", "unknown" (no committee workspace to compare with)
    signed: bool = False
    files_checked: int = 0
    problems: list[str] = field(default_factory=list)  # in English
    problems_vi: list[str] = field(default_factory=list)  # the same, in Vietnamese

    def add(self, en: str, vi: str) -> None:
        self.problems.append(en)
        self.problems_vi.append(vi)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "file": str(self.path), "case": self.case_ref, "signed": self.signed,
                "signer": {"name": self.signer_name, "device": self.signer_device, "fingerprint": self.fingerprint,
                           "committee": self.committee, "roster": self.roster},
                "files_checked": self.files_checked, "problems": list(self.problems)}


def check_pack(path: Path, roster_db: Path | None = None) -> PackCheck:
    """Check ``path``; raise ``UserError`` when it is not a readable evidence pack at all.

    ``roster_db``: a committee member's database, to compare the signing key with the roster's.
    """
    path = path.expanduser()
    if not path.exists():
        raise UserError(f"no file {path}", vi=f"không có tệp {path}", code="pack_not_found")
    if not path.is_file():
        raise UserError(f"{path} is not a regular file", vi=f"{path} không phải là một tệp thông thường",
                        code="pack_not_regular_file")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError(f"{path.name} is not a readable zip file ({exc})",
                        vi=f"{path.name} không phải là tệp zip đọc được ({exc})", code="pack_not_zip") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise UserError(f"{path.name} holds {len(infos):,} files: not an evidence pack",
                            vi=f"{path.name} chứa {len(infos):,} tệp: đây không phải là gói chứng cứ",
                            code="pack_too_many_files")
        members = {i.filename: i for i in infos}
        manifest_bytes = _read_small(zf, members, MANIFEST, MAX_MANIFEST, path)
        if manifest_bytes is None:
            raise UserError(f"{path.name} is not an evidence pack: it has no {MANIFEST}",
                            vi=f"{path.name} không phải là gói chứng cứ: trong đó không có {MANIFEST}",
                            code="pack_no_manifest")
        try:
            manifest = json.loads(manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise UserError(f"{path.name}: {MANIFEST} is not readable JSON ({exc})",
                            vi=f"{path.name}: {MANIFEST} không phải JSON đọc được ({exc})",
                            code="pack_manifest_unreadable") from None
        if not isinstance(manifest, dict) or manifest.get("format") != PACK_FORMAT:
            raise UserError(f"{path.name} is not an evidence pack of this application",
                            vi=f"{path.name} không phải là gói chứng cứ do ứng dụng này tạo ra",
                            code="pack_wrong_format")
        result = PackCheck(path, case_ref=str((manifest.get("case") or {}).get("ref", "")))
        _check_signature(zf, members, manifest, manifest_bytes, result)
        if roster_db is not None and result.signed:
            _compare_roster(roster_db, manifest, result)
        _check_files(zf, members, manifest, result)
    return result


def _read_small(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str, limit: int,
                path: Path) -> bytes | None:
    info = members.get(name)
    if info is None:
        return None
    if info.file_size > limit:
        raise UserError(f"{path.name}: {name} is {info.file_size:,} bytes, more than an evidence pack holds",
                        vi=f"{path.name}: {name} có {info.file_size:,} byte, lớn hơn mức một gói chứng cứ có thể chứa",
                        code="pack_member_too_large")
    try:
        with zf.open(info) as f:
            data = f.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UserError(f"{path.name}: {name} cannot be read ({exc})",
                        vi=f"{path.name}: không đọc được {name} ({exc})", code="pack_member_unreadable") from None
    if len(data) > limit:
        raise UserError(f"{path.name}: {name} is larger than it says",
                        vi=f"{path.name}: {name} lớn hơn kích thước ghi trong gói", code="pack_member_size_mismatch")
    return data


def _check_signature(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any],
                     manifest_bytes: bytes, result: PackCheck) -> None:
    signer = manifest.get("signature")
    sig_text = _read_small(zf, members, SIGNATURE, 4096, result.path)
    if not isinstance(signer, dict) or sig_text is None:
        result.add("the pack is not signed (manifest.sig is missing): whoever holds it could have changed the "
                   "manifest; ask the committee for a signed pack",
                   "gói không có chữ ký (thiếu manifest.sig): người giữ gói có thể đã sửa bản kê; hãy đề nghị Ban "
                   "gửi gói có chữ ký")
        return
    exporter = manifest.get("exported_by") if isinstance(manifest.get("exported_by"), dict) else {}
    result.signer_name = str(exporter.get("name", ""))
    result.signer_device = str(signer.get("device", ""))
    committee = signer.get("committee") if isinstance(signer.get("committee"), dict) else {}
    result.committee = str(committee.get("name", ""))
    try:
        raw_key = base64.b64decode(str(signer.get("public_key", "")), validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw_key)
        signature = base64.b64decode(sig_text.strip(), validate=True)
    except (ValueError, binascii.Error):
        result.add("the signature or the signing key in the pack is malformed",
                   "chữ ký hoặc khóa ký trong gói bị sai định dạng")
        return
    result.fingerprint = fingerprint(str(signer["public_key"]))
    try:
        key.verify(signature, manifest_bytes)
    except InvalidSignature:
        result.add("the signature does not match manifest.json: the manifest was changed after the pack was "
                   "exported", "chữ ký không khớp với manifest.json: bản kê đã bị sửa sau khi xuất gói")
        return
    result.signed = True


def _compare_roster(db: Path, manifest: dict[str, Any], result: PackCheck) -> None:
    """Whether the signing key is the one this committee's roster holds for the signing device."""
    device = result.signer_device
    public_key = str(manifest["signature"].get("public_key", ""))
    try:
        conn = driver.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT public_key FROM devices WHERE id = ?", (device,)).fetchone()
        finally:
            conn.close()
    except driver.Error:
        return
    if row is None:
        return
    if row[0] == public_key:
        result.roster = "matches"
    else:
        result.roster = "differs"
        result.add(f"the signing key is not the key this committee's roster holds for device {device}",
                   f"khóa ký không phải khóa mà danh sách thành viên của Ban ghi cho thiết bị {device}")


def _check_files(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any],
                 result: PackCheck) -> None:
    items = manifest.get("items")
    if not isinstance(items, list):
        result.add("the manifest lists no items", "bản kê không liệt kê mục nào")
        return
    listed: set[str] = set()
    for item in items:
        if not isinstance(item, dict) or item.get("kind") != "file":
            continue
        member, sha, size = item.get("path"), item.get("sha256"), item.get("size")
        name = str(item.get("name") or member)
        if not isinstance(member, str) or not isinstance(sha, str) or not isinstance(size, int):
            result.add(f"the manifest's entry for {name} is incomplete", f"mục {name} trong bản kê không đủ thông tin")
            continue
        listed.add(member)
        info = members.get(member)
        if info is None:
            result.add(f"{member} ({name}) is listed in the manifest but missing from the pack",
                       f"{member} ({name}) có trong bản kê nhưng không có trong gói")
            continue
        if info.file_size != size:
            result.add(f"{member} ({name}) is {info.file_size:,} bytes; the manifest says {size:,}",
                       f"{member} ({name}) có {info.file_size:,} byte; bản kê ghi {size:,}".replace(",", "."))
            continue
        digest = hashlib.sha256()
        try:
            with zf.open(info) as f:
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            result.add(f"{member} ({name}) cannot be read: {exc}", f"không đọc được {member} ({name}): {exc}")
            continue
        if digest.hexdigest() != sha:
            result.add(f"{member} ({name}) does not match its SHA-256 in the manifest: it was changed",
                       f"{member} ({name}) không khớp với mã SHA-256 trong bản kê: tệp đã bị thay đổi")
            continue
        result.files_checked += 1
    sums = _read_small(zf, members, SUMS, MAX_MANIFEST, result.path)
    expected = "".join(f"{i['sha256']}  {i['path']}\n" for i in items
                       if isinstance(i, dict) and i.get("kind") == "file" and "path" in i and "sha256" in i)
    if sums is not None and sums.decode("utf-8", "replace") != expected:
        result.add(f"{SUMS} does not agree with the manifest", f"{SUMS} không khớp với bản kê")
    for extra in sorted(set(members) - listed - {MANIFEST, SIGNATURE, SUMS}):
        if not extra.endswith("/"):
            result.add(f"{extra} is in the pack but not in the manifest: it was added",
                       f"{extra} có trong gói nhưng không có trong bản kê: tệp đã được thêm vào")
