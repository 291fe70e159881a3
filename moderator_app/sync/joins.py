"""Join requests: a new device's signed ``devices/<id>/join-request.json`` for the chair to approve.

A request is not an event (the device is not a member yet, so nothing it writes would count);
the chair's approval is, and it carries the device's public key into the roster.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from moderator_app.services.identity import fingerprint
from moderator_app.store.events import canonical_json

from . import signing, untrusted
from .layout import DEVICE_ID, DEVICES, JOIN_REQUEST, device_dir, is_temp_name, write_atomic

REQUEST_FORMAT = 1
MAX_REQUEST_BYTES = 16 * 1024
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class JoinRequest:
    committee_id: str
    device_id: str
    member_id: str
    name: str
    public_key: str
    signature: str

    def body(self) -> dict[str, Any]:
        return {
            "committee": self.committee_id,
            "device": self.device_id,
            "member": self.member_id,
            "name": self.name,
            "public_key": self.public_key,
        }

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_file(self) -> bytes:
        doc = {"format": REQUEST_FORMAT, "request": self.body(), "signature": self.signature}
        return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_request(folder: Path, committee_id: str, device_id: str, member_id: str, name: str,
                  public_key: str, key: Ed25519PrivateKey) -> JoinRequest:
    unsigned = JoinRequest(committee_id, device_id, member_id, name, public_key, "")
    sig = signing.sign(key, canonical_json(unsigned.body()).encode("utf-8"))
    request = JoinRequest(committee_id, device_id, member_id, name, public_key, sig)
    write_atomic(device_dir(folder, device_id) / JOIN_REQUEST, request.to_file())
    return request


def read_request(path: Path, folder_device: str) -> JoinRequest | None:
    """A well-formed, self-signed request from its own device's folder, else ``None``."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_REQUEST_BYTES + 1)
        if len(data) > MAX_REQUEST_BYTES:
            return None
        doc = untrusted.loads(data)
        body = doc["request"]
        request = JoinRequest(
            str(body["committee"]), str(body["device"]), str(body["member"]),
            " ".join(str(body["name"]).split())[:MAX_NAME], str(body["public_key"]), str(doc["signature"]),
        )
        signed = canonical_json(body).encode("utf-8")
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    if request.device_id != folder_device or not request.name:
        return None
    if not signing.verify(request.public_key, signed, request.signature):
        return None
    return request


def list_requests(folder: Path, committee_id: str) -> list[JoinRequest]:
    """Every valid join request for this committee in the folder, by device id."""
    devices = folder / DEVICES
    if not devices.is_dir():
        return []
    found = []
    for entry in sorted(devices.iterdir()):
        if is_temp_name(entry.name) or not DEVICE_ID.match(entry.name):
            continue
        request = read_request(entry / JOIN_REQUEST, entry.name)
        if request is not None and request.committee_id == committee_id:
            found.append(request)
    return found
