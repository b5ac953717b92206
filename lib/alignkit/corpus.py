"""Analyze many articles: streamed, on all local cores, or on a Dask cluster.

Workers return one compact DataFrame per table and chunk, and the chunk's network evidence
grouped by country pair; never spaCy Docs, so a year of coverage streams through in bounded
memory. The parent joins the groups and builds the merged network once, at the end.

Examples
--------
>>> import alignkit
>>> corpus = analyze_corpus([alignkit.SEED], processes=1, progress=False)
>>> corpus.articles, sorted(corpus.blocs[0])
(['russia-iran-ties'], ['CHN', 'IRN', 'PRK', 'RUS'])
>>> corpus.network.edges["IRN", "RUS"]["weight"]  # edge weight counts articles
1
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pandas as pd

from .article import ARTICLE_SUFFIXES, Article
from .events import EVENT_COLUMNS
from .pipeline import MENTION_COLUMNS, analyze, prepare
from .statements import STATEMENT_COLUMNS

__all__ = ["CorpusAnalysis", "analyze_corpus", "iter_items"]


@dataclass
class CorpusAnalysis:
    """Tables of many articles (each with an ``article`` column) and their merged network.

    ``network`` is the signed country graph over all articles; an edge's ``weight`` is the
    number of articles that carry evidence for the pair, ``articles`` lists them.
    """

    articles: list[str]
    mentions: pd.DataFrame
    events: pd.DataFrame
    statements: pd.DataFrame
    network: object
    balance: object

    @property
    def blocs(self):
        return self.balance.blocs

    @property
    def frustration(self) -> int:
        return self.balance.frustration


def iter_items(articles) -> Iterator:
    """Expand folders into their article files (sorted); pass Articles and paths through."""
    if isinstance(articles, (str, Path)) and Path(articles).is_dir():
        articles = [articles]
    for item in articles:
        if isinstance(item, (str, Path)) and Path(item).is_dir():
            yield from (
                p
                for p in sorted(Path(item).iterdir())
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
        else:
            yield item


def _records(item) -> tuple:
    """Analyze one article; return (id, mention rows, event rows, statement rows, grouped
    network evidence)."""
    an = analyze(item if isinstance(item, Article) else Path(item))
    aid = an.article.id
    mentions = [
        (m.start, m.end, m.text, m.actor, m.kind, m.sentence, aid) for m in an.tagged.mentions
    ]
    events = [tuple(r.values()) for r in an._event_rows]
    statements = [(*s.as_row().values(), aid) for s in an.statement_records]
    return aid, mentions, events, statements, an._evidence_groups


_FRAMES = (
    [*MENTION_COLUMNS, "article"],
    [*EVENT_COLUMNS, "article"],
    [*STATEMENT_COLUMNS, "article"],
)


def _batch(items: list) -> tuple[list[str], list[pd.DataFrame], dict]:
    """Analyze a chunk; its tables as DataFrames (compact columns, cheap to send back) and
    its network evidence grouped by country pair (so the parent only has to join groups)."""
    recs = [_records(i) for i in items]
    frames = [
        pd.DataFrame([row for r in recs for row in r[k + 1]], columns=cols)
        for k, cols in enumerate(_FRAMES)
    ]
    grouped: dict = {}
    for r in recs:
        _join(grouped, r[4])
    return [r[0] for r in recs], frames, grouped


def _join(into: dict, grouped: dict) -> None:
    for pair, items in grouped.items():
        into.setdefault(pair, []).extend(items)


def _chunks(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(islice(it, size)):
        yield batch


def analyze_corpus(
    articles,
    *,
    processes: int | None = None,
    client=None,
    chunksize: int = 32,
    progress: bool = True,
    dask_frames: bool = False,
) -> CorpusAnalysis:
    """Analyze a corpus and merge the articles' networks.

    Parameters
    ----------
    articles : iterable of Article or path, or a folder
        Streamed: files are read by the workers, one chunk at a time.
    processes : int, optional
        Local worker processes; default all cores (``os.cpu_count()``); 1 runs in-process.
    client : dask.distributed.Client, optional
        Run the chunks on a Dask cluster instead (``Client("tcp://scheduler:8786")``);
        paths must be readable by the workers.
    chunksize : int
        Articles per task.
    progress : bool
        Show a tqdm progress bar (a widget in JupyterLab).
    dask_frames : bool
        Return the tables as Dask DataFrames (``dask.dataframe.from_pandas``).
    """
    from .network import _edges_of, _graph_of, balance_partition

    total = None
    if hasattr(articles, "__len__"):
        total = len(articles)
    chunks = _chunks(iter_items(articles), chunksize)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="article", desc="alignkit")
    ids: list[str] = []
    parts: list[list[pd.DataFrame]] = [[], [], []]
    evidence: dict = {}

    def take(batch):
        batch_ids, frames, grouped = batch
        ids.extend(batch_ids)
        for k, df in enumerate(frames):
            parts[k].append(df)
        _join(evidence, grouped)
        if bar is not None:
            bar.update(len(batch_ids))

    if client is not None:
        from dask.distributed import as_completed

        futures = [client.submit(_batch, c, pure=False) for c in chunks]
        for fut in as_completed(futures):
            take(fut.result())
            fut.release()
    elif processes == 1:
        for c in chunks:
            take(_batch(c))
    else:
        import multiprocessing
        import sys
        from concurrent.futures import ProcessPoolExecutor

        workers = processes or os.cpu_count() or 1
        context = None
        if sys.platform.startswith("linux"):
            # Forked workers inherit the tokenizer and matchers built here once, instead of
            # each spending a second importing spaCy and compiling the codebook.
            prepare()
            context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for batch in pool.map(_batch, chunks):
                take(batch)
    if bar is not None:
        bar.close()

    # Same tables whatever the completion order: rows by article id, text order within.
    mentions, events, statements = (
        # infer_objects: a chunk without dates must not leave the date column as object
        pd.concat(p, ignore_index=True)
        .infer_objects()
        .sort_values("article", kind="stable")
        .reset_index(drop=True)
        if p
        else pd.DataFrame(columns=cols)
        for p, cols in zip(parts, _FRAMES, strict=True)
    )
    G = _graph_of(*_edges_of(evidence))  # equals country_graph(events), built from the groups
    for _, _, d in G.edges(data=True):
        d["weight"] = len(d["articles"])  # corpus view: weight counts articles
    balance = balance_partition(G)
    if dask_frames:
        import dask.dataframe as dd

        n = max(1, len(ids) // 1000)
        mentions, events, statements = (
            dd.from_pandas(df, npartitions=n) for df in (mentions, events, statements)
        )
    return CorpusAnalysis(sorted(ids), mentions, events, statements, G, balance)
