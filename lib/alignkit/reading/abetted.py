"""Help to an armed act: the state that helps another do it is a party to it.

``Chile is helping Peru shell Bolivia``, ``advisers assisting Peru to launch raids on
Bolivia``, ``troops sent to help Somalia defeat the invaders``: a verb of help
(``abetting_verbs.csv``) whose object is the agent of an armed or coercive act told right
after it (the object, then the act's trigger, with at most ``to`` and the act's own verb
between: ``launch raids``) makes the helper
a party to that act: an event from the helper to the act's target, ``origin``
``abetted``. The help itself is aimed at the one helped, never at the act's target (the
small parser may read ``helping Peru shell Bolivia`` as help to Bolivia).

Read from the events already coded and the tokens between them: no parse.

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Chile is helping Peru shell Bolivia.").events
>>> sorted(zip(ev.source_country, ev.target_country, ev.sign))
[('CHL', 'BOL', -1), ('CHL', 'PER', 1), ('PER', 'BOL', -1)]
"""

from __future__ import annotations

import dataclasses

from .codebook import per_codebook, word_list
from .event_record import Event
from .tagging import Tagged

__all__ = ["abetted"]

_HOSTILE = frozenset({"ASSAULT", "FIGHT", "COERCE"})
# words between the act's agent and its trigger: its own verb ("launch raids", "carry out")
_VERB_GAP = 2
_JOINERS = frozenset({"and", "or", "but", "then", "to", "after", "before", "while", "as"})


@per_codebook
def _abetting(cb) -> frozenset[str]:
    """The forms of ``abetting_verbs.csv``."""
    return word_list("abetting_verbs.csv", cb.root)


def _trigger_at(t: Tagged, e: Event) -> int | None:
    """The token of the first word of ``e``'s trigger inside its span."""
    first = e.trigger.split()[0].lower() if e.trigger else ""
    lo, hi = t.token_from(e.start), t.token_from(e.end)
    return next((k for k in range(lo, hi) if t.lower[k] == first), None)


def _plain_word(t: Tagged, k: int) -> bool:
    """Is token ``k`` a lower-case word that joins no clauses (``launch``, ``carry``)?"""
    return t.words[k].isalpha() and t.words[k].islower() and t.lower[k] not in _JOINERS


def _helper_at(t: Tagged, e: Event) -> int | None:
    """The token of the help verb before the armed act ``e`` whose object is its agent:
    ``helping Peru shell``, ``assist Peru to launch``; else None."""
    k = _trigger_at(t, e)
    lo = t.sent_tok[e.sentence][0]
    if k is None:
        return None
    for _ in range(_VERB_GAP):  # the act's own verb before its noun: "launch raids on"
        if t.ending_at(k) is not None or not (lo < k and _plain_word(t, k - 1)):
            break
        k -= 1
    k -= k - 1 >= lo and t.lower[k - 1] == "to"
    agent = t.ending_at(k)
    if agent is None or t.stands_for(agent.actor) != e.source_country:
        return None
    j = agent.tok - 1
    j -= j - 1 >= lo and t.lower[j] == "the"
    return j if j >= lo and t.lower[j] in _abetting(t.codebook) else None


def abetted(t: Tagged, events: list[Event]) -> list[Event]:
    """``events`` with the help to an armed act aimed at its agent and the helper made a
    party to the act (see the module).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Kenya sent troops to help Somalia defeat the Ethiopian invaders.").events
    >>> ev.loc[ev.origin == "abetted", ["source_country", "target_country"]].values.tolist()
    [['KEN', 'ETH']]
    """
    added = []
    for e in events:
        if e.type not in _HOSTILE or e.sign > 0 or e.mode == "denied":
            continue
        j = _helper_at(t, e)
        if j is None:
            continue
        helps = [h for h in events if h.sign > 0 and h.sentence == e.sentence
                 and _trigger_at(t, h) == j]  # fmt: skip
        for h in helps:
            if h.target_country == e.target_country:  # help to the act's target: misread
                h.target, h.target_country = e.source, e.source_country
            if h.mode == "denied" or h.source_country in ("", e.target_country, e.source_country):
                continue
            added.append(
                dataclasses.replace(
                    e, source=h.source, source_country=h.source_country, origin="abetted",
                    start=min(h.start, e.start), end=max(h.end, e.end),
                )
            )  # fmt: skip
    return events + added
