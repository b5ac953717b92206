"""Aid told from the side of the one who receives it: who gave what to whom.

``Ukraine received weapons from Germany``, ``Malawi received a shipment of maize from
Zambia``, ``Sudan's army has received drones from Iran``, ``Argentina bought jets from
Denmark``: the *giver* (or seller) is the party of the ``from`` phrase (of the verb or of
its object) or, without one, the state that names the things received (``received
Turkish drones``, ``took delivery of Chinese jets``), the *receiver* the verb's subject. CAMEO
codes giving (07, provide aid), and a dictionary of verbs reads it from the giver's side
only; the receiver's side names the same act. The object must be something given
(``gift_nouns.csv``): ``received a call from``, ``received a letter from`` are no aid. A
receipt the sentence denies (``did not receive``) is none.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Ukraine received weapons from Germany."))
>>> [(t.stands_for(r.giver.actor), t.stands_for(r.receiver.actor)) for r in receipts(t, 0)]
[('DEU', 'UKR')]
"""

from __future__ import annotations

from dataclasses import dataclass

from .arguments import from_parties, verb_arguments
from .codebook import per_codebook, word_list
from .dependency import Parse, parse
from .tagging import Participant, Tagged

__all__ = ["Receipt", "givers_of", "receipts"]

# receiving, and buying (an arms purchase is the seller's supply: "Argentina bought F-16
# jets from Denmark", as "South Korea agreed to sell tanks to Poland")
_RECEIVE = frozenset({"receive", "receives", "received", "receiving", "obtain", "obtains",
                      "obtained", "obtaining", "accept", "accepts", "accepted",
                      "accepting", "buy", "buys", "bought", "buying", "purchase",
                      "purchases", "purchased", "purchasing", "acquire", "acquires",
                      "acquired", "acquiring", "import", "imports", "imported",
                      "importing"})  # fmt: skip
# "took delivery of": a receipt only with that object ("took grain from Ukraine" is none)
_TAKE = frozenset({"take", "takes", "took", "taking", "taken"})


@dataclass(frozen=True)
class Receipt:
    """``giver`` gave something to ``receiver``, told by the verb at token ``verb``."""

    giver: Participant
    receiver: Participant
    verb: int


@per_codebook
def _gifts(cb) -> frozenset[str]:
    return word_list("gift_nouns.csv", cb.root)


def givers_of(t: Tagged, p: Parse, v: int) -> list[Participant]:
    """The givers of the receipt that the verb at token ``v`` tells, named or not its
    receiver (``they have been receiving weapons from Iran``), or ``[]`` when ``v`` tells
    none (see the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("They bought drones from Turkey."))
    >>> [q.actor for q in givers_of(t, parse(t, 0), t.lower.index("bought"))]
    ['TUR']
    >>> t = tag(parse_article("Chad decried the arms the rebels receive from Libya."))
    >>> [q.actor for q in givers_of(t, parse(t, 0), t.lower.index("receive"))]
    ['LBY']
    """
    delivery = any(t.lower[k] in ("delivery", "deliveries") for k in p.children(v))
    if not (t.lower[v] in _RECEIVE or t.lower[v] in _TAKE and delivery) or p.pos(v) != "VERB":
        return []
    if any(p.dep(k) == "neg" for k in p.children(v)):
        return []
    gifts = _gifts(t.codebook)
    objects = [_delivered(t, p, k) for k in p.children(v) if p.dep(k) == "dobj"]
    objects = [k for k in objects if t.lower[k] in gifts]
    if not objects and p.dep(v) == "relcl" and t.lower[p.head(v)] in gifts:
        objects = [p.head(v)]  # "the weapons the Houthis receive from Iran"
    if not objects:
        return []
    return from_parties(t, p, v) or from_parties(t, p, objects[0]) or _makers(t, p, objects)


def _delivered(t: Tagged, p: Parse, k: int) -> int:
    """The thing delivered when the object at ``k`` is ``delivery of`` it (``took delivery
    of Turkish drones``), else ``k``."""
    if t.lower[k] in ("delivery", "deliveries"):
        of = [c for c in p.children(k) if p.dep(c) == "prep" and t.lower[c] == "of"]
        things = [o for c in of for o in p.children(c) if p.dep(o) == "pobj"]
        return things[0] if things else k
    return k


def _makers(t: Tagged, p: Parse, objects: list[int]) -> list[Participant]:
    """The states named as the makers of the things received, by a word that modifies them
    (``received Turkish drones``, ``Turkish-made drones``, ``American tanks and German air
    defence systems``): their mentions within two steps below each thing."""
    things = objects + [c for k in objects for c in p.children(k) if p.dep(c) == "conj"]
    out = []
    for k in things:
        for i in range(max(0, k - 6), k):
            q = t.by_tok.get(i)
            near = p.head(i) == k or p.head(p.head(i)) == k
            if q is not None and near and t.serves_state(q.actor):
                out.append(q)
    return out


def receipts(t: Tagged, sentence: int) -> list[Receipt]:
    """The receipts one sentence tells (see the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> receipts(tag(parse_article("Kenya received a letter from Uganda.")), 0)
    []
    >>> receipts(tag(parse_article("Kenya did not receive aid from Uganda.")), 0)
    []
    """
    lo, hi = t.sent_tok[sentence]
    # "took" alone ("took place", "took part") is no receipt: parse only for "took delivery"
    delivery = not {"delivery", "deliveries"}.isdisjoint(t.lower[lo:hi])
    found = [i for i in range(lo, hi) if t.lower[i] in _RECEIVE or delivery and t.lower[i] in _TAKE]
    if not found:
        return []
    p = parse(t, sentence)
    out = []
    for v in found:
        givers = givers_of(t, p, v)
        if not givers:
            continue
        receivers = [q for q, role in verb_arguments(t, v, ()) if role == "source"]
        out += [
            Receipt(g, r, v)
            for g in givers
            for r in receivers
            if t.stands_for(g.actor) != t.stands_for(r.actor)
        ]
    return out
