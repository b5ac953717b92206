"""The interactive signed network: cytoscape.js in an anywidget.

:class:`InteractiveNetwork` shows a signed network with `cytoscape.js <https://js.cytoscape.org>`_
(3.35.0, MIT; its ES module is shipped in ``alignkit/notebook/static/``, nothing is fetched at
run time, so it works offline in JupyterLab and Voilà). What the analyst gets:

* **names** on the nodes; node **size** by the evidence of its edges; **camps** as colour
  (:data:`alignkit.notebook.figures.CAMP_COLOURS`); cooperation solid green, conflict **dashed**
  vermilion (the sign reads without colour); edge width by evidence;
* **hover** a node or an edge: its line above the graph (``Iran — Russia: cooperation (+),
  7 evidence`` for an edge, ``Iran (camp A): 2 edges`` for a node), drawn in the browser
  with no kernel round trip, and everything but its neighbourhood fades;
* **zoom** with the wheel or the + / − buttons, **pan** by dragging the background, **drag**
  a node, **Home** fits the whole network back into view; a **search** box marks the
  countries or actors whose name contains what is typed;
* **click** a node or an edge: ``selected`` becomes ``("node", n)`` or ``("edge", (u, v))``
  and the :meth:`InteractiveNetwork.on_select` callbacks run (the network explorer fills its
  evidence reader).

Without a front end (nbclient, tests) :meth:`InteractiveNetwork.select` and
:meth:`InteractiveNetwork.tap` (what a click in the browser sends) drive it.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> net = InteractiveNetwork(an.network, an.blocs, labels={"IRN": "Iran", "RUS": "Russia",
...                          "USA": "United States"}, title="t")
>>> net.element("IRN")["data"]["hover"]
'Iran (camp A): 2 edges'
>>> net.tap("IRN")
('node', 'IRN')
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from importlib import resources

import anywidget
import ipywidgets as W
import networkx as nx
import traitlets

from .figures import CAMP_COLOURS, CONFLICT_COLOUR, COOPERATION_COLOUR, camp_layout, signed_graph
from .render import escape
from .views import camp_name

__all__ = ["CytoscapeGraph", "InteractiveNetwork", "edge_text"]

_HINT = (
    "Hover a node or an edge; click to read its evidence; wheel or +/− to zoom, drag the "
    "background to pan, drag a node to move it, Home for the whole network."
)
_SCALE = 260.0  # layout units (unit circle) -> cytoscape model pixels


def edge_text(
    a: str, b: str, sign: int, n_evidence: int, n_occasions: int | None = None, unit="occasion"
) -> str:
    """``Iran — Russia: cooperation (+), 7 evidence (4 occasions)``: the pair, the sign in
    words, the count of evidence and, when fewer, of the occasions it tells (or of the
    ``unit`` an edge's weight counts: the articles of a corpus).

    Examples
    --------
    >>> edge_text("Iran", "Russia", -1, 3, 2)
    'Iran — Russia: conflict (−), 3 evidence (2 occasions)'
    >>> edge_text("Iran", "Russia", 1, 5, 1, unit="article")
    'Iran — Russia: cooperation (+), 5 evidence (1 article)'
    """
    kind = "cooperation (+)" if sign > 0 else "conflict (−)"
    occasions = ""
    if n_occasions is not None and n_occasions != n_evidence:
        occasions = f" ({n_occasions} {unit}{'s' if n_occasions != 1 else ''})"
    return f"{a} — {b}: {kind}, {n_evidence} evidence{occasions}"


@cache
def _esm() -> str:
    """The widget's ES module: cytoscape.js's source as a string, then static/graph.js."""
    static = resources.files("alignkit.notebook") / "static"
    cy = (static / "cytoscape.esm.min.mjs").read_text(encoding="utf-8")
    return f"const CY_SRC = {json.dumps(cy)};\n" + (static / "graph.js").read_text("utf-8")


class CytoscapeGraph(anywidget.AnyWidget):
    """The browser half: cytoscape.js drawing ``elements`` (cytoscape's JSON elements).

    ``picked`` is set by the browser on a click (``{"id": element id, "n": a nonce}``);
    ``highlight`` (an element id) is ringed.
    """

    _esm = traitlets.Unicode().tag(sync=True)
    elements = traitlets.List().tag(sync=True)
    highlight = traitlets.Unicode("").tag(sync=True)
    picked = traitlets.Dict().tag(sync=True)
    hint = traitlets.Unicode(escape(_HINT)).tag(sync=True)
    height = traitlets.Int(480).tag(sync=True)

    def __init__(self, **kw):
        super().__init__(_esm=_esm(), **kw)


def _edge_id(u: str, v: str) -> str:
    return "|".join(sorted((u, v)))


class InteractiveNetwork(W.VBox):
    """A signed network the mouse can explore (see the module docstring).

    Attributes: ``view`` (:class:`CytoscapeGraph`), ``graph`` (the simple signed graph drawn),
    ``positions`` (node -> (x, y), the camp layout), ``labels`` (node -> name), ``selected``
    (``("edge", (u, v))``, ``("node", n)`` or ``None``).
    """

    def __init__(
        self,
        G: nx.Graph,
        blocs=(),
        *,
        labels: dict | None = None,
        title: str = "",
        weight_unit: str = "occasion",
    ):
        self.selected: tuple | None = None
        #: what an edge's ``weight`` counts, in its hover line (a corpus: ``article``)
        self.weight_unit = weight_unit
        self._callbacks: list[Callable] = []
        self.view = CytoscapeGraph()
        self.view.observe(self._on_picked, names="picked")
        self.caption = W.HTML()
        self.set_graph(G, blocs, labels=labels, title=title)
        super().__init__([self.caption, self.view])
        self.add_class("alignkit-graph")

    def set_graph(self, G: nx.Graph, blocs=(), *, labels: dict | None = None, title: str = ""):
        """Draw ``G`` (its camps ``blocs``, names ``labels``) in place of what is shown."""
        self.graph = H = signed_graph(G)
        self.blocs = blocs
        self.labels = {n: str((labels or {}).get(n) or H.nodes[n].get("name") or n) for n in H}
        self._side = {n: i for i, b in enumerate(blocs) for n in b}
        self.positions = camp_layout(
            H, blocs, sort_key=lambda n: (str(H.nodes[n].get("country") or ""), self.labels[n])
        )
        self.title = title
        self.caption.value = f"<b>{escape(title)}</b>" if title else ""
        if self.selected and not self._present(self.selected):
            self.selected = None
        self.view.highlight = self._id(self.selected)
        self.view.elements = self.elements()

    # -- elements ------------------------------------------------------------------------
    def _evidence(self, u, v) -> int:
        d = self.graph.edges[u, v]
        return len(d.get("evidence", [])) or int(d.get("weight", 1))

    def elements(self) -> list[dict]:
        """cytoscape.js elements: nodes (name, camp colour, size by evidence, hover line) at
        the camp layout's positions, then edges (colour and dash by sign, width by
        evidence)."""
        H = self.graph
        out = []
        for n in sorted(H, key=lambda n: (self.labels[n], n)):
            x, y = self.positions[n]
            side = self._side.get(n)
            total = sum(self._evidence(n, m) for m in H.neighbors(n))
            out.append({
                "group": "nodes",
                "data": {"id": n, "label": self.labels[n], "hover": self.describe(("node", n)),
                         "colour": CAMP_COLOURS[side if side in (0, 1) else 2],
                         "size": round(22 + 9 * math.sqrt(total), 1)},
                "position": {"x": round(_SCALE * x, 2), "y": round(-_SCALE * y, 2)},
            })  # fmt: skip
        for u, v in sorted(tuple(sorted(e)) for e in H.edges):
            neg = H.edges[u, v]["sign"] < 0
            out.append({
                "group": "edges",
                "data": {"id": _edge_id(u, v), "source": u, "target": v,
                         "hover": self.describe(("edge", (u, v))),
                         "colour": CONFLICT_COLOUR if neg else COOPERATION_COLOUR,
                         "style": "dashed" if neg else "solid",
                         "width": round(1.5 + min(7.0, 1.5 * math.sqrt(self._evidence(u, v))), 1)},
            })  # fmt: skip
        return out

    def element(self, element_id: str) -> dict:
        """The element (node id, or ``"A|B"`` for the edge between A and B) sent to cytoscape."""
        return next(e for e in self.view.elements if e["data"]["id"] == element_id)

    def describe(self, item) -> str:
        """The hover line of ``("node", n)`` or ``("edge", (u, v))`` ("" for None)."""
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
        n = self._evidence(u, v)
        return edge_text(a, b, d["sign"], n, int(d.get("weight", n)), self.weight_unit)

    # -- selection -----------------------------------------------------------------------
    def _present(self, item) -> bool:
        kind, what = item
        return what in self.graph if kind == "node" else self.graph.has_edge(*what)

    @staticmethod
    def _id(item) -> str:
        if not item:
            return ""
        return item[1] if item[0] == "node" else _edge_id(*item[1])

    def tap(self, element_id: str) -> tuple | None:
        """What a click on element ``element_id`` in the browser does: select it (an id not
        drawn: nothing) and return the item."""
        if element_id in self.graph:
            item = ("node", element_id)
        else:
            u, _, v = element_id.partition("|")
            if not self.graph.has_edge(u, v):
                return None
            item = ("edge", tuple(sorted((u, v))))
        self.select(item)
        return item

    def _on_picked(self, change) -> None:
        if change["new"].get("id"):
            self.tap(change["new"]["id"])

    def select(self, item: tuple) -> None:
        """Select ``("node", n)`` or ``("edge", (u, v))``, ring it, run the callbacks."""
        self.selected = item
        self.view.highlight = self._id(item)
        for cb in self._callbacks:
            cb(item)

    def on_select(self, callback: Callable) -> None:
        """Call ``callback(item)`` whenever a node or an edge is selected."""
        self._callbacks.append(callback)

    def close(self) -> None:
        self.view.close()
        self.caption.close()
        super().close()

    def __repr__(self) -> str:
        H = self.graph
        return f"InteractiveNetwork({H.number_of_nodes()} nodes, {H.number_of_edges()} edges)"
