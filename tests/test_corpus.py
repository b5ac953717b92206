"""Corpus analysis: streamed, multi-process and on a Dask cluster, all giving the same result."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import alignkit

ARTICLES = Path(__file__).parent / "articles"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


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


@pytest.fixture(scope="module")
def dask_client():
    """One two-worker cluster for the module's Dask tests, closed after the last one."""
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_cluster_gives_the_same_result(single, corpus_dir, dask_client):
    result = alignkit.analyze_corpus(corpus_dir, client=dask_client, chunksize=2, progress=False)
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


# ------------------------------------------------------------ bad files and duplicate ids


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """200 good files (three whose names give one slug) and 5 bad ones, as a path list:
    an empty file, undecodable bytes, a file of only non-breaking and zero-width spaces, a
    named pipe, and a file deleted between listing and reading."""
    folder = tmp_path_factory.mktemp("mixed")
    texts = [alignkit.SEED, *sorted(ARTICLES.glob("*.txt")), *sorted(CORPUS.glob("*.txt"))]
    shutil.copy(alignkit.SEED, folder / alignkit.SEED.name)
    for name in ["Iran Russia.txt", "iran-russia.txt"]:  # with russia-iran-ties: one slug
        shutil.copy(alignkit.SEED, folder / name)
    n = 3
    while n < GOOD:
        p = texts[n % len(texts)]
        shutil.copy(p, folder / f"copy{n:03d}-{p.name}")
        n += 1
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(b"Moscow talks. Erdo\xf0an \xff end.")
    (folder / "blank.txt").write_text("\u00a0\u200b \n\u2060", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "vanished.txt").write_text("Russia and Iran met. Talks.", encoding="utf-8")
    listing = [p for p in sorted(folder.iterdir()) if p.suffix == ".txt"]
    (folder / "vanished.txt").unlink()
    return folder, listing


GOOD = 200
BAD = ("blank.txt", "empty.txt", "latin1.txt", "pipe.txt", "vanished.txt")


def _good(listing):
    return [p for p in listing if p.name not in BAD]


EXPECTED_SKIPPED = [
    ("blank.txt", "the file is empty (only white space)"),
    ("empty.txt", "the file is empty"),
    ("latin1.txt", "not valid UTF-8: undecodable byte 0xf0 at byte offset 18"),
    ("pipe.txt", "not a regular file (a named pipe)"),
    ("vanished.txt", "no such file"),
]


@pytest.fixture(scope="module")
def skipped_single(mixed):
    return alignkit.analyze_corpus(mixed[1], processes=1, progress=False, on_error="skip")


def test_skip_keeps_every_good_result_and_names_the_bad_files(mixed, skipped_single):
    folder, listing = mixed
    assert len(_good(listing)) == GOOD
    c = skipped_single
    assert list(c.skipped.columns) == ["path", "problem"]
    assert [(Path(p).name, why) for p, why in c.skipped.itertuples(index=False)] == (
        EXPECTED_SKIPPED
    )
    assert list(c.skipped["path"]) == [str(folder / n) for n, _ in EXPECTED_SKIPPED]
    # the same as analyzing the good files alone
    _same(c, alignkit.analyze_corpus(_good(listing), processes=1, progress=False))
    assert len(c.articles) == GOOD


def test_skip_gives_the_same_result_on_every_back_end(mixed, skipped_single, dask_client):
    listing = mixed[1]
    pool = alignkit.analyze_corpus(
        listing, processes=2, chunksize=3, progress=False, on_error="skip"
    )
    dask = alignkit.analyze_corpus(
        listing, client=dask_client, chunksize=3, progress=False, on_error="skip"
    )
    # raise names the file on the cluster too (the error comes back pickled); which bad
    # file is met first depends on which chunk finishes first
    bad = "|".join(re.escape(f"{name}: {why}") for name, why in EXPECTED_SKIPPED)
    with pytest.raises(alignkit.ArticleError, match=bad):
        alignkit.analyze_corpus(listing, client=dask_client, chunksize=3, progress=False)
    for other in (pool, dask):
        _same(skipped_single, other)
        pd.testing.assert_frame_equal(skipped_single.skipped, other.skipped)


@pytest.mark.parametrize("processes", [1, 2])
def test_raise_names_the_bad_file_locally(mixed, processes):
    # Before: on the process pool, BrokenProcessPool naming no file (the error did not
    # unpickle).
    # the first bad file in list order (blank.txt) is the one named
    with pytest.raises(alignkit.ArticleError, match=r"/blank\.txt: the file is empty"):
        alignkit.analyze_corpus(mixed[1], processes=processes, chunksize=3, progress=False)


def test_skipped_files_show_in_the_progress_bar(mixed, capsys):
    bad = [p for p in mixed[1] if p.name in ("empty.txt", "latin1.txt")]  # two of the five
    c = alignkit.analyze_corpus([*bad, alignkit.SEED], processes=1, on_error="skip")
    assert c.articles == ["russia-iran-ties"] and len(c.skipped) == 2
    err = capsys.readouterr().err
    assert "skipped 2" in err and "latin1.txt: not valid UTF-8" in err


def test_same_slug_files_stay_separate_articles(skipped_single):
    c = skipped_single
    ids = [a for a in c.articles if a in ("iran-russia", "iran-russia-2", "russia-iran-ties")]
    assert sorted(ids) == ["iran-russia", "iran-russia-2", "russia-iran-ties"]
    # Iran Russia.txt and iran-russia.txt both slug to iran-russia: two articles, both
    # counted in the edge weight (the seed's four copies carry IRN-RUS).
    edge = c.network.edges["IRN", "RUS"]
    assert {"iran-russia", "iran-russia-2", "russia-iran-ties"} <= set(edge["articles"])
    assert edge["weight"] == len(edge["articles"]) >= 4


def test_three_names_one_slug_on_every_back_end(tmp_path):
    for name in ["Iran Russia.txt", "iran-russia.txt", "iran_russia.txt"]:
        shutil.copy(alignkit.SEED, tmp_path / name)
    one = alignkit.analyze_corpus(tmp_path, processes=1, progress=False)
    assert one.articles == ["iran-russia", "iran-russia-2", "iran-russia-3"]
    assert one.network.edges["IRN", "RUS"]["weight"] == 3
    assert set(one.events["article"]) == set(one.articles)
    _same(one, alignkit.analyze_corpus(tmp_path, processes=2, chunksize=1, progress=False))
    art = alignkit.load_article(alignkit.SEED)
    twice = alignkit.analyze_corpus([art, art], processes=1, progress=False)
    assert twice.articles == ["russia-iran-ties", "russia-iran-ties-2"]
    assert art.id == "russia-iran-ties"  # the caller's Article is not renamed


def test_bad_arguments(tmp_path):
    with pytest.raises(ValueError, match="on_error"):
        alignkit.analyze_corpus([alignkit.SEED], processes=1, progress=False, on_error="ignore")
    with pytest.raises(TypeError, match="item 0 is a int"):
        alignkit.analyze_corpus([7], processes=1, progress=False)
    with pytest.raises(alignkit.ArticleError, match="no such folder"):
        alignkit.analyze_corpus(tmp_path / "missing", processes=1, progress=False)
    one = alignkit.analyze_corpus(alignkit.SEED, processes=1, progress=False)
    assert one.articles == ["russia-iran-ties"] and one.skipped.empty


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_folder_is_skipped_not_waited_on(tmp_path):
    import threading

    shutil.copy(alignkit.SEED, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "b.txt")
    out = {}
    run = threading.Thread(
        target=lambda: out.setdefault(
            "c", alignkit.analyze_corpus(tmp_path, processes=1, progress=False, on_error="skip")
        ),
        daemon=True,
    )
    run.start()
    run.join(30)
    assert not run.is_alive(), "analyze_corpus blocked on the FIFO"
    c = out["c"]
    assert c.articles == ["a"]
    assert c.skipped.values.tolist() == [
        [str(tmp_path / "b.txt"), "not a regular file (a named pipe)"]
    ]
