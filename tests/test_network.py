"""Tests for alignkit.network."""

from __future__ import annotations

import itertools
import json
import os
import random
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import alignkit
from alignkit import network
from alignkit.network import (
    EVIDENCE_FIELDS,
    BalanceResult,
    ExportError,
    actor_graph,
    balance_partition,
    centrality,
    country_graph,
    edge_table,
    evidence_table,
    export_csv,
    export_gexf,
    export_graphml,
    export_node_link,
    merge_graphs,
)

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

QUAD = {1: "verbal cooperation", -1: "verbal conflict"}


def event(src, tgt, sc, tc, typ="CONSULT", sign=1, intensity=1.0, mode="actual", **kw):
    row = {
        "source": src,
        "target": tgt,
        "source_country": sc,
        "target_country": tc,
        "type": typ,
        "quad": QUAD[sign],
        "sign": sign,
        "intensity": intensity,
        "mode": mode,
        "date": None,
        "sentence": 0,
        "start": 0,
        "end": 10,
        "trigger": "met",
        "origin": "event",
    }
    row.update(kw)
    return row


def frame(rows):
    return pd.DataFrame(rows)


def signed_graph(edges):
    G = nx.Graph()
    for u, v, s in edges:
        G.add_edge(u, v, sign=s)
    return G


def random_signed_graph(n, m, seed, score=False):
    rng = random.Random(seed)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    pairs = list(itertools.combinations(range(n), 2))
    rng.shuffle(pairs)
    for u, v in pairs[:m]:
        attrs = {"sign": rng.choice([1, -1])}
        if score:
            attrs["score"] = round(rng.uniform(-5, 5), 3)
        G.add_edge(u, v, **attrs)
    return G


def brute_force_frustration(G):
    """Plain reference: try every 2-colouring."""
    nodes = list(G.nodes)
    best = None
    for bits in itertools.product((0, 1), repeat=len(nodes)):
        side = dict(zip(nodes, bits, strict=True))
        count = 0
        for u, v, d in G.edges(data=True):
            same = side[u] == side[v]
            if (d["sign"] > 0 and not same) or (d["sign"] < 0 and same):
                count += 1
        best = count if best is None else min(best, count)
    return best


def frustration_of(G, blocs):
    side = {u: 0 for u in blocs[0]} | {u: 1 for u in blocs[1]}
    return sum(1 for u, v, d in G.edges(data=True) if (d["sign"] > 0) == (side[u] != side[v]))


def check_consistent(G, res):
    """Blocs partition the nodes and the reported frustration matches them."""
    assert isinstance(res, BalanceResult)
    assert res.blocs[0] | res.blocs[1] == set(G.nodes)
    assert not res.blocs[0] & res.blocs[1]
    assert res.frustration == frustration_of(G, res.blocs) == len(res.frustrated_edges)
    assert res.frustrated_edges == sorted(res.frustrated_edges)
    assert all(u < v for u, v in res.frustrated_edges)


# ---------------------------------------------------------------------------
# country_graph
# ---------------------------------------------------------------------------


@pytest.fixture
def events():
    return frame(
        [
            event("vladimir-putin", "IRN", "RUS", "IRN", "AGREE", 1, 2.0, article="a2", start=50),
            event("RUS", "IRN", "RUS", "IRN", "AID", 1, 1.0, "expected", article="a1", start=5),
            event("USA", "RUS", "USA", "RUS", "SANCTION", -1, 3.0, article="a1", start=9),
            event("RUS", "USA", "RUS", "USA", "CONSULT", 1, 1.0, "denied", article="a1"),
            event("kurds", "TUR", None, "TUR", "FIGHT", -1, 5.0, article="a1"),
            event("RUS", "RUS", "RUS", "RUS", "AGREE", 1, 1.0, article="a1"),
            event("WEST", "RUS", "WEST", "RUS", "ACCUSE", -1, 1.0, article="a3", start=0),
            event("USA", "RUS", "USA", "RUS", "ACCUSE", -1, 1.0, "claimed", article="a3"),
        ]
    )


def test_country_graph_nodes_sorted_with_label(events):
    G = country_graph(events)
    assert list(G.nodes) == ["IRN", "RUS", "USA", "WEST"]
    assert all(G.nodes[n]["label"] == n for n in G)
    assert "TUR" not in G  # the other end stands for no state


def test_country_graph_edge_attributes(events):
    G = country_graph(events)
    e = G.edges["RUS", "IRN"]
    assert e["sign"] == 1
    assert e["weight"] == 2
    assert e["score"] == pytest.approx(3.0)
    assert e["types"] == ["AGREE", "AID"]
    assert e["modes"] == ["actual", "expected"]
    assert e["articles"] == ["a1", "a2"]
    assert [(ev["article"], ev["start"]) for ev in e["evidence"]] == [("a1", 5), ("a2", 50)]
    assert set(e["evidence"][0]) == set(EVIDENCE_FIELDS)
    assert e["evidence"][1]["source"] == "vladimir-putin"
    assert e["evidence"][0]["origin"] == "event"


def test_country_graph_skips_denied_and_self_loops(events):
    G = country_graph(events)
    us = G.edges["RUS", "USA"]
    # the denied CONSULT does not count
    assert us["weight"] == 2
    assert us["score"] == pytest.approx(-4.0)
    assert us["sign"] == -1
    assert "CONSULT" not in us["types"]
    assert us["modes"] == ["actual", "claimed"]
    assert not list(nx.selfloop_edges(G))


def test_country_graph_tie_is_negative():
    ev = frame(
        [
            event("RUS", "CHN", "RUS", "CHN", "AGREE", 1, 2.0),
            event("RUS", "CHN", "RUS", "CHN", "ACCUSE", -1, 2.0),
        ]
    )
    e = country_graph(ev).edges["CHN", "RUS"]
    assert e["score"] == 0.0
    assert e["sign"] == -1


def test_country_graph_article_defaults_to_empty():
    ev = frame([event("RUS", "CHN", "RUS", "CHN")])
    e = country_graph(ev).edges["CHN", "RUS"]
    assert e["articles"] == [""]
    assert e["evidence"][0]["article"] == ""


def test_country_graph_empty_country_strings_and_nan():
    ev = frame(
        [
            event("a", "b", "", "RUS"),
            event("a", "b", "RUS", float("nan")),
            event("RUS", "CHN", "RUS", "CHN"),
        ]
    )
    G = country_graph(ev)
    assert list(G.edges) == [("CHN", "RUS")]


def test_country_graph_deterministic_under_row_order(events):
    a = country_graph(events)
    b = country_graph(events.iloc[::-1].reset_index(drop=True))
    assert list(a.nodes) == list(b.nodes)
    assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_country_graph_empty_frame():
    G = country_graph(pd.DataFrame(columns=list(event("a", "b", "A", "B"))))
    assert G.number_of_nodes() == 0


def test_country_graph_errors():
    with pytest.raises(ValueError, match="missing required columns"):
        country_graph(pd.DataFrame({"source": ["a"]}))
    with pytest.raises(ValueError, match="sign"):
        country_graph(frame([event("a", "b", "A", "B", sign=1) | {"sign": 0}]))
    with pytest.raises(ValueError, match="intensity"):
        country_graph(frame([event("a", "b", "A", "B", intensity=0.0)]))
    with pytest.raises(TypeError):
        country_graph("events.csv")


def test_records_and_dataframe_give_the_same_graph():
    rows = [event("a", "b", "A", "B"), event("c", "b", "C", "B", sign=-1)]
    g1, g2 = country_graph(rows), country_graph(frame(rows))
    assert sorted(g1.edges(data=True)) == sorted(g2.edges(data=True))


def test_denied_row_is_not_validated():
    # denied rows are dropped before validation: they are not evidence
    row = event("a", "b", "A", "B", mode="denied") | {"intensity": None}
    assert country_graph(frame([row])).number_of_edges() == 0


# ---------------------------------------------------------------------------
# actor_graph
# ---------------------------------------------------------------------------


def test_actor_graph_edges_and_metadata(events):
    actors = pd.DataFrame(
        {
            "actor": ["vladimir-putin", "RUS", "IRN"],
            "name": ["Vladimir Putin", "Russia", "Iran"],
            "type": ["person", "country", "country"],
            "country": ["RUS", "RUS", "IRN"],
        }
    )
    G = actor_graph(events, actors)
    assert isinstance(G, nx.MultiDiGraph)
    assert list(G.nodes) == sorted(G.nodes)
    # 8 rows, 1 denied
    assert G.number_of_edges() == 7
    assert G.nodes["vladimir-putin"] == {
        "label": "vladimir-putin",
        "name": "Vladimir Putin",
        "type": "person",
        "country": "RUS",
    }
    assert G.nodes["kurds"]["type"] is None
    data = G.get_edge_data("vladimir-putin", "IRN")[0]
    assert data["type"] == "AGREE"
    assert data["quad"] == "verbal cooperation"
    assert data["intensity"] == 2.0
    assert data["article"] == "a2"
    assert data["date"] is None
    assert data["source_country"] == "RUS"
    assert G.number_of_edges("RUS", "RUS") == 1  # actor self-events are kept


def test_actor_graph_include_denied_and_no_actors(events):
    G = actor_graph(events, include_denied=True)
    assert G.number_of_edges() == 8
    assert G.nodes["RUS"] == {"label": "RUS"}


def test_actor_graph_rejects_empty_actor():
    with pytest.raises(ValueError, match="empty source or target"):
        actor_graph(frame([event("", "b", "A", "B")]))


# ---------------------------------------------------------------------------
# balance_partition
# ---------------------------------------------------------------------------


def test_balanced_triangle():
    G = signed_graph([("A", "B", 1), ("B", "C", 1), ("A", "C", 1)])
    res = balance_partition(G)
    assert res.frustration == 0
    assert res.blocs == (frozenset("ABC"), frozenset())
    assert res.exact


@pytest.mark.parametrize(
    "signs",
    [(1, 1, -1), (1, -1, 1), (-1, 1, 1), (-1, -1, -1)],
)
def test_unbalanced_triangles(signs):
    G = signed_graph([("A", "B", signs[0]), ("B", "C", signs[1]), ("A", "C", signs[2])])
    res = balance_partition(G)
    check_consistent(G, res)
    assert res.frustration == 1


def test_all_negative_triangle_canonical():
    G = signed_graph([("A", "B", -1), ("B", "C", -1), ("A", "C", -1)])
    res = balance_partition(G)
    # all degrees tie: A is the hub; the lexicographically smallest optimum in
    # BFS order (A, B, C) with A fixed on side 0 has sides (0, 0, 1)
    assert res.blocs == (frozenset({"A", "B"}), frozenset({"C"}))
    assert res.frustrated_edges == [("A", "B")]


def test_four_cycle_two_camps():
    G = signed_graph([("A", "B", 1), ("C", "D", 1), ("A", "C", -1), ("B", "D", -1)])
    res = balance_partition(G)
    assert res.frustration == 0
    assert res.blocs == (frozenset("AB"), frozenset("CD"))


def test_two_disjoint_enemy_pairs():
    G = signed_graph([("A", "B", -1), ("C", "D", -1)])
    res = balance_partition(G)
    assert res.frustration == 0
    # each component puts its hub (ties -> smallest id) on side 0
    assert res.blocs == (frozenset("AC"), frozenset("BD"))


def test_seed_like_graph():
    G = signed_graph(
        [
            ("RUS", "IRN", 1),
            ("RUS", "PRK", 1),
            ("RUS", "UKR", -1),
            ("USA", "IRN", -1),
            ("USA", "RUS", -1),
            ("USA", "PRK", -1),
            ("USA", "CHN", -1),
            ("WEST", "RUS", -1),
        ]
    )
    res = balance_partition(G)
    assert res.blocs == (
        frozenset({"RUS", "IRN", "PRK", "CHN"}),
        frozenset({"USA", "UKR", "WEST"}),
    )
    assert res.frustration == 0
    assert res.frustrated_edges == []
    assert res.exact


def test_seed_like_from_events():
    rows = [
        event("RUS", "IRN", "RUS", "IRN", "COOPERATE", 1, article="a1"),
        event("RUS", "PRK", "RUS", "PRK", "AID", 1, article="a1"),
        event("RUS", "UKR", "RUS", "UKR", "FIGHT", -1, 10.0, article="a1"),
        event("USA", "IRN", "USA", "IRN", "SANCTION", -1, article="a1"),
        event("USA", "RUS", "USA", "RUS", "ACCUSE", -1, article="a1"),
        event("USA", "PRK", "USA", "PRK", "THREATEN", -1, article="a1"),
        event("USA", "CHN", "USA", "CHN", "ACCUSE", -1, article="a1"),
        event("WEST", "RUS", "WEST", "RUS", "SANCTION", -1, article="a1"),
    ]
    res = balance_partition(country_graph(frame(rows)))
    assert res.blocs[0] == {"RUS", "IRN", "PRK", "CHN"}
    assert res.frustration == 0


def test_hub_orientation_and_isolated_nodes():
    G = signed_graph([("B", "A", -1), ("B", "C", -1), ("B", "D", -1)])
    G.add_node("Z")
    res = balance_partition(G)
    assert "B" in res.blocs[0]  # highest degree
    assert res.blocs == (frozenset({"B", "Z"}), frozenset({"A", "C", "D"}))


def test_empty_graph():
    res = balance_partition(nx.Graph())
    assert res == BalanceResult((frozenset(), frozenset()), 0, [], True)


def test_self_loops():
    G = signed_graph([("A", "A", -1), ("B", "B", 1), ("A", "B", 1)])
    res = balance_partition(G)
    assert res.frustration == 1
    assert res.frustrated_edges == [("A", "A")]


def test_rejects_directed_and_missing_sign():
    with pytest.raises(nx.NetworkXNotImplemented):
        balance_partition(nx.DiGraph([("A", "B")]))
    with pytest.raises(ValueError, match="sign"):
        balance_partition(nx.Graph([("A", "B")]))


@pytest.mark.parametrize("seed", range(6))
def test_random_12_nodes_matches_brute_force(seed):
    G = random_signed_graph(12, 30, seed)
    res = balance_partition(G)
    check_consistent(G, res)
    assert res.frustration == brute_force_frustration(G)
    assert res.exact


@pytest.mark.parametrize("seed", range(6))
def test_branch_and_bound_equals_enumeration(seed):
    G = random_signed_graph(14, 35, seed, score=True)
    by_enum = balance_partition(G)
    by_bb = balance_partition(G, enum_max_nodes=0)
    assert by_bb.exact
    assert by_bb == by_enum


def test_score_tie_break_prefers_frustrating_weak_edges():
    # unbalanced triangle: exactly one edge must be frustrated, the weakest
    G = nx.Graph()
    G.add_edge("A", "B", sign=1, score=5.0)
    G.add_edge("B", "C", sign=1, score=4.0)
    G.add_edge("A", "C", sign=-1, score=-0.5)
    assert balance_partition(G).frustrated_edges == [("A", "C")]
    G.edges["A", "C"]["score"] = -9.0
    assert balance_partition(G).frustrated_edges == [("B", "C")]


def test_weight_argument():
    G = nx.Graph()
    # four weak positive edges against one heavy negative edge
    G.add_edge("A", "B", sign=-1, w=10.0)
    for x in "CDEF":
        G.add_edge("A", x, sign=1, w=1.0)
        G.add_edge(x, "B", sign=1, w=1.0)
    unweighted = balance_partition(G)
    weighted = balance_partition(G, weight="w")
    assert unweighted.frustrated_edges == [("A", "B")]
    assert unweighted.frustration == 1
    assert ("A", "B") not in weighted.frustrated_edges
    assert weighted.frustration == 4


def test_twenty_nodes_completes_exactly():
    G = random_signed_graph(20, 60, 7)
    res = balance_partition(G)
    check_consistent(G, res)
    assert res.exact
    assert res == balance_partition(G, enum_max_nodes=0)


def test_local_search_fallback_is_local_optimum():
    G = random_signed_graph(30, 80, 3)
    res = balance_partition(G, enum_max_nodes=0, bb_budget=0)
    check_consistent(G, res)
    assert not res.exact
    exact = balance_partition(G, enum_max_nodes=0, bb_budget=10**7)
    assert exact.exact
    assert exact.frustration <= res.frustration
    side = {u: 0 for u in res.blocs[0]} | {u: 1 for u in res.blocs[1]}
    for u in G:
        side[u] ^= 1
        flipped = (frozenset(x for x in G if side[x] == 0), frozenset(x for x in G if side[x]))
        assert frustration_of(G, flipped) >= res.frustration
        side[u] ^= 1


def test_deterministic_under_insertion_order():
    G = random_signed_graph(15, 40, 11, score=True)
    H = nx.Graph()
    H.add_nodes_from(reversed(list(G.nodes)))
    H.add_edges_from(reversed(list(G.edges(data=True))))
    assert balance_partition(G) == balance_partition(H)


@st.composite
def balanced_graphs(draw):
    n = draw(st.integers(min_value=2, max_value=11))
    colour = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    # a random spanning tree keeps the graph connected
    edges = set()
    for v in range(1, n):
        u = draw(st.integers(0, v - 1))
        edges.add((u, v))
    extra = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=2 * n))
    edges |= {(min(u, v), max(u, v)) for u, v in extra if u != v}
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v in edges:
        G.add_edge(u, v, sign=1 if colour[u] == colour[v] else -1)
    return G, colour


@settings(max_examples=60, deadline=None, database=None)
@given(balanced_graphs())
def test_balanced_graph_recovers_colouring(case):
    G, colour = case
    res = balance_partition(G)
    assert res.frustration == 0
    assert res.exact
    camp0 = frozenset(u for u in G if colour[u] == 0)
    camp1 = frozenset(u for u in G if colour[u] == 1)
    assert set(res.blocs) == {camp0, camp1}


# ---------------------------------------------------------------------------
# centrality
# ---------------------------------------------------------------------------


def test_centrality_values():
    G = nx.Graph()
    G.add_edge("A", "B", sign=1, weight=2)
    G.add_edge("B", "C", sign=-1, weight=3)
    G.add_node("D")
    df = centrality(G)
    assert list(df.columns) == [
        "node",
        "degree",
        "positive_degree",
        "negative_degree",
        "strength",
        "betweenness",
        "eigenvector",
    ]
    assert df["node"].tolist() == ["A", "B", "C", "D"]
    assert df["degree"].tolist() == [1, 2, 1, 0]
    assert df["positive_degree"].tolist() == [1, 1, 0, 0]
    assert df["negative_degree"].tolist() == [0, 1, 1, 0]
    assert df["strength"].tolist() == [2.0, 5.0, 3.0, 0.0]
    # B lies on the only A-C path; 3 other pairs of the 4 nodes -> 1/3
    assert df["betweenness"].tolist() == pytest.approx([0.0, 1 / 3, 0.0, 0.0])
    eig = dict(zip(df["node"], df["eigenvector"], strict=True))
    assert eig["B"] > eig["C"] > eig["A"] > 0
    assert eig["D"] == pytest.approx(0.0, abs=1e-6)


def test_centrality_empty_and_edgeless():
    df = centrality(nx.Graph())
    assert df.empty
    assert "eigenvector" in df.columns
    G = nx.Graph()
    G.add_nodes_from(["B", "A"])
    df = centrality(G)
    assert df["node"].tolist() == ["A", "B"]
    assert df["eigenvector"].tolist() == [0.0, 0.0]


def test_centrality_eigenvector_fallback(monkeypatch):
    def fail(*args, **kwargs):
        raise nx.PowerIterationFailedConvergence(1000)

    monkeypatch.setattr(nx, "eigenvector_centrality", fail)
    G = signed_graph([("A", "B", 1), ("B", "C", -1)])
    assert centrality(G)["eigenvector"].tolist() == [0.0, 0.0, 0.0]


def test_centrality_on_actor_multigraph(events):
    df = centrality(actor_graph(events))
    assert df.loc[df["node"] == "USA", "degree"].item() == 2
    assert (df["eigenvector"] >= 0).all()


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------


def test_edge_table(events):
    G = country_graph(events)
    df = edge_table(G)
    assert list(df.columns) == [
        "u",
        "v",
        "sign",
        "weight",
        "score",
        "types",
        "modes",
        "n_evidence",
    ]
    assert list(zip(df["u"], df["v"], strict=True)) == [
        ("IRN", "RUS"),
        ("RUS", "USA"),
        ("RUS", "WEST"),
    ]
    row = df.iloc[1]
    assert row["types"] == "ACCUSE;SANCTION"
    assert row["modes"] == "actual;claimed"
    assert row["n_evidence"] == 2
    assert row["sign"] == -1
    assert edge_table(nx.Graph()).empty


def test_evidence_table(events):
    G = country_graph(events)
    df = evidence_table(G, "IRN", "RUS")
    assert list(df.columns) == list(EVIDENCE_FIELDS)
    assert df["article"].tolist() == ["a1", "a2"]
    assert df["type"].tolist() == ["AID", "AGREE"]
    with pytest.raises(KeyError):
        evidence_table(G, "IRN", "USA")


# ---------------------------------------------------------------------------
# merge_graphs
# ---------------------------------------------------------------------------


def article_graphs():
    a1 = frame(
        [
            event("RUS", "IRN", "RUS", "IRN", "AGREE", 1, 1.0, article="a1", start=3),
            event("RUS", "IRN", "RUS", "IRN", "AID", 1, 2.0, article="a1", start=1),
            event("USA", "RUS", "USA", "RUS", "ACCUSE", -1, 1.0, article="a1"),
        ]
    )
    a2 = frame(
        [
            event("USA", "RUS", "USA", "RUS", "CONSULT", 1, 0.1, "expected", article="a2"),
            event("USA", "IRN", "USA", "IRN", "THREATEN", -1, 2.0, article="a2"),
        ]
    )
    a3 = frame(
        [
            event("IRN", "RUS", "IRN", "RUS", "COOPERATE", 1, 0.2, article="a3", start=7),
            event("USA", "RUS", "USA", "RUS", "CONSULT", 1, 0.7, "proposed", article="a3"),
        ]
    )
    return [country_graph(a) for a in (a1, a2, a3)]


def test_merge_graphs_attributes():
    M = merge_graphs(article_graphs())
    assert list(M.nodes) == ["IRN", "RUS", "USA"]
    ri = M.edges["IRN", "RUS"]
    assert ri["articles"] == ["a1", "a3"]
    assert ri["weight"] == 2  # articles, not the 3 events
    assert len(ri["evidence"]) == 3
    assert [(e["article"], e["start"]) for e in ri["evidence"]] == [
        ("a1", 1),
        ("a1", 3),
        ("a3", 7),
    ]
    assert ri["score"] == pytest.approx(3.2)
    assert ri["types"] == ["AGREE", "AID", "COOPERATE"]
    ru = M.edges["RUS", "USA"]
    assert ru["score"] == pytest.approx(-0.2)
    assert ru["sign"] == -1
    assert ru["modes"] == ["actual", "expected", "proposed"]
    assert ru["weight"] == 3


def test_merge_graphs_sign_recomputed():
    g1 = country_graph(frame([event("A", "B", "A", "B", "ACCUSE", -1, 1.0, article="x")]))
    g2 = country_graph(frame([event("A", "B", "A", "B", "AID", 1, 3.0, article="y")]))
    assert merge_graphs([g1, g2]).edges["A", "B"]["sign"] == 1


def test_merge_graphs_order_independent():
    graphs = article_graphs()
    reference = merge_graphs(graphs)
    for perm in itertools.permutations(graphs):
        M = merge_graphs(list(perm))
        assert list(M.nodes(data=True)) == list(reference.nodes(data=True))
        assert list(M.edges(data=True)) == list(reference.edges(data=True))


def test_merge_graphs_empty():
    assert merge_graphs([]).number_of_nodes() == 0


# ---------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------


def test_gexf_round_trip(tmp_path, events):
    G = country_graph(events)
    path = tmp_path / "g.gexf"
    export_gexf(G, path)
    H = nx.read_gexf(path)
    assert set(H.nodes) == set(G.nodes)
    assert H.nodes["RUS"]["label"] == "RUS"
    e = H.edges["IRN", "RUS"]
    assert e["sign"] == 1
    assert float(e["weight"]) == 2.0
    assert e["score"] == pytest.approx(3.0)
    assert e["types"] == "AGREE;AID"
    assert e["articles"] == "a1;a2"
    assert json.loads(e["evidence"]) == G.edges["IRN", "RUS"]["evidence"]
    assert not [p for p in os.listdir(tmp_path) if p != "g.gexf"]


def test_gexf_actor_graph_reserved_names(tmp_path, events):
    G = actor_graph(events)
    path = tmp_path / "a.gexf"
    export_gexf(G, path)
    H = nx.read_gexf(path)
    assert H.number_of_edges() == G.number_of_edges()
    data = next(iter(H.get_edge_data("vladimir-putin", "IRN").values()))
    assert data["event_type"] == "AGREE"
    assert data["span_start"] == 50
    assert data["date"] == ""


def test_graphml_round_trip(tmp_path, events):
    G = country_graph(events)
    path = tmp_path / "g.graphml"
    export_graphml(G, str(path))
    H = nx.read_graphml(path)
    e = H.edges["RUS", "USA"]
    assert e["sign"] == -1
    assert e["weight"] == 2
    assert e["score"] == pytest.approx(-4.0)
    assert e["modes"] == "actual;claimed"
    assert json.loads(e["evidence"]) == G.edges["RUS", "USA"]["evidence"]
    assert H.nodes["WEST"]["label"] == "WEST"


def test_graphml_actor_graph_mixed_types(tmp_path, events):
    G = actor_graph(events)
    path = tmp_path / "a.graphml"
    export_graphml(G, path)
    H = nx.read_graphml(path)
    assert H.number_of_edges() == G.number_of_edges()


def test_node_link_round_trip(tmp_path, events):
    G = country_graph(events)
    path = tmp_path / "g.json"
    export_node_link(G, path)
    text = path.read_text()
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=2) + "\n"
    H = nx.node_link_graph(data, edges="edges")
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        assert H.edges[u, v] == d


def test_csv_round_trip(tmp_path, events):
    df = edge_table(country_graph(events))
    path = tmp_path / "edges.csv"
    export_csv(df, path)
    back = pd.read_csv(path)
    assert back["u"].tolist() == df["u"].tolist()
    assert back["types"].tolist() == df["types"].tolist()
    assert back["score"].tolist() == pytest.approx(df["score"].tolist())


def test_flatten_for_export_leaves_original_untouched(events):
    G = country_graph(events)
    H = network._flatten_for_export(G)
    assert isinstance(G.edges["IRN", "RUS"]["types"], list)
    assert H.edges["IRN", "RUS"]["types"] == "AGREE;AID"
    assert isinstance(H.edges["IRN", "RUS"]["evidence"], str)


def _failing_writer(G, fh, *args, **kwargs):
    fh.write(b"<partial")
    raise RuntimeError("disk on fire")


@pytest.mark.parametrize(
    ("exporter", "attr"),
    [(export_gexf, "write_gexf"), (export_graphml, "write_graphml")],
)
def test_failed_write_is_atomic(tmp_path, monkeypatch, exporter, attr):
    path = tmp_path / "out.file"
    path.write_text("precious")
    monkeypatch.setattr(nx, attr, _failing_writer)
    with pytest.raises(ExportError, match=str(path)) as info:
        exporter(signed_graph([("A", "B", 1)]), path)
    assert isinstance(info.value.__cause__, RuntimeError)
    assert path.read_text() == "precious"
    assert os.listdir(tmp_path) == ["out.file"]


def test_failed_json_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    path.write_text("precious")

    def bad_dumps(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(network.export.json, "dumps", bad_dumps)
    with pytest.raises(ExportError, match="g.json.*boom"):
        export_node_link(signed_graph([("A", "B", 1)]), path)
    assert path.read_text() == "precious"
    assert os.listdir(tmp_path) == ["g.json"]


def test_failed_fsync_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "edges.csv"
    path.write_text("precious")

    def bad_fsync(fd):
        raise OSError("fsync failed")

    monkeypatch.setattr(network.export.os, "fsync", bad_fsync)
    with pytest.raises(ExportError, match="edges.csv"):
        export_csv(pd.DataFrame({"a": [1]}), path)
    assert path.read_text() == "precious"
    assert os.listdir(tmp_path) == ["edges.csv"]


def test_missing_directory_names_path(tmp_path):
    path = tmp_path / "nope" / "g.json"
    with pytest.raises(ExportError, match="nope"):
        export_node_link(nx.Graph(), path)


def test_export_replaces_existing_file(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("old")
    export_node_link(signed_graph([("A", "B", 1)]), path)
    assert json.loads(path.read_text())["edges"][0]["sign"] == 1
    assert os.listdir(tmp_path) == ["g.json"]


# ---------------------------------------------------------------------------
# camps on plain dicts (the pipeline's path, which imports no networkx)
# ---------------------------------------------------------------------------

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


@pytest.mark.parametrize("seed", range(60))
def test_plain_adjacency_solves_like_the_graph(seed):
    G = random_signed_graph(1 + seed % 13, seed % 40, seed, score=True)
    rng = random.Random(seed)
    for u in list(G.nodes):
        if rng.random() < 0.15:  # self-loops count towards degree and frustration
            G.add_edge(u, u, sign=rng.choice([1, -1]))
    plain = {u: dict(G.adj[u]) for u in G}
    for weight in (None, "score"):
        assert network._balance(plain, weight) == balance_partition(G, weight)


@pytest.mark.parametrize("path", [alignkit.SEED, *ARTICLES], ids=lambda p: p.stem)
def test_analysis_camps_equal_balance_partition_of_its_network(path):
    an = alignkit.analyze(path)
    assert an.balance == balance_partition(an.network)
    assert sorted(an.network.edges) == sorted(an._country_edges[1])


# ---------------------------------------------------------------------------
# occasions: one happening told several times counts once
# ---------------------------------------------------------------------------

TRIP = (
    "Iran and Russia Deepen Cooperation\n\n"
    "Iranian President Masoud Pezeshkian visited Moscow to meet Russian President "
    "Vladimir Putin. Russia and Iran agreed to deepen cooperation. Later, Russia and Iran "
    "deepened cooperation on energy.\n\n"
    "Russian President Vladimir Putin shakes hands with Iranian President Masoud Pezeshkian "
    "in Moscow\n\n"
    "Moscow signed a new agreement with Tehran, officials said.\n"
)


def test_one_trip_told_in_a_sentence_and_a_caption_is_one_occasion():
    an = alignkit.analyze_text(TRIP)
    d = an.network.edges["IRN", "RUS"]
    consult = [e for e in d["evidence"] if e["type"] == "CONSULT"]
    blocks = sorted({e["block"] for e in consult})
    # the trip and the meeting in one sentence, and the caption's meeting: one occasion
    assert len(consult) >= 3 and blocks == ["body", "caption"], consult
    assert len({(e["type"], e["mode"], e["occasion"]) for e in consult}) == 1
    # the headline repeats the body's cooperation; two body sentences are two occasions
    coop = [e for e in d["evidence"] if e["type"] == "COOPERATE"]
    assert "headline" in {e["block"] for e in coop}
    body = {e["sentence"] for e in coop if e["block"] == "body"}
    assert {e["occasion"] for e in coop} == body and len(body) == 2
    assert d["weight"] == len({(e["type"], e["mode"], e["occasion"]) for e in d["evidence"]})
    assert d["weight"] < len(d["evidence"])


def test_occasions_score_once_and_keep_every_piece():
    rows = pd.DataFrame(
        {
            "source": ["RUS", "RUS", "RUS"],
            "target": ["USA", "USA", "USA"],
            "source_country": ["RUS", "RUS", "RUS"],
            "target_country": ["USA", "USA", "USA"],
            "type": ["ACCUSE", "ACCUSE", "CONSULT"],
            "sign": [-1, -1, 1],
            "intensity": [3.0, 3.0, 4.0],
            "mode": ["actual", "actual", "actual"],
            "sentence": [1, 1, 2],
            "start": [0, 10, 40],
            "end": [5, 15, 45],
        }
    )
    e = country_graph(rows).edges["RUS", "USA"]
    # the accusation told twice in one sentence weighs once: -3 + 4 > 0
    assert (e["weight"], e["score"], e["sign"], len(e["evidence"])) == (2, 1.0, 1, 3)
    # without sentence indexes every row is its own occasion
    e = country_graph(rows.drop(columns="sentence")).edges["RUS", "USA"]
    assert (e["weight"], e["score"], e["sign"]) == (3, -2.0, -1)
