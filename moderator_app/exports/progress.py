"""How a long export reports its progress and is cancelled: shared with the window's workers,
which should not have to load openpyxl before a workbook is written."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (rows written, rows in all); may raise ExportCancelled


class ExportCancelled(Exception):
    """The person cancelled the export; nothing was written."""
