"""Shortcuts from their English names, whatever the interface language.

``QKeySequence("Return")`` reads the name in the interface's language (Qt's own catalogue), and
Qt's Vietnamese calls the Return key "Enter": Return and Enter became the same key twice, an
ambiguous shortcut that never fires. Every shortcut is named in Qt's portable (English) form.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def portable_key(text: str) -> QKeySequence:
    return QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
