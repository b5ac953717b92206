"""Acts asked of a third party: a state that asks another to act against a third stands
against that third state.

``Ukraine urged the UN to sanction Belarus``, ``Ecuador asked Washington to pressure
Colombia``: the UN would sanction and Washington would pressure, as asked
(:func:`.syntax.asked_party`); the asker, the subject of the asking verb
(``control_verbs.csv``), wants it done, and stands against the one it would be done to. The
derived event is the asked act with the asker as its source, mode ``proposed``, ``origin``
``request``, spanning the asker and the act.

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Ukraine urged the UN to sanction Belarus.").events
>>> ev.loc[ev.origin == "request", ["source", "target", "type", "mode"]].values.tolist()
[['UKR', 'BLR', 'SANCTION', 'proposed']]
"""

from __future__ import annotations

import dataclasses

from .arguments import verb_arguments
from .event_record import Event
from .syntax import asked_party
from .tagging import Tagged

__all__ = ["askers_against"]

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
