"""Encryption at rest: a workspace's database and backups as SQLCipher files, keyed from a passphrase.

A random 256-bit *data key* encrypts the files (``store.driver``). It is kept in
``encryption.json`` in the data folder only wrapped (AES-256-GCM) under a key derived from the
member's passphrase with scrypt (n = 2^15, r = 8, p = 1: about 0.1 s and 32 MB, so guessing is
slow), and, where the system has one and the member agrees, in the OS keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux), so the window opens without asking. A
copied data folder, a stolen laptop's disk image or a backup read without the passphrase is
noise. Changing the passphrase re-wraps the data key; the files are not rewritten.

Converting a workspace backs its database up first, writes an encrypted copy beside it, checks
that it opens and holds the same rows, and only then puts it in place; the backups are converted
the same way. The evidence files are then sealed one by one under a key derived from the data
key (``store.blobs``), each checked before it replaces the file in clear. Should the process stop
half-way, opening the workspace finishes the job: with ``encryption.json`` present, every
database file found in clear is converted, and until ``encryption.json`` says the evidence is
sealed every evidence file in clear is sealed.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from moderator_app.domain.errors import UserError
from moderator_app.store import driver
from moderator_app.store.atomic import write_atomic
from moderator_app.store.paths import WorkspacePaths

log = logging.getLogger(__name__)

MARKER = "encryption.json"
FORMAT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 8
KEYRING_SERVICE = "moderator-app"
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Protection:
    """What ``encryption.json`` says about a workspace."""

    workspace_id: str
    salt: bytes
    n: int
    r: int
    p: int
    nonce: bytes
    wrapped: bytes
    keyring: bool
    evidence_sealed: bool = False  # every evidence file sealed (a workspace encrypted before files were)


@dataclass(frozen=True, slots=True)
class Converted:
    """What a conversion encrypted: database files (the database and its backups), evidence files."""

    databases: int
    evidence: int


def marker_path(root: Path) -> Path:
    return root / MARKER


def is_encrypted(root: Path) -> bool:
    return marker_path(root).is_file()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unreadable(root: Path) -> UserError:
    return UserError(f"{marker_path(root)} is damaged: the workspace's encryption settings cannot be read. Restore "
                     "the file from a copy of the data folder",
                     vi=f"tệp {marker_path(root)} bị hỏng: không đọc được thiết lập mã hóa của không gian làm việc. "
                        "Hãy khôi phục tệp này từ một bản sao của thư mục dữ liệu",
                     code="encryption_settings_damaged")


def read_protection(root: Path) -> Protection:
    try:
        body = json.loads(marker_path(root).read_text(encoding="utf-8"))
        kdf = body["kdf"]
        return Protection(str(body["workspace"]), base64.b64decode(kdf["salt"]), int(kdf["n"]), int(kdf["r"]),
                          int(kdf["p"]), base64.b64decode(body["nonce"]), base64.b64decode(body["wrapped"]),
                          bool(body.get("keyring", False)), body.get("evidence") == "sealed")
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _unreadable(root) from exc


def _write_protection(root: Path, p: Protection) -> None:
    body: dict[str, Any] = {
        "format": FORMAT, "cipher": "sqlcipher4", "workspace": p.workspace_id,
        "kdf": {"name": "scrypt", "n": p.n, "r": p.r, "p": p.p, "salt": _b64(p.salt)},
        "nonce": _b64(p.nonce), "wrapped": _b64(p.wrapped), "keyring": p.keyring,
        "evidence": "sealed" if p.evidence_sealed else "converting",
    }
    write_atomic(marker_path(root), json.dumps(body, indent=1).encode("utf-8"), mode="private")


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _wrap(workspace_id: str, passphrase: str, data_key: bytes, keyring: bool) -> Protection:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, workspace_id.encode("ascii"))
    return Protection(workspace_id, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, nonce, wrapped, keyring)


def _unwrap(p: Protection, passphrase: str) -> bytes:
    """The data key; ``UserError`` when the passphrase does not open it."""
    kek = _kek(passphrase, p.salt, p.n, p.r, p.p)
    try:
        return AESGCM(kek).decrypt(p.nonce, p.wrapped, p.workspace_id.encode("ascii"))
    except InvalidTag:
        raise UserError("that is not the passphrase of this workspace",
                        vi="mật khẩu của không gian làm việc này không đúng", code="data_passphrase_wrong") from None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(f"a passphrase needs at least {MIN_PASSPHRASE} characters",
                        vi=f"mật khẩu cần có ít nhất {MIN_PASSPHRASE} ký tự", code="passphrase_too_short")


# --- the OS keyring (optional) ----------------------------------------------------------------------

def keyring_get(workspace_id: str) -> bytes | None:
    """The data key from the OS keyring, or ``None`` (no keyring, locked, or nothing stored)."""
    try:
        import keyring

        text = keyring.get_password(KEYRING_SERVICE, workspace_id)
        key = base64.b64decode(text) if text else None
    except Exception as exc:
        log.info("no data key from the OS keyring: %s", type(exc).__name__)
        return None
    return key if key and len(key) == 32 else None


def keyring_set(workspace_id: str, key: bytes | None) -> bool:
    """Store (or, with ``None``, remove) the data key in the OS keyring; ``False`` if there is none."""
    try:
        import keyring

        if key is None:
            keyring.delete_password(KEYRING_SERVICE, workspace_id)
        else:
            keyring.set_password(KEYRING_SERVICE, workspace_id, _b64(key))
    except Exception as exc:
        log.info("the OS keyring is not usable: %s", type(exc).__name__)
        return False
    return True


# --- unlocking ---------------------------------------------------------------------------------------

def unlock(root: Path, passphrase: str | None = None) -> bool:
    """Register the workspace's data key for this process: from the keyring, else from
    ``passphrase``. ``True`` when unlocked (or not encrypted); ``False`` when a passphrase is
    needed; ``UserError`` when the one given is wrong."""
    if not is_encrypted(root):
        return True
    if driver.key_for(WorkspacePaths(root).db) is not None:
        return True
    p = read_protection(root)
    key = keyring_get(p.workspace_id) if p.keyring and passphrase is None else None
    if key is None and passphrase is not None:
        key = _unwrap(p, passphrase)
    if key is None:
        return False
    driver.unlock(root, key)
    return True


class WorkspaceLocked(UserError):
    """The workspace is encrypted and its key is not known yet: ask for the passphrase."""


def locked_error(root: Path) -> UserError:
    return WorkspaceLocked(f"the workspace in {root} is encrypted: give its passphrase ($MODERATOR_APP_PASSPHRASE, or "
                     "type it when asked)",
                     vi=f"không gian làm việc trong {root} được mã hóa: hãy nhập mật khẩu của nó "
                        "($MODERATOR_APP_PASSPHRASE, hoặc gõ khi được hỏi)",
                     code="workspace_locked")


# --- converting ----------------------------------------------------------------------------------------

def database_files(paths: WorkspacePaths) -> list[Path]:
    """The database and its backups: every SQLite file the data folder keeps."""
    files = [paths.db] if paths.db.is_file() else []
    if paths.backups.is_dir():
        files += sorted(p for p in paths.backups.iterdir() if p.is_file() and p.suffix == ".sqlite3")
    return files


def _counts(conn: Any) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'case_search%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def encrypt_file(path: Path, key: bytes) -> None:
    """Replace a plain SQLite file with an encrypted copy holding the same rows (checked first)."""
    assert driver.sqlcipher is not None, "check_can_encrypt first"
    tmp = path.with_name(f".tmp-{secrets.token_hex(4)}-{path.name}")
    try:
        src = driver.sqlcipher.connect(str(path))  # no key: reads the plain file
        try:
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = _counts(src)
            src.execute(f"ATTACH DATABASE ? AS encrypted KEY {driver.key_literal(key)}", (str(tmp),))
            src.execute("SELECT sqlcipher_export('encrypted')")
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            src.execute("DETACH DATABASE encrypted")
        finally:
            src.close()
        check = driver.connect(tmp, key=key)
        try:
            if _counts(check) != before or check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise UserError(f"the encrypted copy of {path.name} does not hold the same rows; nothing was changed",
                                vi=f"bản mã hóa của {path.name} không chứa đủ các dòng; chưa có gì bị thay đổi",
                                code="encryption_check_failed")
            if path.name == WorkspacePaths(path.parent).db.name:  # the live database stays in WAL mode
                check.execute("PRAGMA journal_mode = WAL")
        finally:
            check.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    finally:
        tmp.unlink(missing_ok=True)


def seal_evidence(paths: WorkspacePaths, key: bytes, progress: Progress | None = None) -> int:
    """Seal every evidence file still in clear; the count sealed. ``progress(done, total)``
    after each file."""
    from moderator_app.store.blobs import BlobStore, evidence_key

    store = BlobStore(paths.blobs, evidence_key(key))
    names = list(store)
    sealed = 0
    for done, sha in enumerate(names, 1):
        sealed += store.seal(sha)
        if progress is not None:
            progress(done, len(names))
    return sealed


def finish_conversion(root: Path, progress: Progress | None = None) -> Converted:
    """With the key unlocked: convert any database file still in clear (a conversion that
    stopped half-way, a backup restored from elsewhere) and, until that is done once, seal the
    evidence files in clear."""
    paths = WorkspacePaths(root)
    key = driver.key_for(paths.db)
    if key is None:
        return Converted(0, 0)
    databases = 0
    for path in database_files(paths):
        if driver.is_plain_file(path):
            encrypt_file(path, key)
            databases += 1
    p = read_protection(root)
    if p.evidence_sealed:
        return Converted(databases, 0)
    evidence = seal_evidence(paths, key, progress)
    _write_protection(root, replace(p, evidence_sealed=True))
    log.info("sealed %d evidence files", evidence)
    return Converted(databases, evidence)


def check_can_encrypt(paths: WorkspacePaths) -> None:
    """Refuse (``UserError``) a workspace that cannot be encrypted here, before a passphrase is asked."""
    if not driver.available():  # pragma: no cover - the dependency is declared
        raise UserError("this installation cannot encrypt: the sqlcipher3 package is missing",
                        vi="bản cài đặt này không mã hóa được: thiếu gói sqlcipher3", code="encryption_unavailable")
    if is_encrypted(paths.root):
        raise UserError("this workspace is already encrypted", vi="không gian làm việc này đã được mã hóa",
                        code="already_encrypted")
    if not paths.db.is_file():
        raise UserError("there is no database to encrypt", vi="không có cơ sở dữ liệu để mã hóa",
                        code="nothing_to_encrypt")


def encrypt_workspace(paths: WorkspacePaths, passphrase: str, use_keyring: bool,
                      progress: Progress | None = None) -> Converted:
    """Convert a closed workspace (the caller holds its lock): backup first, then every file;
    ``progress(done, total)`` counts the evidence files."""
    from .backups import create_backup

    check_passphrase(passphrase)
    check_can_encrypt(paths)
    create_backup(paths, reason="pre-encrypt")
    data_key = os.urandom(32)
    workspace_id = secrets.token_hex(16)
    stored = use_keyring and keyring_set(workspace_id, data_key)
    _write_protection(paths.root, _wrap(workspace_id, passphrase, data_key, bool(stored)))
    driver.unlock(paths.root, data_key)
    return finish_conversion(paths.root, progress)


def change_passphrase(root: Path, old: str, new: str, use_keyring: bool | None = None) -> None:
    """Re-wrap the data key under a new passphrase (the files stay as they are)."""
    check_passphrase(new)
    p = read_protection(root)
    key = _unwrap(p, old)
    keep = p.keyring if use_keyring is None else (
        keyring_set(p.workspace_id, key if use_keyring else None) and use_keyring)
    _write_protection(root, replace(_wrap(p.workspace_id, new, key, keep), evidence_sealed=p.evidence_sealed))
