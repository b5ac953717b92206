"""Where nodes go and what colour a camp is: one layout and one palette for the drawn
network (:func:`alignkit.notebook.figures.network_figure`) and the GEXF file
(:func:`alignkit.network.export_gexf`), so Gephi opens the graph as the notebook draws it.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph([("IRN", "RUS"), ("RUS", "USA")])
>>> pos = camp_layout(G, [{"IRN", "RUS"}, {"USA"}])
>>> pos["IRN"][0] < 0 < pos["USA"][0]
True
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CAMP_COLOURS", "camp_layout"]

#: Camp A, camp B, in no camp (Okabe-Ito blue, orange, grey: safe for colour-blind readers).
CAMP_COLOURS = ("#0072B2", "#E69F00", "#999999")


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
