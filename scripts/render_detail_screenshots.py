"""Render the case window, the influencer register, a profile page and the suspension proposals
of a fresh demo workspace to docs/screenshots/ (offscreen), in Vietnamese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_detail_screenshots.py [--cases N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.ui.case_detail import CaseDetailWindow
from moderator_app.ui.influencer_profile import ProfileWindow
from moderator_app.ui.influencer_register import InfluencerRegister
from moderator_app.ui.proposals import ProposalsWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication, ready: object = None) -> None:
    """Let background reads finish and the windows paint."""
    for _ in range(200):
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if ready is None or ready():  # type: ignore[operator]
            break
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    loop.exec()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(OUT.parents[1])}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3000)
    args = parser.parse_args()
    app = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "demo", member_name="Nguyễn Thị Chủ Tịch")
        try:
            generate(ws, cases=args.cases, seed=1)
            with ws.db.read() as conn:
                raw = raw_connection(conn)
                case_id = raw.execute(
                    "SELECT c.id FROM cases c JOIN decisions d ON d.case_id = c.id WHERE c.report_count > 1 "
                    "ORDER BY d.decided_on DESC, c.id LIMIT 1").fetchone()[0]
                influencer = raw.execute(
                    "SELECT influencer_id FROM decisions GROUP BY influencer_id HAVING count(*) BETWEEN 8 AND 30 "
                    "ORDER BY max(decided_on) DESC, influencer_id LIMIT 1").fetchone()[0]
            for lang in ("vi", "en"):
                QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
                case = CaseDetailWindow(ws, lang, case_id)
                case.resize(1280, 800)
                case.show()
                for tab, name in ((0, "reports"), (6, "decisions"), (7, "history")):
                    case.tabs.setCurrentIndex(tab)
                    save(app, case, f"case-{name}-{lang}.png")
                case.close()
                profile = ProfileWindow(ws, lang, influencer)
                profile.resize(1280, 880)
                profile.show()
                settle(app, lambda p=profile: p.data is not None)
                for tab, name in ((0, "score"), (1, "details")):
                    profile.tabs.setCurrentIndex(tab)
                    save(app, profile, f"profile-{name}-{lang}.png")
                profile.close()
                register = InfluencerRegister(ws, lang)
                register.resize(1180, 700)
                register.show()
                settle(app, lambda r=register: not r.loading)
                register.table.sortByColumn(1, register.table.horizontalHeader().sortIndicatorOrder())
                save(app, register, f"register-{lang}.png")
                register.close()
                proposals = ProposalsWindow(ws, lang)
                proposals.resize(980, 420)
                proposals.show()
                settle(app, lambda p=proposals: not p.loading)
                save(app, proposals, f"proposals-{lang}.png")
                proposals.close()
        finally:
            ws.close()


if __name__ == "__main__":
    main()
