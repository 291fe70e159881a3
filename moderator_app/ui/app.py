"""Starting the window: QApplication, translations, the workspace, and ``--screenshot``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from moderator_app import __version__
from moderator_app.cli import resolve_lang, workspace_root
from moderator_app.domain.errors import UserError
from moderator_app.logs import setup_logging

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("moderator-app")
    app.setApplicationDisplayName("Digital Trust Moderator")
    app.setOrganizationName("Niem tin so")
    app.setApplicationVersion(__version__)
    return app


def run_gui(args: argparse.Namespace) -> int:
    from moderator_app.services.workspace import Workspace

    app = ensure_app()
    root = workspace_root(args)
    setup_logging(root)
    try:
        ws = Workspace.open(root)
    except UserError as exc:
        if args.screenshot:
            sys.stderr.write(f"moderator-app: error: {exc}\n")
            return exc.exit_code
        QMessageBox.critical(None, "Digital Trust Moderator", str(exc))
        return exc.exit_code
    try:
        lang = resolve_lang(args.lang, ws.setting("language"))
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
        if args.demo and ws.is_new():
            from moderator_app.services.demo import generate

            sys.stderr.write("Preparing the demo workspace…\n")
            generate(ws, cases=3000, seed=1)
        from .main_window import MainWindow

        window = MainWindow(ws, lang, remember_layout=not args.screenshot)
        if args.screenshot:
            return screenshot(app, window, args.screenshot, args.view)
        window.show()
        return app.exec()
    finally:
        ws.close()


def screenshot(app: QApplication, window: MainWindow, path: Path, view: str | None) -> int:
    window.resize(1440, 900)
    if view:
        window.select_view(view)
    window.show()
    result = {"ok": False}

    def grab() -> None:
        result["ok"] = window.grab().save(str(path))
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    if not result["ok"]:
        sys.stderr.write(f"moderator-app: error: could not write {path}\n")
        return 2
    return 0



