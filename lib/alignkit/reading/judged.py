"""What a judging statement is aimed at: the parties of the phrase its verb takes as object.

``The EU welcomes the decision by Kosovo to allow vehicles with Serbian plates`` judges
Kosovo's decision; ``France condemned the attack on Malian soldiers near the border with
Niger`` judges an attack; ``thanked the Saudi minister for help in evacuating citizens from
Sudan`` thanks Saudi Arabia. A party named deeper in the object phrase, in a clause that
describes it (``to allow ...``, ``held in Cameroon``), a place phrase (``near ...``, ``from
...``) or a phrase of a phrase, is what the judged act concerns, not whom the speaker judges.

The object phrase is read from the dependency parse: its head noun, the words that name
its owner or agent (possessor, modifier, apposition, coordination), the prepositional
phrases on the head noun that name a party of the act (``by``, ``of``, ``on``, ``against``,
``with``, ``to``, ``for``, ``over``, ``toward``, ``between``, ``under`` its leadership,
``from`` whom it comes) and
the subject of a clause on the head (``the progress Armenia and Azerbaijan have made``).

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Kenya condemned the attack on Malian troops near the Niger border."))
>>> v = t.lower.index("condemned")
>>> toks = object_tokens(t, v)
>>> t.lower.index("malian") in toks, t.lower.index("niger") in toks
(True, False)
"""

from __future__ import annotations

from .codebook import per_codebook, word_list
from .dependency import parse_or_none
from .syntax import parts_of_sentence, people_in
from .tagging import Participant, Tagged

__all__ = ["accord_parties", "event_owner", "object_tokens"]

# the prepositions on an act's noun that name a party of the act, not a place or a time
_PARTY_PREPS = frozenset(
    {
        "by",
        "of",
        "on",
        "against",
        "with",
        "to",
        "for",
        "over",
        "toward",
        "towards",
        "between",
        "under",
    }
)
# the words inside a noun phrase that name its owner, agent or kind
_INSIDE = frozenset(
    {"poss", "amod", "compound", "nmod", "appos", "conj", "cc", "det", "case", "npadvmod"}
)  # fmt: skip  ("U.S.-led talks": npadvmod of "led")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def object_tokens(t: Tagged, v: int) -> set[int] | None:
    """The tokens of the phrase the verb at ``v`` takes as direct object, less those that
    only describe what it concerns; None when the verb has no direct object."""
    p = parse_or_none(t, t.tok_sent[v])
    if p is None:
        return None
    objects = [k for k in p.children(v) if p.dep(k) == "dobj"]
    if not objects:
        return None
    out: set[int] = set()
    for o in objects:
        _phrase(p, t, o, out)
    # "condemned the strikes by Rwanda", "welcomed support from Britain": a judging verb
    # takes no agent or origin of its own; the parser hangs the object's on it
    for c in p.children(v):
        if p.dep(c) == "prep" and t.lower[c] in ("by", "from") and c > objects[0]:
            _prep_named(p, t, c, out)
    if t.lower[v] in _asking_forms(t.codebook):
        # "demanded an apology from Japan": what is asked for is asked of the one it comes
        # from, wherever the parser hangs the "from"
        for c in (c for o in objects for c in p.children(o)):
            if p.dep(c) == "prep" and t.lower[c] == "from":
                _prep_named(p, t, c, out)
    return out


def _phrase(p, t: Tagged, k: int, out: set[int]) -> None:
    """Add the noun at ``k`` and the words that name its parties to ``out``."""
    out.add(k)
    for c in p.children(k):
        dep = p.dep(c)
        if dep in _INSIDE:
            _phrase(p, t, c, out)
        elif dep == "prep" and (t.lower[c] in _PARTY_PREPS or people_in(t, c)):
            _prep_named(p, t, c, out)  # ("our brothers in Egypt": Egypt's people)
        elif dep == "prep":  # "the violence in Libya and Chad's raids": a misparsed conjunct
            for o in p.children(c):
                for j in p.children(o) if p.dep(o) == "pobj" else ():
                    if p.dep(j) == "conj" and any(p.dep(x) == "poss" for x in p.children(j)):
                        _phrase(p, t, j, out)
        elif dep in ("relcl", "acl"):
            # "the progress X and Y have made", "the conference hosted by France": its agents
            for s in p.children(c):
                if p.dep(s) in _SUBJECTS:
                    _named(p, t, s, out)
                elif p.dep(s) == "agent":
                    _prep_named(p, t, s, out)


def _named(p, t: Tagged, k: int, out: set[int]) -> None:
    """Add the noun at ``k`` with its own owner and modifiers, not its phrases."""
    out.add(k)
    for c in p.children(k):
        if p.dep(c) in _INSIDE:
            _named(p, t, c, out)
        elif p.dep(c) in ("prep", "agent") and t.lower[c] == "by":
            # "the attack on Colombia's embassy by Venezuela": the act's agent, wherever the
            # parser hangs it
            _prep_named(p, t, c, out)


def _prep_named(p, t: Tagged, c: int, out: set[int]) -> None:
    """Add the preposition at ``c`` and what its object names (:func:`_named`) to ``out``."""
    out.add(c)
    for o in p.children(c):
        if p.dep(o) == "pobj":
            _named(p, t, o, out)


def _named_again(t: Tagged, a: int, b: int, nouns: frozenset[str]) -> bool:
    """Are tokens ``a:b`` a definite phrase of a few words ending in one of ``nouns`` that
    names no party itself (``the new truce``; not ``the agreement with Chad``)?"""
    if b - a > 4 or a + 1 >= b or t.lower[a] not in ("the", "this", "that", "these"):
        return False
    words = t.lower[a + 1 : b]
    if words[-1] not in nouns or any(not w.isalpha() and w != "-" for w in words):
        return False
    return not any(p.tok < b and p.tok_end > a for p in t.participants)


@per_codebook
def _asking_forms(cb) -> frozenset[str]:
    """The forms of the verbs of ``cues.csv`` that ask or demand (type REQUEST or DEMAND)."""
    rows = (r for r in cb.cues if r["pos"] == "verb" and r["type"] in ("REQUEST", "DEMAND"))
    return frozenset(f for r in rows for f in r["forms"].split("|") if " " not in f)


@per_codebook
def _accords(cb) -> frozenset[str]:
    return word_list("accord_nouns.csv", cb.root)


def accord_parties(t: Tagged, a: int, b: int) -> list[Participant]:
    """The parties of an accord that a judged phrase names again by a definite noun (``the
    agreement``, ``the new truce``, ``accord_nouns.csv``): the states of the latest earlier
    sentence that tells of an accord and names two or three states (``Honduras was not
    party to the agreement`` names one); ``[]`` when the phrase is no such noun or names a
    party itself.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Chile and Peru signed a trade deal. Spain welcomed the deal."
    >>> t = tag(parse_article(text))
    >>> k = t.lower.index("welcomed") + 1
    >>> [p.actor for p in accord_parties(t, k, k + 2)]
    ['CHL', 'PER']
    """
    accords = _accords(t.codebook)
    if not _named_again(t, a, b, accords):
        return []
    for sent in range(t.tok_sent[a] - 1, -1, -1):
        lo, hi = t.sent_tok[sent]
        if not any(w in accords for w in t.lower[lo:hi]):
            continue
        states, venues = {}, set()
        for p in parts_of_sentence(t, sent):
            if not t.serves_state(p.actor):
                continue
            if _venue_of_talks(t, p):
                venues.add(t.stands_for(p.actor))  # "after talks in South Africa"
                continue
            states.setdefault(t.stands_for(p.actor), p)
        if 2 <= len(states) <= 3 or (len(states) == 1 and venues - set(states)):
            return list(states.values())
    return []


def _venue_of_talks(t: Tagged, q: Participant) -> bool:
    """Is the state ``q`` the place of the talks or summit that made an accord (``after
    talks in South Africa``, ``at a summit in Qatar``: ``venue_nouns.csv``), no party?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Serbia and Kosovo agreed after talks in Belgium."))
    >>> [(q.actor, _venue_of_talks(t, q)) for q in parts_of_sentence(t, 0)]
    [('SRB', False), ('XKX', False), ('BEL', True)]
    """
    p = parse_or_none(t, q.sentence)
    k = q.tok_end - 1
    if p is None or p.dep(k) != "pobj" or t.lower[p.head(k)] not in ("in", "at"):
        return False
    return t.lower[p.head(p.head(k))] in word_list("venue_nouns.csv", t.codebook.root, "word")


@per_codebook
def _domestic(cb) -> frozenset[str]:
    return word_list("domestic_event_nouns.csv", cb.root)


def event_owner(t: Tagged, a: int, b: int, own: set[str]) -> list[Participant]:
    """The state whose domestic event a judged phrase names again by a definite noun
    (``the election``, ``domestic_event_nouns.csv``): the latest state named before it in
    its sentence or the two before, other than the judges' own (``own``); ``[]`` when the
    phrase is no such noun or names a party itself.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Kenya held elections in August. Canada criticised the election."
    >>> t = tag(parse_article(text))
    >>> k = t.lower.index("criticised") + 1
    >>> [p.actor for p in event_owner(t, k, k + 2, {"CAN"})]
    ['KEN']
    """
    if not _named_again(t, a, b, _domestic(t.codebook)):
        return []
    sent = t.tok_sent[a]
    before = [p for k in range(max(0, sent - 2), sent + 1) for p in parts_of_sentence(t, k)]
    for p in reversed(before):
        state = t.stands_for(p.actor)
        if p.tok < a and t.actor_type(state) == "country" and state not in own:
            return [p]
    return []
