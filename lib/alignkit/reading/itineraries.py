"""A visitor's itinerary: the states a journey takes in are visited by its traveller.

A journey (``itinerary_words.csv``: ``tour``, ``trip``, ``swing``) whose stops are told
after it (``a tour of Latin America that will include Chile and Peru``, ``a Gulf tour
during which he met leaders in Oman and Kuwait``, ``a trip with stops in Ghana and
Togo``) is a visit of each stop by its traveller: a consultation (CAMEO 042, *make a
visit*), as ``trip to`` is (``events.csv``). The stops are the states listed right after
the words that open them and the states named to the sentence's end after an ``in`` that
follows a name or a word of people met or of stopping (``leaders in Oman``); the
traveller is the journey's possessor (``Hunt's tour``) or the subject of the clause the
journey belongs to (``Mr Roe is on the first stop of a tour``, ``Mr Roe's visit was part
of a tour``), or that subject's possessor. The stops are not paired with each other: two
stops of one tour have no relation the tour tells.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Mr Roe began a tour of the region that will include Chile and Peru."))
>>> [t.stands_for(b.actor) for _, b, _ in itinerary_stops(t, 0)]
['CHL', 'PER']
"""

from __future__ import annotations

from .arguments import noun_parties
from .codebook import Codebook, per_codebook, phrases_by_kind
from .dependency import Parse, parse
from .joint_acts import listed_states
from .lexicon import phrase_end
from .tagging import Participant, Tagged

__all__ = ["itinerary_stops"]

# how far after the journey's noun the words opening its stops may start ("a tour of
# Latin America that will include")
_OPENING_GAP = 5
# the dependency links that climb from the journey to the clause it belongs to
_UP = frozenset({"pobj", "prep", "attr", "dobj", "nsubj", "appos"})


@per_codebook
def _words(cb: Codebook) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``itinerary_words.csv`` by kind (``journey``, ``stops``, ``met``), forms as word
    tuples."""
    return phrases_by_kind("itinerary_words.csv", cb.root)


def itinerary_stops(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int]]:
    """(traveller, stop, token of the journey's noun) for each stop of each journey the
    sentence tells (see the module)."""
    lo, hi = t.sent_tok[sentence]
    words, low = _words(t.codebook), t.lower
    journeys = {f[0] for f in words["journey"]}
    opened = [(k, e) for k in range(lo, hi) if low[k] in journeys
              for e in [_opening(low, k, hi, words["stops"])] if e > 0]  # fmt: skip
    if not opened:
        return []  # no journey with its stops told: nothing to parse for
    p, out = parse(t, sentence), []
    for k, after in opened:
        traveller = _traveller(t, p, k)
        if traveller is None:
            continue
        own = t.stands_for(traveller.actor)
        seen = {own}
        for q in _stops(t, after, hi, words["met"]):
            state = t.stands_for(q.actor)
            if state not in seen and t.actor_type(state) == "country":
                seen.add(state)
                out.append((traveller, q, k))
    return out


def _opening(low: list[str], k: int, hi: int, forms) -> int:
    """The end of the words opening the stops of the journey at ``k``, else -1."""
    for j in range(k + 1, min(k + 1 + _OPENING_GAP, hi)):
        end = phrase_end(low, j, forms)
        if end > 0:
            return end if end < hi else -1  # no stop after it
        if low[j] in (".", ";", ":"):
            return -1
    return -1


def _stops(t: Tagged, after: int, hi: int, met: tuple) -> list[Participant]:
    """The states listed at ``after`` and those named up to ``hi`` after an ``in`` that
    follows a name or a word of people met or of stopping (``met``: ``leaders in Oman``,
    ``Sultan Qaboos in Oman``, ``stops in Peru``; not ``the war in Sudan``)."""
    out = _at_once(t, after)
    for j in range(after + 1, hi - 1):
        if t.lower[j] == "in" and (t.words[j - 1][:1].isupper() or (t.lower[j - 1],) in met):
            out += _at_once(t, j + 1)
    return out


def _at_once(t: Tagged, j: int) -> list[Participant]:
    """The states listed from token ``j`` (or right after a ``the`` there), else the one
    party named there."""
    listed = listed_states(t, j)
    if listed and listed[0].tok <= j + (t.lower[j] == "the"):
        return listed
    return _one_at(t, j)


def _one_at(t: Tagged, j: int) -> list[Participant]:
    """The party named at token ``j`` or right after a ``the`` there."""
    j += 1 if t.lower[j] == "the" else 0
    q = t.participant_at(j)
    return [q] if q is not None and q.tok == j else []


def _traveller(t: Tagged, p: Parse, k: int) -> Participant | None:
    """The journey's possessor, else the subject of the clause it belongs to (or that
    subject's possessor): a party that is no place."""
    a = k
    for _ in range(8):
        found = _possessor(t, p, a)
        if found is not None:
            return found
        h = p.head(a)
        if h == a or p.dep(a) not in _UP:
            break
        a = h
    subj = [c for c in p.children(a) if p.dep(c) == "nsubj"]
    if not subj:
        return None
    for q in noun_parties(t, p, subj[0]):
        if t.actor_type(q.actor) != "place":
            return q
    return _possessor(t, p, subj[0])


def _possessor(t: Tagged, p: Parse, k: int) -> Participant | None:
    """The party that owns the noun at ``k`` (``Hunt's visit``)."""
    for c in p.children(k):
        if p.dep(c) == "poss":
            qs = noun_parties(t, p, c)
            if qs:
                return qs[0]
    return None
