"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 on CPython 3.11 does not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_returning_none_keep_none_alive():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10, "the Qt binding loses references to None; see pyproject.toml"
