"""Files given to the program (the command line, the desktop entry's ``%F``, "Open with", a second
start while the window is open): a sync package opens the package import, a hotline spreadsheet
the report import preview, anything else is attached as evidence to the case the member picks."""

from __future__ import annotations

import configparser
import json
import shlex
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from moderator_app.cli import build_parser
from moderator_app.domain.enums import Role
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.sync.package import export_package
from moderator_app.ui import app as ui_app
from moderator_app.ui import plain_text
from moderator_app.ui.main_window import MainWindow

from .sync_support import close_all, file_report, make_committee

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "packaging" / "linux" / "vn.niemtinso.ModeratorApp.desktop"
SAMPLES = ROOT / "tests" / "data" / "evidence"


# --- the command line ------------------------------------------------------------------------------


def _parse(*argv: str):
    return build_parser().parse_args(list(argv))


def test_files_are_taken_after_the_options_and_commands_still_parse(tmp_path: Path):
    sheet = tmp_path / "hotline.xlsx"
    shot = tmp_path / "ảnh chụp.png"
    args = _parse("--lang", "en", "--data-dir", str(tmp_path / "ws"), str(sheet), str(shot))
    assert args.command is None and args.lang == "en" and args.data_dir == tmp_path / "ws"
    assert args.open_files == [sheet, shot]
    # The options may follow the files too; a file:// URL (some launchers) is its path.
    args = _parse(str(sheet), "--demo", f"file://{tmp_path.as_posix()}/a%20b.pdf")
    assert args.demo and args.open_files == [sheet, tmp_path / "a b.pdf"]
    # A command is a command, with its own arguments (`evidence add` has files of its own).
    args = _parse("--data-dir", str(tmp_path), "evidence", "add", "2026-AAAAA", str(shot))
    assert args.command == "evidence" and args.open_files == [] and args.files == [shot]
    assert _parse("cases", "list").open_files == []
    # A file named like a command, after `--`.
    assert _parse("--", "cases").open_files == [Path("cases")]


def test_a_mistyped_command_is_still_a_usage_error_not_a_file(capsys):
    with pytest.raises(SystemExit) as stopped:
        _parse("casess", "list")
    assert stopped.value.code == 2 and "invalid choice: 'casess'" in capsys.readouterr().err


def test_the_desktop_entry_s_command_line_gives_the_files(tmp_path: Path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    words = shlex.split(section["Exec"])
    assert words[0] == "moderator-app" and words[-1] == "%F"  # %F: every file dropped, as paths
    files = [tmp_path / "goi.dtmsync", tmp_path / "hotline.csv"]
    args = _parse(*words[1:-1], *map(str, files))
    assert args.command is None and args.open_files == files
    types = section["MimeType"].rstrip(";").split(";")
    assert {"application/x-niemtinso-sync-package", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} <= set(types)


def test_a_missing_file_or_files_with_screenshot_exit_2_before_anything_opens(tmp_path: Path, capsys):
    ws_dir = tmp_path / "ws"
    args = _parse("--lang", "en", "--data-dir", str(ws_dir), str(tmp_path / "missing.xlsx"))
    assert ui_app.run_gui(args) == 2
    assert "cannot open" in capsys.readouterr().err and not ws_dir.exists()
    args = _parse("--lang", "vi", "--data-dir", str(ws_dir), str(tmp_path))
    assert ui_app.run_gui(args) == 2
    assert "là một thư mục" in capsys.readouterr().err
    sheet = tmp_path / "a.csv"
    sheet.write_text("x\n", encoding="utf-8")
    args = _parse("--lang", "en", "--data-dir", str(ws_dir), "--screenshot", str(tmp_path / "s.png"), str(sheet))
    assert ui_app.run_gui(args) == 2
    assert "give no file to open" in capsys.readouterr().err and not ws_dir.exists()


# --- what each file opens ---------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_each_kind_of_file_is_told_by_its_name_or_content(tmp_path: Path):
    package = {"package.json": b"{}", "committee.json": b"{}"}
    assert ui_app.file_kind(_zip(tmp_path / "goi.dtmsync", {"x": b""})) == "package"  # by its name
    assert ui_app.file_kind(_zip(tmp_path / "from-email.zip", package)) == "package"  # by its content
    assert ui_app.file_kind(_zip(tmp_path / "chat-export.zip", {"chat.txt": b"hi"})) == "evidence"
    for name in ("hotline.xlsx", "HOTLINE.CSV", "macro.xlsm"):
        (tmp_path / name).write_bytes(b"")
        assert ui_app.file_kind(tmp_path / name) == "reports"
    for sample in sorted(SAMPLES.iterdir()):
        assert ui_app.file_kind(sample) == "evidence", sample.name
    assert ui_app.PACKAGE_SUFFIX == ".dtmsync"


@pytest.fixture
def window(qtbot, ws: Workspace):
    w = MainWindow(ws, "en", remember_layout=False, sync_rounds=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.details.close_all()


def test_spreadsheets_open_the_import_preview_and_the_rest_asks_for_a_case(window: MainWindow, tmp_path: Path,
                                                                           monkeypatch):
    opened: list[object] = []
    monkeypatch.setattr(window, "import_reports", lambda path=None: opened.append(("reports", path)))
    monkeypatch.setattr(ui_app, "import_package_file", lambda w, path: opened.append(("package", path)))
    monkeypatch.setattr(ui_app, "attach_to_chosen_case", lambda w, files: opened.append(("evidence", files)))
    sheet, csv = tmp_path / "a.xlsx", tmp_path / "b.csv"
    sheet.write_bytes(b"")
    csv.write_bytes(b"")
    package = _zip(tmp_path / "c.dtmsync", {"package.json": b"{}"})
    pictures = sorted(SAMPLES.glob("*.png"))[:2]
    ui_app.open_files(window, [sheet, *pictures, package, csv])
    assert opened == [("reports", str(sheet)), ("package", package), ("reports", str(csv)),
                      ("evidence", pictures)]


def test_an_evidence_file_is_attached_to_the_case_the_member_picks(qtbot, window: MainWindow, monkeypatch):
    ws = window.ws
    first = file_report(ws, "Đen Vâu", "https://www.tiktok.com/@denvau/video/1")
    second = file_report(ws, "Khoa Pug", "https://www.tiktok.com/@khoapug/video/2")
    picture = sorted(SAMPLES.glob("*.png"))[0]
    shown: list[ui_app.ChooseCaseDialog] = []

    def pick(dialog: ui_app.ChooseCaseDialog) -> int:
        shown.append(dialog)
        refs = [dialog.list.item(i).text().split(" · ")[0] for i in range(dialog.list.count())]
        assert set(refs) == {first.ref, second.ref}  # the open cases
        dialog.search.setText("khoa")  # typing searches, diacritics or not
        assert dialog.list.count() == 1 and dialog.case_id() == second.case_id
        return 1

    monkeypatch.setattr(ui_app.ChooseCaseDialog, "exec", pick)
    assert ui_app.attach_to_chosen_case(window, [picture]) == second.case_id
    assert len(shown) == 1

    def attached() -> bool:
        with ws.db.read() as conn:
            detail = queries.case_detail(raw_connection(conn), second.case_id)
        return detail is not None and any(ev.name == picture.name for ev in detail.evidence)

    qtbot.waitUntil(attached, timeout=15000)
    assert second.case_id in window.details.cases  # its case window shows the file arriving

    monkeypatch.setattr(ui_app.ChooseCaseDialog, "exec", lambda self: 0)  # Cancel: nothing attached
    assert ui_app.attach_to_chosen_case(window, [picture]) is None


def test_the_case_selected_in_the_queue_is_offered_first(qtbot, window: MainWindow, monkeypatch):
    ws = window.ws
    older = file_report(ws, "Đen Vâu", "https://www.tiktok.com/@denvau/video/1")
    file_report(ws, "Khoa Pug", "https://www.tiktok.com/@khoapug/video/2")
    monkeypatch.setattr(window, "current_case_id", lambda: older.case_id)
    dialog = ui_app.ChooseCaseDialog(window, [Path("a.png")])
    qtbot.addWidget(dialog)
    assert dialog.case_id() == older.case_id  # first, though the other case is newer
    assert "Which case is a.png evidence for?" in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.search.setText("no such words at all")
    assert dialog.list.count() == 0 and not dialog.attach_button.isEnabled()


def test_a_sync_package_is_imported_after_asking(qtbot, tmp_path: Path, monkeypatch):
    members = make_committee(tmp_path / "c", roles=(Role.MEMBER,))
    chair, member = members
    try:
        filed = file_report(chair.ws, "Đen Vâu", "https://www.tiktok.com/@denvau/video/9")
        package = tmp_path / "cho-thanh-vien.dtmsync"
        export_package(chair.ws, package)
        window = MainWindow(member.ws, "en", remember_layout=False, sync_rounds=False)
        qtbot.addWidget(window)
        window.show()
        asked: list[str] = []

        def answer(button: QMessageBox.StandardButton):
            def question(_parent, _title: str, text: str, *_a, **_k) -> QMessageBox.StandardButton:
                asked.append(text)
                return button
            return question

        monkeypatch.setattr(plain_text, "question", answer(QMessageBox.StandardButton.No))
        ui_app.open_files(window, [package])
        assert asked and package.name in asked[0] and not window.sync_ui.controller.running

        rounds: list[object] = []
        window.sync_ui.controller.roundFinished.connect(rounds.append)
        monkeypatch.setattr(plain_text, "question", answer(QMessageBox.StandardButton.Yes))
        ui_app.open_files(window, [package])
        qtbot.waitUntil(lambda: bool(rounds), timeout=30000)
        assert not window.sync_ui.controller.running
        with member.ws.db.read() as conn:
            assert queries.find_case_id(raw_connection(conn), filed.ref) == filed.case_id
        assert "Imported the sync package" in window.statusBar().currentMessage()
        window.close()
    finally:
        close_all(members)


def test_a_package_that_cannot_be_imported_says_why(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    package = _zip(tmp_path / "broken.dtmsync", {"package.json": b"{}", "committee.json": b"{}"})
    monkeypatch.setattr(plain_text, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(plain_text, "warning", lambda _p, _t, text, *_a, **_k: warned.append(text))
    ui_app.open_files(window, [package])
    qtbot.waitUntil(lambda: bool(warned), timeout=15000)
    assert "not part of a committee" in warned[0] and not window.sync_ui.controller.running


# --- a second start hands its files to the open window ---------------------------------------------


def test_a_second_start_hands_its_files_to_the_window_that_has_the_workspace(qtbot, tmp_path: Path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    host = QWidget()
    qtbot.addWidget(host)
    received: list[list[Path]] = []
    monkeypatch.setattr(ui_app, "open_files", lambda _w, files: received.append(files))
    server = ui_app.FileServer(root, host)  # type: ignore[arg-type]
    try:
        picture = sorted(SAMPLES.glob("*.png"))[0]
        assert ui_app.hand_over(root, [picture, tmp_path / "gone.png"])
        qtbot.waitUntil(lambda: bool(received), timeout=5000)
        assert received == [[picture]]  # a file that is gone by now is not opened
        assert host.isVisible()
        assert ui_app.hand_over(root, [])  # a plain second start: the window shows itself
        assert not ui_app.hand_over(tmp_path / "other", [picture])  # no window has that workspace
    finally:
        server.close()
    assert not ui_app.hand_over(root, [picture])
    assert ui_app.server_name(root) == ui_app.server_name(tmp_path / "ws" / ".." / "ws")
    assert ui_app.server_name(root) != ui_app.server_name(tmp_path / "other")


def test_the_server_ignores_what_is_not_a_list_of_paths(qtbot, tmp_path: Path, monkeypatch):
    host = QWidget()
    qtbot.addWidget(host)
    received: list[list[Path]] = []
    monkeypatch.setattr(ui_app, "open_files", lambda _w, files: received.append(files))
    server = ui_app.FileServer(tmp_path, host)  # type: ignore[arg-type]
    try:
        for data in (b"\xff\xfe", b"{}", json.dumps({"files": ["/etc/passwd"]}).encode(), b"[1, 2]"):
            server.received(data)
        assert received == []
    finally:
        server.close()
