"""Render every window of the application to docs/screenshots/, in Vietnamese and English, in
the light and the dark theme, from a fresh demo workspace (offscreen).

    .venv/bin/python scripts/render_screenshots.py [--cases N] [--only NAME ...] [--langs vi en]
        [--themes light dark]

Files are named ``<window>-<lang>-<theme>.png``. The README shows a selection; look at all of
them after changing the interface. ``make screenshots`` runs this.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSize, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from moderator_app.services import evidence as evidence_service
from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.ui.app import ensure_app, quiet_platform_noise
from moderator_app.ui.i18n import install_translations
from moderator_app.ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "tests" / "data" / "evidence"


def settle(app: QApplication, ready: Callable[[], bool] | None = None, ms: int = 150) -> None:
    """Let background work finish and the windows paint."""
    for _ in range(300):
        QThreadPool.globalInstance().waitForDone(30)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
        if ready is None or ready():
            break
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, app: QApplication, ws: Workspace, only: set[str] | None) -> None:
        self.app, self.ws, self.only = app, ws, only
        self.written: list[Path] = []

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def save(self, widget: QWidget, name: str, lang: str, theme: str, ready: Callable[[], bool] | None = None) -> None:
        settle(self.app, ready)
        path = OUT / f"{name}-{lang}-{theme}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        self.written.append(path)
        print(f"wrote {path.relative_to(ROOT)}")

    def window(self, name: str, make: Callable[[], QWidget], size: QSize, lang: str, theme: str,
               ready: Callable[[QWidget], bool] | None = None, before: Callable[[QWidget], None] | None = None) -> None:
        if not self.wanted(name):
            return
        widget = make()
        widget.resize(size)
        widget.show()
        if before is not None:
            settle(self.app)
            before(widget)
        self.save(widget, name, lang, theme, (lambda: ready(widget)) if ready else None)
        widget.close()


def pick(ws: Workspace) -> dict[str, str]:
    """The case, influencer and meeting the pictures show."""
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        case_id = raw.execute(
            "SELECT c.id FROM cases c JOIN decisions d ON d.case_id = c.id WHERE c.report_count > 1 "
            "ORDER BY d.decided_on DESC, c.id LIMIT 1").fetchone()[0]
        influencer = raw.execute(
            "SELECT influencer_id FROM decisions GROUP BY influencer_id HAVING count(*) BETWEEN 6 AND 40 "
            "ORDER BY max(decided_on) DESC, influencer_id LIMIT 1").fetchone()[0]
        ref = raw.execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    return {"case": case_id, "ref": ref, "influencer": influencer}


def shoot(s: Shooter, chosen: dict[str, str], lang: str, theme: str) -> None:
    from moderator_app.ui.case_detail import CaseDetailWindow
    from moderator_app.ui.evidence.viewer import EvidenceViewer
    from moderator_app.ui.influencer_profile import ProfileWindow
    from moderator_app.ui.influencer_register import InfluencerRegister
    from moderator_app.ui.main_window import MainWindow
    from moderator_app.ui.meetings.window import MeetingsWindow
    from moderator_app.ui.settings_dialog import SettingsDialog
    from moderator_app.ui.statistics.window import StatisticsWindow
    from moderator_app.ui.sync.settings_dialog import SyncSettingsDialog
    from moderator_app.ui.welcome import WelcomeDialog

    ws = s.ws
    big = QSize(1440, 900)
    if s.wanted("queue"):
        main = MainWindow(ws, lang, remember_layout=False)
        main.resize(big)
        main.show()
        main.select_view("triage")
        s.save(main, "queue", lang, theme, ready=lambda: main.details.proposals_counted)
        main.close()
    for tab, name in ((0, "case-reports"), (7, "case-history")):
        s.window(name, lambda: CaseDetailWindow(ws, lang, chosen["case"]), QSize(1280, 820), lang, theme,
                 ready=lambda w: w.file is not None, before=lambda w, tab=tab: w.tabs.setCurrentIndex(tab))
    s.window("evidence-viewer", lambda: EvidenceViewer(ws, chosen["case"], lang), QSize(1280, 820), lang, theme,
             ready=lambda w: w.current is not None and not w.loading)
    s.window("influencer-register", lambda: InfluencerRegister(ws, lang), QSize(1180, 720), lang, theme,
             ready=lambda w: not w.loading)
    s.window("influencer-profile", lambda: ProfileWindow(ws, lang, chosen["influencer"]), QSize(1280, 880), lang,
             theme, ready=lambda w: w.data is not None)
    s.window("meetings", lambda: MeetingsWindow(ws, lang), big, lang, theme)
    s.window("statistics", lambda: StatisticsWindow(ws, lang), QSize(1280, 860), lang, theme,
             ready=lambda w: getattr(w, "stats", None) is not None)
    s.window("settings", lambda: SettingsDialog(ws), QSize(560, 300), lang, theme)
    s.window("sync-settings", lambda: SyncSettingsDialog(ws), QSize(620, 320), lang, theme)
    s.window("welcome", lambda: WelcomeDialog(ws), QSize(660, 520), lang, theme)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--only", nargs="+")
    parser.add_argument("--langs", nargs="+", default=["vi", "en"])
    parser.add_argument("--themes", nargs="+", default=["light", "dark"])
    args = parser.parse_args()
    app = ensure_app()
    quiet_platform_noise()  # offscreen says it cannot pass size hints, for every window
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "demo", member_name="Nguyễn Thị Chủ Tịch")
        try:
            generate(ws, cases=args.cases, seed=1)
            chosen = pick(ws)
            evidence_service.add_files(
                ws, chosen["ref"],
                [SAMPLES / "livestream-screenshot.png", SAMPLES / "product-certificate.pdf",
                 SAMPLES / "captured-page.html", SAMPLES / "chat-export.txt"],
                note="Ảnh chụp và tài liệu người phản ánh gửi kèm")
            shooter = Shooter(app, ws, set(args.only) if args.only else None)
            for lang in args.langs:
                install_translations(app, lang)
                for theme in args.themes:
                    apply_theme(app, theme)
                    shoot(shooter, chosen, lang, theme)
        finally:
            QThreadPool.globalInstance().waitForDone()
            ws.close()


if __name__ == "__main__":
    main()
