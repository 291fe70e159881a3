"""An influencer's profile page: details, accounts, cases, decisions, the credibility score with
its chart and breakdown, the five pillars, the suspension proposal, merging, and history.

The page is read in the background (the score over time computes the score on a few hundred
days); every change goes through the services.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Category, Outcome, Platform, Status
from moderator_app.domain.score import DEFAULT, Pillar, PointState, ScorePoint
from moderator_app.services import credibility, profiles
from moderator_app.services.credibility import ProfileData, load_profile
from moderator_app.services.workspace import Workspace
from moderator_app.store import influencer_queries as Q
from moderator_app.store import queries
from moderator_app.store.database import raw_connection

from . import plain_text
from .background import Loader
from .coalesce import Coalesced
from .detail_common import BAND_BACKGROUNDS, BAND_COLORS, MUTED, iso_day, local_day, number, show_error
from .history_view import HistoryView
from .plain_text import plain_label, rich_label
from .profile_dialogs import (
    AccountDialog,
    AccountInput,
    ChooseMeetingDialog,
    ChooseProfileDialog,
    CorrectionDialog,
    CorrectionInput,
    pydate,
    qdate,
)
from .rows_model import Column, RowsModel, current_row, refill, table_view
from .score_chart import ScoreChart
from .wheel_guard import guard_wheel
from .window_size import fit_resize


class ProfileWindow(QMainWindow):
    caseRequested = Signal(str)
    profileRequested = Signal(str)

    def __init__(self, ws: Workspace, lang: str, influencer_id: str, as_of: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.influencer_id = influencer_id
        self.fixed_as_of = as_of
        self.data: ProfileData | None = None
        # Events → one reload for a burst of them (a sync brings many).
        self._on_events = Coalesced(self, self.reload, 200)
        # Questions asked of the person; tests replace them.
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.choose_profile: Callable[[list[Q.InfluencerRow]], str | None] = self._choose_profile
        self.choose_meeting: Callable[[list[Q.OpenMeeting]], str | None] = self._choose_meeting
        self.edit_account: Callable[[Q.AccountRow | None], AccountInput | None] = self._edit_account
        self.ask_correction: Callable[[Q.InfluencerDecision], CorrectionInput | None] = self._ask_correction
        self.loader = Loader(self._loaded, lambda exc: show_error(self, exc), self)
        fit_resize(self, 1240, 860)
        self._build()
        guard_wheel(self)
        self.reload()
        ws.subscribe(self._on_events)

    @property
    def as_of(self) -> date:
        return self.fixed_as_of or credibility.today(self.ws)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.name_label = rich_label()
        self.merged_label = rich_label()
        self.merged_label.setWordWrap(True)
        self.merged_label.linkActivated.connect(self.profileRequested)
        self.score_badge = rich_label()
        self.score_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score_badge.setMinimumWidth(190)
        self.score_badge.setAccessibleName(self.tr("Credibility score"))
        self.proposal_box = QGroupBox()
        self.proposal_box.setStyleSheet("QGroupBox { background: #fff4d6; border: 1px solid #e0b84c; "
                                        "border-radius: 4px; }")
        self.proposal_label = plain_label()
        self.proposal_label.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Put on a meeting agenda…"))
        self.propose_button.clicked.connect(self.propose_suspension)
        row = QHBoxLayout(self.proposal_box)
        row.addWidget(self.proposal_label, 1)
        row.addWidget(self.propose_button)
        self.proposal_box.setVisible(False)

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.merged_label)
        names.addStretch(1)
        head.addLayout(names, 1)
        head.addWidget(self.score_badge)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Profile sections"))
        self.tabs.addTab(self._build_score_tab(), self.tr("Score"))
        self.tabs.addTab(self._build_details_tab(), self.tr("Profile"))
        self.tabs.addTab(self._build_cases_tab(), self.tr("Cases"))
        self.tabs.addTab(self._build_decisions_tab(), self.tr("Decisions"))
        self.history = HistoryView(self.ws.identity.device_id, self.lang)
        self.tabs.addTab(self.history, self.tr("History"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(head)
        layout.addWidget(self.proposal_box)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        bar = QToolBar(self.tr("Profile"))
        bar.setObjectName("profile_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        self.merge_action = QAction(self.tr("Merge another profile into this one…"), self)
        self.merge_action.triggered.connect(self.merge_other)
        bar.addAction(refresh)
        bar.addAction(self.merge_action)
        self.addToolBar(bar)

    def _build_score_tab(self) -> QWidget:
        self.chart = ScoreChart()
        self.formula = plain_label()
        self.formula.setWordWrap(True)
        self.formula.setStyleSheet(f"color: {MUTED}")
        self.breakdown_model: RowsModel[ScorePoint] = RowsModel([
            Column(self.tr("Date"), lambda p: iso_day(p.decided_on.isoformat()), sort_key=lambda p: p.decided_on),
            Column(self.tr("Case"), lambda p: p.case_ref),
            Column(self.tr("Outcome"), lambda p: p.outcome.label(self.lang)),
            Column(self.tr("Category"), lambda p: p.category.label(self.lang)),
            Column(self.tr("Penalty"), lambda p: str(p.penalty), align_right=True, sort_key=lambda p: p.penalty),
            Column(self.tr("Repeat"), lambda p: "×" + number(p.repeat, self.lang) if p.repeat != 1 else "",
                   align_right=True),
            Column(self.tr("Remedied"), lambda p: "×" + number(p.correction, self.lang) if p.correction != 1
                   else "", tooltip=lambda p: iso_day(p.corrected_on.isoformat()) if p.corrected_on else "",
                   align_right=True),
            Column(self.tr("Half-life"), lambda p: self.tr("{0} d").format(p.half_life_days), align_right=True,
                   sort_key=lambda p: p.half_life_days),
            Column(self.tr("Elapsed"), lambda p: self.tr("{0} d").format(p.age_days), align_right=True,
                   sort_key=lambda p: p.age_days),
            Column(self.tr("Decay"), lambda p: number(p.decay * 100, self.lang) + "%", align_right=True,
                   sort_key=lambda p: p.decay),
            Column(self.tr("Remaining"), lambda p: "−" + number(p.remaining, self.lang, 2) if p.remaining else "0",
                   align_right=True, sort_key=lambda p: p.remaining),
            Column(self.tr("Expires"), lambda p: iso_day(p.expires_on.isoformat()), sort_key=lambda p: p.expires_on),
            Column(self.tr("State"), self._state_text, color=lambda p: MUTED if p.state != PointState.COUNTING
                   else None),
        ], self)
        self.breakdown = table_view(self.breakdown_model, self.tr("Score breakdown"), sortable=True)
        self.breakdown.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        page = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.chart, 1)
        top_layout.addWidget(self.formula)
        page.addWidget(top)
        page.addWidget(self.breakdown)
        page.setSizes([360, 300])
        return page

    def _state_text(self, p: ScorePoint) -> str:
        return {
            PointState.COUNTING: self.tr("Counting"),
            PointState.EXPIRED: self.tr("Expired"),
            PointState.NO_PENALTY: self.tr("No penalty"),
            PointState.REPLACED: self.tr("Replaced by another decision on its case"),
        }[p.state]

    def _build_details_tab(self) -> QWidget:
        details = QGroupBox(self.tr("Details"))
        form = QFormLayout(details)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.agency_edit = QLineEdit()
        self.agency_edit.setAccessibleName(self.tr("Agency"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setAccessibleName(self.tr("Contact"))
        self.member_check = QCheckBox(self.tr("Alliance member since"))
        self.member_date = QDateEdit()
        self.member_date.setCalendarPopup(True)
        self.member_date.setDisplayFormat("dd/MM/yyyy")
        self.member_date.setAccessibleName(self.tr("Alliance member since"))
        self.member_check.toggled.connect(self.member_date.setEnabled)
        self.pledge_check = QCheckBox(self.tr("Signed the alliance's pledge"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setMinimumHeight(80)
        self.save_details_button = QPushButton(self.tr("Save details"))
        self.save_details_button.clicked.connect(self.save_details)
        member_row = QHBoxLayout()
        member_row.addWidget(self.member_check)
        member_row.addWidget(self.member_date)
        member_row.addStretch(1)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Agency"), self.agency_edit)
        form.addRow(self.tr("Contact"), self.contact_edit)
        form.addRow(self.tr("Membership"), member_row)
        form.addRow("", self.pledge_check)
        form.addRow(self.tr("Notes"), self.notes_edit)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_details_button)
        form.addRow(save_row)

        accounts = QGroupBox(self.tr("Accounts"))
        self.accounts_model: RowsModel[Q.AccountRow] = RowsModel([
            Column(self.tr("Platform"), lambda a: Platform(a.platform).label(self.lang)),
            Column(self.tr("Handle"), lambda a: a.handle),
            Column(self.tr("Followers"), lambda a: "" if a.followers is None else QLocale().toString(a.followers),
                   align_right=True, sort_key=lambda a: a.followers or 0),
            Column(self.tr("URL"), lambda a: a.url),
        ], self)
        self.accounts_table = table_view(self.accounts_model, self.tr("Accounts"), sortable=True)
        self.accounts_table.doubleClicked.connect(lambda _i: self.edit_selected_account())
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add_account)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_selected_account)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected_account)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (add, edit, remove):
            buttons.addWidget(b)
        accounts_layout = QVBoxLayout(accounts)
        accounts_layout.addWidget(self.accounts_table)
        accounts_layout.addLayout(buttons)

        pillars = QGroupBox(self.tr("Five pillars (pass/fail): their weights replace the base of 100"))
        grid = QGridLayout(pillars)
        self.pillar_checks: dict[Pillar, QCheckBox] = {}
        weights = DEFAULT.pillar_weights
        for i, pillar in enumerate(Pillar):
            check = QCheckBox(self.tr("{0} ({1} points)").format(pillar.label(self.lang), weights[pillar]))
            self.pillar_checks[pillar] = check
            grid.addWidget(check, i // 2, i % 2)
        self.assessed_on = QDateEdit()
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("dd/MM/yyyy")
        self.assessed_on.setAccessibleName(self.tr("Assessed on"))
        self.assess_button = QPushButton(self.tr("Record assessment"))
        self.assess_button.clicked.connect(self.record_assessment)
        self.assessment_label = plain_label()
        self.assessment_label.setWordWrap(True)
        self.assessment_label.setStyleSheet(f"color: {MUTED}")
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Assessed on")))
        row.addWidget(self.assessed_on)
        row.addStretch(1)
        row.addWidget(self.assess_button)
        grid.addLayout(row, 3, 0, 1, 2)
        grid.addWidget(self.assessment_label, 4, 0, 1, 2)

        page = QWidget()
        layout = QGridLayout(page)
        layout.addWidget(details, 0, 0)
        layout.addWidget(accounts, 0, 1)
        layout.addWidget(pillars, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(0, 1)
        return page

    def _build_cases_tab(self) -> QWidget:
        self.cases_model: RowsModel[queries.CaseRow] = RowsModel([
            Column(self.tr("Case"), lambda c: c.ref),
            Column(self.tr("Opened"), lambda c: local_day(c.opened_at), sort_key=lambda c: c.opened_at),
            Column(self.tr("Status"), lambda c: Status(c.status).label(self.lang)),
            Column(self.tr("Category"), lambda c: Category(c.category).label(self.lang)),
            Column(self.tr("Platform"), lambda c: Platform(c.platform).label(self.lang)),
            Column(self.tr("Reports"), lambda c: str(c.reports), align_right=True, sort_key=lambda c: c.reports),
            Column(self.tr("Title"), lambda c: c.title),
        ], self)
        self.cases_table = table_view(self.cases_model, self.tr("Cases"), sortable=True)
        self.cases_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.cases_table.doubleClicked.connect(lambda _i: self._open_case(current_row(self.cases_table)))
        return self.cases_table

    def _build_decisions_tab(self) -> QWidget:
        self.decisions_model: RowsModel[Q.InfluencerDecision] = RowsModel([
            Column(self.tr("Date"), lambda d: iso_day(d.decided_on), sort_key=lambda d: d.decided_on),
            Column(self.tr("Case"), lambda d: d.case_ref),
            Column(self.tr("Meeting"), lambda d: d.meeting_title),
            Column(self.tr("Outcome"), lambda d: Outcome(d.outcome).label(self.lang)),
            Column(self.tr("Category"), lambda d: Category(d.category).label(self.lang)),
            Column(self.tr("Remedied"), lambda d: iso_day(d.corrected_on)),
            Column(self.tr("Rationale"), lambda d: " ".join(d.rationale.split()), tooltip=lambda d: d.rationale),
        ], self)
        self.decisions_table = table_view(self.decisions_model, self.tr("Decisions"), sortable=True)
        self.decisions_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.decisions_table.doubleClicked.connect(lambda _i: self._open_decision_case())
        self.correction_button = QPushButton(self.tr("Record completed correction…"))
        self.correction_button.clicked.connect(self.record_correction)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.decisions_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.correction_button)
        layout.addLayout(row)
        return page

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        ws, influencer_id, as_of = self.ws, self.influencer_id, self.as_of
        self.loader.start(lambda: load_profile(ws, influencer_id, as_of))

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _loaded(self, data: ProfileData | None) -> None:
        if data is None:
            self.name_label.setText(html.escape(self.tr("This profile no longer exists.")))
            return
        self.data = data
        d, found = data.detail, data.found
        score = found.score
        e = html.escape
        self.setWindowTitle(self.tr("Influencer: {0}").format(d.name))
        platforms = ", ".join(sorted({Platform(a.platform).label(self.lang) for a in d.accounts}))
        facts = [self.tr("%n case(s)", "", d.case_count), platforms]
        if d.agency:
            facts.append(d.agency)
        if d.member_since:
            facts.append(self.tr("alliance member since {0}").format(iso_day(d.member_since)))
        self.name_label.setText(
            f"<span style='font-size:18pt; font-weight:600'>{e(d.name)}</span><br>"
            f"<span style='color:{MUTED}'>{e(' · '.join(f for f in facts if f))}</span>"
        )
        merged = []
        if d.merged_into:
            merged.append(self.tr("This profile was merged into {0}.").format(
                f"<a href='{e(d.merged_into)}'>{e(d.merged_into_name or d.merged_into)}</a>"))
        if d.merged_from:
            merged.append(self.tr("Merged into this profile: {0}.").format(
                e(", ".join(name for _, name in d.merged_from))))
        self.merged_label.setText(" ".join(merged))
        self.merged_label.setVisible(bool(merged))
        band = score.band
        as_of = self.tr("as of {0}").format(data.as_of.strftime("%d/%m/%Y"))
        self.score_badge.setText(
            f"<div style='font-size:30pt; font-weight:700; color:{BAND_COLORS[band]}'>"
            f"{e(number(score.value, self.lang) if score.assessed else '—')}</div>"
            f"<div style='font-size:11pt; color:{BAND_COLORS[band]}'>{e(band.label(self.lang))}</div>"
            f"<div style='color:{MUTED}'>{e(as_of)}</div>"
        )
        self.score_badge.setStyleSheet(f"background: {BAND_BACKGROUNDS[band]}; border-radius: 6px; padding: 6px")
        self._fill_proposal(found)
        self.chart.set_series(data.series, [date.fromisoformat(x.decided_on) for x in found.decisions])
        base = number(score.base, self.lang)
        self.formula.setText(self.tr(
            "Score = base {0} − Σ penalty × repeat × correction × 0.5^(age ÷ half-life) = {1}. Penalties halve every "
            "90 days (730 for fraud or referral) and stop counting after 365 days (4 years)."
        ).format(base, number(score.value, self.lang)))
        refill(self.breakdown, score.points, max_width=140)
        self._fill_details(d, found)
        refill(self.cases_table, data.cases, max_width=240)
        refill(self.decisions_table, found.decisions, max_width=240)
        self.history.set_entries(data.history, data.names, data.people)
        for i, title in enumerate((
            self.tr("Score"), self.tr("Profile"), self.tr("Cases ({0})").format(len(data.cases)),
            self.tr("Decisions ({0})").format(len(found.decisions)),
            self.tr("History ({0})").format(len(data.history)),
        )):
            self.tabs.setTabText(i, title)
        editable = d.merged_into is None
        for w in (self.save_details_button, self.assess_button, self.propose_button, self.accounts_table):
            w.setEnabled(editable)
        self.merge_action.setEnabled(editable)

    def _fill_proposal(self, found: credibility.ProfileScore) -> None:
        trigger = found.trigger
        self.proposal_box.setVisible(trigger is not None)
        if trigger is None:
            return
        refs = {d.id: d.case_ref for d in found.decisions}
        self.proposal_label.setText(self.tr(
            "Suspension proposed: {0} decisions of level 2 or above within 90 days ({1}), the last on {2}. "
            "The committee should consider it at its next meeting."
        ).format(len(trigger.decision_ids), ", ".join(refs.get(i, i) for i in trigger.decision_ids),
                 trigger.reached_on.strftime("%d/%m/%Y")))

    def _details_shown(self) -> dict[str, object]:
        """What the detail fields hold now (to tell a member's unsaved edits from stored values)."""
        return {
            "name": self.name_edit.text(), "agency": self.agency_edit.text(), "contact": self.contact_edit.text(),
            "member": (self.member_check.isChecked(), self.member_date.date()), "pledge": self.pledge_check.isChecked(),
            "notes": self.notes_edit.toPlainText(),
            "pillars": tuple(c.isChecked() for c in self.pillar_checks.values()),
        }

    def _fill_details(self, d: Q.ProfileDetail, found: credibility.ProfileScore) -> None:
        """Show the stored details, except in fields the member has changed and not saved yet: a
        reload (an account added, another window's change, a sync) does not wipe what they typed."""
        shown = self._details_shown()
        loaded = getattr(self, "_loaded_details", shown)
        untouched = {k for k, v in shown.items() if v == loaded.get(k)}
        if "name" in untouched and not self.name_edit.hasFocus():
            self.name_edit.setText(d.name)
        if "agency" in untouched:
            self.agency_edit.setText(d.agency)
        if "contact" in untouched:
            self.contact_edit.setText(d.contact)
        if "member" in untouched:
            self.member_check.setChecked(d.member_since is not None)
            self.member_date.setEnabled(d.member_since is not None)
            self.member_date.setDate(qdate(date.fromisoformat(d.member_since) if d.member_since else self.as_of))
        if "pledge" in untouched:
            self.pledge_check.setChecked(d.pledge_signed)
        if "notes" in untouched:
            self.notes_edit.setPlainText(d.notes)
        refill(self.accounts_table, d.accounts, max_width=200)
        assessment = found.score.assessment
        if "pillars" in untouched:
            for pillar, check in self.pillar_checks.items():
                check.setChecked(assessment is None or pillar in assessment.passed)
        now = self._details_shown()
        self._loaded_details = {k: now[k] if k in untouched else loaded[k] for k in now}
        self.assessed_on.setDate(qdate(self.as_of))
        if assessment is None:
            self.assessment_label.setText(self.tr("Not assessed: the base is 100."))
        else:
            self.assessment_label.setText(self.tr("Assessed on {0}: the base is {1}.").format(
                assessment.assessed_on.strftime("%d/%m/%Y"), number(found.score.base, self.lang)))

    # --- actions ------------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def save_details(self) -> bool:
        changes = profiles.ProfileChanges(
            name=self.name_edit.text(),
            agency=self.agency_edit.text(),
            contact=self.contact_edit.text(),
            notes=self.notes_edit.toPlainText(),
            member_since=pydate(self.member_date.date()) if self.member_check.isChecked() else None,
            pledge_signed=self.pledge_check.isChecked(),
        )

        def save() -> None:
            profiles.update_profile(self.ws, self.influencer_id, changes)
            self._mark_saved("name", "agency", "contact", "member", "pledge", "notes")

        return self._run(save)

    def _mark_saved(self, *fields: str) -> None:
        """What these fields show is stored now: the next reload may show the stored values again."""
        shown = self._details_shown()
        self._loaded_details = {**getattr(self, "_loaded_details", shown), **{f: shown[f] for f in fields}}

    def add_account(self) -> None:
        v = self.edit_account(None)
        if v is not None:
            self._run(lambda: profiles.add_account(self.ws, self.influencer_id, v.platform, v.handle, v.url,
                                                   v.followers))

    def edit_selected_account(self) -> None:
        account = current_row(self.accounts_table)
        if account is None:
            return
        value = self.edit_account(account)
        if value is not None:
            changes = profiles.AccountChanges(platform=value.platform, handle=value.handle, url=value.url,
                                              followers=value.followers)
            self._run(lambda: profiles.update_account(self.ws, account.id, changes))

    def remove_selected_account(self) -> None:
        account = current_row(self.accounts_table)
        if account is None:
            return
        what = f"{Platform(account.platform).label(self.lang)} {account.handle or account.url}"
        if self.confirm(self.tr("Remove account"), self.tr("Remove the account {0} from this profile?").format(what)):
            self._run(lambda: profiles.remove_account(self.ws, account.id))

    def record_assessment(self) -> bool:
        passed = [p for p, check in self.pillar_checks.items() if check.isChecked()]
        day = pydate(self.assessed_on.date())

        def assess() -> None:
            profiles.assess_pillars(self.ws, self.influencer_id, passed, day)
            self._mark_saved("pillars")

        return self._run(assess)

    def record_correction(self) -> None:
        decision = current_row(self.decisions_table)
        if decision is None:
            return
        value = self.ask_correction(decision)
        if value is not None:
            self._run(lambda: credibility.record_correction(
                self.ws, decision.id, value.corrected_on, value.note))

    def merge_other(self) -> bool:
        if self.data is None:
            return False
        with self.ws.db.read() as conn:
            rows = [r for r in Q.register_rows(raw_connection(conn)) if r.id != self.influencer_id]
        other_id = self.choose_profile(rows)
        if other_id is None:
            return False
        other = next(r for r in rows if r.id == other_id)
        keep = self.data.detail.name
        if not self.confirm(
            self.tr("Merge profiles"),
            self.tr("Merge {0} into {1}?\n\nThe {2} case(s), reports, accounts and decisions of {0} move to {1} and "
                    "count in its score. Both profiles keep their history. This cannot be undone.")
            .format(other.name, keep, other.case_count),
        ):
            return False
        return self._run(lambda: profiles.merge_profiles(self.ws, self.influencer_id, other_id))

    def propose_suspension(self) -> bool:
        with self.ws.db.read() as conn:
            meetings = Q.open_meetings(raw_connection(conn), self.as_of.isoformat())
        meeting_id = self.choose_meeting(meetings)
        if meeting_id is None:
            return False
        return self._run(lambda: credibility.propose_suspension(self.ws, meeting_id, self.influencer_id,
                                                                self.as_of))

    def _open_case(self, row: queries.CaseRow | None) -> None:
        if row is not None:
            self.caseRequested.emit(row.id)

    def _open_decision_case(self) -> None:
        row = current_row(self.decisions_table)
        if row is not None:
            self.caseRequested.emit(row.case_id)

    # --- default dialogs ----------------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = plain_text.question(self, title, text, QMessageBox.StandardButton.Yes
                                     | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_profile(self, rows: list[Q.InfluencerRow]) -> str | None:
        dialog = ChooseProfileDialog(rows, self.data.detail.name if self.data else "", self)
        return dialog.influencer_id() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _choose_meeting(self, meetings: list[Q.OpenMeeting]) -> str | None:
        dialog = ChooseMeetingDialog(meetings, self.data.detail.name if self.data else "", self)
        return dialog.meeting_id() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _edit_account(self, account: Q.AccountRow | None) -> AccountInput | None:
        dialog = AccountDialog(self.lang, account, self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _ask_correction(self, decision: Q.InfluencerDecision) -> CorrectionInput | None:
        dialog = CorrectionDialog(decision.case_ref, decision.decided_on, decision.corrected_on,
                                  credibility.today(self.ws), self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- staying current ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ws.unsubscribe(self._on_events)
        super().closeEvent(event)


__all__ = ["ProfileData", "ProfileWindow", "load_profile"]
