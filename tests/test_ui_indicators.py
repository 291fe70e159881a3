"""The indicators window and the network view, with pytest-qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from moderator_app.domain.enums import Category, Platform, Role
from moderator_app.domain.indicators import indicator_id
from moderator_app.services import cases as case_service
from moderator_app.services import indicators as service
from moderator_app.services import reports
from moderator_app.services.indicator_network import case_node_id, indicator_node_id
from moderator_app.services.workspace import Workspace
from moderator_app.ui import indicators_window as module
from moderator_app.ui import plain_text
from moderator_app.ui.indicators_window import IndicatorsWindow
from moderator_app.ui.network_view import NetworkWindow, NodeItem

from .test_hostile_ui_text import HOSTILE, IMG, MARKER, assert_no_markup_rendered, displayed
from .test_indicator_network import ACCOUNT_A, CAMPAIGN_A, PHONE_A, PHONE_B, Campaigns, build_campaigns
from .test_translations import untranslated, vietnamese, visible_texts  # noqa: F401 - a fixture

FOURTH = "Lan Ngọc"



@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalogue, as the application installs it (plurals read "4 cases", not "4 case(s)")."""
    from moderator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    yield

@pytest.fixture
def campaigns(ws: Workspace) -> Campaigns:
    """The two campaigns; the first has a fourth influencer on its phone, so it is the most shared."""
    built = build_campaigns(ws)
    built.a[FOURTH] = reports.file_report(ws, reports.ReportInput(
        FOURTH, Platform.FACEBOOK, Category.FRAUD, description="Inbox Zalo 0912 345 678 để đặt hàng.")).case_id
    service.extract_pending(ws, ocr=None)
    return built


def _window(qtbot, ws: Workspace) -> IndicatorsWindow:
    w = IndicatorsWindow(ws, "en")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    _settle(qtbot, w)
    return w


def _settle(qtbot, w: IndicatorsWindow) -> None:
    qtbot.waitUntil(lambda: w.read is not None and not w.loading, timeout=5000)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not w.loading, timeout=5000)


def _values(w: IndicatorsWindow) -> list[str]:
    return [r.row.value for r in w.model.rows]


def _cell(w: IndicatorsWindow, row: int, column: int) -> str:
    return w.model.data(w.model.index(row, column))


def test_the_most_shared_phone_comes_first_with_its_counts(qtbot, campaigns: Campaigns):
    w = _window(qtbot, campaigns.ws)
    assert _values(w)[0] == PHONE_A
    assert [_cell(w, 0, c) for c in range(5)] == ["Phone number", "0912 345 678", "4", "4", "relevant"]
    assert _values(w)[1] == PHONE_B and _cell(w, 1, 2) == "3"
    counts = [r.row.case_count for r in w.model.rows]
    assert counts == sorted(counts, reverse=True) and min(counts) == 2  # nothing seen in one case only
    assert w.stack.currentIndex() == 0 and w.count.text() == "4 indicators"
    # The search reads the value as written, and the normalised one.
    w.search.setText("0987")
    qtbot.waitUntil(lambda: _values(w) == [PHONE_B], timeout=5000)


def test_the_kind_filter_and_the_number_of_cases(qtbot, campaigns: Campaigns):
    w = _window(qtbot, campaigns.ws)
    w.kind.setCurrentIndex(w.kind.findData("bank_account"))
    qtbot.waitUntil(lambda: not w.loading and {r.row.kind for r in w.model.rows} == {"bank_account"}, timeout=5000)
    assert ACCOUNT_A in _values(w) and len(_values(w)) == 2
    w.kind.setCurrentIndex(0)
    w.min_cases.setValue(4)
    qtbot.waitUntil(lambda: not w.loading and _values(w) == [PHONE_A], timeout=5000)
    w.min_cases.setValue(5)
    qtbot.waitUntil(lambda: not w.loading and w.stack.currentIndex() == 1, timeout=5000)
    assert "No indicator matches" in w.empty.text()
    assert not w.mark_button.isEnabled() and not w.network_button.isEnabled()


def test_selecting_lists_its_cases_and_a_double_click_opens_one(qtbot, campaigns: Campaigns):
    w = _window(qtbot, campaigns.ws)
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: not w.loading and w.cases_model.rowCount() == 4, timeout=5000)
    assert {s.case_id for s in w.cases_model.rows} == set(campaigns.a.values())
    assert {s.influencer_name for s in w.cases_model.rows} == {*CAMPAIGN_A, FOURTH}
    assert "0912 345 678 (Phone number) is seen in 4 cases" in w.cases_title.text()
    assert w.cases_model.data(w.cases_model.index(0, 2)) == "Received"
    row = 2
    wanted = w.cases_model.rows[row].case_id
    rect = w.cases_table.visualRect(w.cases_model.index(row, 0))
    with qtbot.waitSignal(w.caseRequested, timeout=2000) as blocker:
        qtbot.mouseClick(w.cases_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(w.cases_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [wanted]
    # Enter opens the current case too.
    w.cases_table.setFocus()
    w.cases_table.selectRow(0)
    with qtbot.waitSignal(w.caseRequested, timeout=2000) as blocker:
        qtbot.keyClick(w.cases_table, Qt.Key.Key_Return)
    assert blocker.args == [w.cases_model.rows[0].case_id]


class _Reason:
    """The reason dialog, answered."""

    def __init__(self, *_args, **_kwargs) -> None:
        pass

    def exec(self) -> bool:
        return True

    def text(self) -> str:
        return "tổng đài chăm sóc khách hàng"


def test_marking_not_relevant_hides_it_and_the_checkbox_shows_it(qtbot, campaigns: Campaigns, monkeypatch):
    w = _window(qtbot, campaigns.ws)
    w.table.selectRow(0)
    assert w.mark_button.isEnabled() and w.mark_button.text() == "Mark not relevant…"
    monkeypatch.setattr(module, "TextDialog", _Reason)
    w.mark_clicked()
    qtbot.waitUntil(lambda: not w.loading and PHONE_A not in _values(w), timeout=5000)
    assert _values(w)[0] == PHONE_B
    w.show_not_relevant.setChecked(True)
    qtbot.waitUntil(lambda: not w.loading and PHONE_A in _values(w), timeout=5000)
    row = _values(w).index(PHONE_A)
    assert _cell(w, row, 4) == "not relevant: tổng đài chăm sóc khách hàng"
    w.table.selectRow(row)
    assert w.mark_button.text() == "Mark relevant"
    monkeypatch.setattr(plain_text, "question", lambda *_a, **_k: plain_text.StandardButton.Yes)
    w.mark_clicked()
    qtbot.waitUntil(lambda: not w.loading and _cell(w, _values(w).index(PHONE_A), 4) == "relevant", timeout=5000)
    assert service.show(campaigns.ws, PHONE_A).row.relevant


def test_a_member_who_may_not_mark_sees_the_button_disabled(qtbot, campaigns: Campaigns, monkeypatch):
    monkeypatch.setattr(campaigns.ws, "role", lambda: Role.MEMBER)
    w = _window(qtbot, campaigns.ws)
    w.table.selectRow(0)
    assert not w.mark_button.isEnabled() and w.network_button.isEnabled()
    assert "chair" in w.mark_button.toolTip()


def test_an_empty_workspace_explains_where_indicators_come_from(qtbot, ws: Workspace):
    reports.file_report(ws, reports.ReportInput("Đen Vâu", Platform.TIKTOK, Category.FRAUD,
                                                description="Zalo 0912 345 678"))
    w = _window(qtbot, ws)
    assert w.stack.currentIndex() == 1
    assert "No indicators yet" in w.empty.text() and "in the background" in w.empty.text()
    assert "1 report or evidence item still to read" in w.empty.text()


def test_export_writes_the_chosen_format(qtbot, campaigns: Campaigns, monkeypatch, tmp_path: Path):
    w = _window(qtbot, campaigns.ws)
    target = tmp_path / "chi-dau.csv"
    monkeypatch.setattr(w, "ask_export_path", lambda: (target, "csv"))
    w.export_clicked()
    assert PHONE_A in target.read_text(encoding="utf-8-sig")
    assert "4 indicators written to chi-dau.csv" in w.statusBar().currentMessage()
    stix = tmp_path / "chi-dau.json"
    w.kind.setCurrentIndex(w.kind.findData("phone"))
    monkeypatch.setattr(w, "ask_export_path", lambda: (stix, "stix"))
    w.export_clicked()
    bundle = json.loads(stix.read_text(encoding="utf-8"))
    patterns = [o["pattern"] for o in bundle["objects"] if o["type"] == "indicator"]
    assert bundle["type"] == "bundle" and len(patterns) == 2 and all("x-phone-number" in p for p in patterns)


# --- the network ----------------------------------------------------------------------------------


def _network(qtbot, ws: Workspace, **seed) -> NetworkWindow:
    w = NetworkWindow(ws, "en", **seed)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.drawn is not None and not w.loading, timeout=10000)
    return w


def _items(w: NetworkWindow) -> list[NodeItem]:
    return [i for i in w.canvas.scene().items() if isinstance(i, NodeItem)]


def test_the_network_draws_the_campaign_and_a_click_on_a_case_opens_it(qtbot, campaigns: Campaigns):
    phone = indicator_id("phone", PHONE_A)
    w = _network(qtbot, campaigns.ws, seed_indicator=phone)
    items = _items(w)
    kinds = sorted(i.node.kind for i in items)
    assert kinds == ["case"] * 4 + ["indicator"] * 2 + ["influencer"] * 4
    assert w.windowTitle() == "Network: 0912 345 678"
    assert "4 influencers · 4 cases · 2 shared indicators" in w.status.text()
    assert w.canvas.nodes[indicator_node_id(phone)].seed
    target = campaigns.a[CAMPAIGN_A[1]]
    item = w.canvas.nodes[case_node_id(target)]
    point = w.canvas.mapFromScene(item.pos())
    assert w.canvas.viewport().rect().contains(point)
    with qtbot.waitSignal(w.caseRequested, timeout=2000) as blocker:
        qtbot.mouseClick(w.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [target]
    # A click on an empty place opens nothing.
    with qtbot.assertNotEmitted(w.caseRequested):
        qtbot.mouseClick(w.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_hovering_brings_out_the_neighbours(qtbot, campaigns: Campaigns):
    w = _network(qtbot, campaigns.ws, seed_indicator=indicator_id("phone", PHONE_A))
    account = indicator_node_id(indicator_id("bank_account", ACCOUNT_A))
    w.canvas.hover(account)
    two = {case_node_id(campaigns.a[name]) for name in CAMPAIGN_A[:2]}
    assert w.canvas.highlighted() == {account, *two}
    assert w.canvas.nodes[account].hot
    w.canvas.hover(None)
    assert w.canvas.highlighted() == set(w.canvas.nodes)


def test_case_references_show_when_zoomed_in(qtbot, campaigns: Campaigns):
    w = _network(qtbot, campaigns.ws)
    canvas = w.canvas
    assert len(canvas.nodes) == 4 + 4 + 3 + 3 + 4  # both campaigns: few enough to label everything
    canvas.show_all_labels = False
    canvas.fit()
    cases = [i for i in canvas.nodes.values() if i.node.kind == "case"]
    assert not any(i.label.isVisible() for i in cases)
    assert any(i.label.isVisible() for i in canvas.nodes.values() if i.node.kind == "influencer")
    canvas.zoom(2.0)
    assert any(i.label.isVisible() for i in cases)
    assert w.zoom_label.text() == "200%"


def test_a_double_click_on_an_indicator_centres_the_network_on_it_and_back_returns(qtbot, campaigns: Campaigns):
    w = _network(qtbot, campaigns.ws, seed_case=campaigns.unrelated)
    assert [i.node.kind for i in _items(w)].count("case") == 1
    assert not w.back_button.isEnabled()
    w.reseed(indicator=indicator_id("phone", PHONE_B))
    qtbot.waitUntil(lambda: not w.loading and len(_items(w)) == 3 + 3 + 2, timeout=10000)
    item = w.canvas.nodes[indicator_node_id(indicator_id("bank_account", "techcombank:19033344455"))]
    w.canvas.nodeActivated.emit(item.node)
    qtbot.waitUntil(lambda: not w.loading and w.seed[0] == item.node.key, timeout=10000)
    assert w.back_button.isEnabled()
    w.back()
    w.back()
    qtbot.waitUntil(lambda: not w.loading and w.seed == (None, campaigns.unrelated), timeout=10000)
    qtbot.waitUntil(lambda: len(_items(w)) == 2, timeout=10000)


def test_the_indicators_window_opens_the_network_and_passes_its_cases_on(qtbot, campaigns: Campaigns):
    w = _window(qtbot, campaigns.ws)
    w.table.selectRow(0)
    network = w.open_network()
    assert network is not None
    qtbot.waitUntil(lambda: network.drawn is not None and not network.loading, timeout=10000)
    assert network.seed == (indicator_id("phone", PHONE_A), None)
    with qtbot.waitSignal(w.caseRequested, timeout=2000) as blocker:
        network.canvas.nodeClicked.emit(network.canvas.nodes[case_node_id(campaigns.a[FOURTH])].node)
    assert blocker.args == [campaigns.a[FOURTH]]
    network.close()


def test_hostile_names_and_titles_are_shown_as_text(qtbot, campaigns: Campaigns):
    ws = campaigns.ws
    filed = reports.file_report(ws, reports.ReportInput(HOSTILE, Platform.TIKTOK, Category.FRAUD,
                                                        description="Zalo 0912 345 678"))
    case_service.update_cases(ws, [filed.ref], case_service.CaseChanges(title=HOSTILE))
    service.extract_pending(ws, ocr=None)
    w = _window(qtbot, ws)
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: not w.loading and w.cases_model.rowCount() == 5, timeout=5000)
    assert assert_no_markup_rendered(w) >= 2  # the influencer's name and the case's title
    network = _network(qtbot, ws, seed_indicator=indicator_id("phone", PHONE_A))
    hostile = [i for i in _items(network) if MARKER in i.toolTip()]
    assert len(hostile) == 2  # the influencer and the case
    for item in hostile:
        assert IMG in displayed(item.toolTip())
    # The influencer's name is drawn by a simple text item, which never reads markup: cut, with its tags.
    influencer = next(i for i in hostile if i.node.kind == "influencer")
    assert influencer.label.text() == HOSTILE[:29] + "…"


@pytest.mark.usefixtures("vietnamese")
def test_in_vietnamese_both_windows_speak_the_glossary(qtbot, campaigns: Campaigns):
    w = IndicatorsWindow(campaigns.ws, "vi")
    qtbot.addWidget(w)
    w.show()
    _settle(qtbot, w)
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: not w.loading and w.cases_model.rowCount() == 4, timeout=5000)
    assert w.windowTitle() == "Chỉ dấu"
    assert w.count.text() == "4 chỉ dấu" and _cell(w, 0, 0) == "Số điện thoại" and _cell(w, 0, 4) == "liên quan"
    assert w.cases_title.text() == "0912 345 678 (Số điện thoại) có trong 4 hồ sơ:"
    assert untranslated(visible_texts(w)) == []
    network = w.open_network()
    assert network is not None
    qtbot.waitUntil(lambda: network.drawn is not None and not network.loading, timeout=10000)
    assert network.windowTitle() == "Mạng liên kết: 0912 345 678"
    assert network.status.text() == "4 người có ảnh hưởng · 4 hồ sơ · 2 chỉ dấu chung"
    assert untranslated(visible_texts(network)) == []
    network.close()
