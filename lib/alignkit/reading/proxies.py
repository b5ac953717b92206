"""Proxies: a state that backs an armed group is a party to the group's armed acts.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.
"""

from __future__ import annotations

import dataclasses

from .codebook import per_codebook, read_table, split
from .dependency import parse_or_none
from .event_record import Event
from .syntax import UNDO, host_fighters
from .tagging import Tagged, backing_participles, is_patron

__all__ = ["rebel_hosts", "through_proxies"]

# a patron's help to an armed group; the group's armed acts it becomes a party to
_BACKING = frozenset({"AID", "SUPPORT", "COOPERATE"})
_ARMED_ACTS = frozenset({"ASSAULT", "FIGHT", "COERCE"})
_UNREAL_MODES = frozenset({"denied", "proposed", "hypothetical"})


def through_proxies(t: Tagged, events: list[Event]) -> list[Event]:
    """A state that backs an armed group is a party to the group's armed acts on a state
    told in the same sentence: ``Iran supplies weapons to the Houthis, who attacked Saudi
    Arabia`` (Iran with Saudi Arabia), ``Iran-backed Hezbollah fired rockets into Israel``
    (patron participles, ``patron_participles.csv``). Rebels are at war with the state
    they are in: backing ``M23 rebels in eastern Congo`` is a proxy fight on Congo. The
    derived event is the group's act with the patron as its source, ``origin``
    ``proxy``, spanning both pieces of evidence.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Rwanda-backed M23 rebels attacked Congolese troops.").events
    >>> ev.loc[ev.origin == "proxy", ["source_country", "target_country", "type"]].values.tolist()
    [['RWA', 'COD', 'ASSAULT']]
    >>> ev = analyze_text("Kenya urged Rwanda to end its support for M23 rebels in Congo.").events
    >>> ev.loc[ev.origin == "proxy", ["source_country", "target_country", "type"]].values.tolist()
    [['RWA', 'COD', 'FIGHT']]
    """
    patrons = _patrons(t, events)
    out = _hosts_fought(t, patrons)
    out += _fought_elsewhere(t, patrons, events, out)
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
    return out


def _patrons(t: Tagged, events: list[Event]) -> dict[tuple, list[tuple]]:
    """``{(sentence, group): [(state, actor, start, end)]}``: the states a sentence tells
    to back an armed group, by an act of help or a hyphenated patron participle."""
    out: dict[tuple, list[tuple]] = {}
    for e in events:
        if (e.type in _BACKING and _real_backing(t, e) and t.actor_type(e.target) == "group"
                and t.actor_type(e.source_country) == "country"
                and not _both_sides(t, e, events) and not _met_inside(e, events)):  # fmt: skip
            out.setdefault((e.sentence, e.target), []).append(
                (e.source_country, e.source, e.start, e.end)
            )
    backing = backing_participles(t.codebook)
    for mn in t.mentions:
        k = mn.tok_end + 1
        if not (is_patron(t, mn) and t.lower[k] in backing and t.serves_state(mn.actor)):
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


def _fought_elsewhere(t: Tagged, patrons: dict, events: list[Event], done: list[Event]):
    """A patron told in one sentence and its group's armed act on a state told in another:
    ``M23 attacked Congolese troops. ... Kenya said Rwanda supports M23`` (Rwanda with
    Congo). The story has told whom the group fights, or the codebook has
    (``rebel_hosts.csv``: M23 is at war with the DR Congo); backing it is taking part in
    that fight. The derived event is a ``FIGHT`` of ``origin`` ``proxy`` on the patron's
    sentence and evidence, once per patron and state.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("M23 rebels shelled Congolese army positions near Goma on Monday. "
    ...                   "Uganda accused Burundi of arming M23.").events
    >>> ev = ev[ev.origin == "proxy"]
    >>> ev[["source_country", "target_country", "sentence"]].values.tolist()
    [['BDI', 'COD', 1]]
    """
    fought: dict[str, dict[str, str]] = {
        g: {s: s for s in ss} for g, ss in rebel_hosts(t.codebook).items()
    }
    for e in events:
        if (e.type in _ARMED_ACTS and e.mode not in _UNREAL_MODES
                and t.actor_type(e.source) == "group"
                and t.actor_type(e.target_country) == "country"):  # fmt: skip
            fought.setdefault(e.source, {}).setdefault(e.target_country, e.target)
    seen = {(e.sentence, e.source_country, e.target_country) for e in done}
    seen |= {(e.sentence, s, e.target_country) for e in events if e.type in _ARMED_ACTS
             for s, *_ in patrons.get((e.sentence, e.source), [])}  # fmt: skip
    fight, out = t.codebook.plover["FIGHT"], []
    for (sentence, group), found in sorted(patrons.items()):
        for state in sorted(fought.get(group, {})):
            for patron, actor, start, end in found:
                if patron == state or (sentence, patron, state) in seen:
                    continue
                seen.add((sentence, patron, state))
                out.append(Event(
                    actor, state, patron, state, "FIGHT", fight["quad"], -1,
                    float(fight["intensity"]), "actual", None, "", "open", sentence,
                    start, end, t.actor(group).name, "proxy",
                ))  # fmt: skip
    return out


@per_codebook
def rebel_hosts(cb) -> dict[str, tuple[str, ...]]:
    """``rebel_hosts.csv``: the states a rebel group is at war with, by group id.

    Examples
    --------
    >>> from alignkit import load_codebook
    >>> rebel_hosts(load_codebook())["m23"]
    ('COD',)
    """
    return {r["group"]: tuple(split(r["fights"])) for r in read_table("rebel_hosts.csv", cb.root)}


def _both_sides(t: Tagged, e: Event, events: list[Event]) -> bool:
    """Is the help done by the same trigger to a state too (``offered to facilitate talks
    between the Sudanese army and the RSF``)? An act done to a group and to a state at
    once, as a mediator's is, backs neither side.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Kenya offered to facilitate talks between the Sudanese Armed "
    ...                   "Forces and the Rapid Support Forces.").events
    >>> (ev.origin == "proxy").any()
    np.False_
    """
    return any(
        f.sentence == e.sentence and f.start == e.start and f.trigger == e.trigger
        and f.source == e.source and f.target != e.target
        and t.actor_type(f.target_country) == "country"
        for f in events
    )  # fmt: skip


def _met_inside(e: Event, events: list[Event]) -> bool:
    """Is the group that ``e`` helps a party to talks told inside the help's own words
    (``welcomed the talks between Chad and the rebels``)? Then the help is for the talks,
    not backing for the group's fight.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Chile welcomed the talks between Peru and M23 rebels in Congo.").events
    >>> "proxy" in set(ev.origin)
    False
    """
    return any(
        x.type == "CONSULT" and e.target in (x.source, x.target)
        and x.sentence == e.sentence and e.start <= x.start and x.end <= e.end and x is not e
        for x in events
    )  # fmt: skip


def _real_backing(t: Tagged, e: Event) -> bool:
    """Is the help real? A call to end it tells it is: ``urged Rwanda to end its support
    for M23``, ``to stop backing M23`` (an undoing verb of ``syntax.UNDO`` up to three
    words before the trigger)."""
    if e.mode not in _UNREAL_MODES:
        return True
    lo, hi = t.sent_tok[e.sentence]
    at = [i for i in range(lo, hi) if t.lower[i] == e.trigger.lower()]
    # (a "stop" reads as denial and a call as a proposal: neither undoes the help told)
    undone = any(t.lower[j] in UNDO for i in at for j in range(max(lo, i - 3), i))
    if e.mode == "hypothetical":  # "support to armed groups must end, including X's aid"
        return any(_undone_above(t, e.sentence, i) for i in at)
    return e.mode in ("proposed", "denied") and undone


def _undone_above(t: Tagged, sentence: int, i: int) -> bool:
    """Is the help noun at ``i``, or the noun it is listed under, the subject of an undoing
    verb (``X's support to M23 must end``, ``external support to armed groups must end,
    including X's assistance to M23``)? A help told to end is given now.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("All support to armed groups must end, including aid to M23."))
    >>> _undone_above(t, 0, t.lower.index("aid"))
    True
    """
    p = parse_or_none(t, sentence)
    for _ in range(4):
        if p is None or p.head(i) == i:
            return False
        listed = p.dep(i) == "prep" and t.lower[i] == "including"  # "must end, including"
        if (listed or p.dep(i) in ("nsubj", "nsubjpass")) and t.lower[p.head(i)] in UNDO:
            return True
        if p.dep(i) not in ("pobj", "prep", "conj", "appos"):
            return False
        i = p.head(i)
    return False


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
            if t.serves_state(q.actor):
                found = (t.stands_for(q.actor), q.actor, t.starts[i], q.end)
                yield (sent.index, t.by_tok[h].actor), found


def _hosts_fought(t: Tagged, patrons: dict[tuple, list[tuple]]) -> list[Event]:
    """``support for M23 rebels in eastern Congo``: the patron of rebels (a noun of
    ``fights_host``) that the parse places ``in`` a state, or ``operating``, ``fighting``
    or ``based in`` it, fights that state through them (``FIGHT``, ``origin`` ``proxy``)."""
    out, fight = [], t.codebook.plover["FIGHT"]
    for (sentence, group), found in patrons.items():
        for state, where in _hosts(t, sentence, group):
            for patron, actor, start, end in found:
                if patron != state:
                    out.append(Event(
                        actor, where.actor, patron, state, "FIGHT", fight["quad"], -1,
                        float(fight["intensity"]), "actual", None, "", "open", sentence,
                        min(start, where.start),
                        max(end, where.end), "rebels", "proxy",
                    ))  # fmt: skip
    return out


def _hosts(t: Tagged, sentence: int, group: str):
    """The states a sentence places the armed group ``group`` in, when it fights them:
    named as rebels (``M23 rebels in eastern Congo``), or the state's own armed group that
    stands for no state (``the RSF in Sudan``); ``(state, mention)`` pairs read from the
    parse."""
    lo, hi = t.sent_tok[sentence]
    p = parse_or_none(t, sentence)
    fighters, a = host_fighters(t.codebook), t.actor(group)
    own = a.country if a is not None and a.stands_for in ("", a.id) else ""
    for i in range(lo, hi) if p is not None else ():
        q = t.by_tok.get(i)
        if q is None or q.actor != group or t.by_tok.get(p.head(i)) is q:
            continue
        noun = p.head(i) if p.dep(i) in ("compound", "amod", "nmod") else i  # "M23 rebels"
        rebels = t.lower[noun] in fighters
        if not rebels and not own:
            continue
        # the parser often hangs "in Congo" on the verb or the noun of support: then only
        # right after the group's noun
        heads = [noun] + [c for c in p.children(noun) if p.dep(c) == "acl"]
        ins = [c for h in heads for c in p.children(h) if p.dep(c) == "prep"]
        up = p.head(noun) if p.dep(p.head(noun)) != "prep" else p.head(p.head(noun))
        ins += [c for c in p.children(up) if c == noun + 1 and p.dep(c) == "prep"]
        for c in ins:
            if t.lower[c] == "in":
                yield from ((s, m) for s, m in _states_in(t, p, c) if rebels or s == own)


def _states_in(t: Tagged, p, prep: int):
    for o in p.children(prep):
        q = t.by_tok.get(o)
        if p.dep(o) == "pobj" and q is not None:
            state = t.stands_for(q.actor)
            if t.actor_type(state) == "country":
                yield state, q
