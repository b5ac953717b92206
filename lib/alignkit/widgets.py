"""Views of an analysis for notebooks, under one name: the notebooks import from here.

The views live in three modules, one per kind:

* :mod:`alignkit.figures`: matplotlib figures (signed network, stance heatmap, actor chart,
  timeline) and the stance matrix they draw;
* :mod:`alignkit.views`: escaped HTML views (evidence, statements, the highlighted article)
  and tables (structure, themes per paragraph, camps, evaluation errors);
* :mod:`alignkit.explorers`: the ipywidgets explorers and the article input box.

This module re-exports their public names.

Examples
--------
>>> import alignkit
>>> from alignkit import widgets
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> box = widgets.network_explorer(an)
>>> box.controls["Sign"].value = "conflict"
>>> sorted(box.current_graph.edges(data="sign"))
[('IRN', 'USA', -1)]
"""

from __future__ import annotations

from .explorers import (
    ArticleInput,
    NetworkExplorer,
    StatementExplorer,
    article_input,
    network_explorer,
    statement_explorer,
    views,
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
)
from .views import (
    article_view,
    camps_table,
    evaluation_errors,
    statements_html,
    structure_table,
    themes_by_paragraph,
)

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
