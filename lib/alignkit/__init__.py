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
    "Article": "article",
    "ArticleError": "article",
    "Span": "article",
    "Sentence": "article",
    "load_article": "article",
    "parse_article": "article",
    "load_corpus": "article",
    "iter_corpus": "article",
    "load_codebook": "codebook",
    "Codebook": "codebook",
    "CodebookError": "codebook",
    "Analysis": "pipeline",
    "analyze": "pipeline",
    "analyze_text": "pipeline",
    "prepare": "pipeline",
    "analyze_corpus": "corpus",
    "CorpusAnalysis": "corpus",
    "evaluate": "evaluation",
    "evaluation_details": "evaluation",
    "evaluate_corpus": "devset",
    "naive_network": "devset",
    "naive_peer": "devset",
    "DevsetError": "devset",
    "Corrections": "corrections",
    "Correction": "corrections",
    "CorrectionsError": "corrections",
    "CorrectedAnalysis": "corrections",
    "load_corrections": "corrections",
    "save_corrections": "corrections",
    "corrections_to_gold": "corrections",
    "highlight": "render",
    "highlight_span": "render",
}

__all__ = sorted([*_EXPORTS, "SEED", "GOLD"])


def __getattr__(name: str):
    if name in ("SEED", "GOLD"):
        from .codebook import data_dir, project_dir

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
