"""Missions a state leads: the leader helps the state the mission serves.

A mission serves the state it is in or sent to (``mission_nouns.csv``: ``the UN mission
in Haiti``); the state that leads it is that state's helper, whoever else takes part:
``the Kenya-led mission in Haiti``, ``the mission to Haiti, led by Kenya``, ``Kenya's
leadership of the mission in Haiti``, ``Kenya leads the mission in Haiti``. The leader is
told by a hyphenated ``-led`` before the noun, a ``led by`` after it (or a passive whose
subject it is), a possessor of ``leadership of`` it, or the subject of ``lead`` with it as
object (``leading_words.csv``). The served state is the object of the noun's ``in`` or
``to``, or of the verb the noun is the subject of (``the mission arrived in Haiti``), or
of the noun it belongs to (``the arrival of the mission's members to Haiti``). A noun
that names a mission told before (``this mission``, ``this effort``:
``mission_anaphors.csv``) serves the state of the last mission noun of its sentence or
of the two before it. The pair is a cooperation (CAMEO 06); a leader that is no state is
left out.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("The Kenya-led mission in Haiti began its patrols."))
>>> [(t.stands_for(a.actor), t.stands_for(b.actor)) for a, b, _ in led_missions(t, 0)]
[('KEN', 'HTI')]
"""

from __future__ import annotations

from .arguments import mission_nouns, noun_parties
from .codebook import forms_by_kind, per_codebook, word_list
from .dependency import Parse, parse
from .tagging import Participant, Tagged

__all__ = ["HOST_PREPS", "HYPHENS", "led_by", "led_missions"]

# shared with formations: the hyphen of "Kenya-led", the prepositions of a host state
HYPHENS = frozenset({"-", "–"})
HOST_PREPS = frozenset({"in", "to", "into"})
_ANAPHORIC = frozenset({"this", "that", "the"})


@per_codebook
def _anaphors(cb) -> frozenset[str]:
    return word_list("mission_anaphors.csv", cb.root, "word")


@per_codebook
def _leading(cb) -> dict[str, frozenset[str]]:
    """``{kind: forms}`` of ``leading_words.csv``: ``participle``, ``noun``, ``verb``."""
    return forms_by_kind("leading_words.csv", cb.root)


def led_missions(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int]]:
    """(leader, served state, token of the mission's noun) for each mission the sentence
    tells a state leads (see the module)."""
    lo, hi = t.sent_tok[sentence]
    words = set(t.lower[lo:hi])
    leading = _leading(t.codebook)
    nouns = mission_nouns(t.codebook) | _anaphors(t.codebook)
    if not (words & frozenset().union(*leading.values()) and words & nouns):
        return []  # no leading word and mission noun together: nothing to parse for
    p = parse(t, sentence)
    out = []
    for n in (i for i in range(lo, hi) if t.lower[i] in nouns and p.pos(i) == "NOUN"):
        leaders = [q for q in _leaders(t, p, n, lo, leading) if t.serves_state(q.actor)]
        if not leaders:
            continue
        hosts = _hosts(t, p, n) if t.lower[n] in mission_nouns(t.codebook) else []
        if not hosts and any(t.lower[c] in _ANAPHORIC for c in p.children(n)):
            hosts = _told_before(t, sentence, n)
        hosts = [b for b in hosts if t.serves_state(b.actor)]
        out += [(a, b, n) for a in leaders for b in hosts
                if t.stands_for(a.actor) != t.stands_for(b.actor)]  # fmt: skip
    return out


def _leaders(t: Tagged, p: Parse, n: int, lo: int, leading: dict) -> list[Participant]:
    """The parties told to lead the mission at ``n``: ``Kenya-led``, ``led by Kenya``,
    ``Kenya's leadership of``, ``Kenya leads``."""
    for c in p.children(n):
        if t.lower[c] in leading.get("participle", ()) and c - 2 >= lo:
            if t.lower[c - 1] in HYPHENS and c < n:  # "the Kenya-led mission"
                q = t.ending_at(c - 1)
                return [q] if q is not None else []
            if p.dep(c) == "acl":  # "the mission to Haiti, led by Kenya"
                return led_by(t, p, c)
    h = p.head(n)
    if p.dep(n) == "nsubjpass" and t.lower[h] in leading.get("participle", ()):
        return led_by(t, p, h)  # "this effort is being led by Kenya"
    if p.dep(n) == "pobj" and t.lower[h] == "of":
        owner = p.head(h)  # "Kenya's leadership of this mission"
        if t.lower[owner] in leading.get("noun", ()):
            return [t.by_tok[c] for c in p.children(owner) if p.dep(c) == "poss" and c in t.by_tok]
    if p.dep(n) == "dobj" and t.lower[h] in leading.get("verb", ()):
        return [q for c in p.children(h) if p.dep(c) == "nsubj" for q in noun_parties(t, p, c)]
    return []


def led_by(t: Tagged, p: Parse, v: int) -> list[Participant]:
    """The parties of the ``by`` phrase of the participle at ``v`` (``led by Kenya``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The mission, led by Kenya, arrived in Haiti."))
    >>> v = list(t.lower).index("led")
    >>> [t.stands_for(q.actor) for q in led_by(t, parse(t, 0), v)]
    ['KEN']
    """
    bys = [c for c in p.children(v) if p.dep(c) == "agent" or t.lower[c] == "by"]
    return [q for c in bys for o in p.children(c) if p.dep(o) == "pobj"
            for q in noun_parties(t, p, o)]  # fmt: skip


def _hosts(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The states the mission at ``n`` is in or sent to: its own ``in``/``to`` phrase,
    that of the verb it is the subject of, or that of the noun it belongs to."""
    heads = [n]
    h = p.head(n)
    if p.dep(n) == "nsubj":
        heads.append(h)  # "the mission arrived in Haiti"
    k = n
    for _ in range(2):  # "the arrival of members of the mission to Haiti"
        if p.dep(k) != "pobj" or t.lower[p.head(k)] != "of":
            break
        k = p.head(p.head(k))
        heads.append(k)
    for x in heads:
        for c in p.children(x):
            if p.dep(c) == "prep" and t.lower[c] in HOST_PREPS:
                found = [q for o in p.children(c) if p.dep(o) == "pobj"
                         for q in noun_parties(t, p, o)]  # fmt: skip
                if found:
                    return found
    return []


def _told_before(t: Tagged, sentence: int, n: int) -> list[Participant]:
    """The states served by the last mission noun before ``n`` in its sentence or in the
    two sentences before it (read only when one of them holds such a noun)."""
    missions = mission_nouns(t.codebook)
    for s in range(sentence, max(-1, sentence - 3), -1):
        lo, hi = t.sent_tok[s]
        found = [i for i in range(lo, min(hi, n)) if t.lower[i] in missions]
        if not found:
            continue
        p = parse(t, s)
        for i in reversed(found):
            hosts = _hosts(t, p, i) if p.pos(i) in ("NOUN", "PROPN") else []
            if hosts:
                return hosts
    return []
