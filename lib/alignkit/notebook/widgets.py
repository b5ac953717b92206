"""Views of an analysis for notebooks, under one name: the notebooks import from here.

The views live in three modules, one per kind:

* :mod:`alignkit.notebook.figures`: matplotlib figures (signed network, stance heatmap, actor chart,
  timeline) and the stance matrix they draw;
* :mod:`alignkit.notebook.views`: escaped HTML views (evidence, statements, the highlighted article)
  and tables (structure, themes per paragraph, camps, evaluation errors);
* :mod:`alignkit.notebook.explorers`: the ipywidgets explorers, the workbench and the article input
  box (the interactive network itself is :mod:`alignkit.notebook.graph_widget`, cytoscape.js in
  an anywidget);
* :mod:`alignkit.notebook.downloads`: download links (CSV, GEXF, GraphML, PNG, SVG), each file made
  when its link is first clicked.

This module re-exports their public names.

Examples
--------
>>> import alignkit
>>> from alignkit.notebook import widgets
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> box = widgets.network_explorer(an)
>>> box.controls["Sign"].value = "conflict"
>>> sorted(box.current_graph.edges(data="sign"))
[('IRN', 'USA', -1)]
"""

from __future__ import annotations

from .downloads import Downloads, links
from .explorers import (
    NO_DATE,
    ArticleInput,
    NetworkExplorer,
    StatementExplorer,
    TableExplorer,
    Workbench,
    article_input,
    network_explorer,
    statement_explorer,
    table_explorer,
    views,
    workbench,
)
from .figures import (
    CAMP_COLOURS,
    CONFLICT_COLOUR,
    COOPERATION_COLOUR,
    RC,
    AlignkitFigure,
    actor_chart,
    camp_layout,
    network_figure,
    signed_graph,
    stance_figure,
    stance_matrix,
    timeline_figure,
    timeline_table,
)
from .graph_widget import InteractiveNetwork
from .views import (
    CAMP_NAMES,
    article_view,
    camp_name,
    camps_table,
    evaluation_errors,
    node_names,
    readable,
    stance_table,
    statements_html,
    structure_table,
    table,
    themes_by_paragraph,
    with_names,
)

__all__ = [
    "CAMP_COLOURS",
    "CAMP_NAMES",
    "CONFLICT_COLOUR",
    "COOPERATION_COLOUR",
    "NO_DATE",
    "RC",
    "AlignkitFigure",
    "ArticleInput",
    "Downloads",
    "InteractiveNetwork",
    "NetworkExplorer",
    "StatementExplorer",
    "TableExplorer",
    "Workbench",
    "actor_chart",
    "article_input",
    "article_view",
    "camp_layout",
    "camp_name",
    "camps_table",
    "evaluation_errors",
    "links",
    "network_explorer",
    "network_figure",
    "node_names",
    "readable",
    "signed_graph",
    "stance_figure",
    "stance_matrix",
    "stance_table",
    "statement_explorer",
    "statements_html",
    "structure_table",
    "table",
    "table_explorer",
    "themes_by_paragraph",
    "timeline_figure",
    "timeline_table",
    "views",
    "with_names",
    "workbench",
]
