"""Evidence: attaching files and links to a case, opening them verified, and removing them.

Attaching is two steps so a window can copy a large file off its GUI thread: ``stage_files``
checks every file and copies its bytes into the blob store (no event yet), ``record_files``
writes the events. ``add_files`` does both. A bad file anywhere in a batch refuses the whole
batch with a message naming it, and blobs copied for that batch are taken back out, so nothing
is stored. The type of a file is sniffed from its content (``domain.mime``); a name that claims
another type is kept and shown as a mismatch.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from moderator_app.domain import mime as mimetypes
from moderator_app.domain.errors import NotFound, UserError, WriteFailed, no_case
from moderator_app.domain.permissions import allowed_roles
from moderator_app.domain.text import has_other_scheme
from moderator_app.store import evidence_queries as eq
from moderator_app.store.atomic import atomic_file, describe_write_error
from moderator_app.store.blobs import BlobError
from moderator_app.store.database import raw_connection

from .cases import CaseKey, find_case
from .transaction import Transaction
from .workspace import Workspace

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2 * 1024**3
SETTING_MAX_BYTES = "evidence_max_bytes"
SETTING_SENSITIVE_BLUR = "sensitive_blur"
MAX_NAME = 255
MAX_URL = 2_000
MAX_NOTE = 5_000
MAX_FILES = 500


@dataclass(frozen=True, slots=True)
class StagedFile:
    """A file whose bytes are in the blob store, waiting for its event."""

    source: Path
    name: str
    sha256: str
    size: int
    mime: str
    claimed_mime: str | None
    new_blob: bool  # this batch put the bytes there (taken back out if the batch fails)


@dataclass(frozen=True, slots=True)
class AddedEvidence:
    id: str
    name: str
    sha256: str
    size: int
    mime: str
    claimed_mime: str | None
    duplicate: bool  # the same bytes were already evidence of this case: nothing added


@dataclass(frozen=True, slots=True)
class Attached:
    ref: str
    case_id: str
    items: tuple[AddedEvidence, ...]


def max_bytes(ws: Workspace) -> int:
    """The largest file accepted as evidence (the setting ``evidence_max_bytes``, default 2 GB)."""
    value = ws.setting(SETTING_MAX_BYTES, DEFAULT_MAX_BYTES)
    try:
        limit = int(value)
    except (TypeError, ValueError):
        log.warning("ignoring the setting %s=%r: not a number", SETTING_MAX_BYTES, value)
        return DEFAULT_MAX_BYTES
    return limit if limit > 0 else DEFAULT_MAX_BYTES


def size_text(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"


def _clean_name(name: str) -> str:
    cleaned = "".join(ch for ch in name if ch.isprintable()).strip()
    if len(cleaned) > MAX_NAME:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[: MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else cleaned[:MAX_NAME]
    return cleaned or "evidence"


def check_source(path: Path, limit: int) -> int:
    """The size of a file that may be attached; ``UserError`` saying what is wrong otherwise."""
    shown = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UserError(f"{shown}: no such file; check the name and folder",
                        vi=f"{shown}: không có tệp này; hãy kiểm tra tên tệp và thư mục",
                        code="attach_file_not_found") from None
    except OSError as exc:
        raise UserError(f"{shown}: cannot be read ({exc.strerror})",
                        vi=f"{shown}: không đọc được tệp ({exc.strerror})", code="attach_file_unreadable") from None
    if path.is_dir():
        raise UserError(f"{shown} is a folder; attach the files inside it",
                        vi=f"{shown} là một thư mục; hãy đính kèm các tệp bên trong thư mục đó",
                        code="attach_folder")
    if not path.is_file():
        en, vi = _not_regular(shown, st.st_mode)
        raise UserError(en, vi=vi, code="attach_not_regular_file")
    if st.st_size == 0:
        raise UserError(f"{shown} is empty (0 bytes): there is nothing to keep as evidence",
                        vi=f"{shown} trống (0 byte): không có gì để lưu làm chứng cứ", code="attach_file_empty")
    if st.st_size > limit:
        raise UserError(
            f"{shown} is {st.st_size:,} bytes ({size_text(st.st_size)}), larger than the evidence limit of "
            f"{limit:,} bytes ({size_text(limit)}); "
            "Settings → Evidence (Cài đặt → Chứng cứ) changes the limit",
            vi=f"{shown} có {st.st_size:,} byte ({size_text(st.st_size)}), vượt giới hạn chứng cứ "
               f"{limit:,} byte ({size_text(limit)}); có thể đổi giới hạn trong Cài đặt → Chứng cứ",
            code="attach_file_too_large",
        )
    try:
        with open(path, "rb") as fh:  # a regular file, just checked: opening it cannot block
            fh.read(1)
    except OSError as exc:
        raise UserError(f"{shown}: cannot be read ({exc.strerror}); check its permissions",
                        vi=f"{shown}: không đọc được tệp ({exc.strerror}); hãy kiểm tra quyền truy cập tệp",
                        code="attach_file_unreadable") from None
    return st.st_size


def _not_regular(shown: str, mode: int) -> tuple[str, str]:
    """The refusal of something that is not a file, in English and Vietnamese."""
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind, kind_vi = "a device", "một thiết bị"
    elif stat.S_ISFIFO(mode):
        kind, kind_vi = "a pipe", "một pipe (đường ống)"
    elif stat.S_ISSOCK(mode):
        kind, kind_vi = "a socket", "một socket"
    else:
        kind, kind_vi = "something else", "một thứ khác"
    return (f"{shown} is {kind}, not a regular file: only files can be kept as evidence; nothing was read",
            f"{shown} là {kind_vi}, không phải tệp thông thường: chỉ có thể lưu tệp làm chứng cứ; "
            "chưa đọc gì từ đó")


def open_regular(path: Path) -> BinaryIO:
    """Open a file to read as evidence, refusing (``UserError``) anything but a regular file, judged
    on the opened descriptor itself: a pipe, a device or a folder put in its place after the check
    would block the reader or never end (``/dev/zero``). Never blocks on opening."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UserError(f"{path} is a folder; attach the files inside it",
                            vi=f"{path} là một thư mục; hãy đính kèm các tệp bên trong thư mục đó",
                            code="attach_folder")
        if not stat.S_ISREG(mode):
            en, vi = _not_regular(str(path), mode)
            raise UserError(en, vi=vi, code="attach_not_regular_file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def stage_files(ws: Workspace, paths: Sequence[Path]) -> list[StagedFile]:
    """Check every file, then copy each into the blob store. Thread-safe: it writes no event."""
    if not paths:
        raise UserError("no file given: name at least one file to attach",
                        vi="chưa có tệp nào: hãy nêu ít nhất một tệp để đính kèm", code="attach_no_files")
    if len(paths) > MAX_FILES:
        raise UserError(f"at most {MAX_FILES} files can be attached at once",
                        vi=f"mỗi lần chỉ đính kèm được tối đa {MAX_FILES} tệp", code="attach_too_many_files")
    limit = max_bytes(ws)
    for path in paths:
        check_source(Path(path), limit)
    staged: list[StagedFile] = []
    try:
        for path in paths:
            p = Path(path)
            try:
                with open_regular(p) as source:  # reads bounded by the limit
                    blob = ws.blobs.put_stream(source, limit)
            except BlobError as exc:  # put_stream refuses only a file that grew past the limit
                raise UserError(f"{p}: {exc}", vi=f"{p}: tệp lớn hơn giới hạn chứng cứ {limit:,} byte",
                                code="attach_file_too_large") from None
            except OSError as exc:
                if exc.filename is not None and Path(exc.filename) == p:
                    raise UserError(f"{p}: cannot be read ({exc.strerror}); check the file and try again",
                                    vi=f"{p}: không đọc được tệp ({exc.strerror}); hãy kiểm tra tệp rồi thử lại",
                                    code="attach_file_unreadable") from None
                problem = describe_write_error(exc, ws.blobs.root / p.name)
                raise WriteFailed(f"{p} could not be copied into the evidence store: {problem}",
                                  vi=f"không chép được {p} vào kho chứng cứ: {_write_problem_vi(exc, ws.blobs.root)}",
                                  code="evidence_store_write_failed") from None
            with ws.blobs.open(blob.sha256) as fh:  # what was stored, not the source read again
                head = fh.read(mimetypes.SNIFF_BYTES)
            detected = mimetypes.detect(head, p.name)
            staged.append(StagedFile(p, _clean_name(p.name), blob.sha256, blob.size, detected.mime,
                                     detected.claimed, not blob.existed))
    except BaseException:
        discard(ws, staged)
        raise
    return staged


def _write_problem_vi(exc: OSError, folder: Path) -> str:
    """What went wrong writing into the evidence store, and what to do, in Vietnamese."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"ổ đĩa đã đầy; hãy giải phóng dung lượng trên ổ đĩa chứa {folder} rồi thử lại"
    if exc.errno == errno.EROFS:
        return f"{folder} nằm trên ổ đĩa chỉ đọc, không ghi được vào đó"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"tài khoản này không có quyền ghi vào thư mục {folder}; hãy xin quyền ghi vào thư mục đó"
    return f"không ghi được ({exc.strerror or exc}); hãy kiểm tra ổ đĩa và thư mục {folder} rồi thử lại"


def discard(ws: Workspace, staged: Iterable[StagedFile]) -> None:
    """Take back out the blobs a failed batch copied in, unless evidence refers to them."""
    fresh = {s.sha256 for s in staged if s.new_blob}
    if not fresh:
        return
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        used = {r[0] for r in raw.execute(
            f"SELECT DISTINCT sha256 FROM evidence WHERE sha256 IN ({','.join('?' * len(fresh))})", tuple(fresh)
        )}
    for sha in fresh - used:
        ws.blobs.path_for(sha).unlink(missing_ok=True)


def clean_url(url: str, what: str = "the source URL", what_vi: str = "địa chỉ nguồn") -> str:
    """A web address (``https://`` added when no scheme is given); ``what``/``what_vi`` name it in refusals."""
    text = url.strip()
    if not text:
        return ""
    if len(text) > MAX_URL:
        raise UserError(f"{what} is longer than {MAX_URL} characters",
                        vi=f"{what_vi} dài hơn {MAX_URL} ký tự", code="url_too_long")
    if has_other_scheme(text):
        raise UserError(f"{what} must be a web address (http or https): {text!r}",
                        vi=f"{what_vi} phải là một địa chỉ web (http hoặc https): {text!r}",
                        code="url_not_web_address")
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        raise UserError(f"{what} is not a valid web address: {url.strip()!r}",
                        vi=f"{what_vi} không phải là một địa chỉ web hợp lệ: {url.strip()!r}",
                        code="url_invalid") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise UserError(f"{what} must be a web address (http or https): {url.strip()!r}",
                        vi=f"{what_vi} phải là một địa chỉ web (http hoặc https): {url.strip()!r}",
                        code="url_not_web_address")
    return text


def _clean_note(note: str | None) -> str:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise UserError(f"an evidence note can hold at most {MAX_NOTE} characters",
                        vi=f"ghi chú về chứng cứ chỉ được dài tối đa {MAX_NOTE} ký tự", code="evidence_note_too_long")
    return text


def _require(ws: Workspace, event_type: str, action: str) -> None:
    ws.require_role(*sorted(allowed_roles(event_type)), action=action)


def live_case(tx: Transaction, ref: str) -> CaseKey:
    """The case named by ``ref``, or the case it was merged into."""
    key = find_case(tx, ref)
    for _ in range(64):
        row = tx.one("SELECT merged_into FROM cases WHERE id = ?", (key.id,))
        if row is None or row[0] is None:
            return key
        target = tx.one("SELECT id, ref FROM cases WHERE id = ?", (row[0],))
        if target is None:
            return key
        key = CaseKey(target[0], target[1])
    return key


def _check_report(tx: Transaction, key: CaseKey, report_id: str | None) -> str | None:
    if not report_id:
        return None
    row = tx.one("SELECT case_id FROM reports WHERE id = ?", (report_id.strip().lower(),))
    if row is None or row[0] != key.id:
        raise NotFound(f"case {key.ref} has no report {report_id!r}",
                       vi=f"hồ sơ {key.ref} không có phản ánh {report_id!r}", code="no_report_in_case")
    return report_id.strip().lower()


def record_staged_in(
    tx: Transaction,
    key: CaseKey,
    staged: Sequence[StagedFile],
    *,
    note: str = "",
    url: str = "",
    captured_at: int | None = None,
    report: str | None = None,
) -> list[AddedEvidence]:
    """Inside a caller's transaction: one ``evidence.added`` per staged file new to the case.

    ``note`` and ``url`` are clean already (``clean_url``, ``_clean_note``).
    """
    items: list[AddedEvidence] = []
    seen: dict[str, str] = {}
    for s in staged:
        existing = seen.get(s.sha256) or tx.scalar(
            "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ? AND deleted = 0 ORDER BY id LIMIT 1",
            (key.id, s.sha256),
        )
        if existing:
            items.append(AddedEvidence(existing, s.name, s.sha256, s.size, s.mime, s.claimed_mime, True))
            continue
        evidence_id = tx.new_id()
        payload: dict[str, object] = {
            "sha256": s.sha256,
            "size": s.size,
            "mime": s.mime,
            "name": s.name,
            "url": url,
            "captured_at": captured_at,
            "note": note,
            "report": report,
        }
        if s.claimed_mime:
            payload["claimed_mime"] = s.claimed_mime
        tx.emit("evidence.added", evidence_id, payload, case_id=key.id)
        seen[s.sha256] = evidence_id
        items.append(AddedEvidence(evidence_id, s.name, s.sha256, s.size, s.mime, s.claimed_mime, False))
    return items


def record_files(
    ws: Workspace,
    ref: str,
    staged: Sequence[StagedFile],
    *,
    note: str = "",
    source_url: str = "",
    captured_at: int | None = None,
    report_id: str | None = None,
) -> Attached:
    """Write the events for staged files: one ``evidence.added`` per new file of the case."""
    _require(ws, "evidence.added", "attaching evidence")
    try:
        note_text = _clean_note(note)
        url = clean_url(source_url)
        with ws.transaction() as tx:
            key = live_case(tx, ref)
            report = _check_report(tx, key, report_id)
            items = record_staged_in(tx, key, staged, note=note_text, url=url, captured_at=captured_at,
                                     report=report)
    except BaseException:
        discard(ws, staged)
        raise
    return Attached(key.ref, key.id, tuple(items))


def add_files(
    ws: Workspace,
    ref: str,
    paths: Sequence[Path],
    *,
    note: str = "",
    source_url: str = "",
    captured_at: int | None = None,
    report_id: str | None = None,
) -> Attached:
    """Attach files to a case, all or nothing."""
    _require(ws, "evidence.added", "attaching evidence")
    with ws.db.read() as conn:
        from moderator_app.store.queries import find_case_id

        if find_case_id(raw_connection(conn), ref) is None:
            raise no_case(ref)
    clean_url(source_url)
    _clean_note(note)
    staged = stage_files(ws, paths)
    return record_files(ws, ref, staged, note=note, source_url=source_url, captured_at=captured_at,
                        report_id=report_id)


def add_link(
    ws: Workspace,
    ref: str,
    url: str,
    *,
    description: str = "",
    captured_at: int | None = None,
    report_id: str | None = None,
) -> tuple[str, str]:
    """Keep a link as evidence (nothing is fetched). Returns (case ref, evidence id)."""
    _require(ws, "evidence.link_added", "adding a link as evidence")
    address = clean_url(url, "the link", "liên kết")
    if not address:
        raise UserError("the link is empty: give the address of the page or post",
                        vi="liên kết đang trống: hãy nhập địa chỉ của trang hoặc bài đăng", code="link_empty")
    text = _clean_note(description)
    with ws.transaction() as tx:
        key = live_case(tx, ref)
        report = _check_report(tx, key, report_id)
        evidence_id = tx.new_id()
        tx.emit("evidence.link_added", evidence_id,
                {"url": address, "note": text, "captured_at": captured_at, "report": report,
                 "name": ""}, case_id=key.id)
    return key.ref, evidence_id


def resolve_evidence(ws: Workspace, text: str) -> eq.EvidenceItem:
    """An evidence item by its id or an unambiguous beginning of it."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        ids = eq.find_evidence_ids(raw, text)
        if len(ids) > 1:
            raise UserError(f"more than one evidence item starts with {text.strip()!r}; give more of its id",
                            vi=f"có nhiều chứng cứ có mã bắt đầu bằng {text.strip()!r}; hãy nhập thêm ký tự của mã",
                            code="evidence_id_ambiguous")
        item = eq.get_evidence(raw, ids[0]) if ids else None
    if item is None:
        raise NotFound(f"no evidence {text.strip()!r} in this workspace; `evidence list REF` shows the ids",
                       vi=f"không có chứng cứ {text.strip()!r} trong không gian làm việc này; lệnh "
                          "`evidence list REF` cho biết mã của các chứng cứ", code="no_evidence")
    return item


def remove_evidence(ws: Workspace, evidence_id: str, reason: str = "") -> eq.EvidenceItem:
    """Remove an item from its case (a tombstone: its bytes stay in the store)."""
    _require(ws, "evidence.removed", "removing evidence")
    item = resolve_evidence(ws, evidence_id)
    if item.deleted:
        raise UserError(f"evidence {item.row.id} was already removed",
                        vi=f"chứng cứ {item.row.id} đã được gỡ khỏi hồ sơ trước đó", code="evidence_already_removed")
    text = _clean_note(reason)
    with ws.transaction() as tx:
        tx.emit("evidence.removed", item.row.id,
                {"name": item.row.name or item.row.url, "reason": text}, case_id=item.case_id)
    return item


# --- opening -----------------------------------------------------------------------------------


class IntegrityError(UserError):
    """An evidence file is missing from this store, or its bytes no longer match its hash."""

    def __init__(self, message: str, problem: str, *, vi: str | None = None, code: str | None = None) -> None:
        super().__init__(message, vi=vi, code=code or f"evidence_file_{problem}")
        self.problem = problem  # "missing" or "damaged"


def blob_problem(ws: Workspace, sha256: str) -> str | None:
    """``None`` if the blob is intact, else ``"missing"`` or ``"damaged"`` (reads it all)."""
    return ws.blobs.check(sha256)


def integrity_message(name: str, sha256: str, problem: str, lang: str = "en") -> str:
    """What a missing or damaged file means for the member, in ``lang`` (``en`` or ``vi``)."""
    if problem == "missing":
        if lang == "en":
            return (f"the file {name!r} (SHA-256 {sha256}) is not in this computer's evidence store; "
                    "it may arrive with the next sync")
        return (f"tệp {name!r} (SHA-256 {sha256}) chưa có trong kho chứng cứ của máy này; "
                "tệp có thể đến ở lần đồng bộ tới")
    if lang == "en":
        return (f"the file {name!r} (SHA-256 {sha256}) is damaged: its content no longer matches the fingerprint "
                "taken when it was attached. Do not rely on it; ask a member who holds an intact copy")
    return (f"tệp {name!r} (SHA-256 {sha256}) đã bị hỏng: nội dung không còn khớp với dấu vân tay lấy khi "
            "đính kèm. Đừng dựa vào tệp này; hãy nhờ một thành viên còn giữ bản nguyên vẹn")


def unreadable_texts(name: str, sha256: str, path: Path, exc: OSError) -> tuple[str, str]:
    """Why the stored file of an item cannot be read (something else in its place, a failing disk),
    in English and Vietnamese."""
    if isinstance(exc, IsADirectoryError):
        what, what_vi = "is a folder, not a file", "là một thư mục, không phải tệp"
    else:
        reason = exc.strerror or exc
        what, what_vi = f"cannot be read ({reason})", f"không đọc được ({reason})"
    return (f"the stored file of {name!r} (SHA-256 {sha256}) at {path} {what}",
            f"tệp lưu trữ của {name!r} (SHA-256 {sha256}) tại {path} {what_vi}")


def read_verified(ws: Workspace, item: eq.EvidenceRow) -> bytes:
    """The bytes of a file, checked against its hash; ``IntegrityError`` otherwise."""
    if item.kind != "file" or not item.sha256:
        raise UserError("a link has no file to open", vi="liên kết không có tệp để mở", code="link_has_no_file")
    try:
        return ws.blobs.read_verified(item.sha256)
    except BlobError:
        problem = ws.blobs.check(item.sha256) or "damaged"
    en, vi = (integrity_message(item.name, item.sha256, problem, lang) for lang in ("en", "vi"))
    if problem == "missing":
        raise IntegrityError(en, problem, vi=vi, code="evidence_file_missing")
    raise IntegrityError(en, "damaged", vi=vi, code="evidence_file_damaged")


def record_integrity_failure(ws: Workspace, evidence_id: str, problem: str) -> bool:
    """Put "this file was damaged when opened" in the case history, once per member's device.

    Returns whether an event was written. A missing file is not recorded: before a sync has
    brought it, that is the normal state of a new item. A role that may not write evidence
    events (an observer) only gets the warning.
    """
    if problem != "damaged":
        return False
    from moderator_app.domain.permissions import may_author

    if not may_author(ws.role(), "evidence.integrity_failed"):
        log.warning("evidence %s is damaged; not recorded (role %s)", evidence_id, ws.role().value)
        return False
    item = resolve_evidence(ws, evidence_id)
    with ws.transaction() as tx:
        done = tx.one(
            "SELECT 1 FROM events WHERE type = 'evidence.integrity_failed' AND entity = ? AND device_id = ? LIMIT 1",
            (item.row.id, ws.identity.device_id),
        )
        if done is not None:
            return False
        tx.emit("evidence.integrity_failed", item.row.id,
                {"sha256": item.row.sha256, "name": item.row.name, "problem": problem}, case_id=item.case_id)
    return True


def save_copy(ws: Workspace, item: eq.EvidenceRow, target: Path) -> None:
    """Write a verified copy of a file (for another program), atomically."""
    import hashlib

    if item.kind != "file" or not item.sha256:
        raise UserError("a link has no file to save", vi="liên kết không có tệp để lưu", code="link_has_no_file")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist",
                        vi=f"thư mục {target.parent} không tồn tại", code="output_folder_missing")
    path = ws.blobs.path_for(item.sha256)
    try:
        src = ws.blobs.open(item.sha256)
    except FileNotFoundError:
        raise IntegrityError(integrity_message(item.name, item.sha256, "missing"), "missing",
                             vi=integrity_message(item.name, item.sha256, "missing", "vi"),
                             code="evidence_file_missing") from None
    except OSError as exc:  # a folder in its place, or a file that cannot be opened
        en, vi = unreadable_texts(item.name, item.sha256, path, exc)
        raise IntegrityError(f"{en}; nothing was written", "damaged", vi=f"{vi}; chưa ghi gì cả",
                             code="evidence_file_unreadable") from None
    digest = hashlib.sha256()
    with src, atomic_file(target) as out:
        try:
            while chunk := src.read(1024 * 1024):
                digest.update(chunk)
                out.write(chunk)
        except BlobError:  # a sealed part that does not open: damaged, like a changed byte
            digest = hashlib.sha256(b"damaged")
        if digest.hexdigest() != item.sha256:
            raise IntegrityError(integrity_message(item.name, item.sha256, "damaged"), "damaged",
                                 vi=integrity_message(item.name, item.sha256, "damaged", "vi"),
                                 code="evidence_file_damaged")
