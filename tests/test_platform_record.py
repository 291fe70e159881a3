"""The platforms' record (takedown requests by platform) against a hand count: the figures, the
JSON, the quarterly workbook, the dashboard's tab, and the public register's optional section.

The requests, recorded through the services on a simulated clock ("now" is Sunday 20 December
2026, noon in Hà Nội; the period is the fourth quarter of 2026):

* F0 Facebook, 15/12/2025 09:00 (48 h): removed after 10 h. Before the four quarters: nowhere.
* Z1 Zalo, 05/05/2026 09:00: refused after 12 h. Q2, in time.
* T5 TikTok, 28/09/2026 09:00: removed after 73 h. Q3, late.
* Y1 YouTube, 30/09/2026 23:30: removed 01/10 05:30 (6 h). Q3 although answered in Q4, in time.
* T1 TikTok, 05/10 09:00: removed after 10.5 h; re-checks 12/10 up, 04/11 gone. In time; back
  online (seen once, even if gone again).
* T2 TikTok, 10/10 09:00: refused after 72 h. Late, refused.
* T3 TikTok, 01/11 09:00, an urgent case (24 h): partly removed after 6.5 h; re-check 08/11 gone.
  In time.
* T4 TikTok, 19/12 09:00: nothing yet. Awaiting, not yet due.
* F1 Facebook, 20/10 09:00: nothing. No answer (overdue).
* F2 Facebook, 10/11 09:00: "no answer" recorded 15/11. No answer.
* F3 Facebook, 01/12 09:00: refused 02/12 10:00, then removed 04/12 09:00 (72 h); re-checks
  01/12 20:00 up (before the removal), 11/12 gone. Late, removed (the later answer), not back online.
* Y2 YouTube, 01/10 00:10 (30/09 17:10 UTC): removed after 36.5 h. Q4 (Hà Nội's day, not UTC's),
  in time.

Hours to removal in the quarter: TikTok 10.5 and 6.5 (median 8.5), Facebook 72, YouTube 36.5;
all four: 6.5, 10.5, 36.5, 72 (median 23.5).
"""

from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart

from moderator_app.cli import build_parser
from moderator_app.cli.common import Output
from moderator_app.domain import platform_record as pr
from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.statistics import Period, quarter_period
from moderator_app.domain.takedowns import Recheck
from moderator_app.services import public_register, reports, statistics
from moderator_app.services import takedowns as service
from moderator_app.services.workspace import Workspace
from moderator_app.store import statistics_queries as Q
from moderator_app.store.database import raw_connection

from .stats_fixtures import SimClock, at

Q4 = quarter_period("2026Q4")[1]
NOW = at(2026, 12, 20, 12)
REASON = "Lý do riêng của nền tảng R-7731"  # a platform's reason for refusing: never on the page
URLS = {
    Platform.TIKTOK: "https://www.tiktok.com/@denvau/video/7001",
    Platform.FACEBOOK: "https://facebook.com/lethif/posts/8002",
    Platform.YOUTUBE: "https://youtube.com/watch?v=yt9003",
    Platform.ZALO: "https://zalo.me/zalo9004",
}


@dataclass
class Record:
    ids: dict[str, str]
    refs: list[str]


def _file(ws: Workspace, who: str, platform: Platform, urgent: bool = False) -> str:
    return reports.file_report(ws, reports.ReportInput(who, platform, Category.FRAUD, url=URLS[platform],
                                                       urgent=urgent, description="Quảng cáo lừa đảo")).ref


def build_record(ws: Workspace) -> Record:
    clock = SimClock(ws)
    clock.set(2025, 12, 1, 8)
    tiktok = _file(ws, "Đen Vâu", Platform.TIKTOK)
    urgent = _file(ws, "Xuân X", Platform.TIKTOK, urgent=True)
    facebook = _file(ws, "Lê Thị F", Platform.FACEBOOK)
    youtube = _file(ws, "Trần Y", Platform.YOUTUBE)
    zalo = _file(ws, "Vũ Z", Platform.ZALO)
    clock.set(2026, 12, 20, 12)
    ids: dict[str, str] = {}

    def send(name: str, ref: str, platform: Platform, when: int) -> str:
        ids[name] = service.request(ws, ref, platform, at=when).id
        return ids[name]

    service.answer(ws, send("F0", facebook, Platform.FACEBOOK, at(2025, 12, 15, 9)), "removed", at=at(2025, 12, 15, 19))
    service.answer(ws, send("Z1", zalo, Platform.ZALO, at(2026, 5, 5, 9)), "refused", REASON,
                   at=at(2026, 5, 5, 21))
    service.answer(ws, send("T5", tiktok, Platform.TIKTOK, at(2026, 9, 28, 9)), "removed", at=at(2026, 10, 1, 10))
    service.answer(ws, send("Y1", youtube, Platform.YOUTUBE, at(2026, 9, 30, 23, 30)), "removed",
                   at=at(2026, 10, 1, 5, 30))
    t1 = send("T1", tiktok, Platform.TIKTOK, at(2026, 10, 5, 9))
    service.answer(ws, t1, "removed", at=at(2026, 10, 5, 19, 30))
    service.recheck(ws, t1, True, at=at(2026, 10, 12, 9))
    service.recheck(ws, t1, False, at=at(2026, 11, 4, 9))
    service.answer(ws, send("T2", tiktok, Platform.TIKTOK, at(2026, 10, 10, 9)), "refused", REASON,
                   at=at(2026, 10, 13, 9))
    t3 = send("T3", urgent, Platform.TIKTOK, at(2026, 11, 1, 9))
    service.answer(ws, t3, "partial", at=at(2026, 11, 1, 15, 30))
    service.recheck(ws, t3, False, at=at(2026, 11, 8, 9))
    send("T4", tiktok, Platform.TIKTOK, at(2026, 12, 19, 9))
    send("F1", facebook, Platform.FACEBOOK, at(2026, 10, 20, 9))
    service.answer(ws, send("F2", facebook, Platform.FACEBOOK, at(2026, 11, 10, 9)), "none", at=at(2026, 11, 15, 9))
    f3 = send("F3", facebook, Platform.FACEBOOK, at(2026, 12, 1, 9))
    service.recheck(ws, f3, True, at=at(2026, 12, 1, 20))  # before any removal: not "back online"
    service.answer(ws, f3, "refused", at=at(2026, 12, 2, 10))
    service.answer(ws, f3, "removed", at=at(2026, 12, 4, 9))
    service.recheck(ws, f3, False, at=at(2026, 12, 11, 9))
    service.answer(ws, send("Y2", youtube, Platform.YOUTUBE, at(2026, 10, 1, 0, 10)), "removed",
                   at=at(2026, 10, 2, 12, 40))
    return Record(ids, [tiktok, urgent, facebook, youtube, zalo])


@pytest.fixture
def record(ws: Workspace) -> Record:
    return build_record(ws)


def _facts(ws: Workspace, period: Period) -> list[pr.TakedownFacts]:
    with ws.db.read() as conn:
        return Q.takedown_facts(raw_connection(conn), pr.series_start_ms(period), period.end_ms)


# --- the figures ---------------------------------------------------------------------------------


def test_every_figure_of_the_quarter_against_the_hand_count(ws: Workspace, record: Record):
    stats = statistics.compute(ws, Q4, NOW)
    p = stats.platforms
    assert [r.platform for r in p.rows] == ["tiktok", "facebook", "youtube"]  # Zalo sent nothing this quarter
    tiktok, facebook, youtube = p.rows
    assert tiktok == pr.PlatformRecord("tiktok", sent=4, in_time=2, late=1, no_answer=0, awaiting=1, refused=1,
                                       removed=2, median_hours=8.5, back_online=1)
    assert facebook == pr.PlatformRecord("facebook", sent=3, in_time=0, late=1, no_answer=2, awaiting=0, refused=0,
                                         removed=1, median_hours=72.0, back_online=0)
    assert youtube == pr.PlatformRecord("youtube", sent=1, in_time=1, late=0, no_answer=0, awaiting=0, refused=0,
                                        removed=1, median_hours=36.5, back_online=0)
    assert p.total == pr.PlatformRecord("", sent=8, in_time=3, late=2, no_answer=2, awaiting=1, refused=1, removed=4,
                                        median_hours=23.5, back_online=1)
    for r in (*p.rows, p.total):  # the four columns add up to the requests sent
        assert r.in_time + r.late + r.no_answer + r.awaiting == r.sent
    assert p.total.share_in_time == pytest.approx(3 / 7) and tiktok.share_in_time == pytest.approx(2 / 3)
    assert facebook.share_in_time == 0.0


def test_the_quarters_up_to_the_period_end(ws: Workspace, record: Record):
    p = statistics.compute(ws, Q4, NOW).platforms
    assert [(q.quarter, q.start, q.end) for q in p.quarters] == [
        ("2026Q1", date(2026, 1, 1), date(2026, 3, 31)), ("2026Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30)), ("2026Q4", date(2026, 10, 1), date(2026, 12, 31))]
    assert p.platforms == ("tiktok", "facebook", "youtube", "zalo")  # F0 (December 2025) is before them all
    sent = [[r.sent for r in q.rows] + [q.total.sent] for q in p.quarters]
    assert sent == [[0, 0, 0, 0, 0], [0, 0, 0, 1, 1], [1, 0, 1, 0, 2], [4, 3, 1, 0, 8]]
    shares = [[r.share_in_time for r in q.rows] + [q.total.share_in_time] for q in p.quarters]
    assert shares == [[None] * 5, [None, None, None, 1.0, 1.0], [0.0, None, 1.0, None, 0.5],
                      [pytest.approx(2 / 3), 0.0, 1.0, None, pytest.approx(3 / 7)]]
    # A period ending mid-quarter cuts its last quarter there, as its months are cut.
    autumn = statistics.compute(ws, Period(date(2026, 9, 1), date(2026, 10, 31)), NOW).platforms
    assert (autumn.quarters[-1].quarter, autumn.quarters[-1].end) == ("2026Q4", date(2026, 10, 31))
    assert autumn.quarters[-1].total.sent == 4  # T1, T2, F1, Y2
    assert [(r.platform, r.sent) for r in autumn.rows] == [("tiktok", 3), ("facebook", 1), ("youtube", 2)]
    assert autumn.total.sent == 6  # T5, T1, T2 / F1 / Y1, Y2


def test_as_of_an_earlier_moment_later_answers_and_rechecks_are_not_known(ws: Workspace, record: Record):
    period = Period(date(2026, 10, 1), date(2026, 10, 12))
    facts = _facts(ws, period)
    # 12 October, 08:00: T2 (due 12/10 09:00) not yet due, T1's re-check finding it up an hour away.
    early = pr.platform_record(facts, period, at(2026, 10, 12, 8))
    tiktok = early.rows[0]
    assert (tiktok.sent, tiktok.in_time, tiktok.awaiting, tiktok.back_online) == (2, 1, 1, 0)
    later = pr.platform_record(facts, period, at(2026, 10, 12, 10))  # due, unanswered: no answer; seen back
    assert (later.rows[0].no_answer, later.rows[0].back_online) == (1, 1)
    assert pr.platform_record(facts, period, NOW).rows[0].late == 1  # answered 13/10, after its deadline


def test_one_request_falls_in_one_column():
    sent, due = at(2026, 12, 1, 9), at(2026, 12, 3, 9)

    def col(result: str | None, answered: int | None, now: int = at(2026, 12, 10)) -> str:
        return pr.column(pr.TakedownFacts("tiktok", sent, due, result, answered), now)

    assert col("removed", due) == pr.IN_TIME  # on the deadline itself
    assert col("refused", due + 1) == pr.LATE
    assert col("partial", due + 1) == pr.LATE
    assert col("none", at(2026, 12, 2)) == pr.NO_ANSWER  # the secretary stopped waiting, even before the deadline
    assert col(None, None) == pr.NO_ANSWER
    assert col(None, None, due) == pr.AWAITING  # the deadline's own moment is not yet past
    facts = [pr.TakedownFacts("x-new", sent, due, "removed", sent + 3_600_000,
                              (Recheck(sent, True), Recheck(sent + 7_200_000, True)))]
    one = pr.platform_record(facts, Period(date(2026, 12, 1), date(2026, 12, 31)), at(2026, 12, 10))
    # A platform code a newer version wrote is listed after the known ones; a re-check before the
    # removal is not "back online", the one after is.
    assert one.rows[0].platform == "x-new" and one.rows[0].back_online == 1 and one.rows[0].median_hours == 1.0
    empty = pr.platform_record([], Q4, NOW)
    assert empty.rows == () and empty.total.sent == 0 and empty.total.median_hours is None
    assert empty.total.share_in_time is None and len(empty.quarters) == pr.QUARTERS and empty.platforms == ()


def test_the_median_hours_round_half_a_tenth_up():
    assert pr.median_hours([]) is None and pr.median_hours([7.3]) == 7.3
    assert pr.median_hours([10.5, 6.5]) == 8.5 and pr.median_hours([72.0, 6.5, 10.5]) == 10.5
    assert pr.median_hours([6.0, 36.5]) == 21.3  # 21.25: a float's round() would say 21.2
    assert pr.median_hours([6.1, 36.2]) == 21.2  # 21.15, which no float holds exactly


def test_the_statistics_json_lists_the_platforms(ws: Workspace, record: Record):
    figures = statistics.figures_json(statistics.compute(ws, Q4, NOW))
    assert figures["platforms"][0] == {
        "platform": "tiktok", "sent": 4, "answered_in_time": 2, "late": 1, "no_answer": 0, "not_yet_due": 1,
        "refused": 1, "removed": 2, "median_hours_to_removal": 8.5, "back_online": 1, "share_in_time": 0.6667}
    assert [p["platform"] for p in figures["platforms"]] == ["tiktok", "facebook", "youtube"]
    assert figures["platforms_total"]["sent"] == 8 and figures["platforms_total"]["median_hours_to_removal"] == 23.5
    q3 = figures["platform_quarters"][2]
    assert q3 == {"quarter": "2026Q3", "from": "2026-07-01", "to": "2026-09-30",
                  "platforms": {"tiktok": {"sent": 1, "answered_in_time": 0, "share_in_time": 0.0},
                                "facebook": {"sent": 0, "answered_in_time": 0, "share_in_time": None},
                                "youtube": {"sent": 1, "answered_in_time": 1, "share_in_time": 1.0},
                                "zalo": {"sent": 0, "answered_in_time": 0, "share_in_time": None}},
                  "sent": 2, "answered_in_time": 1, "share_in_time": 0.5}
    json.dumps(figures)  # codes and numbers only


def test_the_command_line_prints_the_platforms(ws: Workspace, record: Record, tmp_path: Path):
    args = build_parser().parse_args(["report", "quarterly", "--quarter", "2026Q4", "-o", str(tmp_path / "q.xlsx"),
                                      "--json"])
    out = io.StringIO()
    assert args.func(ws, args, Output(lang="en", stdout=out)) == 0
    printed = json.loads(out.getvalue())
    assert [(p["platform"], p["sent"]) for p in printed["platforms"]] == [("tiktok", 4), ("facebook", 3),
                                                                          ("youtube", 1)]


# --- the quarterly workbook ----------------------------------------------------------------------


def _rows(sheet, cols: int) -> list[list[object]]:
    return [[sheet.cell(row=r, column=c).value for c in range(1, cols + 1)] for r in range(1, sheet.max_row + 1)
            if any(sheet.cell(row=r, column=c).value is not None for c in range(1, cols + 1))]


def test_the_workbook_has_the_platforms_record(ws: Workspace, record: Record, tmp_path: Path):
    path = tmp_path / "q4.xlsx"
    statistics.quarterly_report(ws, "2026Q4", path, "vi", now_ms=NOW)
    wb = load_workbook(path)
    assert wb.sheetnames[-3:] == ["Đề nghị gỡ theo nền tảng", "Đề nghị gỡ theo quý", "Trả lời đúng hạn theo quý"]
    sheet = wb["Đề nghị gỡ theo nền tảng"]
    rows = _rows(sheet, 10)
    assert rows[0] == ["Nền tảng", "Đã gửi", "Trả lời đúng hạn", "Trả lời muộn", "Không trả lời", "Chưa đến hạn",
                       "Từ chối gỡ", "Đã gỡ, gỡ một phần", "Số giờ đến khi gỡ (trung vị)", "Nội dung xuất hiện lại"]
    assert rows[1:5] == [["TikTok", 4, 2, 1, 0, 1, 1, 2, 8.5, 1], ["Facebook", 3, 0, 1, 2, 0, 0, 1, 72.0, 0],
                         ["YouTube", 1, 1, 0, 0, 0, 0, 1, 36.5, 0], ["Tổng cộng", 8, 3, 2, 2, 1, 1, 4, 23.5, 1]]
    assert sheet["I2"].number_format == "0.0"
    assert rows[5][0].startswith("Mỗi đề nghị đã gửi thuộc đúng một trong bốn cột")
    chart = sheet._charts[0]
    assert isinstance(chart, BarChart) and chart.grouping == "stacked" and len(chart.series) == 4
    assert chart.series[0].val.numRef.f.endswith("$C$2:$C$4")  # the platforms, not the total row
    by_quarter = _rows(wb["Đề nghị gỡ theo quý"], 6)
    assert by_quarter[0] == ["Quý", "TikTok", "Facebook", "YouTube", "Zalo", "Tất cả nền tảng"]
    assert by_quarter[1:5] == [["Quý I/2026", 0, 0, 0, 0, 0], ["Quý II/2026", 0, 0, 0, 1, 1],
                               ["Quý III/2026", 1, 0, 1, 0, 2], ["Quý IV/2026", 4, 3, 1, 0, 8]]
    assert len(wb["Đề nghị gỡ theo quý"]._charts[0].series) == 4  # a bar per platform
    shares = wb["Trả lời đúng hạn theo quý"]
    assert [shares.cell(row=4, column=c).value for c in range(1, 7)] == ["Quý III/2026", 0, None, 1, None, 0.5]
    assert shares["B5"].value == pytest.approx(2 / 3) and shares["B5"].number_format == "0.0%"
    line = shares._charts[0]
    assert isinstance(line, LineChart) and len(line.series) == 5 and line.y_axis.number_format.formatCode == "0%"
    summary = {wb["Tổng quan"].cell(row=r, column=1).value: wb["Tổng quan"].cell(row=r, column=2).value
               for r in range(6, 30)}
    assert summary["Đề nghị gỡ nội dung đã gửi cho nền tảng"] == 8
    assert summary["Đề nghị gỡ được nền tảng trả lời đúng hạn"] == pytest.approx(3 / 7)


def test_the_workbook_in_english_and_without_requests(ws: Workspace, tmp_path: Path):
    path = tmp_path / "empty.xlsx"
    statistics.quarterly_report(ws, "2026Q4", path, "en", now_ms=NOW)
    wb = load_workbook(path)
    sheet = wb["Takedowns by platform"]
    assert sheet["A1"].value == "Platform" and sheet["J1"].value == "Content back online"
    assert sheet["A2"].value is None and sheet["A3"].value == "No takedown request was sent in the period."
    assert wb["Takedowns by quarter"]["B1"].value == "All platforms"  # the whole alone when no platform had one
    assert len(wb["Takedowns by quarter"]._charts[0].series) == 1


# --- the public register -------------------------------------------------------------------------


def _page(folder: Path) -> str:
    return (folder / "index.html").read_text(encoding="utf-8")


def test_the_register_shows_the_platforms_only_when_the_setting_is_on(ws: Workspace, record: Record,
                                                                       tmp_path: Path):
    assert not public_register.register_platform_figures(ws)  # off by default
    off = public_register.publish(ws, tmp_path / "off")
    assert not off.platform_figures and 'id="platforms"' not in _page(tmp_path / "off")
    on = public_register.publish(ws, tmp_path / "on", platform_figures=True)
    page = _page(tmp_path / "on")
    assert on.platform_figures and public_register.register_platform_figures(ws)  # kept for later
    section = page[page.index('<section id="platforms"'):]
    section = section[:section.index("</section>")]
    assert "Các nền tảng trả lời đề nghị gỡ nội dung" in section
    assert "từ ngày 21/12/2025 đến ngày 20/12/2026" in section  # the 12 months up to the register's date
    cells = [html.unescape(c.split(">", 1)[1]) for c in section.split("<td")[1:]]
    cells = [c[:c.index("</td>")] for c in cells]
    # The 12 months hold every request but F0 (15/12/2025): Zalo's May refusal, and Q3's two.
    assert cells[:10] == ["TikTok", "5", "2", "2", "0", "1", "1", "3", "10,5", "1"]
    assert cells[20:30] == ["YouTube", "2", "2", "0", "0", "0", "0", "2", "21,3", "0"]  # 6 and 36.5 hours
    assert cells[-10:] == ["Tổng cộng", "11", "5", "3", "2", "1", "2", "6", "23,5", "1"]
    assert 'class="total"' in section
    for private in [*URLS.values(), *record.refs, *record.ids.values(), REASON]:
        assert private not in page
    # Kept: the next publication shows it without being told, until turned off.
    public_register.publish(ws, tmp_path / "again")
    assert 'id="platforms"' in _page(tmp_path / "again")
    public_register.publish(ws, tmp_path / "off2", platform_figures=False)
    assert 'id="platforms"' not in _page(tmp_path / "off2") and not public_register.register_platform_figures(ws)


def test_the_register_as_of_an_earlier_day_counts_what_was_known_then(ws: Workspace, record: Record,
                                                                      tmp_path: Path):
    content = public_register.register_content(ws, date(2026, 10, 12), "en", platform_figures=True)
    assert content.platforms is not None and content.platforms_period == Period(date(2025, 10, 13),
                                                                                date(2026, 10, 12))
    # By the end of 12 October: T2 past its deadline unanswered (refused only on the 13th).
    tiktok = content.platforms.rows[0]
    assert (tiktok.platform, tiktok.sent, tiktok.in_time, tiktok.late, tiktok.no_answer) == ("tiktok", 3, 1, 1, 1)
    from moderator_app.exports.public_register import render_html

    page = render_html(content)
    assert "How platforms answered takedown requests" in page and "from 13 October 2025 to 12 October 2026" in page


def test_the_register_escapes_and_says_when_none_was_sent(ws: Workspace, tmp_path: Path):
    from moderator_app.exports.public_register import RegisterContent, render_html

    record = pr.platform_record([pr.TakedownFacts("<b>x</b>", NOW - 1, NOW, None, None)], Q4, NOW)
    page = render_html(RegisterContent("Ban", date(2026, 12, 20), (), (), "vi", platforms=record, platforms_period=Q4))
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    empty = render_html(RegisterContent("Ban", date(2026, 12, 20), (), (), "en", platforms=pr.PlatformsRecord(),
                                        platforms_period=Q4))
    assert "No takedown request was sent in this time." in empty


# --- the dashboard ---------------------------------------------------------------------------------


def _table(w, key: str) -> list[list[str]]:
    model = w.panels[key].model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_dashboard_tab_lists_the_platforms(qtbot, ws: Workspace, record: Record, qtmodeltester):
    from PySide6.QtCharts import QHorizontalStackedBarSeries, QLineSeries

    from moderator_app.ui.statistics.window import StatisticsWindow

    w = StatisticsWindow(ws, "vi")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading and w.stats is not None, timeout=10_000)
    assert w.period() == Period(date(2026, 10, 1), date(2026, 12, 20))
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())][-2:] == ["Platforms' record", "Takedowns by quarter"]
    assert _table(w, "takedowns") == [
        ["TikTok", "4", "2", "1", "0", "1", "1", "2", "8.5", "1"],
        ["Facebook", "3", "0", "1", "2", "0", "0", "1", "72.0", "0"],
        ["YouTube", "1", "1", "0", "0", "0", "0", "1", "36.5", "0"],
        ["Tổng cộng", "8", "3", "2", "2", "1", "1", "4", "23.5", "1"]]
    assert w.record_empty.isHidden() and not w.record_note.isHidden()
    stacked = next(s for s in w.panels["takedowns"].chart.chart().series()
                   if isinstance(s, QHorizontalStackedBarSeries))
    assert [b.count() for b in stacked.barSets()] == [3, 3, 3, 3]  # the platforms, not the total
    assert _table(w, "quarters")[2] == ["Quý III/2026", "0.0%", "—", "100.0%", "—", "50.0%"]
    lines = [s for s in w.panels["quarters"].chart.chart().series() if isinstance(s, QLineSeries)]
    assert [(p.x(), p.y()) for p in lines[0].points()] == [(2, 0.0), (3, pytest.approx(200 / 3))]  # TikTok, in %
    w.quarters_sent.setChecked(True)
    assert _table(w, "quarters")[3] == ["Quý IV/2026", "4", "3", "1", "0", "8"]
    qtmodeltester.check(w.panels["takedowns"].model)


def test_the_dashboard_says_when_no_request_was_sent(qtbot, ws: Workspace):
    from moderator_app.ui.statistics.window import StatisticsWindow

    w = StatisticsWindow(ws, "en")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading and w.stats is not None, timeout=10_000)
    assert not w.record_empty.isHidden() and "No takedown request was sent" in w.record_empty.text()
    assert _table(w, "takedowns") == []


def test_the_publish_dialog_has_the_setting(qtbot, ws: Workspace, record: Record, tmp_path: Path):
    from moderator_app.ui.public_register_dialog import PublishDialog

    dialog = PublishDialog(ws, "en")
    qtbot.addWidget(dialog)
    assert not dialog.platform_figures.isChecked() and "Takedown requests" not in dialog.summary.text()
    dialog.platform_figures.setChecked(True)
    assert "Takedown requests of the last 12 months: 11 sent to 4 platform(s), 5 answered in time." in \
        dialog.summary.text()
    dialog.ask_folder = lambda: tmp_path / "site"
    assert dialog.publish() is True
    assert dialog.publication is not None and dialog.publication.platform_figures
    assert 'id="platforms"' in _page(tmp_path / "site")
    again = PublishDialog(ws, "en")  # the choice is kept
    qtbot.addWidget(again)
    assert again.platform_figures.isChecked()


def test_the_command_line_sets_the_platform_figures(cli, tmp_path: Path):
    r = cli("export", "public", "-o", str(tmp_path / "a"), "--json")
    assert r.code == 0 and r.json()["platform_figures"] is False and 'id="platforms"' not in _page(tmp_path / "a")
    r = cli("export", "public", "-o", str(tmp_path / "b"), "--platform-figures", "yes", "--json")
    assert r.code == 0 and r.json()["platform_figures"] is True
    assert "No takedown request was sent in this time." not in _page(tmp_path / "b")  # the page's language: vi
    assert "Không có đề nghị gỡ nội dung nào được gửi trong thời gian này." in _page(tmp_path / "b")
    r = cli("export", "public", "-o", str(tmp_path / "c"), "--json")  # kept
    assert r.json()["platform_figures"] is True
    r = cli("export", "public", "-o", str(tmp_path / "d"), "--platform-figures", "no", "--json")
    assert r.json()["platform_figures"] is False and 'id="platforms"' not in _page(tmp_path / "d")
    assert cli("export", "public", "-o", str(tmp_path / "e"), "--platform-figures", "maybe").code == 2
