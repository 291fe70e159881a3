"""The network of a campaign: what a seed reaches through shared indicators, the budget, the layout."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import pytest

from moderator_app.domain.enums import Category, Platform
from moderator_app.domain.errors import NotFound
from moderator_app.domain.indicators import indicator_id
from moderator_app.services import indicators as service
from moderator_app.services import reports
from moderator_app.services.indicator_network import (
    Edge,
    Network,
    Node,
    case_node_id,
    indicator_node_id,
    influencer_node_id,
    layout,
    network,
)
from moderator_app.services.workspace import Workspace

PHONE_A = "+84912345678"
ACCOUNT_A = "vietcombank:0123456789"
PHONE_B = "+84987654321"
ACCOUNT_B = "techcombank:19033344455"
CAMPAIGN_A = ("Đen Vâu", "Hòa Minzy", "Sơn Tùng")
CAMPAIGN_B = ("Khánh Vy", "Trấn Thành", "Mỹ Tâm")


@dataclass
class Campaigns:
    ws: Workspace
    a: dict[str, str]  # influencer name: case id
    b: dict[str, str]
    unrelated: str


def _file(ws: Workspace, influencer: str, description: str) -> str:
    return reports.file_report(ws, reports.ReportInput(influencer, Platform.TIKTOK, Category.FRAUD,
                                                       description=description)).case_id


def build_campaigns(ws: Workspace) -> Campaigns:
    """Two campaigns of three influencers each (one shares a phone and an account, the other a
    phone, with the account on two of its cases), and one case that shares nothing."""
    a = {
        CAMPAIGN_A[0]: _file(ws, CAMPAIGN_A[0], "Chuyển cọc vào STK 0123 456 789 Vietcombank, Zalo 0912 345 678."),
        CAMPAIGN_A[1]: _file(ws, CAMPAIGN_A[1], "Liên hệ 0912.345.678 để nhận quà, STK 0123456789 VCB."),
        CAMPAIGN_A[2]: _file(ws, CAMPAIGN_A[2], "Gọi +84 912 345 678 ngay hôm nay."),
    }
    b = {
        CAMPAIGN_B[0]: _file(ws, CAMPAIGN_B[0], "Nhắn Zalo 0987 654 321, chuyển khoản Techcombank 19033344455."),
        CAMPAIGN_B[1]: _file(ws, CAMPAIGN_B[1], "Số 0987.654.321 nhận đơn, STK 19033344455 Techcombank."),
        CAMPAIGN_B[2]: _file(ws, CAMPAIGN_B[2], "Hotline 0987654321 giao hàng toàn quốc."),
    }
    unrelated = _file(ws, "Ca sĩ Độc Lập", "Quảng cáo kem trộn, liên hệ 0903 111 222.")
    assert service.extract_pending(ws, ocr=None).remaining == 0
    return Campaigns(ws, a, b, unrelated)


@pytest.fixture
def campaigns(ws: Workspace) -> Campaigns:
    return build_campaigns(ws)


def _ids(net: Network, kind: str) -> set[str]:
    return {n.key for n in net.nodes if n.kind == kind}


def _values(net: Network) -> set[str]:
    return {n.detail for n in net.nodes if n.kind == "indicator"}


def test_a_seed_indicator_reaches_exactly_its_campaign(campaigns: Campaigns):
    net = network(campaigns.ws, seed_indicator=indicator_id("phone", PHONE_A))
    assert _ids(net, "case") == set(campaigns.a.values())
    assert {n.label for n in net.nodes if n.kind == "influencer"} == set(CAMPAIGN_A)
    assert _values(net) == {PHONE_A, ACCOUNT_A}
    assert not net.truncated
    # Every case hangs on its influencer and on the indicators it holds; nothing else is linked.
    edges = {(e.a, e.b) for e in net.edges}
    first, second, third = (campaigns.a[name] for name in CAMPAIGN_A)
    phone, account = indicator_node_id(indicator_id("phone", PHONE_A)), indicator_node_id(
        indicator_id("bank_account", ACCOUNT_A))
    assert edges == {
        *((case_node_id(c), phone) for c in (first, second, third)),
        (case_node_id(first), account), (case_node_id(second), account),
        *((influencer_node_id(n.key), n_case) for n in net.nodes if n.kind == "influencer"
          for n_case in [case_node_id(campaigns.a[n.label])]),
    }
    phone_node = net.node(phone)
    assert phone_node is not None and phone_node.indicator_kind == "phone" and phone_node.case_count == 3
    assert phone_node.label == "0912 345 678"


def test_a_seed_case_reaches_its_campaign_and_the_unrelated_case_stays_alone(campaigns: Campaigns):
    net = network(campaigns.ws, seed_case=campaigns.b[CAMPAIGN_B[2]])
    assert _ids(net, "case") == set(campaigns.b.values())
    assert _values(net) == {PHONE_B, ACCOUNT_B}
    case = net.node(case_node_id(campaigns.b[CAMPAIGN_B[2]]))
    assert case is not None and case.case_id == campaigns.b[CAMPAIGN_B[2]] and case.status == "received"
    alone = network(campaigns.ws, seed_case=campaigns.unrelated)
    assert _ids(alone, "case") == {campaigns.unrelated} and _ids(alone, "indicator") == set()
    assert [n.label for n in alone.nodes if n.kind == "influencer"] == ["Ca sĩ Độc Lập"]


def test_without_a_seed_every_shared_indicator_and_no_lone_case(campaigns: Campaigns):
    net = network(campaigns.ws)
    assert _ids(net, "case") == set(campaigns.a.values()) | set(campaigns.b.values())
    assert _values(net) == {PHONE_A, ACCOUNT_A, PHONE_B, ACCOUNT_B}
    assert len(net.nodes) == 6 + 6 + 4
    # A kind keeps only the phones; each account is in two cases, fewer than min_cases=3.
    phones = network(campaigns.ws, kind="phone")
    assert _values(phones) == {PHONE_A, PHONE_B}
    assert _values(network(campaigns.ws, min_cases=3)) == {PHONE_A, PHONE_B}


def test_not_relevant_and_hotline_indicators_are_not_followed(campaigns: Campaigns):
    service.mark_indicator(campaigns.ws, PHONE_A, relevant=False, reason="tổng đài")
    # Through the account only two of the three cases of campaign A are reached.
    net = network(campaigns.ws, seed_indicator=indicator_id("bank_account", ACCOUNT_A))
    assert _ids(net, "case") == {campaigns.a[CAMPAIGN_A[0]], campaigns.a[CAMPAIGN_A[1]]}
    assert _values(net) == {ACCOUNT_A}
    # The phone asked for itself is still shown, with its own cases.
    seeded = network(campaigns.ws, seed_indicator=indicator_id("phone", PHONE_A))
    assert _ids(seeded, "case") == set(campaigns.a.values())
    assert next(n for n in seeded.nodes if n.detail == PHONE_A).relevant is False
    # An indicator in more cases than max_shared is a hotline: not followed from a case.
    capped = network(campaigns.ws, seed_case=campaigns.b[CAMPAIGN_B[2]], max_shared=2)
    assert _ids(capped, "case") == {campaigns.b[CAMPAIGN_B[2]]}


def test_max_nodes_truncates_and_says_so(campaigns: Campaigns):
    net = network(campaigns.ws, seed_indicator=indicator_id("phone", PHONE_A), max_nodes=4)
    assert net.truncated and len(net.nodes) <= 4
    assert _ids(net, "indicator") == {indicator_id("phone", PHONE_A)}
    ids = {n.id for n in net.nodes}
    assert all(e.a in ids and e.b in ids for e in net.edges)
    whole = network(campaigns.ws, max_nodes=12)
    assert whole.truncated and len(whole.nodes) <= 12
    assert not network(campaigns.ws, max_nodes=16).truncated


def test_unknown_seeds(campaigns: Campaigns):
    nothing = network(campaigns.ws, seed_indicator="0" * 32)
    assert nothing.nodes == () and nothing.edges == () and not nothing.truncated
    with pytest.raises(NotFound):
        network(campaigns.ws, seed_case="no-such-case")


# --- layout ---------------------------------------------------------------------------------------


def synthetic(cases: int = 120, indicators: int = 50, influencers: int = 30, links: int = 600) -> Network:
    """A network of the size the view is built for: 200 nodes, about 600 edges."""
    nodes = [Node(f"influencer:{i}", "influencer", f"I{i}", "", None, None) for i in range(influencers)]
    nodes += [Node(f"case:{i}", "case", f"C{i}", "", str(i), None) for i in range(cases)]
    nodes += [Node(f"indicator:{i}", "indicator", f"X{i}", "", None, "phone") for i in range(indicators)]
    edges = {Edge(f"influencer:{i % influencers}", f"case:{i}") for i in range(cases)}
    n = 0
    while len(edges) < links:
        edges.add(Edge(f"case:{(n * 7) % cases}", f"indicator:{(n * 13 + n // cases) % indicators}"))
        n += 1
    return Network(tuple(nodes), tuple(sorted(edges, key=lambda e: (e.a, e.b))), False)


def test_layout_is_deterministic_inside_the_frame_and_parts_every_node(campaigns: Campaigns):
    net = network(campaigns.ws)
    first = layout(net, 800, 600)
    assert set(first) == {n.id for n in net.nodes}
    # The same network in another order lays out the same way.
    shuffled = Network(tuple(reversed(net.nodes)), tuple(reversed(net.edges)), net.truncated)
    assert layout(shuffled, 800, 600) == first
    big = synthetic()
    assert len(big.nodes) == 200 and len(big.edges) == 600
    placed = layout(big, 1200, 900, margin=30)
    assert placed == layout(big, 1200, 900, margin=30)
    for x, y in placed.values():
        assert 30 <= x <= 1170 and 30 <= y <= 870
    nearest = min(math.dist(p, q) for p, q in itertools.combinations(placed.values(), 2))
    assert nearest > 1.0
    # Linked nodes end nearer each other than nodes taken at random: the forces did their work.
    linked = sum(math.dist(placed[e.a], placed[e.b]) for e in big.edges) / len(big.edges)
    pairs = list(itertools.combinations(sorted(placed), 2))[::37]
    anywhere = sum(math.dist(placed[a], placed[b]) for a, b in pairs) / len(pairs)
    assert linked < 0.8 * anywhere


def test_layout_of_tiny_networks():
    assert layout(Network((), (), False), 400, 300) == {}
    one = Network((Node("case:1", "case", "C1", "", "1", None),), (), False)
    assert layout(one, 400, 300, margin=20) == {"case:1": (200.0, 150.0)}
    # Two nodes that nothing links still end apart.
    two = Network((*one.nodes, Node("case:2", "case", "C2", "", "2", None)), (), False)
    a, b = layout(two, 400, 300).values()
    assert math.dist(a, b) > 10
