"""The evidence viewer: one case's evidence, one item at a time, with its marks beside it.

A self-contained window (``EvidenceViewer(ws, case_id, lang)``): a strip of thumbnails at the
bottom (arrow keys, Alt+←/→ or Ctrl+PgUp/PgDown move between items), the item in the middle in
the view that suits its type, its marks and facts on the right. Every file is verified against
its hash before it is shown; a damaged file is not shown, a warning says so, and the failure is
recorded in the case history. Sensitive mode (the setting ``sensitive_blur``) keeps pictures
blurred and grey until clicked.
"""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QSettings, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain import mime
from moderator_app.domain.annotations import kind_label
from moderator_app.domain.clock import local_date
from moderator_app.domain.errors import UserError
from moderator_app.services import annotations as annotation_service
from moderator_app.services import custody, player_copy
from moderator_app.services import evidence as evidence_service
from moderator_app.services.workspace import Workspace
from moderator_app.store import evidence_queries, queries
from moderator_app.store.atomic import write_atomic
from moderator_app.store.database import raw_connection
from moderator_app.store.queries import AnnotationRow, EvidenceRow

from .. import plain_text
from ..detail_common import size_text
from ..i18n import refusal_text
from ..keys import portable_key
from ..plain_text import plain_label, rich_label
from ..save_dialog import ask_save_path
from ..window_size import fit_resize
from .attach import Attacher, dropped_paths
from .html_pane import HtmlPane
from .image_pane import ImagePane
from .info_pane import InfoPane
from .loader import Loaded, LoadJob, LoadSignals
from .marks_panel import MarksPanel
from .media_pane import MediaPane
from .pane import Pane
from .pdf_pane import PdfPane
from .strip import EvidenceListModel, EvidenceStrip
from .text_found import TextFoundPanel
from .text_pane import TextPane

log = logging.getLogger(__name__)

BANNER_STYLES = {
    "danger": "QLabel { background: #fce8e6; color: #a50e0e; padding: 8px 12px; border-bottom: 1px solid #f4c7c3; }",
    "warning": "QLabel { background: #fef7e0; color: #7a4f01; padding: 8px 12px; border-bottom: 1px solid #fde293; }",
}


class _Subscription:
    """Being told of new events until ``end`` (which may be called more than once)."""

    def __init__(self, ws: Workspace, listener: Callable[[list[Any]], None]) -> None:
        self.ws = ws
        self.listener: Callable[[list[Any]], None] | None = listener
        ws.subscribe(listener)

    def end(self, *_args: object) -> None:
        if self.listener is not None:
            self.ws.unsubscribe(self.listener)
            self.listener = None


class EvidenceViewer(QWidget):
    """One case's evidence. ``select(evidence_id)`` opens an item; ``loaded`` tells when it is shown."""

    def __init__(self, ws: Workspace, case_id: str, lang: str, parent: QWidget | None = None,
                 evidence_id: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws = ws
        self.case_id = case_id
        self.lang = lang
        self.current: EvidenceRow | None = None
        self.marks: list[AnnotationRow] = []
        self.selected_mark: str | None = None
        self.pending: tuple[str, dict[str, Any]] | None = None
        self.last_result: Loaded | None = None
        self.loading = False
        self._token = 0
        self._closed = False
        self.confirm: Callable[[str, str], bool] = self._ask
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.show_error: Callable[[str], None] = self._error_box
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = LoadSignals(self)
        self._signals.done.connect(self._on_loaded)
        self.attacher = Attacher(ws, self)
        self.attacher.started.connect(lambda n: self.say(self.tr("Copying {0} file(s) into the evidence store…")
                                                         .format(n)))
        self.attacher.finished.connect(self._on_attached)
        self.attacher.failed.connect(self._on_attach_failed)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.reload)
        self.setAcceptDrops(True)
        self._build()
        self.sensitive.setChecked(bool(ws.setting(evidence_service.SETTING_SENSITIVE_BLUR, False)))
        self.model.set_sensitive(self.sensitive.isChecked())
        self.reload(select=evidence_id)
        self._subscription = _Subscription(ws, self._on_events)
        self.destroyed.connect(self._subscription.end)  # also when deleted with a parent, unclosed
        self._restore_geometry()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        fit_resize(self, 1280, 820)
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Previous item (Alt+Left)"))
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next item (Alt+Right)"))
        self.next_button.clicked.connect(self.next_item)
        self.title = rich_label()
        self.title.setAccessibleName(self.tr("Evidence item"))
        self.sensitive = QCheckBox(self.tr("Blur sensitive content"))
        self.sensitive.setToolTip(self.tr("Blur pictures until you click them"))
        self.sensitive.toggled.connect(self._on_sensitive)
        attach = QPushButton(self.tr("Attach evidence…"))
        attach.clicked.connect(lambda: self.attacher.choose_and_attach(self, self.case_id))
        self.export_button = QPushButton(self.tr("Export marked image…"))
        self.export_button.setToolTip(self.tr("Save the picture (or the PDF page) with its marks drawn, as PNG"))
        self.export_button.clicked.connect(self._export_clicked)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self._save_clicked)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 6)
        for w in (self.prev_button, self.next_button):
            header.addWidget(w)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        for w in (self.sensitive, attach, self.export_button, self.save_button):
            header.addWidget(w)

        self.banner = plain_label()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(self.tr("Warning"))
        self.banner.hide()

        self.stack = QStackedWidget()
        self.panes: dict[str, Pane] = {}
        self.info = InfoPane()
        self.info.saveCopy.connect(self._save_clicked)
        self.info.copyAddress.connect(self._copy_address)
        self._add_pane("info", self.info)

        self.marks_panel = MarksPanel(self.lang)
        self.marks_panel.markSelected.connect(self.focus_mark)
        self.marks_panel.saveRequested.connect(self.save_mark)
        self.marks_panel.deleteRequested.connect(self.delete_mark)
        self.marks_panel.discardRequested.connect(self.discard_pending)
        self.facts = rich_label()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(self.tr("About this item"))
        self.facts.setStyleSheet("QLabel { color: #3c4043; padding: 8px; border-top: 1px solid #dadce0; }")
        self.text_found = TextFoundPanel(self.ws, self.lang)
        self.side_tabs = QTabWidget()
        self.side_tabs.setAccessibleName(self.tr("Marks and text"))
        self.side_tabs.addTab(self.marks_panel, self.tr("Marks"))
        self.side_tabs.addTab(self.text_found, self.tr("Text found"))
        self.side_tabs.currentChanged.connect(self._side_tab_changed)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.side_tabs, 1)
        side_layout.addWidget(self.facts)
        side.setMinimumWidth(280)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([940, 330])

        self.model = EvidenceListModel(self.ws.blobs, self.lang, self)
        self.strip = EvidenceStrip(self.model)
        self.strip.currentItemChanged.connect(self.select)
        self.strip.itemClicked.connect(self._on_strip_click)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setStyleSheet("QLabel { color: #7d838a; padding: 2px 8px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.strip)
        layout.addWidget(self.status)

        for keys, slot in (
            (("Alt+Right", "Ctrl+PgDown"), self.next_item),
            (("Alt+Left", "Ctrl+PgUp"), self.previous_item),
        ):
            act = QAction(self)
            act.setShortcuts([portable_key(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        close = QAction(self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def _side_tab_changed(self, index: int) -> None:
        if self.side_tabs.widget(index) is self.text_found:  # read only when looked at
            self.text_found.show_item(self.current)

    def _add_pane(self, key: str, pane: Pane) -> Pane:
        self.panes[key] = pane
        self.stack.addWidget(pane)
        pane.drawn.connect(self._on_drawn)
        pane.markClicked.connect(self._on_mark_clicked)
        pane.message.connect(self.say)
        return pane

    def pane_for(self, family: str) -> Pane:
        if family not in self.panes:
            match family:
                case "image":
                    pane: Pane = ImagePane()
                    pane.canvas.revealRequested.connect(self.reveal_current)  # type: ignore[attr-defined]
                case "pdf":
                    pane = PdfPane()
                case "text":
                    pane = TextPane()
                case "html":
                    pane = HtmlPane()
                case "video" | "audio":
                    pane = MediaPane(family)
                    pane.openExternally.connect(self.open_externally)  # type: ignore[attr-defined]
                case _:
                    return self.info
            self._add_pane(family, pane)
        return self.panes[family]

    # --- the list of items ------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Re-read the case's items (after a change) and keep or choose the open one."""
        if self._closed:
            return
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            case = queries.get_case(raw, self.case_id)
            rows = evidence_queries.case_evidence(raw, self.case_id)
        ref = case.ref if case else self.case_id
        self.setWindowTitle(self.tr("Evidence — case {0}").format(ref))
        self.model.set_rows(rows)
        wanted = select or (self.current.id if self.current else None)
        ids = [r.id for r in rows]
        if wanted not in ids:
            wanted = ids[0] if ids else None
        if wanted is None:
            self.current = None
            self._show_nothing()
        elif self.current is None or wanted != self.current.id or self._row(wanted) != self.current:
            self.select(wanted)
        else:
            self.strip.select_id(wanted)
            self.refresh_marks()
        self._update_nav()

    def _row(self, evidence_id: str) -> EvidenceRow | None:
        index = self.model.row_of(evidence_id)
        return None if index is None else self.model.rows[index]

    def _update_nav(self) -> None:
        index = self.model.row_of(self.current.id) if self.current else None
        count = len(self.model.rows)
        self.prev_button.setEnabled(index is not None and index > 0)
        self.next_button.setEnabled(index is not None and index < count - 1)

    def next_item(self) -> None:
        self._step(1)

    def previous_item(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.current is None:
            return
        index = self.model.row_of(self.current.id)
        if index is None:
            return
        target = index + delta
        if 0 <= target < len(self.model.rows):
            self.select(self.model.rows[target].id)

    def _on_strip_click(self, evidence_id: str) -> None:
        self.model.reveal(evidence_id)
        if self.current and self.current.id == evidence_id:
            self.reveal_current()

    # --- opening an item -------------------------------------------------------------------

    def select(self, evidence_id: str) -> None:
        row = self._row(evidence_id)
        if row is None:
            return
        if self.current is not None and row.id != self.current.id:
            self.keep_pending()  # a mark being made on the item left is saved, not dropped
        for pane in self.panes.values():
            pane.stop()
        self.current = row
        self.pending = None
        self.selected_mark = None
        self.marks_panel.pending_kind = None
        self.marks_panel.current_id = None
        self.strip.select_id(evidence_id)
        self._update_nav()
        self._show_title(row)
        self._show_facts(row)
        self._set_banner(None)
        self.export_button.setEnabled(False)
        self.save_button.setEnabled(row.kind == "file")
        self.refresh_marks()
        if self.side_tabs.currentWidget() is self.text_found:
            self.text_found.show_item(row)
        if row.kind == "link":
            never = self.tr("The application never opens or downloads links. Copy the address to open it yourself.")
            self.info.show_info(
                self.tr("Link kept as evidence"),
                f"<p style='font-size:13pt'>{html.escape(row.url)}</p><p>{html.escape(row.note)}</p>"
                f"<p style='color:#7d838a'>{html.escape(never)}</p>",
                can_copy=True,
            )
            self.stack.setCurrentWidget(self.info)
            self.loading = False
            return
        self._token += 1
        self.loading = True
        self.say(self.tr("Checking the file against its fingerprint…"))
        self.pool.start(LoadJob(self.ws.blobs, row, self._token, self._signals))

    def _on_loaded(self, result: Loaded) -> None:
        if self._closed or result.token != self._token or self.current is None:
            return
        self.loading = False
        self.last_result = result
        row = self.current
        if result.problem is not None:
            self._show_problem(row, result.problem)
            return
        if result.error is not None:
            self.info.show_info(self.tr("This file cannot be shown"), html.escape(result.error), tone="warning",
                                can_save=True)
            self.stack.setCurrentWidget(self.info)
            self.say("")
            return
        if row.claimed_mime:
            self._set_banner(self.tr("The file name says {0}, but its content is {1}: it is shown as {1}. The name "
                                     "may have been changed to hide what the file is.")
                             .format(mime.describe(row.claimed_mime, self.lang), mime.describe(row.mime, self.lang)),
                             "warning")
        pane = self.pane_for(result.family)
        if pane is self.info:
            self.info.show_info(
                mime.describe(row.mime, self.lang).capitalize(),
                html.escape(self.tr("The application has no viewer for this kind of file. Save a copy to open it "
                                    "with another program.")),
                can_save=True,
            )
            self.stack.setCurrentWidget(self.info)
            self.say("")
            return
        if isinstance(pane, MediaPane):
            pane.set_facts(self._facts_html(row, long=True))
        self.say("")
        self.stack.setCurrentWidget(pane)  # first, so the pane knows its size when it fits the content
        pane.load(result)
        pane.set_veiled(self.model.veiled(row.id) and result.family in ("image", "pdf"))
        pane.show_marks(self.marks, self.selected_mark)
        self.export_button.setEnabled(result.family in ("image", "pdf"))
        self._custody(row, "opened")

    def _show_problem(self, row: EvidenceRow, problem: str) -> None:
        if problem == "purged":
            message = self.tr("The file “{0}” (SHA-256 {1}) was removed from every member under the committee's "
                              "personal data rules (an erasure on request, or the retention rules); its record "
                              "stays, without the file.").format(row.name, row.sha256 or "")
            headline = self.tr("This file was erased")
            self._set_banner(headline, "warning")
            self.info.show_info(headline, f"<p>{html.escape(message)}</p>", tone="warning")
            self.stack.setCurrentWidget(self.info)
            self.save_button.setEnabled(False)
            self.say("")
            return
        if problem == "damaged":
            message = self.tr("The file “{0}” (SHA-256 {1}) is damaged: its content no longer matches the "
                              "fingerprint taken when it was attached. Do not rely on it; ask a member who holds "
                              "an intact copy.").format(row.name, row.sha256 or "")
        else:
            message = self.tr("The file “{0}” (SHA-256 {1}) is not in this computer's evidence store; it may "
                              "arrive with the next sync.").format(row.name, row.sha256 or "")
        recorded = False
        if problem == "damaged":
            try:
                recorded = evidence_service.record_integrity_failure(self.ws, row.id, problem)
            except UserError as exc:
                log.warning("could not record the integrity failure of %s: %s", row.id, exc)
        headline = (self.tr("This file is damaged and is not shown") if problem == "damaged"
                    else self.tr("This file is not on this computer yet"))
        note = self.tr("The failure was recorded in the case history.") if recorded else ""
        self._set_banner(f"{headline}. {note}".strip(), "danger" if problem == "damaged" else "warning")
        self.info.show_info(headline, f"<p>{html.escape(message)}</p>",
                            tone="danger" if problem == "damaged" else "warning")
        self.stack.setCurrentWidget(self.info)
        self.save_button.setEnabled(False)
        self.say("")

    def _show_nothing(self) -> None:
        self.title.setText(f"<b>{html.escape(self.tr('No evidence yet'))}</b>")
        self.facts.clear()
        self.marks_panel.set_rows([])
        self.info.show_info(self.tr("No evidence yet"), html.escape(
            self.tr("Drop files here or use “Attach evidence…” to add screenshots, recordings, documents or "
                    "captured pages to this case.")))
        self.stack.setCurrentWidget(self.info)
        self.export_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _show_title(self, row: EvidenceRow) -> None:
        index = (self.model.row_of(row.id) or 0) + 1
        what = self.tr("link") if row.kind == "link" else mime.describe(row.mime, self.lang)
        name = row.name or row.url
        self.title.setText(
            f"<b>{html.escape(name)}</b> &nbsp;<span style='color:#7d838a'>{html.escape(what)}"
            + (f" · {html.escape(size_text(row.size))}" if row.size else "")
            + f" · {index}/{len(self.model.rows)}</span>"
        )

    def _facts_html(self, row: EvidenceRow, long: bool = False) -> str:
        e = html.escape
        rows = [
            (self.tr("Added by"), e(row.added_by_name or row.added_by)),
            (self.tr("Added on"), local_date(row.added_at).strftime("%d/%m/%Y")),
        ]
        if row.captured_at:
            rows.append((self.tr("Captured"), local_date(row.captured_at).strftime("%d/%m/%Y")))
        if row.kind == "file" and row.url:
            rows.append((self.tr("Source"), e(row.url)))
        if row.note and row.kind == "file":
            rows.append((self.tr("Note"), e(row.note)))
        if row.kind == "file":
            rows.append((self.tr("Type"), e(mime.describe(row.mime, self.lang))))
            if long:
                rows.append((self.tr("Size"), e(size_text(row.size or 0))))
            rows.append(("SHA-256", f"<span style='font-family:monospace;font-size:8pt'>{e(row.sha256 or '')}</span>"))
        body = "".join(f"<tr><td style='color:#7d838a;padding-right:8px;white-space:nowrap'>{k}</td><td>{v}</td></tr>"
                       for k, v in rows)
        head = f"<p style='font-size:12pt'><b>{e(row.name)}</b></p>" if long else ""
        return f"{head}<table cellspacing='0' cellpadding='1'>{body}</table>"

    def _show_facts(self, row: EvidenceRow) -> None:
        self.facts.setText(self._facts_html(row))

    def _set_banner(self, text: str | None, tone: str = "warning") -> None:
        if not text:
            self.banner.hide()
            return
        self.banner.setStyleSheet(BANNER_STYLES[tone])
        self.banner.setText(text)
        self.banner.show()

    def say(self, text: str) -> None:
        self.status.setText(text)

    def current_pane(self) -> Pane:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Pane)
        return widget

    # --- sensitive mode -------------------------------------------------------------------

    def _on_sensitive(self, on: bool) -> None:
        if bool(self.ws.setting(evidence_service.SETTING_SENSITIVE_BLUR, False)) != on:
            self.ws.set_setting(evidence_service.SETTING_SENSITIVE_BLUR, on)
        self.model.set_sensitive(on)
        if self.current is not None:
            self.current_pane().set_veiled(self.model.veiled(self.current.id))

    def reveal_current(self) -> None:
        if self.current is not None:
            self.model.reveal(self.current.id)
            self.current_pane().set_veiled(False)

    # --- marks ----------------------------------------------------------------------------

    def refresh_marks(self) -> None:
        if self.current is None:
            self.marks = []
        else:
            with self.ws.db.read() as conn:
                self.marks = evidence_queries.evidence_annotations(raw_connection(conn), self.current.id)
        if self.selected_mark and all(m.id != self.selected_mark for m in self.marks):
            self.selected_mark = None
        self.marks_panel.set_rows(self.marks)
        if not self.loading and self.stack.currentWidget() is not self.info:
            self.current_pane().show_marks(self.marks, self.selected_mark)

    def keep_pending(self) -> str | None:
        """Save the mark being made, with the words typed so far: drawing another mark, choosing
        another item or closing the viewer never loses it (Discard is how to drop one)."""
        if self.pending is None or self.current is None:
            return None
        return self.save_mark(self.marks_panel.label_edit.text(), self.marks_panel.comment_edit.toPlainText())

    def _on_drawn(self, kind: str, geometry: dict[str, Any]) -> None:
        if self.keep_pending() is not None:
            self.say(self.tr("The previous mark was saved with its label"))
        self.pending = (kind, geometry)
        self.selected_mark = None
        self.current_pane().set_pending(kind, geometry)
        self.current_pane().show_marks(self.marks, None)
        self.side_tabs.setCurrentWidget(self.marks_panel)
        self.marks_panel.start_new(kind)
        self.say(self.tr("New {0}: give it a label and save it").format(kind_label(kind, self.lang).lower()))

    def _on_mark_clicked(self, annotation_id: str) -> None:
        self.selected_mark = annotation_id
        self.marks_panel.select(annotation_id)
        self.current_pane().show_marks(self.marks, annotation_id)

    def focus_mark(self, annotation_id: str) -> None:
        """Select a mark and bring its region, page, text or moment into view."""
        mark = next((m for m in self.marks if m.id == annotation_id), None)
        if mark is None:
            return
        self.discard_pending()
        self.selected_mark = annotation_id
        self.marks_panel.select(annotation_id)
        pane = self.current_pane()
        pane.show_marks(self.marks, annotation_id)
        pane.focus_mark(mark)

    def save_mark(self, label: str, comment: str) -> str | None:
        """Save the new mark (or the selected mark's words); returns the mark's id."""
        if self.current is None:
            return None
        try:
            if self.pending is not None:
                kind, geometry = self.pending
                mark_id = annotation_service.add_annotation(self.ws, self.current.id, kind, geometry, label, comment)
                self.pending = None
                self.current_pane().set_pending(None, None)
                self.marks_panel.pending_kind = None
                self.marks_panel.current_id = mark_id
                self.selected_mark = mark_id
                self.say(self.tr("Mark saved"))
            elif self.selected_mark is not None:
                mark_id = self.selected_mark
                annotation_service.edit_annotation(self.ws, mark_id, label=label, comment=comment)
                self.say(self.tr("Mark updated"))
            else:
                return None
        except UserError as exc:
            self.show_error(refusal_text(exc))
            return None
        self.refresh_marks()
        return mark_id

    def delete_mark(self, annotation_id: str) -> None:
        if not self.confirm(self.tr("Delete mark"), self.tr("Delete this mark? It stays in the case history.")):
            return
        try:
            annotation_service.delete_annotation(self.ws, annotation_id)
        except UserError as exc:
            self.show_error(refusal_text(exc))
            return
        self.selected_mark = None
        self.marks_panel.current_id = None
        self.refresh_marks()
        self.say(self.tr("Mark deleted"))

    def discard_pending(self) -> None:
        if self.pending is None:
            return
        self.pending = None
        self.marks_panel.pending_kind = None
        self.marks_panel.select(None)
        self.current_pane().set_pending(None, None)

    # --- files out ------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        self.export_annotated()

    def _save_clicked(self) -> None:
        self.save_copy()

    def export_annotated(self, path: Path | None = None) -> Path | None:
        """Save the picture (or PDF page) with its marks drawn, as PNG."""
        if self.current is None:
            return None
        image = self.current_pane().annotated_image(self.marks)
        if image is None:
            return None
        if path is None:
            stem = Path(self.current.name).stem or "evidence"
            suggestion = str(Path.home() / f"{stem}-marked.png")
            chosen = ask_save_path(self, self.tr("Export marked image"), suggestion, self.tr("PNG image (*.png)"))
            if chosen is None:
                return None
            path = chosen
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            self.show_error(self.tr("Could not write {0}").format(str(path)))
            return None
        try:
            write_atomic(path, bytes(buffer.data().data()))
        except UserError as exc:
            self.show_error(refusal_text(exc))
            return None
        self._custody(self.current, "copy_saved", path.name)
        self.say(self.tr("Saved {0}").format(str(path)))
        return path

    def save_copy(self, path: Path | None = None) -> Path | None:
        if self.current is None or self.current.kind != "file":
            return None
        if path is None:
            suffix = Path(self.current.name).suffix
            kind = self.tr("Files like the original (*{0})").format(suffix) if suffix else self.tr("All files (*)")
            copy_to = ask_save_path(self, self.tr("Save a copy"), str(Path.home() / self.current.name), kind)
            if copy_to is None:
                return None
            path = copy_to
        try:
            evidence_service.save_copy(self.ws, self.current, path)
        except UserError as exc:
            self.show_error(refusal_text(exc))
            return None
        self._custody(self.current, "copy_saved", path.name)
        self.say(self.tr("Saved {0}").format(str(path)))
        return path

    def open_externally(self) -> Path | None:
        """Open a recording with the system's player, after the member agrees.

        The system picks the program by the extension, and the file's name is the sender's: the
        copy is named by its detected type instead (``services.player_copy``), and a file that is
        not a recording is not handed over at all.
        """
        row = self.current
        if row is None or row.kind != "file":
            return None
        try:
            name = player_copy.planned_name(self.ws, row)
        except player_copy.NotPlayable as exc:
            self.show_error(self.tr(
                "“{0}” is not opened with another program: its content is {1}, not one of the recording types "
                "the application hands to a player (MP4, WebM, QuickTime, Matroska, M4A, MP3, Ogg, WAV). Another "
                "program might run it instead of playing it. Use “Save a copy…” if you need the file."
            ).format(row.name, mime.describe(exc.detected, self.lang)))
            return None
        except UserError as exc:
            self.show_error(refusal_text(exc))
            return None
        if not self.confirm(
            self.tr("Open with the system player"),
            self.tr("A copy of “{0}” will be written to a temporary folder as {1} and opened by the program this "
                    "computer uses for that type. That program is outside this application's protection: it may, "
                    "for example, connect to the internet. Open it?").format(row.name, name),
        ):
            return None
        try:
            target = player_copy.write_player_copy(self.ws, row, Path(tempfile.mkdtemp(prefix="moderator-evidence-")))
        except UserError as exc:
            self.show_error(refusal_text(exc))
            return None
        self._custody(row, "opened_externally", target.name)
        self.say(self.tr("Opened {0} with the system player").format(target.name))
        self.open_url(QUrl.fromLocalFile(str(target)))
        return target

    def _custody(self, row: EvidenceRow, action: str, to: str = "") -> None:
        """Put this access in the case's history (the chain of custody); never in the member's way."""
        try:
            custody.record_access(self.ws, row.id, action, to)
        except Exception:
            log.exception("could not record %s of evidence %s", action, row.id)

    def _copy_address(self) -> None:
        if self.current is not None and self.current.kind == "link":
            QGuiApplication.clipboard().setText(self.current.url)
            self.say(self.tr("Address copied"))

    # --- attaching ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.attacher.attach(self.case_id, paths)

    def _on_attached(self, attached: evidence_service.Attached) -> None:
        new = [i for i in attached.items if not i.duplicate]
        self.say(self.tr("Attached {0} file(s)").format(len(new)))
        self.reload(select=new[0].id if new else None)

    def _on_attach_failed(self, message: str) -> None:
        self.say("")
        self.show_error(message)

    # --- dialogs (replaceable in tests) --------------------------------------------------

    def _ask(self, title: str, question: str) -> bool:
        answer = plain_text.question(self, title, question,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _error_box(self, message: str) -> None:
        self.say(message)
        plain_text.warning(self, self.tr("Evidence"), message)

    # --- lifetime -------------------------------------------------------------------------

    def _on_events(self, _events: list[object]) -> None:
        if not self._closed:
            self._refresh_timer.start()

    def _settings(self) -> QSettings:
        return QSettings(str(self.ws.root / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        value = self._settings().value("evidence_viewer/geometry")
        if value is not None:
            self.restoreGeometry(value)

    def shutdown(self) -> None:
        """Stop playing and wait for background work; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._settings().setValue("evidence_viewer/geometry", self.saveGeometry())
        self._subscription.end()
        for pane in self.panes.values():
            pane.stop()
        self.pool.clear()
        self.pool.waitForDone()
        self.attacher.shutdown()
        self.model.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_pending()
        self.shutdown()
        super().closeEvent(event)
