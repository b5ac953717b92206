"""Forces told as part of a formation or kept in a host state: the state whose force is
``part of the Germany-led battlegroup`` cooperates with the state that leads it, and, with
a mission (``mission_nouns.csv``), with the state the mission arrived in or serves
(``Rwandan police, part of the regional mission, landed in Mozambique``); the state that
keeps troops ``based`` or ``stationed`` in another state (``Norway keeps 200 soldiers
stationed in Lithuania``) cooperates with its host, unless the sentence tells an
occupation or an invasion (``formation_words.csv``). Each pair is a military cooperation
(PLOVER COOPERATE; CAMEO 062). A force's state is its own modifier (``Dutch soldiers``,
``Britain's troops``) or the subject of the verb that keeps it (``Britain has 900 troops
based in Estonia``). Co-leaders of a formation (``battlegroups led by A, B and C``) are
not paired: each may lead its own.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Dutch soldiers are part of the German-led battlegroup."))
>>> [(t.stands_for(a.actor), t.stands_for(b.actor)) for a, b, _ in formation_partners(t, 0)]
[('NLD', 'DEU')]
>>> t = tag(parse_article("Britain has 900 troops based in Estonia."))
>>> [(t.stands_for(a.actor), t.stands_for(b.actor)) for a, b, _ in formation_partners(t, 0)]
[('GBR', 'EST')]
"""

from __future__ import annotations

from .arguments import mission_nouns, noun_parties, prep_parties
from .codebook import forms_by_kind, per_codebook
from .dependency import Parse, parse
from .led_missions import HOST_PREPS, HYPHENS, led_by
from .tagging import Participant, Tagged

__all__ = ["formation_partners"]

# the verbs that keep a force: "Britain has 900 troops based in Estonia"
_KEEPING = frozenset({"has", "have", "had", "keeps", "keep", "kept", "maintains", "maintain"})


@per_codebook
def _words(cb) -> dict[str, frozenset[str]]:
    """``{kind: forms}`` of ``formation_words.csv``: ``member``, ``stationed``, ``hostile``."""
    return forms_by_kind("formation_words.csv", cb.root)


@per_codebook
def _led(cb) -> frozenset[str]:
    """The participles that tell a formation's leader (``leading_words.csv``)."""
    return forms_by_kind("leading_words.csv", cb.root).get("participle", frozenset())


def formation_partners(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int]]:
    """(the force's state, its leader or host, token of the formation or of ``based``) for
    each such pair the sentence tells (see the module)."""
    lo, hi = t.sent_tok[sentence]
    words, kinds = set(t.lower[lo:hi]), _words(t.codebook)
    part = words & kinds["member"] and "of" in words
    kept = words & kinds["stationed"] and "in" in words and not words & kinds["hostile"]
    if not (part or kept):
        return []  # no "part of" and no "based in": nothing to parse for
    p = parse(t, sentence)
    out = []
    for k in range(lo, hi):
        if t.lower[k] in kinds["member"] and part:
            out += _formation(t, p, k)
        elif t.lower[k] in kinds["stationed"] and kept and p.dep(k) == "acl":
            hosts = prep_parties(t, p, k, {"in"})
            out += [(a, b, k) for a in _owners(t, p, p.head(k)) for b in hosts]
    return [(a, b, k) for a, b, k in out if t.serves_state(a.actor) and t.serves_state(b.actor)
            and t.stands_for(a.actor) != t.stands_for(b.actor)]  # fmt: skip


def _formation(t: Tagged, p: Parse, k: int) -> list[tuple[Participant, Participant, int]]:
    """The pairs of ``part`` at ``k``: its force's state with the leader of the formation
    of its ``of`` and, of a mission, with the state the force arrived in."""
    units = _of_objects(t, p, k)
    if not units:
        return []
    n = units[0]
    leaders = _leaders(t, p, n)
    h = p.head(k)
    if p.dep(k) == "appos":
        force = h  # "Emirati forces, part of the Saudi-led coalition"
    elif p.dep(k) == "attr":  # "Dutch soldiers are part of"
        force = next((c for c in p.children(h) if p.dep(c) == "nsubj"), None)
    else:
        force = k  # "Rwandan police part of the mission landed": the parse joins them
    if force is None:
        return []
    lead = {t.stands_for(q.actor) for q in leaders}
    members = [q for q in _owners(t, p, force) if t.stands_for(q.actor) not in lead]
    out = [(a, b, n) for a in members for b in leaders]
    if t.lower[n] in mission_nouns(t.codebook):
        hosts = prep_parties(t, p, n, HOST_PREPS)
        if not hosts and p.dep(force) == "nsubj":  # "... part of the mission landed in X"
            hosts = prep_parties(t, p, p.head(force), HOST_PREPS)
        out += [(a, b, n) for a in members for b in hosts]
    return out


def _leaders(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The parties named as leading the formation at ``n``: ``the Germany-led``, ``the
    German led`` before it, ``led by Germany`` after it."""
    out = []
    for c in p.children(n):
        if t.lower[c] not in _led(t.codebook):
            continue
        if c < n:
            j = c - 1 if t.lower[c - 1] in HYPHENS else c
            q = t.ending_at(j)
            out += [q] if q is not None else []
        else:
            out += led_by(t, p, c)
    return out


def _owners(t: Tagged, p: Parse, force: int) -> list[Participant]:
    """The state of the force at ``force``: its own modifier, or the subject of the verb
    that keeps it (``Britain has 900 troops``)."""
    found = noun_parties(t, p, force)
    h = p.head(force)
    if not found and p.dep(force) == "dobj" and t.lower[h] in _KEEPING:
        found = [q for c in p.children(h) if p.dep(c) == "nsubj" for q in noun_parties(t, p, c)]
    return found


def _of_objects(t: Tagged, p: Parse, k: int) -> list[int]:
    """The tokens of the objects of the ``of`` phrases on ``k``."""
    return [o for c in p.children(k) if p.dep(c) == "prep" and t.lower[c] == "of"
            for o in p.children(c) if p.dep(o) == "pobj"]  # fmt: skip
