"""Harm done in a state's custody: the keeper is the one who does it.

``A Ukrainian prisoner was tortured in Russian custody``, ``an Iranian sailor was beaten
while in Saudi detention``, ``a Georgian detainee died as a result of torture in Russia's
custody``: the harm has no agent named, but the one who holds the victim does it (CAMEO 18,
assault). The keeper is the party named before the noun of keeping (``custody_words.csv``:
``custody``, ``detention``, ``captivity``) in an ``in`` phrase of the harm's verb; the
victim is the verb's subject. The verb is a passive harm (``tortured``, ``beaten``) or a
death told as caused by a harm (``died of torture``, ``died as a result of beatings``); a
death in custody with no harm told (``died in Russian custody``) is none. A harm the
sentence denies (``was not tortured``) is none.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("A Ukrainian prisoner was tortured in Russian custody."))
>>> [(t.stands_for(k.actor), t.stands_for(v.actor)) for k, v, _ in custody_harms(t, 0)]
[('RUS', 'UKR')]
"""

from __future__ import annotations

from .arguments import noun_parties
from .codebook import forms_by_kind, per_codebook
from .dependency import Parse, parse
from .tagging import Participant, Tagged

__all__ = ["custody_harms"]


@per_codebook
def _words(cb) -> dict[str, frozenset[str]]:
    return forms_by_kind("custody_words.csv", cb.root)


def _keeper(t: Tagged, p: Parse, k: int) -> list[Participant]:
    """The party named before the noun of keeping at ``k`` (``Russian``, ``Russia's``)."""
    mods = [c for c in p.children(k) if c < k and p.dep(c) in ("amod", "poss", "compound")]
    found = [t.by_tok[c] for c in mods if c in t.by_tok]
    return list({id(q): q for q in found}.values())  # "Israeli police custody": one party


def _harm_verb(t: Tagged, p: Parse, v: int) -> bool:
    """Is the verb at ``v`` a harm done to its subject: a passive harm, or a death whose
    cause a harm noun names (``died of torture``, ``died as a result of torture``)?"""
    words = _words(t.codebook)
    if any(p.dep(c) == "neg" for c in p.children(v)):
        return False
    if t.lower[v] in words["harm"]:
        return any(p.dep(c) == "nsubjpass" for c in p.children(v))
    if t.lower[v] not in words["death"]:
        return False
    todo = [c for c in p.children(v) if p.dep(c) == "prep"]
    for _ in range(4):  # "as a result of torture": prep, pobj, prep, pobj
        todo = [c for x in todo for c in p.children(x) if p.dep(c) in ("pobj", "prep")]
        if any(t.lower[c] in words["cause"] for c in todo):
            return True
    return False


def custody_harms(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int]]:
    """``(keeper, victim, verb)`` of each harm the sentence tells as done in custody (see
    the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> custody_harms(tag(parse_article("A Chadian soldier died in Libyan custody.")), 0)
    []
    """
    lo, hi = t.sent_tok[sentence]
    keeping = _words(t.codebook)["keeping"]
    found = [k for k in range(lo, hi) if t.lower[k] in keeping]
    if not found:
        return []
    p = parse(t, sentence)
    out = []
    for k in found:
        prep = p.head(k)
        if p.dep(k) != "pobj" or t.lower[prep] != "in":
            continue
        v = p.head(prep)
        if t.lower[v] == "while" and p.dep(prep) == "prep":
            v = p.head(v)  # "beaten while in Saudi custody"
        if not _harm_verb(t, p, v):
            continue
        subjects = [c for c in p.children(v) if p.dep(c) in ("nsubj", "nsubjpass")]
        victims = [q for s in subjects for q in noun_parties(t, p, s)]
        out += [
            (a, b, v)
            for a in _keeper(t, p, k)
            for b in victims
            if t.stands_for(a.actor) != t.stands_for(b.actor)
        ]
    return out
