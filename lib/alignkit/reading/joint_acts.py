"""What states are told to do together, read over a text's coded events: one material
act done to a third by several agents at once (:func:`acting_together`), and the
signatories of a joint statement (:func:`cosigner_events`).

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.
"""

from __future__ import annotations

import dataclasses

from .authors import text_author
from .event_lexicon import every_two
from .event_record import Event
from .tagging import Tagged

__all__ = ["acting_together", "cosigner_events"]

# measures states take each for itself, however many take them at once: a sanction, a
# protest (recalling envoys, closing embassies, demonstrations) is no joint act
_PARALLEL = frozenset({"SANCTION", "PROTEST"})


def acting_together(t: Tagged, events: list[Event]) -> list[Event]:
    """Two states that do one material act to a third together cooperate: ``Kenya and
    Somalia launched an offensive against al-Shabab``, ``Russia and Iran sent drones to
    Sudan`` (one trigger, one type, one target, several agents). A mutual act (talks, war)
    already pairs its own agents."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        info = t.codebook.plover[e.type]
        if e.type in _PARALLEL or e.mode != "actual":
            continue  # "Chile and Colombia recalled their envoys": each its own measure;
            # "A and B promised to help C": no act done together yet
        if info["quad"].startswith("material") and info.get("mutual") != "yes":
            key = (e.sentence, e.trigger, e.type, e.target_country)
            groups.setdefault(key, []).append(e)
    coop = t.codebook.plover["COOPERATE"]
    out = []
    for group in groups.values():
        firsts = {}
        for e in group:
            a = t.actor(e.source_country)
            if e.source_country != e.target_country and a is not None and a.type == "country":
                firsts.setdefault(e.source_country, e)  # states: "its Western allies" act as it
        for a, b in every_two(list(firsts.values())):
            out.append(
                dataclasses.replace(
                    a, target=b.source, target_country=b.source_country, type="COOPERATE",
                    quad=coop["quad"], sign=1, intensity=float(coop["intensity"]),
                    start=min(a.start, b.start), end=max(a.end, b.end),
                )
            )  # fmt: skip
    return out


def cosigner_events(t: Tagged, date=None, basis: str = "open") -> list[Event]:
    """A joint statement's signatories agree with each other: one ``AGREE`` per pair of the
    states the text's author names (:func:`.authors.text_author`: ``Joint Statement of A,
    B and C``, ``The Troika Embassies (Norway, the United States, and the United
    Kingdom)``), as CAMEO codes a joint declaration. Its evidence is the first sentence
    that names two of them, from the first such name to the last.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Joint Statement of Kenya, Ghana and Peru\\n\\nWe welcome the talks."
    >>> events = cosigner_events(tag(parse_article(text)))
    >>> [(e.source_country, e.target_country, e.type) for e in events]
    [('KEN', 'GHA', 'AGREE'), ('KEN', 'PER', 'AGREE'), ('GHA', 'PER', 'AGREE')]
    """
    states = list(dict.fromkeys(x for x in map(t.stands_for, text_author(t)) if x))
    if len(states) < 2:
        return []
    by_sent: dict[int, list] = {}
    for m in t.mentions:
        if t.stands_for(m.actor) in states:
            by_sent.setdefault(m.sentence, []).append(m)
    named = [
        ms for _, ms in sorted(by_sent.items()) if len({t.stands_for(m.actor) for m in ms}) > 1
    ]
    if not named:
        return []
    ms, info = named[0], t.codebook.plover["AGREE"]
    first = {}
    for m in ms:
        first.setdefault(t.stands_for(m.actor), m)
    start = min(m.start for m in first.values())
    end = max(m.end for m in first.values())
    out = []
    for a, b in every_two([first[x] for x in states if x in first]):
        sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
        out.append(
            Event(a.actor, b.actor, sa, sb, "AGREE", info["quad"], 1, float(info["intensity"]),
                  "actual", date, "", basis, a.sentence, start, end,
                  t.article.text[start:end], block=t.article.sentences[a.sentence].block)
        )  # fmt: skip
    return out
