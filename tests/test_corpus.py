"""Corpus analysis: streamed, multi-process and on a Dask cluster, all giving the same result."""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import alignkit

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for p in [alignkit.SEED, *sorted(ARTICLES.glob("*.txt"))]:
        shutil.copy(p, folder / p.name)
    shutil.copy(alignkit.SEED.with_name("russia-iran-ties.meta.json"), folder)
    return folder


@pytest.fixture(scope="module")
def single(corpus_dir):
    return alignkit.analyze_corpus(corpus_dir, processes=1, progress=False)


def _same(a, b):
    assert a.articles == b.articles
    for name in ("mentions", "events", "statements"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert nx.utils.graphs_equal(a.network, b.network)
    assert sorted(a.network.edges(data=True)) == sorted(b.network.edges(data=True))
    assert a.blocs == b.blocs


def test_corpus_tables_and_merged_network(single, corpus_dir):
    n = len(list(corpus_dir.glob("*.txt")))
    assert len(single.articles) == n
    assert set(single.events["article"]) <= set(single.articles)
    seed = single.events[single.events["article"] == "russia-iran-ties"]
    assert len(seed) == len(alignkit.analyze(alignkit.SEED).events)
    for _, _, d in single.network.edges(data=True):
        assert d["weight"] == len(d["articles"])  # edge weight counts articles
    # RUS-PRK cooperation appears in the seed and in the hand-built article
    assert single.network.edges["PRK", "RUS"]["weight"] >= 2


def test_merged_network_is_the_country_graph_of_all_events(single):
    # Workers group their chunk's evidence; the joined groups must give the graph that
    # country_graph builds from the whole events table (only weight differs: articles).
    from alignkit.network import country_graph

    G = country_graph(single.events)
    assert list(G.nodes) == list(single.network.nodes)
    assert len(G.edges) == len(single.network.edges) >= 9
    for u, v, d in G.edges(data=True):
        merged = dict(single.network.edges[u, v])
        assert merged.pop("weight") == len(d["articles"])
        assert merged == {k: x for k, x in d.items() if k != "weight"}


def test_all_local_cores_give_the_same_result(single, corpus_dir):
    _same(single, alignkit.analyze_corpus(corpus_dir, processes=2, chunksize=2, progress=False))


def test_dask_cluster_gives_the_same_result(single, corpus_dir):
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = alignkit.analyze_corpus(corpus_dir, client=client, chunksize=2, progress=False)
    _same(single, result)


def test_dask_frames_on_request(corpus_dir):
    import dask.dataframe as dd

    c = alignkit.analyze_corpus(corpus_dir, processes=1, progress=False, dask_frames=True)
    assert isinstance(c.events, dd.DataFrame)
    assert len(c.events.compute()) > 0


def test_streams_a_generator_of_paths(corpus_dir):
    paths = (p for p in sorted(corpus_dir.glob("*.txt")))
    c = alignkit.analyze_corpus(paths, processes=1, progress=False)
    assert len(c.articles) == len(list(corpus_dir.glob("*.txt")))
