"""This installation's identity: a device id, an Ed25519 key pair, and the local member.

The private key file is created readable by its owner only (0600). The public key travels in
roster events so other members can check this device's signatures.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PRIVATE_KEY_FILE = "device.key"


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
    identity_dir.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path = identity_dir / PRIVATE_KEY_FILE
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return key


def load_private_key(identity_dir: Path) -> Ed25519PrivateKey:
    data = (identity_dir / PRIVATE_KEY_FILE).read_bytes()
    key = serialization.load_pem_private_key(data, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key
