"""The interactive signed network: an ipysigma (sigma.js) widget with names, camps and signs.

:func:`sigma_graph` turns a signed graph into an :class:`ipysigma.Sigma` widget: nodes named,
coloured by camp (the colours of :data:`alignkit.figures.CAMP_COLOURS`) and placed by
:func:`alignkit.figures.camp_layout` (the same places in every run, camp A on the left, camp
B on the right), edges green for cooperation and vermilion for conflict with a label that says
the pair, the sign in words and the evidence count, so a conflict edge reads without colour.
Zoom (wheel), drag (the stage) and hover (a node's name, its neighbours) are sigma's own;
clicking a node or an edge sets the widget's ``selected_node`` / ``selected_edge`` traits,
which :class:`alignkit.explorers.NetworkExplorer` observes to fill its evidence reader.

ipysigma ships its JavaScript in its wheel as a JupyterLab prebuilt extension
(``share/jupyter/labextensions/ipysigma``), so it renders offline in JupyterLab 4 and Voilà.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> g = sigma_graph(an.network, an.blocs, labels={"IRN": "Iran", "RUS": "Russia",
...                 "USA": "United States"})
>>> sorted(e["attributes"]["label"] for e in g.data["edges"])
['Iran — Russia: cooperation (+), 1 evidence', 'Iran — United States: conflict (−), 1 evidence']
"""

from __future__ import annotations

import networkx as nx
from ipysigma import Sigma

from .figures import CAMP_COLOURS, CONFLICT_COLOUR, COOPERATION_COLOUR, camp_layout, signed_graph
from .views import CAMP_NAMES, camp_name

__all__ = ["edge_text", "sigma_graph"]

_NO_CAMP = camp_name(None)


def edge_text(a: str, b: str, sign: int, n_evidence: int) -> str:
    """``Iran — Russia: cooperation (+), 7 evidence``: the pair, the sign in words, the count."""
    kind = "cooperation (+)" if sign > 0 else "conflict (−)"
    return f"{a} — {b}: {kind}, {n_evidence} evidence"


def sigma_graph(G: nx.Graph, blocs=(), *, labels: dict | None = None, height: int = 460) -> Sigma:
    """An ipysigma widget of the signed graph ``G`` (merged per pair, see ``signed_graph``).

    Node attributes sent to the browser: ``label`` (the name), ``camp`` (``camp A``, ``camp
    B`` or ``in no camp``), ``type`` and ``country`` where known; edge attributes: ``label``
    (:func:`edge_text`), ``sign`` (+1/-1), ``evidence`` (count) and ``score``. Nodes and edges
    are sent sorted, with fixed positions, so the widget's state is the same in every run.
    """
    H = signed_graph(G)
    labels = labels or {}
    side = {n: i for i, bloc in enumerate(blocs) for n in bloc}
    name = {n: str(labels.get(n) or H.nodes[n].get("name") or n) for n in H.nodes}
    pos = camp_layout(H, blocs, sort_key=lambda n: (str(H.nodes[n].get("country") or ""), name[n]))
    S = nx.Graph()
    for n in sorted(H.nodes, key=str):
        d = H.nodes[n]
        attrs = {"label": name[n], "camp": camp_name(side.get(n))}
        for key in ("type", "country"):
            if d.get(key):
                attrs[key] = str(d[key])
        S.add_node(str(n), **attrs)
    for u, v in sorted(tuple(sorted((str(a), str(b)))) for a, b in H.edges):
        d = H.edges[u, v]
        a, b = sorted((name[u], name[v]))
        n_ev = len(d.get("evidence", [])) or int(d.get("weight", 1))
        S.add_edge(
            u,
            v,
            label=edge_text(a, b, d["sign"], n_ev),
            sign=int(d["sign"]),
            evidence=n_ev,
            score=round(float(d.get("score", 0.0)), 3),
            colour=COOPERATION_COLOUR if d["sign"] > 0 else CONFLICT_COLOUR,
        )
    palette = {CAMP_NAMES[0]: CAMP_COLOURS[0], CAMP_NAMES[1]: CAMP_COLOURS[1],
               _NO_CAMP: CAMP_COLOURS[2]}  # fmt: skip
    return Sigma(
        S,
        height=height,
        layout={str(n): {"x": round(x, 6), "y": round(y, 6)} for n, (x, y) in sorted(pos.items())},
        node_color="camp",
        node_color_palette=palette,
        default_node_size=12,
        raw_edge_color="colour",
        edge_size="evidence",
        edge_size_range=(2, 8),
        edge_label="label",
        clickable_edges=True,
        show_all_labels=True,
        default_node_label_size=14,
        hide_search=False,
        start_layout=False,
    )
