"""The queue's takedown views (overdue, content back online, re-checks due): the cases they list,
their counts as the clock moves, the reminder in the status bar, and the window of every request."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from moderator_app.domain import takedowns as rules
from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.sla import DAY_MS, HOUR_MS
from moderator_app.services import reports
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import queries
from moderator_app.store.database import raw_connection
from moderator_app.ui.main_window import ITEM_ROLE, MainWindow
from moderator_app.ui.views import VIEW_BY_KEY

from .stats_fixtures import SimClock, at

TIKTOK = "https://www.tiktok.com/@denvau/video/{0}"
FACEBOOK = "https://www.facebook.com/denvau/posts/{0}"


@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalogue, as the application installs it."""
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    yield


@dataclass
class Desk:
    """Six cases and their requests, sent on 1 December 2026 (Vietnam time):

    * A: one request (TikTok) sent at 10:00, due on the 3rd at 10:00, never answered;
    * B (Facebook): two requests, sent at 09:00 and 09:30, due on the 3rd at 09:00 and 09:30, never answered;
    * C: removed at 12:00 (re-checks due on the 8th and the 31st at 12:00);
    * D: removed at 12:00, seen back up at a re-check on the 2nd at 08:00;
    * E: refused (no chase, no re-check); F: no request.
    """

    ws: Workspace
    clock: SimClock
    ids: dict[str, str]  # case name -> case id
    refs: dict[str, str]
    requests: dict[str, str]  # request name -> request id


def _file(ws: Workspace, name: str, platform: Platform, url: str) -> str:
    return reports.file_report(ws, reports.ReportInput(
        f"Người có ảnh hưởng {name}", platform, Category.FRAUD, url=url, description=f"Quảng cáo lừa đảo {name}")).ref


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    ws = Workspace.open(tmp_path / "ws", member_name="Thư ký Bình")
    clock = SimClock(ws)
    clock.set(2026, 12, 1, 8)
    refs = {name: _file(ws, name, Platform.FACEBOOK if name == "B" else Platform.TIKTOK,
                        (FACEBOOK if name == "B" else TIKTOK).format(name)) for name in "ABCDEF"}
    with ws.db.read() as conn:
        ids = {name: queries.find_case_id(raw_connection(conn), ref) or "" for name, ref in refs.items()}
    clock.set(2026, 12, 1, 13)
    r: dict[str, str] = {}
    r["A"] = service.request(ws, refs["A"], Platform.TIKTOK, at=at(2026, 12, 1, 10)).id
    r["B1"] = service.request(ws, refs["B"], Platform.FACEBOOK, at=at(2026, 12, 1, 9)).id
    r["B2"] = service.request(ws, refs["B"], Platform.TIKTOK, [TIKTOK.format("B")], at=at(2026, 12, 1, 9, 30)).id
    for name in "CDE":
        r[name] = service.request(ws, refs[name], Platform.TIKTOK, at=at(2026, 12, 1, 10)).id
    service.answer(ws, r["C"], "removed", at=at(2026, 12, 1, 12))
    service.answer(ws, r["D"], "partial", at=at(2026, 12, 1, 12))
    service.answer(ws, r["E"], "refused", "Không vi phạm tiêu chuẩn cộng đồng", at=at(2026, 12, 1, 12))
    clock.set(2026, 12, 2, 8)
    service.recheck(ws, r["D"], still_up=True)
    clock.set(2026, 12, 2, 9)
    yield Desk(ws, clock, ids, refs, r)
    ws.close()


def _cases(desk: Desk, *names: str) -> frozenset[str]:
    return frozenset(desk.ids[n] for n in names)


def _listed(ws: Workspace, flt: queries.CaseFilter, sort: str = "sla") -> list[str]:
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        total = queries.count_cases(raw, flt)
        rows = queries.page_cases(raw, flt, sort, False, 100, total=total).rows
    assert len(rows) == total
    return [row.id for row in rows]


# --- the rules: when the queue changes by the clock alone -----------------------------------------


def test_the_next_change_is_the_moment_a_rule_turns():
    due = at(2026, 12, 3, 10)
    # Awaiting an answer: overdue one millisecond after the deadline, then nothing more.
    assert rules.next_change(None, due, None, [], at(2026, 12, 2)) == due + 1
    assert not rules.is_overdue(None, due, due) and rules.is_overdue(None, due, due + 1)
    assert rules.next_change(None, due, None, [], due + 1) is None
    # Removed: the 7-day mark, then the 30-day one; a re-check after the 7th day moves to the 30th.
    answered = at(2026, 12, 1, 12)
    seven, thirty = answered + 7 * DAY_MS, answered + 30 * DAY_MS
    assert rules.next_change("removed", due, answered, [], at(2026, 12, 2)) == seven
    assert rules.next_change("removed", due, answered, [], seven) == thirty
    looked = [rules.Recheck(seven + HOUR_MS, still_up=False)]
    assert rules.recheck_due("removed", answered, looked, seven + 2 * HOUR_MS) is None
    assert rules.next_change("removed", due, answered, looked, seven + 2 * HOUR_MS) == thirty
    assert rules.next_change("removed", due, answered, looked, thirty) is None
    # Refused or no answer: nothing to wait for.
    assert rules.next_change("refused", due, answered, [], at(2026, 12, 2)) is None
    assert rules.next_change("none", due, answered, [], at(2026, 12, 2)) is None


def test_the_service_lists_the_cases_of_each_view_and_counts_requests(desk: Desk):
    morning = service.queue(desk.ws, at(2026, 12, 2, 9))
    assert (morning.overdue, morning.back_online, morning.recheck_due) == (frozenset(), _cases(desk, "D"), frozenset())
    assert morning.counts == service.TakedownCounts(overdue=0, back_online=1, rechecks_due=0)
    assert morning.next_change == at(2026, 12, 3, 9) + 1  # B's first deadline
    # The deadlines pass, one by one, with nothing recorded.
    first = service.queue(desk.ws, at(2026, 12, 3, 9, 15))
    assert first.overdue == _cases(desk, "B") and first.counts.overdue == 1
    assert first.next_change == at(2026, 12, 3, 9, 30) + 1
    later = service.queue(desk.ws, at(2026, 12, 3, 10, 30))
    assert later.overdue == _cases(desk, "A", "B") and later.counts.overdue == 3  # B has two requests
    assert later.next_change == at(2026, 12, 8, 12)  # C's and D's 7-day re-check
    week = service.queue(desk.ws, at(2026, 12, 8, 12))
    assert week.recheck_due == _cases(desk, "C", "D") and week.counts.rechecks_due == 2
    assert week.cases("back_online") == _cases(desk, "D")
    # The same counts as the command line's.
    assert service.counts(desk.ws, at(2026, 12, 8, 12)) == week.counts
    with pytest.raises(ValueError):
        week.cases("late")


def test_a_filter_of_case_ids_lists_those_cases_and_narrows_like_any_other(desk: Desk):
    some = queries.CaseFilter(case_ids=_cases(desk, "A", "B", "C"))
    assert sorted(_listed(desk.ws, some)) == sorted(_cases(desk, "A", "B", "C"))
    assert sorted(_listed(desk.ws, some, "ref")) == sorted(_cases(desk, "A", "B", "C"))
    both = some.narrowed(queries.CaseFilter(case_ids=_cases(desk, "B", "C", "D")))
    assert both.case_ids == _cases(desk, "B", "C")
    facebook = some.narrowed(queries.CaseFilter(platforms=("facebook",)))
    assert _listed(desk.ws, facebook) == [desk.ids["B"]]
    assert queries.CaseFilter().narrowed(some).case_ids == some.case_ids  # no restriction on the other side
    assert _listed(desk.ws, queries.CaseFilter(case_ids=frozenset())) == []
    with desk.ws.db.read() as conn:
        assert queries.count_cases(raw_connection(conn), queries.CaseFilter()) == 6


# --- the window ----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(desk.ws, "en", remember_layout=False, sync_rounds=False)
    qtbot.addWidget(w)
    w.show()
    _counted(qtbot, w)
    yield w
    w.close()


def _counted(qtbot, w: MainWindow) -> None:
    """Wait for the first counts (counted off the GUI thread) to land."""
    qtbot.waitUntil(lambda: all("(" in _item(w, key) for key in ("all", "takedowns_overdue")), timeout=5000)


def _landed(qtbot, w: MainWindow, key: str, text: str) -> None:
    """Wait for a count to land: the reminder and the queue follow in the same step."""
    qtbot.waitUntil(lambda: _item(w, key) == text, timeout=5000)


def _item(w: MainWindow, key: str) -> str:
    for i in range(w.views.count()):
        item = w.views.item(i)
        if item.data(ITEM_ROLE) == ("view", key):
            return item.text()
    raise AssertionError(key)


def _shown(w: MainWindow) -> set[str]:
    return {w.model.case_id_at(row) or "" for row in range(w.model.rowCount())}


def test_the_views_count_their_cases_and_follow_the_clock(qtbot, window: MainWindow, desk: Desk):
    assert _item(window, "takedowns_overdue") == "Takedown requests overdue  (0)"
    assert _item(window, "back_online") == "Content back online  (1)"
    assert _item(window, "rechecks_due") == "Re-checks due  (0)"
    assert window.takedown_reminder.text() == "Back online: 1"
    assert not window.takedown_reminder.isHidden()
    window.select_view("back_online")
    assert _shown(window) == {desk.ids["D"]}
    # On the overdue view, empty for now, the clock passes B's deadlines, then A's: no event is written.
    window.select_view("takedowns_overdue")
    assert window.model.rowCount() == 0
    task = window._count_task
    window.tick()
    assert window._count_task is task  # before the next deadline nothing is read again
    desk.clock.set(2026, 12, 3, 9, 15)
    window.tick()
    _landed(qtbot, window, "takedowns_overdue", "Takedown requests overdue  (1)")
    assert _shown(window) == {desk.ids["B"]}
    assert window.takedown_reminder.text() == "Takedowns overdue: 1 · Back online: 1"
    desk.clock.set(2026, 12, 3, 10, 30)
    window.tick()
    _landed(qtbot, window, "takedowns_overdue", "Takedown requests overdue  (2)")  # cases; three requests
    assert _shown(window) == {desk.ids["A"], desk.ids["B"]}
    assert window.takedown_reminder.text() == "Takedowns overdue: 3 · Back online: 1"
    # The filter bar narrows a takedown view as any other.
    window.filter_bar.platform.set_values(("facebook",))
    assert _shown(window) == {desk.ids["B"]}
    window.filter_bar.clear()
    # A week after the removals: the re-checks are due, and the reminder says so.
    desk.clock.set(2026, 12, 8, 12)
    window.tick()
    _landed(qtbot, window, "rechecks_due", "Re-checks due  (2)")
    assert window.takedown_reminder.text() == ("Takedowns overdue: 3 · Re-checks due: 2 · "
                                               "Back online: 1")
    window.select_view("rechecks_due")
    assert _shown(window) == {desk.ids["C"], desk.ids["D"]}


def test_an_answer_recorded_takes_the_case_off_the_overdue_view(qtbot, window: MainWindow, desk: Desk):
    desk.clock.set(2026, 12, 3, 10, 30)
    window.tick()
    _landed(qtbot, window, "takedowns_overdue", "Takedown requests overdue  (2)")
    window.select_view("takedowns_overdue")
    assert _shown(window) == {desk.ids["A"], desk.ids["B"]}
    service.answer(desk.ws, desk.requests["A"], "removed", at=at(2026, 12, 3, 10))  # an event: no clock needed
    _landed(qtbot, window, "takedowns_overdue", "Takedown requests overdue  (1)")
    assert _shown(window) == {desk.ids["B"]}
    assert window.takedown_reminder.text() == "Takedowns overdue: 2 · Back online: 1"
    # Both of B's requests answered "no answer" (the secretary stops waiting): nothing overdue is left.
    service.answer(desk.ws, desk.requests["B1"], "none")
    service.answer(desk.ws, desk.requests["B2"], "none")
    _landed(qtbot, window, "takedowns_overdue", "Takedown requests overdue  (0)")
    assert window.model.rowCount() == 0
    assert window.takedown_reminder.text() == "Back online: 1"
    # A re-check finding D's content gone clears the last reminder: the line is hidden.
    service.recheck(desk.ws, desk.requests["D"], still_up=False)
    qtbot.waitUntil(window.takedown_reminder.isHidden, timeout=5000)
    assert window.takedown_reminder.text() == ""


def test_the_reminder_shows_its_view(qtbot, window: MainWindow, desk: Desk):
    window.select_view("all")
    button = window.takedown_reminder.buttons["back_online"]
    assert button.isVisibleTo(window) and not window.takedown_reminder.buttons["overdue"].isVisibleTo(window)
    button.click()
    assert window.current_view_key() == "back_online"
    assert _shown(window) == {desk.ids["D"]}
    assert VIEW_BY_KEY["back_online"].tooltip().startswith("Cases whose content")


def test_a_takedown_view_opened_first_is_worked_out_at_once(qtbot, desk: Desk):
    """A window whose first view is a takedown one (a saved filter, the last view) lists its cases
    before the first count lands."""
    desk.clock.set(2026, 12, 3, 10, 30)
    w = MainWindow(desk.ws, "en", remember_layout=False, sync_rounds=False)
    qtbot.addWidget(w)
    w.select_view("takedowns_overdue")
    assert _shown(w) == {desk.ids["A"], desk.ids["B"]}
    _counted(qtbot, w)
    w.close()


def test_the_case_menu_opens_the_window_of_every_request(qtbot, window: MainWindow, desk: Desk, monkeypatch):
    from moderator_app.ui.case_takedowns import TakedownsWindow

    case_menu = next(actions for title, actions in window.menus if title == "&Case")
    assert window.act_takedowns in case_menu and not window.act_takedowns.icon().isNull()
    window.act_takedowns.trigger()
    opened = window._takedowns_window
    assert isinstance(opened, TakedownsWindow) and opened.isVisible()
    kinds: list[str | None] = []
    monkeypatch.setattr(opened, "show_only", kinds.append)
    window.open_takedowns("overdue")
    assert window._takedowns_window is opened and kinds == ["overdue"]  # one window, shown again
    # A request's case, asked for from the window, opens in the case window.
    opened.caseRequested.emit(desk.ids["D"])
    assert desk.ids["D"] in window.details.cases
