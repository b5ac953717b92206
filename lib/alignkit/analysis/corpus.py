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
>>> corpus.events[["article", "article_date"]].iloc[0].tolist()
['russia-iran-ties', '2025-01-15']
>>> [p.label for p in corpus.periods("YS")]
['2024', '2025']

Time
----
Every event and statement row keeps its ``article``, the article's publication date
(``article_date``, ISO text) and, for events, the event's own ``date`` when the text gives
one. ``period_date`` is the day that places the row in time: the event's own date, else the
article's (:func:`alignkit.network.time.period_date` has the rule for month and year dates).
:meth:`CorpusAnalysis.network_at`, :meth:`~CorpusAnalysis.periods` and
:meth:`~CorpusAnalysis.camps_over_time` cut the network by that day.

The same actor across articles
------------------------------
Codebook actors have one id whatever the surface form (``Kim Jong Un``, ``Kim Jong-un``,
``the North Korean leader``: ``kim-jong-un``). People and bodies the codebook lacks get the
slug of their name as id in each article; across the corpus, ids whose slugs agree once
hyphens, spaces and case are set aside (``kim-jongun``, ``kim-jong-un``) are one actor:
the codebook's id when a codebook actor of the same type has that key, else the first of
them in sorted order. :attr:`CorpusAnalysis.aliases` lists every id so replaced, in every
table and in the network's evidence.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path

import pandas as pd

from ..reading.article import (
    ARTICLE_SUFFIXES,
    Article,
    ArticleError,
    file_id,
    load_article,
    slugify,
    unique_id,
)
from ..reading.events import EVENT_COLUMNS
from ..reading.statements import STATEMENT_COLUMNS
from .pipeline import analyze, prepare
from .result import MENTION_COLUMNS

__all__ = [
    "ARTICLE_INFO_COLUMNS",
    "CORPUS_ACTOR_COLUMNS",
    "STANCE_TABLE_COLUMNS",
    "SKIPPED_COLUMNS",
    "CorpusAnalysis",
    "analyze_corpus",
    "iter_items",
    "merge_key",
]

#: Columns of :attr:`CorpusAnalysis.skipped`.
SKIPPED_COLUMNS = ["path", "problem"]
#: Columns of :attr:`CorpusAnalysis.article_info`: one row per article analyzed.
ARTICLE_INFO_COLUMNS = ["article", "path", "source", "date", "date_status", "headline"]
#: Columns of :attr:`CorpusAnalysis.actors`.
CORPUS_ACTOR_COLUMNS = ["actor", "name", "type", "country", "codebook", "articles", "aliases"]
#: Columns of :meth:`CorpusAnalysis.stance_table`.
STANCE_TABLE_COLUMNS = [
    "speaker",
    "target",
    "speaker_name",
    "target_name",
    "positive",
    "negative",
    "neutral",
    "statements",
    "articles",
    "evidence",
]


@dataclass
class CorpusAnalysis:
    """Tables of many articles (each with an ``article`` column) and their merged network.

    ``network`` is the signed country graph over all articles; an edge's ``weight`` is the
    number of articles that carry evidence for the pair, ``articles`` lists them.

    ``articles`` are the ids of the articles analyzed, unique within the corpus (see
    :func:`analyze_corpus`). ``skipped`` lists the files ``on_error="skip"`` passed over, in
    the order they were given: ``path`` and ``problem`` (the :class:`ArticleError`'s, e.g.
    ``the file is empty``); it is empty when nothing was skipped.

    ``events`` and ``statements`` carry ``article``, ``article_date`` (the article's
    publication date, ISO text, None when unknown) and ``period_date`` (the day that places
    the row in time: the event's own ``date`` when known, else the article's; NaT when
    neither is). ``article_info`` has one row per article (:data:`ARTICLE_INFO_COLUMNS`:
    its ``path``, ``source`` line, ``date``, ``date_status``, ``headline``), ``actors`` one
    row per actor of the corpus (:data:`CORPUS_ACTOR_COLUMNS`), after merging the ids
    listed in ``aliases`` (``{replaced id: kept id}``; see the module's notes).
    """

    articles: list[str]
    mentions: pd.DataFrame
    events: pd.DataFrame
    statements: pd.DataFrame
    network: object
    balance: object
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))
    article_info: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=ARTICLE_INFO_COLUMNS)
    )
    actors: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CORPUS_ACTOR_COLUMNS))
    aliases: dict = field(default_factory=dict)
    _in_memory: dict = field(default_factory=dict, repr=False)
    #: the pandas tables behind Dask ones (``dask_frames=True``): Dask turns list cells to text
    _pandas_tables: dict = field(default_factory=dict, repr=False)
    #: the codebook the articles were read with (None: the package's)
    codebook: object = field(default=None, repr=False)
    #: groups of article ids whose texts are identical (a warning says so at the run)
    duplicates: list = field(default_factory=list)

    def _table(self, name: str) -> pd.DataFrame:
        if name in self._pandas_tables:
            return self._pandas_tables[name]
        return _pandas(getattr(self, name))

    @property
    def blocs(self):
        return self.balance.blocs

    @property
    def frustration(self) -> int:
        return self.balance.frustration

    def __repr__(self) -> str:
        return (
            f"CorpusAnalysis({len(self.articles)} articles, {self.network.number_of_nodes()} "
            f"nodes, {self.network.number_of_edges()} edges, {len(self.skipped)} skipped)"
        )

    # -- names ------------------------------------------------------------------------
    @cached_property
    def _names(self) -> dict:
        from ..reading.codebook import load_codebook

        cb = self.codebook or load_codebook()
        names = {n: cb.actors[n].name for n in self.network if n in cb.actors}
        actors = _pandas(self.actors)
        names.update(zip(actors["actor"], actors["name"], strict=True))
        return names

    def name(self, actor_id) -> str:
        """The actor's name (codebook or text), the id itself when it names no actor."""
        return str(self._names.get(actor_id) or actor_id)

    # -- time -------------------------------------------------------------------------
    @cached_property
    def _events(self) -> pd.DataFrame:
        return self._table("events")

    def network_at(self, start=None, end=None):
        """The signed country network of the evidence placed in ``[start, end)``.

        ``start`` is inclusive, ``end`` exclusive, either a date, ISO text (``2024``,
        ``2024-04``, ``2024-04-01``) or None (open). An edge's ``weight`` is the number of
        articles with evidence for the pair in the period, ``n_evidence`` the number of
        pieces of evidence; evidence is placed by ``period_date``, so an article of 2025
        recalling a meeting of 2024 gives evidence to 2024. ``network_at()`` is the whole
        corpus, dated or not (``network``'s edges and evidence).
        """
        from ..network.time import period_network

        ev = self._events
        return period_network(ev, start, end, ev["period_date"])

    def periods(self, freq: str = "QS") -> dict:
        """``{Period: network}`` for every period of ``freq`` (``QS`` quarters, ``MS``
        months, ``YS`` years) from the first dated piece of evidence to the last, empty
        periods included, in time order (see :meth:`network_at`).

        Edge weights add up: summed over the periods they equal the aggregated network's
        whenever each article's evidence for a pair lies in one period, and the evidence
        lists always partition the dated evidence of :attr:`network`.
        """
        import pandas as pd

        from ..network.time import period_network, periods_of

        ev = self._events
        dates = pd.to_datetime(ev["period_date"], errors="coerce")
        order = dates.dropna().sort_values()
        out, empty = {}, None
        for p in periods_of(ev["period_date"], freq):
            # each period's rows by bisection over the sorted dates: one pass, not a mask
            # over every row per period (4,000 daily periods took 19 s)
            lo, hi = order.searchsorted([pd.Timestamp(p.start), pd.Timestamp(p.end)])
            if lo == hi:
                empty = empty if empty is not None else period_network(ev.iloc[:0])
                out[p] = empty.copy()
            else:
                out[p] = period_network(ev.loc[order.index[lo:hi]])
        return out

    def camps_over_time(self, freq: str = "QS") -> pd.DataFrame:
        """Per period: its two camps, their frustration, and the nodes that changed side
        (:func:`alignkit.network.time.camps_over_time`; camp A is aligned with the
        aggregated network's ``blocs[0]`` where no earlier period decides)."""
        from ..network.time import camps_over_time

        return camps_over_time(self._events, freq, reference_blocs=self.blocs)

    # -- statements -------------------------------------------------------------------
    def stance_table(self) -> pd.DataFrame:
        """Who said what about whom across the corpus: one row per (speaker, target).

        Columns (:data:`STANCE_TABLE_COLUMNS`): ids and names, the counts of
        ``positive``, ``negative`` and ``neutral`` statements, ``statements`` (their sum),
        ``articles`` (how many articles they come from) and ``evidence``: a list of
        ``{"article", "sentence", "start", "end", "stance"}`` per statement (the span runs
        from the start of the cue to the end of the content), sorted by
        article then offset. Rows sorted by speaker then target id.
        """
        st = self._table("statements")
        cells: dict = {}
        for r in st.itertuples(index=False):
            spans = [
                (a, b)
                for a, b in ((r.cue_start, r.cue_end), (r.content_start, r.content_end))
                if a is not None and a == a and b is not None and b == b
            ]
            ev = {
                "article": r.article,
                "sentence": None if r.sentence != r.sentence else int(r.sentence),
                "start": int(min(a for a, _ in spans)) if spans else None,
                "end": int(max(b for _, b in spans)) if spans else None,
                "stance": r.stance,
            }
            for t in dict.fromkeys(r.targets if isinstance(r.targets, list) else []):
                cells.setdefault((r.speaker, t), []).append(ev)
        rows = []
        for (sp, tg), evs in sorted(cells.items()):
            evs.sort(key=lambda e: (e["article"], e["start"] is None, e["start"] or 0))
            n = {k: sum(e["stance"] == k for e in evs) for k in ("positive", "negative")}
            rows.append(
                (sp, tg, self.name(sp), self.name(tg), n["positive"], n["negative"],
                 len(evs) - n["positive"] - n["negative"], len(evs),
                 len({e["article"] for e in evs}), evs)
            )  # fmt: skip
        return pd.DataFrame(rows, columns=STANCE_TABLE_COLUMNS)

    # -- evidence ---------------------------------------------------------------------
    def article(self, article_id: str):
        """The :class:`~alignkit.reading.article.Article` ``article_id`` (read again from its file,
        or the Article the corpus was given), to show evidence in its sentences."""
        if article_id in self._in_memory:
            return self._in_memory[article_id]
        info = self.article_info
        rows = info[info["article"] == article_id]
        if rows.empty or not rows["path"].iloc[0]:
            raise KeyError(f"no article {article_id!r} in this corpus")
        art = load_article(rows["path"].iloc[0])
        art.id = article_id
        return art

    def info(self, article_id: str) -> dict:
        """The :data:`ARTICLE_INFO_COLUMNS` of one article, as a dict."""
        info = self.article_info
        rows = info[info["article"] == article_id]
        if rows.empty:
            raise KeyError(f"no article {article_id!r} in this corpus")
        return rows.iloc[0].to_dict()

    # -- files ------------------------------------------------------------------------
    def export(self, folder, freq: str = "QS") -> list[Path]:
        """Write the corpus to ``folder`` as one set (:func:`alignkit.network.export_set`).

        ``corpus.network.gexf``: the aggregated network as a dynamic GEXF for Gephi's
        timeline: nodes with ``name``, ``type``, ``camp``; each node and edge with
        ``start``/``end`` (first and last day of the periods it has evidence in) and
        ``spells`` (those periods), edges with ``articles_in_period`` (a value per period);
        ``corpus.{period}.gexf`` (one per period with evidence, e.g. ``corpus.2024-Q2.gexf``)
        with that period's ``start``/``end`` on every node and edge, camps of that period;
        ``corpus.network.graphml`` and ``.json``; and the tables as CSV, each with an
        ``article`` column: ``corpus.articles.csv``, ``.events.csv``, ``.statements.csv``,
        ``.mentions.csv``, ``.edges.csv`` (one row per edge and article),
        ``.periods.csv`` (one row per edge, period and article), ``.stance.csv`` (one row per
        speaker, target and piece of evidence) and ``.camps.csv`` (camps over time).
        """
        return _export(self, folder, freq)


def _pandas(df):
    """A pandas DataFrame of ``df`` (Dask DataFrames are computed)."""
    return df if isinstance(df, pd.DataFrame) else df.compute()


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


def _count(articles) -> int | None:
    """How many articles ``articles`` names (folders listed, not read); None for a stream."""
    if isinstance(articles, (str, os.PathLike, Article)):
        articles = [articles]
    elif not hasattr(articles, "__len__"):
        return None
    n = 0
    for item in articles:
        if isinstance(item, (str, Path)) and Path(item).is_dir():
            n += sum(
                1
                for p in Path(item).iterdir()
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
        else:
            n += 1
    return n


def _plan(articles) -> Iterator[tuple[int, object, str]]:
    """(position, item, id) for every article in reading order; the ids are unique.

    Decided here, in the parent, before any file is read, so the ids are the same on every
    back-end: an id already taken gets ``-2``, ``-3``...
    (:func:`alignkit.reading.article.unique_id`).
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


def codebook_spec(codebook):
    """What a worker needs to get ``codebook``: None (the package's), ``("folder", path)``
    for :func:`load_codebook` with a user codebook folder (read once per worker, cached),
    else the Codebook itself (pickled).

    >>> codebook_spec(None), codebook_spec("my-codebook")
    (None, ('folder', 'my-codebook'))
    """
    from ..reading.codebook import Codebook, data_dir, load_codebook

    if codebook is None:
        return None
    if isinstance(codebook, (str, os.PathLike)):
        return ("folder", os.fspath(codebook))
    if not isinstance(codebook, Codebook):
        raise TypeError(f"codebook must be a Codebook or a folder, not {type(codebook).__name__}")
    default = Path(codebook.root) == data_dir() / "codebook"
    if default and len(codebook.extra) == 1 and load_codebook(extra=codebook.extra[0]) is codebook:
        return ("folder", os.fspath(codebook.extra[0]))
    if default and not codebook.extra and load_codebook() is codebook:
        return None
    return ("object", codebook)


def _codebook_of(spec):
    from ..reading.codebook import load_codebook

    if spec is None:
        return load_codebook()
    kind, value = spec
    return load_codebook(extra=value) if kind == "folder" else value


def _records(item, aid: str, codebook=None) -> tuple:
    """Analyze one article under id ``aid``; return (id, mention rows, event rows, statement
    rows, article info row, grouped network evidence, actors ``{id: (name, type, country,
    in codebook)}``)."""
    if isinstance(item, Article):
        art = item
    else:
        art = load_article(item)
        art.id = aid
    an = analyze(art, codebook)
    date = art.publication_date.isoformat() if art.publication_date else None
    mentions = [
        (m.start, m.end, m.text, m.actor, m.kind, m.sentence, aid) for m in an.tagged.mentions
    ]
    events = [(*r.values(), date) for r in an._event_rows]
    statements = [(*s.as_row().values(), aid, date) for s in an.statement_records]
    headline = art.headline.text if art.headline else ""
    info = [(aid, art.path or "", art.metadata.get("source") or art.publisher or "", date,
             art.date_status or "", headline)]  # fmt: skip
    t = an.tagged
    ids = {m.actor for m in t.mentions}
    ids.update(s.speaker for s in an.statement_records)
    ids.update(x for r in an._event_rows for x in (r["source"], r["target"]))
    actors = {}
    for a_id in ids:
        a = t.actor(a_id) if a_id else None
        if a is not None:
            actors[a_id] = (a.name, a.type, a.country or "", a_id in t.codebook.actors)
    digest = hashlib.sha1(art.text.encode("utf-8", "surrogatepass")).hexdigest()
    return aid, mentions, events, statements, info, an._evidence_groups, actors, digest


_FRAMES = (
    [*MENTION_COLUMNS, "article"],
    [*EVENT_COLUMNS, "article", "article_date"],
    [*STATEMENT_COLUMNS, "article", "article_date"],
    ARTICLE_INFO_COLUMNS,
)


def _batch(items: list, on_error: str = "raise", spec=None) -> tuple:
    """Analyze a chunk of (position, item, id); its ids, its tables as DataFrames (compact
    columns, cheap to send back), its network evidence grouped by country pair (so the
    parent only has to join groups), the (position, path, problem) of skipped files and its
    actors ``{id: (name, type, country, in codebook, articles)}``."""
    recs, skipped = [], []
    codebook = _codebook_of(spec)
    for i, item, aid in items:
        try:
            recs.append(_records(item, aid, codebook))
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
    actors: dict = {}
    for r in recs:
        _join(grouped, r[5])
        _join_actors(actors, r[6], r[0])
    return [r[0] for r in recs], frames, grouped, skipped, actors, {r[0]: r[7] for r in recs}


def _join_actors(into: dict, actors: dict, aid=None) -> None:
    """Fold ``actors`` into ``into``: per id, the description from the first article in id
    order (the same whatever order chunks finish in) and the sorted articles it is in."""
    for a_id, value in actors.items():
        if aid is not None:  # one article's actors: (name, type, country, known)
            value = (aid, *value, [aid])
        old = into.get(a_id)
        if old is None:
            into[a_id] = value
        else:
            first = min(old, value, key=lambda v: v[0])
            into[a_id] = (*first[:5], sorted({*old[5], *value[5]}))


def merge_key(actor_id: str) -> str:
    """What two actor ids must share to be one actor across articles: the slug with
    hyphens, spaces, underscores and case set aside.

    >>> merge_key("kim-jong-un") == merge_key("Kim Jongun") == merge_key("kim_jong un")
    True
    """
    return re.sub(r"[^a-z0-9]", "", slugify(str(actor_id)))


def _aliases(actors: dict, cb=None) -> dict:
    """``{id: kept id}`` for the ids outside the codebook that merge with another (see the
    module's notes): the codebook actor of the same type with the same key, else the
    smallest id of the group."""
    groups: dict = {}
    for a_id, (_, _, typ, _, known, _) in actors.items():
        if not known:
            groups.setdefault((merge_key(a_id), typ), []).append(a_id)
    if not groups:
        return {}
    from ..reading.codebook import load_codebook

    cb_keys: dict = {}
    for a_id, a in (cb or load_codebook()).actors.items():
        cb_keys.setdefault((merge_key(a_id), a.type), a_id)
    out = {}
    for key, ids in groups.items():
        kept = cb_keys.get(key) or min(ids)
        out.update({a: kept for a in ids if a != kept})
    return out


def _apply_aliases(aliases: dict, mentions, events, statements, evidence, actors, cb=None) -> None:
    """Replace merged ids everywhere (tables in place, evidence dicts, the actors dict)."""
    if not aliases:
        return
    get = aliases.get
    mentions["actor"] = mentions["actor"].map(lambda a: get(a, a))
    for col in ("source", "target"):
        events[col] = events[col].map(lambda a: get(a, a))
    statements["speaker"] = statements["speaker"].map(lambda a: get(a, a))
    statements["targets"] = statements["targets"].map(
        lambda ts: list(dict.fromkeys(get(t, t) for t in ts)) if isinstance(ts, list) else ts
    )
    for items in evidence.values():
        for ev, _ in items:
            ev["source"], ev["target"] = (
                get(ev["source"], ev["source"]),
                get(ev["target"], ev["target"]),
            )
    for old, kept in sorted(aliases.items()):
        value = actors.pop(old)
        base = actors.get(kept)
        if base is None:
            from ..reading.codebook import load_codebook

            a = (cb or load_codebook()).actors[kept]
            base = (value[0], a.name, a.type, a.country or "", True, [])
        actors[kept] = (*base[:5], sorted({*base[5], *value[5]}), *base[6:])
    for kept in set(aliases.values()):
        merged = sorted(a for a, k in aliases.items() if k == kept)
        actors[kept] = (*actors[kept][:6], merged)


def _join(into: dict, grouped: dict) -> None:
    for pair, items in grouped.items():
        into.setdefault(pair, []).extend(items)


def _chunks(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(islice(it, size)):
        yield batch


def _run(chunks, take, client, processes, on_error, spec=None) -> None:
    """Send the chunks to the back-end and hand each chunk's result to ``take``. On an
    error, work not yet started is cancelled and every worker the call started stops."""
    if client is not None:
        from dask.distributed import as_completed

        futures = [client.submit(_batch, c, on_error, spec, pure=False) for c in chunks]
        try:
            for fut in as_completed(futures):
                take(fut.result())
                fut.release()
        except BaseException:
            client.cancel(futures)
            raise
    elif processes == 1:
        for c in chunks:
            take(_batch(c, on_error, spec))
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
                batches = pool.map(
                    _batch, chunks, itertools.repeat(on_error), itertools.repeat(spec)
                )
                for batch in batches:
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
    codebook=None,
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
        too large: an :class:`~alignkit.reading.article.ArticleError`) does. ``"raise"`` stops the
        run with that error, which names the file, on every back-end. ``"skip"`` goes on
        without it and lists it, with the reason, in :attr:`CorpusAnalysis.skipped` and in
        the progress bar. Other errors always propagate, with a note naming the article.
    codebook : Codebook or folder, optional
        The codebook every article is read with: a :class:`~alignkit.reading.codebook.Codebook`
        (``load_codebook(extra=folder)`` for a user codebook) or the folder of a user
        codebook; default the package's. Workers load a user codebook folder themselves.

    Raises
    ------
    ArticleError
        With ``on_error="raise"``, the first bad file met (in completion order).
    """
    from ..network import balance_partition
    from ..network.time import period_dates

    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    spec = codebook_spec(codebook)
    cb = _codebook_of(spec)  # a bad user codebook fails here, before any article is read
    ids, parts, evidence, skipped, actors, in_memory, digests = _collect(
        articles, client, processes, chunksize, progress, on_error, spec
    )
    mentions, events, statements, info = _merged_frames(parts)
    aliases = _aliases(actors, cb)
    _apply_aliases(aliases, mentions, events, statements, evidence, actors, cb)
    for df in (events, statements):
        df["article_date"] = df["article_date"].astype(object).where(df["article_date"].notna())
        df["period_date"] = period_dates(df)
    G = _corpus_network(evidence)
    balance = balance_partition(G)
    actors_df = _actors_frame(actors)
    tables = {}
    if dask_frames:
        tables = {"mentions": mentions, "events": events, "statements": statements}
        mentions, events, statements = _as_dask(len(ids), mentions, events, statements)
    skipped_df = pd.DataFrame([r[1:] for r in sorted(skipped)], columns=SKIPPED_COLUMNS)
    done = set(ids)
    kept = {k: v for k, v in in_memory.items() if k in done}
    return CorpusAnalysis(
        sorted(ids), mentions, events, statements, G, balance, skipped_df,
        info, actors_df, aliases, kept, tables, cb, _duplicates(digests),
    )  # fmt: skip


def _collect(articles, client, processes, chunksize: int, progress: bool, on_error: str, spec):
    """Run the chunks and gather what the batches return, in completion order: the ids,
    the frames' parts, the evidence, the skipped files, the actors, the articles given in
    memory (the evidence reader shows their sentences) and each article's text digest."""
    total = _count(articles)
    in_memory: dict = {}

    def plan():
        for i, item, aid in _plan(articles):
            if isinstance(item, Article):
                in_memory[aid] = item  # the evidence reader shows its sentences
            yield i, item, aid

    chunks = _chunks(plan(), chunksize)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="article", desc="alignkit")
    ids: list[str] = []
    parts: list[list[pd.DataFrame]] = [[] for _ in _FRAMES]
    evidence: dict = {}
    skipped: list[tuple] = []
    actors: dict = {}
    digests: dict = {}

    def take(batch):
        batch_ids, frames, grouped, batch_skipped, batch_actors, batch_digests = batch
        ids.extend(batch_ids)
        digests.update(batch_digests)
        for k, df in enumerate(frames):
            parts[k].append(df)
        _join(evidence, grouped)
        _join_actors(actors, batch_actors)
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
        _run(chunks, take, client, processes, on_error, spec)
    finally:
        if bar is not None:
            bar.close()

    return ids, parts, evidence, skipped, actors, in_memory, digests


def _merged_frames(parts):
    """The mentions, events, statements and article tables of all batches."""
    # Same tables whatever the completion order: rows by article id, text order within.
    return tuple(
        # infer_objects: a chunk without dates must not leave the date column as object
        pd.concat(p, ignore_index=True)
        .infer_objects()
        .sort_values("article", kind="stable")
        .reset_index(drop=True)
        if p
        else pd.DataFrame(columns=cols)
        for p, cols in zip(parts, _FRAMES, strict=True)
    )


def _corpus_network(evidence):
    """The corpus network from the grouped evidence; an edge's weight counts articles."""
    from ..network import _edges_of, _graph_of

    G = _graph_of(*_edges_of(evidence))  # equals country_graph(events), built from the groups
    for _, _, d in G.edges(data=True):
        d["weight"] = len(d["articles"])  # corpus view: weight counts articles
    return G


def _actors_frame(actors: dict) -> pd.DataFrame:
    """The corpus actors table (:data:`CORPUS_ACTOR_COLUMNS`)."""
    actor_rows = [
        (a_id, v[1], v[2], v[3], bool(v[4]), len(v[5]), list(v[6]) if len(v) > 6 else [])
        for a_id, v in sorted(actors.items())
    ]
    return pd.DataFrame(actor_rows, columns=CORPUS_ACTOR_COLUMNS)


def _as_dask(n_articles: int, mentions, events, statements):
    """The tables as Dask DataFrames, a partition per thousand articles."""
    import dask.dataframe as dd

    n = max(1, n_articles // 1000)
    return tuple(dd.from_pandas(df, npartitions=n) for df in (mentions, events, statements))


def _duplicates(digests: dict) -> list[list[str]]:
    """Groups of article ids with identical text, said once in a warning.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _duplicates({"a": "x", "b": "y", "c": "x", "d": "x"})
    [['a', 'c', 'd']]
    >>> str(caught[0].message).split(":")[0]
    'identical texts under several names (a = c = d)'
    """
    import warnings

    groups: dict = {}
    for aid, digest in sorted(digests.items()):
        groups.setdefault(digest, []).append(aid)
    out = sorted(g for g in groups.values() if len(g) > 1)
    if out:
        said = "; ".join(" = ".join(g[:5]) + (" ..." if len(g) > 5 else "") for g in out[:5])
        warnings.warn(
            f"identical texts under several names ({said}): each copy counts in the edge "
            "weights; drop the copies to count a text once",
            stacklevel=3,
        )
    return out


# ------------------------------------------------------------------------------ export


def _export(corpus: CorpusAnalysis, folder, freq: str = "QS") -> list[Path]:
    """:meth:`CorpusAnalysis.export`."""
    from ..network.export import (
        export_csv,
        export_dynamic_gexf,
        export_graphml,
        export_node_link,
        export_set,
        safe_file_stem,
    )

    periods = [(p, G) for p, G in corpus.periods(freq).items() if G.number_of_edges()]
    actors = _pandas(corpus.actors).set_index("actor")
    agg = _timed_network(corpus, actors, periods, freq)
    camps = corpus.camps_over_time(freq)
    aligned = {r.period: (r.camp_a, r.camp_b) for r in camps.itertuples(index=False)}
    period_df = _periods_frame(corpus, periods)
    stance_df = _stance_frame(corpus)
    camps.insert(0, "article", "")  # one row per period; the articles are in periods.csv
    camps["article"] = [
        ";".join(sorted(set(period_df.loc[period_df["period"] == lab, "article"])))
        for lab in camps["period"]
    ]

    def table(df):
        return lambda path: export_csv(df, path)

    files = [
        ("corpus.network.gexf",
         lambda path: export_dynamic_gexf(agg, path, dynamic=["articles_in_period"])),
        ("corpus.network.graphml", lambda path: export_graphml(_static(agg), path)),
        ("corpus.network.json", lambda path: export_node_link(agg, path)),
    ]  # fmt: skip
    for p, G in periods:
        H = _period_graph(corpus, actors, p, G, aligned[p.label])
        files.append(
            (
                f"corpus.{safe_file_stem(p.label)}.gexf",
                lambda path, H=H: export_dynamic_gexf(H, path),
            )
        )
    files += [
        ("corpus.articles.csv", table(corpus.article_info)),
        ("corpus.events.csv", table(corpus._table("events"))),
        ("corpus.statements.csv", table(corpus._table("statements"))),
        ("corpus.mentions.csv", table(corpus._table("mentions"))),
        ("corpus.edges.csv", table(_edges_by_article(corpus.network))),
        ("corpus.periods.csv", table(period_df)),
        ("corpus.stance.csv", table(stance_df)),
        ("corpus.camps.csv", table(camps)),
    ]
    return export_set(folder, files, meta={"articles": len(corpus.articles), "freq": freq})


def _node_attrs(corpus: CorpusAnalysis, actors: pd.DataFrame, G, blocs) -> None:
    """Each node's name, type and camp (-1 outside the camps ``blocs``)."""
    camps = {n: i for i, side in enumerate(blocs) for n in side}
    for n, d in G.nodes(data=True):
        d["name"] = corpus.name(n)
        d["type"] = str(actors["type"].get(n, "")) if n in actors.index else _cb_type(n)
        d["camp"] = camps.get(n, -1)


def _timed_network(corpus: CorpusAnalysis, actors: pd.DataFrame, periods, freq: str):
    """The aggregated network, with time: spells of the periods each node/edge is in."""
    agg = corpus.network.copy()
    _node_attrs(corpus, actors, agg, corpus.blocs)
    for p, G in periods:
        spell = (p.start, p.last_day)
        for n in G:
            agg.nodes[n].setdefault("spells", []).append(spell)
        for u, v, d in G.edges(data=True):
            e = agg.edges[u, v]
            e.setdefault("spells", []).append(spell)
            e.setdefault("articles_in_period", []).append((d["weight"], *spell))
    for _, d in [*agg.nodes(data=True), *((None, d) for *_, d in agg.edges(data=True))]:
        if d.get("spells"):
            d["start"], d["end"] = d["spells"][0][0], d["spells"][-1][1]
    agg.graph.update(frustration=corpus.frustration, articles=len(corpus.articles), freq=freq)
    return agg


def _period_graph(corpus: CorpusAnalysis, actors: pd.DataFrame, p, G, camps):
    """One period's network, dated to the period; ``camps`` aligned across periods."""
    H = G.copy()
    _node_attrs(corpus, actors, H, camps)  # camp A is camp A in every period's file
    for _, d in [*H.nodes(data=True), *((None, d) for *_, d in H.edges(data=True))]:
        d["start"], d["end"] = p.start, p.last_day
    H.graph.update(period=p.label)
    return H


def _edges_by_article(G) -> pd.DataFrame:
    """The edge table with a row per edge and article."""
    from ..network.tables import edge_table

    rows = []
    for r in edge_table(G).itertuples(index=False):
        for a in G.edges[r.u, r.v]["articles"]:
            rows.append((*r, a))
    return pd.DataFrame(rows, columns=[*edge_table(G).columns, "article"])


def _periods_frame(corpus: CorpusAnalysis, periods) -> pd.DataFrame:
    """Each period's edges by article (periods.csv)."""
    period_rows = []
    for p, G in periods:
        for r in _edges_by_article(G).itertuples(index=False):
            period_rows.append((p.label, p.start.isoformat(), p.last_day.isoformat(), *r))
    return pd.DataFrame(
        period_rows,
        columns=["period", "start", "end", *_edges_by_article(corpus.network).columns],
    )


def _stance_frame(corpus: CorpusAnalysis) -> pd.DataFrame:
    """The stance table, a row per piece of evidence (stance.csv)."""
    stance = corpus.stance_table()
    stance_rows = [
        (*r[:4], e["stance"], e["article"], e["sentence"], e["start"], e["end"])
        for r in stance.itertuples(index=False)
        for e in r.evidence
    ]
    return pd.DataFrame(
        stance_rows,
        columns=[*STANCE_TABLE_COLUMNS[:4], "stance", "article", "sentence", "span_start",
                 "span_end"],
    )  # fmt: skip


def _static(G):
    """``G`` without its time attributes (GraphML has no notion of time)."""
    H = G.copy()
    for _, d in [*H.nodes(data=True), *((None, d) for *_, d in H.edges(data=True))]:
        for k in ("start", "end", "spells", "articles_in_period"):
            d.pop(k, None)
    return H


def _cb_type(node) -> str:
    from ..reading.codebook import load_codebook

    a = load_codebook().actors.get(node)
    return a.type if a else ""
