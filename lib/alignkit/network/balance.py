"""Structural balance: an exact (or best-effort, for large components) two-camp partition."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx


from ._common import _is_missing, _sorted

# Components up to this size are solved by vectorised enumeration of 2**(n-1)
# assignments; 22 nodes is ~2M assignments, still well under a second.
_ENUM_MAX_NODES = 22
# Enumeration is done in blocks to cap memory at a few tens of MB.
_ENUM_CHUNK = 1 << 20
# The branch and bound recurses once per node; beyond this size it cannot
# realistically finish anyway, so we go straight to local search.
_BB_MAX_NODES = 200
_BB_BUDGET = 50_000
_LOCAL_SEARCH_STARTS = 8
# Weights are compared as integers at this resolution so that ties are exact
# and the result does not depend on floating-point summation order.
_WEIGHT_SCALE = 1_000_000


@dataclass(frozen=True)
class BalanceResult:
    """Outcome of :func:`balance_partition`.

    Attributes
    ----------
    blocs : tuple of two frozensets
        The two camps; ``blocs[0]`` holds the highest-degree node.
    frustration : int
        Number of edges whose sign breaks structural balance under ``blocs``.
    frustrated_edges : list of tuple
        Those edges as ``(u, v)`` with ``u < v``, sorted.
    exact : bool
        True when the partition is proven optimal, False when it comes from
        the local-search fallback.
    """

    blocs: tuple[frozenset, frozenset]
    frustration: int
    frustrated_edges: list[tuple]
    exact: bool


def _quantize(value, what: str) -> int:
    try:
        x = abs(float(value))
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be numeric, got {value!r}") from None
    if not math.isfinite(x):
        raise ValueError(f"{what} must be finite, got {value!r}")
    return int(round(x * _WEIGHT_SCALE))


def _edge_is_negative(u, v, data) -> bool:
    if "sign" not in data:
        raise ValueError(f"edge ({u!r}, {v!r}) has no 'sign' attribute")
    s = data["sign"]
    if _is_missing(s) or s == 0:
        raise ValueError(f"edge ({u!r}, {v!r}) has invalid sign {s!r}")
    return s < 0


class _Component:
    """A connected component in canonical order, edges as parallel arrays."""

    def __init__(self, nodes: list, index: dict, edges: list[tuple]):
        self.nodes = nodes  # canonical order: BFS from the smallest node
        self.index = index
        self.n = len(nodes)
        # each edge: (i, j, negative, primary cost, secondary cost)
        self.edges = edges
        self.adj: list[list[tuple]] = [[] for _ in nodes]
        for i, j, neg, p, s in edges:
            self.adj[i].append((j, neg, p, s))
            self.adj[j].append((i, neg, p, s))

    def cost(self, sides) -> tuple[int, int]:
        p_total = s_total = 0
        for i, j, neg, p, s in self.edges:
            if (sides[i] != sides[j]) != neg:
                p_total += p
                s_total += s
        return p_total, s_total


def _enumerate(comp: _Component) -> list[int]:
    """Exact minimum by evaluating all 2**(n-1) assignments with numpy.

    Node 0 is fixed on side 0; node k >= 1 is bit ``n-1-k`` of the pattern so
    that the smallest integer is the lexicographically smallest assignment.
    """
    n = comp.n
    free = n - 1
    total = 1 << free
    best: tuple | None = None
    for lo in range(0, total, _ENUM_CHUNK):
        x = np.arange(lo, min(total, lo + _ENUM_CHUNK), dtype=np.int64)
        bits: dict[int, np.ndarray] = {}

        def side(k, x=x, bits=bits):
            if k == 0:
                return np.uint8(0)
            if k not in bits:
                bits[k] = ((x >> (free - k)) & 1).astype(np.uint8)
            return bits[k]

        primary = np.zeros(len(x), dtype=np.int64)
        secondary = np.zeros(len(x), dtype=np.int64)
        for i, j, neg, p, s in comp.edges:
            frustrated = side(i) ^ side(j)
            if neg:
                frustrated = frustrated ^ np.uint8(1)
            if p:
                primary += frustrated.astype(np.int64) * p if p != 1 else frustrated
            if s:
                secondary += frustrated.astype(np.int64) * s if s != 1 else frustrated
        p_min = int(primary.min())
        ties = primary == p_min
        masked = np.where(ties, secondary, np.iinfo(np.int64).max)
        pos = int(np.argmin(masked))  # first hit = smallest pattern
        cand = (p_min, int(masked[pos]))
        # strict comparison keeps the earlier (smaller) pattern on ties
        if best is None or cand < best[0]:
            best = (cand, int(x[pos]))
    pattern = best[1]
    return [0] + [(pattern >> (free - k)) & 1 for k in range(1, n)]


def _local_search(comp: _Component, starts: int = _LOCAL_SEARCH_STARTS) -> list[int]:
    """Greedy + single-node-flip descent from several seeded starts."""
    n = comp.n
    initial = []
    # greedy start: place nodes in canonical (BFS) order on their cheaper side
    greedy = [-1] * n
    for k in range(n):
        c = [[0, 0], [0, 0]]
        for j, neg, p, s in comp.adj[k]:
            if greedy[j] < 0:
                continue
            bad = greedy[j] if neg else 1 - greedy[j]
            c[bad][0] += p
            c[bad][1] += s
        greedy[k] = 0 if tuple(c[0]) <= tuple(c[1]) else 1
    initial.append(greedy)
    for seed in range(starts):
        rng = np.random.default_rng(seed)
        initial.append([int(b) for b in rng.integers(0, 2, n)])

    best = None
    for sides in initial:
        sides = list(sides)
        improved = True
        while improved:
            improved = False
            for k in range(n):
                dp = ds = 0
                for j, neg, p, s in comp.adj[k]:
                    frustrated = (sides[k] != sides[j]) != neg
                    dp += -p if frustrated else p
                    ds += -s if frustrated else s
                if (dp, ds) < (0, 0):
                    sides[k] ^= 1
                    improved = True
        if sides[0] == 1:
            sides = [1 - b for b in sides]
        cand = (comp.cost(sides), sides)
        if best is None or cand < best:
            best = cand
    return best[1]


class _BudgetExceeded(Exception):
    pass


def _branch_and_bound(comp: _Component, incumbent: list[int], budget: int) -> list[int]:
    """Exact depth-first branch and bound in canonical order (side 0 first).

    The lower bound adds, for every unassigned node, the cheaper of its two
    sides counting only edges to assigned nodes.  Because the search visits
    leaves in lexicographic order, the first optimal leaf is the
    lexicographically smallest one, matching :func:`_enumerate`.
    """
    n = comp.n
    adj = comp.adj
    side = [-1] * n
    c0p, c1p, c0s, c1s = [0] * n, [0] * n, [0] * n, [0] * n
    st = {"cp": 0, "cs": 0, "lp": 0, "ls": 0, "visits": 0}
    best = {"cost": comp.cost(incumbent), "sides": None}

    def assign(k, a):
        side[k] = a
        st["cp"] += c1p[k] if a else c0p[k]
        st["cs"] += c1s[k] if a else c0s[k]
        st["lp"] -= min(c0p[k], c1p[k])
        st["ls"] -= min(c0s[k], c1s[k])
        for j, neg, p, s in adj[k]:
            if side[j] >= 0:
                continue
            bad = a if neg else 1 - a
            old_p, old_s = min(c0p[j], c1p[j]), min(c0s[j], c1s[j])
            if bad:
                c1p[j] += p
                c1s[j] += s
            else:
                c0p[j] += p
                c0s[j] += s
            st["lp"] += min(c0p[j], c1p[j]) - old_p
            st["ls"] += min(c0s[j], c1s[j]) - old_s

    def unassign(k, a):
        for j, neg, p, s in adj[k]:
            if side[j] >= 0:
                continue
            bad = a if neg else 1 - a
            old_p, old_s = min(c0p[j], c1p[j]), min(c0s[j], c1s[j])
            if bad:
                c1p[j] -= p
                c1s[j] -= s
            else:
                c0p[j] -= p
                c0s[j] -= s
            st["lp"] += min(c0p[j], c1p[j]) - old_p
            st["ls"] += min(c0s[j], c1s[j]) - old_s
        st["lp"] += min(c0p[k], c1p[k])
        st["ls"] += min(c0s[k], c1s[k])
        st["cp"] -= c1p[k] if a else c0p[k]
        st["cs"] -= c1s[k] if a else c0s[k]
        side[k] = -1

    def dfs(k):
        if k == n:
            cost = (st["cp"], st["cs"])
            # before any leaf is found, a tie with the incumbent is accepted
            # because this leaf is the lexicographically first such one
            if cost < best["cost"] or (best["sides"] is None and cost == best["cost"]):
                best["cost"] = cost
                best["sides"] = list(side)
            return
        st["visits"] += 1
        if st["visits"] > budget:
            raise _BudgetExceeded
        for a in (0, 1):
            assign(k, a)
            bound = (st["cp"] + st["lp"], st["cs"] + st["ls"])
            if bound < best["cost"] or (best["sides"] is None and bound == best["cost"]):
                dfs(k + 1)
            unassign(k, a)

    assign(0, 0)
    dfs(1)
    return best["sides"]


def _components(adj: dict, weight: str | None, rank: dict) -> list[_Component]:
    """Components of the graph given as ``{u: {w: edge data}}`` (no self-loops)."""
    comps = []
    seen = set()
    for root in sorted(adj, key=rank.__getitem__):
        if root in seen:
            continue
        # canonical order: BFS from the smallest node, neighbours by rank;
        # a connected order also makes the branch-and-bound bound tighter
        order = [root]
        seen.add(root)
        queue = deque([root])
        while queue:
            u = queue.popleft()
            for w in sorted(adj[u], key=rank.__getitem__):
                if w not in seen:
                    seen.add(w)
                    order.append(w)
                    queue.append(w)
        index = {u: k for k, u in enumerate(order)}
        edges = []
        for u in order:
            for w, data in adj[u].items():
                if u == w or index[u] > index[w]:
                    continue
                neg = _edge_is_negative(u, w, data)
                count_cost = 1
                if weight is None:
                    score = data.get("score", 0.0)
                    p = count_cost
                    s = _quantize(0.0 if _is_missing(score) else score, "score")
                else:
                    p = _quantize(data.get(weight, 1.0), f"edge attribute {weight!r}")
                    s = count_cost
                edges.append((index[u], index[w], neg, p, s))
        edges.sort()
        comps.append(_Component(order, index, edges))
    return comps


def _solve(comp: _Component, enum_max_nodes: int, bb_budget: int) -> tuple[list[int], bool]:
    if comp.n == 1:
        return [0], True
    if comp.n <= enum_max_nodes:
        return _enumerate(comp), True
    incumbent = _local_search(comp)
    if comp.n <= _BB_MAX_NODES:
        try:
            return _branch_and_bound(comp, incumbent, bb_budget), True
        except _BudgetExceeded:
            pass
    return incumbent, False


def balance_partition(
    G: nx.Graph,
    weight: str | None = None,
    *,
    enum_max_nodes: int = _ENUM_MAX_NODES,
    bb_budget: int = _BB_BUDGET,
) -> BalanceResult:
    """Split a signed graph into two blocs with minimum frustration.

    An edge with ``sign > 0`` is frustrated when its ends are in different
    blocs, an edge with ``sign < 0`` when they are in the same bloc.  A
    negative self-loop is always frustrated, a positive one never.

    Parameters
    ----------
    G : networkx.Graph
        Undirected simple graph whose edges all carry a non-zero ``sign``.
    weight : str, optional
        If None (default) the number of frustrated edges is minimised.  If an
        edge attribute name, the sum of its absolute values over frustrated
        edges is minimised instead (missing -> 1); ``frustration`` still
        reports the edge count.
    enum_max_nodes : int, keyword-only
        Components with at most this many nodes are solved by vectorised
        enumeration of all ``2**(n-1)`` assignments.
    bb_budget : int, keyword-only
        Search-node budget of the exact branch and bound used for larger
        components (up to 200 nodes).  When exhausted, or for larger
        components, a deterministic local search is used and ``exact`` is
        False.

    Returns
    -------
    BalanceResult

    Notes
    -----
    Determinism and tie-breaking, per connected component:

    1. minimise the primary cost (count, or weight sum when ``weight`` is
       given);
    2. then the secondary cost: the total ``|score|`` of frustrated edges
       when ``weight`` is None (edges without ``score`` count 0), the count
       of frustrated edges otherwise; weights are compared at a resolution of
       1e-6 so that ties are exact;
    3. then the lexicographically smallest assignment in canonical order
       (breadth-first from the component's smallest node id, neighbours in
       sorted order), with that smallest node fixed on side 0.

    Orientation: each component is then flipped, if needed, so that its
    node of highest degree (ties: smallest id) lies in ``blocs[0]``.  Hence
    ``blocs[0]`` contains the globally highest-degree node and isolated
    nodes always go to ``blocs[0]``.

    The branch and bound and the local search solve the same objective; the
    local search returns a single-flip local optimum and is the only
    non-exact path.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1)
    >>> G.add_edge("RUS", "USA", sign=-1)
    >>> G.add_edge("USA", "IRN", sign=-1)
    >>> res = balance_partition(G)
    >>> sorted(res.blocs[0]), sorted(res.blocs[1]), res.frustration, res.exact
    (['IRN', 'RUS'], ['USA'], 0, True)
    >>> G.edges["RUS", "IRN"]["sign"] = -1
    >>> balance_partition(G).frustration
    1
    """
    if G.is_directed() or G.is_multigraph():
        import networkx as nx

        kind = "directed" if G.is_directed() else "multigraph"
        raise nx.NetworkXNotImplemented(f"not implemented for {kind} type")
    return _balance(G.adj, weight, enum_max_nodes=enum_max_nodes, bb_budget=bb_budget)


def _balance(
    adj, weight: str | None = None, *, enum_max_nodes=_ENUM_MAX_NODES, bb_budget=_BB_BUDGET
) -> BalanceResult:
    """:func:`balance_partition` of an undirected graph given as ``{u: {w: edge data}}``."""
    nodes = _sorted(adj)
    rank = {u: k for k, u in enumerate(nodes)}
    # self-loops do not depend on the partition: handle them apart
    loops = [u for u in nodes if u in adj[u] and _edge_is_negative(u, u, adj[u][u])]
    plain = {u: {w: d for w, d in adj[u].items() if w != u} for u in nodes}

    def degree(u):  # as networkx counts it: a self-loop adds 2
        return len(adj[u]) + (u in adj[u])

    side_of: dict = {}
    exact = True
    for comp in _components(plain, weight, rank):
        sides, comp_exact = _solve(comp, enum_max_nodes, bb_budget)
        exact = exact and comp_exact
        hub = min(comp.nodes, key=lambda u: (-degree(u), rank[u]))
        flip = sides[comp.index[hub]]
        for u, b in zip(comp.nodes, sides, strict=True):
            side_of[u] = b ^ flip

    frustrated = [(u, u) for u in loops]
    for u in nodes:
        for w, d in plain[u].items():
            if rank[u] < rank[w] and (side_of[u] != side_of[w]) != _edge_is_negative(u, w, d):
                frustrated.append((u, w))
    frustrated.sort(key=lambda e: (rank[e[0]], rank[e[1]]))
    blocs = (
        frozenset(u for u in nodes if side_of[u] == 0),
        frozenset(u for u in nodes if side_of[u] == 1),
    )
    return BalanceResult(
        blocs=blocs, frustration=len(frustrated), frustrated_edges=frustrated, exact=exact
    )
