"""Visits told by presence: ``Wang Yi was in Moscow for talks``, ``The Qatari envoy is in
Kabul for consultations``, ``The minister was in Nairobi for a two-day visit``.

The subject of *be* with an ``in`` phrase naming a state (or its capital, which stands for
it) and a ``for`` phrase naming talks or a visit (``visit_purposes.csv``) visits that
state: a consultation (CAMEO 042, make a visit; PLOVER CONSULT), as ``visited Moscow`` is.
A presence the sentence denies (``was not in Kabul``) is none.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Chinese Foreign Minister Wang Yi was in Moscow for talks."))
>>> [(t.stands_for(a.actor), t.stands_for(b.actor)) for a, b, _ in present_for_talks(t, 0)]
[('CHN', 'RUS')]
"""

from __future__ import annotations

from .arguments import noun_parties
from .codebook import per_codebook, word_list
from .dependency import parse
from .tagging import Participant, Tagged

__all__ = ["present_for_talks"]

_BE = frozenset({"is", "was", "are", "were", "be", "been"})


@per_codebook
def _purposes(cb) -> frozenset[str]:
    return word_list("visit_purposes.csv", cb.root)


def present_for_talks(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int]]:
    """(visitor, host, token of the talks' noun) for each presence for talks in the
    sentence (see the module)."""
    lo, hi = t.sent_tok[sentence]
    words = set(t.lower[lo:hi])
    if not (words & _BE and words & _purposes(t.codebook) and "for" in words and "in" in words):
        return []  # no "was in X for talks" to read: nothing to parse for
    p = parse(t, sentence)
    out = []
    for v in range(lo, hi):
        if t.lower[v] not in _BE or any(p.dep(c) == "neg" for c in p.children(v)):
            continue
        kids = p.children(v)
        subj = [k for k in kids if p.dep(k) == "nsubj"]
        places = _objects(t, p, kids, "in")
        talks = [o for o in _objects(t, p, kids, "for") if t.lower[o] in _purposes(t.codebook)]
        if not (subj and places and talks):
            continue
        hosts = [q for o in places for q in noun_parties(t, p, o)]
        out += [(a, b, talks[0]) for a in noun_parties(t, p, subj[0]) for b in hosts]
    return out


def _objects(t: Tagged, p, kids: list[int], prep: str) -> list[int]:
    """The objects of the ``prep`` phrases among the tokens ``kids``."""
    return [o for k in kids if p.dep(k) == "prep" and t.lower[k] == prep
            for o in p.children(k) if p.dep(o) == "pobj"]  # fmt: skip
