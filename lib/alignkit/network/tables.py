"""Centrality and edge/evidence tables of a signed graph."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd


from ._common import EVIDENCE_FIELDS, _is_missing, _sorted


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
    pos, neg, strength = _signed_degrees(G, nodes)
    betweenness = nx.betweenness_centrality(G, normalized=True) if nodes else {}
    eigen = _eigenvector(G, nodes)

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


def _signed_degrees(G, nodes) -> tuple[dict, dict, dict]:
    """Per node: edges with a positive sign, with a negative sign, and the sum of weights."""
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
    return pos, neg, strength


def _eigenvector(G, nodes) -> dict:
    """Eigenvector centrality of |weight| sums, 0.0 everywhere when it cannot be had."""
    import networkx as nx

    eigen = dict.fromkeys(nodes, 0.0)
    if G.number_of_edges() == 0:
        return eigen
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
        pass  # all weights zero: nothing to rank
    return eigen


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
