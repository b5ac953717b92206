"""The analysis of one article: its records, tables and network.

:func:`alignkit.analyze` runs the stages (tag -> statements -> events -> network) and
returns an :class:`Analysis` whose tables are pandas DataFrames with documented columns, built on
first access (the records underneath are plain dataclasses, cheap to compute).

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze(alignkit.SEED)
>>> type(an).__name__, an.frustration, sorted(an.blocs[0])
('Analysis', 0, ['CHN', 'IRN', 'PRK', 'RUS'])
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..reading.codebook import Codebook
from ..reading.events import EVENT_COLUMNS, Event, Milestone, statement_events
from ..reading.statements import (
    STATEMENT_COLUMNS,
    Statement,
    first_person_mentions,
)
from ..reading.tagging import Tagged

if TYPE_CHECKING:
    import pandas as pd

    from ..reading.article import Article

__all__ = [
    "Analysis",
    "MENTION_COLUMNS",
    "ACTOR_COLUMNS",
    "THEME_COLUMNS",
    "TIMELINE_COLUMNS",
]

MENTION_COLUMNS = ["start", "end", "text", "actor", "kind", "sentence"]
ACTOR_COLUMNS = [
    "actor",
    "name",
    "type",
    "country",
    "role",
    "wikidata",
    "mentions",
    "node",
    "camp",
    "degree",
    "betweenness",
]
THEME_COLUMNS = ["sentence", "theme", "phrase", "start", "end"]
TIMELINE_COLUMNS = [
    "date",
    "precision",
    "date_basis",
    "date_text",
    "kind",
    "label",
    "source",
    "target",
    "type",
    "sentence",
    "start",
    "end",
]


class Analysis:
    """Everything alignkit reads in one article. Tables are built on first access.

    Attributes
    ----------
    article : Article
    mentions : DataFrame
        ``start``, ``end``, ``text``, ``actor``, ``kind`` (name, demonym, place, title,
        pronoun, description), ``sentence`` (index into ``article.sentences``).
    actors : DataFrame
        ``actor``, ``name``, ``type`` (person, organization, group, country, bloc, place),
        ``country``, ``role`` (as of the article's date), ``wikidata``, ``mentions`` (count),
        ``node`` (the country/bloc it stands for in the network, "" for none), ``camp``
        (0 or 1: the side of :attr:`blocs` its node is on; -1 when outside the network),
        ``degree`` and ``betweenness`` of its node in the country network. A state or
        bloc that acts only through its officials, government or forces (``Eritrean forces``)
        has a row of its own with 0 mentions.
    statements : DataFrame
        See :data:`alignkit.reading.statements.STATEMENT_COLUMNS`; ``cue_class`` is what the
        cue reports: ``speech``, ``belief`` (believes, expects) or ``intention`` (plans,
        wants), and only speech makes a verbal event. A speaker whose state is empty (the
        ``actors`` table's ``country``) is listed but feeds no edge of the network.
    events : DataFrame
        See :data:`alignkit.reading.events.EVENT_COLUMNS`; ``origin`` is ``event`` (a trigger in
        the text), ``statement`` (a verbal event made by a statement), ``proxy`` (an armed
        group's act taken on by the state the sentence says backs the group) or ``reaction``
        (objection to an act told by the reaction it provokes: ``angering Quito``); ``block`` is the
        sentence's block (``headline``, ``body``, ``caption``); ``article``.
    themes : DataFrame
        ``sentence``, ``theme``, ``phrase``, ``start``, ``end``.
    timeline : DataFrame
        Dated events and milestones: ``date`` (ISO at its ``precision``), ``date_basis``
        (printed, publication, estimated, codebook), ``date_text``, ``kind`` (event,
        milestone), ``label``, ``source``, ``target``, ``type``, ``sentence``, ``start``, ``end``.
    network : networkx.Graph
        Signed country/bloc graph (see :func:`alignkit.network.country_graph`).
    actor_network : networkx.MultiDiGraph
    blocs : tuple of two frozensets
        The two camps of minimum frustration; :attr:`frustration` and
        :attr:`frustrated_edges` beside it.
    """

    def __init__(
        self,
        tagged: Tagged,
        statements: list[Statement],
        events: list[Event],
        milestones: list[Milestone],
    ):
        self.tagged = tagged
        self.article: Article = tagged.article
        self.codebook: Codebook = tagged.codebook
        self.statement_records = statements
        self.event_records = events
        self.milestones = milestones

    def __repr__(self) -> str:
        return (
            f"Analysis({self.article.id!r}: {len(self.tagged.mentions)} mentions, "
            f"{len(self.statement_records)} statements, {len(self.event_records)} events)"
        )

    # -- tables ---------------------------------------------------------------------
    @cached_property
    def mentions(self) -> pd.DataFrame:

        extra = first_person_mentions(self.tagged, self.statement_records)
        rows = sorted(
            (
                (m.start, m.end, m.text, m.actor, m.kind, m.sentence)
                for m in [*self.tagged.mentions, *extra]
            ),
            key=lambda r: (r[0], r[1]),
        )
        return _frame(rows, MENTION_COLUMNS)

    @cached_property
    def actors(self) -> pd.DataFrame:
        from collections import Counter

        t = self.tagged
        counts = Counter(self.mentions["actor"].tolist())
        speakers = {s.speaker for s in self.statement_records}
        ids = sorted(set(counts) | speakers, key=lambda a: (-int(counts.get(a, 0)), a))
        ids += sorted(t.represented(ids))
        sides = {n: i for i, side in enumerate(self.blocs) for n in side}
        deg = dict(self.network.degree())
        try:
            import networkx as nx

            btw = nx.betweenness_centrality(self.network) if len(self.network) else {}
        except Exception:  # noqa: BLE001 - centrality is a convenience column
            btw = {}
        rows = []
        for a_id in ids:
            a = t.actor(a_id)
            if a is None:
                continue
            node = a.stands_for if a.stands_for in self.network else ""
            rows.append(
                (
                    a_id,
                    a.name,
                    a.type,
                    a.country,
                    t.role(a_id) if a.type == "person" else "",
                    a.wikidata,
                    int(counts.get(a_id, 0)),
                    node,
                    sides.get(node, -1),
                    int(deg.get(node, 0)),
                    round(float(btw.get(node, 0.0)), 4),
                )
            )
        return _frame(rows, ACTOR_COLUMNS)

    @cached_property
    def statements(self) -> pd.DataFrame:
        return _records_frame(self.statement_records, STATEMENT_COLUMNS)

    @cached_property
    def all_event_records(self) -> list[Event]:
        acts = self.event_records
        return [*acts, *statement_events(self.tagged, self.statement_records, acts)]

    @cached_property
    def events(self) -> pd.DataFrame:
        return _records_frame(self.all_event_records, EVENT_COLUMNS, article=self.article.id)

    @cached_property
    def themes(self) -> pd.DataFrame:
        return _frame(
            [(h.sentence, h.theme, h.phrase, h.start, h.end) for h in self.tagged.themes],
            THEME_COLUMNS,
        )

    @cached_property
    def timeline(self) -> pd.DataFrame:

        rows = []
        for e in self.event_records:
            if e.date:
                rows.append(
                    (
                        e.date,
                        _precision(e.date),
                        e.date_basis,
                        e.date_text,
                        "event",
                        f"{e.source_country} → {e.target_country} {e.type} ({e.trigger})",
                        e.source,
                        e.target,
                        e.type,
                        e.sentence,
                        e.start,
                        e.end,
                    )
                )
        for m in self.milestones:
            if m.date:
                name = self.tagged.actor(m.actor).name if self.tagged.actor(m.actor) else m.actor
                rows.append(
                    (
                        m.date,
                        _precision(m.date),
                        m.date_basis,
                        m.label,
                        "milestone",
                        f"{name}: {m.label}",
                        m.actor,
                        "",
                        m.type,
                        m.sentence,
                        m.start,
                        m.end,
                    )
                )
        rows.sort(key=lambda r: (r[0], r[10]))  # by date, then start; in Python: cheaper
        return _frame(rows, TIMELINE_COLUMNS)

    # -- network ----------------------------------------------------------------------
    @cached_property
    def _event_rows(self) -> list[dict]:
        """Every event as a dict of EVENT_COLUMNS plus ``article``: what the network reads."""
        aid = self.article.id
        return [{**e.as_row(), "article": aid} for e in self.all_event_records]

    @cached_property
    def _evidence_groups(self) -> dict:
        from ..network import _group_events

        return _group_events(self._event_rows)

    @cached_property
    def _country_edges(self) -> tuple[list, dict]:
        from ..network import _edges_of

        return _edges_of(self._evidence_groups)

    @cached_property
    def network(self):
        from ..network import _graph_of

        return _graph_of(*self._country_edges)

    @cached_property
    def actor_network(self):
        from ..network import actor_graph

        return actor_graph(self.events, self.actors[["actor", "name", "type", "country"]])

    @cached_property
    def balance(self):
        # Solved on plain dicts, equal to balance_partition(self.network) (a test checks
        # it): the camps of one article need neither networkx nor pandas to be imported.
        from ..network import _adjacency, _balance

        return _balance(_adjacency(*self._country_edges))

    @property
    def blocs(self) -> tuple[frozenset, frozenset]:
        return self.balance.blocs

    @property
    def frustration(self) -> int:
        return self.balance.frustration

    @property
    def frustrated_edges(self) -> list[tuple]:
        return self.balance.frustrated_edges

    def export(self, folder) -> list[Path]:
        """Write the network (GEXF, GraphML, node-link JSON) and the tables (CSV) to ``folder``.

        The folder holds one export and is replaced whole (see
        :func:`alignkit.network.export_set`): a crash, a kill or a concurrent export
        leaves the old set or the new one, never a mix, with a manifest
        (``alignkit-export.json``) naming the run and each file's SHA-256.  ``folder``
        may be absent, empty or a previous export; anything else raises
        :class:`~alignkit.network.ExportError`.  File names start with the article id
        made safe for a file name (:func:`~alignkit.network.safe_file_stem`), so an id
        can never write outside ``folder``.  Network nodes carry ``name``, ``type``,
        ``country`` (where known) and ``camp`` (0 or 1, as in :attr:`actors`); the graph
        carries ``article``, ``frustration`` and ``balance_exact``.

        Examples
        --------
        >>> import tempfile, alignkit
        >>> an = alignkit.analyze(alignkit.SEED)
        >>> with tempfile.TemporaryDirectory() as d:
        ...     [p.name for p in an.export(d)][:2]
        ['russia-iran-ties.network.gexf', 'russia-iran-ties.network.graphml']
        """
        return _export(self, folder)


def _export_network(analysis: Analysis):
    """The network with what the analysis knows of its nodes, for the exported files."""
    G = analysis.network.copy()
    camps = {n: i for i, side in enumerate(analysis.blocs) for n in side}
    for node, data in G.nodes(data=True):
        actor = analysis.tagged.actor(node)
        if actor is not None:
            for key in ("name", "type", "country"):
                value = getattr(actor, key, None)
                if value:
                    data[key] = value
        if node in camps:
            data["camp"] = camps[node]
    G.graph.update(
        article=analysis.article.id,
        frustration=analysis.frustration,
        balance_exact=analysis.balance.exact,
    )
    return G


def _export(analysis: Analysis, folder) -> list[Path]:
    from ..network.export import (
        export_csv,
        export_gexf,
        export_graphml,
        export_node_link,
        export_set,
        safe_file_stem,
    )

    stem = safe_file_stem(analysis.article.id)
    G = _export_network(analysis)

    def graph(writer):
        return lambda path: writer(G, path)

    def table(df):
        return lambda path: export_csv(df, path)

    files = [
        (f"{stem}.network.gexf", graph(export_gexf)),
        (f"{stem}.network.graphml", graph(export_graphml)),
        (f"{stem}.network.json", graph(export_node_link)),
        (f"{stem}.actors.csv", table(analysis.actors)),
        (f"{stem}.mentions.csv", table(analysis.mentions)),
        (f"{stem}.events.csv", table(analysis.events)),
        (f"{stem}.statements.csv", table(analysis.statements)),
        (f"{stem}.timeline.csv", table(analysis.timeline)),
    ]
    return export_set(folder, files, meta={"article": analysis.article.id})


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """A table from row tuples, built column by column (a third cheaper than from rows;
    the same dtypes). No rows: the columns alone, as ``DataFrame([], columns=...)`` has."""
    import pandas as pd

    if not rows:
        return pd.DataFrame(rows, columns=columns)
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows, strict=True)), strict=True)))


def _records_frame(records: list, columns: list[str], **constant) -> pd.DataFrame:
    """A table of dataclass records' fields ``columns``, then constant columns."""
    import pandas as pd

    if not records:
        df = pd.DataFrame([], columns=columns)
        for name, value in constant.items():
            df[name] = value
        return df
    data = {c: [getattr(r, c) for r in records] for c in columns}
    for name, value in constant.items():
        data[name] = [value] * len(records)
    return pd.DataFrame(data)


def _precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")
