"""Mediation told by a noun (``mediation_nouns.csv``): who mediates between whom.

``Egypt's mediation between Israel and Hamas``, ``Kuwait launched a mediation effort
between Qatar and its neighbours``, ``Qatar, a key mediator between the two sides``,
``Turkish mediators between Russia and Ukraine``. CAMEO codes mediation (043) as a
consultation of the mediator with each side, never as an act of one side towards the
other: the noun names the *mediator* (its possessor, a state modifying it, its ``by``
object, the subject of the verb it is the object of or that it completes) and the
*parties* (the objects of its ``between``). Mediation the sentence refuses or denies
(``rejected Kenya's mediation``, ``no mediation``) is none.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Kuwait's mediation between Qatar and Bahrain resumed."))
>>> sorted((t.stands_for(m.mediator.actor), t.stands_for(m.party.actor))
...        for m in mediations(t, 0))
[('KWT', 'BHR'), ('KWT', 'QAT')]
"""

from __future__ import annotations

from dataclasses import dataclass

from .arguments import noun_parties
from .codebook import per_codebook, word_list
from .dependency import Parse, parse
from .event_lexicon import event_lexicon
from .tagging import Participant, Tagged

__all__ = ["Mediation", "mediation_nouns", "mediations"]

_MEDIATOR_MODS = ("poss", "compound", "amod", "nmod")
# nouns a mediation noun can qualify ("a mediation effort", "their mediation role")
_COMPOUND_HEADS = frozenset({"effort", "efforts", "bid", "bids", "initiative", "initiatives",
                             "role", "roles", "mission", "missions", "push", "attempt",
                             "attempts", "process", "team", "teams"})  # fmt: skip
_DENIED = frozenset({"no", "not", "never", "without"})
# verbs that turn down the mediation that is their object ("rejected Kenya's mediation")
# (refuse and decline come from refusal_verbs.csv, as the events stage reads them)
_REJECTIONS = frozenset({"rejected", "rejects", "reject", "rejecting", "rebuffed", "spurned",
                         "dismissed"})  # fmt: skip


@dataclass(frozen=True)
class Mediation:
    """``mediator`` mediates with ``party``, by the noun at token ``noun``."""

    mediator: Participant
    party: Participant
    noun: int


@per_codebook
def mediation_nouns(cb) -> frozenset[str]:
    """The nouns of ``mediation_nouns.csv``, lower-cased."""
    return word_list("mediation_nouns.csv", cb.root, column="word")


def mediations(t: Tagged, sentence: int) -> list[Mediation]:
    """Every mediator–party pair one sentence tells by a noun of mediation."""
    nouns = mediation_nouns(t.codebook)
    lo, hi = t.sent_tok[sentence]
    found = [i for i in range(lo, hi) if t.lower[i] in nouns]
    if not found:
        return []
    p = parse(t, sentence)
    out = []
    for i in found:
        n = _phrase_head(t, p, i)
        if p.pos(i) != "NOUN" or _refused(t, p, n):
            continue
        parties = _parties(t, p, n)
        for m in _mediators(t, p, n):
            sm = t.stands_for(m.actor)
            out += [
                Mediation(m, q, i)
                for q in parties
                if sm and (sq := t.stands_for(q.actor)) and sq != sm
            ]
    return out


def _phrase_head(t: Tagged, p: Parse, i: int) -> int:
    """``a mediation effort``: the noun the mediation noun qualifies, else itself."""
    h = p.head(i)
    if p.dep(i) == "compound" and t.lower[h] in _COMPOUND_HEADS:
        return h
    return i


def _refused(t: Tagged, p: Parse, n: int) -> bool:
    """``rejected Kenya's mediation``, ``no mediation``, ``did not mediate``: none."""
    if any(t.lower[c] in _DENIED for c in p.children(n)):
        return True
    h = p.head(n)
    if h == n or p.dep(n) not in ("dobj", "pobj", "attr"):
        return False
    refusals = event_lexicon(t.codebook).refusal_verbs | _REJECTIONS
    return t.lower[h] in refusals or any(p.dep(c) == "neg" for c in p.children(h))


def _parties(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The objects of ``between`` after the noun, on the noun it mediates in (``mediation
    in the conflict between A and B``), or on the verb the noun is the object of (the small
    parser attaches ``launched a mediation effort on Saturday between A and B``'s
    ``between`` to the verb)."""
    heads = [n] + ([p.head(n)] if p.dep(n) in ("dobj", "attr", "pobj") else [])
    # "mediation in the conflict between A and B": the between of the noun it is in
    heads += [o for c in p.children(n) if p.dep(c) == "prep" and t.lower[c] in ("in", "over", "on")
              for o in p.children(c) if p.dep(o) == "pobj"]  # fmt: skip
    out = []
    for h in heads:
        for c in p.children(h):
            if p.dep(c) == "prep" and t.lower[c] == "between":
                out += _objects(t, p, c)
    return list({id(q): q for q in out}.values())


def _mediators(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The party the noun says mediates: ``Egypt's mediation``, ``Turkish mediators``,
    ``mediation by Qatar``; ``Kuwait launched a mediation effort``, ``Qatar acts as a
    mediator``, ``Qatar is a mediator``; ``Qatar, a mediator between``."""
    out = []
    for c in p.children(n):
        if p.dep(c) in _MEDIATOR_MODS and c in t.by_tok:
            out.append(t.by_tok[c])
        elif p.dep(c) == "prep" and t.lower[c] == "by":
            out += _objects(t, p, c)
    if out:
        return out
    h = p.head(n)
    if p.dep(n) == "appos":
        return noun_parties(t, p, h)
    if p.dep(n) == "pobj" and t.lower[h] == "as":
        h = p.head(h)  # "acts as a mediator", "served as mediators"
    elif p.dep(n) not in ("dobj", "attr"):
        return []
    return [q for c in p.children(h) if p.dep(c) == "nsubj" for q in noun_parties(t, p, c)]


def _objects(t: Tagged, p: Parse, prep: int) -> list[Participant]:
    """The parties a preposition's objects name."""
    return [q for o in p.children(prep) if p.dep(o) == "pobj" for q in noun_parties(t, p, o)]
