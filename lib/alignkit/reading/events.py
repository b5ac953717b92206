"""Code dyadic events (PLOVER categories) with source, target, mode and date.

Triggers and their categories live in ``data/codebook/events.csv`` (patterns of slots,
see :mod:`alignkit.reading.lexicon`), categories in ``plover.csv``, modality cues in
``modality.csv``. Source and target come from the sentence's structure around the
trigger, over the tagger's participants:

* subject coordination: ``Russia and Iran are solidifying their partnership`` (a mutual
  trigger between the coordinated parties);
* ``a meeting between X and Y``; a preposition after the trigger (``conflict with Y``,
  ``visit to Moscow``, ``policy on Iran``) and its coordination, through
  ``nations like X and Y`` (each a separate target, never a pair among themselves);
* possessives (``Russia's conflict``, ``its deepening relationships``, ``their``);
* a modifier (``Western sanctions``: source; ``the Ukraine war``: target);
* a resultative object (``leaving X, Y and Z in weakened positions``);
* an infinitive's subject (``urged the US to support``), and for proposals reported in a
  statement (``advocated for a maximum pressure policy on Iran``) the speaker.

People stand for their country at country level (``source_country``), groups such as
``the Iranian people`` for none. Verbal events made by statements (a negative statement
by one state's official about another state is verbal conflict; praise is verbal
cooperation) are appended with ``origin == "statement"``.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Russia's conflict with Ukraine goes on.", publication_date="2025-01-15"))
>>> [(e.source, e.target, e.type, e.sign) for e in extract_events(t, [])]
[('RUS', 'UKR', 'FIGHT', -1)]
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import heapq
from dataclasses import dataclass, field

from .abetted import abetted
from .appeals import without_balanced_appeals
from .arguments import co_agents, reciprocal, verb_arguments
from .attendance import attending_parts
from .cameo import Coding, cameo_lexicon
from .codebook import Codebook, forms_by_kind, per_codebook, read_table, split, word_list
from .custody import custody_harms
from .dates import find_dates, shift_before
from .declined import declined_agreements
from .dependency import parse_or_none
from .event_lexicon import (
    CHANGE_VERBS,
    EventLexicon,
    armed_act,
    event_lexicon,
    every_two,
    general_preps,
    hostile_nouns,
    judging_verbs,
    mediators,
    not_wronged,
    reacting,
    show_of_force,
)
from .event_record import EVENT_COLUMNS, Event, Milestone, recoded
from .exercises import exercise_partners
from .formations import formation_partners
from .harmed_populations import harmed_states, victim_state
from .itineraries import itinerary_stops
from .joint_acts import (
    acting_together,
    behalf_events,
    cosigner_events,
    joined_next,
    joint_efforts,
    joint_initiatives,
    joint_text_events,
)
from .judged import accord_parties, event_owner, object_tokens
from .judged_acts import judged_agent
from .led_missions import led_missions
from .mediation import mediations
from .memberships import membership_events
from .presence import present_for_talks
from .promises import promised_to
from .proxies import through_proxies
from .reactions import judged_moves, met_with_reaction, reactions, without_answered_cooperation
from .receipts import receipts
from .solicited import askers_against, help_requests
from .standing import standing_relations
from .statements import Statement, bind_first_person, places_of_violence, violated
from .syntax import (
    CLOSE_Q,
    SUBORDINATORS,
    UNDO,
    after_prep,
    backend,
    clause_subject,
    group_right,
    left_possessor,
    parts_in,
    starting_at,
    subject_left,
)
from .tagging import Participant, Tagged
from .threats import spoken_threats
from .trigger_arguments import border_preps, done_together, harm_places, trigger_arguments
from .words import TIME_WORDS

__all__ = ["Event", "Milestone", "extract_events", "statement_events", "EVENT_COLUMNS"]

# ----------------------------------------------------------------------------- structure


# ----------------------------------------------------------------------------- main


def extract_events(t: Tagged, statements: list[Statement]) -> list[Event]:
    """Dyadic events of a tagged article (trigger events; see :func:`statement_events`)."""
    events, _ = _extract(t, statements)
    return events


@dataclass
class _Reading:
    """What one article's event extraction keeps while it reads sentence by sentence."""

    t: Tagged
    lex: EventLexicon
    contents: _Contents
    cues: set[int]
    speakers_of: dict[tuple, list[str]]
    anchor: dt.date | None
    anchor_basis: str
    events: list[Event] = field(default_factory=list)
    halves: list[tuple] = field(default_factory=list)  # hostile acts (see _complete_halves)
    milestones: list[Milestone] = field(default_factory=list)
    para_date: dict[int, tuple] = field(default_factory=dict)


def _extract(t: Tagged, statements: list[Statement]) -> tuple[list[Event], list[Milestone]]:
    # a stance told by a verb of acts ("Roe backed the bill") leaves the act to the events:
    # its verb is read as a trigger and what it is done to keeps its own mode
    statements = [s for s in statements if s.cue_class != "stance"]
    bind_first_person(t, statements)  # "we" in a speaker's own words is the speaker
    art = t.article
    r = _Reading(
        t,
        event_lexicon(t.codebook),
        _Contents(statements),
        _cue_tokens(t, statements),
        _speakers_of(statements),
        art.publication_date,
        "estimated" if art.date_status == "estimated" else "publication",
    )
    for sent in art.sentences:
        lo, hi = t.sent_tok[sent.index]
        if lo != hi:
            _read_sentence(r, sent, lo, hi)
    for ev, src, tgt in _complete_halves(r.halves, t.stands_for):
        if src == tgt:
            continue
        ev.source, ev.target = src, tgt
        ev.source_country, ev.target_country = t.stands_for(src), t.stands_for(tgt)
        r.events.append(ev)
    r.events += cosigner_events(t)
    r.events += behalf_events(t)
    r.events += joint_efforts(t)
    r.events += joint_text_events(t)
    r.events += joint_initiatives(t)
    r.events += membership_events(t)
    r.events += acting_together(t, r.events)
    r.events += joined_next(t, r.events)
    r.events += through_proxies(t, r.events)
    r.events = abetted(t, r.events)
    r.events += askers_against(t, r.events)
    r.events += help_requests(t)
    r.events = without_balanced_appeals(t, r.events)
    r.events = without_answered_cooperation(r.events)
    r.events = harmed_states(t, r.events)
    r.events = declined_agreements(t, r.events, lambda at: _asserted_mode(_inside(statements, at)))
    r.events = spoken_threats(t, r.events, statements)
    # One event per (pair, type, trigger position): two routes to the same reading.
    seen, unique = set(), []
    for e in r.events:
        key = (e.source, e.target, e.type, e.start)
        if key not in seen:
            seen.add(key)
            unique.append(_invited(t, _presupposed(t, r.lex, e)))
    return unique, r.milestones


def _invited(t: Tagged, e: Event) -> Event:
    """A deployment or an entry into a state at that state's request or invitation
    (``invitation_phrases.csv``: ``Kenyan troops entered Somalia at the request of the
    Somali government``, ``at the invitation of Kinshasa``) helps its host: military aid
    (PLOVER AID), not a show of force or coercion aimed at it.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> an = analyze_text("Ugandan forces moved into Congo at the invitation of Kinshasa.")
    >>> an.events[["source_country", "target_country", "type"]].values.tolist()
    [['UGA', 'COD', 'AID']]
    """
    if e.type not in ("MOBILIZE", "COERCE") or e.mode != "actual":
        return e
    if e.target_country not in _inviters(t, e.sentence):
        return e
    aid = t.codebook.plover["AID"]
    e.type, e.quad, e.sign = "AID", aid["quad"], int(aid["sign"])
    e.intensity = float(aid["intensity"])
    return e


@per_codebook
def _invitation_phrases(cb: Codebook) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``invitation_phrases.csv``, as token tuples."""
    return tuple(tuple(f.split()) for f in word_list("invitation_phrases.csv", cb.root))


def _inviters(t: Tagged, sentence: int) -> set[str]:
    """The states whose request or invitation the sentence names (the party right after
    ``at the request of``, past an article)."""
    lo, hi = t.sent_tok[sentence]
    out = set()
    for k in range(lo, hi):
        for phrase in _invitation_phrases(t.codebook):
            if tuple(t.lower[k : k + len(phrase)]) != phrase:
                continue
            j = k + len(phrase)
            j += j < hi and t.lower[j] == "the"
            q = t.by_tok.get(j)
            if q is not None and t.stands_for(q.actor):
                out.add(t.stands_for(q.actor))
    return out


def _presupposed(t: Tagged, lex: EventLexicon, e: Event) -> Event:
    """An unmet withdrawal or concession read as the hostile state it would end
    (``unmet_acts.csv``): ``urged Moscow to withdraw its troops from Georgia`` tells that
    Russian troops hold Georgian soil now, a conflict, where the RETREAT coded as asked
    for would count as cooperation between them; ``should normalize relations`` tells that
    their relations are not normal now."""
    words = e.trigger.lower().split()
    ends = {words[0], words[-1]} if words else set()  # "resolve ... dispute", "normalize ..."
    hostile = next(
        (h for modes, h, objects in lex.unmet.get(e.type, ())
         if e.mode in modes and (not objects or ends & objects)),
        "",
    )  # fmt: skip
    if not hostile:
        return e
    info = t.codebook.plover[hostile]
    e.type, e.quad, e.sign = hostile, info["quad"], int(info["sign"])
    e.intensity, e.mode = float(info["intensity"]), "actual"
    return e


def _state(t: Tagged):
    """The state a mention stands for, as a function of the mention."""
    return lambda m: t.stands_for(m.actor)


def _speakers_of(statements: list[Statement]) -> dict[tuple, list[str]]:
    """The speakers of one statement told of several ("They reaffirmed ..."), by its place."""
    out: dict[tuple, list[str]] = {}
    for s in statements:
        group = out.setdefault((s.cue_start, s.content_start), [])
        if s.speaker not in group:
            group.append(s.speaker)
    return out


def _read_sentence(r: _Reading, sent, lo: int, hi: int) -> None:
    """The milestones, then the events, of one sentence, dated."""
    t = r.t
    hits = r.lex.triggers.find(t.lower, lo, hi, _long_names(t))
    hits = [h for h in hits if not _in_a_name(t, h.start, h.end)]
    # Milestones first: "days before Trump's return" dates this sentence's events.
    sent_ms = _milestones(r, sent, hits, lo)
    date = _sentence_date(t, sent, lo, hi, r.anchor, r.anchor_basis, sent_ms)
    if date[0] is None and sent.paragraph is not None and sent.paragraph in r.para_date:
        date = r.para_date[sent.paragraph]
    prev: list[Participant] = []  # the sources of the sentence's last act
    scan = _ModeScan(t, r.lex, lo, hi)
    for h in hits:
        row = r.lex.triggers.rows[h.row]
        if row["type"] == "ASSUME_OFFICE":
            continue
        if sent.block == "caption" and row.get("caption") != "yes":
            continue  # two people pictured together is co-presence, not an event
        prev = _trigger_events(r, sent, h, row, (lo, hi, scan), date, prev)
    covered = {k for h in hits for k in range(h.start, h.end)}
    read = _verb_events(t, sent, scan, hi, covered, r.contents, r.cues)
    standing = _standing_events(t, sent, r.contents)
    for ev in read + _votes(t, sent, lo, hi) + _objections(t, sent, lo, hi) + standing:
        ev.date, ev.date_text, ev.date_basis = date
        r.events.append(ev)
    if date[0] is not None and sent.paragraph is not None:
        r.para_date[sent.paragraph] = date


def _in_a_name(t: Tagged, start: int, end: int) -> bool:
    """Are tokens ``start:end`` words inside a name of several words (``the Rapid Support
    Forces``, ``the Gulf Cooperation Council``), which tell no act?"""
    p = t.by_tok.get(start)
    return p is not None and p.tok_end - p.tok > 1 and end <= p.tok_end and p.head.kind == "name"


def _long_names(t: Tagged) -> dict[int, int]:
    """The names of several words (their first token to the token after the last), and
    the sums of money (``$500 million``), which a trigger's gap counts as one word."""
    found = t.caches.get("long_names")
    if found is None:
        # (not a name led by its title, whose title a trigger may name: "received Somalia's
        # President Hassan Sheikh Mohamud")
        found = {
            p.tok: p.tok_end
            for p in t.participants
            if p.tok_end - p.tok > 1 and not t.title_tokens & set(range(p.tok, p.tok_end))
        }
        found.update(_sums(t))
        t.caches["long_names"] = found
    return found


@per_codebook
def _money_words(cb: Codebook) -> dict[str, frozenset[str]]:
    """The words of ``money_words.csv`` by kind (``currency``, ``magnitude``, ``unit``)."""
    return forms_by_kind("money_words.csv", cb.root)


def _sums(t: Tagged) -> dict[int, int]:
    """Sums of money, first token to the token after the last: ``$ 500 million``,
    ``20 million euros``, ``500 - million - dollar``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("India extended a $500 million line of credit."))
    >>> _sums(t)
    {3: 6}
    """
    cached = t.caches.get("sums")
    if cached is not None:
        return cached  # (asked once per verb that may be coded by a sum)
    words = _money_words(t.codebook)
    units = words["unit"]
    after = words["magnitude"] | units | {"-"}  # "500 - million - dollar"
    out, i, n = {}, 0, len(t.lower)
    while i < n:
        j = i + (t.lower[i] in words["currency"])
        if j < n and t.lower[j][:1].isdigit():
            k = j + 1
            while k < n and t.lower[k] in after:
                k += 1
            money = j > i or t.lower[k - 1] in units
            if money and k - i > 1:
                out[i] = k
                i = k
                continue
        i += 1
    t.caches["sums"] = out
    return out


def _milestones(r: _Reading, sent, hits, lo: int) -> list[tuple]:
    """``Trump's return``: a person taking office (a timeline milestone, dated by the
    codebook's roles); returns ``(hit, milestone, date)`` for the sentence's dating."""
    t, cb, out = r.t, r.t.codebook, []
    for h in hits:
        if r.lex.triggers.rows[h.row]["type"] != "ASSUME_OFFICE":
            continue
        who = left_possessor(t, h.start, lo) or subject_left(t, h.start, lo)
        persons = [p for p in who if (t.actor(p.actor) and t.actor(p.actor).type == "person")]
        if not persons:
            continue
        since = (r.anchor - dt.timedelta(days=366)) if r.anchor else None
        when = cb.office_start(persons[0].actor, ".president", since) or None
        ms = Milestone(
            persons[0].actor,
            "ASSUME_OFFICE",
            t.article.text[t.starts[h.start] : t.ends[h.end - 1]],
            when.isoformat() if when else None,
            "codebook" if when else "open",
            sent.index,
            t.starts[h.start],
            t.ends[h.end - 1],
        )
        r.milestones.append(ms)
        out.append((h, ms, when))
    return out


def _exercised_together(t: Tagged, pairs: list[tuple]) -> bool:
    """Are the parties of a show of force aimed at no one two states' (``U.S. and
    Philippine troops held drills``), each pair of different states?"""
    return bool(pairs) and all(
        s is not None and g is not None and not _one_state(t, s, g) for s, g in pairs
    )


def _trigger_events(r: _Reading, sent, h, row, bounds, date, prev) -> list[Participant]:
    """The events of one curated trigger; returns the sources a next conjunct may share.
    ``bounds``: the sentence's first token, the token after its last, its mode scan."""
    t = r.t
    lo, hi, scan = bounds
    if row["type"] == "DEMAND" and _demand_or(t, "REQUEST", h.end, hi) != "DEMAND":
        return prev  # "urged Japan to support ...": a statement, no demand that it yield
    if _modifying_participle(t, sent, h) or _compound_noun(t, h):
        return prev  # "Uganda's armed forces", "the arms embargo": no act told
    if row["type"] == "CONSULT" and met_with_reaction(t, h.end - 1, hi):
        return prev  # "the deal met with opposition from Somalia": a reaction (reactions.py)
    stmt = r.contents.at(t.starts[h.start])
    co = r.speakers_of.get((stmt.cue_start, stmt.content_start), []) if stmt else []
    if show_of_force(row) and (
        _to_help(t, h.end, hi) or _to_mission(t, h.end, hi) or _police_sent(t, h.start, hi)
    ):
        row = dict(row, type="AID", target_preps="to|in")  # troops sent to help their host
    pairs = trigger_arguments(t, h, row, lo, hi, stmt, co, prev)
    pairs = _help_faced(r, sent, h, row, _own_parties(t, sent, h, pairs))
    if show_of_force(row) and not pairs:
        # "Kenyan and Ugandan warships staged drills": aimed at no one, held together
        joint = trigger_arguments(t, h, dict(row, symmetric="yes"), lo, hi, stmt, co, prev)
        if _exercised_together(t, joint):
            row, pairs = dict(row, type="COOPERATE"), joint
    if reciprocal(t, h.end - 1, hi):  # "Armenia and Azerbaijan accused each other"
        agents = list({id(s): s for s, _ in pairs if s is not None}.values())
        agents = agents or [q for q, role in verb_arguments(t, h.start) if role == "source"]
        if len({t.stands_for(q.actor) for q in agents}) > 1:
            pairs = every_two(agents)
    partners = _with_partners(t, sent, h.start)
    joint = dict(row, type="COOPERATE")
    agents = {id(s): s for s, _ in pairs if s is not None}.values()
    if partners and not agents:  # "X, alongside Y, attacked the camps": no party attacked
        agents = [q for q, role in verb_arguments(t, h.start) if role == "source"]
    for src in agents:
        for q in partners:
            if not _one_state(t, src, q):
                ev = _trigger_event(t, r.lex, sent, h, joint, scan, stmt, src, q, date)
                r.events.append(ev)  # "X, together with Y, struck": X and Y act as one
    if armed_act(t, row) and done_together(t, h.end - 1):
        # "Ethiopian and Eritrean troops fought side by side": allies in arms
        allies = list(agents) or [q for q, role in verb_arguments(t, h.start) if role == "source"]
        for a, b in every_two(allies):
            if not _one_state(t, a, b):
                r.events.append(_trigger_event(t, r.lex, sent, h, joint, scan, stmt, a, b, date))
    pairs = [(s, g) for s, g in pairs if all(g is not q for q in partners)]
    targets = {id(g): g for _, g in pairs if g is not None}.values()
    pairs += [(q, g) for q in partners for g in targets if not _one_state(t, q, g)]
    if row["type"] == "CONSULT":
        pairs = [pr for pr in pairs if not any(q is not None and _holds_no_talks(t, q) for q in pr)]
    kept = [g for _, g in pairs if g is not None]
    if row.get("symmetric") != "yes":  # a dispute between two states is no reaction to a victim
        kept = not_wronged(t, h.start, row["type"], kept)
    pairs = [(s, g) for s, g in pairs if g is None or any(g is k for k in kept)]
    present = _attending(t, row["type"], lo, hi, pairs)  # "thank X's envoy for joining us"
    pairs = [pr for pr in pairs if not any(q is not None and q.tok in present for q in pr)]
    if pairs:
        prev = []
        for src, _ in pairs:
            if src is not None and all(src is not q for q in prev):
                prev.append(src)
    for src, tgt in pairs:
        if src is not None and tgt is not None and _one_state(t, src, tgt):
            continue
        ev = _trigger_event(t, r.lex, sent, h, row, scan, stmt, src, tgt, date)
        if src is not None and tgt is not None:
            r.events.append(ev)
        if armed_act(t, row) and not _negated(t, h.start, lo):
            r.halves.append((ev, src, tgt))
    _on_behalf(r, sent, h, row, (hi, scan), date, pairs)
    _mediated(r, sent, h, row, (lo, hi, scan), date, pairs)
    return prev


# help given to a party, and what it is given against
_HELP = frozenset({"SUPPORT", "AID"})
_FACING = (("against",), ("in", "the", "face", "of"))


def _help_faced(r: _Reading, sent, h, row, pairs: list[tuple]) -> list[tuple]:
    """An armed act told with its agent only, as what help to a state is given against:
    the act is done to the state helped (``support for Ukraine in the face of Russia's
    war``, ``aid to Somalia against al-Shabaab's attacks``). The help is an event of the
    same sentence told last before ``against`` or ``in the face of``, which stand right
    before the act's phrase.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Kenya praised Ghana's aid to Chad in the face of Sudan's "
    ...                   "brutal aggression.").events
    >>> ev.loc[ev.trigger == "aggression", ["source_country", "target_country"]].values.tolist()
    [['SDN', 'TCD']]
    """
    t = r.t
    if not armed_act(t, row) or not any(s is not None and g is None for s, g in pairs):
        return pairs
    lo = t.sent_tok[sent.index][0]
    marker = None
    for k in range(h.start - 1, max(lo, h.start - 8) - 1, -1):
        if not t.words[k][:1].isalnum() and t.lower[k] not in ("'s", "’s", "-"):
            break
        if any(tuple(t.lower[k - len(f) + 1 : k + 1]) == f for f in _FACING):
            marker = k
            break
    if marker is None:
        return pairs
    at = t.starts[marker]
    helps = [e for e in r.events if e.sentence == sent.index and e.type in _HELP
             and e.start < at and t.actor_type(e.target_country) == "country"]  # fmt: skip
    # the help nearest before: "praised Ghana's aid to Chad against ...": Chad's, not Ghana's
    last = max((e.start for e in helps), default=None)
    helped = {e.target for e in helps if e.start == last}
    victims = [q for k, q in sorted(t.by_tok.items()) if lo <= k < marker and q.actor in helped]
    out = []
    for s, g in pairs:
        faced = [v for v in victims if s is not None and g is None and not _one_state(t, s, v)]
        out += [(s, v) for v in faced] or [(s, g)]
    return out


def _attending(t: Tagged, typ: str, lo: int, hi: int, pairs) -> set[int]:
    """The first tokens of the parties a friendly act's sentence (tokens ``lo:hi``) names
    only as attending its meeting (:mod:`.attendance`: "I welcome the representatives of
    Chad and Niger to this meeting"): no party of the act. Empty for other acts."""
    if not pairs or int(t.codebook.plover[typ]["sign"]) <= 0:
        return set()
    return {q.tok for q in attending_parts(t, lo, hi)}


def _no_attendees(t: Tagged, typ: str, bounds: tuple, *groups: list) -> tuple[list, ...]:
    """Each list of parties of an act of type ``typ``, less those its sentence names only
    as attending its meeting (:func:`_attending`); ``bounds``: the sentence, the token
    after the last read."""
    sent, hi = bounds
    present = _attending(t, typ, t.sent_tok[sent.index][0], hi, [q for g in groups for q in g])
    return tuple([q for q in g if q.tok not in present] for g in groups)


def _with_partners(t: Tagged, sent, k: int) -> list[Participant]:
    """The parties that do a trigger's act with its source (:func:`.arguments.co_agents`:
    ``together with Y``, ``joint strikes with Y``), read at the trigger and, for a trigger
    that is an object, at its verb; not at a verb that judges it (``X, along with Y,
    condemned the attack on Z``: Y condemns with X, it did not attack with the attacker)."""
    p = parse_or_none(t, sent.index)
    if p is None:
        return []
    head = p.head(k)
    climbs = p.dep(k) in ("dobj", "conj") and t.lower[head] not in judging_verbs(t.codebook)
    at = [k, head] if climbs else [k]
    return [q for v in at for q in co_agents(t, v)]


def _one_state(t: Tagged, a: Participant, b: Participant) -> bool:
    """Are two parties one actor, or one state's (``Uganda`` and ``Uganda's armed forces``)?"""
    sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
    return a.actor == b.actor or bool(sa and sa == sb)


@per_codebook
def _compounds(cb: Codebook) -> frozenset[tuple[str, str]]:
    """``compound_nouns.csv``: (trigger word, noun) pairs that name a thing, not an act."""
    return frozenset(
        (r["first"].lower(), w.lower()) for r in read_table("compound_nouns.csv", cb.root)
        for w in r["second"].split("|")
    )  # fmt: skip


def _compound_noun(t: Tagged, h) -> bool:
    """Is a one-word trigger the first word of a compound noun that names no act of it
    (``the arms embargo``, ``aid workers``)?"""
    return (
        h.end - h.start == 1
        and h.end < len(t.lower)
        and (t.lower[h.start], t.lower[h.end]) in _compounds(t.codebook)
    )


def _modifying_participle(t: Tagged, sent, h) -> bool:
    """Is a one-word trigger a participle modifying the noun after it (``armed forces``,
    ``the attacked convoy``), which tells no act? Read from the parse."""
    w = t.lower[h.start]
    if h.end - h.start != 1 or not w.endswith(("ed", "ing")):
        return False
    p = parse_or_none(t, sent.index)
    if p is None:
        return False
    if p.dep(h.start) != "amod" or p.head(h.start) < h.start:
        return False
    # the small parser reads "Russia armed Syrian forces." as one noun phrase: a sentence
    # with no other verb is the participle's own clause
    lo, hi = t.sent_tok[sent.index]
    return any(p.pos(k) in ("VERB", "AUX") for k in range(lo, hi) if k != h.start)


def _mediated(r: _Reading, sent, h, row, bounds, date, pairs) -> None:
    """A cooperative act between two parties that a third mediates, hosts or brokers
    (``mediation_words.csv``): the mediator deals with each party (``CONSULT``)."""
    t, (lo, hi, scan) = r.t, bounds
    if int(t.codebook.plover[row["type"]]["sign"]) < 0 or not pairs:
        return
    parties = [p for pair in pairs for p in pair if p is not None]
    stmt = r.contents.at(t.starts[h.start])
    consult = dict(row, type="CONSULT", intensity="")
    done = set()
    for m in mediators(t, h.start, h.end, lo, hi):
        for p in parties:
            if t.stands_for(p.actor) != t.stands_for(m.actor) and (m.actor, p.actor) not in done:
                done.add((m.actor, p.actor))
                r.events.append(_trigger_event(t, r.lex, sent, h, consult, scan, stmt, m, p, date))


def _on_behalf(r: _Reading, sent, h, row, bounds, date, pairs) -> None:
    """An act done ``in support of`` a party supports it: every party of a cooperative act
    ("partner with Djiboutian forces in support of Somalia": both), the agent of a
    hostile one ("struck Israel in support of Hamas": the attacker)."""
    t, (hi, scan) = r.t, bounds
    helped = _in_support_of(t, h.end, hi)
    if not helped:
        return
    sign = int(t.codebook.plover[row["type"]]["sign"])
    parties = [p for pair in pairs for p in (pair if sign > 0 else pair[:1]) if p is not None]
    support = dict(row, type="SUPPORT", intensity="")
    stmt = r.contents.at(t.starts[h.start])
    done = set()
    for p in parties:
        for g in helped:
            if p.actor != g.actor and (p.actor, g.actor) not in done:
                done.add((p.actor, g.actor))
                r.events.append(_trigger_event(t, r.lex, sent, h, support, scan, stmt, p, g, date))


def _in_support_of(t: Tagged, end: int, hi: int) -> list[Participant]:
    """The parties after ``in support of`` / ``in solidarity with`` in the rest of the
    clause (``..., in support of neighboring Somalia``)."""
    for k in range(end, min(hi, end + 14) - 2):
        if t.lower[k] in (";", ".", ":") or t.lower[k] in SUBORDINATORS:
            return []
        if t.lower[k] == "in" and t.lower[k + 1] in ("support", "solidarity", "defence", "defense"):
            # "in support of neighboring Somalia": a lower-case word or two may stand first
            j = k + 3
            while j < min(hi, k + 5) and t.words[j].islower() and t.by_tok.get(j) is None:
                j += 1
            found = starting_at(t, j, hi) if t.lower[k + 2] in ("of", "with") else None
            return group_right(t, found, hi) if found is not None else []
    return []


def _trigger_event(t, lex, sent, h, row, scan, stmt, src, tgt, date) -> Event:
    known = [p for p in (src, tgt) if p is not None]
    kind = _demand_or(t, row["type"], h.end, sent_end(t, sent))
    if kind == "COOPERATE" and _soured(t, sent, h.end - 1):
        kind = "ACCUSE"  # "ties soured", "relations remain tense": hostile relations
    mode = _mode(t, lex, h, scan, stmt)
    if _refused_before(t, lex, h.start) and int(t.codebook.plover[kind]["sign"]) > 0:
        # "declined to meet X's envoy": a rejection of X, as CAMEO codes "refuse to"
        # (the refusal's own statement, "X declined to ...", asserts the refusal)
        cue = stmt.cue.lower().split()[:1] if stmt is not None else []
        own = bool(cue) and cue[0] in lex.refusal_verbs
        kind, mode = "REJECT", "actual" if own else _asserted_mode(stmt)
    info = t.codebook.plover[kind]
    return Event(
        src.actor if src else "",
        tgt.actor if tgt else "",
        t.stands_for(src.actor) if src else "",
        t.stands_for(tgt.actor) if tgt else "",
        kind,
        info["quad"],
        int(info["sign"]),
        float(row.get("intensity") or info["intensity"])
        if kind == row["type"]
        else float(info["intensity"]),
        mode,
        *date,
        sent.index,
        t.starts[min(h.start, *(p.tok for p in known))],
        t.ends[max(h.end, *(p.tok_end for p in known)) - 1],
        t.article.text[t.starts[h.start] : t.ends[h.end - 1]],
        block=sent.block,
    )


def _own_parties(t: Tagged, sent, h, pairs: list) -> list:
    """A noun of relations that is the subject of its own clause names its parties itself
    (``tensions between A and B rose``, ``Kenya's dispute with Somalia deepened``): pairs
    from outside its phrase (``A and B met as tensions rose``) are none of its.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> from alignkit.reading.lexicon import Hit
    >>> t = tag(parse_article("Chad and Niger met as tensions rose."))
    >>> k = t.lower.index("tensions")
    >>> pairs = [(t.by_tok[0], t.by_tok[2])]
    >>> _own_parties(t, t.article.sentences[0], Hit(k, k + 1, 0, ()), pairs)
    []
    """
    p = parse_or_none(t, sent.index) if pairs else None
    if p is None:
        return pairs
    k = h.end - 1
    if p.pos(k) != "NOUN" or p.dep(k) not in ("nsubj", "nsubjpass"):
        return pairs

    lo, hi = t.sent_tok[sent.index]
    # "Tensions rise between A and B": the pair of the noun's verb of change is its own
    v = p.head(k)
    # (and any verb with no object: "fighting broke out between A and B", "talks resumed
    # on Monday between A and B"; not "the war opened a rift between A and B")
    bare = not any(p.dep(c) == "dobj" for c in p.children(v))
    own = {c for c in p.children(v)
           if t.lower[c] == "between" and (bare or t.lower[v] in CHANGE_VERBS)}  # fmt: skip
    # "A strike killed two people in Lebanon": the place its harm fell in is its own
    own |= set(harm_places(t, p, v)) if v != k else set()
    own |= set(border_preps(t, p, v)) if v != k else set()  # "Clashes erupted on the border"

    def inside(q) -> bool:
        x = q.tok_end - 1
        if not lo <= x < hi:
            return False  # a party from another sentence (a pronoun's, a speaker's)
        for _ in range(hi - lo):
            if x == k or x in own:
                return True
            if p.head(x) == x:
                return False
            x = p.head(x)
        return False

    return [(a, b) for a, b in pairs if (a is None or inside(a)) and (b is None or inside(b))]


def _soured(t: Tagged, sent, k: int) -> bool:
    """Is the relation noun at ``k`` said to worsen or be bad (``souring_words.csv``): the
    subject of ``soured``, ``deteriorated``, or of a copula with ``tense``, ``strained``
    (``Ties Sour``, ``relations between A and B have been tense``), or told as harmed
    (:func:`_harmed`)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ties between Chad and Sudan soured in May."))
    >>> _soured(t, t.article.sentences[0], t.lower.index("ties"))
    True
    """
    words = event_lexicon(t.codebook).souring
    p = parse_or_none(t, sent.index)
    if p is None:
        return False
    nxt = [x for x in range(k + 1, min(k + 3, len(t.lower))) if t.tok_sent[x] == sent.index]
    if nxt and (
        t.lower[nxt[0]] in words
        or (t.lower[nxt[0]] in ("have", "has", "had") and len(nxt) > 1 and t.lower[nxt[1]] in words)
    ):
        return True  # "as Ties Sour": a headline the parser reads poorly
    if _harmed(t, p, k):
        return True
    if p.dep(k) not in ("nsubj", "nsubjpass"):
        return False
    v = p.head(k)
    preds = [v, *(c for c in p.children(v) if p.dep(c) in ("acomp", "xcomp", "attr", "dobj"))]
    # "have hit a new low", "are at their lowest point": the predicate's object or place
    places = [o for c in p.children(v) if p.dep(c) == "prep" for o in p.children(c)
              if p.dep(o) == "pobj"]  # fmt: skip
    preds += places + [m for x in places + preds[1:] for m in p.children(x) if p.dep(m) == "amod"]
    return any(t.lower[x] in words for x in preds)


@per_codebook
def _harm_words(cb: Codebook) -> frozenset[str]:
    return word_list("harm_words.csv", cb.root, "word")


def _harmed(t: Tagged, p, k: int) -> bool:
    """Is the relation noun at ``k`` told as harmed (``harm_words.csv``): the object of
    ``damaged``, ``undermines``, or after them (``damaged ties``); after ``a blow to``,
    ``strain on``; or after the ``to`` of a verb whose object is the harm (``the damage
    the incursion is doing to the relationship``)?"""
    harms = _harm_words(t.codebook)
    if any(p.dep(c) == "amod" and t.lower[c] in harms for c in p.children(k)):
        return True  # "damaged ties", "strained relations"
    h = p.head(k)
    if p.dep(k) == "dobj":
        return t.lower[h] in harms
    if p.dep(k) != "pobj" or t.lower[h] not in ("to", "on", "in", "for"):
        return False
    v = p.head(h)
    if t.lower[v] in harms:
        return True
    objects = [c for c in p.children(v) if p.dep(c) == "dobj"]
    above = [p.head(v)] if p.dep(v) == "relcl" else []  # "the damage [it is doing] to"
    return any(t.lower[x] in harms for x in objects + above)


@per_codebook
def _commissives(cb: Codebook) -> frozenset[str]:
    """The forms of cues that commit their speaker to a later act (``cues.csv`` rows whose
    content is ``expected``: promise, pledge, vow): no agreement between their subjects."""
    return frozenset(f.lower() for r in cb.cues if r["mode_in_content"] == "expected"
                     for f in r["forms"].split("|"))  # fmt: skip


def _cue_tokens(t: Tagged, statements: list[Statement]) -> set[int]:
    """Tokens of statement cues: a reporting verb is the statement's, not a second event."""
    out = set()
    for s in statements:
        lo = t.token_from(s.cue_start)
        hi = t.token_from(s.cue_end)
        out.update(range(lo, hi))
    return out


_PREP_DEPS = frozenset({"prep", "dative", "agent", "prt"})


@dataclass(frozen=True)
class _VerbHit:
    start: int
    end: int


def _verb_preps(t: Tagged, c: Coding, i: int) -> tuple[str, ...]:
    """The prepositions that name the target of the coded verb at ``i``: its coding's,
    ``in`` for a visit ("arrived in Cairo"), ``from`` for a downgrade ("recalled their
    ambassadors from Israel": from whom) or a seizure ("annexed the Golan Heights from
    Syria": whose land); not for a flight from danger ("evacuated embassy staff from
    Khartoum" is no downgrade aimed at Sudan)."""
    preps = (*c.preps, "in") if t.lower[i] in event_lexicon(t.codebook).visits else c.preps
    if c.mode == "seize" or (c.mode == "withdraw" and c.verb not in _FLIGHT):
        preps = (*preps, "from")
    if c.mode == "withdraw" and c.plover == "SANCTION":
        preps = (*preps, "in")  # "recalled its ambassador in Ethiopia": the state he is posted to
    return preps


def _general_preps(t: Tagged, c: Coding) -> tuple[str, ...]:
    """The prepositions that name a coded verb's target when its coding names none; not
    the ``to`` of a deportation, its destination ("deported 40 Uyghurs to China": the
    people deported are its object, not China)."""
    general = general_preps(t, c.plover)
    return tuple(p for p in general if p != "to") if c.mode == "deport" else general


def _verb_events(t: Tagged, sent, scan, hi: int, covered: set, contents, cues) -> list:
    """Events of the verbs the curated triggers leave, coded by the field's dictionary
    (:mod:`.cameo`), with their parties from the parse (:mod:`.arguments`)."""
    if backend() == "surface":
        return []  # the dictionary's verbs are read over the parse
    lex = cameo_lexicon(t.codebook)
    out = []
    for i in range(scan.lo, hi):
        if i in covered or t.lower[i] not in lex.first or _in_a_name(t, i, i + 1):
            continue
        p = parse_or_none(t, sent.index)  # parsed once, when a verb may be coded
        if p is None:
            return []
        if p.pos(i) != "VERB" and not _verb_taken_for_noun(t, p, i):
            continue
        codings = _passive_coding(t, p, lex, i) or lex.code(
            t.lower, i, hi, lambda k, p=p: _real_prep(t, p, k)
        )
        if not codings:
            codings = _nominal_coding(t, p, lex, i, hi)
        codings = _money_coding(t, lex, p, i, hi, codings)
        if not codings:
            continue
        c, refusal = _refused(t, p, i, codings[0])
        if (c.plover == "CONSULT" and _names_its_object(t, p, i)) or _adopts_an_act(t, p, i, c):
            continue  # "called Ecuador's raid a violation": a name given, no call made
        c = _serving_host(t, p, i, hi, c)
        spoken = i in cues and not _act_though_spoken(t, p, i, hi, c)
        mutual = _mutual_coding(t, c) or reciprocal(t, c.end - 1, hi)
        if spoken and t.lower[i] in _commissives(t.codebook):
            mutual = reciprocal(t, c.end - 1, hi)  # "A and B promised to help C": each to C
        if spoken and not mutual:
            continue  # a reporting verb is its statement's, unless its object makes it an act
        acts = hostile_nouns(t.codebook) if reacting(t, c.plover) else frozenset()
        through = _quiet_complement(t, p, lex, hi, covered)
        preps = _verb_preps(t, c, i)
        # an attack or coercion is done to its object: "shelled its border posts" (not a
        # show of force, which uses "its troops")
        harm = hostile_nouns(t.codebook) if c.plover in ("ASSAULT", "COERCE") else frozenset()
        args = verb_arguments(t, i, preps, _general_preps(t, c), acts, through, harm)
        args = [(q, r) for q, r in args if c.plover != "CONSULT" or not _holds_no_talks(t, q)]
        sources = [q for q, role in args if role == "source"]
        armed = t.codebook.plover[c.plover]["armed"] == "yes" and c.plover != "FIGHT"
        partners = [q for q in co_agents(t, i, armed) if all(q is not s for s in sources)]
        joint = dataclasses.replace(c, plover="COOPERATE")
        together = (
            _verb_event(t, sent, a, q, joint, contents, scan) for a in sources for q in partners
        )
        out += [e for e in together if e is not None]
        sources += partners
        aimed = [q for q, role in args if role == "target" and all(q is not x for x in partners)]
        targets = not_wronged(t, i, c.plover, aimed)
        sources, targets = _no_attendees(t, c.plover, (sent, hi), sources, targets)
        if c.verb == "attend":  # "the Summit was attended by A, B and C": met each other
            targets = [q for q in targets if t.serves_state(q.actor)]
        denied = any(p.dep(k) == "neg" for k in p.children(i)) or refusal == "denied"
        unasserted = _subjunctive(t, p, i, c.verb, sources) or _unasserted_head(t, p, i, lex)
        if not targets and _joint_exercise(t, c, sources, hi):
            c = dataclasses.replace(c, plover="COOPERATE")
        if spoken:  # "discussed Ethiopia": the object is the topic, not a partner
            targets = _spoken_partners(t, p, i, hi, targets)
        if spoken and not _between_parties(t, sources, targets):
            continue  # "discussed the dam": a topic reported; "discussed it with Egypt": talks
        pairs = _verb_pairs(t, c, sources, targets)
        if len({t.stands_for(q.actor) for q in sources}) > 1 and (
            reciprocal(t, c.end - 1, hi) or _their_object(t, p, i)
        ):
            # "India and Pakistan blamed each other", "A and B took their dispute to court"
            pairs = every_two(sources)
        for src, tgt in pairs:
            ev = _verb_event(t, sent, src, tgt, c, contents, scan)
            if ev is not None:
                if refusal == "rejected" and ev.mode == "denied":
                    ev.mode = _asserted_mode(contents.at(t.starts[c.start]))
                ev.mode = "denied" if denied else "hypothetical" if unasserted else ev.mode
                out.append(ev)
    return out


def _adopts_an_act(t: Tagged, p, i: int, c) -> bool:
    """Does the cooperative verb at ``i`` only adopt the hostile act its object names
    (``approved new sanctions on Iran``, ``adopted sanctions against X``)? The act is the
    event, read by its own trigger with the verb's subject; no concession or agreement is
    made with its victim. Backing (SUPPORT) is a view of the act, and a joint act
    (``conducted airstrikes with Chad``) a cooperation, each read as such."""
    if c.plover not in ("AGREE", "CONCEDE") or t.lower[i] in UNDO:
        return False  # "stop attacks on X", "end the war": undoing an act is a concession
    hostile = hostile_nouns(t.codebook)
    return any(p.dep(k) == "dobj" and t.lower[k] in hostile for k in p.children(i))


def _serving_host(t: Tagged, p, i: int, hi: int, c):
    """The coding of the verb at ``i`` as aid when police or peacekeepers are sent abroad
    or arrive there (``sent police officers to Haiti``, ``Nepalese peacekeeping troops
    arrived in Lebanon``): they serve their host, no show of force and no talks."""
    if c.plover == "MOBILIZE" and _police_sent(t, i, hi):
        return dataclasses.replace(c, plover="AID")
    if c.plover == "CONSULT" and _peacekeepers_arrive(t, p, i):
        return dataclasses.replace(c, plover="AID")
    return c


def _act_though_spoken(t: Tagged, p, i: int, hi: int, c) -> bool:
    """Is the reporting verb at ``i`` an act by what it is coded as: a material pattern
    (``recalled its ambassador``), a pledge of material aid (``pledged $20 million to``),
    a demand that its target yield, a contribution to a mission?"""
    return _material_pattern(t, c) or _aid_pledge(c) or _demands(t, c, hi) or _to_a_mission(t, p, i)


def _passive_coding(t: Tagged, p, lex, i: int) -> list:
    """A passive verb coded by its subject as by the object of the active verb (a curated
    trigger first, then the dictionary's patterns): ``Israel's ambassador was summoned by
    Turkey`` as ``Turkey summoned Israel's ambassador`` (a protest, not a consultation),
    ``sanctions on X were lifted`` as ``lifted sanctions on X``; so is the verb of an object
    relative clause by the noun it relates to (:func:`_relative_object`)."""
    subjects = [k for k in p.children(i) if p.dep(k) in ("nsubjpass", "csubjpass")]
    if not subjects and p.dep(i) == "acl" and any(p.dep(c) == "agent" for c in p.children(i)):
        subjects = [p.head(i)]  # "the deal, signed by Niger and Mali,": the deal is signed
    subjects = subjects or _relative_object(t, p, i)
    if not subjects:
        return []
    k = subjects[0]
    subject = t.lower[_left_edge(p, k) : k + 1]
    triggers = event_lexicon(t.codebook).triggers
    for h in triggers.find([t.lower[i], *subject]):
        row = triggers.rows[h.row]
        if h.start == 0 and h.end > 1 and row["type"] not in ("DEMAND", "ASSUME_OFFICE"):
            preps = tuple(split(row.get("target_preps", "")))
            # the base form ("sent": send), so that no past tense reads as a subjunctive
            verb = next((r["verb"] for r in lex.forms.get((t.lower[i],), ())), t.lower[i])
            return [Coding(verb, "", row["type"], "", preps, "events.csv", i, i + 1, True)]
    return lex.code_passive(t.lower, i, subject)


_RELATIVIZERS = frozenset({"that", "which", "whom"})
_STRANDABLE = frozenset({"to", "in", "on", "with", "for", "of", "into"})


def _relative_object(t: Tagged, p, i: int) -> list[int]:
    """The noun the verb at ``i`` takes as its object when it heads a relative clause on
    it with a subject of its own: ``the talks that Egypt held with Sudan``, ``the deal
    Morocco signed with Nigeria`` (the act is told by the noun, as ``held talks`` and
    ``signed a deal`` are); none when the clause has an object of its own (``the envoy
    who signed the deal``), the noun is its subject (``talks that ended``) or the object of
    a preposition left at its end (``the accord both sides signed up to``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The aid that Japan gave to Fiji arrived."))
    >>> [t.words[k] for k in _relative_object(t, parse_or_none(t, 0), 4)]
    ['aid']
    """
    if p.dep(i) != "relcl":
        return []
    kids = p.children(i)
    if not any(p.dep(c) == "nsubj" and t.lower[c] not in _RELATIVIZERS for c in kids):
        return []
    if any(
        p.dep(c) in ("dobj", "ccomp", "xcomp") and t.lower[c] not in _RELATIVIZERS for c in kids
    ):
        return []
    if any(_stranded(t, p, c) for c in kids):
        return []  # "the accord both sides signed up to": the noun is the stranded to's
    return [p.head(i)]


def _stranded(t: Tagged, p, c: int) -> bool:
    """Is ``c`` a preposition left without its object, or a particle followed by one
    (``signed up to``, which the parser may hang elsewhere)?"""
    if p.dep(c) == "prep" and not p.children(c):
        return True
    nxt = c + 1
    return (p.dep(c) == "prt" and nxt < len(t.lower) and t.lower[nxt] in _STRANDABLE
            and not p.children(nxt))  # fmt: skip


def _left_edge(p, k: int) -> int:
    """The first token of the phrase the token ``k`` heads."""
    left = k
    for c in p.children(k):
        if c < k:
            left = min(left, _left_edge(p, c))
    return left


# what two parties have between them ("their dispute"), unlike what each has of its own
# ("recalled their ambassadors": each its own)
_BETWEEN_THEM = frozenset({"dispute", "disputes", "differences", "rivalry", "feud", "quarrel",
                           "row", "conflict", "tensions", "war", "ties", "relations",
                           "relationship", "talks", "negotiations", "dialogue", "partnership",
                           "cooperation", "friendship", "alliance"})  # fmt: skip


def _their_object(t: Tagged, p, v: int) -> bool:
    """Is the verb's direct object a relation its subjects share, by ``their`` (``took their
    border dispute to the court``, ``settled their differences``; not ``recalled their
    ambassadors``, each its own)?"""
    return any(
        t.lower[k] in _BETWEEN_THEM and t.lower[g] == "their"
        for k in p.children(v)
        if p.dep(k) == "dobj"
        for g in p.children(k)
        if p.dep(g) == "poss"
    )


@per_codebook
def _no_talks_nouns(cb: Codebook) -> frozenset[str]:
    return word_list("vehicle_nouns.csv", cb.root) | word_list(
        "population_nouns.csv", cb.root, "word"
    )


def _names_its_object(t: Tagged, p, i: int) -> bool:
    """Does the verb at ``i`` give its object a name or a quality (an object predicate:
    ``called Israel a genocidal state``, ``called the claims baseless``)? Such a verb
    judges; it makes no call and holds no meeting.

    Examples
    --------
    >>> from .article import parse_article
    >>> from .tagging import tag
    >>> from .dependency import parse_or_none
    >>> t = tag(parse_article("Mexico called Ecuador's raid a violation of international law."))
    >>> _names_its_object(t, parse_or_none(t, 0), 1)
    True
    >>> t = tag(parse_article("Japan called China's move unacceptable."))
    >>> _names_its_object(t, parse_or_none(t, 0), 1)
    True
    >>> t = tag(parse_article("Mexico's president called his Ecuadorian counterpart."))
    >>> _names_its_object(t, parse_or_none(t, 0), 3)
    False
    """
    if any(p.dep(c) == "oprd" for c in p.children(i)):
        return True
    # "called the move unacceptable": the parser may make the quality a clause, or an
    # adjective after the object's noun
    if any(p.dep(c) in ("ccomp", "xcomp") and p.pos(c) == "ADJ" for c in p.children(i)):
        return True
    # the parser may hang the name on the object as an apposition, with no comma between
    objects = [c for c in p.children(i) if p.dep(c) == "dobj"]
    return any(
        (p.dep(a) == "appos" and "," not in t.words[o + 1 : a])
        or (a > o and p.pos(a) == "ADJ" and p.dep(a) in ("advmod", "amod", "acomp"))
        for o in objects for a in p.children(o)
    )  # fmt: skip


def _holds_no_talks(t: Tagged, q: Participant) -> bool:
    """Whether the party ``q`` is told as its ships, aircraft or armed units
    (``vehicle_nouns.csv``): ``Russian ships``, or a demonym that shares such a head
    (``Japanese`` in ``Japanese and Russian ships``); or as its people who are no envoys
    (``population_nouns.csv``: ``hosts Syrian refugees``). Ships and units meet, encounter
    and confront each other at sea, in the air or at a border, but hold no talks (CONSULT);
    a state hosting refugees holds none with their state.

    Examples
    --------
    >>> from .article import parse_article
    >>> from .tagging import tag
    >>> t = tag(parse_article("Japanese and Russian ships met off Hokkaido."))
    >>> [_holds_no_talks(t, q) for q in t.participants]
    [True, True]
    """
    nouns = _no_talks_nouns(t.codebook)
    if t.lower[q.tok_end - 1] in nouns:
        return True
    if q.head.kind != "demonym" or len(q.mentions) > 1:
        return False
    j = q.tok_end
    while j < len(t.lower) and t.tok_sent[j] == q.sentence:
        if t.lower[j] in nouns:
            return True
        if t.lower[j] not in ("and", ",", "or") and j not in t.by_tok:
            return False
        j += 1
    return False


def _nominal_coding(t: Tagged, p, lex, i: int, hi: int) -> list:
    """A verb that says nothing by itself coded by its object noun ("gave a warm welcome
    to X", "extended an invitation to X"): see :meth:`.cameo.CameoLexicon.nominal`."""
    objects = [k for k in p.children(i) if p.dep(k) == "dobj" and p.pos(k) == "NOUN"]
    if not objects:
        return []
    return lex.nominal(t.lower, i, objects[0], hi, _nominal_suffixes(t.codebook))


@per_codebook
def _nominal_suffixes(cb: Codebook) -> tuple[tuple[str, str], ...]:
    """``nominal_suffixes.csv``: (noun ending, verb ending) pairs, longest first."""
    rows = read_table("nominal_suffixes.csv", cb.root)
    pairs = {(r["noun_ending"], r["verb_ending"]) for r in rows}
    return tuple(sorted(pairs, key=lambda x: -len(x[0])))


def _quiet_complement(t: Tagged, p, lex, hi: int, covered: set):
    """Whether the infinitive at ``k`` codes no act of its own (neither it nor its object
    is a coded verb or a curated trigger), so that the verb it completes may read its
    target there ("offered to hand over to Britain"; not "agreed to impose sanctions on
    X", the sanctions' own event, nor "promised to continue aid to X", the aid's)."""

    def quiet(k: int) -> bool:
        objects = [c for c in p.children(k) if p.dep(c) in ("dobj", "dative")]
        return not lex.code(t.lower, k, hi) and not any(n in covered for n in (k, *objects))

    return quiet


def _refused_before(t: Tagged, lex: EventLexicon, start: int) -> bool:
    """Does a refusal govern the infinitive at ``start`` (``refused to``, ``declined to``),
    or the infinitive whose object starts there (``failed to reach an agreement``,
    ``refused to sign a deal``)?"""
    k = start - 1
    while k > 0 and t.lower[k] in ("a", "an", "the", "any"):
        k -= 1
    if _refused_gerund(t, lex, k + 1):
        return True
    if k > 0 and t.lower[k] != "to" and t.lower[k - 1] == "to" and t.lower[k].isalpha():
        k -= 1  # the infinitive's verb
    return k >= 1 and t.lower[k] == "to" and t.lower[k - 1] in lex.refusal_verbs


def _refused_gerund(t: Tagged, lex: EventLexicon, g: int) -> bool:
    """Is the word at ``g`` a gerund that a refusal of gerunds (``refusal_verbs.csv``,
    ``takes`` ``ing``) governs, right before it or before its ``to`` (``ruled out lifting``,
    ``opposed easing``, ``is opposed to lifting``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> from alignkit.reading.event_lexicon import event_lexicon
    >>> t = tag(parse_article("The EU ruled out lifting sanctions on Belarus."))
    >>> _refused_gerund(t, event_lexicon(t.codebook), t.lower.index("lifting"))
    True
    """
    if g < 1 or not t.lower[g].endswith("ing"):
        return False
    k = g - 1 - (t.lower[g - 1] == "to")
    lo = t.sent_tok[t.tok_sent[g]][0]
    for n in (1, 2):  # "opposed", "ruled out"; not "did not rule out"
        if k - n + 1 >= lo and " ".join(t.lower[k - n + 1 : k + 1]) in lex.gerund_refusals:
            return not _negated(t, k - n + 1, lo)
    return False


def _refused(t: Tagged, p, i: int, c) -> tuple:
    """The coding of a verb whose infinitive a refusal governs (``refused to lift``,
    ``declined to meet``) and what the refusal makes of it: a cooperative act refused is
    ``rejected`` (PLOVER REJECT, as CAMEO's "refuse to" patterns code it), a hostile one
    ``denied``; ``None`` when no refusal governs it."""
    lex = event_lexicon(t.codebook)
    gerund = p.dep(i) in ("xcomp", "dobj", "pcomp") and _refused_gerund(t, lex, i)
    if not gerund and (p.dep(i) != "xcomp" or t.lower[p.head(i)] not in lex.refusal_verbs):
        return c, None
    if int(t.codebook.plover[c.plover]["sign"]) > 0:
        return dataclasses.replace(c, plover="REJECT", cameo="12"), "rejected"
    return c, "denied"


def _asserted_mode(stmt: Statement | None) -> str:
    """The mode of an act the text asserts: its statement's, else actual."""
    return stmt.mode if stmt is not None else "actual"


def _real_prep(t: Tagged, p, k: int) -> bool:
    """Is token ``k`` a preposition of the verb's pattern: a preposition in the parse whose
    object is no time ("called on Iran" is an appeal, "called Iran on Tuesday" a call)?"""
    return p.dep(k) in _PREP_DEPS and not any(
        p.dep(c) == "pobj" and t.lower[c] in TIME_WORDS for c in p.children(k)
    )


def _verb_taken_for_noun(t: Tagged, p, i: int) -> bool:
    """A verb the small parser took for a noun after ``and`` ("Canada takes note of the
    report, and thanks Morocco": "thanks" a noun conjoined to "takes"), a party right
    after it: a noun conjoined to a verb is a verb."""
    head = p.head(i)
    return (
        p.dep(i) == "conj"
        and p.pos(i) == "NOUN"
        and p.pos(head) in ("VERB", "AUX")
        and t.lower[i - 1] == "and"
        and t.by_tok.get(i + 1) is not None
    )


def _subjunctive(t: Tagged, p, i: int, base: str, sources: list) -> bool:
    """A base-form verb whose own subject is one state or person, with no auxiliary, is a
    mandative subjunctive ("demands that Russia withdraw", "insisted that Iran halt"): it
    asserts no act. (A plural subject takes the base form in the present: "Russian forces
    withdraw" is asserted.)"""
    if t.lower[i] != base or any(p.dep(k) in ("aux", "auxpass") for k in p.children(i)):
        return False
    own = [k for k in p.children(i) if p.dep(k) == "nsubj"]
    if len(own) != 1 or len(sources) != 1 or own[0] not in t.by_tok:
        return False
    actor = t.actor(t.by_tok[own[0]].actor)
    return actor is not None and actor.type in ("country", "person")


def _unasserted_head(t: Tagged, p, i: int, lex) -> bool:
    """An infinitive of purpose or of a verb is asserted no more than that verb: "demands
    that Russia withdraw to honor its borders" asserts no honouring."""
    h = p.head(i)
    if h == i or p.dep(i) not in ("advcl", "xcomp"):
        return False
    base = any(r["verb"] == t.lower[h] for r in lex.forms.get((t.lower[h],), ()))
    # a named subject: "we want to" is the present, not a subjunctive
    own = [k for k in p.children(h) if p.dep(k) == "nsubj" and k in t.by_tok and p.pos(k) != "PRON"]
    return base and _subjunctive(t, p, h, t.lower[h], [t.by_tok[k] for k in own])


def _demands(t: Tagged, c, hi: int) -> bool:
    """Is a reporting verb a demand that its object yield ("urged Israel to halt strikes")?
    Its statement may carry no stance; the demand is an act toward the one urged."""
    return _demand_or(t, c.plover, c.end, hi) == "DEMAND"


def _votes(t: Tagged, sent, lo: int, hi: int) -> list[Event]:
    """A vote on a resolution whose words take a stance toward a party: ``Brazil voted for
    a resolution condemning Russia`` (Brazil against Russia), ``China vetoed a resolution
    condemning Syria`` (China for Syria): the stance of the resolution's participle
    (``stance_words.csv``) times the vote's (``resolution_votes.csv``)."""
    lex = event_lexicon(t.codebook)
    found = [i for i in range(lo, hi) if t.lower[i] in lex.resolutions]
    p = parse_or_none(t, sent.index) if found else None
    if p is None:
        return []
    out = []
    for i in found:
        vote = _vote_on(t, p, i, lex)
        if vote is None:
            continue
        v, backing = vote
        for acl in (c for c in p.children(i) if p.dep(c) == "acl"):
            polarity = lex.stance.get(t.lower[acl], 0)
            if polarity:
                out += _vote_events(t, sent, p, v, acl, backing * polarity)
    return out


def _objections(t: Tagged, sent, lo: int, hi: int) -> list[Event]:
    """An act done ``despite`` a party's objections (``objection_nouns.csv``): the objector
    rejects the clause's subject. ``Finland joined NATO despite objections from Russia``,
    ``despite China's objections``, ``despite American objections``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile signed the deal despite objections from Peru."))
    >>> [(e.source_country, e.target_country, e.type) for e in _objections(
    ...     t, t.article.sentences[0], 0, len(t.lower))]
    [('PER', 'CHL', 'REJECT')]
    """
    words = event_lexicon(t.codebook).objections
    info = t.codebook.plover["REJECT"]
    out = []
    for k in range(lo, hi - 2):
        if t.lower[k] not in ("despite", "notwithstanding"):
            continue
        j = next((i for i in range(k + 1, min(hi, k + 5)) if t.lower[i] in words), None)
        if j is None:
            continue
        objectors = parts_in(t, k + 1, j) or after_prep(t, j + 1, hi, {"from", "of", "by"})
        # "Despite protests from Beijing, the Philippines resupplied ...": after the comma
        comma = next((i for i in range(j, hi) if t.lower[i] == ","), hi)
        subjects = clause_subject(t, lo, k) or clause_subject(t, comma + 1, hi)
        for a in objectors:
            for b in subjects:
                sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
                if sa and sb and sa != sb:
                    out.append(
                        Event(a.actor, b.actor, sa, sb, "REJECT", info["quad"], -1,
                              float(info["intensity"]), "actual", None, "", "open", sent.index,
                              t.starts[b.tok], t.ends[max(j, a.tok_end - 1)], t.lower[j],
                              block=sent.block)
                    )  # fmt: skip
    return out


def _standing_events(t: Tagged, sent, contents) -> list[Event]:
    """Standing relations told by a noun (:mod:`.standing`): an ally or partner is a
    cooperation of the mildest intensity, an adversary or rival the mildest conflict, as
    relations told with their quality are (``events.csv``); and mediation told by a noun
    (:mod:`.mediation`): the mediator consults each side (CAMEO 043); the states whose
    troops take part in one exercise (:mod:`.exercises`) cooperate; one present in a state
    for talks (:mod:`.presence`) consults it; a state that leads a mission cooperates with
    the state it serves (:mod:`.led_missions`), a force's state with its formation's
    leader or its host (:mod:`.formations`); the reaction an act
    provokes (:mod:`.reactions`): the one angered objects to the doer (CAMEO 11); and aid
    told by its receiver (:mod:`.receipts`): the giver aids the receiver (CAMEO 07).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Algeria, Morocco's old rival, protested."))
    >>> [(e.source_country, e.target_country, e.type, e.trigger)
    ...  for e in _standing_events(t, t.article.sentences[0], _Contents([]))]
    [('DZA', 'MAR', 'ACCUSE', 'rival')]
    """
    from .dependency import ParserUnavailable

    if backend() == "surface":
        return []
    try:
        found = [(s.member, s.holder, s.noun, s.sign) for s in standing_relations(t, sent.index)]
        found += [(m.mediator, m.party, m.noun, 0) for m in mediations(t, sent.index)]
        found += [(a, b, k, 1) for a, b, k in exercise_partners(t, sent.index)]
        found += [(a, b, k, 0) for a, b, k in present_for_talks(t, sent.index)]
        found += [(a, b, k, 1) for a, b, k in led_missions(t, sent.index)]
        found += [(a, b, k, 1) for a, b, k in formation_partners(t, sent.index)]
        found += [(a, b, k, 0) for a, b, k in itinerary_stops(t, sent.index)]
        told = reactions(t, sent.index)
        reacted = [(r.reactor, r.doer, r.word, -1) for r in told if r.sign < 0]
        found += [(r.reactor, r.doer, r.word, 1) for r in told if r.sign > 0]
        judged = judged_moves(t, sent.index)
        reacted += [f for f in judged if f[3] < 0]
        found += [f for f in judged if f[3] > 0]
        given = [(r.giver, r.receiver, r.verb, 1) for r in receipts(t, sent.index)]
        harmed = [(a, b, v, -1) for a, b, v in custody_harms(t, sent.index)]
    except ParserUnavailable:
        return []
    out = [_noun_event(t, sent, contents, *f) for f in found]
    for typ, told in (("AID", given), ("ASSAULT", harmed)):
        out += [recoded(_noun_event(t, sent, contents, *f), typ, t.codebook.plover) for f in told]
    return out + [
        dataclasses.replace(_noun_event(t, sent, contents, *f), origin="reaction") for f in reacted
    ]


def _noun_event(t: Tagged, sent, contents, a: Participant, b: Participant, noun: int, sign: int):
    """``a``'s act towards ``b`` told by the noun at ``noun``: an alignment (``sign`` 1,
    ``COOPERATE``), a hostility (-1, ``ACCUSE``), a consultation (0, ``CONSULT``), at the
    mildest intensity; its span runs from the first of the three to the last."""
    typ = {1: "COOPERATE", -1: "ACCUSE", 0: "CONSULT"}[sign]
    info = t.codebook.plover[typ]
    start = t.starts[min(a.tok, b.tok, noun)]
    end = t.ends[max(a.tok_end, b.tok_end, noun + 1) - 1]
    mode = _asserted_mode(contents.at(t.starts[noun]))
    return Event(a.actor, b.actor, t.stands_for(a.actor), t.stands_for(b.actor), typ,
                 info["quad"], int(info["sign"]), min(2.0, float(info["intensity"])), mode,
                 None, "", "open", sent.index, start, end, t.words[noun],
                 block=sent.block)  # fmt: skip


def _vote_on(t: Tagged, p, i: int, lex: EventLexicon) -> tuple[int, int] | None:
    """(verb, +1 | -1) of the vote cast on the resolution noun at ``i``, if any."""
    h = p.head(i)
    if p.dep(i) == "pobj" and p.dep(h) == "prep":
        v = p.head(h)
        while p.dep(v) == "prep" or p.dep(v) == "pobj":  # "voted in favour of"
            v = p.head(v)
        key = f"{t.lower[v]} {t.lower[h]}" if f"{t.lower[v]} {t.lower[h]}" in lex.votes else None
        key = key or (f"{t.lower[v]} in" if t.lower[h] == "of" else None)
    elif p.dep(i) in ("dobj", "nsubjpass"):
        v, key = h, t.lower[h]
    else:
        return None
    return (v, lex.votes[key]) if key in lex.votes else None


def _vote_events(t: Tagged, sent, p, v: int, acl: int, sign: int) -> list[Event]:
    """Events from the voters of verb ``v`` to the parties the participle ``acl`` names."""
    voters = [q for q, role in verb_arguments(t, v) if role == "source"]
    acts = hostile_nouns(t.codebook)  # "condemning the invasion of X": X is its victim
    aimed = [q for q, role in verb_arguments(t, acl, acts=acts) if role == "target"]
    typ = "SUPPORT" if sign > 0 else "ACCUSE"
    info = t.codebook.plover[typ]
    out = []
    for a in voters:
        for b in aimed:
            sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
            if sa and sb and sa != sb:
                start, end = t.starts[min(a.tok, v)], t.ends[max(b.tok_end - 1, acl)]
                out.append(
                    Event(a.actor, b.actor, sa, sb, typ, info["quad"], sign,
                          float(info["intensity"]), "actual", None, "", "open", sent.index,
                          start, end, t.lower[v], block=sent.block)
                )  # fmt: skip
    return out


def _to_a_mission(t: Tagged, p, i: int) -> bool:
    """Does the verb give something ``to`` a mission (``mission_nouns.csv``)? ``pledged 1,000
    police officers to a mission in Haiti`` is a contribution, not a promise reported."""
    missions = event_lexicon(t.codebook).missions
    return any(
        p.dep(k) == "prep"
        and t.lower[k] == "to"
        and any(p.dep(o) == "pobj" and t.lower[o] in missions for o in p.children(k))
        for k in p.children(i)
    )


def _direct_object(p, v: int, q: Participant) -> bool:
    """Is the party ``q`` (its last word) the direct object of the verb at ``v``, or a
    modifier of it (``discussed the Haiti mission``: a topic, as ``discussed Haiti``)?"""
    k = q.tok_end - 1
    if not p.lo <= k < p.lo + len(p.heads):
        return False
    if p.dep(k) in ("compound", "amod", "poss") and p.head(k) != k:
        k = p.head(k)
    return p.dep(k) == "dobj" and p.head(k) == v


def _spoken_partners(t: Tagged, p, i: int, hi: int, targets: list) -> list:
    """The partners of a spoken act at ``i``: not its topic (the object, or a state named
    in it), but the parties of its own ``with`` (``discussed Ethiopia's dam with Egypt's
    foreign minister``)."""
    kept = [q for q in targets if not _direct_object(p, i, q)]
    if kept or not targets:
        return kept
    # the parser may hang the "with" on the topic: "discussed [the dam with Egypt]"
    heads = [i, *(k for k in p.children(i) if p.dep(k) == "dobj")]
    withs = [k for h in heads for k in p.children(h) if p.dep(k) == "prep" and t.lower[k] == "with"]
    return [q for k in withs for q in after_prep(t, k, hi, {"with"})]


def _between_parties(t: Tagged, sources: list, targets: list) -> bool:
    """Does a mutual act that is also reported speech ("discussed", "agreed") name a party
    besides its speaker: a state it was done with, or a second state among its subjects?"""
    states = {t.stands_for(q.actor) for q in sources} - {""}
    return bool(targets) or len(states) >= 2


def _material_pattern(t: Tagged, c) -> bool:
    """Does a pattern code this verb as a material act ("recalled its ambassador": a
    reduction of relations, though "recalled" also reports)?"""
    return c.pattern and t.codebook.plover[c.plover]["quad"].startswith("material")


def _money_coding(t: Tagged, lex, p, i: int, hi: int, codings: list) -> list:
    """The codings of the verb at ``i`` when a sum of money follows it (``pledged $20
    million to Iraq``, ``sent $5 million to Nepal``): the dictionary's patterns name money
    by words (``* ~ money|dollars|euros``), so the sum is read as money; kept only when
    no pattern coded the verb and the sum makes it aid given or pledged (CAMEO 07, 033x).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> from alignkit.reading.cameo import cameo_lexicon
    >>> from alignkit.reading.dependency import parse_or_none
    >>> t = tag(parse_article("Japan sent $5 million to Nepal."))
    >>> lex, i = cameo_lexicon(t.codebook), t.lower.index("sent")
    >>> own = lex.code(t.lower, i, len(t.lower))
    >>> [c.plover for c in _money_coding(t, lex, parse_or_none(t, 0), i, len(t.lower), own)]
    ['AID']
    """
    if codings and codings[0].pattern:
        return codings
    sums = [(a, b) for a, b in _sums(t).items() if i < a <= i + 3 and b <= hi]
    if not sums:
        return codings
    a, b = sums[0]
    lower = [*t.lower[:a], "money", *t.lower[b:]]  # the sum read as one word of money
    shift = b - a - 1
    coded = lex.code(lower, i, hi - shift, lambda k: _real_prep(t, p, k if k <= a else k + shift))
    if not coded or not coded[0].pattern:
        return codings
    c = coded[0]
    if c.plover != "AID" and not c.cameo.startswith("033"):
        return codings
    end = c.end if c.end <= a else c.end + shift
    return [dataclasses.replace(c, end=end)]


def _aid_pledge(c) -> bool:
    """Does a pattern code this verb as a pledge of material aid (CAMEO 033x, express
    intent to provide material aid: "pledged $20 million to Iraq", "offered relief supplies
    to Nepal")? Then the reporting verb (``pledge``, ``promise``, ``offer``) tells an act
    to come toward the one to be aided, as ``pledged aid to`` does, not a statement alone.

    Examples
    --------
    >>> from alignkit.reading.cameo import cameo_lexicon
    >>> from alignkit.reading.codebook import load_codebook
    >>> lower = "germany pledged money to iraq .".split()
    >>> [_aid_pledge(c) for c in cameo_lexicon(load_codebook()).code(lower, 1, len(lower))]
    [True]
    """
    return c.pattern and c.cameo.startswith("033")


def _joint_exercise(t: Tagged, c, sources: list, hi: int) -> bool:
    """Is a show of force aimed at no one, by two states' coordinated forces, an exercise
    they hold together ("French and Egyptian warships launched war games":
    ``exercise_nouns.csv`` within a few words of the verb)?"""
    states = {t.stands_for(q.actor) for q in sources} - {""}
    if c.plover != "MOBILIZE" or len(states) < 2:
        return False
    words = _exercise_nouns(t.codebook)
    return any(t.lower[k] in words for k in range(c.end, min(hi, c.end + 6)))


@per_codebook
def _exercise_nouns(cb: Codebook) -> frozenset[str]:
    return word_list("exercise_nouns.csv", cb.root, "word")


@per_codebook
def _gathering_verbs(cb: Codebook) -> frozenset[str]:
    """Verbs whose objects meet each other (``gathering_verbs.csv``)."""
    return word_list("gathering_verbs.csv", cb.root, "verb")


def _verb_pairs(t: Tagged, c, sources: list, targets: list) -> list[tuple]:
    """Every source with every target; with no target, coordinated agents of a mutual act
    (``mutual`` in plover.csv: "Pakistan and Afghanistan resumed negotiations") pair up;
    the objects of a gathering verb meet each other ("brought together Ethiopian and
    Somali officials"); a mediator of an accord told before mediates between its parties."""
    if not targets and sources and t.lower[c.start] in event_lexicon(t.codebook).mediation:
        # "Washington had brokered the deal": the parties of the accord told before
        ends = [k + 1 for k in range(c.end + 1, min(len(t.lower), c.end + 4))]
        targets = next((q for e in ends if (q := accord_parties(t, c.end, e))), [])
    if targets:
        pairs = [(s, g) for s in sources for g in targets if s is not g]
        gathered = c.verb in _gathering_verbs(t.codebook) and len(targets) > 1
        return pairs + every_two(targets) if gathered else pairs
    return every_two(sources) if _mutual_coding(t, c) else []


# CAMEO 033 (intent to give aid), 034 (to yield), 038 (to accept mediation), 039 (to
# mediate): an intent aimed at a third party, never an agreement between those who state it
_AIMED_INTENTS = ("033", "034", "038", "039")


# consultations CAMEO codes at the verb (040) that go one way: "Kenya and Uganda asked for
# help" ask someone else, not each other
_ONE_WAY = frozenset({"ask for", "elicit", "invite", "reinvite"})


def _mutual_coding(t: Tagged, c) -> bool:
    """Is a coded verb an act its coordinated agents do with each other? Its PLOVER type is
    mutual (``plover.csv``), and it is no intent (CAMEO 03) that a verb states by itself
    ("Kenya and Djibouti offered to mediate", "pledged") or that aims at a third party
    ("said they would send aid"): those agents speak together, to someone else."""
    if t.codebook.plover[c.plover].get("mutual") != "yes" or c.verb in _ONE_WAY:
        return False
    intent = c.cameo.startswith("03")
    return not (intent and (not c.pattern or c.cameo.startswith(_AIMED_INTENTS)))


def _verb_event(t: Tagged, sent, src, tgt, c, contents, scan) -> Event | None:
    """One dyadic event of a coded verb, or ``None`` between one state's own parties."""
    s_c = t.stands_for(src.actor)
    t_c = t.stands_for(tgt.actor) or victim_state(t, tgt.actor, c.plover)
    if src.actor == tgt.actor or not s_c or not t_c or s_c == t_c:
        return None
    typ = _demand_or(t, c.plover, c.end, sent_end(t, sent))
    info = t.codebook.plover[typ]
    h = _VerbHit(c.start, c.end)
    stmt = contents.at(t.starts[c.start])
    start = t.starts[min(c.start, src.tok, tgt.tok)]
    end = t.ends[max(c.end, src.tok_end, tgt.tok_end) - 1]
    return Event(
        src.actor,
        tgt.actor,
        s_c,
        t_c,
        typ,
        info["quad"],
        int(info["sign"]),
        float(info["intensity"]),
        _mode(t, event_lexicon(t.codebook), h, scan, stmt),
        None,
        "",
        "open",
        sent.index,
        start,
        end,
        t.article.text[t.starts[c.start] : t.ends[c.end - 1]],
        block=sent.block,
    )


def sent_end(t: Tagged, sent) -> int:
    """The token after the sentence's last."""
    return t.sent_tok[sent.index][1]


def _demand_or(t: Tagged, typ: str, end: int, hi: int) -> str:
    """``DEMAND`` for a request that the target yield, else ``typ``: the request's
    infinitive is a verb of ``yield_verbs.csv`` ("called on Rwanda to end its support",
    "urged Israel to immediately halt strikes"; CAMEO 10 is verbal conflict, where an
    appeal, CAMEO 02, is cooperation).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Egypt called on Ethiopia to halt the filling of the dam."))
    >>> _demand_or(t, "REQUEST", t.lower.index("on") + 1, len(t.lower))
    'DEMAND'
    >>> t = tag(parse_article("Egypt called on Ethiopia to resume talks."))
    >>> _demand_or(t, "REQUEST", t.lower.index("on") + 1, len(t.lower))
    'REQUEST'
    """
    if typ != "REQUEST":
        return typ
    verbs = event_lexicon(t.codebook).yield_verbs
    aside, limit = False, end + 10  # "urged all states, including the UAE, to refrain"
    for k in range(end, hi - 1):
        if k >= limit:
            break
        if t.lower[k] == "," and (aside or t.lower[k + 1] in _ASIDE_OPENERS):
            aside, limit = not aside, limit + 4  # the aside's words do not count
            continue
        if t.lower[k] in (",", ";", ".", ":"):
            break
        if t.lower[k] != "to":
            continue
        j = k + 1
        while (
            j < hi - 1
            and t.lower[j].endswith("ly")
            and t.words[j].islower()
            and not _yields_at(t, j, verbs)  # "to comply": a verb, not an adverb
        ):
            j += 1  # "to immediately halt"
        if _yields_at(t, j, verbs) or (
            j + 2 < hi and t.lower[j + 1] == "and" and _yields_at(t, j + 2, verbs)
        ):
            return "DEMAND"  # "to de-escalate and withdraw its forces"
        if t.words[j].islower() and t.lower[j] not in ("the", "a", "an", "all"):
            break  # the request's own verb ("to resume talks"), a yield or not
    return typ


# words that open an aside naming members of a group: ", including X,", ", notably X,"
_ASIDE_OPENERS = frozenset({"including", "notably", "especially", "particularly", "namely"})


def _yields_at(t: Tagged, j: int, verbs) -> bool:
    return any(tuple(t.lower[j : j + len(v)]) == v for v in verbs)


def _sentence_date(t, sent, lo, hi, anchor, anchor_basis, sent_ms):
    for h, ms, when in sent_ms:
        # "(just) days before X's return": the span before the milestone
        j = t.starts[h.start]
        window = t.article.text[max(sent.start, j - 60) : j].lower()
        for key, unit, sign in _RELATIVE:
            if key in window and when:
                k = window.rfind(key)
                # "just days before": the hedge belongs to the dating phrase
                for hedge in ("just ", "only ", "mere ", "a few "):
                    if window[:k].endswith(hedge):
                        k -= len(hedge)
                text_start = max(sent.start, j - 60) + k
                return (
                    shift_before(when, unit, sign),
                    t.article.text[text_start : ms.end],
                    "codebook",
                )
    for d in find_dates(sent.text, anchor, anchor_basis):
        if d.value:
            return d.value, d.text, d.basis
    return None, "", "open"


# "(unit) before/ahead of/after X" around a dated milestone; a bare "ahead of X" is days.
_RELATIVE = [
    (f"{unit} {rel}", unit, 1 if rel == "after" else -1)
    for unit in ("hours", "days", "weeks", "months")
    for rel in ("before", "ahead of", "after")
] + [("ahead of", "days", -1)]


def _inside(statements: list[Statement], offset: int) -> Statement | None:
    """The first statement (in list order) whose content holds character ``offset``."""
    for s in statements:
        if s.content_start <= offset < s.content_end:
            return s
    return None


class _Contents:
    """:func:`_inside` for offsets asked in increasing order, in time linear overall.

    A sweep: contents are let in as the offset passes their start, kept in a heap by
    their place in the list, and dropped once the offset has passed their end. An offset
    smaller than the last one starts the sweep over.
    """

    def __init__(self, statements: list[Statement]):
        self.statements = statements
        self.order = sorted(range(len(statements)), key=lambda n: statements[n].content_start)
        self._reset()

    def _reset(self) -> None:
        self.next = 0
        self.heap: list[int] = []
        self.last = -1

    def at(self, offset: int) -> Statement | None:
        if offset < self.last:
            self._reset()
        self.last = offset
        st, order, heap = self.statements, self.order, self.heap
        while self.next < len(order) and st[order[self.next]].content_start <= offset:
            heapq.heappush(heap, order[self.next])
            self.next += 1
        while heap and st[heap[0]].content_end <= offset:
            heapq.heappop(heap)  # ended: never holds a later offset
        return st[heap[0]] if heap else None


class _ModeScan:
    """What :func:`_mode` needs of one sentence (tokens ``lo``..``hi``), found once for all
    its triggers: whether it asks a question, its conditional and hypothetical modality
    hits (non-overlapping: their ends ascend with their starts) and its closing quotation
    marks. Scanning from the sentence start for every trigger was quadratic in a long
    sentence (a paragraph without full stops)."""

    def __init__(self, t: Tagged, lex: EventLexicon, lo: int, hi: int):
        sent = t.article.sentences[t.tok_sent[lo]]
        self.lo = lo
        self.question = sent.text.rstrip(" \"'”’»)").endswith("?")
        rows = lex.modality.rows
        self.conditions = [
            (m.end, rows[m.row]["mode"])
            for m in _modal_hits(t, lex, lo, hi)
            if rows[m.row]["mode"] in ("conditional", "hypothetical")
        ]
        self.closes = [k for k in range(lo, hi) if t.lower[k] in CLOSE_Q]

    def condition(self, before: int) -> str | None:
        """The mode of the first condition that ends by token ``before`` with no closing
        quotation mark between its end and ``before``, or None."""
        k = bisect.bisect_left(self.closes, before)
        last_close = self.closes[k - 1] if k else self.lo - 1
        i = bisect.bisect_right(self.conditions, (last_close, "~"))  # first ending after it
        if i < len(self.conditions) and self.conditions[i][0] <= before:
            return self.conditions[i][1]
        return None


# verbs of a withdrawal made for safety, not aimed at the place left
_FLIGHT = frozenset({"evacuate", "relocate"})


def _modal_hits(t: Tagged, lex: EventLexicon, lo: int, hi: int) -> list:
    """The modality phrases in tokens ``lo``..``hi``, the month ``May`` left out (``In May,
    Chad signed ...``, ``on May 5``: a date, not a possibility)."""
    return [m for m in lex.modality.find(t.lower, lo, hi) if not _month_may(t, m.start)]


def _eased(t: Tagged, k: int, lo: int) -> bool:
    """Is the trigger at ``k`` the object of a verb of easing (``yield_verbs.csv``, column
    ``eases``: ``to de-escalate the tensions``, ``to reduce rising tensions``)? What is to
    be eased exists; the request is the asker's act, not the strain's mode."""
    j = k - 1
    while j > lo and k - j <= 3 and t.lower[j] in ("the", "their", "its", "rising", "current"):
        j -= 1
    # the verb ends at j ("de - escalate": "escalate" alone heightens a strain)
    return j >= lo and any(
        len(v) <= j + 1 and tuple(t.lower[j + 1 - len(v) : j + 1]) == v
        for v in event_lexicon(t.codebook).easing
    )


def _month_may(t: Tagged, k: int) -> bool:
    """Is token ``k`` the month May (``in May``, ``May 5``), not the modal verb?"""
    if t.words[k] != "May":
        return False
    before = t.lower[k - 1] if k > 0 else ""
    after = t.words[k + 1] if k + 1 < len(t.words) else ""
    return before in ("in", "on", "since", "until", "by", "of", "early", "late", "mid") or (
        after[:1].isdigit()
    )


def _mode(t: Tagged, lex: EventLexicon, h, scan: _ModeScan, stmt: Statement | None) -> str:
    window_lo = max(scan.lo, h.start - 6)
    for m in _modal_hits(t, lex, window_lo, h.start):
        mode = lex.modality.rows[m.row]["mode"]
        # (not across a comma: "If sanctions are lifted, China will cooperate")
        if mode == "denied" and h.start - m.end <= 3 and "," not in t.lower[m.end : h.start]:
            return "denied"
    # A question ("Will China arm Russia?") and a condition anywhere before the trigger in
    # its sentence ("if aid is delayed", "should these troops engage") assert nothing; the
    # condition of a quotation stops at its closing mark ('"If X ...," he said, and urged
    # ...': the urging is unconditional).
    if scan.question and not _definite(t, h.start, scan.lo):
        return "question"  # ("the tensions between A and B" in a question are presupposed)
    condition = scan.condition(h.start)
    if condition != "conditional" and _standing_named(t, lex, h, scan.lo):
        # "may have fed the tensions between A and B": they are there
        return stmt.mode if stmt is not None else "actual"
    if condition is not None:
        return condition
    if _eased(t, h.start, scan.lo):
        return "actual"  # "urged A and B to reduce tensions": the tensions are there
    for m in _modal_hits(t, lex, window_lo, h.start):
        if lex.modality.rows[m.row]["mode"] == "proposed" and h.start - m.end <= 1:
            return "proposed"  # "(we) urge Kenya to support Somalia": asked, not done
    if stmt is not None:
        return stmt.mode
    for m in _modal_hits(t, lex, window_lo, h.start):
        mode = lex.modality.rows[m.row]["mode"]
        if mode != "denied":
            return mode
    return "actual"


def _standing_named(t: Tagged, lex: EventLexicon, h, lo: int) -> bool:
    """Is the trigger a standing conflict between two parties (a symmetric ``ACCUSE``
    row: ``tensions``, ``dispute``, ``escalation``) told by a definite noun phrase? A
    modal before it (``could worsen the tensions between A and B``, ``may have contributed
    to the escalation between A and B``) bears on what is done to it: the phrase itself
    presupposes the conflict.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> an = analyze_text("Rumours may worsen the tensions between Chad and Niger.")
    >>> an.events[["source_country", "target_country", "type", "mode"]].values.tolist()
    [['TCD', 'NER', 'ACCUSE', 'actual']]
    >>> an = analyze_text("Chad and Niger could soon fall into a dispute.")
    >>> an.events[["type", "mode"]].values.tolist()
    [['ACCUSE', 'hypothetical']]
    """
    if not hasattr(h, "row"):
        return False  # a verb of the CAMEO list: no noun phrase
    row = lex.triggers.rows[h.row]
    return row["type"] == "ACCUSE" and row["symmetric"] == "yes" and _definite(t, h.start, lo)


_DETERMINERS = frozenset({"the", "'s", "’s", "this", "these", "that", "those", "its",
                          "their"})  # fmt: skip


def _definite(t: Tagged, k: int, lo: int) -> bool:
    """Is the trigger at ``k`` the head of a definite noun phrase (``the tensions between
    A and B``, ``Russia's war``, ``the recent escalation``)? Such a phrase presupposes
    its act, in a question too (``Did the tensions between A and B cause it?``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Did the recent tensions between Chad and Sudan grow?"))
    >>> _definite(t, t.lower.index("tensions"), 0)
    True
    >>> t = tag(parse_article("Will Chad attack Sudan?"))
    >>> _definite(t, t.lower.index("attack"), 0)
    False
    >>> t = tag(parse_article("Does the United States blame Iran?"))
    >>> _definite(t, t.lower.index("blame"), 0)
    False
    """
    j = k - 1
    while j >= lo and j >= k - 4:
        w = t.lower[j]
        if w in _DETERMINERS:
            return True
        if not (j in t.by_tok or w == "-" or (t.words[j].isalpha() and t.words[j].islower())):
            return False
        if w in ("will", "would", "did", "does", "do", "can", "could", "should", "might"):
            return False
        # past a party's whole name: its own "the" ("Does the United States blame X?")
        # determines no noun phrase of the trigger (a demonym's does: "the Russian war")
        named = j in t.by_tok and t.by_tok[j].head.kind == "name"
        j = t.by_tok[j].tok - 1 if named else j - 1
    return False


def _to_help(t: Tagged, end: int, hi: int) -> bool:
    """Is a deployment's purpose to help the place it goes to: ``deployed troops to the
    DRC to help fight rebels``, ``sent soldiers to Djibouti to protect its ports``
    (``help_verbs.csv``)? Then it is military aid to its host, not a show of force.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Rwanda deployed troops to Mozambique to help fight insurgents."))
    >>> _to_help(t, t.lower.index("deployed") + 1, len(t.lower))
    True
    >>> t = tag(parse_article("Russia deployed troops to Belarus to threaten Kyiv."))
    >>> _to_help(t, t.lower.index("deployed") + 1, len(t.lower))
    False
    """
    helps = event_lexicon(t.codebook).help_verbs
    destination = False
    for k in range(end, min(hi, end + 12) - 1):
        if t.lower[k] in (",", ";", ".", ":"):
            return False
        if t.lower[k] != "to":
            continue
        if t.by_tok.get(k + 1) is not None or t.lower[k + 1] == "the":
            destination = True  # "to the DRC", "to Mozambique"
        elif destination:
            return t.lower[k + 1] in helps
    return False


def _to_mission(t: Tagged, end: int, hi: int) -> bool:
    """Is a deployment's destination a mission (``mission_nouns.csv``): ``deploy 500
    troops to the UN mission in South Sudan``? Then it serves its host, as a
    contribution does (:func:`_to_a_mission`).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Nepal deployed troops to the UN mission in Lebanon."))
    >>> _to_mission(t, t.lower.index("deployed") + 1, len(t.lower))
    True
    """
    missions = event_lexicon(t.codebook).missions
    for k in range(end, min(hi, end + 8) - 1):
        if t.lower[k] in (",", ";", ".", ":"):
            return False
        if t.lower[k] == "to":
            return any(t.lower[j] in missions for j in range(k + 1, min(hi, k + 5)))
    return False


def _police_sent(t: Tagged, start: int, hi: int) -> bool:
    """Is a deployment one of police or peacekeepers (``police_nouns.csv``) to a party:
    ``sent 400 police officers to Haiti``? Then it serves its host.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenya sent police officers to Haiti."))
    >>> _police_sent(t, t.lower.index("sent"), len(t.lower))
    True
    """
    police, seen = _police_nouns(t.codebook), False
    for k in range(start, min(hi, start + 8) - 1):
        if t.lower[k] in (",", ";", ".", ":"):
            return False
        seen = seen or t.lower[k] in police
        if t.lower[k] == "to":
            return seen and t.by_tok.get(k + 1) is not None
    return False


def _peacekeepers_arrive(t: Tagged, p, i: int) -> bool:
    """Is the visit verb at ``i`` (``visit_verbs.csv``: ``arrived in``) told of police or
    peacekeepers (``police_nouns.csv``) as its subject: ``Nepalese peacekeeping troops
    arrived in Lebanon``, ``a contingent of Kenyan police arrived in Haiti``? Then they serve
    their host (CAMEO 0744, peacekeeping), which holds no talks with them; troops that
    arrive unqualified (``Russian troops arrived in Belarus``) say neither.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> from alignkit.reading.dependency import parse_or_none
    >>> t = tag(parse_article("Nepalese peacekeeping troops arrived in Lebanon."))
    >>> p = parse_or_none(t, 0)
    >>> _peacekeepers_arrive(t, p, t.lower.index("arrived"))
    True
    >>> t = tag(parse_article("Russian troops arrived in Belarus."))
    >>> _peacekeepers_arrive(t, parse_or_none(t, 0), t.lower.index("arrived"))
    False
    """
    if t.lower[i] not in event_lexicon(t.codebook).visits:
        return False
    police = _police_nouns(t.codebook)
    todo = [k for k in p.children(i) if p.dep(k) == "nsubj"]
    while todo:
        k = todo.pop()
        if t.lower[k] in police:
            return True
        todo += [c for c in p.children(k) if p.dep(c) in _SUBJECT_PARTS]
    return False


# the arcs inside a subject phrase that may name its men: "peacekeeping troops", "a
# contingent of Kenyan police"
_SUBJECT_PARTS = frozenset({"amod", "compound", "prep", "pobj", "nmod"})


@per_codebook
def _police_nouns(cb: Codebook) -> frozenset[str]:
    return word_list("police_nouns.csv", cb.root, "word")


# the words that deny an act (not those that end one: "urged X to cease hostilities" tells
# of hostilities)
_NEGATORS = frozenset({"not", "n't", "never", "no", "without"})


def _negated(t: Tagged, k: int, lo: int) -> bool:
    """Is the act at ``k`` denied by a negation a few words before it, in its sentence
    ("had no intention of invading anyone", "has never attacked")?"""
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        if t.lower[j] in (",", ";", ":"):
            return False
        if t.lower[j] in _NEGATORS:
            return True
    return False


def _complete_halves(halves: list[tuple], side=None) -> list[tuple]:
    """Join the agent-only and victim-only halves of hostile acts into one war.

    ``Russia's invasion`` and ``the ongoing war against Ukraine`` in one article tell one
    war: when the article names exactly one agent and one victim of such halves (or one
    complete hostile event supplies the missing side), each half gets the other side.
    Parties are compared by ``side`` (the state they stand for: "the Russian invaders" are
    Russia), and the side filled in is that state. Returns ``(half, source, target)``
    triples; a half that stays open is dropped.
    """
    side = side or (lambda actor: actor)

    def of(p):
        return side(p.actor) or p.actor

    agents = {of(src) for _, src, tgt in halves if src is not None and tgt is None}
    victims = {of(tgt) for _, src, tgt in halves if tgt is not None and src is None}
    whole = {(of(src), of(tgt)) for _, src, tgt in halves if src and tgt}
    out = []
    for ev, src, tgt in halves:
        if src is not None and tgt is not None:
            continue
        if tgt is None:
            known = {v for a, v in whole if a == of(src)} | (victims if len(agents) == 1 else set())
            known.discard(of(src))
            if len(known) == 1:
                out.append((ev, src.actor, known.pop()))
        else:
            known = {a for a, v in whole if v == of(tgt)} | (agents if len(victims) == 1 else set())
            known.discard(of(tgt))
            if len(known) == 1:
                out.append((ev, known.pop(), tgt.actor))
    return out


def _negated_cue(t: Tagged, s: Statement) -> bool:
    """Is the statement's cue denied (``did not condemn``, ``has never criticized``,
    ``hasn't publicly criticized``)? Then the speaker took no stance toward anyone.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> from alignkit.reading.statements import extract_statements
    >>> t = tag(parse_article("India did not condemn the strikes."))
    >>> [_negated_cue(t, s) for s in extract_statements(t)]
    [True]
    """
    k = t.token_from(s.cue_start) - 1
    for _ in range(3):
        if k < 0 or not t.words[k][:1].isalpha() and t.lower[k] != "n't":
            return False
        if t.lower[k] in ("not", "never", "n't"):
            return True
        k -= 1
    return False


def statement_events(t: Tagged, statements: list[Statement], acts: list[Event] = ()) -> list[Event]:
    """Verbal events made by statements with a stance, from speaker to each target state.

    Only speech makes one: a belief (``X believes Y is hostile``) or an intention (``X
    plans to ...``) reported by the text is no act of the speaker toward anyone (the events
    its content reports are read as usual, with the cue's mode). ``acts``: the article's
    events; a negative statement is not aimed at the victim of a hostile act its content
    reports by another of its targets (``condemned attacks by Somalia on Ethiopia``).
    """
    cb = t.codebook
    out: list[Event] = []
    keys: list[int] = []  # each event's statement, by its cue
    for s in statements:
        promised = promised_to(t, s.cue_start, s.stance) if s.cue_class == "speech" else []
        if promised:  # "promised Syria that ...": a commitment to the one promised
            s = dataclasses.replace(s, stance="positive", type="AGREE", targets=promised)
        agent = judged_agent(t, s, acts) if s.stance != "positive" else ""
        if agent:  # "Chad shelled Niger. This is unacceptable": the act's agent
            s = dataclasses.replace(s, stance="negative", targets=[agent])
        if s.stance == "neutral" or s.cue_class != "speech" or _negated_cue(t, s):
            continue
        s_c = t.stands_for(s.speaker)
        if not s_c:
            continue
        typ = s.type or _content_type(t, s) or ("SUPPORT" if s.stance == "positive" else "ACCUSE")
        info = cb.plover[typ]
        sign = 1 if s.stance == "positive" else -1
        if int(info["sign"]) != sign:
            typ = "SUPPORT" if sign > 0 else "ACCUSE"
            info = cb.plover[typ]
        # the span of cue and content, whichever comes first ('"...," X said': the content)
        start = min(s.cue_start, s.content_start)
        end = max(s.cue_end, s.content_end)
        victims = _victims(t, s, acts) | _placed(t, s) | _violated(t, s) if sign < 0 else set()
        for target in [agent] if agent else _judged_targets(t, s):
            if target in victims:
                continue
            t_c = t.stands_for(target)
            if not t_c or t_c == s_c:
                continue
            keys.append(s.cue_start)
            out.append(
                Event(
                    s.speaker,
                    target,
                    s_c,
                    t_c,
                    typ,
                    info["quad"],
                    sign,
                    float(info["intensity"]),
                    "actual",
                    None,
                    "",
                    "open",
                    s.sentence,
                    start,
                    end,
                    s.cue,
                    "statement",
                    t.article.sentences[s.sentence].block,
                )
            )
    # A person and their own state as targets of one statement: one event, at state level.
    seen, unique = set(), []
    for e, cue_start in zip(out, keys, strict=True):
        key = (e.source, e.target_country, cue_start)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return unique


def _content_tokens(t: Tagged, s: Statement) -> tuple[int, int]:
    """The token range ``lo:hi`` of a statement's words."""
    return t.token_from(s.content_start), t.token_from(s.content_end)


def _placed(t: Tagged, s: Statement) -> set[str]:
    """The parties a statement's words name only as the place of violence or a crisis
    (:func:`.statements.places_of_violence`): no target of its hostility."""
    lo, hi = _content_tokens(t, s)
    return places_of_violence(t, lo, hi)


def _violated(t: Tagged, s: Statement) -> set[str]:
    """The states whose sovereignty the statement's words tell as violated
    (:func:`.statements.violated`): defended, not opposed."""
    lo, hi = _content_tokens(t, s)
    return violated(t, lo, hi)


def _victims(t: Tagged, s: Statement, acts: list[Event]) -> set[str]:
    """The targets of hostile acts (armed or material conflict) that the statement's words
    report, done by another of its targets."""
    agents = {x for x in s.targets} | {t.stands_for(x) for x in s.targets}
    out = set()
    for e in acts:
        hostile = e.sign < 0 and e.quad.startswith("material")
        if hostile and s.content_start <= e.start < s.content_end and e.source_country in agents:
            out.update({e.target, e.target_country})
    return out - {""}


def _not_in_reason(t: Tagged, s: Statement) -> list[str]:
    """A statement's targets less the parties of the reason its object is given for
    (``thanked Ghana for its support to Togo``, ``condemned Rwanda for backing the M23``,
    ``accused Iran of arming Russia``): the one thanked or blamed is the target, not the
    parties the reason names.

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze_text("Kenya thanked Ghana for its support to Togo.")
    >>> sorted(set(an.events.loc[an.events["origin"] == "statement", "target_country"]))
    ['GHA']
    """
    lo, hi = _content_tokens(t, s)
    first = next((t.by_tok[k] for k in range(lo, hi) if k in t.by_tok), None)
    k = first.tok_end if first is not None else hi
    if k + 1 < len(t.lower) and t.lower[k] in ("'s", "’s") and k + 1 in t.by_tok:
        k = t.by_tok[k + 1].tok_end  # "thanked Kenya's president for ..."
    if first is None or k >= hi or t.lower[k] not in ("for", "of"):
        return s.targets
    named = {x for q in (t.by_tok[j] for j in range(lo, k) if j in t.by_tok)
             for x in (q.actor, t.stands_for(q.actor))}  # fmt: skip
    return [x for x in s.targets if x in named or t.stands_for(x) in named]


def _judged_targets(t: Tagged, s: Statement) -> list[str]:
    """The targets of a statement whose cue judges an object phrase (``welcomes the
    decision by Kosovo to allow ... Serbian plates``): those that phrase names as its parties
    (:mod:`.judged`), less the parties of a reason (:func:`_not_in_reason`)."""
    targets = _not_in_reason(t, s)
    v = t.token_from(s.cue_start)
    lo, hi = _content_tokens(t, s)
    if v >= len(t.lower) or not lo <= v + 1 <= hi or t.lower[v] not in judging_verbs(t.codebook):
        return targets  # the content is no object right after a judging cue
    toks = object_tokens(t, v)
    if not toks or not any(lo <= k < hi for k in toks):
        return targets
    named = {x for k in range(lo, hi) if k in t.by_tok and k in toks
             for x in (t.by_tok[k].actor, t.stands_for(t.by_tok[k].actor))}  # fmt: skip
    # "welcomed the agreement": the parties of the accord it names again
    named |= {t.stands_for(p.actor) for p in accord_parties(t, lo, hi)}
    own = {t.stands_for(s.speaker)}
    named |= {t.stands_for(p.actor) for p in event_owner(t, lo, hi, own)}
    return [x for x in targets if x in named]


def _content_type(t: Tagged, s: Statement) -> str:
    """The category of the first trigger in a statement's content (``vowing to counteract``)."""
    lex = event_lexicon(t.codebook)
    lo, hi = _content_tokens(t, s)
    for h in lex.triggers.find(t.lower, lo, hi):
        info = t.codebook.plover[lex.triggers.rows[h.row]["type"]]
        # a statement is a verbal act: reporting an attack is not one (ACCUSE instead)
        if info["quad"].startswith("verbal") and int(info["sign"]) == (
            1 if s.stance == "positive" else -1
        ):
            return info["type"]
    return ""
