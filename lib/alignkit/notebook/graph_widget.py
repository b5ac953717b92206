"""The interactive signed network: a matplotlib figure in an ipympl canvas widget.

:class:`InteractiveNetwork` draws :func:`alignkit.notebook.figures.network_figure` (names on nodes,
camps as colour, cooperation solid green, conflict dashed vermilion: the sign reads without
colour) on an ipympl ``Canvas`` and listens to the mouse in the kernel:

* **hover** over a node or an edge writes what is under the pointer in ``hover`` (an HTML
  widget, class ``alignkit-hover``): ``Iran — Russia: cooperation (+), 7 evidence`` for an
  edge, ``Iran (camp A): 2 edges`` for a node;
* **click** selects it: ``selected`` becomes ``("edge", (u, v))`` or ``("node", n)`` and the
  ``on_select`` callbacks run (the network explorer fills its evidence reader);
* **zoom** with the wheel (around the pointer), **drag** with the toolbar's pan tool, and
  the toolbar's home button to go back.

ipympl ships its JavaScript in its wheel as a JupyterLab prebuilt extension
(``share/jupyter/labextensions/jupyter-matplotlib``), so it works offline in JupyterLab 4 and
Voilà. Without a front end (nbclient, tests) the figure is still drawn and
:meth:`InteractiveNetwork.hover_at` / :meth:`InteractiveNetwork.click_at` drive it.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> net = InteractiveNetwork(an.network, an.blocs, labels={"IRN": "Iran", "RUS": "Russia",
...                          "USA": "United States"}, title="t")
>>> x, y = net.positions["IRN"]
>>> net.hover_at(x, y)
'Iran (camp A): 2 edges'
>>> net.click_at(x, y)
('node', 'IRN')
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable

import ipywidgets as W
import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.figure import Figure

from .figures import RC, camp_layout, network_figure, signed_graph
from .render import escape
from .views import camp_name

__all__ = ["InteractiveNetwork", "edge_text"]

_NODE_RADIUS = 0.12  # data units (the layout is on the unit circle)
_EDGE_TOLERANCE = 0.05
_HINT = "Hover a node or an edge; click to read its evidence; wheel to zoom, pan tool to drag."


def edge_text(a: str, b: str, sign: int, n_evidence: int, n_occasions: int | None = None) -> str:
    """``Iran — Russia: cooperation (+), 7 evidence (4 occasions)``: the pair, the sign in
    words, the count of evidence and, when fewer, of the occasions it tells."""
    kind = "cooperation (+)" if sign > 0 else "conflict (−)"
    occasions = ""
    if n_occasions is not None and n_occasions != n_evidence:
        occasions = f" ({n_occasions} occasion{'s' if n_occasions != 1 else ''})"
    return f"{a} — {b}: {kind}, {n_evidence} evidence{occasions}"


def _segment_distance(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1.0)
    t = min(1.0, max(0.0, t))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


class InteractiveNetwork(W.VBox):
    """A signed network the mouse can explore (see the module docstring).

    Attributes: ``canvas`` (ipympl Canvas, class ``alignkit-graph-canvas``), ``hover`` (HTML,
    class ``alignkit-hover``), ``graph`` (the simple signed graph drawn), ``positions``
    (node -> (x, y) in data units), ``selected`` (``("edge", (u, v))``, ``("node", n)`` or
    ``None``), ``figure``.
    """

    def __init__(self, G: nx.Graph, blocs=(), *, labels: dict | None = None, title: str = ""):
        from ipympl.backend_nbagg import Canvas, FigureManager

        self.graph = signed_graph(G)
        self.blocs = blocs
        H = self.graph
        self.labels = {n: str((labels or {}).get(n) or H.nodes[n].get("name") or n) for n in H}
        self._side = {n: i for i, b in enumerate(blocs) for n in b}
        self.positions = camp_layout(
            H, blocs, sort_key=lambda n: (str(H.nodes[n].get("country") or ""), self.labels[n])
        )
        self.title = title
        self.selected: tuple | None = None
        self._callbacks: list[Callable] = []
        self.figure = Figure(figsize=(9.0, 6.0), dpi=RC["figure.dpi"], layout="constrained")
        self.canvas = Canvas(self.figure)
        with warnings.catch_warnings():
            # ipympl's Toolbar passes the canvas on to traitlets, which warns (ipympl 0.10)
            warnings.filterwarnings("ignore", "Passing unrecognized arguments", DeprecationWarning)
            self._manager = FigureManager(self.canvas, 0)
        self.canvas.header_visible = False
        self.canvas.footer_visible = False
        self.canvas.resizable = False
        self.canvas.capture_scroll = True
        self.canvas.toolbar_position = "left"
        self.canvas.add_class("alignkit-graph-canvas")
        self.hover = W.HTML(f"<small>{escape(_HINT)}</small>")
        self.hover.add_class("alignkit-hover")
        self._draw()
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("scroll_event", self._on_scroll)
        super().__init__([self.hover, self.canvas])
        self.add_class("alignkit-graph")

    # -- drawing -------------------------------------------------------------------------
    def _draw(self, limits=None) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot()
        edge = self.selected[1] if self.selected and self.selected[0] == "edge" else None
        H = self.graph
        if self.selected and self.selected[0] == "node":
            # a picked node: its edges halo'd one by one is too busy; ring the node instead
            edge = None
        with plt.rc_context(RC):
            network_figure(
                H, self.blocs, title=self.title, ax=ax, highlight_edge=edge, labels=self.labels
            )
            if self.selected and self.selected[0] == "node":
                x, y = self.positions[self.selected[1]]
                ax.plot([x], [y], marker="o", markersize=34, markerfacecolor="none",
                        markeredgecolor="#000000", markeredgewidth=2.5, zorder=5)  # fmt: skip
        if limits is not None:
            ax.set_xlim(limits[0])
            ax.set_ylim(limits[1])
        self.ax = ax
        self.canvas.draw_idle()

    # -- hit testing ---------------------------------------------------------------------
    def item_at(self, x: float, y: float) -> tuple | None:
        """``("node", n)`` or ``("edge", (u, v))`` under data point ``(x, y)``, or None."""
        if x is None or y is None:
            return None
        best = None
        for n, (nx_, ny) in self.positions.items():
            d = math.hypot(x - nx_, y - ny)
            if d <= _NODE_RADIUS and (best is None or d < best[0]):
                best = (d, ("node", n))
        if best:
            return best[1]
        for u, v in self.graph.edges:
            d = _segment_distance((x, y), self.positions[u], self.positions[v])
            if d <= _EDGE_TOLERANCE and (best is None or d < best[0]):
                best = (d, ("edge", tuple(sorted((u, v)))))
        return best[1] if best else None

    def describe(self, item) -> str:
        if item is None:
            return ""
        kind, what = item
        H = self.graph
        if kind == "node":
            deg = H.degree(what)
            camp = camp_name(self._side.get(what))
            return f"{self.labels[what]} ({camp}): {deg} edge{'s' if deg != 1 else ''}"
        u, v = what
        d = H.edges[u, v]
        a, b = sorted((self.labels[u], self.labels[v]))
        n = len(d.get("evidence", [])) or int(d.get("weight", 1))
        return edge_text(a, b, d["sign"], n, int(d.get("weight", n)))

    # -- mouse ---------------------------------------------------------------------------
    def hover_at(self, x: float, y: float) -> str:
        """What the pointer at data point ``(x, y)`` shows in ``hover`` ("" over nothing)."""
        text = self.describe(self.item_at(x, y))
        self.hover.value = f"<b>{escape(text)}</b>" if text else f"<small>{escape(_HINT)}</small>"
        self.canvas._cursor = "pointer" if text else "default"
        return text

    def click_at(self, x: float, y: float) -> tuple | None:
        """Select what is at data point ``(x, y)`` (nothing there: keep the selection)."""
        item = self.item_at(x, y)
        if item is not None:
            self.select(item)
        return item

    def select(self, item: tuple) -> None:
        """Select ``("node", n)`` or ``("edge", (u, v))``, redraw, run the callbacks."""
        self.selected = item
        self._draw(limits=(self.ax.get_xlim(), self.ax.get_ylim()))
        for cb in self._callbacks:
            cb(item)

    def on_select(self, callback: Callable) -> None:
        """Call ``callback(item)`` whenever a node or an edge is selected."""
        self._callbacks.append(callback)

    def _on_motion(self, event) -> None:
        if event.inaxes is self.ax:
            self.hover_at(event.xdata, event.ydata)

    def _on_press(self, event) -> None:
        mode = str(getattr(self.canvas.toolbar, "mode", "") or "")
        if event.inaxes is self.ax and event.button == 1 and not mode:
            self.click_at(event.xdata, event.ydata)

    def _on_scroll(self, event) -> None:
        if event.inaxes is not self.ax or event.xdata is None:
            return
        factor = 0.8 if event.button == "up" else 1.25
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        x, y = event.xdata, event.ydata
        self.ax.set_xlim(x - (x - x0) * factor, x + (x1 - x) * factor)
        self.ax.set_ylim(y - (y - y0) * factor, y + (y1 - y) * factor)
        self.canvas.draw_idle()

    def close(self) -> None:
        self.canvas.close()
        toolbar = getattr(self._manager, "toolbar", None)
        if toolbar is not None:
            toolbar.close()
        super().close()

    def __repr__(self) -> str:
        H = self.graph
        return f"InteractiveNetwork({H.number_of_nodes()} nodes, {H.number_of_edges()} edges)"
