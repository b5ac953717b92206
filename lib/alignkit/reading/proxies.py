"""Proxies: a state that backs an armed group is a party to the group's armed acts.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.
"""

from __future__ import annotations

import dataclasses

from .dependency import parse_or_none
from .event_record import Event
from .syntax import insurgents
from .tagging import Tagged, backing_participles, is_patron

__all__ = ["through_proxies"]

# a patron's help to an armed group; the group's armed acts it becomes a party to
_BACKING = frozenset({"AID", "SUPPORT", "COOPERATE"})
_ARMED_ACTS = frozenset({"ASSAULT", "FIGHT", "COERCE"})
_UNREAL_MODES = frozenset({"denied", "proposed", "hypothetical"})


def through_proxies(t: Tagged, events: list[Event]) -> list[Event]:
    """A state that backs an armed group is a party to the group's armed acts on a state
    told in the same sentence: ``Iran supplies weapons to the Houthis, who attacked Saudi
    Arabia`` (Iran with Saudi Arabia), ``Iran-backed Hezbollah fired rockets into Israel``
    (patron participles, ``patron_participles.csv``). The derived event is the group's
    act with the patron as its source, ``origin`` ``proxy``, spanning both pieces of
    evidence.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Rwanda-backed M23 rebels attacked Congolese troops.").events
    >>> ev.loc[ev.origin == "proxy", ["source_country", "target_country", "type"]].values.tolist()
    [['RWA', 'COD', 'ASSAULT']]
    """
    patrons = _patrons(t, events)
    out = []
    for e in events:
        if (
            e.type not in _ARMED_ACTS
            or e.mode in _UNREAL_MODES
            or t.actor_type(e.target_country) != "country"
        ):
            continue
        for state, actor, start, end in patrons.get((e.sentence, e.source), []):
            if state != e.target_country:
                out.append(dataclasses.replace(
                    e, source=actor, source_country=state, origin="proxy",
                    start=min(start, e.start), end=max(end, e.end),
                ))  # fmt: skip
    return out + _insurgencies_backed(t, events)


# words between an armed group's name and the "in" of the state it fights in
_IN_GAP = frozenset({"fighting", "operating", "active", "based", "fighters", "forces"})
# words of a place before its name: "in eastern Congo", "in the north of Mali"
_PLACE_WORDS = frozenset({"the", "eastern", "western", "northern", "southern", "central",
                          "north", "south", "east", "west", "northeastern", "northwestern",
                          "southeastern", "southwestern", "of"})  # fmt: skip


def _insurgencies_backed(t: Tagged, events: list[Event]) -> list[Event]:
    """A state's support for an armed group told with the state the group fights in
    (``Rwanda's support for the M23 rebels in eastern Congo``, ``arms to insurgents in
    Mozambique``) makes the patron a party to the conflict with that state: an event of
    the support's evidence, the state for its target, ``COERCE``, ``origin`` ``proxy``. The
    group must fight that state: an insurgent noun names it (``rebels``, ``militants``;
    ``insurgent_nouns.csv``), or it is the state's own armed group (``the RSF in Sudan``),
    not a ruling party's (``Hezbollah in Lebanon``), nor a patron's own force.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("A panel documented Rwanda's support for M23 rebels in Congo.").events
    >>> ev.loc[ev.origin == "proxy", ["source_country", "target_country", "type"]].values.tolist()
    [['RWA', 'COD', 'COERCE']]
    """
    info = t.codebook.plover["COERCE"]
    out = []
    for e in events:
        if e.type not in _BACKING or e.mode in _UNREAL_MODES or e.origin == "proxy":
            continue
        a = t.actor(e.target)
        if a is None or a.type != "group" or a.stands_for != a.id:
            continue
        state = _fought_state(t, e, a)
        if state and state != e.source_country and t.actor_type(e.source_country) == "country":
            out.append(dataclasses.replace(
                e, target=state, target_country=state, type="COERCE", quad=info["quad"],
                sign=int(info["sign"]), intensity=float(info["intensity"]), origin="proxy",
            ))  # fmt: skip
    return out


def _fought_state(t: Tagged, e: Event, a) -> str:
    """The state of the ``in`` phrase right after the group ``e`` backs, when the group
    fights that state (see :func:`_insurgencies_backed`); "" when there is none."""
    group = [m for m in t.mentions if m.sentence == e.sentence and m.actor == a.id]
    group = [m for m in group if e.start <= m.start and m.end <= e.end + 60]
    if not group:
        return ""
    k = group[0].tok_end
    gap = set(t.lower[k : k + 2]) & (_IN_GAP | insurgents(t.codebook))
    k += len(gap)
    if k >= len(t.lower) or t.lower[k] != "in" or t.tok_sent[k] != e.sentence:
        return ""
    k += 1
    while k < len(t.lower) and t.lower[k] in _PLACE_WORDS:
        k += 1
    place = t.by_tok.get(k)
    if place is None:
        return ""
    state = t.stands_for(place.actor)
    named = {t.lower[j] for j in range(group[0].tok, group[0].tok_end)} | gap
    fights = bool(named & insurgents(t.codebook)) or a.country == state
    return state if fights and t.actor_type(state) == "country" else ""


def _patrons(t: Tagged, events: list[Event]) -> dict[tuple, list[tuple]]:
    """``{(sentence, group): [(state, actor, start, end)]}``: the states a sentence tells
    to back an armed group, by an act of help or a hyphenated patron participle."""
    out: dict[tuple, list[tuple]] = {}
    for e in events:
        if (e.type in _BACKING and e.mode not in _UNREAL_MODES and t.actor_type(e.target) == "group"
                and t.actor_type(e.source_country) == "country"):  # fmt: skip
            out.setdefault((e.sentence, e.target), []).append(
                (e.source_country, e.source, e.start, e.end)
            )
    backing = backing_participles(t.codebook)
    for mn in t.mentions:
        k = mn.tok_end + 1
        if not (
            is_patron(t, mn)
            and t.lower[k] in backing
            and t.actor_type(t.stands_for(mn.actor)) == "country"
        ):
            continue
        group = next((t.by_tok[j] for j in range(k + 1, min(k + 5, len(t.lower)))
                      if j in t.by_tok and t.tok_sent[j] == mn.sentence), None)  # fmt: skip
        if group is not None and t.actor_type(group.actor) == "group":
            out.setdefault((mn.sentence, group.actor), []).append(
                (t.stands_for(mn.actor), mn.actor, mn.start, t.ends[k])
            )
    for sentence in {e.sentence for e in events if e.type in _ARMED_ACTS}:
        for key, found in _backed_by(t, t.article.sentences[sentence], backing):
            out.setdefault(key, []).append(found)
    return out


def _backed_by(t: Tagged, sent, backing: frozenset[str]):
    """``the Houthis, backed by Iran,``: a backing participle after a group, with its
    ``by`` agent, read from the parse; yields ``((sentence, group), (state, actor, start,
    end))``."""
    lo, hi = t.sent_tok[sent.index]
    if not any(t.lower[i] in backing for i in range(lo, hi)):
        return
    p = parse_or_none(t, sent.index)
    for i in range(lo, hi) if p is not None else ():
        h = p.head(i)
        if t.lower[i] not in backing or p.dep(i) != "acl" or h not in t.by_tok:
            continue
        if t.actor_type(t.by_tok[h].actor) != "group":
            continue
        agents = [o for c in p.children(i) if p.dep(c) == "agent" for o in p.children(c)]
        for q in (t.by_tok[o] for o in agents if o in t.by_tok):
            if t.actor_type(t.stands_for(q.actor)) == "country":
                found = (t.stands_for(q.actor), q.actor, t.starts[i], q.end)
                yield (sent.index, t.by_tok[h].actor), found
