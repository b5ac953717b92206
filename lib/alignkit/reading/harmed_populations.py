"""A state's people harmed by an armed act: the act is done to that state.

``Russian jets bombed Ukrainian civilians``, ``the shelling killed Syrian civilians``: a
population told by its state's demonym (``heads.csv``: the Iranian people, Iranian
civilians) never acts for its state, but as the victim of an armed act (PLOVER ASSAULT or
FIGHT) it is the state the act is done to, as the field codes the target (and as the kit
already reads ``a Ukrainian civilian`` or ``Congolese refugees``). Only the heads whose
``harmed`` column is ``state`` (people, citizens, population, civilians); the opposition,
protesters or dissidents a foreign force strikes may be the enemies of their own state.

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Chadian jets bombed Libyan civilians near the oasis.").events
>>> list(zip(ev.type, ev.source_country, ev.target_country))
[('ASSAULT', 'TCD', 'LBY')]
"""

from __future__ import annotations

import dataclasses

from .codebook import per_codebook
from .event_record import Event
from .tagging import Tagged

__all__ = ["harmed_states", "victim_state"]


def harmed_states(t: Tagged, events: list[Event]) -> list[Event]:
    """``events`` with the target state of each armed act filled in when its target is
    a population of a state other than the source's (see the module).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Burmese troops shot Burmese civilians.").events   # one state
    >>> list(ev.target_country)
    []
    >>> ev = analyze_text("Ugandan jets bombed Kenyan protesters.").events   # no victim head
    >>> list(zip(ev.type, ev.source_country, ev.target_country))
    [('ASSAULT', 'UGA', '')]
    """
    out = []
    for e in events:
        if not e.target_country and e.source_country:
            state = victim_state(t, e.target, e.type)
            if state and state != e.source_country:
                e = dataclasses.replace(e, target_country=state)
        out.append(e)
    return out


def victim_state(t: Tagged, actor_id: str, typ: str) -> str:
    """The state of a population actor harmed by an armed act of PLOVER type ``typ``
    (its head noun a ``harmed`` head), else "".

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Syrian civilians fled."))
    >>> victim_state(t, "syrian-civilians", "ASSAULT"), victim_state(t, "syrian-civilians", "AID")
    ('SYR', '')
    """
    if t.codebook.plover.get(typ, {}).get("armed") != "yes":
        return ""
    a = t.actor(actor_id) if actor_id else None
    if a is None or a.source != "heads.csv" or a.stands_for or not a.country:
        return ""
    words = a.name.lower().split()
    return a.country if words and words[-1] in _harmed_heads(t.codebook) else ""


@per_codebook
def _harmed_heads(cb) -> frozenset[str]:
    rows = [r for r in cb.heads if r["follows"] == "demonym"]
    return frozenset(r["word"].lower() for r in rows if r.get("harmed") == "state")
