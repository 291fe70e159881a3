"""A scam campaign as a graph: the influencers, their cases, and the indicators the cases share.

Two cases belong to one campaign when they share a phone number, a bank account, a link...; the
network starts from one indicator or one case (or, without either, from the most shared
indicators) and follows shared indicators breadth first, case to indicator to case, until it has
``max_nodes`` nodes. Only indicators worth following are followed: marked relevant, seen in at
least ``min_cases`` cases, and in at most ``max_shared`` (``MAX_SHARED``). The upper bound keeps
out what is shared because it is public rather than because it is a campaign's: a bank's or a
platform's hotline, a marketplace's domain that no one marked not relevant yet would otherwise
link every case to every other and the picture would say nothing. An indicator asked for as the
seed is shown whatever its counts; the ones it leads to are still filtered.

``layout`` places the nodes for drawing (Fruchterman–Reingold), in pure Python and deterministic,
so the same network is drawn the same way each time it is opened.
"""

from __future__ import annotations

import hashlib
import math
import random
import sqlite3
from collections import deque
from dataclasses import dataclass, field
from typing import Literal

from moderator_app.domain.errors import no_case
from moderator_app.store import indicator_queries as iq
from moderator_app.store.database import raw_connection

from .workspace import Workspace

MAX_SHARED = 500  # an indicator in more cases than this is a hotline or a platform, not a campaign
MAX_NODES = 200
NodeKind = Literal["influencer", "case", "indicator"]


@dataclass(frozen=True, slots=True)
class Node:
    """One thing drawn. ``id`` is unique in the network ("case:<id>"...); ``key`` is the thing's
    own id in the workspace. ``detail`` is data for a tooltip: a case's title, an indicator's
    normalised value; ``case_count`` an indicator's cases in the whole workspace, an influencer's
    cases in this network."""

    id: str
    kind: NodeKind
    label: str
    detail: str
    case_id: str | None
    indicator_kind: str | None
    key: str = ""
    case_count: int = 0
    status: str = ""  # a case's status code
    relevant: bool = True


@dataclass(frozen=True, slots=True)
class Edge:
    """Case–indicator (``a`` the case) or influencer–case (``a`` the influencer)."""

    a: str
    b: str


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    truncated: bool  # there was more to follow than ``max_nodes`` allowed

    def node(self, node_id: str) -> Node | None:
        for n in self.nodes:
            if n.id == node_id:
                return n
        return None

    def neighbours(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {n.id: set() for n in self.nodes}
        for e in self.edges:
            out[e.a].add(e.b)
            out[e.b].add(e.a)
        return out


def case_node_id(case_id: str) -> str:
    return f"case:{case_id}"


def indicator_node_id(indicator_id: str) -> str:
    return f"indicator:{indicator_id}"


def influencer_node_id(influencer_id: str) -> str:
    return f"influencer:{influencer_id}"


# --- reading -------------------------------------------------------------------------------------

_CASE_COLUMNS = "c.id, c.ref, c.title, c.status, f.id, f.name"


@dataclass(slots=True)
class _Builder:
    """Nodes in the order they were reached, within the budget."""

    budget: int
    cases: dict[str, tuple[str, str, str, str, str]] = field(default_factory=dict)  # id: ref, title, status, inf
    influencers: dict[str, str] = field(default_factory=dict)  # id: name
    indicators: dict[str, iq.IndicatorRow] = field(default_factory=dict)
    truncated: bool = False

    @property
    def size(self) -> int:
        return len(self.cases) + len(self.influencers) + len(self.indicators)

    def add_case(self, case_id: str, ref: str, title: str, status: str, influencer_id: str, name: str) -> bool:
        """Add a case (and its influencer); False when the budget has no room for them."""
        if case_id in self.cases:
            return True
        cost = 1 + (influencer_id not in self.influencers)
        if self.size + cost > self.budget:
            self.truncated = True
            return False
        self.cases[case_id] = (ref, title, status, influencer_id, name)
        self.influencers.setdefault(influencer_id, name)
        return True

    def add_indicator(self, row: iq.IndicatorRow) -> bool:
        if row.id in self.indicators:
            return True
        if self.size + 1 > self.budget:
            self.truncated = True
            return False
        self.indicators[row.id] = row
        return True


def _followed(raw: sqlite3.Connection, case_id: str, kind: str | None, min_cases: int,
              max_shared: int) -> list[iq.IndicatorRow]:
    """A case's indicators worth following, the most shared first."""
    where = f"s.case_id = ? AND {iq.NOT_REMOVED} AND i.relevant = 1 AND i.case_count BETWEEN ? AND ?"
    params: list[object] = [case_id, max(min_cases, 2), max_shared]
    if kind:
        where += " AND i.kind = ?"
        params.append(kind)
    return [iq._row(r) for r in raw.execute(
        f"SELECT DISTINCT {iq.INDICATOR_COLUMNS} FROM indicator_sightings s JOIN indicators i "
        f"ON i.id = s.indicator_id WHERE {where} ORDER BY i.case_count DESC, i.id", params)]


def _cases_of(raw: sqlite3.Connection, indicator_id: str, limit: int) -> list[tuple[str, str, str, str, str, str]]:
    """The cases an indicator is seen in, the earliest opened first (a campaign's start first)."""
    return [tuple(str(v) for v in r) for r in raw.execute(  # type: ignore[misc]
        f"SELECT {_CASE_COLUMNS} FROM cases c JOIN influencers f ON f.id = c.influencer_id WHERE c.id IN "
        f"(SELECT s.case_id FROM indicator_sightings s WHERE s.indicator_id = ? AND {iq.NOT_REMOVED}) "
        "ORDER BY c.opened_at, c.id LIMIT ?", (indicator_id, limit))]


def _case(raw: sqlite3.Connection, case_id: str) -> tuple[str, str, str, str, str, str] | None:
    r = raw.execute(f"SELECT {_CASE_COLUMNS} FROM cases c JOIN influencers f ON f.id = c.influencer_id "
                    "WHERE c.id = ?", (case_id,)).fetchone()
    return None if r is None else tuple(str(v) for v in r)  # type: ignore[return-value]


def _indicators_on(raw: sqlite3.Connection, case_id: str) -> set[str]:
    return {str(r[0]) for r in raw.execute(
        f"SELECT DISTINCT s.indicator_id FROM indicator_sightings s WHERE s.case_id = ? AND {iq.NOT_REMOVED}",
        (case_id,))}


def _expand(raw: sqlite3.Connection, b: _Builder, start: tuple[str, str], kind: str | None, min_cases: int,
            max_shared: int) -> None:
    """Breadth first from ``start`` ("indicator"|"case", id) until the component or the budget ends."""
    queue: deque[tuple[str, str]] = deque([start])
    expanded: set[tuple[str, str]] = set()
    while queue and not b.truncated:
        item = queue.popleft()
        if item in expanded:
            continue
        expanded.add(item)
        what, ident = item
        if what == "indicator":
            for case_id, ref, title, status, inf_id, name in _cases_of(raw, ident, b.budget + 1):
                if not b.add_case(case_id, ref, title, status, inf_id, name):
                    return
                queue.append(("case", case_id))
        else:
            for row in _followed(raw, ident, kind, min_cases, max_shared):
                if not b.add_indicator(row):
                    return
                queue.append(("indicator", row.id))


def network(ws: Workspace, *, seed_indicator: str | None = None, seed_case: str | None = None,
            kind: str | None = None, min_cases: int = 2, max_nodes: int = MAX_NODES,
            max_shared: int = MAX_SHARED) -> Network:
    """The campaign around ``seed_indicator`` (an indicator's id) or ``seed_case`` (a case's id), or
    without a seed the networks of the most shared indicators, the most shared first.

    Only indicators of ``kind`` (when given) that are relevant and seen in ``min_cases`` to
    ``max_shared`` cases are followed; see the module's docstring for why the upper bound.
    ``truncated`` says the budget of ``max_nodes`` ran out before everything reachable was in.
    An indicator id that is not in the workspace gives an empty network; a case id that is not
    refused (``NotFound``).
    """
    budget = max(1, max_nodes)
    b = _Builder(budget)
    with ws.db.read() as conn:
        raw = raw_connection(conn)
        if seed_indicator is not None:
            row = iq.get(raw, seed_indicator)
            if row is not None:  # an id no member's event ever made: nothing to draw
                b.add_indicator(row)
                _expand(raw, b, ("indicator", row.id), kind, min_cases, max_shared)
        elif seed_case is not None:
            found = _case(raw, seed_case)
            if found is None:
                raise no_case(seed_case)
            case_id, *info = found
            b.add_case(case_id, *info)
            _expand(raw, b, ("case", case_id), kind, min_cases, max_shared)
        else:
            offset = 0
            page = 100
            while not b.truncated:
                rows = iq.top(raw, kind, max(min_cases, 2), limit=page, offset=offset)
                for row in rows:
                    if b.truncated:
                        break
                    if row.id in b.indicators or row.case_count > max_shared:
                        continue
                    if not b.add_indicator(row):
                        break
                    _expand(raw, b, ("indicator", row.id), kind, min_cases, max_shared)
                if len(rows) < page:
                    break
                offset += page
        edges = _edges(raw, b)
    return Network(_nodes(b), tuple(edges), b.truncated)


def _edges(raw: sqlite3.Connection, b: _Builder) -> list[Edge]:
    """Every case–indicator link between nodes in the network (also those the walk did not take
    because the budget ran out), and each case's influencer."""
    edges = []
    for case_id, (_ref, _title, _status, inf_id, _name) in b.cases.items():
        edges.append(Edge(influencer_node_id(inf_id), case_node_id(case_id)))
        for indicator_id in sorted(_indicators_on(raw, case_id) & b.indicators.keys()):
            edges.append(Edge(case_node_id(case_id), indicator_node_id(indicator_id)))
    return edges


def _nodes(b: _Builder) -> tuple[Node, ...]:
    per_influencer: dict[str, int] = {}
    for _ref, _title, _status, inf_id, _name in b.cases.values():
        per_influencer[inf_id] = per_influencer.get(inf_id, 0) + 1
    nodes = [Node(influencer_node_id(i), "influencer", name, "", None, None, key=i,
                  case_count=per_influencer.get(i, 0)) for i, name in b.influencers.items()]
    nodes += [Node(case_node_id(c), "case", ref, title, c, None, key=c, status=status)
              for c, (ref, title, status, _inf, _name) in b.cases.items()]
    nodes += [Node(indicator_node_id(r.id), "indicator", r.display or r.value, r.value, None, r.kind, key=r.id,
                   case_count=r.case_count, relevant=r.relevant) for r in b.indicators.values()]
    return tuple(nodes)


# --- layout --------------------------------------------------------------------------------------


def layout(net: Network, width: float, height: float, iterations: int = 120,
           margin: float = 30.0) -> dict[str, tuple[float, float]]:
    """Positions for ``net``'s nodes inside ``width`` × ``height`` (``margin`` kept clear).

    Each connected part (a campaign) is laid out on its own by Fruchterman–Reingold: linked nodes
    pull together, nodes push their neighbours on a grid of cells away (the grid keeps a step near
    linear in the nodes), a weak pull to the middle keeps the part round; the steps shrink as it
    cools. The parts are then packed in rows, the largest first, and the whole is scaled into the
    frame, so two campaigns never interleave. The start is drawn from a generator seeded with
    the network's node and edge ids: the same network lays out the same way whatever order its
    nodes came in. No two nodes end on the same point.
    """
    ids = sorted(n.id for n in net.nodes)
    count = len(ids)
    if count == 0:
        return {}
    inner_w = max(1.0, width - 2 * margin)
    inner_h = max(1.0, height - 2 * margin)
    if count == 1:
        return {ids[0]: (margin + inner_w / 2, margin + inner_h / 2)}
    index = {node_id: i for i, node_id in enumerate(ids)}
    pairs = sorted({(min(index[e.a], index[e.b]), max(index[e.a], index[e.b])) for e in net.edges
                    if e.a in index and e.b in index and e.a != e.b})
    digest = hashlib.sha256("\n".join(ids).encode() + repr(pairs).encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))

    xs = [0.0] * count
    ys = [0.0] * count
    boxes = []  # (members, width, height), positions relative to the box
    for members in _components(count, pairs):
        local = {node: i for i, node in enumerate(members)}
        part_pairs = [(local[a], local[b]) for a, b in pairs if a in local]
        px, py = _force(len(members), part_pairs, rng, iterations)
        for i, node in enumerate(members):
            xs[node], ys[node] = px[i], py[i]
        boxes.append((members, max(px) if px else 0.0, max(py) if py else 0.0))
    _pack(boxes, xs, ys, inner_w / inner_h)
    _fit(xs, ys, inner_w, inner_h)
    unit = math.sqrt(inner_w * inner_h / count)
    _part(xs, ys, inner_w, inner_h, min(unit / 3, 12.0))
    return {node_id: (margin + xs[i], margin + ys[i]) for i, node_id in enumerate(ids)}


def _components(count: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """The connected parts, the largest first (ties by their first node), each in node order."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    parts: dict[int, list[int]] = {}
    for i in range(count):
        parts.setdefault(root(i), []).append(i)
    return sorted(parts.values(), key=lambda m: (-len(m), m[0]))


def _force(count: int, pairs: list[tuple[int, int]], rng: random.Random,
           iterations: int) -> tuple[list[float], list[float]]:
    """Fruchterman–Reingold for one connected part, in a square whose side grows with its nodes
    (the ideal distance between linked nodes is 1); positions start at 0."""
    if count == 1:
        return [0.0], [0.0]
    side = math.sqrt(count) * 1.25
    k = 1.0
    k2 = k * k
    cell = 2 * k  # repulsion reaches this far; farther nodes are left to the pull to the middle
    reach2 = cell * cell
    middle = side / 2
    xs = [rng.uniform(0, side) for _ in range(count)]
    ys = [rng.uniform(0, side) for _ in range(count)]
    degree = [0] * count
    for i, j in pairs:
        degree[i] += 1
        degree[j] += 1
    gravity = 0.6 / side
    temperature = side / 6
    cooling = temperature / (iterations + 1)
    forward = ((1, 0), (-1, 1), (0, 1), (1, 1))
    for _step in range(iterations):
        dx = [0.0] * count
        dy = [0.0] * count
        grid: dict[tuple[int, int], list[int]] = {}
        for i in range(count):
            grid.setdefault((int(xs[i] // cell), int(ys[i] // cell)), []).append(i)
        for (gx, gy), members in grid.items():
            around = [members]
            for ox, oy in forward:
                other = grid.get((gx + ox, gy + oy))
                if other:
                    around.append(other)
            for pos, i in enumerate(members):
                xi, yi = xs[i], ys[i]
                for group_no, group in enumerate(around):
                    for j in (group[pos + 1:] if group_no == 0 else group):
                        ddx = xi - xs[j]
                        ddy = yi - ys[j]
                        d2 = ddx * ddx + ddy * ddy
                        if d2 >= reach2:
                            continue
                        if d2 < 1e-12:  # on one point: part them in a direction of their own
                            ddx, ddy = rng.uniform(-1, 1) * 1e-3, rng.uniform(-1, 1) * 1e-3
                            d2 = ddx * ddx + ddy * ddy
                        f = k2 / d2
                        dx[i] += ddx * f
                        dy[i] += ddy * f
                        dx[j] -= ddx * f
                        dy[j] -= ddy * f
        for i, j in pairs:
            ddx = xs[i] - xs[j]
            ddy = ys[i] - ys[j]
            f = math.sqrt(ddx * ddx + ddy * ddy) / k  # d² / k along the unit vector
            dx[i] -= ddx * f
            dy[i] -= ddy * f
            dx[j] += ddx * f
            dy[j] += ddy * f
        for i in range(count):
            pull = gravity * (1 + math.sqrt(degree[i]))
            ddx = dx[i] - (xs[i] - middle) * pull
            ddy = dy[i] - (ys[i] - middle) * pull
            d = math.sqrt(ddx * ddx + ddy * ddy)
            if d > temperature:
                ddx, ddy = ddx / d * temperature, ddy / d * temperature
            xs[i] = min(side, max(0.0, xs[i] + ddx))
            ys[i] = min(side, max(0.0, ys[i] + ddy))
        temperature = max(temperature - cooling, 0.01)
    low_x, low_y = min(xs), min(ys)
    return [x - low_x for x in xs], [y - low_y for y in ys]


def _pack(boxes: list[tuple[list[int], float, float]], xs: list[float], ys: list[float], aspect: float) -> None:
    """Place the parts' boxes in rows (the largest first), the rows as wide as fills a frame of
    ``aspect`` best (a few widths are tried: the rows' heights differ, so the first guess may not)."""
    gap = 1.0
    area = sum((w + gap) * (h + gap) for _m, w, h in boxes)
    widest = max(w for _m, w, _h in boxes) + gap
    best: tuple[float, list[tuple[float, float]]] | None = None
    for share in (0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.8):
        row_width = max(widest, math.sqrt(area * aspect) * share)
        places = []
        x = y = row_height = right = 0.0
        for _members, w, h in boxes:
            if x > 0 and x + w > row_width:
                x, y, row_height = 0.0, y + row_height + gap, 0.0
            places.append((x, y))
            right = max(right, x + w)
            x += w + gap
            row_height = max(row_height, h)
        bottom = y + row_height
        scale = min(aspect / max(right, 1e-9), 1.0 / max(bottom, 1e-9))  # how large it can be drawn
        if best is None or scale > best[0] + 1e-12:
            best = (scale, places)
    assert best is not None
    for (members, _w, _h), (x, y) in zip(boxes, best[1], strict=True):
        for node in members:
            xs[node] += x
            ys[node] += y


def _fit(xs: list[float], ys: list[float], w: float, h: float) -> None:
    """Scale the drawing, the same along both axes, to fill the frame, centred."""
    low_x, high_x, low_y, high_y = min(xs), max(xs), min(ys), max(ys)
    span_x, span_y = high_x - low_x, high_y - low_y
    scale = min(w / span_x if span_x > 1e-9 else math.inf, h / span_y if span_y > 1e-9 else math.inf)
    if scale == math.inf:
        scale = 1.0
    off_x = (w - span_x * scale) / 2
    off_y = (h - span_y * scale) / 2
    for i in range(len(xs)):
        xs[i] = off_x + (xs[i] - low_x) * scale
        ys[i] = off_y + (ys[i] - low_y) * scale


def _part(xs: list[float], ys: list[float], w: float, h: float, gap: float) -> None:
    """Push apart nodes nearer than ``gap`` (a few passes on the grid), so none hide each other."""
    count = len(xs)
    gap2 = gap * gap
    for _pass in range(8):
        moved = False
        grid: dict[tuple[int, int], list[int]] = {}
        for i in range(count):
            grid.setdefault((int(xs[i] // gap), int(ys[i] // gap)), []).append(i)
        for i in range(count):
            gx, gy = int(xs[i] // gap), int(ys[i] // gap)
            for ox in (-1, 0, 1):
                for oy in (-1, 0, 1):
                    for j in grid.get((gx + ox, gy + oy), ()):
                        if j <= i:
                            continue
                        ddx, ddy = xs[j] - xs[i], ys[j] - ys[i]
                        d2 = ddx * ddx + ddy * ddy
                        if d2 >= gap2:
                            continue
                        if d2 < 1e-12:
                            angle = (i * 2.399963 + j) % (2 * math.pi)  # golden angle: a direction per pair
                            ddx, ddy, d2 = math.cos(angle), math.sin(angle), 1.0
                        d = math.sqrt(d2)
                        push = (gap - d) / 2 / d if d >= 1e-6 else gap / 2
                        xs[i] = min(w, max(0.0, xs[i] - ddx * push))
                        ys[i] = min(h, max(0.0, ys[i] - ddy * push))
                        xs[j] = min(w, max(0.0, xs[j] + ddx * push))
                        ys[j] = min(h, max(0.0, ys[j] + ddy * push))
                        moved = True
        if not moved:
            break
