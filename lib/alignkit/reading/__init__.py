"""Reading: an article's text in, its actors, statements and events out.

The stages, in the order :func:`alignkit.analyze` runs them:

* :mod:`.article`: a text or file -> :class:`~.article.Article` (metadata, headline,
  paragraphs, captions, sentences; offsets index ``Article.text``).
* :mod:`.codebook`: the curated codebook of ``data/codebook/`` (actors, roles, lexicons).
* :mod:`.tagging`: an Article and a Codebook -> :class:`~.tagging.Tagged` (tokens and actor
  mentions with their spans).
* :mod:`.lexicon`: the phrase matcher the codebook's lexicons compile into.
* :mod:`.dependency` and :mod:`.syntax`: the dependency parse, and the one syntactic layer
  (subjects, objects, targets, coordination, clause bounds) the extractors ask.
* :mod:`.statements`: Tagged -> attributed statements (speaker, cue, content, stance).
* :mod:`.events`: Tagged and statements -> dyadic PLOVER events and timeline milestones.
* :mod:`.dates`: dates in the text, resolved against the article's date.

Nothing here imports the network, the corrections, the evaluation or the notebook layer.
"""
