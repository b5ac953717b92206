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

from .arguments import TARGET_PREPS, co_agents, noun_arguments, verb_arguments
from .authors import text_author
from .cameo import cameo_lexicon
from .codebook import Codebook, per_codebook, read_table, word_list
from .dates import find_dates, shift_before
from .lexicon import SlotMatcher, phrase_tokens
from .standing import standing_relations
from .statements import Statement, bind_first_person, defended
from .syntax import (
    CLOSE_Q,
    PREPS,
    SUBORDINATORS,
    after_prep,
    asked_party,
    backend,
    before_verb_group,
    clause_subject,
    group_left,
    group_right,
    group_subject,
    left_possessor,
    participant_with_head,
    parts_in,
    resolve_pronoun,
    starting_at,
    subject_left,
    topic,
)
from .tagging import Participant, Tagged, pronoun_party
from .words import TIME_WORDS

__all__ = ["Event", "Milestone", "extract_events", "statement_events", "EVENT_COLUMNS"]

EVENT_COLUMNS = [
    "source",
    "target",
    "source_country",
    "target_country",
    "type",
    "quad",
    "sign",
    "intensity",
    "mode",
    "date",
    "date_text",
    "date_basis",
    "sentence",
    "block",
    "start",
    "end",
    "trigger",
    "origin",
]

_TARGET_PREPS = frozenset({"with", "to", "on", "against", "toward", "towards", "into", "between"})


@dataclass
class Event:
    source: str
    target: str
    source_country: str
    target_country: str
    type: str
    quad: str
    sign: int
    intensity: float
    mode: str
    date: str | None
    date_text: str
    date_basis: str
    sentence: int
    start: int
    end: int
    trigger: str
    origin: str = "event"
    block: str = "body"  # headline / body / caption: the sentence's block (occasions)

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in EVENT_COLUMNS}


@dataclass
class Milestone:
    """A monadic, dated fact (``Trump's return to the White House``): timeline only."""

    actor: str
    type: str
    label: str
    date: str | None
    date_basis: str
    sentence: int
    start: int
    end: int


class _Lex:
    def __init__(self, cb: Codebook):
        self.triggers = SlotMatcher(cb.events)
        self.modality = SlotMatcher([dict(r, pattern=r["phrase"]) for r in cb.modality])
        from .codebook import read_table, split, word_list

        self.support_verbs = word_list("support_verbs.csv", cb.root, "verb")
        self.purpose_verbs = word_list("purpose_verbs.csv", cb.root)
        self.refusal_verbs = word_list("refusal_verbs.csv", cb.root)
        self.help_verbs = word_list("help_verbs.csv", cb.root)
        self.mediation = word_list("mediation_words.csv", cb.root)
        self.missions = word_list("mission_nouns.csv", cb.root, "word")
        self.resolutions = word_list("resolution_nouns.csv", cb.root, "word")
        self.objections = word_list("objection_nouns.csv", cb.root, "word")
        self.stance = {
            r["word"].lower(): int(r["polarity"]) for r in read_table("stance_words.csv", cb.root)
        }
        self.votes = {
            f.lower(): int(r["backing"])
            for r in read_table("resolution_votes.csv", cb.root)
            for f in split(r["forms"])
        }
        self.borders = word_list("border_words.csv", cb.root, "word")
        self.visits = word_list("visit_verbs.csv", cb.root)  # "arrived in Cairo": a visit
        self.yield_verbs = frozenset(
            phrase_tokens(f)  # as the article is tokenized: "de-escalate" is three
            for r in read_table("yield_verbs.csv", cb.root)
            for f in split(r["forms"])
        )
        # a withdrawal or concession asked for, refused or supposed: {type: (modes, presupposed)}
        self.unmet = {
            r["type"]: (frozenset(split(r["modes"])), r["presupposes"])
            for r in read_table("unmet_acts.csv", cb.root)
        }


@per_codebook
def _lex(cb: Codebook) -> _Lex:
    return _Lex(cb)


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
    lex: _Lex
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
    bind_first_person(t, statements)  # "we" in a speaker's own words is the speaker
    art = t.article
    r = _Reading(
        t,
        _lex(t.codebook),
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
    r.events += _acting_together(t, r.events)
    # One event per (pair, type, trigger position): two routes to the same reading.
    seen, unique = set(), []
    for e in r.events:
        key = (e.source, e.target, e.type, e.start)
        if key not in seen:
            seen.add(key)
            unique.append(_presupposed(t, r.lex, e))
    return unique, r.milestones


def _acting_together(t: Tagged, events: list[Event]) -> list[Event]:
    """Two states that do one material act to a third together cooperate: ``Kenya and
    Somalia launched an offensive against al-Shabab``, ``Russia and Iran sent drones to
    Sudan`` (one trigger, one type, one target, several agents). A mutual act (talks, war)
    already pairs its own agents."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        info = t.codebook.plover[e.type]
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
        for a, b in _every_two(list(firsts.values())):
            out.append(
                dataclasses.replace(
                    a, target=b.source, target_country=b.source_country, type="COOPERATE",
                    quad=coop["quad"], sign=1, intensity=float(coop["intensity"]),
                    start=min(a.start, b.start), end=max(a.end, b.end),
                )
            )  # fmt: skip
    return out


def _presupposed(t: Tagged, lex: _Lex, e: Event) -> Event:
    """An unmet withdrawal or concession read as the hostile state it would end
    (``unmet_acts.csv``): ``urged Moscow to withdraw its troops from Georgia`` tells that
    Russian troops hold Georgian soil now, a conflict, where the RETREAT coded as asked
    for would count as cooperation between them."""
    modes, hostile = lex.unmet.get(e.type, ((), ""))
    if e.mode not in modes:
        return e
    info = t.codebook.plover[hostile]
    e.type, e.quad, e.sign = hostile, info["quad"], int(info["sign"])
    e.intensity, e.mode = float(info["intensity"]), "actual"
    return e


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
    for a, b in _every_two([first[x] for x in states if x in first]):
        sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
        out.append(
            Event(a.actor, b.actor, sa, sb, "AGREE", info["quad"], 1, float(info["intensity"]),
                  "actual", date, "", basis, a.sentence, start, end,
                  t.article.text[start:end], block=t.article.sentences[a.sentence].block)
        )  # fmt: skip
    return out


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


def _long_names(t: Tagged) -> dict[int, int]:
    """The names of several words (their first token to the token after the last), which
    a trigger's gap counts as one word."""
    found = t.caches.get("long_names")
    if found is None:
        found = t.caches["long_names"] = {
            p.tok: p.tok_end for p in t.participants if p.tok_end - p.tok > 1
        }
    return found


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


def _trigger_events(r: _Reading, sent, h, row, bounds, date, prev) -> list[Participant]:
    """The events of one curated trigger; returns the sources a next conjunct may share.
    ``bounds``: the sentence's first token, the token after its last, its mode scan."""
    t = r.t
    lo, hi, scan = bounds
    if row["type"] == "DEMAND" and _demand_or(t, "REQUEST", h.end, hi) != "DEMAND":
        return prev  # "urged Japan to support ...": a statement, no demand that it yield
    if _modifying_participle(t, sent, h):
        return prev  # "Uganda's armed forces", "the attacked convoy": no act told
    stmt = r.contents.at(t.starts[h.start])
    co = r.speakers_of.get((stmt.cue_start, stmt.content_start), []) if stmt else []
    if _shown(row) and _to_help(t, h.end, hi):
        row = dict(row, type="AID", target_preps="to|in")  # troops sent to help their host
    pairs = _arguments(t, h, row, lo, hi, stmt, co, prev)
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
    pairs = [(s, g) for s, g in pairs if all(g is not q for q in partners)]
    targets = {id(g): g for _, g in pairs if g is not None}.values()
    pairs += [(q, g) for q in partners for g in targets if not _one_state(t, q, g)]
    if row["type"] == "CONSULT":
        pairs = [pr for pr in pairs if not any(q is not None and _vehicle(t, q) for q in pr)]
    kept = _not_wronged(t, h.start, row["type"], [g for _, g in pairs if g is not None])
    pairs = [(s, g) for s, g in pairs if g is None or any(g is k for k in kept)]
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
        if _hostile(t, row):
            r.halves.append((ev, src, tgt))
    _on_behalf(r, sent, h, row, (hi, scan), date, pairs)
    _mediated(r, sent, h, row, (lo, hi, scan), date, pairs)
    return prev


def _with_partners(t: Tagged, sent, k: int) -> list[Participant]:
    """The parties that do a trigger's act with its source (:func:`.arguments.co_agents`:
    ``together with Y``, ``joint strikes with Y``), read at the trigger and, for a trigger
    that is an object, at its verb."""
    from .dependency import ParserUnavailable, parse

    if backend() == "surface":
        return []
    try:
        p = parse(t, sent.index)
    except ParserUnavailable:
        return []
    at = [k, p.head(k)] if p.dep(k) in ("dobj", "conj") else [k]
    return [q for v in at for q in co_agents(t, v)]


def _one_state(t: Tagged, a: Participant, b: Participant) -> bool:
    """Are two parties one actor, or one state's (``Uganda`` and ``Uganda's armed forces``)?"""
    sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
    return a.actor == b.actor or bool(sa and sa == sb)


def _modifying_participle(t: Tagged, sent, h) -> bool:
    """Is a one-word trigger a participle modifying the noun after it (``armed forces``,
    ``the attacked convoy``), which tells no act? Read from the parse."""
    from .dependency import ParserUnavailable, parse

    w = t.lower[h.start]
    if h.end - h.start != 1 or not w.endswith(("ed", "ing")) or backend() == "surface":
        return False
    try:
        p = parse(t, sent.index)
    except ParserUnavailable:
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


def mediators(t: Tagged, start: int, end: int, lo: int, hi: int) -> list[Participant]:
    """The third parties of an act told between two: ``Qatari-mediated talks`` (a party
    hyphened to a word of ``mediation_words.csv``, a word or two before the act) or ``talks
    hosted by Saudi Arabia`` (the word and ``by`` right after it).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Talks brokered by Ghana between Mali and Niger resumed."))
    >>> [t.stands_for(p.actor) for p in mediators(t, 0, 1, 0, len(t.lower))]
    ['GHA']
    """
    words = _lex(t.codebook).mediation
    for k in range(start - 1, max(lo + 1, start - 4) - 1, -1):
        if t.lower[k] in words and t.lower[k - 1] == "-":
            p = t.ending_at(k - 1)
            return [p] if p is not None else []
    if end + 2 < hi and t.lower[end] in words and t.lower[end + 1] == "by":
        p = starting_at(t, end + 2, hi)
        return group_right(t, p, hi) if p is not None else []
    return []


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
    mode = _mode(t, lex, h, scan, stmt)
    if _refused_before(t, lex, h.start) and int(t.codebook.plover[kind]["sign"]) > 0:
        # "declined to meet X's envoy": a rejection of X, as CAMEO codes "refuse to"
        kind, mode = "REJECT", _asserted_mode(stmt)
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


def _cue_tokens(t: Tagged, statements: list[Statement]) -> set[int]:
    """Tokens of statement cues: a reporting verb is the statement's, not a second event."""
    out = set()
    for s in statements:
        lo = bisect.bisect_left(t.starts, s.cue_start)
        hi = bisect.bisect_left(t.starts, s.cue_end)
        out.update(range(lo, hi))
    return out


_PREP_DEPS = frozenset({"prep", "dative", "agent", "prt"})


@dataclass(frozen=True)
class _VerbHit:
    start: int
    end: int


def _verb_events(t: Tagged, sent, scan, hi: int, covered: set, contents, cues) -> list:
    """Events of the verbs the curated triggers leave, coded by the field's dictionary
    (:mod:`.cameo`), with their parties from the parse (:mod:`.arguments`)."""
    from .dependency import ParserUnavailable, parse

    if backend() == "surface":
        return []  # the dictionary's verbs are read over the parse
    lex = cameo_lexicon(t.codebook)
    out = []
    for i in range(scan.lo, hi):
        if i in covered or t.lower[i] not in lex.first:
            continue
        try:
            p = parse(t, sent.index)
        except ParserUnavailable:
            return []
        if p.pos(i) != "VERB" and not _verb_taken_for_noun(t, p, i):
            continue
        codings = lex.code(t.lower, i, hi, lambda k, p=p: _real_prep(t, p, k))
        if not codings:
            codings = _nominal_coding(t, p, lex, i, hi)
        if not codings:
            continue
        c, refusal = _refused(t, p, i, codings[0])
        spoken = i in cues and not (
            _material_pattern(t, c) or _demands(t, c, hi) or _to_a_mission(t, p, i)
        )
        if spoken and t.codebook.plover[c.plover].get("mutual") != "yes":
            continue  # a reporting verb is its statement's, unless its object makes it an act
        acts = _hostile_nouns(t.codebook) if _reacting(t, c.plover) else frozenset()
        through = _quiet_complement(t, p, lex, hi, covered)
        preps = (*c.preps, "in") if t.lower[i] in _lex(t.codebook).visits else c.preps
        args = verb_arguments(t, i, preps, _general_preps(t, c.plover), acts, through)
        args = [(q, r) for q, r in args if c.plover != "CONSULT" or not _vehicle(t, q)]
        sources = [q for q, role in args if role == "source"]
        partners = [q for q in co_agents(t, i) if all(q is not s for s in sources)]
        joint = dataclasses.replace(c, plover="COOPERATE")
        together = (
            _verb_event(t, sent, a, q, joint, contents, scan) for a in sources for q in partners
        )
        out += [e for e in together if e is not None]
        sources += partners
        aimed = [q for q, role in args if role == "target" and all(q is not x for x in partners)]
        targets = _not_wronged(t, i, c.plover, aimed)
        denied = any(p.dep(k) == "neg" for k in p.children(i)) or refusal == "denied"
        unasserted = _subjunctive(t, p, i, c.verb, sources) or _unasserted_head(t, p, i, lex)
        if not targets and _joint_exercise(t, c, sources, hi):
            c = dataclasses.replace(c, plover="COOPERATE")
        if spoken and not _between_parties(t, sources, targets):
            continue  # "discussed the dam": a topic reported; "discussed it with Egypt": talks
        for src, tgt in _verb_pairs(t, c.plover, sources, targets):
            ev = _verb_event(t, sent, src, tgt, c, contents, scan)
            if ev is not None:
                if refusal == "rejected" and ev.mode == "denied":
                    ev.mode = _asserted_mode(contents.at(t.starts[c.start]))
                ev.mode = "denied" if denied else "hypothetical" if unasserted else ev.mode
                out.append(ev)
    return out


@per_codebook
def _vehicle_nouns(cb: Codebook) -> frozenset[str]:
    return word_list("vehicle_nouns.csv", cb.root)


def _vehicle(t: Tagged, q: Participant) -> bool:
    """Whether the party ``q`` is told as its ships, aircraft or armed units
    (``vehicle_nouns.csv``): ``Russian ships``, or a demonym that shares such a head
    (``Japanese`` in ``Japanese and Russian ships``). Such parties meet, encounter and
    confront each other at sea, in the air or at a border, but hold no talks (CONSULT).

    Examples
    --------
    >>> from .article import parse_article
    >>> from .tagging import tag
    >>> t = tag(parse_article("Japanese and Russian ships met off Hokkaido."))
    >>> [_vehicle(t, q) for q in t.participants]
    [True, True]
    """
    nouns = _vehicle_nouns(t.codebook)
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


def _refused_before(t: Tagged, lex: _Lex, start: int) -> bool:
    """Does a refusal govern the infinitive at ``start`` (``refused to``, ``declined to``),
    or the infinitive whose object starts there (``failed to reach an agreement``,
    ``refused to sign a deal``)?"""
    k = start - 1
    while k > 0 and t.lower[k] in ("a", "an", "the", "any"):
        k -= 1
    if k > 0 and t.lower[k] != "to" and t.lower[k - 1] == "to" and t.lower[k].isalpha():
        k -= 1  # the infinitive's verb
    return k >= 1 and t.lower[k] == "to" and t.lower[k - 1] in lex.refusal_verbs


def _refused(t: Tagged, p, i: int, c) -> tuple:
    """The coding of a verb whose infinitive a refusal governs (``refused to lift``,
    ``declined to meet``) and what the refusal makes of it: a cooperative act refused is
    ``rejected`` (PLOVER REJECT, as CAMEO's "refuse to" patterns code it), a hostile one
    ``denied``; ``None`` when no refusal governs it."""
    if p.dep(i) != "xcomp" or t.lower[p.head(i)] not in _lex(t.codebook).refusal_verbs:
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
    from .dependency import ParserUnavailable, parse

    lex = _lex(t.codebook)
    found = [i for i in range(lo, hi) if t.lower[i] in lex.resolutions]
    if not found or backend() == "surface":
        return []
    try:
        p = parse(t, sent.index)
    except ParserUnavailable:
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
    words = _lex(t.codebook).objections
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
    relations told with their quality are (``events.csv``).

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
        found = standing_relations(t, sent.index)
    except ParserUnavailable:
        return []
    out = []
    for s in found:
        typ = "COOPERATE" if s.sign > 0 else "ACCUSE"
        info = t.codebook.plover[typ]
        m, h = s.member, s.holder
        start = t.starts[min(m.tok, h.tok, s.noun)]
        end = t.ends[max(m.tok_end, h.tok_end, s.noun + 1) - 1]
        mode = _asserted_mode(contents.at(t.starts[s.noun]))
        out.append(
            Event(m.actor, h.actor, t.stands_for(m.actor), t.stands_for(h.actor), typ,
                  info["quad"], s.sign, min(2.0, float(info["intensity"])), mode, None, "",
                  "open", sent.index, start, end, t.words[s.noun], block=sent.block)
        )  # fmt: skip
    return out


def _vote_on(t: Tagged, p, i: int, lex: _Lex) -> tuple[int, int] | None:
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
    acts = _hostile_nouns(t.codebook)  # "condemning the invasion of X": X is its victim
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
    missions = _lex(t.codebook).missions
    return any(
        p.dep(k) == "prep"
        and t.lower[k] == "to"
        and any(p.dep(o) == "pobj" and t.lower[o] in missions for o in p.children(k))
        for k in p.children(i)
    )


def _between_parties(t: Tagged, sources: list, targets: list) -> bool:
    """Does a mutual act that is also reported speech ("discussed", "agreed") name a party
    besides its speaker: a state it was done with, or a second state among its subjects?"""
    states = {t.stands_for(q.actor) for q in sources} - {""}
    return bool(targets) or len(states) >= 2


def _material_pattern(t: Tagged, c) -> bool:
    """Does a pattern code this verb as a material act ("recalled its ambassador": a
    reduction of relations, though "recalled" also reports)?"""
    return c.pattern and t.codebook.plover[c.plover]["quad"].startswith("material")


def _every_two(parties: list) -> list[tuple]:
    """Every pair of the parties, each once, in order: ``[A, B, C]`` -> AB, AC, BC."""
    return [(p, q) for n, p in enumerate(parties) for q in parties[n + 1 :]]


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


def _verb_pairs(t: Tagged, plover: str, sources: list, targets: list) -> list[tuple]:
    """Every source with every target; with no target, coordinated agents of a mutual act
    (``mutual`` in plover.csv: "Pakistan and Afghanistan resumed negotiations") pair up."""
    if targets:
        return [(s, g) for s in sources for g in targets if s is not g]
    if t.codebook.plover[plover].get("mutual") == "yes":
        return _every_two(sources)
    return []


def _verb_event(t: Tagged, sent, src, tgt, c, contents, scan) -> Event | None:
    """One dyadic event of a coded verb, or ``None`` between one state's own parties."""
    s_c, t_c = t.stands_for(src.actor), t.stands_for(tgt.actor)
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
        _mode(t, _lex(t.codebook), h, scan, stmt),
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
    verbs = _lex(t.codebook).yield_verbs
    for k in range(end, min(hi, end + 10) - 1):
        if t.lower[k] in (",", ";", ".", ":"):
            break
        if t.lower[k] != "to":
            continue
        j = k + 1
        while j < hi - 1 and t.lower[j].endswith("ly") and t.words[j].islower():
            j += 1  # "to immediately halt"
        if _yields_at(t, j, verbs) or (
            j + 2 < hi and t.lower[j + 1] == "and" and _yields_at(t, j + 2, verbs)
        ):
            return "DEMAND"  # "to de-escalate and withdraw its forces"
        if t.words[j].islower() and t.lower[j] not in ("the", "a", "an", "all"):
            break  # the request's own verb ("to resume talks"), a yield or not
    return typ


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

    def __init__(self, t: Tagged, lex: _Lex, lo: int, hi: int):
        sent = t.article.sentences[t.tok_sent[lo]]
        self.lo = lo
        self.question = sent.text.rstrip(" \"'”’»)").endswith("?")
        rows = lex.modality.rows
        self.conditions = [
            (m.end, rows[m.row]["mode"])
            for m in lex.modality.find(t.lower, lo, hi)
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


def _mode(t: Tagged, lex: _Lex, h, scan: _ModeScan, stmt: Statement | None) -> str:
    window_lo = max(scan.lo, h.start - 6)
    for m in lex.modality.find(t.lower, window_lo, h.start):
        mode = lex.modality.rows[m.row]["mode"]
        if mode == "denied" and h.start - m.end <= 3:
            return "denied"
    # A question ("Will China arm Russia?") and a condition anywhere before the trigger in
    # its sentence ("if aid is delayed", "should these troops engage") assert nothing; the
    # condition of a quotation stops at its closing mark ('"If X ...," he said, and urged
    # ...': the urging is unconditional).
    if scan.question:
        return "question"
    condition = scan.condition(h.start)
    if condition is not None:
        return condition
    for m in lex.modality.find(t.lower, window_lo, h.start):
        if lex.modality.rows[m.row]["mode"] == "proposed" and h.start - m.end <= 1:
            return "proposed"  # "(we) urge Kenya to support Somalia": asked, not done
    if stmt is not None:
        return stmt.mode
    for m in lex.modality.find(t.lower, window_lo, h.start):
        mode = lex.modality.rows[m.row]["mode"]
        if mode != "denied":
            return mode
    return "actual"


def _defended(t: Tagged, np_start: int, lo: int) -> list[Participant]:
    """``stand with Ukraine against Russia's war``: the party defended against an attack."""
    k = np_start - 1
    while k >= lo and t.lower[k] in ("the", "a", "an"):
        k -= 1
    if k - 1 < lo or t.lower[k] != "against":
        return []
    q = t.ending_at(k)
    return [q] if q is not None and not q.possessive else []


def _general_preps(t: Tagged, plover: str) -> tuple[str, ...]:
    """The prepositions that may introduce any act's target, for an act of this type: none
    for a show of force (:func:`_shown`), never ``against`` for a cooperative act."""
    if plover == "MOBILIZE":
        return ()
    if plover == "RETREAT":  # "withdrew its troops from X", "pulled out of X"
        return ("from", "of", *(p for p in TARGET_PREPS if p != "against"))
    if int(t.codebook.plover[plover]["sign"]) > 0:
        return tuple(p for p in TARGET_PREPS if p != "against")
    return TARGET_PREPS


def _hyphen_pair(t: Tagged, start: int, lo: int) -> tuple | None:
    """Two parties joined by a hyphen or a dash right before ``start`` (``Armenia-Azerbaijan``)."""
    right = t.ending_at(start)
    if right is None or right.tok - 2 < lo or t.lower[right.tok - 1] not in ("-", "–", "—"):
        return None
    left = t.ending_at(right.tok - 1)
    return (left, right) if left is not None and left.actor != right.actor else None


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
    helps = _lex(t.codebook).help_verbs
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


def _shown(row: dict) -> bool:
    """A show of force (MOBILIZE) is aimed where it is shown (``near``, ``around``, ``along``
    a party): only its own prepositions name its target, never the general ``to`` (troops
    sent *to* a country are no threat to it)."""
    return row["type"] == "MOBILIZE"


def _hostile(t: Tagged, row: dict) -> bool:
    """An armed act (war, attack, invasion; ``armed`` in plover.csv): one war's acts."""
    return t.codebook.plover[row["type"]].get("armed") == "yes"


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


def _purpose_target(t: Tagged, end: int, hi: int) -> list[Participant]:
    """The target a conflictual act's purpose names: "imposed sanctions to curb Russia's
    transactions", "sanctions to punish Moscow" (``purpose_verbs.csv``): the object of the
    verb of pressure, or its possessor. Within the clause, a few words after the act."""
    verbs = _lex(t.codebook).purpose_verbs
    for i in range(end, min(end + 4, hi - 2)):
        if t.lower[i] in (",", ";", ".") or t.lower[i] in SUBORDINATORS:
            return []
        if t.lower[i] == "to" and t.lower[i + 1] in verbs:
            obj = starting_at(t, i + 2, hi)
            return group_right(t, obj, hi) if obj is not None else []
    return []


def _speakers_as_subject(t: Tagged, h, lo: int, stmt: Statement, co: list[str]) -> list:
    """ "They reaffirmed their commitment to stand with Ukraine": a plural pronoun in the
    words of a statement several speakers make is those speakers, as parties."""
    # the pronoun is the act's own subject: a few words before it, no party between
    first = max(lo, bisect.bisect_left(t.starts, stmt.content_start), h.start - 5)
    pron = next((i for i in range(first, h.start) if t.lower[i] in _PLURAL_PRONOUNS), None)
    if pron is None or parts_in(t, pron + 1, h.start):
        return []
    return [pronoun_party(t, pron, sp) for sp in co]


_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})


def _after_conjunction(t: Tagged, start: int, lo: int) -> bool:
    """Does the act at ``start`` open a conjunct with no subject of its own ("We're in talks
    with X and in talks with Y", "invaded X and attacked Y")?"""
    j = before_verb_group(t, start, lo)
    return j >= lo and t.lower[j] in ("and", "or", "but")


@dataclass
class _Args:
    """One trigger's parties as the surface rules find them, step by step."""

    t: Tagged
    h: object
    row: dict
    lo: int
    hi: int
    stmt: Statement | None
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    mod: Participant | None = None
    borrowed: bool = False

    @property
    def hostile(self) -> bool:
        return _hostile(self.t, self.row)

    @property
    def sign(self) -> int:
        return int(self.t.codebook.plover[self.row["type"]]["sign"])


def _arguments(
    t: Tagged,
    h,
    row,
    lo: int,
    hi: int,
    stmt: Statement | None,
    co: list[str] = (),
    prev: list[Participant] = (),
):
    """(source, target) participant pairs for one trigger; ``co``: the speakers of the
    statement whose words hold it; ``prev``: the sources of the sentence's act before it,
    which a conjunct without a subject shares. The parse is read first; the surface rules
    decide where it names no two sides."""
    whole = _parsed_pairs(t, h, row) or _named_pairs(t, h, row, lo, hi)
    if whole:
        return whole
    a = _Args(t, h, row, lo, hi, stmt)
    _modifier(a)
    _agent_after_target(a)
    _possessor_or_subject(a)
    _targets_after(a)
    _resultative(a)
    _clause_sources(a)
    _fallback_targets(a)
    _shared_sources(a, co, prev)
    return _pairs(a)


def _named_pairs(t: Tagged, h, row, lo: int, hi: int) -> list:
    """The pair the trigger names itself: "between X and Y", "the Armenia-Azerbaijan war"."""
    at = h.end
    third = mediators(t, h.start, h.end, lo, hi) if at < hi and t.lower[at] != "between" else []
    if third and t.lower[at] in _lex(t.codebook).mediation:
        at = third[-1].tok_end  # "talks hosted by Saudi Arabia between A and B"
    pair = after_prep(t, at, hi, {"between", "among", "amongst"})
    if len(pair) >= 2:
        # every two of them: "increased cooperation among A, B, C and D"
        return _every_two(pair)
    mutual = t.codebook.plover[row["type"]].get("mutual") == "yes"
    between = _hostile(t, row) or mutual or row.get("symmetric") == "yes"
    pair = _hyphen_pair(t, _noun_phrase_start(t, h, lo), lo)
    if pair and between:
        return [pair]  # "the Armenia-Azerbaijan war", "U.S.-Guyana defense cooperation"
    pair = _border_pair(t, h.end, hi)
    if pair and ((_hostile(t, row) and mutual) or row.get("symmetric") == "yes"):
        return [pair]  # "clashes on the India-China border", "the dispute over the border"
    return []


# where an act happens on a border ("clashes along"), what a dispute is about ("over")
_BORDER_PREPS = ("on", "along", "at", "across", "near", "over", "regarding", "about",
                 "concerning")  # fmt: skip


_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "in", "on", "to", "with",
                             "for", "its", "their", "his", "her", "our", "by", "from"})  # fmt: skip


def _noun_phrase_start(t: Tagged, h, lo: int) -> int:
    """Where the noun phrase of a trigger's last word begins, past the nouns that qualify
    it (``U.S.-Guyana defense cooperation``, ``the India-Pakistan trade talks``): the
    hyphenated pair of its parties stands before them."""
    k = h.end - 1
    for _ in range(3):
        w = t.words[k - 1] if k - 1 > lo else ""
        if not (w.isalpha() and w.islower()) or w in _FUNCTION_WORDS:
            break
        k -= 1
    return k


def _border_pair(t: Tagged, end: int, hi: int) -> tuple | None:
    """The two states of the border a mutual act is told on (``border_words.csv``):
    ``clashes on the India-China border``, ``along the border between Sudan and South
    Sudan``."""
    if end + 2 >= hi or t.lower[end] not in _BORDER_PREPS:
        return None
    borders = _lex(t.codebook).borders
    for k in range(end + 1, min(hi, end + 7)):
        if t.lower[k] in borders:
            pair = _hyphen_pair(t, k, end + 1)
            if pair:
                return pair
            two = after_prep(t, k + 1, hi, {"between"})
            return (two[0], two[1]) if len(two) == 2 else None
        if t.lower[k] in (",", ";", ".", ":"):
            return None
    return None


def _modifier(a: _Args) -> None:
    """A party right before the trigger: "Western sanctions", "the Ukraine war"."""
    t, mod = a.t, a.t.ending_at(a.h.start)
    a.mod = mod
    if mod is None or mod.possessive:
        return
    actor = t.actor(mod.actor)
    # "the Ukraine war" names its target; "Iran launched" is a subject, not a modifier
    after_det = mod.tok > a.lo and t.lower[mod.tok - 1] in ("the", "a", "an")
    # a demonym is the actor whatever the trigger: "Western sanctions", "Russian attacks"
    if mod.head.kind == "demonym":
        a.sources = [mod]
    elif (
        actor
        and actor.type in ("country", "bloc", "organization")
        and a.row.get("modifier_role", "") == "target"
        and (after_det or t.lower[mod.tok] == "the")
    ):
        a.targets = [mod]


def _agent_after_target(a: _Args) -> None:
    """An act told as a noun names its agent after its target with ``by``: ``the invasion
    of Kuwait by Iraq``, ``the seizure of the tanker off Oman by Iran``."""
    t, h, hi = a.t, a.h, a.hi
    if a.sources or h.end + 3 >= hi or t.lower[h.end] not in ("of", "on", "against", "upon"):
        return
    target = after_prep(t, h.end, hi, {t.lower[h.end]})
    if not target or target[-1].possessive:
        return
    k = target[-1].tok_end
    agent = starting_at(t, k + 1, hi) if k + 1 < hi and t.lower[k] == "by" else None
    if agent is not None and agent.tok == k + 1:
        a.sources, a.targets = group_right(t, agent, hi), a.targets or target


def _possessor_or_subject(a: _Args) -> None:
    t, h, lo = a.t, a.h, a.lo
    if not a.sources:
        a.sources = left_possessor(t, h.start, lo)
    if not a.sources:
        # a possessive inside the trigger: "cemented their relationship"
        for i in range(h.start, h.end):
            if t.lower[i] in ("its", "their"):
                a.sources = resolve_pronoun(t, t.lower[i], i, lo)
                break
    if not a.sources and not (a.mod and a.targets):
        # in a statement's words the subject is found there, never in the speaker before
        # them: "We are concerned about the fighting in X" (the speaker fights no one)
        if a.stmt is not None and a.stmt.content_start <= t.starts[h.start] < a.stmt.content_end:
            lo = max(lo, bisect.bisect_left(t.starts, a.stmt.content_start))
        a.sources = subject_left(t, h.start, lo)


def _targets_after(a: _Args) -> None:
    """The target in or after the trigger phrase: its own preposition, a party inside it,
    its last word, a preposition a word or two after it, a party right after it."""
    t, h, hi = a.t, a.h, a.hi
    if not a.targets and t.lower[h.end - 1] in PREPS and h.end < hi:
        # the trigger ends in its preposition ("stand with", "turned to countries such as")
        found = after_prep(t, h.end - 1, hi, PREPS)
        # "grateful to our Nigerian friends": the party after the speaker's own "our"
        found = _past_possessive_pronoun(t, found, hi) if found else found
        a.targets = [p for p in found if not p.possessive]
    if not a.targets and h.end - h.start > 2:
        # a party inside the phrase: "providing Russia with artillery"; a possessor only of
        # the phrase's last word: "recognition of Somalia's sovereignty"
        inside = [p for p in parts_in(t, h.start + 1, h.end) if p.tok_end < h.end]
        last = h.heads[-1][0] if getattr(h, "heads", None) else h.end - 1
        # (a possessive's clitic stands between: "Somalia 's sovereignty")
        a.targets = [p for p in inside if not p.possessive or last - 1 <= p.tok_end <= last][:1]
    if not a.targets and h.end - h.start > 2:
        a.targets = _last_word_party(a)
    if not a.targets:
        a.targets = _prep_target(a)
    if not a.targets and h.end < hi:
        obj = starting_at(t, h.end, hi)
        if obj is not None and obj.tok <= h.end + 1 and not obj.possessive:
            a.targets = group_right(t, obj, hi)


def _last_word_party(a: _Args) -> list:
    """The phrase's last word heads a party: "provided the North Korean troops with
    uniforms" (the troops receive), unless they are the source's own ("Pyongyang sent North
    Korean troops to Russia": its "to" names the target)."""
    t, h = a.t, a.h
    last = t.ending_at(h.end)
    own = {t.stands_for(p.actor) or p.actor for p in a.sources}
    if (
        last is not None
        and last.tok > h.start
        and not last.possessive
        and (t.stands_for(last.actor) or last.actor) not in own
    ):
        return [last]
    return []


def _prep_target(a: _Args) -> list:
    """A preposition right after the trigger (a word or two may stand between: "policy on")."""
    t, h, hi = a.t, a.h, a.hi
    preps = set() if _shown(a.row) else set(_TARGET_PREPS)
    preps |= {"in", "at"} if a.row.get("modifier_role", "") == "target" else set()
    preps |= set(filter(None, a.row.get("target_preps", "").split("|")))
    if a.sign > 0:
        # "back offensive operations against Ukrainian positions": not backing Ukraine
        preps = preps - {"against"}
    acts = _hostile_nouns(t.codebook) if _reacting(t, a.row["type"]) else frozenset()
    for gap in range(0, 3):
        i = h.end + gap
        if i >= hi or t.lower[i] in (",", ";", ".") or t.lower[i] in acts:
            break  # "condemned the attack on Jordan": Jordan is the attack's victim
        found = after_prep(t, i, hi, preps)
        if found:
            return _past_possessive_pronoun(t, found, hi)
    return []


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _past_possessive_pronoun(t: Tagged, found: list, hi: int) -> list:
    """ "with his Iraqi counterpart": the party the possessive pronoun determines, not
    the pronoun's own antecedent."""
    first = found[0]
    if first.tok_end - first.tok == 1 and t.lower[first.tok] in _POSSESSIVE_PRONOUNS:
        nxt = t.by_tok.get(first.tok_end) if first.tok_end < hi else None
        if nxt is not None and nxt.tok == first.tok_end:
            return group_right(t, nxt, hi)
    return found


def _resultative(a: _Args) -> None:
    """ "leaving X, Y and Z in weakened positions": the parties before "in"."""
    t, h, lo = a.t, a.h, a.lo
    if a.targets or h.start - 1 < lo or t.lower[h.start - 1] not in ("in", "into", "under"):
        return
    obj = t.ending_at(h.start - 1)
    if obj is None:
        return
    a.targets = group_left(t, obj, lo)
    a.sources = a.sources if a.sources and a.sources[0].tok_end <= a.targets[0].tok - 1 else []
    if not a.sources:
        a.sources = subject_left(t, a.targets[0].tok - 1, lo)


def _clause_sources(a: _Args) -> None:
    """A source from the clause around the trigger: a participle after a comma, an
    infinitive of purpose, an event noun in a circumstance or after a support verb, a
    proposal reported in a statement."""
    t, h, lo = a.t, a.h, a.lo
    # Infinitive of purpose ("embarked on a visit ... to meet with Putin") or an event
    # noun in a circumstance ("X and Y pose during a treaty signing ceremony").
    k = h.start - 1
    while k >= lo and t.lower[k] in ("a", "an", "the"):
        k -= 1
    # A participle after a comma acts for the clause's subject: "China is ..., providing"
    after_comma = h.start - 1 >= lo and t.lower[h.start - 1] == ","
    if not a.sources and after_comma and t.lower[h.start].endswith("ing"):
        a.sources = clause_subject(t, lo, h.start)
    # (A hostile act needs its own agent: "push for a halt to fighting" is not a fight.)
    circumstance = k >= lo and t.lower[k] in ("to", "during", "at", "amid")
    if not a.sources and circumstance and not a.hostile:
        a.sources = clause_subject(t, lo, h.start)
    if not a.sources:
        a.sources = _support_verb_subject(t, h, k, lo)
    # The party asked to act does what it is asked: "called on Rwanda to end support to M23"
    if not a.sources:
        a.sources = asked_party(t, h.start, lo)
    # A proposal reported in a statement acts for the speaker: "advocated for ... on Iran".
    # (Not a hostile act: "urged Aliyev to cease hostilities" are Aliyev's hostilities.)
    stmt = a.stmt
    if not a.sources and stmt is not None and stmt.mode in ("proposed", "expected"):
        sp = participant_with_head(t, stmt.speaker_start) if not a.hostile else None
        if sp:
            a.sources = [sp]


def _support_verb_subject(t: Tagged, h, k: int, lo: int) -> list:
    """An event noun after a support verb, adjectives allowed between: "X and Y attend a
    treaty signing ceremony", "China's military staged large-scale drills"."""
    support = _lex(t.codebook).support_verbs
    v = k
    while (
        v > lo
        and h.start - v <= 5
        and (t.lower[v] == "-" or t.words[v].islower() or t.words[v].isdigit())
    ):
        if t.lower[v] in support:
            break
        v -= 1
    return subject_left(t, v, lo) if v >= lo and t.lower[v] in support else []


def _fallback_targets(a: _Args) -> None:
    """A conflictual act's purpose ("sanctions to curb Russia's ..."), or the topic."""
    t = a.t
    if not a.targets and a.sources and a.sign < 0:
        a.targets = _purpose_target(t, a.h.end, a.hi)
    if not a.targets and a.row.get("target_fallback") == "topic" and a.sources:
        top = topic(t, a.lo, a.hi)
        if top is not None and top not in a.sources:
            a.targets = [top]


def _shared_sources(a: _Args, co, prev) -> None:
    """Sources an act without its own shares: the act before it in a conjunct, the several
    speakers of its statement, a group named as the clause's subject."""
    t, h, lo = a.t, a.h, a.lo
    if not a.sources and prev and _after_conjunction(t, h.start, lo):
        a.sources, a.borrowed = list(prev), True
    if not a.sources and len(co) >= 2 and not a.hostile:
        a.sources = _speakers_as_subject(t, h, lo, a.stmt, co)
    if not a.sources and not a.hostile:
        # a group as the subject: "The three leaders discussed ways to strengthen ..."
        a.sources = group_subject(t, lo, h.start)
    if a.sources and not a.targets and a.hostile:
        a.targets = _defended(t, a.sources[0].tok, lo)


def _pairs(a: _Args) -> list:
    sources, targets = a.sources, a.targets
    if not sources:
        # a hostile act with its victim alone ("the ongoing war against Ukraine"): one half
        return [(None, g) for g in targets] if targets and a.hostile else []
    if not targets:
        if a.row.get("symmetric") == "yes" and len(sources) >= 2:
            # every pair of the parties: "A, B, C and D met"
            return _every_two(sources)
        # a hostile act with its agent alone ("Russia's invasion"): the other half; not
        # from a shared subject ("defend Israel and defeat that attack": no war's agent)
        return [(p, None) for p in sources] if a.hostile and not a.borrowed else []
    return [(s, g) for s in sources for g in targets if s is not g]


def _parsed_pairs(t: Tagged, h, row) -> list:
    """(source, target) pairs of a verb trigger when the parse names both sides (the first
    verb of the trigger that has them: "held talks", "co-penned")."""
    from .dependency import ParserUnavailable, parse

    if backend() == "surface":
        return []
    try:
        p = parse(t, t.tok_sent[h.start])
    except ParserUnavailable:
        return []
    preps = tuple(x for x in row.get("target_preps", "").split("|") if x)
    for v in (i for i in range(h.start, h.end) if p.pos(i) == "VERB"):
        pairs = _pairs_of_verb(t, v, row, preps)
        if pairs:
            return pairs
    if h.end - h.start == 1:
        # a noun whose agent follows it: "the visit of the Chinese premier to Pakistan"
        args = noun_arguments(t, h.start, preps, _general_preps(t, row["type"]))
        return [(s, g) for s, rs in args if rs == "source" for g, rg in args if rg == "target"]
    return []


def _not_wronged(t: Tagged, v: int, typ: str, targets: list) -> list:
    """The targets of a reaction at ``v`` (verbal conflict, a protest) less the states
    whose sovereignty, territory or airspace its sentence defends
    (:func:`.statements.defended`): "condemned the violation of Latvian airspace",
    "protested the incursion into Peruvian territory". (The act itself stays aimed at
    them, as is a threat: "threatened Greece's territorial integrity".)"""
    if not targets or typ == "THREATEN" or not (_reacting(t, typ) or typ == "PROTEST"):
        return targets
    wronged = defended(t, v, t.sent_tok[t.tok_sent[v]][1])
    return [q for q in targets if q.actor not in wronged and t.stands_for(q.actor) not in wronged]


def _reacting(t: Tagged, typ: str) -> bool:
    """Is an act of this type a verbal reaction to another act (condemn, reject, demand)?
    Its object's victim is then no target of it."""
    return t.codebook.plover[typ]["quad"] == "verbal conflict"


@per_codebook
def _hostile_nouns(cb: Codebook) -> frozenset[str]:
    """The one-word triggers of acts done to a victim (material conflict: ``attack``,
    ``strikes``, ``sanctions``, ``war``; not a protest, which is lodged *with* the one
    it opposes): "condemned the attack on Jordan", "denounced the sanctions on Iran"
    name the act's victim after them, whom the condemnation does not oppose."""
    return frozenset(
        w.strip().lower()
        for r in cb.events
        if r["type"] in cb.plover
        and cb.plover[r["type"]]["quad"] == "material conflict"
        and r["type"] != "PROTEST"
        for w in r["pattern"].split(" ~ ")[0].split("|")
        if w.strip() and " " not in w.strip() and " ~ " not in r["pattern"]
    )


def _pairs_of_verb(t: Tagged, v: int, row, preps) -> list:
    acts = _hostile_nouns(t.codebook) if _reacting(t, row["type"]) else frozenset()
    args = verb_arguments(t, v, preps, _general_preps(t, row["type"]), acts)
    sources = [q for q, role in args if role == "source"]
    targets = [q for q, role in args if role == "target"]
    targets = _not_wronged(t, v, row["type"], targets)
    if not targets and row.get("symmetric") == "yes" and len(sources) >= 2:
        # "a resolution co-penned by the United States and Ecuador": the agents together
        return _every_two(sources)
    if not sources or not targets:
        return []
    return [(s, g) for s in sources for g in targets if s is not g]


def statement_events(t: Tagged, statements: list[Statement]) -> list[Event]:
    """Verbal events made by statements with a stance, from speaker to each target state.

    Only speech makes one: a belief (``X believes Y is hostile``) or an intention (``X
    plans to ...``) reported by the text is no act of the speaker toward anyone (the events
    its content reports are read as usual, with the cue's mode).
    """
    cb = t.codebook
    out: list[Event] = []
    keys: list[int] = []  # each event's statement, by its cue
    for s in statements:
        if s.stance == "neutral" or s.cue_class != "speech":
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
        for target in s.targets:
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


def _content_type(t: Tagged, s: Statement) -> str:
    """The category of the first trigger in a statement's content (``vowing to counteract``)."""
    lex = _lex(t.codebook)
    lo = bisect.bisect_left(t.starts, s.content_start)
    hi = bisect.bisect_left(t.starts, s.content_end)
    for h in lex.triggers.find(t.lower, lo, hi):
        info = t.codebook.plover[lex.triggers.rows[h.row]["type"]]
        # a statement is a verbal act: reporting an attack is not one (ACCUSE instead)
        if info["quad"].startswith("verbal") and int(info["sign"]) == (
            1 if s.stance == "positive" else -1
        ):
            return info["type"]
    return ""
