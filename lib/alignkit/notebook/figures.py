"""Matplotlib figures of an analysis: the signed network, stance heatmap, actor chart, timeline.

Figures are plain :class:`matplotlib.figure.Figure` objects (not registered with pyplot: no
duplicate inline display, nothing to close), drawn with fixed size, dpi and fonts
(:data:`RC`), colour-blind-safe colours (Okabe-Ito; ``RdBu`` for stance), and a
deterministic layout.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> fig = network_figure(an.network, an.blocs, title="Two edges")
>>> repr(fig)
'<Figure 900x600: Two edges>'
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import textwrap

import matplotlib.dates as mdates

# pyplot is imported for rc_context and so that, in a kernel, the inline backend registers
# its Figure -> PNG formatter; figures themselves are created without pyplot.
import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ..network.layout import CAMP_COLOURS, camp_layout
from ..network.occasions import tally
from .render import TYPE_COLOURS, _name, article_title

__all__ = [
    "CAMP_COLOURS",
    "CONFLICT_COLOUR",
    "COOPERATION_COLOUR",
    "MAX_FIGSIZE",
    "RC",
    "AlignkitFigure",
    "actor_chart",
    "camp_layout",
    "timeline_table",
    "network_figure",
    "signed_graph",
    "stance_figure",
    "stance_matrix",
    "without_state_note",
    "timeline_figure",
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
COOPERATION_COLOUR = "#009E73"
CONFLICT_COLOUR = "#D55E00"
_EVENT_COLOUR, _MILESTONE_COLOUR = "#0072B2", "#D55E00"
_PERIOD_ALPHA = 0.35  # fill of a year/month bar (its legend swatch uses the same)
_NO_STATEMENT = "#B0B0B0"  # hatch of a stance cell without a statement
_STANCE_SCORE = {"positive": 1.0, "negative": -1.0, "neutral": 0.0}

#: The largest figure drawn, in inches, whatever the data: 1200 x 1000 px at :data:`RC` dpi.
MAX_FIGSIZE = (12.0, 10.0)
#: Most rows and columns a figure draws legibly within :data:`MAX_FIGSIZE`; beyond them it
#: keeps the ones with most statements / mentions (or the earliest dates) and says so.
MAX_SPEAKERS, MAX_TARGETS, MAX_ACTORS, MAX_TIMELINE_ROWS = 20, 16, 30, 24


class AlignkitFigure(Figure):
    """A Figure that displays itself as PNG (at :data:`RC` dpi) without pyplot, and whose text
    repr names its title (what nbval compares, and what a terminal shows)."""

    def _repr_png_(self) -> bytes:
        return _png(self)

    def __repr__(self) -> str:
        w, h = self.get_size_inches() * self.dpi
        title = " ".join((self.axes[0].get_title() if self.axes else "").split())
        return f"<Figure {w:g}x{h:g}: {title}>" if title else f"<Figure {w:g}x{h:g}>"


def _new_figure(width: float, height: float) -> Figure:
    """A constrained-layout figure, at most :data:`MAX_FIGSIZE` whatever is asked."""
    size = (min(max(width, 2.0), MAX_FIGSIZE[0]), min(max(height, 2.0), MAX_FIGSIZE[1]))
    return AlignkitFigure(figsize=size, dpi=RC["figure.dpi"], layout="constrained")


def _wrap(title: str, width_in: float) -> str:
    """``title`` wrapped to fit a figure ``width_in`` inches wide at the title font size."""
    per_inch = 72 / (RC["axes.titlesize"] * 0.62)  # DejaVu Sans: about 0.6 em per character
    return textwrap.fill(title, width=max(20, int(width_in * per_inch) - 4))


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    with plt.rc_context(RC):
        fig.savefig(buf, format="png", dpi=RC["savefig.dpi"], metadata={"Software": None})
    return buf.getvalue()


# ------------------------------------------------------------------------------ networks


def signed_graph(G: nx.Graph) -> nx.Graph:
    """A simple undirected signed graph to draw: multigraph/directed edges merged per pair.

    Merged edges are counted and scored by occasion as
    :func:`alignkit.network.country_graph` does (:mod:`alignkit.network.occasions`):
    ``score``, ``sign`` (+1 if the score is positive, else -1), ``weight`` (occasions),
    ``types``, ``modes`` and ``evidence`` (the event rows, sorted by offset, each with its
    ``occasion``). A simple undirected graph is returned as is.
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

    def key(d):
        return (
            str(d.get("article") or ""),
            d.get("start") is None,
            d.get("start") or 0,
            d.get("end") or 0,
        )

    for (u, v), rows in sorted(merged.items()):
        rows = sorted(rows, key=key)
        evidence, weight, score = tally(
            rows, [int(d.get("sign", 0)) * float(d.get("intensity", 1.0)) for d in rows]
        )
        H.add_edge(
            u,
            v,
            score=score,
            sign=1 if score > 0 else -1,
            weight=weight,
            types=sorted({str(d.get("type", "")) for d in rows}),
            modes=sorted({str(d.get("mode", "")) for d in rows}),
            evidence=evidence,
        )
    return H


def _members(nodes, labels) -> str:
    """The names of a camp for the legend: all of them when they fit, else the first few
    and how many more (``Belarus, China, Iran … and 22 more``), never a bare count."""
    names = sorted(labels.get(n, str(n)) for n in nodes)
    text = ", ".join(names)
    if len(names) <= 6 and len(text) <= 38:
        return text
    shown: list[str] = []
    for name in names:
        if len(", ".join([*shown, name])) > 30:
            break
        shown.append(name)
    shown = shown or names[:1]
    return f"{', '.join(shown)} … and {len(names) - len(shown)} more"


def network_figure(
    G: nx.Graph,
    blocs=(),
    *,
    title: str,
    ax=None,
    highlight_edge: tuple | None = None,
    seed: int = 7,
    layout: str = "camps",
    labels: dict | None = None,
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
    labels : dict, optional
        Node id -> name to write on the node (e.g. :func:`alignkit.notebook.views.node_names`);
        default: the ``name`` attribute, else the id.
    """
    H = signed_graph(G)
    given = labels or {}
    labels = {n: str(given.get(n) or H.nodes[n].get("name") or n) for n in H.nodes}
    side = {n: i for i, bloc in enumerate(blocs) for n in bloc}
    with plt.rc_context(RC):
        if ax is None:
            fig = _new_figure(9.0, 6.0)
            ax = fig.add_subplot()
        fig = ax.figure
        pos = _network_positions(H, blocs, labels, layout, seed)
        nodes = sorted(H.nodes)
        crowd = max(1.0, len(nodes) / 30)  # beyond 30 nodes, smaller nodes and labels
        font = max(5.0, 10 / crowd**0.5)
        _draw_signed_edges(ax, H, pos, crowd, highlight_edge)
        _draw_nodes(ax, H, pos, nodes, side, labels, crowd, font)
        _bare_axes(ax)
        _network_legend(ax, fig, nodes, side, labels)
        _fit_titles(ax, title, _NETWORK_KEY)
    return fig


_NETWORK_KEY = "node colour: camp (structural balance) · line: sign · width: evidence count"


def _fit_titles(ax, title: str, xlabel: str) -> None:
    """The title and the x label, wrapped to the width the axes keep once the legend beside
    them is laid out: centred over narrow axes, one line was cut at the figure's left edge
    (a corpus whose camps list many names)."""
    fig = ax.figure
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    engine = fig.get_layout_engine()
    if engine is None:
        return
    engine.execute(fig)  # lay out once: the axes' width beside the legend
    width = ax.get_position().width * fig.get_figwidth()
    ax.set_title(_wrap(title, width))
    ax.set_xlabel(_wrap(xlabel, width))


def _network_positions(H, blocs, labels: dict, layout: str, seed: int) -> dict:
    """Node positions: ``spring_layout`` on the sorted graph, or :func:`camp_layout`."""
    if layout == "spring":
        S = nx.Graph()
        S.add_nodes_from(sorted(H.nodes))
        S.add_edges_from(sorted(tuple(sorted(e)) for e in H.edges))
        pos = nx.spring_layout(S, seed=seed)
    else:
        pos = camp_layout(
            H, blocs, sort_key=lambda n: (str(H.nodes[n].get("country") or ""), labels[n])
        )
    return pos


def _draw_signed_edges(ax, H, pos: dict, crowd: float, highlight_edge) -> None:
    """Cooperation solid green, conflict dashed, width by evidence; the highlighted edge
    with a dark halo under it."""
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
        widths = [(1.5 + 0.6 * min(H.edges[e].get("weight", 1), 8)) / crowd**0.5 for e in edges]
        coll = nx.draw_networkx_edges(
            H, pos, edgelist=edges, ax=ax, edge_color=colour, style=style, width=widths
        )
        for c in coll if isinstance(coll, list) else [coll]:
            c.set_zorder(2)


def _draw_nodes(ax, H, pos: dict, nodes: list, side: dict, labels: dict, crowd, font) -> None:
    """Nodes coloured by camp, each labelled outward from the centre; a note when none."""
    if nodes:
        colours = [CAMP_COLOURS[side.get(n, 2)] for n in nodes]
        drawn = nx.draw_networkx_nodes(
            H, pos, nodelist=nodes, ax=ax, node_color=colours, node_size=700 / crowd,
            edgecolors="#FFFFFF", linewidths=1.5,
        )  # fmt: skip
        drawn.set_zorder(3)
    for n in nodes:
        x, y = pos[n]
        r = math.hypot(x, y)
        dx, dy = (x / r, y / r) if r else (0.0, 1.0)
        ax.text(
            x + 0.17 * dx, y + 0.14 * dy, labels[n], zorder=4, fontsize=font,
            ha="left" if dx > 0.3 else "right" if dx < -0.3 else "center",
            va="bottom" if dy > 0.3 else "top" if dy < -0.3 else "center",
        )  # fmt: skip
    if not nodes:
        ax.text(0, 0, "No edge matches the filters", ha="center", va="center", color="#555555")


def _bare_axes(ax) -> None:
    """Fixed limits, equal aspect, no ticks and no frame."""
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.45, 1.4)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)


def _network_legend(ax, fig, nodes: list, side: dict, labels: dict) -> None:
    """The camps with their members, the nodes in no camp, and the two edge signs: beside
    the figure when the axes are its only ones and it has a layout engine."""
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


# ------------------------------------------------------------------------------ statements


def stance_matrix(analysis, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mean stance of each speaker toward each target (+1 positive, 0 neutral, -1 negative).

    Rows are speaker names, columns target names (both sorted); NaN where a speaker says
    nothing about a target. ``statements`` defaults to ``analysis.statements``.

    Speakers without a state (a pundit, a newspaper the text ties to no country) are left
    out, as the network leaves them out; their names are in ``m.attrs["without_state"]``.

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze_text("Jane Roe said Iran is a threat. Russia said Iran is a threat.")
    >>> m = stance_matrix(an)
    >>> list(m.index), m.attrs["without_state"]
    (['Russia'], ['Jane Roe'])
    """
    st = analysis.statements if statements is None else statements
    stateless = sorted(
        {_name(analysis, sp) for sp in st["speaker"] if not analysis.tagged.stands_for(sp)}
    )
    rows = [
        (_name(analysis, r.speaker), _name(analysis, t), _STANCE_SCORE.get(r.stance, 0.0))
        for r in st.itertuples(index=False)
        if analysis.tagged.stands_for(r.speaker)
        for t in (r.targets or [])
    ]
    df = pd.DataFrame(rows, columns=["speaker", "target", "stance"])
    if df.empty:
        m = pd.DataFrame(index=pd.Index([], name="speaker"), columns=pd.Index([], name="target"))
    else:
        m = df.pivot_table(index="speaker", columns="target", values="stance", aggfunc="mean")
        m = m.sort_index().sort_index(axis=1)
    m.attrs["without_state"] = stateless
    return m


def without_state_note(m: pd.DataFrame) -> str:
    """The note a stance matrix carries when it leaves speakers out (empty if none).

    Examples
    --------
    >>> m = pd.DataFrame()
    >>> m.attrs["without_state"] = ["Jane Roe"]
    >>> without_state_note(m)
    'left out, no state: Jane Roe'
    """
    names = m.attrs.get("without_state") or []
    if not names:
        return ""
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    return f"left out, no state: {shown}"


def _stance_counts(analysis, st: pd.DataFrame) -> dict:
    counts: dict[tuple, int] = {}
    for r in st.itertuples(index=False):
        if not analysis.tagged.stands_for(r.speaker):
            continue  # left out of the matrix: no state
        for t in r.targets or []:
            k = (_name(analysis, r.speaker), _name(analysis, t))
            counts[k] = counts.get(k, 0) + 1
    return counts


def _top_cells(m: pd.DataFrame, counts: dict) -> tuple[list, list]:
    """The targets and speakers :func:`stance_figure` draws when ``m`` is too large: the
    :data:`MAX_TARGETS` targets named in most statements, then the :data:`MAX_SPEAKERS`
    speakers with most statements about those targets (ties by name); both kept sorted."""
    by_target: dict[str, int] = {}
    for (_, tg), n in counts.items():
        by_target[tg] = by_target.get(tg, 0) + n
    targets = sorted(by_target, key=lambda t: (-by_target[t], t))[:MAX_TARGETS]
    kept = set(targets)
    by_speaker: dict[str, int] = {}
    for (sp, tg), n in counts.items():
        if tg in kept:
            by_speaker[sp] = by_speaker.get(sp, 0) + n
    speakers = sorted(by_speaker, key=lambda s: (-by_speaker[s], s))[:MAX_SPEAKERS]
    return sorted(speakers), sorted(targets)


def stance_figure(analysis, statements: pd.DataFrame | None = None, *, title: str = "") -> Figure:
    """Heatmap of :func:`stance_matrix` (diverging RdBu: red negative, blue positive).

    Each cell is annotated with its mean stance (``0 neutral`` when it is 0) and its number
    of statements; a speaker/target pair without a statement is hatched grey, unlike a
    neutral cell. More than :data:`MAX_TARGETS` targets or :data:`MAX_SPEAKERS` speakers:
    the most-named targets and the speakers with most statements about them are drawn, and
    the axis labels say so. The figure is never larger than :data:`MAX_FIGSIZE`.
    """
    st = analysis.statements if statements is None else statements
    m = stance_matrix(analysis, st)
    counts = _stance_counts(analysis, st)
    title = title or f"Stance of each speaker toward each target ({len(st)} statements)"
    if without_state_note(m):
        title = f"{title}; {without_state_note(m)}"
    n_speakers, n_targets = m.shape
    xlabel, ylabel = "target", "speaker"
    if n_speakers > MAX_SPEAKERS or n_targets > MAX_TARGETS:
        speakers, targets = _top_cells(m, counts)
        m = m.loc[speakers, targets]
        if len(targets) < n_targets:
            xlabel = f"target: the {len(targets)} named in most statements, of {n_targets}"
        if len(speakers) < n_speakers:
            ylabel = f"speaker: the {len(speakers)} with most statements on them, of {n_speakers}"
    width = min(max(7.5, 0.62 * len(m.columns) + 5.0), MAX_FIGSIZE[0])
    height = min(max(4.5, 0.42 * len(m) + 2.8), MAX_FIGSIZE[1])
    with plt.rc_context(RC):
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        if m.empty:
            ax.text(0.5, 0.5, "No statement with a target matches the filters",
                    ha="center", va="center", transform=ax.transAxes, color="#555555")  # fmt: skip
            ax.set_xticks([])
            ax.set_yticks([])
        else:
            rows, cols = m.shape
            # no statement: hatched grey, seen through the transparent NaN cells of the image
            ax.add_patch(
                Rectangle((-0.5, -0.5), cols, rows, facecolor="#FFFFFF", edgecolor=_NO_STATEMENT,
                          hatch="///", linewidth=0, zorder=0)
            )  # fmt: skip
            cmap = plt.get_cmap("RdBu").with_extremes(bad=(0.0, 0.0, 0.0, 0.0))
            values = m.to_numpy(dtype=float)
            im = ax.imshow(values, cmap=cmap, vmin=-1, vmax=1, aspect="auto", zorder=1)
            ax.set_xticks(range(cols), labels=list(m.columns), rotation=30, ha="right")
            ax.set_yticks(range(rows), labels=list(m.index))
            for i, sp in enumerate(m.index):
                for j, tg in enumerate(m.columns):
                    v = values[i, j]
                    if not math.isnan(v):
                        score = "0 neutral" if v == 0 else f"{v:+.1f}"
                        ax.text(j, i, f"{score}\nn={counts.get((sp, tg), 0)}", ha="center",
                                va="center", fontsize=8, zorder=2,
                                color="#FFFFFF" if abs(v) > 0.6 else "#000000")  # fmt: skip
            bar = fig.colorbar(im, ax=ax, shrink=0.9)
            bar.set_label("mean stance")
            bar.set_ticks([-1, 0, 1], labels=["−1 negative", "0 neutral", "+1 positive"])
            if np.isnan(values).any():
                empty = Patch(facecolor="#FFFFFF", edgecolor=_NO_STATEMENT, hatch="///",
                              label="no statement by this speaker on this target")  # fmt: skip
                fig.legend(handles=[empty], loc="outside lower right", frameon=False)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(_wrap(title, width))
    return fig


# ------------------------------------------------------------------------------ article


def actor_chart(analysis, *, title: str = "") -> Figure:
    """Horizontal bar chart of mentions per actor, coloured by actor type.

    At most :data:`MAX_ACTORS` bars (the most mentioned; the axis label says so when some
    are left out), in a figure no larger than :data:`MAX_FIGSIZE`.
    """
    df = analysis.actors[analysis.actors["mentions"] > 0]
    total = len(df)
    df = df.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    df = df.head(MAX_ACTORS).iloc[::-1]
    title = title or f"Who is mentioned in {article_title(analysis.article)}"
    ylabel = "actor" if len(df) == total else f"actor: the {len(df)} most mentioned, of {total}"
    with plt.rc_context(RC):
        fig = _new_figure(8.0, max(3.0, 0.3 * len(df) + 1.8))
        ax = fig.add_subplot()
        colours = [TYPE_COLOURS.get(t, "#999999") for t in df["type"]]
        ax.barh(list(df["name"]), list(df["mentions"]), color=colours, edgecolor="#333333",
                linewidth=0.6)  # fmt: skip
        ax.margins(y=0.01)
        present = [t for t in TYPE_COLOURS if t in set(df["type"])]
        handles = [Patch(facecolor=TYPE_COLOURS[t], edgecolor="#333333", label=t) for t in present]
        fig.legend(handles=handles, title="actor type", loc="outside lower center",
                   ncols=max(1, len(handles)), frameon=False)  # fmt: skip
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("mentions (names, demonyms, titles, pronouns)")
        ax.set_ylabel(ylabel)
        ax.set_title(_wrap(title, 8.0))
    return fig


def _period(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date names."""
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


#: The columns that make two timeline rows the same drawn row.
_TIMELINE_KEY = ["date", "precision", "date_basis", "kind", "label"]


#: An event's label as the timeline writes it: ``SOURCE → TARGET`` ids, then the rest.
_PAIR_LABEL = re.compile(r"^(\S+) → (\S+)(?= |$)")


def timeline_table(analysis) -> pd.DataFrame:
    """``analysis.timeline`` for a reader: labels say names, not ids (``RUS → PRK CONSULT``
    -> ``Russia → North Korea CONSULT``); identical rows once, and a milestone told in several
    sentences (same date, actor and type) once, as first told.

    Examples
    --------
    >>> import alignkit
    >>> timeline_table(alignkit.analyze(alignkit.SEED))["label"].iloc[0]
    'Russia → North Korea CONSULT (meeting)'
    """
    tl = analysis.timeline.reset_index(drop=True).copy()

    def name(x):  # a bare timeline (no tagged article) keeps its ids
        return _name(analysis, x) if hasattr(analysis, "tagged") else x

    labels = []
    for label in tl["label"].astype(str):
        m = _PAIR_LABEL.match(label)
        if m:
            label = f"{name(m[1])} → {name(m[2])}{label[m.end() :]}"
        labels.append(label)
    tl["label"] = labels
    key = [c for c in _TIMELINE_KEY if c in tl.columns]
    tl = tl.drop_duplicates(subset=key)
    # a milestone (a president's return) told in three sentences is one milestone: the first
    once = [c for c in ("date", "kind", "source", "type") if c in tl.columns]
    if "kind" in once:
        again = tl.duplicated(subset=once) & (tl["kind"] == "milestone")
        tl = tl[~again]
    return tl.reset_index(drop=True)


def timeline_figure(analysis, *, title: str = "") -> Figure:
    """Dated events and milestones on a time axis, one row each (identical rows once).

    A date that names a day is a point (a circle for an event, a diamond for a milestone); a
    date that names a year ("last year") or a month is a bar over that whole period, in the
    same colour. Estimated dates are hollow and say so. No dated row: an empty titled figure
    saying "no dated events" (no date axis). More than :data:`MAX_TIMELINE_ROWS` rows: the
    earliest are drawn and the axis label says so.
    """
    tl = timeline_table(analysis)
    total = len(tl)
    tl = tl.head(MAX_TIMELINE_ROWS)
    title = title or f"Timeline of {article_title(analysis.article)}: dated events and milestones"
    with plt.rc_context(RC):
        if tl.empty:
            fig = _new_figure(10.0, 2.5)
            ax = fig.add_subplot()
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_axis_off()
            ax.text(0.5, 0.5, "no dated events", ha="center", va="center",
                    transform=ax.transAxes, color="#555555")  # fmt: skip
            ax.set_title(_wrap(title, 10.0))
            return fig
        fig = _new_figure(10.0, max(3.0, 0.36 * len(tl) + 2.4))
        ax = fig.add_subplot()
        ax.xaxis_date()
        labels = []
        for i, r in enumerate(tl.itertuples(index=False)):
            lo, hi = _period(r.date)
            colour = _MILESTONE_COLOUR if r.kind == "milestone" else _EVENT_COLOUR
            estimated = r.date_basis == "estimated"
            if hi > lo:  # a year or a month: the whole period, not its middle
                x0, x1 = mdates.date2num(lo), mdates.date2num(hi + dt.timedelta(days=1))
                ax.barh(i, x1 - x0, left=x0, height=0.5, linewidth=1.5, edgecolor=colour,
                        facecolor="#FFFFFF" if estimated else to_rgba(colour, _PERIOD_ALPHA),
                        linestyle="--" if estimated else "-")  # fmt: skip
            else:
                ax.plot([mdates.date2num(lo)], [i], marker="D" if r.kind == "milestone" else "o",
                        markersize=9, color=colour, markeredgewidth=2, linestyle="",
                        markerfacecolor="#FFFFFF" if estimated else colour)  # fmt: skip
            when = f" [{r.date}{', estimated' if estimated else ''}]"
            room = max(20, 70 - len(when))  # the date and "estimated" are never cut off
            label = str(r.label)
            labels.append((label if len(label) <= room else label[: room - 1] + "…") + when)
        ax.set_yticks(range(len(labels)), labels=labels)
        ax.set_ylim(len(labels) - 0.5, -0.5)
        # a bar over a whole year keeps its edges clear of the spines (barh makes its left
        # edge sticky, which would cancel the margin)
        ax.use_sticky_edges = False
        ax.margins(x=0.03)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.8)
        ax.set_axisbelow(True)
        handles = [
            Line2D([], [], marker="o", color=_EVENT_COLOUR, linestyle="", markersize=8,
                   label="event on a day (date printed or from the codebook)"),
            Line2D([], [], marker="D", color=_MILESTONE_COLOUR, linestyle="", markersize=8,
                   label="milestone on a day"),
            Patch(facecolor=to_rgba(_EVENT_COLOUR, _PERIOD_ALPHA), edgecolor=_EVENT_COLOUR,
                  linewidth=1.5, label="period the date names (a year, a month)"),
            Line2D([], [], marker="o", color=_EVENT_COLOUR, markerfacecolor="#FFFFFF",
                   markeredgewidth=2, linestyle="", markersize=8,
                   label="hollow (dashed for a period): date estimated"),
        ]  # fmt: skip
        fig.legend(handles=handles, loc="outside lower center", ncols=2,
                   frameon=False)  # fmt: skip
        ax.set_xlabel("date")
        if len(tl) < total:
            ax.set_ylabel(f"the {len(tl)} earliest of {total} dated rows")
        ax.set_title(_wrap(title, 10.0))
    return fig
