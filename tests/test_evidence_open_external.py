"""Handing a recording to the system's player: the copy is named by its detected type, never by
the sender's file name, and only recordings on the allow-list are handed over at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from moderator_app.domain.enums import Category, Platform
from moderator_app.services import evidence as ev_service
from moderator_app.services import player_copy, reports
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries as eq
from moderator_app.store.database import raw_connection
from moderator_app.ui.evidence import EvidenceViewer

# First bytes of each recording type the application recognises.
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00\x00\x00\x08free" + bytes(64)
HEADS = {
    "video/mp4": MP4,
    "video/quicktime": b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + bytes(64),
    "audio/mp4": b"\x00\x00\x00\x18ftypM4A \x00\x00\x02\x00M4A isom" + bytes(64),
    "video/webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + bytes(64),
    "video/x-matroska": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska" + bytes(64),
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(64),
    "audio/ogg": b"OggS\x00\x02" + bytes(64),
    "audio/wav": b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(64),
}
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(64)
HTML = b"<!doctype html><html><head><title>x</title></head><body><script>run()</script></body></html>"
SHA = "ab12cd34ef56" + "0" * 52
SAFE_NAME = re.compile(r"evidence-[0-9a-f]{12}\.(mp4|webm|mov|mkv|m4a|mp3|ogg|wav)")
DANGEROUS_NAMES = ("clip.hta", "clip.html", "x.exe", "x.mp4.lnk", "clip.mp4.hta", "run.bat", "a.js", "b.vbs",
                   "c.scr", "d.cmd", "e.ps1", "f.svg", "g.url", "h.desktop", "i.jar", "clip.mp4 .exe", "..\\..\\x.hta",
                   "clip.MP4.HTA", "clip")


# --- the decision, without a window ---------------------------------------------------------------


@pytest.mark.parametrize("media_type", sorted(HEADS))
def test_a_recording_gets_the_extension_of_its_detected_type(media_type: str):
    assert player_copy.playable_type(None, HEADS[media_type]) == media_type
    name = player_copy.copy_name(media_type, SHA)
    assert name == f"evidence-ab12cd34ef56{player_copy.PLAYABLE[media_type]}" and SAFE_NAME.fullmatch(name)


def test_the_content_decides_not_the_stored_type():
    # A real MP4 whose stored type says otherwise (a hostile member's event) is still an MP4.
    assert player_copy.playable_type("text/html", MP4) == "video/mp4"
    # A web page or a program is never a recording, whatever the stored type claims.
    assert player_copy.playable_type("video/mp4", HTML) is None
    assert player_copy.playable_type("audio/mpeg", b"%PDF-1.7\n" + bytes(32)) is None
    assert player_copy.playable_type("video/mp4", b"\x89PNG\r\n\x1a\n" + bytes(32)) is None
    # Bytes that say nothing: the stored type counts only when it is a recording on the list.
    assert player_copy.playable_type("video/mp4", EXE) == "video/mp4"
    for stored in (None, "application/octet-stream", "application/x-msdownload", "application/hta",
                   "text/html", "video/x-ms-asf", "video/../../x"):
        assert player_copy.playable_type(stored, EXE) is None


def test_the_name_is_only_ever_an_allow_listed_extension():
    with pytest.raises(ValueError, match="not a playable type"):
        player_copy.copy_name("application/hta", SHA)
    with pytest.raises(ValueError, match="not a SHA-256"):
        player_copy.copy_name("video/mp4", "../../clip.hta" + "0" * 50)
    assert set(player_copy.PLAYABLE.values()) == {".mp4", ".webm", ".mov", ".mkv", ".m4a", ".mp3", ".ogg", ".wav"}


# --- through the workspace ---------------------------------------------------------------------------


@pytest.fixture
def case_ref(ws: Workspace) -> str:
    return reports.file_report(ws, reports.ReportInput("Hà Linh Review", Platform.TIKTOK, Category.FRAUD)).ref


def _attach(ws: Workspace, ref: str, folder: Path, name: str, content: bytes) -> eq.EvidenceRow:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    evidence_id = ev_service.add_files(ws, ref, [path]).items[0].id
    with ws.db.read() as conn:
        return eq.get_evidence(raw_connection(conn), evidence_id).row


@pytest.mark.parametrize("name", DANGEROUS_NAMES)
def test_a_recording_under_any_name_is_copied_as_evidence_sha_dot_its_type(ws: Workspace, case_ref: str,
                                                                          tmp_path: Path, name: str):
    row = _attach(ws, case_ref, tmp_path / "in", name, MP4 + name.encode())
    out = tmp_path / "out"
    out.mkdir()
    copy = player_copy.write_player_copy(ws, row, out)
    assert copy.parent == out and copy.name == f"evidence-{row.sha256[:12]}.mp4"  # type: ignore[index]
    assert copy.read_bytes() == MP4 + name.encode()
    assert [p.name for p in out.iterdir()] == [copy.name]  # nothing else written, nothing named after the file


def test_a_program_named_like_a_video_goes_to_the_player_not_to_the_system(ws: Workspace, case_ref: str,
                                                                           tmp_path: Path):
    row = _attach(ws, case_ref, tmp_path / "in", "clip.mp4", EXE)
    assert row.mime == "video/mp4"  # unrecognised bytes named .mp4 are kept as a video
    assert player_copy.planned_name(ws, row).endswith(".mp4")


@pytest.mark.parametrize(("name", "content", "detected"), [
    ("clip.mp4", HTML, "text/html"),
    ("clip.hta", HTML, "text/html"),
    ("x.exe", EXE, "application/octet-stream"),
    ("clip.mp3", b"%PDF-1.4\n" + bytes(64), "application/pdf"),
])
def test_what_is_not_a_recording_is_refused(ws: Workspace, case_ref: str, tmp_path: Path, name: str,
                                            content: bytes, detected: str):
    row = _attach(ws, case_ref, tmp_path / "in", name, content)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(player_copy.NotPlayable) as refused:
        player_copy.write_player_copy(ws, row, out)
    assert refused.value.detected == detected and list(out.iterdir()) == []


def test_a_damaged_recording_is_not_handed_over(ws: Workspace, case_ref: str, tmp_path: Path):
    row = _attach(ws, case_ref, tmp_path / "in", "clip.mp4", MP4)
    blob = ws.blobs.path_for(row.sha256)  # type: ignore[arg-type]
    blob.chmod(0o600)
    blob.write_bytes(MP4[:-1] + b"\x01")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ev_service.IntegrityError):
        player_copy.write_player_copy(ws, row, out)
    assert list(out.iterdir()) == []


# --- in the viewer ---------------------------------------------------------------------------------


@pytest.fixture
def viewer(qtbot, ws: Workspace, case_ref: str, tmp_path: Path):
    clip = _attach(ws, case_ref, tmp_path / "in", "clip.hta", MP4)
    page = _attach(ws, case_ref, tmp_path / "in", "clip.mp4.html", HTML)
    with ws.db.read() as conn:
        case_id = eq.get_evidence(raw_connection(conn), clip.id).case_id
    v = EvidenceViewer(ws, case_id, "en", evidence_id=clip.id)
    v.errors, v.asked, v.opened = [], [], []  # type: ignore[attr-defined]
    v.show_error = v.errors.append  # type: ignore[attr-defined]
    v.confirm = lambda title, text: v.asked.append(text) or True  # type: ignore[attr-defined]
    v.open_url = lambda url: v.opened.append(url) or True  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: not v.loading, timeout=5000)
    v.items = {"clip": clip, "page": page}  # type: ignore[attr-defined]
    yield v
    v.close()


def test_the_viewer_opens_the_safe_copy_and_says_its_name_first(qtbot, viewer):
    clip = viewer.items["clip"]
    copy = viewer.open_externally()
    assert copy is not None and copy.name == f"evidence-{clip.sha256[:12]}.mp4"
    assert viewer.opened == [QUrl.fromLocalFile(str(copy))] and viewer.errors == []
    assert copy.name in viewer.asked[0] and "clip.hta" in viewer.asked[0]


def test_the_viewer_refuses_a_file_that_is_not_a_recording_and_says_why(qtbot, viewer):
    viewer.select(viewer.items["page"].id)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=5000)
    assert viewer.open_externally() is None
    assert viewer.asked == [] and viewer.opened == []
    assert "captured web page" in viewer.errors[0] and "not one of the recording types" in viewer.errors[0]
