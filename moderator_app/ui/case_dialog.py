"""A read-only view of one case (Enter in the queue): everything it holds and its whole history.

Built from ``queries.case_detail``; the full case window with editing replaces it later.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from moderator_app.domain.clock import local_date, to_datetime
from moderator_app.domain.enums import Category, Outcome, Platform, Source
from moderator_app.domain.sla import VN_TZ
from moderator_app.services.history import describe
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from .preview import summary_html


def _when(ms: int) -> str:
    return to_datetime(ms).astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


class CaseDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        with ws.db.read() as conn:
            raw = raw_connection(conn)
            detail = queries.case_detail(raw, case_id)
            self.names = queries.member_names(raw)
            refs = {cid: ref for cid, ref in raw.execute(
                "SELECT id, ref FROM cases WHERE id IN (SELECT merged_into FROM cases WHERE id = ? "
                "UNION SELECT id FROM cases WHERE merged_into = ? UNION SELECT ?)", (case_id, case_id, case_id)
            )}
            for h in detail.history if detail else ():
                for key in ("into", "from"):
                    target = h.payload.get(key)
                    if isinstance(target, str) and target not in refs:
                        row = raw.execute("SELECT ref FROM cases WHERE id = ?", (target,)).fetchone()
                        if row:
                            refs[target] = row[0]
        self.refs = refs
        self.detail = detail
        self.setWindowTitle(self.tr("Case {0}").format(detail.case.ref if detail else case_id))
        self.resize(820, 700)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        self.summary = self._browser(self.tr("Case summary"))
        self.reports = self._browser(self.tr("Reports"))
        self.history = self._browser(self.tr("History"))
        tabs.addTab(self.summary, self.tr("Summary"))
        tabs.addTab(self.reports, self.tr("Reports"))
        tabs.addTab(self.history, self.tr("History"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if detail is None:
            self.summary.setHtml(html.escape(self.tr("This case no longer exists.")))
            return
        self.summary.setHtml(self._summary(detail))
        self.reports.setHtml(self._reports(detail))
        self.history.setHtml(self._history(detail))

    def _browser(self, name: str) -> QTextBrowser:
        b = QTextBrowser(self)
        b.setOpenLinks(False)
        b.setAccessibleName(name)
        return b

    def _summary(self, d: queries.CaseDetail) -> str:
        e = html.escape
        parts = [summary_html(self, d, self.lang)]
        if d.case.merged_into:
            target = self.refs.get(d.case.merged_into, d.case.merged_into)
            parts.append(f"<p><b>{e(self.tr('Merged into case {0}').format(target))}</b></p>")
        if d.merged_from:
            parts.append(f"<p>{e(self.tr('Cases merged into this one: {0}').format(', '.join(d.merged_from)))}</p>")
        parts.append(f"<h3>{e(self.tr('Notes'))} ({len(d.notes)})</h3>")
        for n in d.notes:
            parts.append(f"<p><b>{e(n.author_name)}</b> · {_when(n.created_at)}<br>"
                         f"{e(n.body).replace(chr(10), '<br>')}</p>")
        parts.append(f"<h3>{e(self.tr('Evidence'))} ({len(d.evidence)})</h3>")
        for ev in d.evidence:
            parts.append(f"<p>{e(ev.name or ev.url)}</p>")
        if d.decisions:
            parts.append(f"<h3>{e(self.tr('Decisions'))}</h3>")
            for dec in d.decisions:
                parts.append(f"<p><b>{e(Outcome(dec.outcome).label(self.lang))}</b> · {e(dec.decided_on)} · "
                             f"{e(dec.meeting_title)}<br>{e(dec.rationale)}</p>")
        return "".join(parts)

    def _reports(self, d: queries.CaseDetail) -> str:
        e = html.escape
        parts = []
        for r in d.reports:
            rows = [
                (self.tr("Received"), _when(r.received_at)),
                (self.tr("Source"), Source(r.source).label(self.lang)),
                (self.tr("Platform"), Platform(r.platform).label(self.lang)),
                (self.tr("Account"), r.handle or "—"),
                (self.tr("Category"), Category(r.category).label(self.lang)),
                (self.tr("Link"), r.url or "—"),
                (self.tr("Reporter"), r.reporter or "—"),
            ]
            if r.seen_at:
                rows.insert(1, (self.tr("Seen"), local_date(r.seen_at).strftime("%d/%m/%Y")))
            if r.attachments:
                rows.append((self.tr("Attached files"), ", ".join(r.attachments)))
            parts.append("<table cellpadding='2'>")
            parts += [f"<tr><td style='color:#555'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows]
            parts.append("</table>")
            parts.append(f"<p>{e(r.description).replace(chr(10), '<br>')}</p><hr>")
        return "".join(parts) or e(self.tr("No reports."))

    def _history(self, d: queries.CaseDetail) -> str:
        e = html.escape
        parts = ["<table cellpadding='3' cellspacing='0' width='100%'>"]
        for h in d.history:
            text = describe(h, self.lang, self.names, self.refs)
            parts.append(
                f"<tr><td style='color:#555' nowrap>{_when(h.at)}</td><td nowrap><b>{e(h.author_name or '—')}"
                f"</b></td><td>{e(text)}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)
