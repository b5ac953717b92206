"""Corpus merging: one country graph from the graphs of many articles."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx


from ._common import _evidence_key, _sign_of, _sorted


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
