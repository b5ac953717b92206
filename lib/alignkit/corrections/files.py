"""Where an article's corrections live (``<stem>.corrections.json``), read and written."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis.result import Analysis
    from ..reading.article import Article

from .entries import Corrections, CorrectionsError

# ----------------------------------------------------------------------------- files


def corrections_path(article: str | Path | Article | Analysis) -> Path:
    """``<stem>.corrections.json`` beside the article file (like ``<stem>.meta.json``)."""
    p = _article_path(article)
    if p.name.endswith(".corrections.json"):
        return p
    return p.with_name(p.stem + ".corrections.json")


def _article_path(article) -> Path:
    # an Analysis names its article (duck-typed: this package does not import the pipeline)
    article = getattr(article, "article", article)
    if isinstance(article, (str, os.PathLike)):
        return Path(article)
    path = getattr(article, "path", None)
    if not path or not getattr(article, "from_file", True):
        raise CorrectionsError(
            None,
            f"article {getattr(article, 'id', article)!r} has no file: pass the corrections "
            "explicitly (analyze(article, corrections=...)) or save them to a path",
        )
    return Path(path)


def load_corrections(article: str | Path | Article | Analysis) -> Corrections:
    """The corrections of an article (its path, or the corrections file itself).

    A missing file gives empty corrections whose :attr:`~Corrections.path` is where
    :meth:`Corrections.save` will write them."""
    return Corrections.load(corrections_path(article))


def save_corrections(
    article: str | Path | Article | Analysis,
    corrections: Corrections | Iterable,
    *,
    merge: bool = True,
) -> Path:
    """Write ``corrections`` beside ``article`` (or to the ``.corrections.json`` path given).

    Atomic: written to a temporary file in the same folder, then renamed over the old file
    with :func:`os.replace`, so a crash leaves the old file or the new one, never half.
    Merged under a lock with the file as it is now (see :meth:`Corrections.save`: nothing
    another process saved meanwhile is lost); ``merge=False`` overwrites it, also a file
    that cannot be read (a merging save refuses to write over one)."""
    if not isinstance(corrections, Corrections):
        corrections = Corrections(corrections)
    return corrections.save(corrections_path(article), merge=merge)


def resolve(article: Article, corrections) -> Corrections | None:
    """What :func:`alignkit.analyze` applies: ``corrections`` when given (a
    :class:`Corrections`, a list of entries, or a corrections file path), ``False`` for none,
    else the file beside the article's path when there is one."""
    if corrections is False:
        return None
    if corrections is None:
        if not article.path or not article.from_file:  # a pasted text's path is a label
            return None
        p = corrections_path(article.path)
        return Corrections.load(p) if p.exists() else None
    if isinstance(corrections, Corrections):
        return corrections
    if isinstance(corrections, (str, os.PathLike)):
        return Corrections.load(corrections)
    return Corrections(corrections)
