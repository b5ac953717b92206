"""Appeals for peace made of two or more states at once: no side taken.

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Kenya urged Ethiopia and Eritrea to halt the fighting.").events
>>> sorted(ev.loc[ev.source == "KEN", "type"])
[]
"""

from __future__ import annotations

from .codebook import per_codebook, word_list
from .event_record import Event
from .tagging import Tagged

__all__ = ["without_balanced_appeals"]


def without_balanced_appeals(t: Tagged, events: list[Event]) -> list[Event]:
    """Drop a demand or request made of two or more states at once for peace between them
    (``called on Sudan and South Sudan to stop fighting``, ``urged both sides to exercise
    restraint``; ``appeal_words.csv`` after the trigger, in its sentence): it takes no
    side, and is no hostility to either. A demand of several states that is not about
    their own conflict (``demanded that A and B release the prisoners``) stays.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Kenya urged Ethiopia and Eritrea to halt the fighting.").events
    >>> sorted(ev.loc[ev.source == "KEN", "type"])
    []
    """
    words = _appeal_words(t.codebook)
    groups: dict[tuple, set[str]] = {}
    first: dict[tuple, int] = {}  # where each trigger's events begin (one pass, not one per group)
    for e in events:
        key = (e.source, e.sentence, e.trigger)
        first[key] = min(first.get(key, e.start), e.start)
        if e.type in ("DEMAND", "REQUEST") and e.origin == "event":
            groups.setdefault(key, set()).add(e.target_country)
    balanced = set()
    for key, targets in groups.items():
        if len(targets - {""}) < 2:
            continue
        lo = t.token_from(first[key])
        hi = t.sent_tok[key[1]][1]
        if any(t.lower[k] in words for k in range(lo, hi)):
            balanced.add(key)
    return [e for e in events if (e.source, e.sentence, e.trigger) not in balanced
            or e.type not in ("DEMAND", "REQUEST")]  # fmt: skip


@per_codebook
def _appeal_words(cb) -> frozenset[str]:
    return word_list("appeal_words.csv", cb.root, "word")
