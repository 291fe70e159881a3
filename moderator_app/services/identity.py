"""This installation's identity: a device id, an Ed25519 key pair, and the local member.

The private key file is created readable by its owner only (0600). The public key travels in
roster events so other members can check this device's signatures.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from moderator_app.domain.errors import UserError
from moderator_app.store.atomic import write_atomic

PRIVATE_KEY_FILE = "device.key"
MIN_PASSPHRASE = 8


@dataclass(frozen=True, slots=True)
class Identity:
    device_id: str
    member_id: str
    member_name: str
    public_key_b64: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key_b64)


def fingerprint(public_key_b64: str) -> str:
    """A short, readable digest of a public key, for comparing over the phone."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:24].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_key_b64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def create_private_key(identity_dir: Path) -> Ed25519PrivateKey:
    identity_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _write_private(identity_dir / PRIVATE_KEY_FILE, pem)
    return key


def _write_private(path: Path, pem: bytes) -> None:
    write_atomic(path, pem, mode="private")


def key_is_protected(identity_dir: Path) -> bool:
    """Whether the private key file is encrypted with a passphrase."""
    return b"ENCRYPTED" in (identity_dir / PRIVATE_KEY_FILE).read_bytes()[:64]


def load_private_key(identity_dir: Path, passphrase: str | None = None) -> Ed25519PrivateKey:
    """The device's signing key; a protected key needs its passphrase (``UserError`` if wrong)."""
    data = (identity_dir / PRIVATE_KEY_FILE).read_bytes()
    protected = key_is_protected(identity_dir)
    if protected and not passphrase:
        raise UserError("this device's signing key is protected by a passphrase; give the passphrase to sign",
                        vi="khóa ký của máy này được bảo vệ bằng mật khẩu; hãy nhập mật khẩu để ký",
                        code="passphrase_needed")
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8") if protected and
                                                 passphrase else None)
    except ValueError as exc:
        raise UserError("the passphrase of this device's signing key is not right",
                        vi="mật khẩu của khóa ký trên máy này không đúng", code="passphrase_wrong") from exc
    assert isinstance(key, Ed25519PrivateKey)
    return key


def set_passphrase(identity_dir: Path, old: str | None, new: str | None) -> None:
    """Protect the key with ``new`` (or remove the protection when ``new`` is empty)."""
    key = load_private_key(identity_dir, old)
    if new is not None and len(new) < MIN_PASSPHRASE:
        raise UserError(f"a passphrase needs at least {MIN_PASSPHRASE} characters",
                        vi=f"mật khẩu cần có ít nhất {MIN_PASSPHRASE} ký tự", code="passphrase_too_short")
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(new.encode("utf-8")) if new else serialization.NoEncryption()
    )
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    _write_private(identity_dir / PRIVATE_KEY_FILE, pem)
