"""Who an act done *in violation of* a rule accuses: the act's doers, not the rule's owner.

``The DPRK launched missiles in violation of UN Security Council resolutions``, ``the
militia has been receiving weapons from Iran, in breach of the UN arms embargo``: the
speaker accuses those who launched, and those who gave and got the weapons; the UN, whose
embargo it is, is the rule's owner, no target. The adverbial (``in violation of``, ``in
breach of``, ``in defiance of``, ``in contravention of``) hangs on the act's verb in the
dependency parse; the verb's subject is its doer, and for a receipt
(:func:`.receipts.givers_of`) the giver too.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> text = "Sudan received drones from Iran, in violation of the UN arms embargo."
>>> t = tag(parse_article(text))
>>> sorted(t.stands_for(p.actor) for p in violators(t, t.lower.index("violation")))
['IRN', 'SDN']
"""

from __future__ import annotations

from .arguments import verb_arguments
from .codebook import per_codebook, read_table, word_list
from .dependency import parse_or_none
from .receipts import givers_of
from .tagging import Participant, Tagged

__all__ = ["breach_phrase", "rule_broken", "violators"]


@per_codebook
def _breaches(cb) -> frozenset[str]:
    """The nouns of a rule broken: the rows of ``violation_words.csv`` marked ``breach``."""
    rows = read_table("violation_words.csv", cb.root)
    return frozenset(r["word"].lower() for r in rows if r["breach"] == "yes")


def breach_phrase(t: Tagged, i: int) -> bool:
    """Is token ``i`` the noun of ``in violation of`` (``in breach of``, ...)?"""
    return (
        t.lower[i] in _breaches(t.codebook)
        and i > 0
        and t.lower[i - 1] == "in"
        and i + 1 < len(t.lower)
        and t.lower[i + 1] == "of"
    )


@per_codebook
def _rules(cb) -> frozenset[str]:
    return word_list("rule_nouns.csv", cb.root)


def rule_broken(t: Tagged, i: int) -> bool:
    """Is token ``i`` the noun of a breach of a rule (``a clear violation of Security Council
    resolutions``, ``rule_nouns.csv``), with no owner of its own before it (``Russia's
    violation of ...`` names its doer)? The rule's owner is then no target.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The launches are a violation of Council resolutions."))
    >>> rule_broken(t, t.lower.index("violation"))
    True
    >>> t = tag(parse_article("It is a violation of Chad's sovereignty."))
    >>> rule_broken(t, t.lower.index("violation"))
    False
    """
    if t.lower[i] not in _breaches(t.codebook) or t.lower[i + 1 : i + 2] != ["of"]:
        return False
    if i > 0 and t.lower[i - 1] in ("'s", "’s"):
        return False
    rules = _rules(t.codebook)
    for k in range(i + 2, min(len(t.lower), i + 8)):
        if t.lower[k] in rules:
            return True
        if t.lower[k] in (",", ".", ";", "and"):
            return False
    return False


def violators(t: Tagged, i: int) -> list[Participant]:
    """The doers of the act that the breach phrase at token ``i`` qualifies (see the
    module), or ``[]`` when the parse shows no act with a named doer."""
    si = t.tok_sent[i]
    p = parse_or_none(t, si) if breach_phrase(t, i) else None
    if p is None:
        return []
    v = p.head(i - 1)  # "in" hangs on the act's verb
    if p.pos(v) not in ("VERB", "AUX"):
        return []
    doers: list[Participant] = []
    # or, after a comma, on a verb above it: "there is evidence they received arms from
    # Iran, in violation of": the act is the nearest verb before it that verb governs
    for k in [v, *(k for k in range(i - 2, v, -1) if _below(p, k, v))]:
        if p.pos(k) == "VERB":
            doers = [q for q, role in verb_arguments(t, k, ()) if role == "source"]
            doers += givers_of(t, p, k)  # "received arms from Iran": the giver breaches it
        if doers:
            break
    seen: dict[int, Participant] = {}
    for q in doers:
        seen.setdefault(q.tok, q)
    return [seen[k] for k in sorted(seen)]


def _below(p, k: int, v: int) -> bool:
    """Is token ``k`` in the subtree of token ``v`` (a verb, not a clause's own root)?"""
    seen = 0
    while p.head(k) != k and seen < 40:
        k, seen = p.head(k), seen + 1
        if k == v:
            return True
    return False
