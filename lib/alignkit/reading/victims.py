"""Parties a statement names as the victims of another's hostile act.

``Jordan warned Israel against any attempt to displace Palestinians``: the Palestinians
are the ones the warning protects, not its target; so are Chad in ``accused Sudan of
attacking Chad`` and Lebanon in ``warned Iran against striking Lebanon``. A victim is the
target, read over the parse (:mod:`.arguments`), of a verb the field's dictionary codes as
a conflict (:mod:`.cameo`) whose agent is a party other than the speaker's side, or that
has no subject at all (an infinitive or gerund: ``any attempt to displace``). The victim
of the speaker's own act stays the target: ``Pakistan warned that it would strike India``.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Jordan warned Israel against attempts to expel Palestinians."))
>>> sorted(victims_of_others(t, 2, len(t.lower), {"JOR"}))
['PSE']
"""

from __future__ import annotations

from .arguments import verb_arguments
from .cameo import cameo_lexicon
from .codebook import per_codebook, word_list
from .dependency import parse_or_none
from .syntax import after_prep, parts_in
from .tagging import Tagged

__all__ = ["acts_of_others", "people_harmed", "the_dead", "victims_of_others"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")


def victims_of_others(t: Tagged, a: int, b: int, own: set[str]) -> set[str]:
    """The actors and states that hostile acts in tokens ``a:b`` are done to by a party
    not of ``own`` (the speaker's states and actors), or by no party named (see the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Pakistan warned that it would strike India."))
    >>> victims_of_others(t, 2, len(t.lower), {"PAK"})
    set()
    """
    lex = cameo_lexicon(t.codebook)
    out: set[str] = set()
    for i in range(a, b):
        if t.lower[i] not in lex.first or t.tok_sent[i] < 0:
            continue
        p = parse_or_none(t, t.tok_sent[i])
        if p is None or p.pos(i) != "VERB":
            continue
        codings = lex.code(t.lower, i, b)
        if not codings or int(t.codebook.plover[codings[0].plover]["sign"]) >= 0:
            continue
        args = verb_arguments(t, i, codings[0].preps)
        agents = {t.stands_for(q.actor) or q.actor for q, role in args if role == "source"}
        subject = any(p.dep(k) in _SUBJECTS for k in p.children(i))
        if agents & own or (subject and not agents):
            continue  # the speaker's own act, or an agent the parse leaves unresolved
        for q, role in args:
            if role == "target":
                out |= {q.actor, t.stands_for(q.actor)} - {""}
    return out


# the prepositions that name what an act is done to: "strikes on", "rockets against",
# "an incursion into"
_AIMED = frozenset({"on", "upon", "against", "into"})
# the words of a noun phrase that may be, or hold, a party: "Laos", "Laotian villages",
# "Ukraine's cities"
_HOLDERS = frozenset({"amod", "compound", "poss", "nmod"})


def acts_of_others(t: Tagged, a: int, b: int, own: set[str]) -> set[str]:
    """The parties an act named by a noun is done to (after ``on``, ``against``, ``into``)
    by a party named after ``by``, not of ``own``: ``condemn the air strikes by Myanmar
    on Laos``, ``the launching of rockets by Hamas against Israeli cities``, ``the attack
    on Chad by Sudan``. A condemnation opposes the agent, not the one struck.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ghana condemned the air strikes by Myanmar on Laotian villages."))
    >>> sorted(acts_of_others(t, 2, len(t.lower), {"GHA"}))
    ['LAO']
    """
    at = {k: q for q in parts_in(t, a, b) for k in range(q.tok, q.tok_end)}
    out: set[str] = set()
    for si in sorted({t.tok_sent[k] for k in range(a, b) if t.tok_sent[k] >= 0}):
        p = parse_or_none(t, si)
        if p is None:
            continue
        lo, hi = max(a, t.sent_tok[si][0]), min(b, t.sent_tok[si][1])
        for n in range(lo, hi):
            preps = [k for k in p.children(n) if p.dep(k) in ("prep", "agent")]
            agents = _objects(t, p, [k for k in preps if t.lower[k] == "by"], at)
            states = {t.stands_for(x) or x for x in agents}
            if not agents or states & own:
                continue
            struck = _objects(t, p, [k for k in preps if t.lower[k] in _AIMED], at)
            out |= {x for x in struck | {t.stands_for(x) for x in struck} if x} - states - agents
    return out


def _objects(t: Tagged, p, preps: list[int], at: dict) -> set[str]:
    """The actors the objects of prepositions ``preps`` name, with their conjuncts and the
    words that hold a party (``Laotian villages``)."""
    objects = [o for k in preps for o in p.children(k) if p.dep(o) == "pobj"]
    for o in list(objects):
        objects += [c for c in p.children(o) if p.dep(c) == "conj"]
    words = objects + [c for o in objects for c in p.children(o) if p.dep(c) in _HOLDERS]
    return {at[k].actor for k in words if k in at}


def people_harmed(t: Tagged, a: int, b: int) -> set[str]:
    """The actors and states a noun of harm in tokens ``a:b`` names after its ``of``
    (``harmed_people_nouns.csv``): ``opposes any forced displacement of Palestinians``,
    ``condemned the killing of Kenyan traders``. A reaction to the harm opposes its doer,
    not those harmed.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Egypt opposes the displacement of Palestinians from Gaza."))
    >>> sorted(people_harmed(t, 0, len(t.lower)))
    ['PSE']
    """
    nouns = _harm_nouns(t.codebook)
    out: set[str] = set()
    for i in range(a, b - 1):
        if t.lower[i] in nouns and t.lower[i + 1] == "of":
            for q in after_prep(t, i + 1, b, {"of"}):
                out |= {q.actor, t.stands_for(q.actor)} - {""}
    return out


def the_dead(t: Tagged, a: int, b: int) -> set[str]:
    """The actors and states of tokens ``a:b`` that a clause after them tells died
    (``death_clauses.csv``: ``who lost their lives``, ``killed in``): ``mourned the
    Ukrainians who lost their lives``. A reaction in their sentence does not oppose them.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile mourned the Peruvians who died in the fire."))
    >>> sorted(the_dead(t, 0, len(t.lower)))
    ['PER']
    """
    clauses = _death_clauses(t.codebook)
    longest = max((len(c) for c in clauses), default=0)
    out: set[str] = set()
    for q in parts_in(t, a, b):
        after = t.lower[q.tok_end : min(b, q.tok_end + longest)]
        if any(tuple(after[: len(c)]) == c for c in clauses):
            out |= {q.actor, t.stands_for(q.actor)} - {""}
    return out


@per_codebook
def _death_clauses(cb) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(f.split()) for f in word_list("death_clauses.csv", cb.root))


@per_codebook
def _harm_nouns(cb) -> frozenset[str]:
    return word_list("harmed_people_nouns.csv", cb.root, "word")
