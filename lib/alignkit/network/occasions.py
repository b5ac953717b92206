"""Occasions: which pieces of evidence report the same happening.

An article often tells one happening several times: "Pezeshkian embarked on his visit to
Moscow to meet with Putin" codes a visit and a meeting (both CONSULT) in one sentence; the
photo caption "Putin shakes hands with Pezeshkian" shows that meeting again, and a headline
sums up what the body reports. Every piece stays evidence (each has its own span), but an
edge counts occasions, not mentions:

- events of one PLOVER type and one mode in one sentence are one occasion;
- an event of the headline or of a caption that has the type and mode of an event of the
  body is that event's occasion (the first such one in the text): headlines and captions
  repeat what the body tells.

Evidence without a sentence index is an occasion of its own.
"""

from __future__ import annotations

import math

__all__ = ["occasion_keys", "occasion_of", "occasion_score", "tally"]

#: Blocks of an article that repeat what its body tells (alignkit.reading.article.Sentence.block).
_REPEATING_BLOCKS = frozenset({"headline", "caption"})


def occasion_of(evidence: list[dict]) -> list[int | None]:
    """The sentence that tells the occasion of each piece of ``evidence``: its own sentence,
    or for a headline or caption piece the first body sentence with an event of its type
    and mode. The value depends only on the pieces of the same article, so an edge split by
    period keeps it.

    Parameters
    ----------
    evidence : list of dict
        Pieces of evidence of one pair, in text order, with keys ``article``, ``sentence``,
        ``type`` and ``mode``, and optionally ``block`` (``headline``, ``body`` or
        ``caption``; missing or empty = body).

    Returns
    -------
    list of int or None
        One sentence index per piece (None for a piece without one).

    Examples
    --------
    >>> ev = [
    ...     {"article": "a", "sentence": 0, "type": "COOPERATE", "mode": "actual",
    ...      "block": "headline"},
    ...     {"article": "a", "sentence": 2, "type": "CONSULT", "mode": "actual"},
    ...     {"article": "a", "sentence": 2, "type": "CONSULT", "mode": "actual"},
    ...     {"article": "a", "sentence": 3, "type": "CONSULT", "mode": "actual",
    ...      "block": "caption"},
    ...     {"article": "a", "sentence": 5, "type": "COOPERATE", "mode": "actual"},
    ... ]
    >>> occasion_of(ev)
    [5, 2, 2, 2, 5]
    >>> len(set(occasion_keys(ev)))
    2
    """
    first_body: dict[tuple, int] = {}
    for ev in evidence:
        n = ev.get("sentence")
        if n is not None and ev.get("block") not in _REPEATING_BLOCKS:
            kind = (ev.get("article") or "", ev.get("type"), ev.get("mode"))
            if kind not in first_body or n < first_body[kind]:
                first_body[kind] = n
    out: list[int | None] = []
    for ev in evidence:
        n = ev.get("sentence")
        if n is not None and ev.get("block") in _REPEATING_BLOCKS:
            n = first_body.get((ev.get("article") or "", ev.get("type"), ev.get("mode")), n)
        out.append(n)
    return out


def occasion_keys(evidence: list[dict], occasions: list | None = None) -> list[tuple]:
    """A key per piece, equal for pieces of one occasion: article, type, mode and the
    occasion's sentence (:func:`occasion_of`, or the ``occasions`` given); a piece without a
    sentence is an occasion of its own."""
    occasions = occasion_of(evidence) if occasions is None else occasions
    return [
        (ev.get("article") or "", ev.get("type"), ev.get("mode"), n)
        if n is not None
        else ("", "", "", ("piece", i))
        for i, (ev, n) in enumerate(zip(evidence, occasions, strict=True))
    ]


def occasion_score(scores: list[float], keys: list[tuple]) -> float:
    """The edge score: per occasion the strongest ``sign * intensity`` of its pieces,
    summed (``math.fsum``). An occasion told three times weighs as much as once.

    Examples
    --------
    >>> occasion_score([1.0, 1.0, -2.0], [("a",), ("a",), ("b",)])
    -1.0
    """
    best: dict = {}
    for s, k in zip(scores, keys, strict=True):
        if k not in best or abs(s) > abs(best[k]):
            best[k] = s
    return math.fsum(best.values())


def tally(pieces: list[dict], scores: list[float]) -> tuple[list[dict], int, float]:
    """What an edge makes of its pieces of evidence (in text order) and their
    ``sign * intensity``: the pieces, each copied with its ``occasion``; the number of
    occasions (the edge's ``weight``); and the edge's score (:func:`occasion_score`).

    Examples
    --------
    >>> ev = [{"article": "a", "sentence": 2, "type": "CONSULT", "mode": "actual"}] * 2
    >>> pieces, weight, score = tally(ev, [4.0, 4.0])
    >>> [p["occasion"] for p in pieces], weight, score
    ([2, 2], 1, 4.0)
    """
    occasions = occasion_of(pieces)
    keys = occasion_keys(pieces, occasions)
    out = [dict(p, occasion=n) for p, n in zip(pieces, occasions, strict=True)]
    return out, len(set(keys)), occasion_score(scores, keys)
