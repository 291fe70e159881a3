"""The selected case at a glance (summary, reports, latest notes, evidence) with the triage actions.

With several cases selected it lists them and the same buttons act on all of them.
"""

from __future__ import annotations

import html
import time
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Category, Outcome, Platform, Priority, Source, Status
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .detail_common import conflict_field
from .evidence.case_bar import CaseEvidenceBar
from .formatting import sla_text

LATEST_NOTES = 5
REPORTS_SHOWN = 10
DESCRIPTION_SHOWN = 600
MULTI_SHOWN = 30


def _d(ms: int | None) -> str:
    return "" if ms is None else local_date(ms).strftime("%d/%m/%Y")


def _day(iso: str) -> str:
    """A meeting's day (ISO) as Vietnamese writes it: 05/12/2026."""
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def summary_html(ctx: QObject, d: queries.CaseDetail, lang: str) -> str:
    """The case's header and key facts (shared with the case dialog)."""
    c = d.case
    e = html.escape
    now = int(time.time() * 1000)
    del ctx  # translations are this module's own (context "CasePreview")
    urgent_word = QCoreApplication.translate("CasePreview", "URGENT")
    urgent = f" · <b style='color:#b3261e'>⚑ {e(urgent_word)}</b>" if c.urgent else ""
    rows = [
        (QCoreApplication.translate("CasePreview", "Influencer"), e(c.influencer)),
        (QCoreApplication.translate("CasePreview", "Platform"), e(Platform(c.platform).label(lang))),
        (QCoreApplication.translate("CasePreview", "Category"), e(Category(c.category).label(lang))),
        (QCoreApplication.translate("CasePreview", "Status"), e(Status(c.status).label(lang))),
        (
            QCoreApplication.translate("CasePreview", "Priority"),
            e(Priority.from_level(c.priority).label(lang)) + urgent,
        ),
        (QCoreApplication.translate("CasePreview", "Assignee"), e(c.assignee_name or "—")),
        (QCoreApplication.translate("CasePreview", "Opened"), _d(c.opened_at)),
        (QCoreApplication.translate("CasePreview", "Deadline"), e(sla_text(c, now, lang, long=True))),
    ]
    overdue = c.sla_due_at is not None and c.sla_due_at < now
    if overdue:
        rows[-1] = (rows[-1][0], f"<span style='color:#b3261e'><b>{rows[-1][1]}</b></span>")
    parts = [f"<h2 style='margin-bottom:2px'>{e(c.ref)}</h2><p style='margin-top:0'>{e(_clip(c.title, 300))}</p>"]
    if d.conflicts:
        conflicts = QCoreApplication.translate("CasePreview", "Conflicting changes to resolve")
        fields = ", ".join(conflict_field(f) for f in d.conflicts)
        parts.append(f"<p style='color:#b3261e'><b>{e(conflicts)}</b>: {e(fields)}</p>")
    parts.append("<table cellspacing='2' cellpadding='2'>")
    parts += [f"<tr><td style='color:#7d838a'>{k}</td><td>{v}</td></tr>" for k, v in rows]
    parts.append("</table>")
    return "".join(parts)


class CasePreview(QWidget):
    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.case_id: str | None = None
        self.case_ids: tuple[str, ...] = ()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Case preview"))
        self.browser.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.actions_box = QWidget(self)
        self.actions_box.setAccessibleName(self.tr("Triage actions"))
        self._grid = QGridLayout(self.actions_box)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setSpacing(4)
        self._buttons: list[QToolButton] = []
        self._columns = 0
        self._max_columns = 3
        # Evidence: thumbnails, "Attach evidence…", dropped files, the viewer (ui/evidence).
        self.evidence = CaseEvidenceBar(ws, lang, self)
        self.evidence.attached.connect(lambda _a: self.show_case(self.case_id))
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.evidence)
        layout.addWidget(self.actions_box)
        self.show_cases(())

    def minimum_actions_width(self, columns: int = 3) -> int:
        """The width the triage buttons need to show their words whole in ``columns`` columns."""
        widest = max((b.sizeHint().width() for b in self._buttons), default=0)
        return columns * widest + (columns - 1) * self._grid.spacing()

    def set_actions(self, actions: Sequence[QAction], columns: int = 3) -> None:
        """Buttons for the triage actions (the window's actions: same shortcuts, same state).

        At most ``columns`` a row; fewer when the panel is too narrow to show every label whole
        (at 1366×768, or at a large font), never a label cut short."""
        self._max_columns = columns
        for action in actions:
            button = QToolButton(self.actions_box)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the queue
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._buttons.append(button)
        self._columns = 0
        self._reflow()

    def actions_columns(self) -> int:
        return self._columns

    def _reflow(self) -> None:
        room = max(self.actions_box.width(), self.width())
        columns = self._max_columns
        while columns > 2 and self.minimum_actions_width(columns) > room:
            columns -= 1  # two at least: one button a row would push the case itself out of sight
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
        for i, button in enumerate(self._buttons):
            self._grid.addWidget(button, i // columns, i % columns)
        for c in range(columns):
            self._grid.setColumnStretch(c, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._buttons:
            self._reflow()

    def show_case(self, case_id: str | None) -> None:
        self.show_cases((case_id,) if case_id else ())

    def show_cases(self, case_ids: Sequence[str]) -> None:
        self.case_ids = tuple(case_ids)
        self.case_id = self.case_ids[0] if len(self.case_ids) == 1 else None
        self.evidence.show_case(self.case_id)
        e = html.escape
        if not self.case_ids:
            nothing = self.tr("No case selected.")
            self.browser.setHtml(f"<p style='color:#7d838a'>{e(nothing)}</p>")
            return
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            if len(self.case_ids) == 1:
                detail = queries.case_detail(raw, self.case_ids[0])
                self.browser.setHtml(self.render(detail) if detail else "")
                return
            rows = [queries.get_case(raw, cid) for cid in self.case_ids[:MULTI_SHOWN]]
        self.browser.setHtml(self.render_many([r for r in rows if r is not None], len(self.case_ids)))

    def render_many(self, rows: list[queries.CaseRow], total: int) -> str:
        e = html.escape
        hint = self.tr("The actions below apply to all of them, with one shared reason.")
        title = self.tr("{0} cases selected").format(total)
        parts = [f"<h2>{e(title)}</h2>", f"<p style='color:#7d838a'>{e(hint)}</p><table cellpadding='2'>"]
        for r in rows:
            parts.append(
                f"<tr><td><b>{e(r.ref)}</b></td><td>{e(r.influencer)}</td>"
                f"<td>{e(Status(r.status).label(self.lang))}</td></tr>"
            )
        parts.append("</table>")
        if total > len(rows):
            more = self.tr("… and {0} more").format(total - len(rows))
            parts.append(f"<p>{e(more)}</p>")
        return "".join(parts)

    def render(self, d: queries.CaseDetail) -> str:
        lang = self.lang
        e = html.escape
        parts = [summary_html(self, d, lang)]
        if d.decisions:
            # The decision in force (the latest; an amendment replaces what it amends) leads.
            latest = d.decisions[-1]
            heading = self.tr("Decision") if latest.amends is None else self.tr("Decision (amended)")
            when = self.tr("{0}, meeting “{1}”").format(_day(latest.decided_on), latest.meeting_title)
            votes = self.tr("{0} for, {1} against, {2} abstaining").format(
                latest.votes_for, latest.votes_against, latest.votes_abstain)
            parts.append(
                f"<h3>{e(heading)}</h3><p><b>{e(Outcome(latest.outcome).label(lang))}</b><br>"
                f"<span style='color:#7d838a'>{e(when)} · {e(votes)}</span><br>{e(_clip(latest.rationale, 600))}</p>")
        reports = self.tr("Reports")
        parts.append(f"<h3>{e(reports)} ({len(d.reports)})</h3>")
        for r in d.reports[-REPORTS_SHOWN:]:
            parts.append(
                f"<p><b>{_d(r.received_at)}</b> · {e(Source(r.source).label(lang))} · "
                f"{e(Category(r.category).label(lang))}<br>{e(_clip(r.description, DESCRIPTION_SHOWN))}"
                + (f"<br><span style='color:#7d838a'>{e(r.url)}</span>" if r.url else "")
                + "</p>"
            )
        if len(d.reports) > REPORTS_SHOWN:
            see_all = self.tr("Open the case to see all reports.")
            parts.append(f"<p style='color:#7d838a'>{e(see_all)}</p>")
        if d.notes:
            latest = self.tr("Latest notes")
            parts.append(f"<h3>{e(latest)}</h3>")
            for n in d.notes[-LATEST_NOTES:]:
                parts.append(f"<p><b>{e(n.author_name)}</b> · {_d(n.created_at)}<br>{e(_clip(n.body, 600))}</p>")
        attachments = [name for r in d.reports for name in r.attachments]
        evidence = self.tr("Evidence")
        parts.append(f"<h3>{e(evidence)} ({len(d.evidence) + len(attachments)})</h3>")
        if not d.evidence and not attachments:
            none_yet = self.tr("No evidence attached yet.")
            parts.append(f"<p style='color:#7d838a'>{e(none_yet)}</p>")
        for ev in d.evidence:
            parts.append(f"<p>{e(ev.name or ev.url)}</p>")
        for name in attachments:
            parts.append(f"<p>📎 {e(name)}</p>")
        return "".join(parts)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.evidence.accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.evidence.take_drop(event)
