"""Stance verbs read as attributions, with a guard against armed acts.

Political news reports a person's or a body's stance with the verbs of arms: ``Roe
supported the bill``, ``the senator attacked her rival``, ``the governor defended his
record``, ``Doe opposes the merger``. ``cues.csv`` lists those verbs with ``requires`` set
to ``stance``: such a cue reports a statement only when :func:`stance_holds` says the
sentence is no armed act. War news writes the same verbs of troops, towns and allies
(``rebels attacked the convoy``, ``Iran backs the Houthis``, ``troops defended the
city``), so a stance cue is read only when

* the verb is a verb by the parse, with no particle that turns it (``backed away``);
* every speaker stands before the cue (``Roe backed ...``) or after ``by`` (``was
  attacked by Roe``): never an inverted one (``backed Sen. Roe`` names the one backed);
* every speaker is a person, an organization or a group of people
  (``speaker_groups.csv``), not a state, a bloc, a place, a document or an armed group
  (``financial records backed that up``), and no word
  of the speaker's name is an armed force's (``stance_guard.csv`` side ``speaker`` or
  ``both``, ``insurgent_nouns.csv``, ``vehicle_nouns.csv``: ``government forces``);
* the first words of what is supported or attacked name no armed force, no place held or
  struck (side ``object`` or ``both``: ``the convoy``, ``the town``), no state, bloc,
  place or armed group, and no weapon follows ``with`` in the clause (``with a knife``).
"""

from __future__ import annotations

from .codebook import Codebook, per_codebook, read_table, word_list
from .dependency import backend, parse
from .syntax import insurgents
from .tagging import Participant, Tagged

#: particles that turn a stance verb into another act ("backed away from", "back down")
_TURNING = frozenset({"away", "off", "down", "out"})
#: actor types that never take a stance by these verbs: a state's acts are events
_NO_STANCE = frozenset({"country", "bloc", "place", "document"})
#: how many words of the object the guard reads at most: its phrase up to a preposition,
#: a punctuation mark, a conjunction or a verb ("the town of Kidal": "the town")
_OBJECT_SPAN = 8
_PHRASE_ENDS = frozenset({"ADP", "PUNCT", "SCONJ", "CCONJ", "VERB"})


class _Guard:
    def __init__(self, cb: Codebook):
        rows = read_table("stance_guard.csv", cb.root)
        armed = insurgents(cb) | word_list("vehicle_nouns.csv", cb.root)
        side = {r["word"]: r["side"] for r in rows}
        self.speaker = frozenset(armed | {w for w, s in side.items() if s in ("speaker", "both")})
        self.object = frozenset(armed | {w for w, s in side.items() if s in ("object", "both")})
        self.weapon = frozenset(r["word"] for r in rows if r["side"] == "weapon")
        self.groups = frozenset(r["word"] for r in read_table("speaker_groups.csv", cb.root))


@per_codebook
def _guard(cb: Codebook) -> _Guard:
    return _Guard(cb)


def stance_holds(
    t: Tagged, start: int, end: int, speakers: list[Participant], lo: int, hi: int
) -> bool:
    """May the stance cue at tokens ``start:end`` report what ``speakers`` hold of the
    content at tokens ``lo:hi``? (See the module docstring.)

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Senator Jane Roe supported the farm bill."))
    >>> k = t.lower.index("supported")
    >>> roe = [p for p in t.participants if p.tok < k]
    >>> stance_holds(t, k, k + 1, roe, k + 1, len(t.lower) - 1)
    True
    >>> t = tag(parse_article("Senator Jane Roe defended the town with rifles."))
    >>> k = t.lower.index("defended")
    >>> roe = [p for p in t.participants if p.tok < k]
    >>> stance_holds(t, k, k + 1, roe, k + 1, len(t.lower) - 1)
    False
    """
    if backend() == "surface" or t.tok_sent[start] < 0:
        return False
    if parse(t, t.tok_sent[start]).pos(start) != "VERB":
        return False  # "the back of the room", "attack ads"
    if end < len(t.lower) and t.lower[end] in _TURNING:
        return False
    g = _guard(t.codebook)
    by = end < len(t.lower) and t.lower[end] == "by"
    for p in speakers:
        if p.tok > start and not by:
            return False  # "backed Sen. Roe": the one backed, not a speaker
        if not _peaceful(t, p, g):
            return False
    return _object_free(t, lo, hi, g)


def _peaceful(t: Tagged, p: Participant, g: _Guard) -> bool:
    """Is speaker ``p`` a person, a body or a group of people, with no armed word?"""
    a = t.actor(p.actor)
    if a is None or a.type in _NO_STANCE:
        return False
    words = t.lower[p.tok : p.tok_end]
    if a.type == "group" and not any(w in g.groups for w in words):
        return False  # an armed group of the codebook ("Hamas"), not "Republicans"
    return not any(w in g.speaker for w in words)


def _object_free(t: Tagged, lo: int, hi: int, g: _Guard) -> bool:
    """Does the content's first phrase name no armed force, target or state, and does no
    weapon follow ``with`` in the content?"""
    p = parse(t, t.tok_sent[lo]) if lo < hi and t.tok_sent[lo] >= 0 else None
    end = lo
    while end < min(hi, lo + _OBJECT_SPAN) and (
        end == lo or p is None or p.pos(end) not in _PHRASE_ENDS
    ):
        end += 1  # "the town", not "over the school budget"
    head = range(lo, end)
    if any(t.lower[k] in g.object for k in head):
        return False
    if any(
        t.lower[k] == "with" and any(t.lower[j] in g.weapon for j in range(k + 1, min(hi, k + 5)))
        for k in range(lo, hi)
    ):
        return False
    for k in head:
        p = t.by_tok.get(k)
        a = t.actor(p.actor) if p is not None else None
        if a is not None and (a.type in _NO_STANCE or not _peaceful(t, p, g)):
            return False
    return True
