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

import dataclasses
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pandas as pd

from .article import ARTICLE_SUFFIXES, Article, ArticleError, file_id, load_article, unique_id
from .events import EVENT_COLUMNS
from .pipeline import MENTION_COLUMNS, analyze, prepare
from .statements import STATEMENT_COLUMNS

__all__ = ["CorpusAnalysis", "analyze_corpus", "iter_items", "SKIPPED_COLUMNS"]

#: Columns of :attr:`CorpusAnalysis.skipped`.
SKIPPED_COLUMNS = ["path", "problem"]


@dataclass
class CorpusAnalysis:
    """Tables of many articles (each with an ``article`` column) and their merged network.

    ``network`` is the signed country graph over all articles; an edge's ``weight`` is the
    number of articles that carry evidence for the pair, ``articles`` lists them.

    ``articles`` are the ids of the articles analyzed, unique within the corpus (see
    :func:`analyze_corpus`). ``skipped`` lists the files ``on_error="skip"`` passed over, in
    the order they were given: ``path`` and ``problem`` (the :class:`ArticleError`'s, e.g.
    ``the file is empty``); it is empty when nothing was skipped.
    """

    articles: list[str]
    mentions: pd.DataFrame
    events: pd.DataFrame
    statements: pd.DataFrame
    network: object
    balance: object
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))

    @property
    def blocs(self):
        return self.balance.blocs

    @property
    def frustration(self) -> int:
        return self.balance.frustration


def iter_items(articles) -> Iterator:
    """Expand folders into their article files (sorted); pass Articles and paths through.

    ``articles`` may also be one folder, one file or one Article."""
    if isinstance(articles, Article):
        articles = [articles]
    elif isinstance(articles, (str, os.PathLike)):
        p = Path(articles)
        if not p.is_dir() and not p.is_file():
            raise ArticleError(p, "no such folder or article file")
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


def _plan(articles) -> Iterator[tuple[int, object, str]]:
    """(position, item, id) for every article in reading order; the ids are unique.

    Decided here, in the parent, before any file is read, so the ids are the same on every
    back-end: an id already taken gets ``-2``, ``-3``... (:func:`alignkit.article.unique_id`).
    """
    taken: set[str] = set()
    for i, item in enumerate(iter_items(articles)):
        if isinstance(item, Article):
            aid = unique_id(item.id, taken)
            if aid != item.id:
                item = dataclasses.replace(item, id=aid)  # the caller's Article stays as it is
        elif isinstance(item, (str, os.PathLike)):
            aid = unique_id(file_id(item), taken)
        else:
            raise TypeError(
                f"analyze_corpus: item {i} is a {type(item).__name__}; expected an Article, "
                "a path (str or os.PathLike) or a folder"
            )
        yield i, item, aid


def _records(item, aid: str) -> tuple:
    """Analyze one article under id ``aid``; return (id, mention rows, event rows, statement
    rows, grouped network evidence)."""
    if isinstance(item, Article):
        art = item
    else:
        art = load_article(item)
        art.id = aid
    an = analyze(art)
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


def _batch(items: list, on_error: str = "raise") -> tuple:
    """Analyze a chunk of (position, item, id); its ids, its tables as DataFrames (compact
    columns, cheap to send back), its network evidence grouped by country pair (so the
    parent only has to join groups) and the (position, path, problem) of skipped files."""
    recs, skipped = [], []
    for i, item, aid in items:
        try:
            recs.append(_records(item, aid))
        except ArticleError as err:
            if on_error != "skip":
                raise
            where = str(item) if not isinstance(item, Article) else item.path or f"<{aid}>"
            # a bad sidecar names its own file: keep that in the problem
            skipped.append((i, where, err.problem if err.path == where else str(err)))
        except Exception as err:
            err.add_note(
                f"alignkit: while analyzing {item if not isinstance(item, Article) else aid}"
            )
            raise
    frames = [
        pd.DataFrame([row for r in recs for row in r[k + 1]], columns=cols)
        for k, cols in enumerate(_FRAMES)
    ]
    grouped: dict = {}
    for r in recs:
        _join(grouped, r[4])
    return [r[0] for r in recs], frames, grouped, skipped


def _join(into: dict, grouped: dict) -> None:
    for pair, items in grouped.items():
        into.setdefault(pair, []).extend(items)


def _chunks(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(islice(it, size)):
        yield batch


def _run(chunks, take, client, processes, on_error) -> None:
    """Send the chunks to the back-end and hand each chunk's result to ``take``. On an
    error, work not yet started is cancelled and every worker the call started stops."""
    if client is not None:
        from dask.distributed import as_completed

        futures = [client.submit(_batch, c, on_error, pure=False) for c in chunks]
        try:
            for fut in as_completed(futures):
                take(fut.result())
                fut.release()
        except BaseException:
            client.cancel(futures)
            raise
    elif processes == 1:
        for c in chunks:
            take(_batch(c, on_error))
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
            try:
                for batch in pool.map(_batch, chunks, itertools.repeat(on_error)):
                    take(batch)
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise


def analyze_corpus(
    articles,
    *,
    processes: int | None = None,
    client=None,
    chunksize: int = 32,
    progress: bool = True,
    dask_frames: bool = False,
    on_error: str = "raise",
) -> CorpusAnalysis:
    """Analyze a corpus and merge the articles' networks.

    Article ids are unique within the corpus: files whose names give the same id
    (``Iran Russia.txt``, ``iran-russia.txt``, ``iran_russia.txt``) become ``iran-russia``,
    ``iran-russia-2``, ``iran-russia-3`` in the order given (file-name order in a folder),
    the same on every back-end.

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
    on_error : ``"raise"`` or ``"skip"``
        What a file that cannot be loaded as an article (empty, binary, undecodable, gone,
        too large: an :class:`~alignkit.article.ArticleError`) does. ``"raise"`` stops the
        run with that error, which names the file, on every back-end. ``"skip"`` goes on
        without it and lists it, with the reason, in :attr:`CorpusAnalysis.skipped` and in
        the progress bar. Other errors always propagate, with a note naming the article.

    Raises
    ------
    ArticleError
        With ``on_error="raise"``, the first bad file met (in completion order).
    """
    from .network import _edges_of, _graph_of, balance_partition

    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    total = None
    if hasattr(articles, "__len__") and not isinstance(articles, (str, os.PathLike, Article)):
        total = len(articles)
    chunks = _chunks(_plan(articles), chunksize)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="article", desc="alignkit")
    ids: list[str] = []
    parts: list[list[pd.DataFrame]] = [[], [], []]
    evidence: dict = {}
    skipped: list[tuple] = []

    def take(batch):
        batch_ids, frames, grouped, batch_skipped = batch
        ids.extend(batch_ids)
        for k, df in enumerate(frames):
            parts[k].append(df)
        _join(evidence, grouped)
        skipped.extend(batch_skipped)
        if bar is not None:
            if batch_skipped:
                _, path, problem = batch_skipped[-1]
                bar.set_postfix_str(
                    f"skipped {len(skipped)}, last {Path(path).name}: {problem}"[:120],
                    refresh=False,
                )
            bar.update(len(batch_ids) + len(batch_skipped))

    try:
        _run(chunks, take, client, processes, on_error)
    finally:
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
    skipped_df = pd.DataFrame([r[1:] for r in sorted(skipped)], columns=SKIPPED_COLUMNS)
    return CorpusAnalysis(sorted(ids), mentions, events, statements, G, balance, skipped_df)
