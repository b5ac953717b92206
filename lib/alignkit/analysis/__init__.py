"""Analysis: the reading stages run end to end, for one article or a corpus.

* :mod:`.pipeline`: an article -> :class:`~.pipeline.Analysis` (tables as DataFrames, the
  signed network, its camps); :func:`~.pipeline.analyze` is ``alignkit.analyze``.
* :mod:`.corrected`: the same with an analyst's corrections applied
  (:class:`~.corrected.CorrectedAnalysis`, :func:`~.corrected.reanalyze`).
* :mod:`.corpus`: many articles -> :class:`~.corpus.CorpusAnalysis`, on local processes or
  a Dask cluster, with the network over time.

It imports :mod:`alignkit.reading`, :mod:`alignkit.network` and
:mod:`alignkit.corrections`; none of them imports it.
"""
