"""The committee's trust root: ``committee.json``, written once by the chair and pinned by members.

It names the committee (id and name) and the chair's device and public key, and is signed by
that key. Members compare its fingerprint by phone when they join; after that every round checks
that the folder still holds the same root.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from moderator_app.store.events import canonical_json

from . import signing, untrusted
from .errors import FolderError
from .layout import ROOT_FILE, write_atomic

ROOT_FORMAT = 1
MAX_ROOT_BYTES = 64 * 1024


def digest_fingerprint(data: bytes) -> str:
    """Six groups of four hex digits of a SHA-256: short enough to read aloud."""
    digest = hashlib.sha256(data).hexdigest()[:24].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True, slots=True)
class Root:
    committee_id: str
    name: str
    chair_member: str
    chair_device: str
    chair_key: str  # base64 raw Ed25519 public key
    signature: str

    def body(self) -> dict[str, Any]:
        return {
            "id": self.committee_id,
            "name": self.name,
            "chair_member": self.chair_member,
            "chair_device": self.chair_device,
            "chair_key": self.chair_key,
        }

    def signed_bytes(self) -> bytes:
        return canonical_json(self.body()).encode("utf-8")

    @property
    def fingerprint(self) -> str:
        return digest_fingerprint(self.signed_bytes())

    def to_file(self) -> bytes:
        doc = {"format": ROOT_FORMAT, "committee": self.body(), "signature": self.signature}
        return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def make_root(committee_id: str, name: str, member_id: str, device_id: str, public_key: str,
              key: Ed25519PrivateKey) -> Root:
    unsigned = Root(committee_id, name, member_id, device_id, public_key, "")
    return Root(committee_id, name, member_id, device_id, public_key, signing.sign(key, unsigned.signed_bytes()))


def parse_root(data: bytes, where: str, where_vi: str | None = None) -> Root:
    """A root from its file bytes, its self-signature checked; ``FolderError`` otherwise.

    ``where`` names the file for people (``where_vi`` in Vietnamese, when it is not a path).
    """
    vi_where = where if where_vi is None else where_vi
    try:
        doc = untrusted.loads(data)
        body = doc["committee"]
        root = Root(
            str(body["id"]), str(body["name"]), str(body["chair_member"]), str(body["chair_device"]),
            str(body["chair_key"]), str(doc["signature"]),
        )
        fmt = int(doc["format"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise FolderError(f"{where} is not a committee root file", vi=f"{vi_where} không phải tệp gốc của ban",
                          code="not_a_root_file") from None
    if fmt > ROOT_FORMAT:
        raise FolderError(f"{where} was written by a newer version of the application; update it",
                          vi=f"{vi_where} được ghi bởi một phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng",
                          code="root_too_new")
    if not signing.verify(root.chair_key, root.signed_bytes(), root.signature):
        raise FolderError(f"{where} is not signed by the chair key it names: the file was changed",
                          vi=f"{vi_where} không được ký bằng khóa của Trưởng ban mà tệp ghi: tệp đã bị sửa đổi",
                          code="root_signature_mismatch")
    return root


def read_root(folder: Path) -> Root:
    """The root of a shared folder; ``FolderError`` if the folder is missing or not a committee's."""
    if not folder.is_dir():
        raise folder_unreachable(folder)
    path = folder / ROOT_FILE
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_ROOT_BYTES + 1)
    except FileNotFoundError:
        raise FolderError(
            f"{folder} is not a committee folder (it has no {ROOT_FILE}); the chair creates it with "
            "`committee create`",
            vi=f"{folder} không phải thư mục của ban (không có {ROOT_FILE}); Trưởng ban tạo thư mục này bằng "
               "`committee create`",
            code="not_a_committee_folder",
        ) from None
    except OSError as exc:
        raise FolderError(f"cannot read {path}: {exc.strerror}", vi=f"không đọc được {path}: {exc.strerror}",
                          code="root_unreadable") from None
    if len(data) > MAX_ROOT_BYTES:
        raise FolderError(f"{path} is too large to be a committee root file",
                          vi=f"{path} quá lớn, không thể là tệp gốc của ban", code="root_too_large")
    return parse_root(data, str(path))


def folder_unreachable(folder: Path) -> FolderError:
    """The one refusal for a shared folder that is not there (a drive not mounted, a typo)."""
    return FolderError(f"the shared folder {folder} does not exist or is not reachable",
                       vi=f"thư mục dùng chung {folder} không tồn tại hoặc không truy cập được",
                       code="shared_folder_unreachable")


def write_root(folder: Path, root: Root) -> None:
    write_atomic(folder / ROOT_FILE, root.to_file())
