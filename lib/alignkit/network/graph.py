"""Graph construction: the country-level signed graph and the actor-level multigraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd


from ._common import (
    _clean_str,
    _event_records,
    _evidence_key,
    _evidence_of,
    _sign_of,
    _to_native,
    _validate_events,
)
from .occasions import tally


def country_graph(events: pd.DataFrame) -> nx.Graph:
    """Build the country-level signed alignment graph.

    Each non-denied event whose actors both stand for a country or bloc
    contributes one piece of evidence to the undirected edge between
    ``source_country`` and ``target_country``. Pieces that tell the same
    happening are one occasion (:mod:`alignkit.network.occasions`): the edge
    counts and scores occasions, not mentions.

    Parameters
    ----------
    events : pandas.DataFrame
        Coded events.  Required columns: ``source``, ``target``,
        ``source_country``, ``target_country``, ``type``, ``sign`` (+1/-1),
        ``intensity`` (> 0) and ``mode``.  ``article``, ``start``, ``end``,
        ``sentence``, ``block``, ``trigger`` and ``origin`` are copied into the
        evidence when present (``article`` defaults to ``""``, missing offsets
        to None).

    Returns
    -------
    networkx.Graph
        Nodes are country/bloc ids (inserted in sorted order) with attribute
        ``label`` equal to the id.  Every edge carries

        ``score``
            ``math.fsum`` over its occasions of the strongest
            ``sign * intensity`` among each occasion's pieces;
        ``sign``
            +1 if ``score > 0`` else -1.  An exact tie (``score == 0``) is
            read as -1: balanced cooperation and conflict is treated as
            non-alignment, not alignment;
        ``weight``
            number of occasions (``len(evidence)`` is the number of pieces);
        ``types``, ``modes``, ``articles``
            sorted lists of the distinct values;
        ``evidence``
            list of dicts with keys :data:`EVIDENCE_FIELDS`, sorted by
            ``(article, start)`` (remaining fields break ties); ``occasion``
            is the sentence that tells the piece's occasion
            (:func:`~alignkit.network.occasions.occasion_of`).

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
        items = sorted(grouped[(a, b)], key=lambda item: _evidence_key(item[0]))
        evidence, weight, score = tally([ev for ev, _ in items], [s for _, s in items])
        edges[(a, b)] = dict(
            sign=_sign_of(score),
            weight=weight,
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
        attributes (None for actors absent from the table), and a place
        (``type == "place"``: "a visit to Moscow") is no actor of its own: its
        events are drawn on its country.
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

    A place is drawn as its country:

    >>> visit = events.assign(source="masoud-pezeshkian", target="moscow",
    ...                       source_country="IRN", target_country="RUS", type="CONSULT")
    >>> places = pd.DataFrame({"actor": ["moscow"], "name": ["Moscow"], "type": ["place"],
    ...                        "country": ["RUS"]})
    >>> list(actor_graph(visit, places).edges())
    [('masoud-pezeshkian', 'RUS')]
    """
    records = _checked_records(events, include_denied)
    meta = _actor_meta(actors) if actors is not None else {}
    records = _fold_places(records, meta)
    return _event_multigraph(records, meta, with_meta=actors is not None)


def _checked_records(events: pd.DataFrame, include_denied: bool) -> list[dict]:
    """The event rows as records; a ValueError for one without a source or target."""
    _validate_events(events)
    records = _event_records(events, include_denied=include_denied)
    for pos, row in enumerate(records):
        if not _clean_str(row.get("source")) or not _clean_str(row.get("target")):
            raise ValueError(f"event {pos} has an empty source or target actor")
    return records


def _actor_meta(actors: pd.DataFrame) -> dict[str, dict]:
    """Actor id -> name, type and country; the first row wins on duplicate actor ids,
    so the result is stable."""
    meta: dict[str, dict] = {}
    need = [c for c in ("actor", "name", "type", "country") if c not in actors.columns]
    if need:
        raise ValueError(f"actors is missing required columns: {need}")
    for row in actors.to_dict("records"):
        actor = _clean_str(row["actor"])
        if actor and actor not in meta:
            meta[actor] = {k: _to_native(row[k]) for k in ("name", "type", "country")}
    return meta


def _fold_places(records: list[dict], meta: dict[str, dict]) -> list[dict]:
    """A place stands for its country (the country graph reads it so too); an event
    between a place and its own country goes."""
    fold = {a: m["country"] for a, m in meta.items() if m["type"] == "place" and m["country"]}
    if fold:
        records = [
            {
                **r,
                "source": fold.get(r["source"], r["source"]),
                "target": fold.get(r["target"], r["target"]),
            }
            for r in records
        ]
        records = [r for r in records if r["source"] != r["target"]]
    return records


def _event_multigraph(records: list[dict], meta: dict[str, dict], with_meta: bool):
    """One node per actor (sorted, with its metadata when ``with_meta``), one edge per
    event record, in order."""
    import networkx as nx

    G = nx.MultiDiGraph()
    nodes = {str(r["source"]) for r in records} | {str(r["target"]) for r in records}
    for node in sorted(nodes):
        attrs = {"label": node}
        if with_meta:
            attrs.update(meta.get(node, {"name": None, "type": None, "country": None}))
        G.add_node(node, **attrs)
    for row in records:
        G.add_edge(str(row["source"]), str(row["target"]), **row)
    return G
