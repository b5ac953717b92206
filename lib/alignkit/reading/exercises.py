"""Military exercises told with their participants: ``the largest Cobra Gold exercise, with
9,000 troops from Thailand, the United States and Japan``, ``The drill involved sailors from
India, Australia and Japan``, ``Troops from Chad, Niger and Mali joined the drills``.

The states whose troops, ships or crews (``exercise_troops.csv``, with a ``from`` phrase)
take part in one exercise (``exercise_nouns.csv``) exercise together: military cooperation
between each two of them (PLOVER COOPERATE; CAMEO 062, military cooperation), as a joint
exercise told with ``joint`` is (``events.csv``). The troops take part when their noun hangs
on the exercise noun (``with``, ``involving``), or on a verb whose subject, object or
prepositional object is the exercise (``the drill involved``, ``joined the drills``, ``took
part in the exercise``), or on a relative clause on it (``the exercise, which involved``).
Parties named elsewhere in the sentence (the place, a state the exercise is aimed at) are
not participants.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("The drill involved sailors from India, Australia and Japan."))
>>> [(t.stands_for(a.actor), t.stands_for(b.actor)) for a, b, _ in exercise_partners(t, 0)]
[('IND', 'AUS'), ('IND', 'JPN'), ('AUS', 'JPN')]
"""

from __future__ import annotations

from .arguments import from_parties, noun_parties
from .codebook import per_codebook, word_list
from .dependency import Parse, parse
from .tagging import Participant, Tagged

__all__ = ["exercise_partners"]


@per_codebook
def _troops(cb) -> frozenset[str]:
    return word_list("exercise_troops.csv", cb.root)


@per_codebook
def _exercises(cb) -> frozenset[str]:
    singular = {w[:-1] for w in word_list("exercise_nouns.csv", cb.root, "word")}
    return word_list("exercise_nouns.csv", cb.root, "word") | singular


def exercise_partners(t: Tagged, sentence: int) -> list[tuple[Participant, Participant, int]]:
    """Each two states whose troops take part in one exercise in the sentence, with the
    token of the troops' noun (see the module)."""
    lo, hi = t.sent_tok[sentence]
    troops, words = _troops(t.codebook), t.lower[lo:hi]
    exercises = _exercises(t.codebook)
    if not any(w in troops for w in words) or not any(w in exercises for w in words):
        return []  # no troops or no exercise named: nothing to parse for
    p = parse(t, sentence)
    out = []
    for k in range(lo, hi):
        if t.lower[k] not in troops or p.pos(k) != "NOUN" or not _in_exercise(t, p, k):
            continue
        found: dict[str, Participant] = {}
        for q in from_parties(t, p, k) + _misattached(t, p, k):
            state = t.stands_for(q.actor)
            if state and t.actor_type(state) == "country":
                found.setdefault(state, q)
        states = list(found.values())
        out += [(a, b, k) for i, a in enumerate(states) for b in states[i + 1 :]]
    return out


def _misattached(t: Tagged, p: Parse, k: int) -> list[Participant]:
    """The states of ``troops from A, B and C`` that the small parser hangs on the troops'
    noun as its conjuncts, not on ``A`` (only when the noun has its ``from`` phrase)."""
    if not any(p.dep(c) == "prep" and t.lower[c] == "from" for c in p.children(k)):
        return []
    named = [c for c in p.children(k) if p.dep(c) == "conj" and c in t.by_tok]
    return [q for c in named for q in noun_parties(t, p, c)]


def _in_exercise(t: Tagged, p: Parse, k: int) -> bool:
    """Does the noun at ``k`` take part in an exercise: hung, within three steps up, on an
    exercise noun, on a relative clause on one, or on a verb one is an argument of?"""
    words = _exercises(t.codebook)
    a = k
    for _ in range(3):
        h = p.head(a)
        if h == a:
            return False
        if t.lower[h] in words or (p.dep(h) == "relcl" and t.lower[p.head(h)] in words):
            return True
        if p.pos(h) == "VERB" and _exercise_argument(t, p, h, words):
            return True
        a = h
    return False


def _exercise_argument(t: Tagged, p: Parse, v: int, words: frozenset[str]) -> bool:
    """Is an exercise noun the subject, the object or a prepositional object of the verb
    at ``v`` (``the drill involved``, ``joined the drills``, ``took part in the drills``)?"""
    for c in p.children(v):
        if p.dep(c) in ("nsubj", "nsubjpass", "dobj") and t.lower[c] in words:
            return True
        if p.dep(c) == "prep" and any(
            p.dep(o) == "pobj" and t.lower[o] in words for o in p.children(c)
        ):
            return True
    return False
