"""Signed alignment networks built from coded dyadic events.

The events DataFrame (one row per coded event, verbal events derived from
statements included) is turned into

* a country-level signed graph (:func:`country_graph`), one undirected edge per
  pair of countries/blocs, aggregating all non-denied evidence;
* an actor-level multigraph (:func:`actor_graph`), one directed edge per event.

On top of the country graph the module offers an exact structural-balance
partition (:func:`balance_partition`), centrality tables, corpus merging and
atomic exports to GEXF, GraphML, node-link JSON and CSV.

Every function is deterministic: nodes and edges are inserted in sorted order,
floating sums use :func:`math.fsum` (correctly rounded, hence independent of
summation order), and all ties are broken by documented rules.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

# networkx and pandas are imported where they are used: an article's camps are computed
# on plain dicts (see Analysis.balance), so a cold start pays for neither.

__all__ = [
    "EVIDENCE_FIELDS",
    "BalanceResult",
    "ExportError",
    "actor_graph",
    "balance_partition",
    "centrality",
    "country_graph",
    "edge_table",
    "evidence_table",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_node_link",
    "merge_graphs",
]

#: Keys of each evidence dict stored on country-graph edges, in column order.
EVIDENCE_FIELDS = (
    "article",
    "start",
    "end",
    "sentence",
    "type",
    "sign",
    "mode",
    "trigger",
    "origin",
    "source",
    "target",
)

_REQUIRED_COLUMNS = (
    "source",
    "target",
    "source_country",
    "target_country",
    "type",
    "sign",
    "intensity",
    "mode",
)
_INT_FIELDS = ("start", "end", "sentence")
_STR_FIELDS = ("article", "type", "mode", "trigger", "origin", "source", "target")

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


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, int)):
        return False  # the common case, without pandas' overhead
    if isinstance(value, float):
        return value != value
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        # list-like values are never "missing"
        return False


def _to_native(value):
    """Return a JSON/XML friendly Python scalar (None for missing values)."""
    if value is None or type(value) in (str, int, bool):
        return value  # already native: the common case
    if _is_missing(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if hasattr(value, "isoformat"):  # pandas Timestamp, datetime, date
        return value.isoformat()
    return value


def _clean_str(value) -> str:
    return "" if _is_missing(value) else str(value)


def _clean_int(value):
    if _is_missing(value) or value == "":
        return None
    return int(value)


def _sorted(items: Iterable) -> list:
    """Sort node ids naturally, falling back to ``repr`` for mixed types."""
    items = list(items)
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda x: (type(x).__name__, repr(x)))


def _sign_of(score: float) -> int:
    # An exact tie is read as conflict: cooperative talk between rivals is
    # routine diplomacy, whereas open conflict between aligned states is rare,
    # so a balanced record is weak evidence of alignment.
    return 1 if score > 0 else -1


def _evidence_key(ev: dict) -> tuple:
    # (article, start) is the documented order; the remaining fields only make
    # the order total so that equal spans never depend on input order. Missing
    # offsets sort last (the flag before each offset keeps None from being compared).
    s, e, n = ev["start"], ev["end"], ev["sentence"]
    return (
        ev["article"],
        s is None,
        s or 0,
        e is None,
        e or 0,
        n is None,
        n or 0,
        *(str(ev[k]) for k in ("type", "sign", "mode", "trigger", "origin", "source", "target")),
    )


def _validate_events(events) -> None:
    if isinstance(events, list):
        # records (dicts) straight from the pipeline: no DataFrame round trip
        columns = set(events[0]) if events else set(_REQUIRED_COLUMNS)
    elif "pandas" in sys.modules and isinstance(events, sys.modules["pandas"].DataFrame):
        # exact type check without importing pandas: unimported, it cannot be a DataFrame
        columns = set(events.columns)
    else:
        raise TypeError(
            f"events must be a pandas DataFrame or a list of dicts, got {type(events).__name__}"
        )
    missing = [c for c in _REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ValueError(f"events is missing required columns: {missing}")


def _event_records(events: pd.DataFrame, include_denied: bool = False) -> list[dict]:
    """Validated rows as dicts of native Python values, denied rows dropped."""
    records = []
    if isinstance(events, list):
        rows = events
    else:
        # column-wise tolist() yields Python scalars at C speed (to_dict is far slower)
        cols = {c: events[c].tolist() for c in events.columns}
        rows = [dict(zip(cols, vals, strict=True)) for vals in zip(*cols.values(), strict=True)]
    for pos, row in enumerate(rows):
        row = {k: _to_native(v) for k, v in row.items()}
        row["article"] = _clean_str(row.get("article"))
        if not include_denied and _clean_str(row.get("mode")) == "denied":
            continue
        sign = row.get("sign")
        if sign not in (1, -1):
            raise ValueError(f"events row {pos}: sign must be +1 or -1, got {sign!r}")
        row["sign"] = int(sign)
        intensity = row.get("intensity")
        try:
            intensity = float(intensity)
        except (TypeError, ValueError):
            intensity = math.nan
        if not (math.isfinite(intensity) and intensity > 0):
            raise ValueError(
                f"events row {pos}: intensity must be a finite number > 0, "
                f"got {row.get('intensity')!r}"
            )
        row["intensity"] = intensity
        records.append(row)
    return records


def _evidence_of(row: dict) -> dict:
    ev = {}
    for key in EVIDENCE_FIELDS:
        if key in _INT_FIELDS:
            ev[key] = _clean_int(row.get(key))
        elif key == "sign":
            ev[key] = int(row["sign"])
        else:
            ev[key] = _clean_str(row.get(key))
    return ev


# ---------------------------------------------------------------------------
# graph construction
# ---------------------------------------------------------------------------


def country_graph(events: pd.DataFrame) -> nx.Graph:
    """Build the country-level signed alignment graph.

    Each non-denied event whose actors both stand for a country or bloc
    contributes one piece of evidence to the undirected edge between
    ``source_country`` and ``target_country``.

    Parameters
    ----------
    events : pandas.DataFrame
        Coded events.  Required columns: ``source``, ``target``,
        ``source_country``, ``target_country``, ``type``, ``sign`` (+1/-1),
        ``intensity`` (> 0) and ``mode``.  ``article``, ``start``, ``end``,
        ``sentence``, ``trigger`` and ``origin`` are copied into the evidence
        when present (``article`` defaults to ``""``, missing offsets to None).

    Returns
    -------
    networkx.Graph
        Nodes are country/bloc ids (inserted in sorted order) with attribute
        ``label`` equal to the id.  Every edge carries

        ``score``
            ``math.fsum`` of ``sign * intensity`` over its evidence;
        ``sign``
            +1 if ``score > 0`` else -1.  An exact tie (``score == 0``) is
            read as -1: balanced cooperation and conflict is treated as
            non-alignment, not alignment;
        ``weight``
            number of evidence rows;
        ``types``, ``modes``, ``articles``
            sorted lists of the distinct values;
        ``evidence``
            list of dicts with keys :data:`EVIDENCE_FIELDS`, sorted by
            ``(article, start)`` (remaining fields break ties).

    Raises
    ------
    ValueError
        If required columns are missing, or a counted row has a sign other
        than +1/-1 or a non-positive or non-finite intensity.

    Notes
    -----
    Rows with ``mode == "denied"`` are skipped, as are rows where either
    country is empty/None and rows where both countries are the same.  Only
    countries with at least one counted edge become nodes.

    Examples
    --------
    >>> import pandas as pd
    >>> events = pd.DataFrame({
    ...     "source": ["vladimir-putin", "USA", "RUS"],
    ...     "target": ["IRN", "RUS", "USA"],
    ...     "source_country": ["RUS", "USA", "RUS"],
    ...     "target_country": ["IRN", "RUS", "USA"],
    ...     "type": ["AGREE", "SANCTION", "CONSULT"],
    ...     "sign": [1, -1, 1],
    ...     "intensity": [1.0, 3.0, 1.0],
    ...     "mode": ["actual", "actual", "denied"],
    ...     "article": ["a1", "a1", "a2"],
    ... })
    >>> G = country_graph(events)
    >>> list(G.nodes)
    ['IRN', 'RUS', 'USA']
    >>> e = G.edges["RUS", "USA"]
    >>> e["sign"], e["weight"], e["score"], e["types"], e["articles"]
    (-1, 1, -3.0, ['SANCTION'], ['a1'])
    >>> G.edges["IRN", "RUS"]["evidence"][0]["source"]
    'vladimir-putin'
    """
    return _graph_of(*_country_edges(events))


def _graph_of(nodes: list, edges: dict[tuple, dict]) -> nx.Graph:
    import networkx as nx

    G = nx.Graph()
    for node in nodes:
        G.add_node(node, label=node)
    for (a, b), attrs in edges.items():
        G.add_edge(a, b, **attrs)
    return G


def _adjacency(nodes: list, edges: dict[tuple, dict]) -> dict:
    """``{u: {w: attrs}}`` of the plain graph, what :func:`_balance` reads."""
    adj: dict = {n: {} for n in nodes}
    for (a, b), attrs in edges.items():
        adj[a][b] = adj[b][a] = attrs
    return adj


def _country_edges(events) -> tuple[list, dict[tuple, dict]]:
    """The country graph as plain data: sorted nodes, and ``{(a, b): attrs}`` with ``a < b``
    in sorted order (the attributes :func:`country_graph` documents)."""
    return _edges_of(_group_events(events))


def _group_events(events) -> dict[tuple, list[tuple[dict, float]]]:
    """Evidence per country pair, unsorted: ``{(a, b): [(evidence, sign * intensity)]}``.

    Groups of disjoint sets of events merge by concatenating their lists, so corpus
    workers group their own chunk and the parent only joins them (see :func:`_edges_of`).
    """
    _validate_events(events)
    grouped: dict[tuple, list[tuple[dict, float]]] = {}
    for row in _event_records(events):
        a = _clean_str(row.get("source_country"))
        b = _clean_str(row.get("target_country"))
        if not a or not b or a == b:
            continue
        key = (a, b) if a < b else (b, a)
        grouped.setdefault(key, []).append((_evidence_of(row), row["sign"] * row["intensity"]))
    return grouped


def _edges_of(grouped: dict[tuple, list[tuple[dict, float]]]) -> tuple[list, dict[tuple, dict]]:
    # Evidence is sorted by a total key and scores summed with fsum: the result does not
    # depend on the order in which events, or groups of them, arrived.
    edges = {}
    for a, b in sorted(grouped):
        items = grouped[(a, b)]
        evidence = sorted((ev for ev, _ in items), key=_evidence_key)
        score = math.fsum(s for _, s in items)
        edges[(a, b)] = dict(
            sign=_sign_of(score),
            weight=len(evidence),
            score=score,
            types=sorted({ev["type"] for ev in evidence}),
            modes=sorted({ev["mode"] for ev in evidence}),
            evidence=evidence,
            articles=sorted({ev["article"] for ev in evidence}),
        )
    return sorted({n for pair in grouped for n in pair}), edges


def actor_graph(
    events: pd.DataFrame,
    actors: pd.DataFrame | None = None,
    *,
    include_denied: bool = False,
) -> nx.MultiDiGraph:
    """Build the actor-level event multigraph.

    Parameters
    ----------
    events : pandas.DataFrame
        Coded events (see :func:`country_graph` for the required columns).
    actors : pandas.DataFrame, optional
        Actor metadata with columns ``actor``, ``name``, ``type``, ``country``.
        When given, every node gets ``name``, ``type`` and ``country``
        attributes (None for actors absent from the table).
    include_denied : bool, default False
        Denied events are not evidence, so they are left out unless asked for.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are actor ids (sorted) with ``label`` equal to the id.  One edge
        ``source -> target`` per event row, in row order, carrying every
        column of the row as an attribute (missing values become None;
        ``article`` defaults to ``""``).

    Raises
    ------
    ValueError
        If required columns are missing, a row has an empty source or target,
        or a sign/intensity is invalid.

    Examples
    --------
    >>> import pandas as pd
    >>> events = pd.DataFrame({
    ...     "source": ["vladimir-putin"], "target": ["IRN"],
    ...     "source_country": ["RUS"], "target_country": ["IRN"],
    ...     "type": ["AGREE"], "sign": [1], "intensity": [1.0], "mode": ["actual"],
    ... })
    >>> actors = pd.DataFrame({
    ...     "actor": ["vladimir-putin", "IRN"], "name": ["Vladimir Putin", "Iran"],
    ...     "type": ["person", "country"], "country": ["RUS", "IRN"],
    ... })
    >>> G = actor_graph(events, actors)
    >>> G.nodes["vladimir-putin"]["name"], G.nodes["IRN"]["type"]
    ('Vladimir Putin', 'country')
    >>> [(u, v, d["type"]) for u, v, d in G.edges(data=True)]
    [('vladimir-putin', 'IRN', 'AGREE')]
    """
    _validate_events(events)
    records = _event_records(events, include_denied=include_denied)
    for pos, row in enumerate(records):
        if not _clean_str(row.get("source")) or not _clean_str(row.get("target")):
            raise ValueError(f"event {pos} has an empty source or target actor")

    meta: dict[str, dict] = {}
    if actors is not None:
        need = [c for c in ("actor", "name", "type", "country") if c not in actors.columns]
        if need:
            raise ValueError(f"actors is missing required columns: {need}")
        # the first row wins on duplicate actor ids, so the result is stable
        for row in actors.to_dict("records"):
            actor = _clean_str(row["actor"])
            if actor and actor not in meta:
                meta[actor] = {k: _to_native(row[k]) for k in ("name", "type", "country")}

    import networkx as nx

    G = nx.MultiDiGraph()
    nodes = {str(r["source"]) for r in records} | {str(r["target"]) for r in records}
    for node in sorted(nodes):
        attrs = {"label": node}
        if actors is not None:
            attrs.update(meta.get(node, {"name": None, "type": None, "country": None}))
        G.add_node(node, **attrs)
    for row in records:
        G.add_edge(str(row["source"]), str(row["target"]), **row)
    return G


# ---------------------------------------------------------------------------
# structural balance
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# centrality and tables
# ---------------------------------------------------------------------------


def centrality(G: nx.Graph) -> pd.DataFrame:
    """Degree, signed degree, strength, betweenness and eigenvector centrality.

    Parameters
    ----------
    G : networkx.Graph
        Typically a :func:`country_graph`; directed graphs and multigraphs are
        accepted too.

    Returns
    -------
    pandas.DataFrame
        Columns ``node``, ``degree``, ``positive_degree``, ``negative_degree``
        (edges with ``sign > 0`` / ``sign < 0``), ``strength`` (sum of
        ``weight``, default 1 per edge), ``betweenness`` (unsigned, unweighted,
        normalised) and ``eigenvector`` (of ``|weight|``; 0.0 for every node
        when the power iteration fails to converge or there are no edges).
        Sorted by node.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("A", "B", sign=1, weight=2)
    >>> G.add_edge("B", "C", sign=-1, weight=1)
    >>> df = centrality(G)
    >>> df[["node", "degree", "positive_degree", "negative_degree", "strength"]].values.tolist()
    [['A', 1, 1, 0, 2.0], ['B', 2, 1, 1, 3.0], ['C', 1, 0, 1, 1.0]]
    >>> df["betweenness"].tolist()
    [0.0, 1.0, 0.0]
    """
    import networkx as nx
    import pandas as pd

    nodes = _sorted(G.nodes)
    pos = dict.fromkeys(nodes, 0)
    neg = dict.fromkeys(nodes, 0)
    strength = dict.fromkeys(nodes, 0.0)
    for u, v, d in G.edges(data=True):
        s = d.get("sign")
        w = d.get("weight", 1)
        w = 1.0 if _is_missing(w) else float(w)
        for x in (u, v) if u != v else (u,):
            if not _is_missing(s) and s > 0:
                pos[x] += 1
            elif not _is_missing(s) and s < 0:
                neg[x] += 1
            strength[x] += w

    betweenness = nx.betweenness_centrality(G, normalized=True) if nodes else {}

    eigen = dict.fromkeys(nodes, 0.0)
    if G.number_of_edges() > 0:
        # a simple graph of |weight| sums: eigenvector_centrality rejects
        # multigraphs and negative weights would break Perron-Frobenius
        H = nx.DiGraph() if G.is_directed() else nx.Graph()
        H.add_nodes_from(nodes)
        for u, v, d in G.edges(data=True):
            w = d.get("weight", 1)
            w = 1.0 if _is_missing(w) else abs(float(w))
            prev = H.get_edge_data(u, v, {"w": 0.0})["w"]
            H.add_edge(u, v, w=prev + w)
        try:
            eigen.update(nx.eigenvector_centrality(H, max_iter=1000, weight="w"))
        except (nx.PowerIterationFailedConvergence, nx.NetworkXPointlessConcept):
            pass
        except ZeroDivisionError:
            # all weights zero: nothing to rank
            pass

    return pd.DataFrame(
        {
            "node": pd.Series(nodes, dtype=object),
            "degree": pd.Series([int(G.degree(u)) for u in nodes], dtype="int64"),
            "positive_degree": pd.Series([pos[u] for u in nodes], dtype="int64"),
            "negative_degree": pd.Series([neg[u] for u in nodes], dtype="int64"),
            "strength": pd.Series([strength[u] for u in nodes], dtype="float64"),
            "betweenness": pd.Series(
                [float(betweenness.get(u, 0.0)) for u in nodes], dtype="float64"
            ),
            "eigenvector": pd.Series([float(eigen[u]) for u in nodes], dtype="float64"),
        }
    )


_EDGE_TABLE_COLUMNS = ["u", "v", "sign", "weight", "score", "types", "modes", "n_evidence"]


def edge_table(G: nx.Graph) -> pd.DataFrame:
    """One row per edge of a country graph.

    Parameters
    ----------
    G : networkx.Graph

    Returns
    -------
    pandas.DataFrame
        Columns ``u``, ``v`` (``u < v`` for undirected graphs), ``sign``,
        ``weight``, ``score``, ``types`` and ``modes`` (``;``-joined) and
        ``n_evidence``; sorted by ``(u, v)``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("USA", "RUS", sign=-1, weight=2, score=-4.0,
    ...            types=["ACCUSE", "SANCTION"], modes=["actual"], evidence=[{}, {}])
    >>> edge_table(G).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'u': 'RUS', 'v': 'USA', 'sign': -1, 'weight': 2, 'score': -4.0,
      'types': 'ACCUSE;SANCTION', 'modes': 'actual', 'n_evidence': 2}]
    """
    import pandas as pd

    nodes = _sorted(G.nodes)
    rank = {u: k for k, u in enumerate(nodes)}
    rows = []
    for u, v, d in G.edges(data=True):
        if not G.is_directed() and rank[u] > rank[v]:
            u, v = v, u
        rows.append(
            (
                (rank[u], rank[v]),
                {
                    "u": u,
                    "v": v,
                    "sign": d.get("sign"),
                    "weight": d.get("weight"),
                    "score": d.get("score"),
                    "types": ";".join(str(t) for t in d.get("types", [])),
                    "modes": ";".join(str(m) for m in d.get("modes", [])),
                    "n_evidence": len(d.get("evidence", [])),
                },
            )
        )
    rows.sort(key=lambda r: r[0])  # stable, so multigraph keys keep their order
    if not rows:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in _EDGE_TABLE_COLUMNS})
    return pd.DataFrame([r for _, r in rows], columns=_EDGE_TABLE_COLUMNS)


def evidence_table(G: nx.Graph, u, v) -> pd.DataFrame:
    """The evidence behind one edge, one row per event.

    Parameters
    ----------
    G : networkx.Graph
    u, v : node
        Edge ends (order does not matter for undirected graphs).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`EVIDENCE_FIELDS` (plus any extra keys), in stored order.

    Raises
    ------
    KeyError
        If the edge does not exist.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", evidence=[{"article": "a1", "start": 0, "type": "AGREE"}])
    >>> evidence_table(G, "IRN", "RUS")[["article", "start", "type"]].values.tolist()
    [['a1', 0, 'AGREE']]
    """
    import pandas as pd

    if not G.has_edge(u, v):
        raise KeyError(f"no edge between {u!r} and {v!r}")
    evidence = G.edges[u, v].get("evidence", [])
    extra = _sorted({k for ev in evidence for k in ev} - set(EVIDENCE_FIELDS))
    columns = list(EVIDENCE_FIELDS) + extra
    if not evidence:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    return pd.DataFrame([dict(ev) for ev in evidence], columns=columns)


# ---------------------------------------------------------------------------
# corpus merging
# ---------------------------------------------------------------------------


def merge_graphs(graphs: Iterable[nx.Graph]) -> nx.Graph:
    """Union of per-article country graphs into a corpus graph.

    Parameters
    ----------
    graphs : iterable of networkx.Graph
        Country graphs as returned by :func:`country_graph`.

    Returns
    -------
    networkx.Graph
        Nodes (sorted, ``label`` = id) and edges of all inputs.  Per edge:
        ``articles`` is the union of article ids, ``weight`` the number of
        distinct articles (so corpus edge weight counts articles, not
        events), ``evidence`` the concatenation re-sorted by
        ``(article, start)``, ``score`` the ``math.fsum`` of the scores,
        ``sign`` recomputed from it (tie -> -1, as in :func:`country_graph`),
        ``types``/``modes`` sorted unions.  The result does not depend on the
        order of ``graphs``.

    Notes
    -----
    Articles are identified by their id only: evidence without an article id
    (``""``) from different graphs counts as one article.  Node attributes
    other than ``label`` are not carried over.

    Examples
    --------
    >>> import networkx as nx
    >>> g1 = nx.Graph()
    >>> g1.add_edge("RUS", "USA", sign=-1, weight=2, score=-3.0, types=["ACCUSE"],
    ...             modes=["actual"], evidence=[], articles=["a1"])
    >>> g2 = nx.Graph()
    >>> g2.add_edge("USA", "RUS", sign=1, weight=5, score=1.0, types=["CONSULT"],
    ...             modes=["expected"], evidence=[], articles=["a2"])
    >>> e = merge_graphs([g1, g2]).edges["RUS", "USA"]
    >>> e["weight"], e["score"], e["sign"], e["types"], e["articles"]
    (2, -2.0, -1, ['ACCUSE', 'CONSULT'], ['a1', 'a2'])
    """
    import networkx as nx

    nodes = set()
    acc: dict[tuple, dict] = {}
    for g in graphs:
        nodes.update(g.nodes)
        for u, v, d in g.edges(data=True):
            if u == v:
                continue
            key = tuple(_sorted((u, v)))
            slot = acc.setdefault(
                key,
                {"scores": [], "evidence": [], "articles": set(), "types": set(), "modes": set()},
            )
            slot["scores"].append(float(d.get("score", 0.0)))
            slot["evidence"].extend(dict(ev) for ev in d.get("evidence", []))
            slot["articles"].update(d.get("articles", []))
            slot["articles"].update(ev.get("article", "") for ev in d.get("evidence", []))
            slot["types"].update(d.get("types", []))
            slot["modes"].update(d.get("modes", []))

    M = nx.Graph()
    for node in _sorted(nodes):
        M.add_node(node, label=node)
    for key in _sorted(acc):
        slot = acc[key]
        # fsum is correctly rounded, so the sum does not depend on graph order
        score = math.fsum(slot["scores"])
        articles = _sorted(slot["articles"])
        M.add_edge(
            *key,
            sign=_sign_of(score),
            weight=len(articles),
            score=score,
            types=_sorted(slot["types"]),
            modes=_sorted(slot["modes"]),
            evidence=sorted(slot["evidence"], key=_evidence_key),
            articles=articles,
        )
    return M


# ---------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------


class ExportError(OSError):
    """Raised when an export fails; the message names the target path and
    the original exception is chained as ``__cause__``."""


def _atomic_write(path, write: Callable) -> None:
    """Write via a temp file in the target directory, then ``os.replace``.

    ``write`` receives a binary file object.  On any failure the temp file is
    removed and an existing target is left untouched.
    """
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(
            dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
        )
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.exists(target):
            # keep the permissions of the file we replace
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        else:
            # mkstemp creates 0600 files; exports are meant to be shared
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        tmp = None
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, Exception):
            raise ExportError(f"failed to write {target}: {exc}") from exc
        raise
    # make the rename itself durable; not possible on every platform
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


# GEXF stores these keys as XML attributes with special meaning (edge "type"
# is directed/undirected, "start"/"end" make the graph dynamic), so they are
# renamed instead of being misread.
_GEXF_RENAME = {
    "node": {"id": "attr_id", "pid": "attr_pid", "start": "span_start", "end": "span_end"},
    "edge": {"id": "attr_id", "type": "event_type", "start": "span_start", "end": "span_end"},
}
for _scope in _GEXF_RENAME.values():
    _scope.update({k: f"attr_{k}" for k in ("viz", "parents", "slices", "spells")})


def _flatten_value(key, value):
    value = (
        _to_native(value) if not isinstance(value, (list, tuple, set, frozenset, dict)) else value
    )
    if value is None:
        return ""
    if isinstance(value, dict) or (
        isinstance(value, (list, tuple)) and any(isinstance(x, (dict, list, tuple)) for x in value)
    ):
        return json.dumps(value, sort_keys=True, default=_json_default)
    if key == "evidence":
        return json.dumps(list(value), sort_keys=True, default=_json_default)
    if isinstance(value, (set, frozenset)):
        value = _sorted(value)
    if isinstance(value, (list, tuple)):
        return ";".join("" if _is_missing(x) else str(_to_native(x)) for x in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _homogenize(records: list[dict]) -> None:
    # GraphML declares one type per key: mixed int/float becomes float, any
    # other mix becomes str, so every value of a key has the same XML type
    types: dict[str, set] = {}
    for data in records:
        for k, v in data.items():
            types.setdefault(k, set()).add(type(v))
    for k, ts in types.items():
        if len(ts) <= 1:
            continue
        cast = float if ts <= {int, float} else str
        for data in records:
            if k in data:
                data[k] = cast(data[k])


def _flatten_for_export(G: nx.Graph, rename: dict | None = None) -> nx.Graph:
    """Copy of ``G`` with attributes XML formats can store.

    Lists/sets become ``;``-joined strings, dicts and the ``evidence`` list
    become JSON strings, None becomes ``""``, numpy scalars become Python
    scalars; ``rename`` maps ``{"node"|"edge": {old: new}}`` attribute names.
    """
    rename = rename or {}
    H = G.__class__()
    H.graph.update({k: _flatten_value(k, v) for k, v in G.graph.items()})
    node_rename = rename.get("node", {})
    edge_rename = rename.get("edge", {})
    nodes = [
        (u, {node_rename.get(k, k): _flatten_value(k, v) for k, v in d.items()})
        for u, d in G.nodes(data=True)
    ]
    if G.is_multigraph():
        edges = [
            (u, v, key, {edge_rename.get(k, k): _flatten_value(k, x) for k, x in d.items()})
            for u, v, key, d in G.edges(keys=True, data=True)
        ]
    else:
        edges = [
            (u, v, {edge_rename.get(k, k): _flatten_value(k, x) for k, x in d.items()})
            for u, v, d in G.edges(data=True)
        ]
    _homogenize([attrs for _, attrs in nodes])
    _homogenize([e[-1] for e in edges])
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    return H


def _json_default(obj):
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, (set, frozenset)):
        return _sorted(obj)
    if hasattr(obj, "isoformat"):  # pandas Timestamp, datetime, date
        return obj.isoformat()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def export_gexf(G: nx.Graph, path) -> None:
    """Write ``G`` to GEXF atomically.

    List attributes are ``;``-joined, ``evidence`` becomes a JSON string, and
    attribute names GEXF reserves are renamed (edge ``type`` ->
    ``event_type``, ``start``/``end`` -> ``span_start``/``span_end``, others
    get an ``attr_`` prefix).

    Parameters
    ----------
    G : networkx.Graph
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import networkx as nx
    >>> import os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, types=["AGREE", "CONSULT"])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_gexf(G, os.path.join(d, "g.gexf"))
    ...     H = nx.read_gexf(os.path.join(d, "g.gexf"))
    >>> H.edges["RUS", "IRN"]["types"]
    'AGREE;CONSULT'
    """
    import networkx as nx

    # flattening happens inside the write so its errors also name the path
    _atomic_write(path, lambda fh: nx.write_gexf(_flatten_for_export(G, _GEXF_RENAME), fh))


def export_graphml(G: nx.Graph, path) -> None:
    """Write ``G`` to GraphML atomically.

    List attributes are ``;``-joined and ``evidence`` becomes a JSON string.

    Parameters
    ----------
    G : networkx.Graph
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import networkx as nx
    >>> import os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, types=["AGREE"])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_graphml(G, os.path.join(d, "g.graphml"))
    ...     H = nx.read_graphml(os.path.join(d, "g.graphml"))
    >>> H.edges["RUS", "IRN"]["sign"]
    1
    """
    import networkx as nx

    _atomic_write(path, lambda fh: nx.write_graphml(_flatten_for_export(G), fh))


def export_node_link(G: nx.Graph, path) -> None:
    """Write ``G`` as node-link JSON (``edges="edges"``) atomically.

    Keys are sorted and the JSON is indented by 2; lists and dicts are kept
    as such.  Read back with ``nx.node_link_graph(data, edges="edges")``.

    Parameters
    ----------
    G : networkx.Graph
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import networkx as nx
    >>> import json, os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, types=["AGREE"])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_node_link(G, os.path.join(d, "g.json"))
    ...     with open(os.path.join(d, "g.json")) as fh:
    ...         H = nx.node_link_graph(json.load(fh), edges="edges")
    >>> H.edges["RUS", "IRN"]["types"]
    ['AGREE']
    """
    import networkx as nx

    def write(fh):
        data = nx.node_link_data(G, edges="edges")
        text = json.dumps(data, sort_keys=True, indent=2, default=_json_default) + "\n"
        fh.write(text.encode("utf-8"))

    _atomic_write(path, write)


def export_csv(df: pd.DataFrame, path) -> None:
    """Write a DataFrame to CSV (UTF-8, no index, ``\\n`` endings) atomically.

    Parameters
    ----------
    df : pandas.DataFrame
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import os, tempfile
    >>> import pandas as pd
    >>> df = pd.DataFrame({"u": ["IRN"], "v": ["RUS"], "sign": [1]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_csv(df, os.path.join(d, "edges.csv"))
    ...     back = pd.read_csv(os.path.join(d, "edges.csv"))
    >>> back.values.tolist()
    [['IRN', 'RUS', 1]]
    """
    _atomic_write(
        path, lambda fh: fh.write(df.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    )
