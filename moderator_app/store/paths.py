"""Where a workspace lives: ``--data-dir``, else ``MODERATOR_APP_DATA_DIR``, else the platform's
per-user data directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "MODERATOR_APP_DATA_DIR"
DB_NAME = "moderator.sqlite3"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("moderator-app", appauthor=False))


def demo_data_dir() -> Path:
    """The demo workspace, beside the user's real one so the two never mix."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("moderator-app", appauthor=False)).with_name("moderator-app-demo")


class WorkspacePaths:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / DB_NAME
        self.backups = root / "backups"
        self.identity = root / "identity"
        self.blobs = root / "blobs"
        self.logs = root / "logs"
        self.running_marker = root / "moderator-app.running"
