"""Views of a corpus for notebook 08: the network by period, edge counts over time, the
corpus stance matrix, and an explorer that reads each edge's evidence in its articles.

The style is the article views' (:mod:`.figures`, :mod:`.explorers`):
figures of fixed size and fonts with a title, colour-blind-safe colours, deterministic
layout; HTML with every piece of article text escaped (:mod:`alignkit.notebook.render`); widgets
that keep their state on themselves and print a one-line :meth:`~CorpusExplorer.summary`.

Examples
--------
>>> import alignkit
>>> corpus = alignkit.analyze_corpus([alignkit.SEED], processes=1, progress=False)
>>> box = corpus_explorer(corpus)
>>> [label for label, _ in box.controls["Period"].options][:2]
['all periods', '2024 Q1']
>>> box.controls["Period"].value = box.controls["Period"].options[-1][1]
>>> box.summary().split(":")[0]
'period 2025 Q1'
"""

from __future__ import annotations

import base64
from pathlib import Path

import ipywidgets as W
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .explorers import _evidence_panes, _Summarized
from .figures import (
    CONFLICT_COLOUR,
    COOPERATION_COLOUR,
    RC,
    _new_figure,
    _wrap,
    network_figure,
    stance_figure,
)
from .render import NO_MATH, HTMLDoc, escape, escape_attr, highlight_span

__all__ = [
    "MAIN_PAIRS",
    "OUTLIER_GAP",
    "CorpusExplorer",
    "camps_table",
    "corpus_explorer",
    "corpus_network_figure",
    "corpus_stance_figure",
    "edge_evidence_html",
    "main_span",
    "node_edges_html",
    "outliers",
    "outliers_report",
    "pair_counts",
    "pair_counts_figure",
    "skipped_report",
]

#: The pairs notebook 08 follows over time.
MAIN_PAIRS = (("IRN", "RUS"), ("PRK", "RUS"), ("CHN", "RUS"), ("RUS", "USA"), ("IRN", "USA"))

_CSS = (
    "<style>"
    ".alignkit-evidence-item{margin:0 0 .7em 0;line-height:1.5}"
    ".alignkit-head{font-size:90%;color:#333;margin-bottom:2px}"
    ".alignkit-source{font-size:80%;color:#555}"
    ".alignkit-text mark.evidence{background:#FFF3B0}"
    ".alignkit-text mark.trigger{background:#F0C36B;font-weight:bold}"
    "</style>"
)


# ------------------------------------------------------------------------------ figures


def corpus_network_figure(corpus, G=None, blocs=None, *, title: str = "", **kw) -> Figure:
    """:func:`alignkit.notebook.figures.network_figure` of the corpus (or of ``G``, e.g. a period's
    network); camps ``blocs`` (default: ``G``'s own)."""
    from ..network import balance_partition

    G = corpus.network if G is None else G
    if blocs is None:
        blocs = corpus.blocs if G is corpus.network else balance_partition(G).blocs
    title = title or f"Signed alignment network of {len(corpus.articles)} articles"
    kw.setdefault("labels", {n: corpus.name(n) for n in G.nodes})
    return network_figure(G, blocs, title=title, **kw)


#: Dated evidence further than this from all the rest (two years) is reported, not drawn:
#: one event dated ten years early would otherwise stretch every time axis.
OUTLIER_GAP = pd.Timedelta(days=730)


def _dated(corpus) -> pd.DataFrame:
    """The corpus's dated evidence (events whose mode asserts them), in time order."""
    from ..network._common import NOT_EVIDENCE

    ev = corpus._events
    ev = ev[ev["period_date"].notna() & ~ev["mode"].isin(NOT_EVIDENCE)]
    return ev.sort_values("period_date", kind="stable")


def main_span(corpus, gap: pd.Timedelta = OUTLIER_GAP) -> tuple:
    """``(first, last)`` date of the corpus's main stretch of dated evidence: the dates are
    cut wherever two neighbours lie more than ``gap`` apart, and the stretch with the most
    evidence is kept (the earliest on a tie). ``(None, None)`` when nothing is dated.

    Examples
    --------
    >>> import alignkit
    >>> c = alignkit.analyze_corpus(["data/corpus"], processes=1, progress=False)
    >>> [str(d.date()) for d in main_span(c)]
    ['2022-04-11', '2024-09-14']
    """
    dates = list(_dated(corpus)["period_date"])
    if not dates:
        return (None, None)
    runs, start = [], 0
    for i in range(1, len(dates) + 1):
        if i == len(dates) or dates[i] - dates[i - 1] > gap:
            runs.append((start, i))
            start = i
    a, b = max(runs, key=lambda r: (r[1] - r[0], -r[0]))
    return (dates[a], dates[b - 1])


def outliers(corpus, gap: pd.Timedelta = OUTLIER_GAP) -> pd.DataFrame:
    """The dated evidence outside :func:`main_span`: ``date``, ``article``, ``source``,
    ``target`` (names), ``type`` and ``trigger``, in time order."""
    ev = _dated(corpus)
    first, last = main_span(corpus, gap)
    out = ev[(ev["period_date"] < first) | (ev["period_date"] > last)] if first else ev.iloc[0:0]
    return pd.DataFrame(
        {
            "date": [str(d.date()) for d in out["period_date"]],
            "article": list(out["article"]),
            "source": [corpus.name(x) for x in out["source_country"]],
            "target": [corpus.name(x) for x in out["target_country"]],
            "type": list(out["type"]),
            "trigger": list(out["trigger"]),
        }
    )


def outliers_report(corpus, gap: pd.Timedelta = OUTLIER_GAP) -> HTMLDoc:
    """A line naming the evidence dated far from the rest (left off the time axes and the
    period slider, still in the whole corpus's network), one item each."""
    out = outliers(corpus, gap)
    first, last = main_span(corpus, gap)
    if not len(out):
        return HTMLDoc("<div>Every dated piece of evidence lies in one stretch of time.</div>",
                       "no outlier dates")  # fmt: skip
    span = f"{first.date()} to {last.date()}"
    head = (
        f"{len(out)} piece{'s' * (len(out) != 1)} of evidence dated more than two years from "
        f"the rest ({span}) left off the time axes and the period slider (still counted in "
        "the whole corpus's network):"
    )
    items = "".join(
        f"<li>{escape(r.date)}: {escape(r.source)} → {escape(r.target)} {escape(r.type)} "
        f"(“{escape(r.trigger)}”), {escape(r.article)}</li>"
        for r in out.itertuples(index=False)
    )
    text = head + " " + "; ".join(f"{r.date} {r.article}" for r in out.itertuples(index=False))
    return HTMLDoc(f'<div class="alignkit-outliers {NO_MATH}">{escape(head)}<ul>{items}</ul></div>',
                   text)  # fmt: skip


def _periods_in_span(corpus, freq: str) -> dict:
    """``{Period: network}`` of the periods inside :func:`main_span`."""
    first, last = main_span(corpus)
    if first is None:
        return {}
    return {
        p: G
        for p, G in corpus.periods(freq).items()
        if pd.Timestamp(p.end) > first and pd.Timestamp(p.start) <= last
    }


def pair_counts(corpus, pairs=MAIN_PAIRS, freq: str = "QS") -> pd.DataFrame:
    """Per period and pair: ``articles`` with evidence for the pair in the period, the
    edge's ``sign`` there (0 when there is no edge) and ``n_evidence``; one row per period
    and pair, in time order, pairs as given (``"IRN–RUS"``). Only the periods of
    :func:`main_span`: evidence dated far from the rest is reported by :func:`outliers_report`."""
    rows = []
    for p, G in _periods_in_span(corpus, freq).items():
        for u, v in pairs:
            d = G.edges[u, v] if G.has_edge(u, v) else {}
            rows.append(
                (p.label, p.start, f"{u}–{v}", int(d.get("weight", 0)), int(d.get("sign", 0)),
                 int(d.get("n_evidence", 0)))
            )  # fmt: skip
    return pd.DataFrame(rows, columns=["period", "start", "pair", "articles", "sign", "n_evidence"])


def pair_counts_figure(corpus, pairs=MAIN_PAIRS, freq: str = "QS", *, title: str = "") -> Figure:
    """One panel per pair: the number of articles with evidence for it in each period, the
    bar green (solid) when the period's edge is cooperation, vermillion (hatched) conflict."""
    df = pair_counts(corpus, pairs, freq)
    labels = list(dict.fromkeys(df["period"]))
    names = list(dict.fromkeys(df["pair"]))
    title = title or "Articles with evidence per pair and period"
    width = min(max(7.5, 0.55 * len(labels) + 2.5), 12.0)
    with plt.rc_context(RC):
        fig = _new_figure(width, 1.15 * max(1, len(names)) + 1.6)
        axes = fig.subplots(max(1, len(names)), 1, sharex=True, squeeze=False)[:, 0]
        top = max(1, int(df["articles"].max()) if len(df) else 1)
        for ax, name in zip(axes, names, strict=False):
            sub = df[df["pair"] == name]
            x = [labels.index(p) for p in sub["period"]]
            colours = [COOPERATION_COLOUR if s > 0 else CONFLICT_COLOUR for s in sub["sign"]]
            hatches = ["" if s > 0 else "//" for s in sub["sign"]]
            bars = ax.bar(x, list(sub["articles"]), color=colours, edgecolor="#333333",
                          linewidth=0.5)  # fmt: skip
            for bar, h in zip(bars, hatches, strict=True):
                bar.set_hatch(h)
            ax.set_ylim(0, top + 0.5)
            ax.set_yticks(range(0, top + 1, max(1, (top + 1) // 3)))
            ax.set_ylabel(name, rotation=0, ha="right", va="center")
            ax.margins(x=0.01)
        axes[-1].set_xticks(range(len(labels)), labels=labels, rotation=45, ha="right")
        out = outliers(corpus)
        left = (
            f"\n{len(out)} piece(s) of evidence dated far from the rest left off the axis: "
            + ", ".join(dict.fromkeys(out["date"]))
            if len(out)
            else ""
        )
        axes[-1].set_xlabel(f"period ({freq}); bar height: articles with evidence{left}")
        axes[0].set_title(_wrap(title, width))
        handles = [
            Patch(facecolor=COOPERATION_COLOUR, edgecolor="#333333", label="cooperation (+)"),
            Patch(facecolor=CONFLICT_COLOUR, edgecolor="#333333", hatch="//",
                  label="conflict (−)"),
        ]  # fmt: skip
        fig.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False)
    return fig


class _Names:
    """What :func:`alignkit.notebook.figures.stance_figure` reads of an analysis, for a corpus."""

    class _Actor:
        def __init__(self, name):
            self.name = name

    def __init__(self, corpus):
        self.corpus = corpus
        self.statements = corpus.statements
        self.tagged = self
        actors = corpus.actors
        self._countries = dict(zip(actors["actor"], actors["country"], strict=True))

    def actor(self, actor_id):
        return self._Actor(self.corpus.name(actor_id)) if actor_id else None

    def stands_for(self, actor_id) -> str:
        """The state a speaker speaks for in the corpus ("" for none: left out, as in an
        article's stance matrix)."""
        return self._countries.get(actor_id) or ""


def corpus_stance_figure(corpus, statements=None, *, title: str = "") -> Figure:
    """The speaker × target stance heatmap of the whole corpus (the article view's
    :func:`~alignkit.notebook.figures.stance_figure`, over every article's statements)."""
    st = corpus.statements if statements is None else statements
    n = st["article"].nunique() if len(st) else 0
    title = (
        title or f"Stance of each speaker toward each target ({len(st)} statements, {n} articles)"
    )
    return stance_figure(_Names(corpus), st, title=title)


# ------------------------------------------------------------------------------ evidence


def _sentence(article, start: int, end: int) -> tuple[int, int]:
    first = article.sentence_at(start)
    last = article.sentence_at(max(start, end - 1))
    return (first.start if first else start), (last.end if last else end)


def edge_evidence_html(corpus, G, edge) -> HTMLDoc:
    """Every piece of evidence of ``edge`` in ``G`` (the corpus network or a period's), in
    its article's sentence with the evidence and the trigger marked, under the article's
    date, id and ``Source:`` line. All article text is escaped, ``$`` included."""
    if edge is None or not G.has_edge(*edge):
        body = '<div class="alignkit-head">No edge in this period.</div>'
        return HTMLDoc(_CSS + f'<div class="alignkit-evidence-list {NO_MATH}">{body}</div>',
                       "no edge")  # fmt: skip
    u, v = edge
    d = G.edges[u, v]
    evidence = d.get("evidence", [])
    arts = d.get("articles", [])
    head = (
        f"<h4>{escape(corpus.name(u))} — {escape(corpus.name(v))}: "
        f"{'cooperation' if d['sign'] > 0 else 'conflict'}, score {d.get('score', 0):+.1f}, "
        f"{len(evidence)} piece{'s' if len(evidence) != 1 else ''} of evidence in "
        f"{len(arts)} article{'s' if len(arts) != 1 else ''}</h4>"
    )
    items, cache = [], {}
    for ev in evidence:
        aid = ev["article"]
        if aid not in cache:
            try:
                cache[aid] = corpus.article(aid)
            except (KeyError, OSError, ValueError):
                cache[aid] = None
        art, info = cache[aid], corpus.info(aid)
        meta = (
            f"{info.get('date') or 'undated'} · {aid} · {corpus.name(ev['source'])} → "
            f"{corpus.name(ev['target'])} · {ev['type']} · {ev['mode']}"
        )
        src = f'<div class="alignkit-source">Source: {escape(info.get("source") or "—")}</div>'
        if art is None or ev.get("start") is None:
            text = '<span class="alignkit-text">(the article text is not available)</span>'
        else:
            s, e = ev["start"], ev["end"]
            lo, hi = _sentence(art, s, e)
            marks = [(s, e, "evidence", f"evidence: {ev['type']}")]
            trig = str(ev.get("trigger") or "")
            at = art.text.lower().find(trig.lower(), s, e) if trig else -1
            if at >= 0:
                marks = [m for m in ((s, at), (at, at + len(trig)), (at + len(trig), e))
                         if m[1] > m[0]]  # fmt: skip
                marks = [
                    (a, b, "trigger" if a == at else "evidence",
                     f"trigger: {ev['type']}" if a == at else "evidence")
                    for a, b in marks
                ]  # fmt: skip
            text = highlight_span(art.text[lo:hi], marks, lo)
        items.append(
            f'<div class="alignkit-evidence-item" data-article="{escape_attr(aid)}">'
            f'<div class="alignkit-head">{escape(meta)}</div>{src}{text}</div>'
        )
    html = _CSS + f'<div class="alignkit-evidence-list {NO_MATH}">{head}{"".join(items)}</div>'
    return HTMLDoc(html, f"{u} — {v}: {len(evidence)} evidence in {', '.join(arts)}")


def node_edges_html(corpus, G, node) -> HTMLDoc:
    """The edges of ``node`` in ``G`` (a period's network or the corpus's), by name: sign,
    evidence and articles of each, for the reader when a node is clicked.

    Examples
    --------
    >>> import alignkit
    >>> corpus = alignkit.analyze_corpus([alignkit.SEED], processes=1, progress=False)
    >>> doc = node_edges_html(corpus, corpus.network, "IRN")
    >>> "Iran" in str(doc) and "Russia" in str(doc)
    True
    """
    rows = []
    for m in sorted(G.neighbors(node), key=lambda n: (corpus.name(n), n)):
        d = G.edges[node, m]
        arts = d.get("articles", [])
        rows.append(
            f"<li>{escape(corpus.name(node))} — {escape(corpus.name(m))}: "
            f"{'cooperation (+)' if d['sign'] > 0 else 'conflict (−)'}, "
            f"{len(d.get('evidence', []))} evidence in {len(arts)} "
            f"article{'s' if len(arts) != 1 else ''}</li>"
        )
    head = (
        f"<h4>{escape(corpus.name(node))}: {len(rows)} edge{'s' if len(rows) != 1 else ''} "
        "here; click one (or pick it under <i>Edge</i>) to read its evidence</h4>"
    )
    html = f'<div class="alignkit-evidence-list {NO_MATH}">{head}<ul>{"".join(rows)}</ul></div>'
    return HTMLDoc(html, f"{node}: {len(rows)} edges")


def camps_table(corpus, blocs=None) -> pd.DataFrame:
    """The two camps of the corpus network (or ``blocs``): members sorted, with names."""
    rows = []
    for i, bloc in enumerate(corpus.blocs if blocs is None else blocs):
        rows.append(
            {
                "camp": "AB"[i],
                "members": ", ".join(sorted(bloc)),
                "names": ", ".join(corpus.name(n) for n in sorted(bloc)),
                "size": len(bloc),
            }
        )
    return pd.DataFrame(rows, columns=["camp", "members", "names", "size"])


def skipped_report(corpus) -> HTMLDoc:
    """The files the corpus skipped, by name and reason (or that none was)."""
    sk = corpus.skipped
    if sk.empty:
        return HTMLDoc("<div>No file was skipped.</div>", "No file was skipped.")
    lines = [f"{Path(p).name}: {why}" for p, why in sk.itertuples(index=False)]
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    html = f'<div class="{NO_MATH}">Skipped {len(lines)} file(s):<ul>{items}</ul></div>'
    return HTMLDoc(html, f"Skipped {len(lines)} file(s): " + "; ".join(lines))


# ------------------------------------------------------------------------------ explorer


def _edge_label(corpus, u, v, sign) -> str:
    return f"{corpus.name(u)} — {corpus.name(v)} ({'+' if sign > 0 else '-'})"


class CorpusExplorer(_Summarized, W.VBox):
    """The corpus network period by period (the interactive network of the article explorer,
    and the static figure to print), an edge picker, and the picked edge's evidence.

    Attributes
    ----------
    controls : dict
        ``Period`` (SelectionSlider: ``all periods``, value ``"all"``, then one stop per
        period with evidence inside :func:`main_span`, values
        :class:`~alignkit.network.time.Period`), ``Edge`` (Dropdown of ``(u, v)``;
        the picked pair stays picked while the period has it, else ``edge`` if given, else
        the first).
    current_graph : networkx.Graph
        The network drawn now (the period's, or the whole corpus's).
    graph : alignkit.notebook.graph_widget.InteractiveNetwork (class ``alignkit-graph``)
        The period's network to explore with the mouse (names on the nodes, camps as colour,
        conflict dashed, zoom, pan, drag, search, hover): a click on an edge picks it in
        ``Edge``; a click on a node lists its edges in the period.
    current_figure : matplotlib Figure
    figure : ipywidgets.Output (class ``alignkit-figure``)
    evidence : ipywidgets.HTML (class ``alignkit-evidence``)
    """

    def __init__(self, corpus, freq: str = "QS", edge: tuple | None = None):
        self.corpus = corpus
        self.freq = freq
        self.prefer = tuple(sorted(edge, key=lambda n: (corpus.name(n), n))) if edge else None
        self._periods = corpus.periods(freq)
        self.camps = corpus.camps_over_time(freq).set_index("period")
        wide = W.Layout(width="460px")
        # not None: ipywidgets reads a value of None as "nothing selected"; only the periods
        # with evidence, inside the main stretch of time (outliers_report names the rest)
        shown = [p for p, G in _periods_in_span(corpus, freq).items() if G.number_of_edges()]
        options = [("all periods", "all")] + [(p.label, p) for p in shown]
        self.controls = {
            "Period": W.SelectionSlider(
                description="Period",
                options=options,
                layout=W.Layout(width="560px"),
                continuous_update=False,
            ),  # fmt: skip
            "Edge": W.Dropdown(description="Edge", options=[], layout=wide),
        }
        _evidence_panes(self)
        self.current_graph = corpus.network
        self.current_figure: Figure | None = None
        self.graph = None
        self.graph_box = W.Box()
        self.graph_box.add_class("alignkit-graph-box")
        c = self.controls
        self.outliers = W.HTML(str(outliers_report(corpus)) if len(outliers(corpus)) else "")
        self.outliers.add_class("alignkit-outliers-note")
        super().__init__(
            [c["Period"], self.outliers, self.status, self.graph_box, c["Edge"], self.evidence,
             self.figure]
        )  # fmt: skip
        self.add_class("alignkit-corpus-explorer")
        c["Period"].observe(self._rebuild, names="value")
        c["Edge"].observe(self._picked, names="value")
        self._rebuild()

    @property
    def period(self):
        """The :class:`~alignkit.network.time.Period` shown, None for all periods."""
        value = self.controls["Period"].value
        return None if isinstance(value, str) else value

    def _blocs(self):
        p = self.period
        if p is None:
            return self.corpus.blocs
        row = self.camps.loc[p.label]
        return (frozenset(row["camp_a"]), frozenset(row["camp_b"]))

    def _rebuild(self, *_):
        p = self.period
        self.current_graph = self.corpus.network if p is None else self._periods[p]
        G, corpus = self.current_graph, self.corpus
        ends = [(*sorted((a, b), key=lambda n: (corpus.name(n), n)), s)
                for a, b, s in G.edges(data="sign")]  # fmt: skip
        options = sorted((_edge_label(corpus, u, v, s), (u, v)) for u, v, s in ends)
        edge = self.controls["Edge"]
        values = [o[1] for o in options]
        keep = edge.value if edge.value in values else None
        if keep is None and self.prefer in values:
            keep = self.prefer
        self._busy = True
        try:
            edge.options = options
            edge.value = keep if keep is not None else (values[0] if values else None)
        finally:
            self._busy = False
        self._new_graph()
        self._picked()

    def _title(self) -> str:
        p = self.period
        when = "all periods" if p is None else f"{p.label} ({p.start} to {p.last_day})"
        return f"Signed alignment network, {when}"

    def _new_graph(self) -> None:
        """Draw the period's network in the interactive view (one view, redrawn in place)."""
        from .graph_widget import InteractiveNetwork

        G, corpus = self.current_graph, self.corpus
        labels = {n: corpus.name(n) for n in G}
        args = (G, self._blocs())
        if self.graph is None:
            self.graph = InteractiveNetwork(
                *args, labels=labels, title=self._title(), weight_unit="article"
            )
            self.graph.on_select(self._clicked)
            self.graph_box.children = (self.graph,)
        else:
            self.graph.set_graph(*args, labels=labels, title=self._title())

    def _clicked(self, item) -> None:
        """An edge clicked in the interactive network is picked in ``Edge`` (its evidence is
        read); a node clicked lists its edges in the period."""
        kind, what = item
        if kind == "edge":
            match = [v for _, v in self.controls["Edge"].options if set(v) == set(what)]
            if match and self.controls["Edge"].value != match[0]:
                self.controls["Edge"].value = match[0]
            elif match:
                self._picked()
            return
        self.evidence.value = str(node_edges_html(self.corpus, self.current_graph, what))

    def _picked(self, *_):
        if self._busy:
            return
        edge = self.controls["Edge"].value
        self.current_figure = corpus_network_figure(
            self.corpus, self.current_graph, self._blocs(), title=self._title(),
            highlight_edge=edge,
        )  # fmt: skip
        from .explorers import _show

        _show(self.figure, self.current_figure)
        if self.graph is not None and edge is not None:
            self.graph.selected = ("edge", tuple(sorted(edge)))
            self.graph.view.highlight = self.graph._id(self.graph.selected)
        self.evidence.value = str(edge_evidence_html(self.corpus, self.current_graph, edge))
        self.status.value = f"<small>{escape(self.summary())}</small>"

    @property
    def figure_png(self) -> bytes:
        return base64.b64decode(self.figure.outputs[0]["data"]["image/png"])

    def evidence_articles(self) -> list[str]:
        """The articles the evidence shown now comes from (sorted)."""
        edge, G = self.controls["Edge"].value, self.current_graph
        return list(G.edges[edge]["articles"]) if edge and G.has_edge(*edge) else []

    def summary(self) -> str:
        G, c = self.current_graph, self.controls
        p = self.period
        signs = [s for _, _, s in G.edges(data="sign")]
        picked = c["Edge"].label or "none"
        arts = self.evidence_articles()
        return (
            f"period {'all' if p is None else p.label}: {G.number_of_nodes()} nodes, "
            f"{G.number_of_edges()} edges ({signs.count(1)} cooperation, {signs.count(-1)} "
            f"conflict); edge {picked}: evidence in {len(arts)} article(s)"
        )


def corpus_explorer(corpus, freq: str = "QS", edge: tuple | None = None) -> CorpusExplorer:
    """The interactive corpus network by period (see :class:`CorpusExplorer`); ``edge``
    is picked first wherever the period has it (e.g. ``("IRN", "RUS")``)."""
    return CorpusExplorer(corpus, freq, edge)
