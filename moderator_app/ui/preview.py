"""The selected case at a glance: summary, reports, latest notes, evidence."""

from __future__ import annotations

import html
import time

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from moderator_app.domain.clock import local_date
from moderator_app.domain.enums import Category, Platform, Priority, Source, Status
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .evidence.case_bar import CaseEvidenceBar
from .formatting import sla_text

LATEST_NOTES = 5


def _d(ms: int | None) -> str:
    return "" if ms is None else local_date(ms).strftime("%d/%m/%Y")


class CasePreview(QWidget):
    def __init__(self, ws: Workspace, lang: str) -> None:
        super().__init__()
        self.ws = ws
        self.lang = lang
        self.case_id: str | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Case preview"))
        # Evidence: thumbnails, "Attach evidence…", dropped files, the viewer (ui/evidence).
        self.evidence = CaseEvidenceBar(ws, lang, self)
        self.evidence.attached.connect(lambda _a: self.show_case(self.case_id))
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        layout.addWidget(self.evidence)
        self.show_case(None)

    def show_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.evidence.show_case(case_id)
        if case_id is None:
            self.browser.setHtml(f"<p style='color:#666'>{html.escape(self.tr('No case selected.'))}</p>")
            return
        with self.ws.db.read() as conn:
            detail = queries.case_detail(raw_connection(conn), case_id)
        if detail is None:
            self.browser.setHtml("")
            return
        self.browser.setHtml(self.render(detail))

    def render(self, d: queries.CaseDetail) -> str:
        lang = self.lang
        c = d.case
        e = html.escape
        now = int(time.time() * 1000)
        rows = [
            (self.tr("Influencer"), e(c.influencer)),
            (self.tr("Platform"), e(Platform(c.platform).label(lang))),
            (self.tr("Category"), e(Category(c.category).label(lang))),
            (self.tr("Status"), e(Status(c.status).label(lang))),
            (self.tr("Priority"), e(Priority.from_level(c.priority).label(lang))
             + (f" · <b style='color:#b3261e'>{e(self.tr('URGENT'))}</b>" if c.urgent else "")),
            (self.tr("Assignee"), e(c.assignee_name or "—")),
            (self.tr("Opened"), _d(c.opened_at)),
            (self.tr("Deadline"), e(sla_text(c, now, lang, long=True))),
        ]
        parts = [f"<h2 style='margin-bottom:2px'>{e(c.ref)}</h2><p style='margin-top:0'>{e(c.title)}</p>"]
        if d.conflicts:
            parts.append(f"<p style='color:#b3261e'><b>{e(self.tr('Conflicting changes to resolve'))}</b>: "
                         f"{e(', '.join(d.conflicts))}</p>")
        parts.append("<table cellspacing='2' cellpadding='2'>")
        parts += [f"<tr><td style='color:#555'>{k}</td><td>{v}</td></tr>" for k, v in rows]
        parts.append("</table>")
        parts.append(f"<h3>{e(self.tr('Reports'))} ({len(d.reports)})</h3>")
        for r in d.reports:
            parts.append(
                f"<p><b>{_d(r.received_at)}</b> · {e(Source(r.source).label(lang))} · "
                f"{e(Category(r.category).label(lang))}<br>{e(r.description)}"
                + (f"<br><span style='color:#555'>{e(r.url)}</span>" if r.url else "")
                + "</p>"
            )
        if d.notes:
            parts.append(f"<h3>{e(self.tr('Latest notes'))}</h3>")
            for n in d.notes[-LATEST_NOTES:]:
                parts.append(f"<p><b>{e(n.author_name)}</b> · {_d(n.created_at)}<br>{e(n.body)}</p>")
        parts.append(f"<h3>{e(self.tr('Evidence'))} ({len(d.evidence)})</h3>")
        if not d.evidence:
            parts.append(f"<p style='color:#666'>{e(self.tr('No evidence attached yet.'))}</p>")
        for ev in d.evidence:
            parts.append(f"<p>{e(ev.name or ev.url)}</p>")
        return "".join(parts)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.evidence.accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.evidence.take_drop(event)
