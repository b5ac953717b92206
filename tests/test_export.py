"""Analysis.export: the network for Gephi and the tables as CSV, every file complete."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd


def test_export_writes_readable_files(seed_analysis, tmp_path):
    paths = seed_analysis.export(tmp_path)
    assert {p.suffix for p in paths} == {".gexf", ".graphml", ".json", ".csv"}
    G = nx.read_gexf(next(p for p in paths if p.suffix == ".gexf"))
    assert set(G.nodes) == set(seed_analysis.network.nodes)
    H = nx.read_graphml(next(p for p in paths if p.suffix == ".graphml"))
    assert H.number_of_edges() == seed_analysis.network.number_of_edges()
    data = json.loads(next(p for p in paths if p.suffix == ".json").read_text())
    assert len(data["edges"]) == seed_analysis.network.number_of_edges()
    events = pd.read_csv(tmp_path / "russia-iran-ties.events.csv")
    assert len(events) == len(seed_analysis.events)
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind
