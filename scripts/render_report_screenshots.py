"""Render the statistics dashboard, the letter dialog, a letter's first page and the public
register (on a phone and on a desktop) of a fresh demo workspace to docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_report_screenshots.py [--cases N]

The public register is drawn by QtWebEngine (a real browser engine, part of PySide6's add-ons)
when it is installed, so the phone picture shows the page's own responsive layout.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")

try:  # must be imported before the application is created
    from PySide6.QtWebEngineWidgets import QWebEngineView
except ImportError:  # pragma: no cover - an installation without the add-ons
    QWebEngineView = None  # type: ignore[assignment,misc]

from PySide6.QtCore import QEventLoop, QLocale, QSize, QThreadPool, QTimer, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from moderator_app.domain.letters import LetterKind
from moderator_app.services import letters, public_register
from moderator_app.services.demo import generate
from moderator_app.services.workspace import Workspace
from moderator_app.store.database import raw_connection
from moderator_app.ui.evidence.render import render_pdf_page
from moderator_app.ui.letters.dialog import LetterDialog
from moderator_app.ui.letters.pdf import render_letter_pdf
from moderator_app.ui.statistics.window import StatisticsWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
COMMITTEE = "Ban tự giám sát Liên minh Niềm tin số"


def settle(app: QApplication, ready: object = None, ms: int = 150) -> None:
    for _ in range(200):
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if ready is None or ready():  # type: ignore[operator]
            break
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(OUT.parents[1])}")


def web_shot(app: QApplication, page: Path, name: str, size: QSize, anchor: str | None = None) -> None:
    if QWebEngineView is None:
        print(f"skipped {name}: QtWebEngine is not installed")
        return
    view = QWebEngineView()
    view.resize(size)
    loaded = {"ok": False}
    view.loadFinished.connect(lambda ok: loaded.update(ok=ok))
    view.show()
    view.load(QUrl.fromLocalFile(str(page)))
    for _ in range(200):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if loaded["ok"]:
            break
    settle(app, ms=800)
    if anchor:
        view.page().runJavaScript(f"document.getElementById('{anchor}').scrollIntoView()")
    settle(app, ms=1200)
    save(app, view, name)
    view.close()


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
            ws.set_setting("committee_name", COMMITTEE)
            with ws.db.read() as conn:
                urgent = raw_connection(conn).execute(
                    "SELECT ref FROM cases WHERE urgent = 1 AND merged_into IS NULL "
                    "AND status IN ('received', 'triage', 'investigating') "
                    "ORDER BY opened_at DESC, id LIMIT 1").fetchone()[0]
            for lang in ("vi", "en"):
                QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
                stats = StatisticsWindow(ws, lang)
                stats.resize(1280, 860)
                stats.show()
                stats.preset.setCurrentIndex(stats.preset.findData("year"))
                stats._apply_preset()
                settle(app, lambda s=stats: s.stats is not None and not s.loading)
                save(app, stats, f"statistics-{lang}.png")
                stats.tabs.setCurrentIndex(3)
                save(app, stats, f"statistics-deadlines-{lang}.png")
                stats.close()
                dialog = LetterDialog(ws, lang, urgent, LetterKind.TAKEDOWN)
                dialog.show()
                save(app, dialog, f"letter-dialog-{lang}.png")
                dialog.close()
            letter = letters.prepare_letter(ws, LetterKind.TAKEDOWN, urgent, "vi",
                                            {"recipient_address": "Bộ phận tiếp nhận yêu cầu gỡ nội dung, Hà Nội"})
            pdf, _pages = render_letter_pdf(letter)
            doc = QPdfDocument()
            target = Path(tmp) / "letter.pdf"
            target.write_bytes(pdf)
            doc.load(str(target))
            size = doc.pagePointSize(0)
            image = render_pdf_page(doc, 0, QSize(int(size.width() * 1.3), int(size.height() * 1.3)))
            page = image.copy(0, 0, image.width(), int(image.height() * 0.62))
            page.save(str(OUT / "letter-takedown-vi.png"))
            print("wrote docs/screenshots/letter-takedown-vi.png")
            site = Path(tmp) / "site"
            public_register.publish(ws, site, "vi")
            web_shot(app, site / "index.html", "public-register-phone.png", QSize(390, 844))
            web_shot(app, site / "index.html", "public-register-phone-decisions.png", QSize(390, 844), "decisions")
            web_shot(app, site / "index.html", "public-register-desktop.png", QSize(1280, 800))
        finally:
            ws.close()


if __name__ == "__main__":
    main()
