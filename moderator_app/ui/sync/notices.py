"""Notices after a round: files rejected, conflicts that appeared, a device frozen after a fork."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import interface_language


def _reason(problem: object) -> str:
    """A refused file's reason in the interface's language."""
    text = getattr(problem, "text", None)
    return text(interface_language()) if callable(text) else str(getattr(problem, "reason", ""))


def notice_text(report: object) -> str | None:
    """What deserves a notice in ``report``, or ``None``."""
    parts: list[str] = []
    forks = getattr(report, "forks", [])
    before = set(getattr(report, "rejected_before", []))
    # Files refused in an earlier round were announced then; the status bar keeps counting them.
    rejected = [p for p in getattr(report, "rejected", []) if p not in forks and p.file not in before]
    for fork in forks:
        parts.append(
            QCoreApplication.translate(
                "SyncNotice",
                "A device signed two different histories (a copied or restored data folder) and "
                "was frozen: nothing more is taken from it. The chair should revoke it.\n{0}\n{1}",
            ).format(fork.file, _reason(fork))
        )
    if rejected:
        lines = "\n".join(f"• {p.file}: {_reason(p)}" for p in rejected[:10])
        parts.append(
            QCoreApplication.translate(
                "SyncNotice", "{0} file(s) from the shared folder were rejected and kept aside:\n{1}"
            ).format(len(rejected), lines)
        )
    new = getattr(report, "new_conflicts", 0)
    if new:
        parts.append(
            QCoreApplication.translate(
                "SyncNotice",
                "{0} new conflict(s): members changed the same thing at the same time. See the Conflicts view.",
            ).format(new)
        )
    return "\n\n".join(parts) if parts else None


class SyncNotice(QMessageBox):
    """Non-modal: the work goes on while it is shown; a newer notice replaces it."""

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names and members' names from the folder
        self.setText(text)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setModal(False)
