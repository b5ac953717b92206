"""Views of an analysis for notebooks: matplotlib figures, HTML tables and ipywidgets explorers.

Everything here can be driven without a browser or a kernel: the explorers keep their state
on the widget (``controls``, ``current_graph``, ``evidence``...), and they put their figures
into their ``Output`` widget by setting its ``outputs`` directly (a PNG bundle), so a test can
set a control's value and read what the user would see. Every explorer also has a one-line
:meth:`summary` and a short ``repr``: the text a notebook stores and nbval compares.

Figures are plain :class:`matplotlib.figure.Figure` objects (not registered with pyplot: no
duplicate inline display, nothing to close), drawn with fixed size, dpi and fonts
(:data:`RC`), colour-blind-safe colours (Okabe-Ito; ``RdBu`` for stance), and a
deterministic layout.

Examples
--------
>>> import alignkit
>>> from alignkit import widgets
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> box = widgets.network_explorer(an)
>>> box.controls["Sign"].value = "conflict"
>>> sorted(box.current_graph.edges(data="sign"))
[('IRN', 'USA', -1)]
>>> box.controls["Edge"].options[0][0]
'IRN — USA (-)'
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import math
from pathlib import Path

import ipywidgets as W
import matplotlib.dates as mdates

# pyplot is imported for rc_context and so that, in a kernel, the inline backend registers
# its Figure -> PNG formatter; figures themselves are created without pyplot.
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .article import ArticleError, load_article, slugify
from .codebook import CodebookError
from .network import actor_graph, balance_partition, country_graph
from .pipeline import analyze, analyze_text
from .render import TYPE_COLOURS, HTMLDoc, highlight, highlight_span

__all__ = [
    "CAMP_COLOURS",
    "CONFLICT_COLOUR",
    "COOPERATION_COLOUR",
    "RC",
    "AlignkitFigure",
    "ArticleInput",
    "NetworkExplorer",
    "StatementExplorer",
    "actor_chart",
    "article_input",
    "article_view",
    "camp_layout",
    "camps_table",
    "evaluation_errors",
    "network_explorer",
    "network_figure",
    "signed_graph",
    "stance_figure",
    "stance_matrix",
    "statement_explorer",
    "statements_html",
    "structure_table",
    "themes_by_paragraph",
    "timeline_figure",
    "views",
]

#: Matplotlib settings used while drawing: fixed dpi and fonts, no date-stamped SVGs.
RC = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.labelsize": 10,
    "legend.fontsize": 9,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "alignkit",
    "path.simplify": True,
}

# Okabe-Ito (Wong 2011): camps blue / orange, outside grey; edges green solid / vermillion dashed.
CAMP_COLOURS = ("#0072B2", "#E69F00", "#999999")
COOPERATION_COLOUR = "#009E73"
CONFLICT_COLOUR = "#D55E00"
_EVENT_COLOUR, _MILESTONE_COLOUR = "#0072B2", "#D55E00"
_STANCE_SCORE = {"positive": 1.0, "negative": -1.0, "neutral": 0.0}

_CSS = (
    "<style>"
    ".alignkit-evidence-item,.alignkit-statement{margin:0 0 .6em 0;line-height:1.5}"
    ".alignkit-head{font-size:90%;color:#333;margin-bottom:2px}"
    ".alignkit-text mark{padding:0 2px;border-radius:3px}"
    ".alignkit-text mark.evidence{background:#FFF3B0}"
    ".alignkit-text mark.trigger{background:#CC79A7;color:#fff}"
    ".alignkit-text mark.speaker{background:#E69F00}"
    ".alignkit-text mark.cue{background:#56B4E9}"
    ".alignkit-text mark.content{background:#F0E442}"
    ".alignkit-error{color:#B00020;font-weight:bold}"
    "</style>"
)


def _esc(value) -> str:
    return html.escape(str(value), quote=True)


class AlignkitFigure(Figure):
    """A Figure that displays itself as PNG (at :data:`RC` dpi) without pyplot, and whose text
    repr names its title (what nbval compares, and what a terminal shows)."""

    def _repr_png_(self) -> bytes:
        return _png(self)

    def __repr__(self) -> str:
        w, h = self.get_size_inches() * self.dpi
        title = self.axes[0].get_title() if self.axes else ""
        return f"<Figure {w:g}x{h:g}: {title}>" if title else f"<Figure {w:g}x{h:g}>"


def _new_figure(width: float, height: float) -> Figure:
    return AlignkitFigure(figsize=(width, height), dpi=RC["figure.dpi"], layout="constrained")


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    with plt.rc_context(RC):
        fig.savefig(buf, format="png", dpi=RC["savefig.dpi"], metadata={"Software": None})
    return buf.getvalue()


def _bundle(obj) -> dict:
    """A display_data output for an Output widget's ``outputs`` (no kernel needed)."""
    if isinstance(obj, Figure):
        data = {
            "image/png": base64.b64encode(_png(obj)).decode("ascii"),
            "text/plain": repr(obj),
        }
    elif isinstance(obj, pd.DataFrame):
        data = {"text/html": obj.to_html(), "text/plain": obj.to_string()}
    elif isinstance(obj, HTMLDoc):
        data = {"text/html": str(obj), "text/plain": repr(obj)}
    else:
        data = {"text/plain": str(obj)}
    return {"output_type": "display_data", "data": data, "metadata": {}}


def _show(output: W.Output, *objs) -> None:
    output.outputs = tuple(_bundle(o) for o in objs)


def _name(analysis, actor_id: str) -> str:
    a = analysis.tagged.actor(actor_id) if actor_id else None
    return a.name if a else str(actor_id)


def _context(article, start: int, end: int) -> tuple[int, int]:
    """The sentences around ``[start, end)`` (the span itself if outside every sentence)."""
    first = article.sentence_at(start)
    last = article.sentence_at(max(start, end - 1))
    return (first.start if first else start), (last.end if last else end)


# ------------------------------------------------------------------------------ networks


def signed_graph(G: nx.Graph) -> nx.Graph:
    """A simple undirected signed graph to draw: multigraph/directed edges merged per pair.

    Merged edges get ``score`` (fsum of ``sign * intensity``), ``sign`` (+1 if the score is
    positive, else -1, as :func:`alignkit.network.country_graph`), ``weight`` (count),
    ``types``, ``modes`` and ``evidence`` (the event rows, sorted by offset). A simple
    undirected graph is returned as is.
    """
    if not G.is_multigraph() and not G.is_directed():
        return G
    H = nx.Graph()
    for n in sorted(G.nodes):
        H.add_node(n, **G.nodes[n])
    merged: dict[tuple, list[dict]] = {}
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        merged.setdefault(tuple(sorted((u, v))), []).append(d)
    for (u, v), rows in sorted(merged.items()):
        score = math.fsum(int(d.get("sign", 0)) * float(d.get("intensity", 1.0)) for d in rows)

        def key(d):
            return (d.get("start") is None, d.get("start") or 0, d.get("end") or 0)

        H.add_edge(
            u,
            v,
            score=score,
            sign=1 if score > 0 else -1,
            weight=len(rows),
            types=sorted({str(d.get("type", "")) for d in rows}),
            modes=sorted({str(d.get("mode", "")) for d in rows}),
            evidence=sorted((dict(d) for d in rows), key=key),
        )
    return H


def camp_layout(G: nx.Graph, blocs=(), *, sort_key=None) -> dict:
    """Nodes on a circle: camp A on the left arc, camp B on the right, the rest at the bottom.

    On a circle no edge passes through a node; the order within a camp is ``sort_key``
    (default: the node id), so the layout is the same in every process.
    """
    side = {n: i for i, bloc in enumerate(blocs) for n in bloc}
    key = sort_key or str
    groups = [
        sorted((n for n in G if side.get(n) == 0), key=key),
        sorted((n for n in G if side.get(n) not in (0, 1)), key=key),
        sorted((n for n in G if side.get(n) == 1), key=key),
    ]
    slots: list = []
    for g in groups:
        if g:
            slots.extend(g)
            slots.append(None)
    if not slots:
        return {}
    if len(slots) == 2:  # a single node
        return {slots[0]: (0.0, 0.0)}
    step = 2 * math.pi / len(slots)
    first = len(groups[0]) or len(groups[1]) or len(groups[2])
    theta0 = math.pi - (first - 1) / 2 * step
    pos = {}
    for k, n in enumerate(slots):
        if n is not None:
            a = theta0 + k * step
            pos[n] = (math.cos(a), math.sin(a))
    return pos


def _members(nodes, labels) -> str:
    names = sorted(labels.get(n, str(n)) for n in nodes)
    text = ", ".join(names)
    return text if len(names) <= 6 and len(text) <= 38 else f"{len(names)} nodes"


def network_figure(
    G: nx.Graph,
    blocs=(),
    *,
    title: str,
    ax=None,
    highlight_edge: tuple | None = None,
    seed: int = 7,
    layout: str = "camps",
) -> Figure:
    """Draw a signed network: camps as node colours, cooperation solid green, conflict dashed.

    Parameters
    ----------
    G : networkx.Graph or MultiDiGraph
        A country graph, or an actor graph (merged per pair by :func:`signed_graph`). Node
        labels are the ``name`` attribute when present (actor graphs), else the id.
    blocs : pair of sets
        The two camps (e.g. ``analysis.blocs``); nodes in neither are drawn grey.
    title : str
    ax : matplotlib Axes, optional
        Draw into it instead of a new figure; its figure is returned.
    highlight_edge : (u, v), optional
        Drawn with a dark halo.
    seed : int
        Seed of ``spring_layout`` when ``layout="spring"``.
    layout : "camps" or "spring"
        ``camps`` (default): see :func:`camp_layout`.
    """
    H = signed_graph(G)
    labels = {n: str(H.nodes[n].get("name") or n) for n in H.nodes}
    side = {n: i for i, bloc in enumerate(blocs) for n in bloc}
    with plt.rc_context(RC):
        if ax is None:
            fig = _new_figure(9.0, 6.0)
            ax = fig.add_subplot()
        fig = ax.figure
        if layout == "spring":
            S = nx.Graph()
            S.add_nodes_from(sorted(H.nodes))
            S.add_edges_from(sorted(tuple(sorted(e)) for e in H.edges))
            pos = nx.spring_layout(S, seed=seed)
        else:
            pos = camp_layout(
                H, blocs, sort_key=lambda n: (str(H.nodes[n].get("country") or ""), labels[n])
            )
        nodes = sorted(H.nodes)
        if highlight_edge is not None and H.has_edge(*highlight_edge):
            u, v = highlight_edge
            ax.plot(
                [pos[u][0], pos[v][0]], [pos[u][1], pos[v][1]],
                color="#000000", alpha=0.25, linewidth=14, solid_capstyle="round", zorder=1,
            )  # fmt: skip
        for sign, colour, style in (
            (1, COOPERATION_COLOUR, "solid"),
            (-1, CONFLICT_COLOUR, "dashed"),
        ):
            edges = sorted(tuple(sorted((u, v))) for u, v, s in H.edges(data="sign") if s == sign)
            if not edges:
                continue
            widths = [1.5 + 0.6 * min(H.edges[e].get("weight", 1), 8) for e in edges]
            coll = nx.draw_networkx_edges(
                H, pos, edgelist=edges, ax=ax, edge_color=colour, style=style, width=widths
            )
            for c in coll if isinstance(coll, list) else [coll]:
                c.set_zorder(2)
        if nodes:
            colours = [CAMP_COLOURS[side.get(n, 2)] for n in nodes]
            drawn = nx.draw_networkx_nodes(
                H, pos, nodelist=nodes, ax=ax, node_color=colours, node_size=700,
                edgecolors="#FFFFFF", linewidths=1.5,
            )  # fmt: skip
            drawn.set_zorder(3)
        for n in nodes:
            x, y = pos[n]
            r = math.hypot(x, y)
            dx, dy = (x / r, y / r) if r else (0.0, 1.0)
            ax.text(
                x + 0.17 * dx, y + 0.14 * dy, labels[n], zorder=4, fontsize=10,
                ha="left" if dx > 0.3 else "right" if dx < -0.3 else "center",
                va="bottom" if dy > 0.3 else "top" if dy < -0.3 else "center",
            )  # fmt: skip
        if not nodes:
            ax.text(0, 0, "No edge matches the filters", ha="center", va="center", color="#555555")
        ax.set_xlim(-1.9, 1.9)
        ax.set_ylim(-1.45, 1.4)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_visible(False)
        handles = []
        for i, name in enumerate(("camp A", "camp B")):
            members = [n for n in nodes if side.get(n) == i]
            if members:
                handles.append(
                    Line2D([], [], marker="o", linestyle="", markersize=11,
                           markerfacecolor=CAMP_COLOURS[i], markeredgecolor="#FFFFFF",
                           label=f"{name}: {_members(members, labels)}")
                )  # fmt: skip
        if any(n not in side for n in nodes):
            handles.append(
                Line2D([], [], marker="o", linestyle="", markersize=11,
                       markerfacecolor=CAMP_COLOURS[2], label="in no camp")
            )  # fmt: skip
        handles.append(Line2D([], [], color=COOPERATION_COLOUR, lw=2.5, label="cooperation (+)"))
        handles.append(
            Line2D([], [], color=CONFLICT_COLOUR, lw=2.5, linestyle="--", label="conflict (−)")
        )
        if ax.figure.get_layout_engine() is not None and len(ax.figure.axes) == 1:
            fig.legend(handles=handles, loc="outside right upper", frameon=False)
        else:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        ax.set_title(title)
        ax.set_xlabel("node colour: camp (structural balance) · line: sign · width: evidence count")
    return fig


def camps_table(analysis) -> pd.DataFrame:
    """The two camps of the country network, members sorted (frozensets print unordered)."""
    rows = []
    for i, bloc in enumerate(analysis.blocs):
        rows.append(
            {
                "camp": "AB"[i],
                "members": ", ".join(sorted(bloc)),
                "names": ", ".join(_name(analysis, n) for n in sorted(bloc)),
                "size": len(bloc),
            }
        )
    return pd.DataFrame(rows, columns=["camp", "members", "names", "size"])


def _edge_label(u, v, sign, labels) -> str:
    return f"{labels.get(u, u)} — {labels.get(v, v)} ({'+' if sign > 0 else '-'})"


def _evidence_html(analysis, G: nx.Graph, edge, labels) -> str:
    if edge is None or not G.has_edge(*edge):
        return _CSS + '<div class="alignkit-head">No edge matches the filters.</div>'
    u, v = edge
    d = G.edges[u, v]
    art = analysis.article
    n = len(d.get("evidence", []))
    head = (
        f"<h4>{_esc(_edge_label(u, v, d['sign'], labels))}: "
        f"{'cooperation' if d['sign'] > 0 else 'conflict'}, score {d.get('score', 0):+.1f}, "
        f"{n} piece{'s' if n != 1 else ''} of evidence</h4>"
    )
    items = []
    for ev in d.get("evidence", []):
        start, end = ev.get("start"), ev.get("end")
        if start is None or end is None:
            continue
        lo, hi = _context(art, start, end)
        marks = []
        trigger = str(ev.get("trigger") or "")
        at = art.text.lower().find(trigger.lower(), start, end) if trigger else -1
        if at >= 0:
            t_end = at + len(trigger)
            if at > start:
                marks.append((start, at, "evidence", "evidence"))
            marks.append((at, t_end, "trigger", f"trigger: {ev.get('type', '')}"))
            if t_end < end:
                marks.append((t_end, end, "evidence", "evidence"))
        else:
            marks.append((start, end, "evidence", f"evidence: {ev.get('type', '')}"))
        who = f"{_name(analysis, ev.get('source', ''))} → {_name(analysis, ev.get('target', ''))}"
        meta = f"{who} · {ev.get('type', '')} · {ev.get('mode', '')} · {ev.get('origin', '')}"
        items.append(
            '<div class="alignkit-evidence-item">'
            f'<div class="alignkit-head">{_esc(meta)}</div>'
            f"{highlight_span(art.text[lo:hi], marks, lo)}</div>"
        )
    return _CSS + head + "".join(items)


class NetworkExplorer(W.VBox):
    """The signed network with filters, an edge picker and the evidence of the picked edge.

    Attributes
    ----------
    controls : dict
        ``Sign``, ``Type``, ``Mode`` (Dropdowns), ``Level`` (ToggleButtons), ``Edge``
        (Dropdown whose values are ``(u, v)`` pairs).
    current_graph : networkx.Graph
        The simple signed graph drawn now (country ids, or actor ids at actor level).
    current_blocs : pair of frozensets
        Its camps (at actor level: the camps of the actors' countries).
    current_figure : matplotlib Figure
    figure : ipywidgets.Output (class ``alignkit-figure``)
    evidence : ipywidgets.HTML (class ``alignkit-evidence``)
    """

    def __init__(self, analysis):
        self.analysis = analysis
        ev = analysis.events
        self._events = ev[ev["mode"] != "denied"]
        self._actors = analysis.actors[["actor", "name", "type", "country"]]
        types = sorted({str(t) for t in self._events["type"] if t})
        modes = sorted({str(m) for m in self._events["mode"] if m})
        wide = W.Layout(width="420px")
        self.controls = {
            "Sign": W.Dropdown(description="Sign", options=["all", "cooperation", "conflict"]),
            "Type": W.Dropdown(description="Type", options=["all", *types]),
            "Mode": W.Dropdown(description="Mode", options=["all", *modes]),
            "Level": W.ToggleButtons(description="Level", options=["country", "actor"]),
            "Edge": W.Dropdown(description="Edge", options=[], layout=wide),
        }
        self.figure = W.Output()
        self.figure.add_class("alignkit-figure")
        self.evidence = W.HTML()
        self.evidence.add_class("alignkit-evidence")
        self.status = W.HTML()
        self.status.add_class("alignkit-summary")
        self._busy = False
        self.current_graph = nx.Graph()
        self.current_blocs: tuple = (frozenset(), frozenset())
        self.current_figure: Figure | None = None
        c = self.controls
        super().__init__(
            [
                W.HBox([c["Sign"], c["Type"], c["Mode"]]),
                c["Level"],
                c["Edge"],
                self.status,
                self.figure,
                self.evidence,
            ]
        )
        self.add_class("alignkit-network-explorer")
        for name in ("Sign", "Type", "Mode", "Level"):
            c[name].observe(self._rebuild, names="value")
        c["Edge"].observe(self._picked, names="value")
        self._rebuild()

    # -- state ---------------------------------------------------------------------------
    def filtered_events(self) -> pd.DataFrame:
        """The events the current filters keep (denied events never count)."""
        ev, c = self._events, self.controls
        if c["Sign"].value != "all":
            ev = ev[ev["sign"] == (1 if c["Sign"].value == "cooperation" else -1)]
        if c["Type"].value != "all":
            ev = ev[ev["type"] == c["Type"].value]
        if c["Mode"].value != "all":
            ev = ev[ev["mode"] == c["Mode"].value]
        return ev

    def _labels(self) -> dict:
        G = self.current_graph
        return {n: str(G.nodes[n].get("name") or n) for n in G.nodes}

    def _rebuild(self, *_):
        ev = self.filtered_events()
        countries = country_graph(ev)
        blocs = balance_partition(countries).blocs
        if self.controls["Level"].value == "actor":
            ok = ev[(ev["source"].fillna("") != "") & (ev["target"].fillna("") != "")]
            G = signed_graph(actor_graph(ok, self._actors))
            node_of = {}
            for row in ok.itertuples(index=False):
                node_of.setdefault(row.source, row.source_country)
                node_of.setdefault(row.target, row.target_country)
            side = {n: i for i, b in enumerate(blocs) for n in b}
            blocs = tuple(frozenset(a for a in G if side.get(node_of.get(a)) == i) for i in (0, 1))
        else:
            G = countries
        self.current_graph, self.current_blocs = G, blocs
        labels = self._labels()
        ends = [
            sorted((a, b), key=lambda n: (labels[n], n)) + [s] for a, b, s in G.edges(data="sign")
        ]
        options = sorted((_edge_label(u, v, s, labels), (u, v)) for u, v, s in ends)
        edge = self.controls["Edge"]
        keep = edge.value if edge.value in [o[1] for o in options] else None
        self._busy = True
        try:
            edge.options = options
            edge.value = keep if keep is not None else (options[0][1] if options else None)
        finally:
            self._busy = False
        self._picked()

    def _picked(self, *_):
        if self._busy:
            return
        G, c = self.current_graph, self.controls
        edge = c["Edge"].value
        title = (
            f"Alignment network, {c['Level'].value} level "
            f"(sign: {c['Sign'].value}, type: {c['Type'].value}, mode: {c['Mode'].value})"
        )
        self.current_figure = network_figure(
            G, self.current_blocs, title=title, highlight_edge=edge
        )
        _show(self.figure, self.current_figure)
        self.evidence.value = _evidence_html(self.analysis, G, edge, self._labels())
        self.status.value = f"<small>{_esc(self.summary())}</small>"

    @property
    def figure_png(self) -> bytes:
        """The PNG shown in the figure Output now."""
        return base64.b64decode(self.figure.outputs[0]["data"]["image/png"])

    def summary(self) -> str:
        G, c = self.current_graph, self.controls
        signs = [s for _, _, s in G.edges(data="sign")]
        picked = c["Edge"].label or "none"
        n_ev = len(G.edges[c["Edge"].value].get("evidence", [])) if c["Edge"].value else 0
        return (
            f"{c['Level'].value} level, sign={c['Sign'].value}, type={c['Type'].value}, "
            f"mode={c['Mode'].value}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
            f"({signs.count(1)} cooperation, {signs.count(-1)} conflict); "
            f"edge {picked}: {n_ev} evidence"
        )

    def __repr__(self) -> str:
        G = self.current_graph
        return (
            f"NetworkExplorer({self.controls['Level'].value} level: "
            f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges)"
        )


def network_explorer(analysis) -> NetworkExplorer:
    """The interactive alignment network of ``analysis`` (see :class:`NetworkExplorer`)."""
    return NetworkExplorer(analysis)


# ------------------------------------------------------------------------------ statements


def stance_matrix(analysis, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mean stance of each speaker toward each target (+1 positive, 0 neutral, -1 negative).

    Rows are speaker names, columns target names (both sorted); NaN where a speaker says
    nothing about a target. ``statements`` defaults to ``analysis.statements``.
    """
    st = analysis.statements if statements is None else statements
    rows = [
        (_name(analysis, r.speaker), _name(analysis, t), _STANCE_SCORE.get(r.stance, 0.0))
        for r in st.itertuples(index=False)
        for t in (r.targets or [])
    ]
    df = pd.DataFrame(rows, columns=["speaker", "target", "stance"])
    if df.empty:
        return pd.DataFrame(index=pd.Index([], name="speaker"), columns=pd.Index([], name="target"))
    m = df.pivot_table(index="speaker", columns="target", values="stance", aggfunc="mean")
    return m.sort_index().sort_index(axis=1)


def _stance_counts(analysis, st: pd.DataFrame) -> dict:
    counts: dict[tuple, int] = {}
    for r in st.itertuples(index=False):
        for t in r.targets or []:
            k = (_name(analysis, r.speaker), _name(analysis, t))
            counts[k] = counts.get(k, 0) + 1
    return counts


def stance_figure(analysis, statements: pd.DataFrame | None = None, *, title: str = "") -> Figure:
    """Heatmap of :func:`stance_matrix` (diverging RdBu: red negative, blue positive)."""
    st = analysis.statements if statements is None else statements
    m = stance_matrix(analysis, st)
    counts = _stance_counts(analysis, st)
    title = title or f"Stance of each speaker toward each target ({len(st)} statements)"
    with plt.rc_context(RC):
        fig = _new_figure(max(6.0, 1.1 * len(m.columns) + 4.0), max(3.0, 0.55 * len(m) + 2.2))
        ax = fig.add_subplot()
        if m.empty:
            ax.text(0.5, 0.5, "No statement with a target matches the filters",
                    ha="center", va="center", transform=ax.transAxes, color="#555555")  # fmt: skip
            ax.set_xticks([])
            ax.set_yticks([])
        else:
            cmap = plt.get_cmap("RdBu").with_extremes(bad="#EEEEEE")
            values = m.to_numpy(dtype=float)
            im = ax.imshow(values, cmap=cmap, vmin=-1, vmax=1, aspect="auto")
            ax.set_xticks(range(len(m.columns)), labels=list(m.columns), rotation=30, ha="right")
            ax.set_yticks(range(len(m.index)), labels=list(m.index))
            for i, sp in enumerate(m.index):
                for j, tg in enumerate(m.columns):
                    v = values[i, j]
                    if not math.isnan(v):
                        ax.text(j, i, f"{v:+.1f}\nn={counts.get((sp, tg), 0)}", ha="center",
                                va="center", fontsize=8,
                                color="#FFFFFF" if abs(v) > 0.6 else "#000000")  # fmt: skip
            bar = fig.colorbar(im, ax=ax, shrink=0.9)
            bar.set_label("mean stance (−1 negative, 0 neutral, +1 positive)")
            bar.set_ticks([-1, 0, 1])
        ax.set_xlabel("target")
        ax.set_ylabel("speaker")
        ax.set_title(title)
    return fig


def statements_html(analysis, statements: pd.DataFrame | None = None) -> HTMLDoc:
    """One ``<div class="alignkit-statement">`` per statement: its sentence with the speaker,
    cue and content in ``<mark>`` (article text escaped)."""
    st = analysis.statements if statements is None else statements
    art = analysis.article
    out = [_CSS]
    for r in st.itertuples(index=False):
        spans = [(r.speaker_start, r.speaker_end), (r.cue_start, r.cue_end),
                 (r.content_start, r.content_end)]  # fmt: skip
        lo, hi = _context(art, min(s for s, _ in spans), max(e for _, e in spans))
        speaker = _name(analysis, r.speaker)
        marks = [
            (r.speaker_start, r.speaker_end, "speaker", f"speaker: {speaker}"),
            (r.cue_start, r.cue_end, "cue", f"cue ({r.kind})"),
            (r.content_start, r.content_end, "content", f"content ({r.stance})"),
        ]
        targets = ", ".join(_name(analysis, t) for t in (r.targets or [])) or "none"
        meta = f"{speaker} · {r.stance} · targets: {targets}"
        if r.type:
            meta += f" · verbal event {r.type}"
        out.append(
            f'<div class="alignkit-statement" data-speaker="{_esc(r.speaker)}">'
            f'<div class="alignkit-head">{_esc(meta)}</div>'
            f"{highlight_span(art.text[lo:hi], marks, lo)}</div>"
        )
    if len(out) == 1:
        out.append('<div class="alignkit-head">No statement matches the filters.</div>')
    return HTMLDoc("".join(out), f"{len(st)} statements, each in its sentence")


class StatementExplorer(W.VBox):
    """Statements filtered by speaker and stance, each in its sentence, and the stance matrix.

    Attributes: ``controls`` (``Speaker``, ``Stance``), ``statements`` (HTML widget, class
    ``alignkit-statements``), ``figure`` (Output, class ``alignkit-figure``),
    ``current_statements`` (DataFrame shown), ``current_figure``.
    """

    def __init__(self, analysis):
        self.analysis = analysis
        st = analysis.statements
        speakers = sorted({(_name(analysis, s), s) for s in st["speaker"]})
        self.controls = {
            "Speaker": W.Dropdown(description="Speaker", options=[("all", "all"), *speakers]),
            "Stance": W.Dropdown(
                description="Stance", options=["all", "positive", "negative", "neutral"]
            ),
        }
        self.statements = W.HTML()
        self.statements.add_class("alignkit-statements")
        self.figure = W.Output()
        self.figure.add_class("alignkit-figure")
        self.status = W.HTML()
        self.status.add_class("alignkit-summary")
        self.current_statements = st
        self.current_figure: Figure | None = None
        super().__init__(
            [
                W.HBox([self.controls["Speaker"], self.controls["Stance"]]),
                self.status,
                self.statements,
                self.figure,
            ]
        )
        self.add_class("alignkit-statement-explorer")
        for c in self.controls.values():
            c.observe(self._update, names="value")
        self._update()

    def filtered_statements(self) -> pd.DataFrame:
        st, c = self.analysis.statements, self.controls
        if c["Speaker"].value != "all":
            st = st[st["speaker"] == c["Speaker"].value]
        if c["Stance"].value != "all":
            st = st[st["stance"] == c["Stance"].value]
        return st

    def _update(self, *_):
        st = self.filtered_statements()
        self.current_statements = st
        self.statements.value = str(statements_html(self.analysis, st))
        c = self.controls
        title = (
            f"Stance toward each target (speaker: {c['Speaker'].label}, "
            f"stance: {c['Stance'].value}; {len(st)} statements)"
        )
        self.current_figure = stance_figure(self.analysis, st, title=title)
        _show(self.figure, self.current_figure)
        self.status.value = f"<small>{_esc(self.summary())}</small>"

    @property
    def figure_png(self) -> bytes:
        return base64.b64decode(self.figure.outputs[0]["data"]["image/png"])

    def summary(self) -> str:
        st, c = self.current_statements, self.controls
        counts = st["stance"].value_counts()
        parts = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("positive", "negative", "neutral"))
        return (
            f"speaker={c['Speaker'].label}, stance={c['Stance'].value}: {len(st)} statements "
            f"({parts}) by {st['speaker'].nunique()} speakers"
        )

    def __repr__(self) -> str:
        return f"StatementExplorer({len(self.current_statements)} statements shown)"


def statement_explorer(analysis) -> StatementExplorer:
    """The interactive statements of ``analysis`` (see :class:`StatementExplorer`)."""
    return StatementExplorer(analysis)


# ------------------------------------------------------------------------------ article


def structure_table(analysis) -> pd.DataFrame:
    """The article's structure as ``field``/``value`` rows (all values strings)."""
    art = analysis.article
    blocks = pd.Series([s.block for s in art.sentences]).value_counts()
    ev = art.date_evidence or {}
    rows = [
        ("id", art.id),
        ("publisher", art.publisher or ""),
        ("section", art.section or ""),
        ("headline", art.headline.text if art.headline else ""),
        ("paragraphs", len(art.paragraphs)),
        ("captions", len(art.captions)),
        ("sentences", len(art.sentences)),
        ("  in the headline", int(blocks.get("headline", 0))),
        ("  in the body", int(blocks.get("body", 0))),
        ("  in captions", int(blocks.get("caption", 0))),
        ("publication date", str(art.publication_date or "unknown")),
        ("date status", art.date_status or "unknown"),
        ("date rests on", ev.get("text", "") if isinstance(ev, dict) else ""),
    ]
    return pd.DataFrame([(k, str(v)) for k, v in rows], columns=["field", "value"])


def themes_by_paragraph(analysis) -> pd.DataFrame:
    """One row per headline, paragraph and caption: its sentences and the themes found in it."""
    art = analysis.article
    where: dict[int, tuple[str, int]] = {}
    for s in art.sentences:
        if s.block == "headline":
            where[s.index] = ("headline", 0)
        elif s.block == "caption":
            where[s.index] = ("caption", s.caption if s.caption is not None else 0)
        else:
            where[s.index] = ("paragraph", s.paragraph if s.paragraph is not None else 0)
    found: dict[tuple, dict[str, list[str]]] = {}
    for r in analysis.themes.itertuples(index=False):
        found.setdefault(where.get(r.sentence, ("paragraph", 0)), {}).setdefault(
            r.theme, []
        ).append(r.phrase)
    blocks = [("headline", 0, art.headline)] if art.headline else []
    blocks += [("paragraph", i, p) for i, p in enumerate(art.paragraphs)]
    blocks += [("caption", i, c) for i, c in enumerate(art.captions)]
    rows = []
    for block, i, span in blocks:
        themes = found.get((block, i), {})
        opening = span.text if len(span.text) <= 60 else span.text[:59].rstrip() + "…"
        rows.append(
            {
                "block": block,
                "number": i + 1,
                "sentences": sum(1 for s in art.sentences if where[s.index] == (block, i)),
                "opening": opening,
                "themes": "; ".join(f"{t} ({', '.join(ps)})" for t, ps in sorted(themes.items())),
            }
        )
    order = {"headline": 0, "paragraph": 1, "caption": 2}
    rows.sort(key=lambda r: (order[r["block"]], r["number"]))
    return pd.DataFrame(rows, columns=["block", "number", "sentences", "opening", "themes"])


def article_view(analysis) -> HTMLDoc:
    """The highlighted article (actors by type) followed by the themes-per-paragraph table."""
    doc = highlight(analysis)
    table = themes_by_paragraph(analysis)
    with_themes = int((table["themes"] != "").sum())
    return HTMLDoc(
        str(doc) + "<h4>Themes per paragraph</h4>" + table.to_html(index=False),
        f"{doc.text}; themes in {with_themes} of {len(table)} blocks",
    )


def actor_chart(analysis, *, title: str = "") -> Figure:
    """Horizontal bar chart of mentions per actor, coloured by actor type."""
    df = analysis.actors[analysis.actors["mentions"] > 0]
    df = df.sort_values(["mentions", "name"], ascending=[True, False], kind="stable")
    title = title or f"Who is mentioned in {analysis.article.id}"
    with plt.rc_context(RC):
        fig = _new_figure(8.0, max(3.0, 0.32 * len(df) + 1.6))
        ax = fig.add_subplot()
        colours = [TYPE_COLOURS.get(t, "#999999") for t in df["type"]]
        ax.barh(list(df["name"]), list(df["mentions"]), color=colours, edgecolor="#333333",
                linewidth=0.6)  # fmt: skip
        ax.margins(y=0.01)
        present = [t for t in TYPE_COLOURS if t in set(df["type"])]
        handles = [Patch(facecolor=TYPE_COLOURS[t], edgecolor="#333333", label=t) for t in present]
        ax.legend(handles=handles, title="actor type", loc="lower right", frameon=False)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("mentions (names, demonyms, titles, pronouns)")
        ax.set_ylabel("actor")
        ax.set_title(title)
    return fig


def _period(value: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def timeline_figure(analysis, *, title: str = "") -> Figure:
    """Dated events and milestones on a time axis.

    A bar spans the period a date names (a whole year for "last year", a month, or a day);
    milestones are diamonds, events circles; estimated dates are hollow and say so.
    """
    tl = analysis.timeline
    title = title or f"Timeline of {analysis.article.id}: dated events and milestones"
    with plt.rc_context(RC):
        fig = _new_figure(10.0, max(3.0, 0.42 * len(tl) + 2.0))
        ax = fig.add_subplot()
        labels = []
        for i, r in enumerate(tl.itertuples(index=False)):
            lo, hi = _period(r.date)
            mid = lo + (hi - lo) / 2
            colour = _MILESTONE_COLOUR if r.kind == "milestone" else _EVENT_COLOUR
            estimated = r.date_basis == "estimated"
            if hi > lo:
                ax.plot([lo, hi], [i, i], color=colour, alpha=0.35, linewidth=6,
                        solid_capstyle="butt")  # fmt: skip
            ax.plot([mid], [i], marker="D" if r.kind == "milestone" else "o", markersize=9,
                    color=colour, markerfacecolor="#FFFFFF" if estimated else colour,
                    markeredgewidth=2, linestyle="")  # fmt: skip
            text = f"{r.label} [{r.date}{', estimated' if estimated else ''}]"
            labels.append(text if len(text) <= 70 else text[:69] + "…")
        if len(tl) == 0:
            ax.text(0.5, 0.5, "No dated event", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks(range(len(labels)), labels=labels)
        ax.set_ylim(max(len(labels), 1) - 0.5, -0.5)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.8)
        ax.set_axisbelow(True)
        handles = [
            Line2D([], [], marker="o", color=_EVENT_COLOUR, linestyle="", markersize=8,
                   label="event (date printed or from the codebook)"),
            Line2D([], [], marker="o", color=_EVENT_COLOUR, markerfacecolor="#FFFFFF",
                   markeredgewidth=2, linestyle="", markersize=8, label="event (date estimated)"),
            Line2D([], [], marker="D", color=_MILESTONE_COLOUR, linestyle="", markersize=8,
                   label="milestone"),
            Line2D([], [], color="#777777", alpha=0.5, linewidth=6,
                   label="period the date names (year, month)"),
        ]  # fmt: skip
        fig.legend(handles=handles, loc="outside lower center", ncols=2,
                  frameon=False)  # fmt: skip
        ax.set_xlabel("date")
        ax.set_title(title)
    return fig


# ------------------------------------------------------------------------------ evaluation


def evaluation_errors(details: dict, *layers: str) -> HTMLDoc:
    """Misses and false alarms of some layers of :func:`alignkit.evaluation_details`.

    One heading per layer with its counts, then its table (or "none"); the text repr lists
    the counts, so nbval compares them.
    """
    parts, lines = [], []
    for layer in layers or [k for k in details if k != "scores"]:
        df = details.get(layer)
        if df is None:
            parts.append(f"<h4>{_esc(layer)}</h4><p>not scored</p>")
            lines.append(f"{layer}: not scored")
            continue
        kinds = df["error"].value_counts() if "error" in df.columns else pd.Series(dtype=int)
        fa, miss = int(kinds.get("false alarm", 0)), int(kinds.get("miss", 0))
        counts = f"{fa} false alarm{'s' * (fa != 1)}, {miss} miss{'es' * (miss != 1)}"
        parts.append(f"<h4>{_esc(layer)}: {_esc(counts)}</h4>")
        parts.append(df.to_html(index=False) if len(df) else "<p>none</p>")
        lines.append(f"{layer}: {counts}")
    return HTMLDoc("".join(parts), "\n".join(lines))


# ------------------------------------------------------------------------------ your article


def views(analysis) -> list:
    """The views notebook 7 shows for any article, in order (figures, tables, HTML)."""
    cols = ["name", "type", "role", "country", "wikidata", "mentions", "camp"]
    st_cols = ["speaker", "cue", "content", "stance", "targets"]
    return [
        f"{analysis!r}",
        article_view(analysis),
        analysis.actors[cols],
        actor_chart(analysis),
        network_figure(analysis.network, analysis.blocs, title="Alignment network (countries)"),
        analysis.statements[st_cols],
        timeline_figure(analysis),
    ]


class ArticleInput(W.VBox):
    """Paste, upload or point to an article, press Analyze, get the views of :func:`views`.

    Attributes: ``text`` (Textarea), ``upload`` (FileUpload), ``path`` (Text), ``date`` (Text,
    optional publication date), ``source`` (Tab: which input Analyze reads), ``button``,
    ``message`` (HTML, class ``alignkit-message``), ``output`` (Output), ``analysis`` (the last
    result or None), ``error`` (the last error message or "").
    """

    def __init__(self, text: str = "", path: str = "", publication_date: str = ""):
        self.text = W.Textarea(value=text, placeholder="Paste an article here",
                               layout=W.Layout(width="95%", height="160px"))  # fmt: skip
        self.upload = W.FileUpload(accept=".txt,text/plain", multiple=False)
        self.path = W.Text(value=path, placeholder="path/to/article.txt",
                           layout=W.Layout(width="95%"))  # fmt: skip
        self.date = W.Text(value=publication_date, description="Date",
                           placeholder="YYYY-MM-DD (optional)")  # fmt: skip
        self.source = W.Tab(children=[self.text, self.upload, self.path])
        for i, t in enumerate(("Paste", "Upload", "Path")):
            self.source.set_title(i, t)
        self.source.selected_index = 2 if path and not text else 0
        self.button = W.Button(description="Analyze", button_style="primary", icon="search")
        self.message = W.HTML()
        self.message.add_class("alignkit-message")
        self.output = W.Output()
        self.output.add_class("alignkit-views")
        self.analysis = None
        self.error = ""
        super().__init__([self.source, W.HBox([self.date, self.button]), self.message, self.output])
        self.add_class("alignkit-article-input")
        self.button.on_click(lambda _: self.run())

    def _read(self):
        date = self.date.value.strip() or None
        which = self.source.selected_index or 0
        if which == 1:
            files = self.upload.value
            if not files:
                raise ArticleError(None, "no file uploaded")
            f = files[0]
            try:
                text = bytes(f["content"]).decode("utf-8")
            except UnicodeDecodeError as err:
                raise ArticleError(f["name"], f"not UTF-8 text ({err.reason})") from None
            return analyze_text(
                text, publication_date=date, article_id=slugify(Path(f["name"]).stem)
            )
        if which == 2:
            if not self.path.value.strip():
                raise ArticleError(None, "no path given")
            return analyze(load_article(self.path.value.strip(), publication_date=date))
        if not self.text.value.strip():
            raise ArticleError(None, "nothing pasted")
        return analyze_text(self.text.value, publication_date=date)

    def run(self):
        """Analyze the selected input; show the views, or the error as a message."""
        self.analysis, self.error = None, ""
        try:
            self.analysis = self._read()
            shown = views(self.analysis)
        except (ArticleError, CodebookError, ValueError, OSError) as err:
            self.error = str(err)
            self.message.value = (
                f'{_CSS}<div class="alignkit-error">Cannot analyze this article: '
                f"{_esc(self.error)}</div>"
            )
            self.output.outputs = ()
            return None
        self.message.value = f"<div>{_esc(self.summary())}</div>"
        _show(self.output, *shown)
        return self.analysis

    def summary(self) -> str:
        if self.error:
            return f"error: {self.error}"
        if self.analysis is None:
            return "nothing analyzed yet"
        an = self.analysis
        return (
            f"{an.article.id}: {len(an.article.sentences)} sentences, "
            f"{len(an.actors)} actors, {len(an.statements)} statements, {len(an.events)} events, "
            f"{an.network.number_of_edges()} network edges"
        )

    def __repr__(self) -> str:
        return f"ArticleInput({self.summary()})"


def article_input(text: str = "", *, path: str = "", publication_date: str = "",
                  run: bool = False) -> ArticleInput:  # fmt: skip
    """A paste / upload / path box with an Analyze button (see :class:`ArticleInput`).

    With ``run=True`` the given text (or path) is analyzed at once.
    """
    box = ArticleInput(text, path, publication_date)
    if run:
        box.run()
    return box
