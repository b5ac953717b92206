"""The notebook layer: figures, HTML views and the interactive explorers.

* :mod:`.widgets`: the one import a notebook needs (``from alignkit.notebook import widgets``).
* :mod:`.figures`: matplotlib figures (network, actors, stance matrix, timeline).
* :mod:`.render`: escaped HTML of an article with its actors marked.
* :mod:`.views`: tables and HTML panels of one analysis.
* :mod:`.explorers`: the network and statement explorers and the article workbench.
* :mod:`.graph_widget`: the interactive network (cytoscape.js in an anywidget).
* :mod:`.correction_panel`: corrections from the notebook, saved beside the article.
* :mod:`.corpus_views`: the corpus network, pairs over time, the stance matrix.
* :mod:`.downloads`: every table, network and figure as download links.

It reads analyses; nothing below it imports it.
"""
