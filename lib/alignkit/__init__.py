"""alignkit: read geopolitical news the way an analyst does.

Load an article into structure, tag its actors against a curated codebook, code dyadic
events and attributed statements, and build the signed alignment network with its camps.
Every claim carries the character span of its evidence in the article text.

Examples
--------
>>> import alignkit
>>> article = alignkit.load_article(alignkit.SEED)
>>> analysis = alignkit.analyze(article)
>>> sorted(analysis.blocs[0]), analysis.frustration
(['CHN', 'IRN', 'PRK', 'RUS'], 0)
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public name -> module. Imported lazily so `import alignkit` stays cheap (cold start).
_EXPORTS = {
    "Article": "reading.article",
    "ArticleError": "reading.article",
    "Span": "reading.article",
    "Sentence": "reading.article",
    "load_article": "reading.article",
    "parse_article": "reading.article",
    "load_corpus": "reading.article",
    "iter_corpus": "reading.article",
    "load_codebook": "reading.codebook",
    "Codebook": "reading.codebook",
    "CodebookError": "reading.codebook",
    "Analysis": "analysis.result",
    "analyze": "analysis.pipeline",
    "analyze_text": "analysis.pipeline",
    "prepare": "analysis.pipeline",
    "analyze_corpus": "analysis.corpus",
    "CorpusAnalysis": "analysis.corpus",
    "evaluate": "evaluation",
    "evaluation_details": "evaluation",
    "evaluate_corpus": "evaluation.devset",
    "naive_network": "evaluation.devset",
    "naive_peer": "evaluation.devset",
    "DevsetError": "evaluation.devset",
    "Corrections": "corrections",
    "Correction": "corrections",
    "CorrectionsError": "corrections",
    "CorrectedAnalysis": "analysis.corrected",
    "reanalyze": "analysis.pipeline",
    "load_corrections": "corrections",
    "save_corrections": "corrections",
    "corrections_to_gold": "corrections",
    "highlight": "notebook.render",
    "highlight_span": "notebook.render",
}

__all__ = sorted([*_EXPORTS, "SEED", "GOLD"])


def __getattr__(name: str):
    if name in ("SEED", "GOLD"):
        from .reading.codebook import data_dir, project_dir

        return {
            "SEED": project_dir() / "seeds" / "russia-iran-ties.txt",
            "GOLD": data_dir() / "annotations" / "russia-iran-ties.gold.json",
        }[name]
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'alignkit' has no attribute {name!r}")


def __dir__():
    return __all__
