"""Triage from the queue: run an action on the selected cases, remember it for undo, move on.

The window owns the actions and the selection; this controller asks for what an action needs
(a reason, a note, a member), calls ``services.triage``, and tells the window which case to
select next ("Submit & next").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from moderator_app.domain.enums import Priority, Status
from moderator_app.domain.errors import UserError
from moderator_app.services import triage
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from . import plain_text
from .dialogs import MemberDialog, MergeDialog, TextDialog, close_presets, reject_presets
from .i18n import refusal_text

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

UNDO_DEPTH = 50
MERGE_CANDIDATES = 50


class TriageController(QObject):
    undoChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.ws
        self.lang = window.lang
        self.submit_and_next = True
        self.undo_stack: list[triage.TriageAction] = []

    # --- running -----------------------------------------------------------------------------

    def _run(self, work: Callable[[list[str]], triage.TriageAction], done: Callable[[int], str],
             *, advance: bool = True) -> triage.TriageAction | None:
        ids = self.window.selected_case_ids()
        if not ids:
            self.message.emit(self.tr("Select a case first."))
            return None
        rows = self.window.selected_rows()
        next_id = self.window.model.case_id_at(max(rows) + 1) if rows else None
        try:
            action = work(ids)
        except UserError as exc:
            plain_text.warning(self.window, self.tr("Not done"), refusal_text(exc))
            return None
        if action.changed:
            self.undo_stack.append(action)
            del self.undo_stack[:-UNDO_DEPTH]
            self.undoChanged.emit(True)
            self.message.emit(done(len(action.cases)) + "  " + self.tr("(Ctrl+Z to undo)"))
        else:
            self.message.emit(self.tr("Nothing to change."))
        if advance and self.submit_and_next and action.changed:
            self.window.select_after_refresh([next_id] if next_id else [], min(rows))
        else:
            self.window.select_after_refresh(ids, min(rows))
        return action

    # --- actions -------------------------------------------------------------------------------

    def claim(self) -> None:
        self._run(lambda ids: triage.assign(self.ws, ids, self.ws.identity.member_id),
                  lambda n: self.tr("Assigned %n case(s) to you.", "", n))

    def assign(self) -> None:
        if not self.window.selected_case_ids():
            return
        with self.ws.db.read() as conn:
            members = queries.members(raw_connection(conn))
        dialog = MemberDialog(self.window, members, self.ws.identity.member_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        member = dialog.member_id()
        def done(n: int) -> str:
            return self.tr("Assigned %n case(s).", "", n) if member else self.tr("Unassigned %n case(s).", "", n)

        self._run(lambda ids: triage.assign(self.ws, ids, member), done)

    def set_priority(self, priority: Priority) -> None:
        self._run(lambda ids: triage.set_priority(self.ws, ids, priority),
                  lambda n: self.tr("Priority set to {0} on %n case(s).", "", n).format(priority.label(self.lang)))

    def toggle_urgent(self) -> None:
        self._run(lambda ids: triage.toggle_urgent(self.ws, ids),
                  lambda n: self.tr("Urgent flag changed on %n case(s).", "", n))

    def move(self, status: Status) -> None:
        if not self.window.selected_case_ids():
            return
        reason: str | None = None
        if status in (Status.REJECTED, Status.CLOSED):
            title = self.tr("Reject") if status == Status.REJECTED else self.tr("Close")
            presets = reject_presets(self) if status == Status.REJECTED else close_presets(self)
            dialog = TextDialog(self.window, title, self.tr("Why? The reason is kept in each case's history."),
                                presets)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
        label = status.label(self.lang)
        self._run(lambda ids: triage.move(self.ws, ids, status, reason),
                  lambda n: self.tr("Moved %n case(s) to {0}.", "", n).format(label))

    def reject(self) -> None:
        self.move(Status.REJECTED)

    def note(self) -> None:
        ids = self.window.selected_case_ids()
        if not ids:
            return
        prompt = self.tr("Note for {0}:").format(self.window.selected_refs_text())
        dialog = TextDialog(self.window, self.tr("Add a note"), prompt,
                            placeholder=self.tr("What you found or did (Ctrl+Enter to save)"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        body = dialog.text()
        self._run(lambda ids: triage.add_note(self.ws, ids, body),
                  lambda n: self.tr("Note added to %n case(s).", "", n), advance=False)

    def merge(self) -> None:
        ids = self.window.selected_case_ids()
        if not ids:
            return
        with self.ws.db.read() as conn:
            raw = raw_connection(conn)
            selected = [r for r in (queries.get_case(raw, i) for i in ids) if r is not None]
            candidates: list[queries.CaseRow] = []
            if len(selected) == 1:
                flt = queries.CaseFilter(influencer_id=selected[0].influencer_id)
                # Open cases only: a complaint merged into a rejected or closed case would leave
                # every open view without anyone deciding it.
                flt = replace(flt, statuses=tuple(s.value for s in Status if s.is_open))
                candidates = [r for r in queries.list_cases(raw, flt, "opened", False, MERGE_CANDIDATES)
                              if r.id != selected[0].id and r.merged_into is None]
        dialog = MergeDialog(self.window, self.lang, selected, candidates)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        action = self._run(lambda _ids: triage.merge(self.ws, chosen),
                           lambda n: self.tr("Merged %n case(s).", "", n), advance=False)
        if action is not None:
            self.window.select_after_refresh([action.cases[0].id], min(self.window.selected_rows() or [0]))

    def undo(self) -> None:
        if not self.undo_stack:
            self.message.emit(self.tr("Nothing to undo."))
            return
        action = self.undo_stack[-1]
        try:
            result = triage.undo(self.ws, action)
        except UserError as exc:
            self.undo_stack.pop()
            self.undoChanged.emit(bool(self.undo_stack))
            plain_text.warning(self.window, self.tr("Cannot undo"), refusal_text(exc))
            return
        self.undo_stack.pop()
        self.undoChanged.emit(bool(self.undo_stack))
        text = self.tr("Undone.")
        if result.skipped:
            text += " " + self.tr("Left as they are (changed since): {0}").format(", ".join(result.skipped))
        self.message.emit(text)
        self.window.select_after_refresh([k.id for k in action.cases], None)
