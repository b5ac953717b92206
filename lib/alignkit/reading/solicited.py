"""Acts asked of a third party: a state that asks another to act against a third stands
against that third state; a state that asks another for help turns to it.

``Ukraine urged the UN to sanction Belarus``, ``Ecuador asked Washington to pressure
Colombia``: the UN would sanction and Washington would pressure, as asked
(:func:`.syntax.asked_party`); the asker, the subject of the asking verb
(``control_verbs.csv``), wants it done, and stands against the one it would be done to. The
derived event is the asked act with the asker as its source, mode ``proposed``, ``origin``
``request``, spanning the asker and the act. ``Cambodia asked Malaysia to help``, ``invited
Qatar to mediate``: a favour asked (``favour`` in ``control_verbs.csv``) of help
(``help_verbs.csv``) is a request to the one asked (PLOVER REQUEST, CAMEO 02).

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Ukraine urged the UN to sanction Belarus.").events
>>> ev.loc[ev.origin == "request", ["source", "target", "type", "mode"]].values.tolist()
[['UKR', 'BLR', 'SANCTION', 'proposed']]
"""

from __future__ import annotations

import dataclasses

from .arguments import noun_parties, verb_arguments
from .dependency import parse_or_none
from .event_lexicon import event_lexicon
from .event_record import Event
from .syntax import asked_party, favour_verbs
from .tagging import Tagged

__all__ = ["askers_against", "help_requests"]

_UNREAL = frozenset({"denied", "hypothetical"})


def askers_against(t: Tagged, events: list[Event]) -> list[Event]:
    """The hostile acts of ``events`` that their source was asked to do, each with the
    asker as its source (see the module)."""
    out = []
    for e in events:
        if e.sign >= 0 or e.mode in _UNREAL or e.origin != "event":
            continue
        lo, hi = t.sent_tok[e.sentence]
        first = e.trigger.split()[0].lower()
        # the asked verb itself, right after its "to" ("urged Chile to end its blockade of
        # Bolivia" asks for no blockade: Chile's is there)
        for i in (i for i in range(lo + 1, hi) if t.lower[i] == first and t.lower[i - 1] == "to"):
            asked = asked_party(t, i, lo)
            if not any(q.actor == e.source for q in asked):
                continue
            for q in _askers(t, asked[0].tok, lo):
                state = t.stands_for(q.actor)
                if state and state not in (e.source_country, e.target_country):
                    out.append(dataclasses.replace(
                        e, source=q.actor, source_country=state, mode="proposed",
                        origin="request", start=min(q.start, e.start),
                    ))  # fmt: skip
            break
    return out


def _askers(t: Tagged, asked: int, lo: int) -> list:
    """The subjects of the asking verb before the party asked at token ``asked``."""
    k = asked - 1
    while k > lo and t.lower[k] in ("the", "a", "an", "on", "upon", "to"):
        k -= 1  # "called on the UN", "appealed to Washington": the verb's own word
    return [q for q, role in verb_arguments(t, k, ()) if role == "source"]


def help_requests(t: Tagged) -> list[Event]:
    """``Cambodia asked Malaysia to help``: the asker's request to the one asked for help
    (see the module), read from the parse: a favour verb, its object (or the object of its
    ``to``/``on``) and an infinitive of help hung on it.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Somalia invited Turkey to mediate."))
    >>> [(e.source_country, e.target_country, e.type) for e in help_requests(t)]
    [('SOM', 'TUR', 'REQUEST')]
    """
    favours, helps = favour_verbs(t.codebook), event_lexicon(t.codebook).help_verbs
    out = []
    for sent in t.article.sentences:
        lo, hi = t.sent_tok[sent.index]
        verbs = [v for v in range(lo, hi) if t.lower[v] in favours]
        p = parse_or_none(t, sent.index) if verbs else None
        for v in verbs if p is not None else ():
            if not any(p.dep(c) == "xcomp" and t.lower[c] in helps for c in p.children(v)):
                continue
            askers = [q for q, role in verb_arguments(t, v, ()) if role == "source"]
            for a in askers:
                for b in _asked(t, p, v):
                    out += _request(t, sent, a, b, v)
    return out


def _asked(t: Tagged, p, v: int) -> list:
    """The party a favour verb asks: its object, or the object of its ``to``/``on``."""
    objs = [c for c in p.children(v) if p.dep(c) == "dobj"]
    objs += [o for c in p.children(v) if p.dep(c) == "prep" and t.lower[c] in ("to", "on")
             for o in p.children(c) if p.dep(o) == "pobj"]  # fmt: skip
    return [q for o in objs for q in noun_parties(t, p, o)]


def _request(t: Tagged, sent, a, b, v: int) -> list[Event]:
    sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
    if not sa or not sb or sa == sb:
        return []
    info = t.codebook.plover["REQUEST"]
    start, end = min(a.start, b.start, t.starts[v]), max(a.end, b.end, t.ends[v])
    return [Event(a.actor, b.actor, sa, sb, "REQUEST", info["quad"], int(info["sign"]),
                  float(info["intensity"]), "actual", None, "", "open", sent.index, start,
                  end, t.words[v], "request", block=sent.block)]  # fmt: skip
