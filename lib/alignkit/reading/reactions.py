"""Hostility told by the reaction an act provokes: who objects to whose act.

``Mexico granted asylum to the former vice president, angering Quito``, ``Kosovo police
arrested four Serbian citizens, drawing protests from Belgrade``, ``Israel's strike drew
condemnation from Egypt``, ``Israel was angered by Brazil's remarks``, ``Turkey sent
troops in a move that angered Baghdad``. The one angered, or from whom a protest is
drawn, is the *reactor*; the *doer* is the subject of the verb (``reaction_words.csv``),
or, for a participle or a ``move that ...`` clause with no subject of its own, the
subject of the act it follows. CAMEO codes such reactions as disapproval (11) by the
reactor; the sentence seldom names one in a verb of its own. A reaction the sentence
denies or only supposes (``did not anger``, ``could anger``, ``risks angering``) is none.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Kosovo police held two Serbs, drawing protests from Belgrade."))
>>> [(t.stands_for(r.reactor.actor), t.stands_for(r.doer.actor)) for r in reactions(t, 0)]
[('SRB', 'XKX')]
"""

from __future__ import annotations

from dataclasses import dataclass

from .arguments import from_parties, noun_parties, verb_arguments
from .codebook import forms_by_kind, per_codebook
from .dependency import Parse, parse
from .event_lexicon import judging_signs
from .tagging import Participant, Tagged

__all__ = [
    "Reaction",
    "judged_moves",
    "met_with_reaction",
    "reaction_words",
    "reactions",
    "without_answered_cooperation",
]

# nouns of an act that a relative clause's reaction is told of ("in a move that angered X")
_MOVES = frozenset({"move", "step", "decision", "action", "act", "achievement", "breakthrough",
                    "development", "gesture", "milestone", "measure"})  # fmt: skip
_MODALS = frozenset({"could", "might", "may", "would", "should", "can", "will"})
_RISKS = frozenset({"risk", "risks", "risked", "risking", "threaten", "threatens"})


@dataclass(frozen=True)
class Reaction:
    """``reactor`` objects to an act of ``doer``, told by the word at token ``word``."""

    reactor: Participant
    doer: Participant
    word: int
    #: -1: an objection (``drew condemnation``); 1: an approval (``won praise from``)
    sign: int = -1


@per_codebook
def reaction_words(cb) -> dict[str, frozenset[str]]:
    """``reaction_words.csv``: ``{kind: forms}`` (``feeling``, ``drawing``, ``reaction``,
    ``approval``)."""
    return forms_by_kind("reaction_words.csv", cb.root)


def reactions(t: Tagged, sentence: int) -> list[Reaction]:
    """The reactions one sentence tells (see the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ghana's decision angered Togo."))
    >>> [(t.stands_for(r.reactor.actor), t.stands_for(r.doer.actor)) for r in reactions(t, 0)]
    [('TGO', 'GHA')]
    >>> reactions(tag(parse_article("The decision could anger Togo.")), 0)
    []
    """
    words = reaction_words(t.codebook)
    lo, hi = t.sent_tok[sentence]
    verbs = words.get("feeling", frozenset()) | words.get("drawing", frozenset())
    found = [i for i in range(lo, hi) if t.lower[i] in verbs]
    if not found:
        return []
    p = parse(t, sentence)
    out = []
    for v in found:
        if p.pos(v) != "VERB" or _unasserted(t, p, v):
            continue
        sign = -1
        if t.lower[v] in words.get("feeling", ()):
            reactors = [q for q, role in verb_arguments(t, v, ()) if role == "target"]
        else:
            reactors = _drawn_from(t, p, v, words.get("reaction", frozenset()))
            if not reactors:  # "won praise from China": an approval drawn
                sign, reactors = 1, _drawn_from(t, p, v, words.get("approval", frozenset()))
        doers = _doers(t, p, v) if reactors else []
        out += [
            Reaction(r, d, v, sign)
            for r in reactors
            for d in doers
            if t.stands_for(r.actor) != t.stands_for(d.actor)
        ]
    return out


def _drawn_from(t: Tagged, p: Parse, v: int, nouns: frozenset[str]) -> list[Participant]:
    """The parties a reaction is drawn from: ``drew condemnation from Egypt and Jordan``
    (the ``from`` of the reaction noun, or of the verb)."""
    objects = [k for k in p.children(v) if p.dep(k) == "dobj" and t.lower[k] in nouns]
    # "met with fierce opposition from Somalia", "was met with condemnation from Qatar"
    withs = [k for k in p.children(v) if p.dep(k) == "prep" and t.lower[k] == "with"]
    objects += [
        n for w in withs for n in p.children(w) if p.dep(n) == "pobj" and t.lower[n] in nouns
    ]
    return [q for n in objects for h in (n, v) for q in from_parties(t, p, h)]


def met_with_reaction(t: Tagged, k: int, hi: int) -> bool:
    """Does a reaction noun follow the verb at ``k`` after ``with`` (``met with fierce
    opposition``)? Such a verb tells a reaction met, no meeting."""
    nouns = reaction_words(t.codebook).get("reaction", frozenset())
    if k + 1 >= hi or t.lower[k + 1] != "with":
        return False
    return any(t.lower[j] in nouns for j in range(k + 2, min(hi, k + 5)))


def _doers(t: Tagged, p: Parse, v: int) -> list[Participant]:
    """Whose act the reaction answers: the verb's own subject (or its passive agent), else
    the subject of the act a participle or a ``move that ...`` clause follows."""
    own = [q for q, role in verb_arguments(t, v, ()) if role == "source"]
    if own:
        return own
    met = [k for k in p.children(v) if p.dep(k) == "nsubjpass"]
    if met:  # "the Israeli strike was met with condemnation": the act's own party
        return noun_parties(t, p, met[0])
    if p.dep(v) == "advcl" and t.lower[v].endswith("ing"):
        head = p.head(v)
    elif p.dep(v) == "relcl" and t.lower[p.head(v)] in _MOVES:
        head = p.head(p.head(v))  # the "in" of "in a move that ..."
        head = p.head(head) if p.dep(head) == "prep" else head
    else:
        return []
    if head == v or p.pos(head) not in ("VERB", "AUX"):
        return []
    return [q for q, role in verb_arguments(t, head, ()) if role == "source"]


def judged_moves(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int, int]]:
    """Acts judged in an apposition after them: ``Lithuania let Taiwan open an office, a
    move condemned by China``, ``Guatemala moved its embassy, a decision that Israel
    praised``: ``(judge, doer, verb, sign)``, the doer the subject of the clause the
    apposition follows, the sign the judging verb's (``cues.csv``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ghana expelled the envoy, a move condemned by Togo."))
    >>> [(t.stands_for(j.actor), t.stands_for(d.actor), s) for j, d, _, s in judged_moves(t, 0)]
    [('TGO', 'GHA', -1)]
    """
    lo, hi = t.sent_tok[sentence]
    moves = [i for i in range(lo, hi) if t.lower[i] in _MOVES and t.lower[i - 1] in ("a", "an")]
    if not moves:
        return []
    p, signs, out = parse(t, sentence), judging_signs(t.codebook), []
    for m in moves:
        head = m
        while p.head(head) != head:
            head = p.head(head)  # the main clause the apposition follows
        for v in (c for c in p.children(m) if p.dep(c) in ("acl", "relcl")):
            if t.lower[v] not in signs or head == m or _unasserted(t, p, v):
                continue
            judges = [q for q, role in verb_arguments(t, v, ()) if role == "source"]
            doers = [q for q, role in verb_arguments(t, head, ()) if role == "source"]
            out += [(j, d, v, signs[t.lower[v]]) for j in judges for d in doers
                    if t.stands_for(j.actor) != t.stands_for(d.actor)]  # fmt: skip
    return out


def _unasserted(t: Tagged, p: Parse, v: int) -> bool:
    """``did not anger``, ``could anger``, ``risks angering``: no reaction told."""
    if any(p.dep(k) == "neg" or t.lower[k] in _MODALS for k in p.children(v)):
        return True
    return p.dep(v) in ("xcomp", "pcomp") and t.lower[p.head(v)] in _RISKS


def without_answered_cooperation(events: list) -> list:
    """Drop a cooperative act between two states in a sentence that tells one of them
    objecting to the other's act (an event of ``origin`` ``reaction``): ``granted asylum
    to the former Ecuadorian vice president, angering Quito`` is no aid to Ecuador.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Mexico granted asylum to an Ecuadorian minister, angering Quito.").events
    >>> sorted(ev[["source_country", "target_country", "type"]].itertuples(index=False, name=None))
    [('ECU', 'MEX', 'ACCUSE')]
    """
    answered = {
        (e.sentence, frozenset((e.source_country, e.target_country)))
        for e in events
        if e.origin == "reaction"
    }
    if not answered:
        return events
    return [
        e
        for e in events
        if e.sign <= 0
        or (e.sentence, frozenset((e.source_country, e.target_country))) not in answered
    ]
