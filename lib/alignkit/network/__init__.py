"""Signed alignment networks built from coded dyadic events.

The events DataFrame (one row per coded event, verbal events derived from
statements included) is turned into

* a country-level signed graph (:func:`country_graph`), one undirected edge per
  pair of countries/blocs, aggregating all non-denied evidence;
* an actor-level multigraph (:func:`actor_graph`), one directed edge per event.

On top of the country graph the module offers an exact structural-balance
partition (:func:`balance_partition`), centrality tables, corpus merging and
atomic exports to GEXF, GraphML, node-link JSON and CSV.

Every function is deterministic: nodes and edges are inserted in sorted order,
floating sums use :func:`math.fsum` (correctly rounded, hence independent of
summation order), and all ties are broken by documented rules.

The package has one module per stage: :mod:`.graph` (construction), :mod:`.balance`
(the solver), :mod:`.tables` (centrality and tables), :mod:`.merge` (corpus merging),
:mod:`.export` (files); small shared helpers live in :mod:`._common`.  The private
helpers other modules use (pipeline, corpus, tools, tests, benchmarks) are re-exported
here too, as ``from .graph import _edges_of as _edges_of``.

networkx and pandas are imported where they are used: an article's camps are computed
on plain dicts (see ``Analysis.balance``), so a cold start pays for neither.
"""

from __future__ import annotations

from ._common import EVIDENCE_FIELDS
from ._common import _event_records as _event_records
from ._common import _validate_events as _validate_events
from .balance import BalanceResult, balance_partition
from .balance import _balance as _balance
from .export import (
    MANIFEST,
    ExportError,
    export_csv,
    export_gexf,
    export_graphml,
    export_node_link,
    export_set,
    safe_file_stem,
)
from .export import _atomic_write as _atomic_write
from .export import _flatten_for_export as _flatten_for_export
from .graph import _adjacency as _adjacency
from .graph import _country_edges as _country_edges
from .graph import _edges_of as _edges_of
from .graph import _graph_of as _graph_of
from .graph import _group_events as _group_events
from .graph import actor_graph, country_graph
from .merge import merge_graphs
from .tables import centrality, edge_table, evidence_table

__all__ = [
    "EVIDENCE_FIELDS",
    "MANIFEST",
    "BalanceResult",
    "ExportError",
    "actor_graph",
    "balance_partition",
    "centrality",
    "country_graph",
    "edge_table",
    "evidence_table",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_node_link",
    "export_set",
    "merge_graphs",
    "safe_file_stem",
]
