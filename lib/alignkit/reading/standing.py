"""Standing relations told by a noun of alignment (``relation_nouns.csv``): who is said to
be whose ally, partner, adversary or rival.

``Kenya is a key partner of the United States``, ``Egypt remains an important security
partner for Israel``, ``Qatar, a close U.S. ally,``, ``Algeria, Morocco's regional rival,``,
``Washington's longtime adversary Cuba``, ``Japan and South Korea are allies``. The noun's
*holder* is the party it is relative to (its possessor, a state modifying it, its ``of``,
``to`` or ``for`` object); its *member* is the party said to be one (the subject of a
copula it completes, the name it stands in apposition to or before). A relation the text
denies (``is not an ally``) or places out of the present (``a former ally``) is none.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Kenya is a key partner of the United States."))
>>> [(t.stands_for(s.member.actor), t.stands_for(s.holder.actor), s.sign)
...  for s in standing_relations(t, 0)]
[('KEN', 'USA', 1)]
"""

from __future__ import annotations

from dataclasses import dataclass

from .arguments import noun_parties
from .codebook import acting_bodies, per_codebook, read_table
from .dependency import Parse, parse
from .syntax import latest_pair
from .tagging import Participant, Tagged

__all__ = ["Standing", "relation_nouns", "standing_relations"]

# verbs that say what their subject is: "X is / remains / became an ally of Y"
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remains", "remain",
                      "remained", "become", "becomes", "became", "stays", "stayed"})  # fmt: skip
# modifiers that place the relation outside the present or the real
_UNREAL = frozenset({"former", "erstwhile", "ex", "would-be", "potential", "possible",
                     "prospective", "onetime", "one-time", "no", "once", "formerly"})  # fmt: skip
_HOLDER_MODS = ("poss", "compound", "amod", "nmod")
_HOLDER_PREPS = ("of", "to", "for")


@dataclass(frozen=True)
class Standing:
    """One standing relation: ``member`` is ``holder``'s ally (``sign`` 1) or adversary
    (-1), by the noun at token ``noun``."""

    member: Participant
    holder: Participant
    noun: int
    sign: int


@per_codebook
def relation_nouns(cb) -> dict[str, int]:
    """``relation_nouns.csv``: ``{noun: sign}`` (1 alignment, -1 hostility, 0 neither)."""
    return {r["word"].lower(): int(r["sign"]) for r in read_table("relation_nouns.csv", cb.root)}


def standing_relations(t: Tagged, sentence: int) -> list[Standing]:
    """The standing relations one sentence tells by a noun of alignment."""
    nouns = relation_nouns(t.codebook)
    lo, hi = t.sent_tok[sentence]
    found = [i for i in range(lo, hi) if nouns.get(t.lower[i])]
    if not found:
        return []
    p = parse(t, sentence)
    out = []
    for i in found:
        if p.pos(i) != "NOUN" or _unreal(t, p, i):
            continue
        holders, members = _holders(t, p, i), _members(t, p, i)
        # "X, Y and Z are partners": each other's; "thanked partners X, Y and Z": the
        # thanker's, whose tie the verb tells, not one among them
        if not holders and len(members) > 1 and t.lower[i].endswith("s") and p.dep(i) == "attr":
            pairs = [(a, b) for n, a in enumerate(members) for b in members[n + 1 :]]
        else:
            pairs = [(m, h) for m in members for h in holders]
        out += [
            Standing(m, h, i, nouns[t.lower[i]])
            for m, h in pairs
            if (sm := t.stands_for(m.actor)) and (sh := t.stands_for(h.actor)) and sm != sh
        ]
    return out


def _unreal(t: Tagged, p: Parse, i: int) -> bool:
    """``a former ally``, ``no friend of``, ``is not a partner``."""
    if any(t.lower[c] in _UNREAL for c in p.children(i)):
        return True
    k = i - 1  # "Eritrea, once Ethiopia's bitter enemy,": before the noun, in its phrase
    while (
        k >= 0
        and i - k <= 5
        and t.lower[k] not in (",", ";", "(")
        and t.tok_sent[k] == t.tok_sent[i]
    ):
        if t.lower[k] in _UNREAL:
            return True
        k -= 1
    h = p.head(i)
    return p.dep(i) == "attr" and any(p.dep(c) == "neg" for c in p.children(h))


def _holders(t: Tagged, p: Parse, i: int) -> list[Participant]:
    """The party the noun is relative to: ``Morocco's rival``, ``a U.S. ally``, ``a partner
    of / to / for Israel``; not a demonym after a possessive pronoun (``our Kenyan
    partners``: Kenya is the partner)."""
    own_pron = any(p.dep(c) == "poss" and p.pos(c) == "PRON" for c in p.children(i))
    out = []
    for c in p.children(i):
        if p.dep(c) in _HOLDER_MODS and c in t.by_tok:
            q = t.by_tok[c]
            if not (own_pron and q.head.kind == "demonym"):
                out.append(q)
        elif p.dep(c) == "prep" and t.lower[c] in _HOLDER_PREPS:
            out += [q for o in p.children(c) if p.dep(o) == "pobj" for q in noun_parties(t, p, o)]
    if not out and _body_of(t, p, i):
        # "an ally of the government in Caracas": the parser may hang "in X" on the noun
        for c in p.children(i):
            if p.dep(c) == "prep" and t.lower[c] == "in":
                out += [q for o in p.children(c) if p.dep(o) == "pobj"
                        for q in noun_parties(t, p, o)]  # fmt: skip
    return out


def _body_of(t: Tagged, p: Parse, i: int) -> bool:
    """Is the noun at ``i`` a tie to a state's body (``ally of the government``)?"""
    bodies = acting_bodies(t.codebook)
    return any(
        p.dep(o) == "pobj" and t.lower[o] in bodies
        for c in p.children(i)
        if p.dep(c) == "prep" and t.lower[c] == "of"
        for o in p.children(c)
    )


def _members(t: Tagged, p: Parse, i: int) -> list[Participant]:
    """The party said to be the ally: the subject of the copula the noun completes, the
    name the noun is in apposition to or that names it (``its ally Egypt``), a demonym
    after a possessive pronoun (``our Kenyan partners``)."""
    h = p.head(i)
    if p.dep(i) == "attr" and t.lower[h] in _COPULAS:
        subj = [c for c in p.children(h) if p.dep(c) in ("nsubj", "nsubjpass")]
        return [q for c in subj for q in noun_parties(t, p, c)]
    if p.dep(i) == "appos":
        return noun_parties(t, p, h)
    named = [c for c in p.children(i) if p.dep(c) == "appos"]
    if i + 1 < len(t.lower) and t.tok_sent[i + 1] == t.tok_sent[i] and i + 1 in t.by_tok:
        named.append(i + 1)  # "Washington's longtime adversary Cuba"
    out = [q for c in named for q in noun_parties(t, p, c)]
    if not out and _the_two(t, p, i) and _holders(t, p, i):
        out = latest_pair(t, min(p.children(i)))  # "ties between the two U.S. allies"
        held = {t.stands_for(q.actor) for q in _holders(t, p, i)}
        if held & {t.stands_for(q.actor) for q in out}:
            out = []  # "China and the U.S. urged calm ... the two U.S. allies": not that pair
    own_pron = any(p.dep(c) == "poss" and p.pos(c) == "PRON" for c in p.children(i))
    if own_pron:
        out += [
            t.by_tok[c]
            for c in p.children(i)
            if c in t.by_tok and t.by_tok[c].head.kind == "demonym"
        ]
    return list({id(q): q for q in out}.values())


def _the_two(t: Tagged, p: Parse, i: int) -> bool:
    """Is the noun at ``i`` told of a pair named before (``the two U.S. allies``, ``both
    Russian partners``): ``the two`` or ``both`` before it, in its phrase? (Read only with
    a holder: ``the two partners`` alone names the pair again, it tells no tie.)

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad and Niger clashed. Ties between the two French allies sour."))
    >>> [(t.stands_for(s.member.actor), t.stands_for(s.holder.actor))
    ...  for s in standing_relations(t, 1)]
    [('TCD', 'FRA'), ('NER', 'FRA')]
    """
    kids = {t.lower[c] for c in p.children(i) if c < i}
    return "both" in kids or {"the", "two"} <= kids
