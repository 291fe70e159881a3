"""Files people or other programs read are written whole or not at all: a failure in the middle
(a full disk, a refused rename) leaves the previous file, or none, under the final name, and no
temporary file behind."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import UserError, WriteFailed
from moderator_app.services import backups, evidence, evidence_pack, exports, public_register, reports, statistics
from moderator_app.services.identity import PRIVATE_KEY_FILE
from moderator_app.services.workspace import Workspace
from moderator_app.store import atomic, queries
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import CaseFilter

from .conftest import DATA
from .faults import disk_full, leftovers

OLD = b"the previous version, which must survive"


def test_a_block_that_fails_leaves_the_previous_file(tmp_path: Path):
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)
    with pytest.raises(RuntimeError), atomic.atomic_file(target) as fh:
        fh.write(b"half of the new")
        raise RuntimeError("crash in the middle")
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []
    atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and leftovers(tmp_path) == []


def test_a_full_disk_is_a_clear_message_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "out.bin"
    with disk_full(tmp_path, after=2) as budget, pytest.raises(WriteFailed) as caught:
        atomic.write_atomic(target, io.BytesIO(b"x" * (5 * atomic.COPY_CHUNK)))
    assert budget.failed == 1
    assert "disk is full" in str(caught.value) and str(target) in str(caught.value)
    assert not target.exists() and leftovers(tmp_path) == []


def test_temporary_names_are_hidden_from_readers_and_modes_are_kept(tmp_path: Path):
    from moderator_app.sync.layout import is_temp_name

    assert is_temp_name(atomic.temp_path_for(tmp_path / "0000000001-0000000002.zip").name)
    atomic.write_atomic(tmp_path / "key.pem", b"k", mode="private")
    atomic.write_atomic(tmp_path / "index.html", b"<p>", mode="public")
    atomic.write_atomic(tmp_path / "export.xlsx", b"x")
    if os.name == "posix":
        assert (tmp_path / "key.pem").stat().st_mode & 0o777 == 0o600
        assert (tmp_path / "index.html").stat().st_mode & 0o777 == 0o644
        umask = os.umask(0)
        os.umask(umask)
        assert (tmp_path / "export.xlsx").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "disk is full"), (errno.EACCES, "may not write in the folder"), (errno.EROFS, "read-only disk"),
])
def test_messages_name_the_folder_and_what_to_do(tmp_path: Path, code: int, words: str):
    message = atomic.describe_write_error(OSError(code, os.strerror(code)), tmp_path / "x.xlsx")
    assert words in message and str(tmp_path) in message
    assert any(w in message for w in ("choose another folder", "free some space", "ask for permission"))


def test_a_missing_folder_and_a_folder_for_a_name(tmp_path: Path):
    with pytest.raises(WriteFailed, match="does not exist"):
        atomic.write_atomic(tmp_path / "nowhere" / "x.bin", b"x")
    (tmp_path / "dir.zip").mkdir()
    with pytest.raises(WriteFailed, match="is a folder"):
        atomic.write_atomic(tmp_path / "dir.zip", b"x")


# --- every writer of the application ----------------------------------------------------------


@pytest.fixture
def filled(ws: Workspace, tmp_path: Path) -> tuple[Workspace, str]:
    filed = reports.file_report(ws, reports.ReportInput(
        "Đen Vâu", Platform.TIKTOK, Category.FRAUD, url="https://www.tiktok.com/@denvau/video/1",
        description="Livestream bán tiền ảo"))
    evidence.add_files(ws, filed.ref, sorted((DATA / "evidence").iterdir()))
    return ws, filed.ref


def _detail(ws: Workspace, ref: str) -> queries.CaseDetail:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        detail = queries.case_detail(raw, queries.find_case_id(raw, ref))
    assert detail is not None
    return detail


def _writers() -> dict[str, Callable[[Workspace, str, Path], object]]:
    def pack(ws: Workspace, ref: str, out: Path) -> object:
        return evidence_pack.export_pack(ws, ref, out / "pack.zip")

    def cases(ws: Workspace, ref: str, out: Path) -> object:
        return exports.export_cases(ws, CaseFilter(), out / "cases.xlsx", "vi")

    def register(ws: Workspace, ref: str, out: Path) -> object:
        return exports.export_register(ws, out / "register.xlsx", "vi", date(2026, 12, 31))

    def quarterly(ws: Workspace, ref: str, out: Path) -> object:
        return statistics.quarterly_report(ws, "2026Q4", out / "quarterly.xlsx", "en")

    def public(ws: Workspace, ref: str, out: Path) -> object:
        return public_register.publish(ws, out, "vi", date(2026, 12, 31))

    def copy(ws: Workspace, ref: str, out: Path) -> object:
        item = next(e for e in _detail(ws, ref).evidence if e.name == "product-certificate.pdf")
        return evidence.save_copy(ws, item, out / "copy.pdf")

    def report_pdf(ws: Workspace, ref: str, out: Path) -> object:
        return statistics.save_report_pdf(ws, b"%PDF-1.4\n" + b"0" * 300_000, out / "report.pdf")

    return {"evidence pack": pack, "cases workbook": cases, "register workbook": register,
            "quarterly workbook": quarterly, "public register": public, "evidence copy": copy,
            "report pdf": report_pdf}


WRITERS = _writers()
NAMES = {"evidence pack": ["pack.zip"], "cases workbook": ["cases.xlsx"], "register workbook": ["register.xlsx"],
         "quarterly workbook": ["quarterly.xlsx"],
         "public register": ["decisions.csv", "index.html", "named-noncompliant.csv"],
         "evidence copy": ["copy.pdf"], "report pdf": ["report.pdf"]}
# Where the disk fills up: after the first write when there are several, else at the only one.
FULL_AFTER = {"evidence copy": 0, "report pdf": 0}


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_full_disk_in_the_middle_leaves_no_half_file(filled, tmp_path: Path, monkeypatch, writer: str):
    ws, ref = filled
    out = tmp_path / "out"
    out.mkdir()
    for name in NAMES[writer]:
        (out / name).write_bytes(OLD)
    with disk_full(out, after=FULL_AFTER.get(writer, 1)) as budget, pytest.raises(UserError) as caught:
        WRITERS[writer](ws, ref, out)
    assert budget.failed >= 1, "the write never reached the disk"
    assert "disk is full" in str(caught.value)
    assert sorted(p.name for p in out.iterdir()) == NAMES[writer]  # no temporary file left
    assert all((out / name).read_bytes() == OLD for name in NAMES[writer])
    WRITERS[writer](ws, ref, out)  # the same export, with room on the disk, completes
    assert all((out / name).read_bytes() != OLD for name in NAMES[writer])
    assert leftovers(out) == []


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_refused_rename_leaves_no_file(filled, tmp_path: Path, monkeypatch, writer: str):
    ws, ref = filled
    out = tmp_path / "out"
    out.mkdir()

    def refuse(*_args: object) -> None:
        raise OSError(errno.EIO, "power cut")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(UserError):
        WRITERS[writer](ws, ref, out)
    assert list(out.iterdir()) == []


def test_a_backup_is_whole_or_absent(ws: Workspace, monkeypatch: pytest.MonkeyPatch):
    def refuse(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(UserError, match="disk is full"):
        backups.create_backup(ws.paths)
    monkeypatch.undo()
    assert backups.list_backups(ws.paths) == [] and list(ws.paths.backups.iterdir()) == []
    made = backups.create_backup(ws.paths)
    assert backups.check_database(made.path) == []
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o777 == 0o600


def test_the_case_file_pdf_is_whole_or_absent(qtbot, filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from moderator_app.services.case_file import load_case_file
    from moderator_app.ui import case_pdf

    ws, ref = filled
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_file = load_case_file(raw, queries.find_case_id(raw, ref), 0)
    assert case_file is not None
    html = case_pdf.case_file_html(case_file, "en", 0)
    target = tmp_path / "case.pdf"

    def refuse(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(UserError, match="disk is full"):
        case_pdf.write_pdf(html, target, ref)
    assert list(tmp_path.glob("*.pdf")) == [] and leftovers(tmp_path) == []
    monkeypatch.undo()
    case_pdf.write_pdf(html, target, ref)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_new_data_directory_and_its_private_files_are_the_owners_only(tmp_path: Path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    ws = Workspace.open(tmp_path / "new-ws")
    try:
        assert ws.root.stat().st_mode & 0o777 == 0o700
        assert (ws.paths.identity / PRIVATE_KEY_FILE).stat().st_mode & 0o777 == 0o600
        made = backups.create_backup(ws.paths)
        assert made.path.stat().st_mode & 0o777 == 0o600
        assert made.path.parent.stat().st_mode & 0o777 == 0o700
    finally:
        ws.close()
