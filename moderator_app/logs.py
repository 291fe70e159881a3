"""A rotating log file in the data directory, for bugs and for what happened when.

Logs never hold reporters' contact details or evidence content: services log ids and counts,
never payloads.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "moderator-app.log"
_configured: set[Path] = set()


def setup_logging(root: Path, level: int = logging.INFO) -> Path | None:
    """Send this process's logs to ``root/logs``; returns the log file, or None if it cannot."""
    log_dir = root / "logs"
    path = log_dir / LOG_FILE
    if path in _configured:
        return path
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("moderator_app")
    logger.setLevel(level)
    logger.addHandler(handler)
    _configured.add(path)
    return path
