"""Evaluation: the kit's output scored against hand annotations.

* :mod:`.scoring`: one analysis against its gold (the seed's), layer by layer, with every
  miss and false alarm (:func:`evaluate`, :func:`evaluation_details`).
* :mod:`.devset`: an annotated folder in the development-set format scored text by text,
  beside the naive co-occurrence reader (:func:`evaluate_corpus`, :func:`naive_peer`).
"""

from .scoring import SCORE_COLUMNS, evaluate, evaluation_details, load_gold

__all__ = ["SCORE_COLUMNS", "evaluate", "evaluation_details", "load_gold"]
