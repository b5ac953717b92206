"""A hostile act a state says it might do: a threat (PLOVER THREATEN).

``Russia said it might use force against Georgia``, ``North Korea said it could launch a
strike on the United States``, ``Iraq said it would hit Saudi oil fields if ...``: an act
of material conflict that its own party's words put as possible or on a condition asserts
nothing done, but the saying is a threat, as CAMEO codes a statement of possible force (13,
threaten). Only the speaker's own acts: what another is said to be able to do (``NATO said
Russia could attack``) threatens no one.

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Chad said it could strike Sudan.").events
>>> list(zip(ev.type, ev.source_country, ev.target_country, ev["mode"]))
[('THREATEN', 'TCD', 'SDN', 'claimed')]
"""

from __future__ import annotations

from .event_record import Event, recoded
from .statements import Statement
from .tagging import Tagged

__all__ = ["spoken_threats"]

_UNASSERTED = frozenset({"hypothetical", "conditional"})


def spoken_threats(t: Tagged, events: list[Event], statements: list[Statement]) -> list[Event]:
    """``events`` with each unasserted act of material conflict that the words of its own
    source's statement tell turned into that source's THREATEN of its target.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Kenya said Somalia could attack Ethiopia.").events   # not its own
    >>> [(e.type, e.mode) for e in ev.itertuples() if e.source_country == "SOM"]
    [('ASSAULT', 'hypothetical')]
    """
    out = []
    for e in events:
        s = _own_words(t, e, statements) if _unasserted_force(e) else None
        if s is not None:
            e = recoded(e, "THREATEN", t.codebook.plover, mode=s.mode)
        out.append(e)
    return out


def _unasserted_force(e: Event) -> bool:
    return e.mode in _UNASSERTED and e.sign < 0 and e.quad == "material conflict"


def _own_words(t: Tagged, e: Event, statements: list[Statement]) -> Statement | None:
    """The statement whose words hold the event's trigger, when its speaker is the act's
    own party (the same actor, or one acting for the same state)."""
    at = t.article.text.find(e.trigger, e.start, e.end + 1) if e.trigger else -1
    for s in statements:
        if s.content_start <= at < s.content_end and s.cue_class == "speech":
            own = s.speaker == e.source or t.stands_for(s.speaker) == e.source_country
            return s if own and e.source_country else None
    return None
