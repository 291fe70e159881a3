"""A rotating log file in the data directory, for bugs and for what happened when.

Logs never hold reporters' contact details, evidence content, notes or descriptions: the
application logs ids, counts, paths and error codes, never payloads; and a traceback (a bug)
keeps its stack but not the messages of its exceptions, which may quote what people typed
(``PrivateFormatter``). SQLite's and the operating system's own messages are kept: they name
tables, constraints and error codes, not data.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from moderator_app.store import driver

LOG_FILE = "moderator-app.log"
_configured: set[Path] = set()

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def exception_message(exc: BaseException) -> str:
    """What of an exception's message may be written to the log."""
    if isinstance(exc, driver.Error):
        return str(exc)
    if isinstance(exc, OSError):
        return f"[Errno {exc.errno}] {exc.strerror}" if exc.errno is not None else "(operating system error)"
    text = str(exc)
    return f"(message withheld: {len(text)} characters)" if text else ""


class PrivateFormatter(logging.Formatter):
    """Tracebacks with their frames and exception types, without the exceptions' messages."""

    def formatException(self, ei: ExcInfo) -> str:
        value = ei[1]
        chain: list[BaseException] = []
        while value is not None and all(value is not seen for seen in chain):
            chain.append(value)
            value = value.__cause__ if value.__cause__ is not None else (
                None if value.__suppress_context__ else value.__context__)
        lines: list[str] = []
        for i, exc in enumerate(reversed(chain)):
            if i:
                lines.append("\nwhich led to:\n")
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(exc.__traceback__))
            kind = type(exc)
            name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
            message = exception_message(exc)
            lines.append(f"{name}: {message}\n" if message else f"{name}\n")
        return "".join(lines).rstrip("\n")


def setup_logging(root: Path, level: int = logging.INFO) -> Path | None:
    """Send this process's logs to ``root/logs``; returns the log file, or None if it cannot."""
    log_dir = root / "logs"
    path = log_dir / LOG_FILE
    if path in _configured:
        return path
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new data directory: its owner's only
        log_dir.mkdir(exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("moderator_app")
    logger.setLevel(level)
    logger.addHandler(handler)
    _configured.add(path)
    return path
