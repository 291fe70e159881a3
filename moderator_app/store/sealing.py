"""Personal fields sealed under keys of their own, so forgetting a person is destroying a key.

A report's reporter (name and contact) and a letter addressed to that reporter travel in signed
events, which no one may change afterwards. So those fields are written encrypted (AES-256-GCM)
under a key made for the report; the key lives beside the history, never in it: in the
``personal_keys`` table and in the key files of the shared folder (``sync/keyfiles.py``). An
erasure (``privacy.erased``) destroys the key on every member: the signed history stays whole
and verifiable, and what it holds of the person can no longer be read by anyone.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import sqlite3
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
SEALED = "sealed"  # the payload key that holds the sealed fields


def new_key() -> tuple[str, bytes]:
    """A fresh key id (32 lowercase hex digits, an entity id's shape) and a random 256-bit key."""
    return secrets.token_hex(16), os.urandom(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def seal(key_id: str, key: bytes, fields: dict[str, Any]) -> dict[str, str]:
    """``fields`` as ``{"key", "nonce", "data"}``: the key id is bound to the ciphertext."""
    nonce = os.urandom(NONCE_BYTES)
    plain = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    data = AESGCM(key).encrypt(nonce, plain, key_id.encode("ascii"))
    return {"key": key_id, "nonce": _b64(nonce), "data": _b64(data)}


def open_sealed(sealed: dict[str, Any], key: bytes) -> dict[str, Any] | None:
    """The fields sealed in ``sealed``; ``None`` if the key does not open them (a wrong or
    tampered key, or damaged data): the caller shows them as unreadable, never guesses."""
    try:
        nonce, data = _unb64(sealed["nonce"]), _unb64(sealed["data"])
        plain = AESGCM(key).decrypt(nonce, data, str(sealed["key"]).encode("ascii"))
        fields = json.loads(plain.decode("utf-8"))
    except (InvalidTag, KeyError, ValueError, TypeError, binascii.Error, UnicodeError):
        return None
    return fields if isinstance(fields, dict) else None


def key_text(key: bytes) -> str:
    """A key as written in a key file."""
    return _b64(key)


def key_from_text(text: object) -> bytes | None:
    """A key read from a key file, or ``None`` if it is not one."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    try:
        key = _unb64(text)
    except (ValueError, binascii.Error):
        return None
    return key if len(key) == KEY_BYTES else None


# --- the local key table --------------------------------------------------------------------------

def store_key(cur: sqlite3.Cursor | sqlite3.Connection, key_id: str, key: bytes, device_id: str) -> bool:
    """Keep a key, unless it was erased (an erasure is final: a key file written before it, or by a
    member who has not applied it yet, never brings the person back). ``True`` if it is kept."""
    if cur.execute("SELECT 1 FROM erased_keys WHERE id = ?", (key_id,)).fetchone() is not None:
        return False
    cur.execute("INSERT OR IGNORE INTO personal_keys (id, key, device_id) VALUES (?, ?, ?)", (key_id, key, device_id))
    cur.execute("DELETE FROM sealed_waiting WHERE key_id = ?", (key_id,))
    return True


def key_of(cur: sqlite3.Cursor | sqlite3.Connection, key_id: str) -> bytes | None:
    row = cur.execute("SELECT key FROM personal_keys WHERE id = ?", (key_id,)).fetchone()
    return bytes(row[0]) if row is not None else None


def unsealed(cur: sqlite3.Cursor | sqlite3.Connection, payload: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The fields sealed in ``payload`` (empty when there are none, or its key is missing or
    erased) and the key id they are sealed under (``None`` when nothing is sealed)."""
    sealed = payload.get(SEALED)
    if not isinstance(sealed, dict):
        return {}, None
    key_id = str(sealed.get("key", ""))
    key = key_of(cur, key_id)
    if key is None:
        if cur.execute("SELECT 1 FROM erased_keys WHERE id = ?", (key_id,)).fetchone() is None:
            cur.execute("INSERT OR IGNORE INTO sealed_waiting (key_id) VALUES (?)", (key_id,))
        return {}, key_id
    return open_sealed(sealed, key) or {}, key_id
