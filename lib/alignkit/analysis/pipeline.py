"""Run the reading stages on an article: :func:`analyze`, :func:`analyze_text`.

:func:`analyze` tags the article, extracts statements and events, applies the analyst's
corrections when there are any, and returns an :class:`~.result.Analysis` (or a
:class:`~.corrected.CorrectedAnalysis`).

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze(alignkit.load_article(alignkit.SEED))
>>> an.mentions.columns.tolist()
['start', 'end', 'text', 'actor', 'kind', 'sentence']
>>> sorted(an.network.edges())[:3]
[('CHN', 'USA'), ('IRN', 'RUS'), ('IRN', 'USA')]
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from .. import corrections as corr
from ..reading.article import Article, ArticleError, load_article, parse_article
from ..reading.codebook import Codebook, load_codebook
from ..reading.events import _extract
from ..reading.statements import extract_statements
from ..reading.tagging import tag
from .corrected import corrected_analysis
from .result import Analysis

__all__ = ["analyze", "analyze_text", "prepare", "reanalyze"]


def prepare(codebook: Codebook | None = None) -> Codebook:
    """Build, once per process, what a first analysis builds: the tokenizer, the codebook's
    phrase matchers and the cue and event lexicons (the CAMEO verbs among them). Returns the
    codebook.

    :func:`analyze` does this on first use; call it ahead to keep that cost out of a timed
    loop, or before forking workers so they inherit it. When the syntax back-end reads a
    dependency parse (``ALIGNKIT_SYNTAX`` ``parse`` or ``parse-all``) the parser is loaded
    too (when installed: without it the first analysis says so), so forked workers share
    the parent's model instead of each loading their own.

    Examples
    --------
    >>> prepare().actors["RUS"].name
    'Russia'
    """
    from ..reading.cameo import cameo_lexicon
    from ..reading.event_lexicon import event_lexicon
    from ..reading.statements import _cues
    from ..reading.tagging import _matchers

    cb = codebook or load_codebook()
    _matchers(cb)
    _cues(cb)
    event_lexicon(cb)
    cameo_lexicon(cb)
    from ..reading.syntax import backend

    if backend() != "surface":
        from contextlib import suppress

        from ..reading.dependency import ParserUnavailable, get_parser

        with suppress(ParserUnavailable):  # the first analysis needing a parse says so
            get_parser()
    return cb


def analyze(
    article: Article | str | Path, codebook: Codebook | None = None, *, corrections=None
) -> Analysis:
    """Analyze one article (an :class:`Article`, or a path to load).

    The analyst's corrections (:mod:`alignkit.corrections`) are applied after extraction,
    before the network is built: those of the ``<stem>.corrections.json`` file beside the
    article's path, or ``corrections`` (a :class:`~alignkit.corrections.Corrections`, a
    list of entries or a file path; ``False`` for none). With corrections the result is a
    :class:`~alignkit.analysis.corrected.CorrectedAnalysis`.

    Examples
    --------
    >>> import alignkit
    >>> an = analyze(alignkit.SEED)
    >>> an.statements[["speaker", "cue"]].head(2).values.tolist()
    [['dmitry-peskov', 'confirmed'], ['jake-sullivan', 'assertion']]
    """
    if not isinstance(article, Article):
        _check_path(article)
        article = load_article(article)
    cb = codebook or load_codebook()
    fixes = corr.resolve(article, corrections)
    tagged = tag(article, corr.codebook_for(cb, fixes))
    statements = extract_statements(tagged)
    events, milestones = _extract(tagged, statements)
    if fixes is not None:
        kept = corr.apply_corrections(tagged, statements, events, milestones, fixes, cb)
        return corrected_analysis(tagged, kept)
    return Analysis(tagged, statements, events, milestones)


def _check_path(article) -> None:
    """What :func:`analyze` accepts besides an Article: a path. Text is sent elsewhere."""
    if isinstance(article, (str, os.PathLike)):
        if isinstance(article, str) and "\n" in article and not os.path.lexists(article):
            raise ArticleError(
                None, "analyze() was given text, not a path: use analyze_text(text) for text"
            )
        return
    raise TypeError(
        f"analyze() expects an Article or a path (str or os.PathLike), "
        f"got {type(article).__name__}"
        + (
            ": for text in memory decode it and use analyze_text"
            if isinstance(article, bytes)
            else ""
        )
    )


def analyze_text(
    text: str,
    *,
    publication_date: dt.date | str | None = None,
    article_id: str | None = None,
    codebook: Codebook | None = None,
    corrections=None,
) -> Analysis:
    """Analyze pasted text (see :func:`alignkit.reading.article.parse_article`); ``corrections``
    as for :func:`analyze` (pasted text has no file beside it).

    Examples
    --------
    >>> an = analyze_text("Iran's president met Russian President Vladimir Putin in Moscow.")
    >>> an.events[["source_country", "target_country", "type"]].values.tolist()
    [['IRN', 'RUS', 'CONSULT']]
    """
    art = parse_article(text, article_id=article_id, publication_date=publication_date)
    return analyze(art, codebook, corrections=corrections)


def reanalyze(
    analysis: Analysis, corrections: corr.Corrections | Iterable | None = None
) -> Analysis:
    """Analyze ``analysis``'s article again with ``corrections`` (default: its own, or the
    file beside it): what a notebook calls after adding an entry."""
    from ..analysis.pipeline import analyze

    if corrections is None:
        corrections = getattr(analysis, "corrections", None)
    cb = getattr(analysis, "base_codebook", None) or analysis.codebook
    return analyze(analysis.article, cb, corrections=corrections)
