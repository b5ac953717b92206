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
import datetime as dt
import heapq
from dataclasses import dataclass

from .codebook import Codebook, per_codebook
from .dates import find_dates, shift_before
from .lexicon import SlotMatcher
from .statements import Statement, bind_first_person
from .syntax import (
    CLOSE_Q,
    PREPS,
    SUBORDINATORS,
    after_prep,
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
        from .codebook import read_table, split

        self.support_verbs = frozenset(
            r["verb"].lower() for r in read_table("support_verbs.csv", cb.root)
        )
        self.purpose_verbs = frozenset(
            f.lower() for r in read_table("purpose_verbs.csv", cb.root) for f in split(r["forms"])
        )


@per_codebook
def _lex(cb: Codebook) -> _Lex:
    return _Lex(cb)


# ----------------------------------------------------------------------------- structure


# ----------------------------------------------------------------------------- main


def extract_events(t: Tagged, statements: list[Statement]) -> list[Event]:
    """Dyadic events of a tagged article (trigger events; see :func:`statement_events`)."""
    events, _ = _extract(t, statements)
    return events


def _extract(t: Tagged, statements: list[Statement]) -> tuple[list[Event], list[Milestone]]:
    cb = t.codebook
    lex = _lex(cb)
    bind_first_person(t, statements)  # "we" in a speaker's own words is the speaker
    art = t.article
    anchor = art.publication_date
    anchor_basis = "estimated" if art.date_status == "estimated" else "publication"
    events: list[Event] = []
    halves: list[tuple] = []  # hostile acts, whole or with one side (see _complete_halves)
    milestones: list[Milestone] = []
    para_date: dict[int, tuple] = {}
    contents = _Contents(statements)
    # the speakers of one statement told of several ("They reaffirmed ...")
    speakers_of: dict[tuple, list[str]] = {}
    for s in statements:
        group = speakers_of.setdefault((s.cue_start, s.content_start), [])
        if s.speaker not in group:
            group.append(s.speaker)
    for sent in art.sentences:
        lo, hi = t.sent_tok[sent.index]
        if lo == hi:
            continue
        hits = lex.triggers.find(t.lower, lo, hi)
        # Milestones first: "days before Trump's return" dates this sentence's events.
        sent_ms = []
        prev: list[Participant] = []  # the sources of the sentence's last act
        for h in hits:
            row = lex.triggers.rows[h.row]
            if row["type"] != "ASSUME_OFFICE":
                continue
            who = left_possessor(t, h.start, lo) or subject_left(t, h.start, lo)
            persons = [p for p in who if (t.actor(p.actor) and t.actor(p.actor).type == "person")]
            if not persons:
                continue
            when = None
            start = cb.office_start(
                persons[0].actor,
                ".president",
                (anchor - dt.timedelta(days=366)) if anchor else None,
            )
            if start:
                when = start
            ms = Milestone(
                persons[0].actor,
                "ASSUME_OFFICE",
                art.text[t.starts[h.start] : t.ends[h.end - 1]],
                when.isoformat() if when else None,
                "codebook" if when else "open",
                sent.index,
                t.starts[h.start],
                t.ends[h.end - 1],
            )
            milestones.append(ms)
            sent_ms.append((h, ms, when))
        date, date_text, date_basis = _sentence_date(t, sent, lo, hi, anchor, anchor_basis, sent_ms)
        if date is None and sent.paragraph is not None and sent.paragraph in para_date:
            date, date_text, date_basis = para_date[sent.paragraph]
        scan = _ModeScan(t, lex, lo, hi) if hits else None
        for h in hits:
            row = lex.triggers.rows[h.row]
            if row["type"] == "ASSUME_OFFICE":
                continue
            if sent.block == "caption" and row.get("caption") != "yes":
                continue  # two people pictured together is co-presence, not an event
            stmt = contents.at(t.starts[h.start])
            co = speakers_of.get((stmt.cue_start, stmt.content_start), []) if stmt else []
            pairs = _arguments(t, h, row, lo, hi, stmt, co, prev)
            if pairs:
                prev = []
                for src, _ in pairs:
                    if src is not None and all(src is not q for q in prev):
                        prev.append(src)
            for src, tgt in pairs:
                if src is not None and tgt is not None and src.actor == tgt.actor:
                    continue
                known = [p for p in (src, tgt) if p is not None]
                info = cb.plover[row["type"]]
                evs = t.starts[min(h.start, *(p.tok for p in known))]
                eve = t.ends[max(h.end, *(p.tok_end for p in known)) - 1]
                ev = Event(
                    src.actor if src else "",
                    tgt.actor if tgt else "",
                    t.stands_for(src.actor) if src else "",
                    t.stands_for(tgt.actor) if tgt else "",
                    row["type"],
                    info["quad"],
                    int(info["sign"]),
                    float(row.get("intensity") or info["intensity"]),
                    _mode(t, lex, h, scan, stmt),
                    date,
                    date_text,
                    date_basis,
                    sent.index,
                    evs,
                    eve,
                    art.text[t.starts[h.start] : t.ends[h.end - 1]],
                    block=sent.block,
                )
                if len(known) == 2:
                    events.append(ev)
                if _hostile(t, row):
                    halves.append((ev, src, tgt))
        if date is not None and sent.paragraph is not None:
            para_date[sent.paragraph] = (date, date_text, date_basis)
    for ev, src, tgt in _complete_halves(halves, t.stands_for):
        if src == tgt:
            continue
        ev.source, ev.target = src, tgt
        ev.source_country, ev.target_country = t.stands_for(src), t.stands_for(tgt)
        events.append(ev)
    # One event per (pair, type, trigger position): two routes to the same reading.
    seen, unique = set(), []
    for e in events:
        key = (e.source, e.target, e.type, e.start)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return unique, milestones


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
    which a conjunct without a subject shares."""
    symmetric = row.get("symmetric") == "yes"
    modifier_role = row.get("modifier_role", "")
    sources: list[Participant] = []
    targets: list[Participant] = []

    # "between X and Y": the pair itself.
    pair = after_prep(t, h.end, hi, {"between", "among", "amongst"})
    if len(pair) >= 2:
        # every two of them: "increased cooperation among A, B, C and D"
        return [(p, q) for n, p in enumerate(pair) for q in pair[n + 1 :]]

    # Modifier right before the trigger: "Western sanctions", "the Ukraine war".
    mod = t.ending_at(h.start)
    if mod is not None and not mod.possessive:
        a = t.actor(mod.actor)
        # "the Ukraine war" names its target; "Iran launched" is a subject, not a modifier
        after_det = mod.tok > lo and t.lower[mod.tok - 1] in ("the", "a", "an")
        # a demonym is the actor whatever the trigger: "Western sanctions", "Russian attacks"
        if mod.head.kind == "demonym":
            sources = [mod]
        elif (
            a
            and a.type in ("country", "bloc", "organization")
            and modifier_role == "target"
            and (after_det or t.lower[mod.tok] == "the")
        ):
            targets = [mod]

    if not sources:
        sources = left_possessor(t, h.start, lo)
    if not sources:
        # a possessive inside the trigger: "cemented their relationship"
        for i in range(h.start, h.end):
            if t.lower[i] in ("its", "their"):
                sources = resolve_pronoun(t, t.lower[i], i, lo)
                break
    if not sources and not (mod and targets):
        sources = subject_left(t, h.start, lo)

    # Targets: a preposition right after (a word or two may stand between: "policy on").
    if not targets and t.lower[h.end - 1] in PREPS and h.end < hi:
        # the trigger ends in its preposition ("stand with", "turned to countries such as")
        targets = [p for p in after_prep(t, h.end - 1, hi, PREPS) if not p.possessive]
    if not targets and h.end - h.start > 2:
        # a party inside the phrase: "providing Russia with artillery"
        inside = [p for p in parts_in(t, h.start + 1, h.end) if p.tok_end < h.end]
        targets = [p for p in inside if not p.possessive][:1]
    if not targets and h.end - h.start > 2:
        # the phrase's last word heads a party: "provided the North Korean troops with
        # uniforms" (the troops receive), unless they are the source's own ("Pyongyang sent
        # North Korean troops to Russia": its "to" names the target)
        last = t.ending_at(h.end)
        own = {t.stands_for(p.actor) or p.actor for p in sources}
        if (
            last is not None
            and last.tok > h.start
            and not last.possessive
            and (t.stands_for(last.actor) or last.actor) not in own
        ):
            targets = [last]
    if not targets:
        preps = _TARGET_PREPS | ({"in", "at"} if modifier_role == "target" else set())
        preps = preps | set(filter(None, row.get("target_preps", "").split("|")))
        if int(t.codebook.plover[row["type"]]["sign"]) > 0:
            # "back offensive operations against Ukrainian positions": not backing Ukraine
            preps = preps - {"against"}
        for gap in range(0, 3):
            i = h.end + gap
            if i >= hi or t.lower[i] in (",", ";", "."):
                break
            targets = after_prep(t, i, hi, preps)
            if targets:
                break
    if not targets and h.end < hi:
        obj = starting_at(t, h.end, hi)
        if obj is not None and obj.tok <= h.end + 1 and not obj.possessive:
            targets = group_right(t, obj, hi)
    # Resultative: "leaving X, Y and Z in weakened positions".
    if not targets and h.start - 1 >= lo and t.lower[h.start - 1] in ("in", "into", "under"):
        obj = t.ending_at(h.start - 1)
        if obj is not None:
            targets = group_left(t, obj, lo)
            sources = sources if sources and sources[0].tok_end <= targets[0].tok - 1 else []
            if not sources:
                sources = subject_left(t, targets[0].tok - 1, lo)
    # Infinitive of purpose ("embarked on a visit ... to meet with Putin") or an event
    # noun in a circumstance ("X and Y pose during a treaty signing ceremony").
    k = h.start - 1
    while k >= lo and t.lower[k] in ("a", "an", "the"):
        k -= 1
    # A participle after a comma acts for the clause's subject: "China is ..., providing"
    if (
        not sources
        and h.start - 1 >= lo
        and t.lower[h.start - 1] == ","
        and (t.lower[h.start].endswith("ing"))
    ):
        sources = clause_subject(t, lo, h.start)
    # (A hostile act needs its own agent: "push for a halt to fighting" is not a fight.)
    if (
        not sources
        and k >= lo
        and t.lower[k] in ("to", "during", "at", "amid")
        and not _hostile(t, row)
    ):
        sources = clause_subject(t, lo, h.start)
    # An event noun after a support verb, adjectives allowed between: "X and Y attend a
    # treaty signing ceremony", "China's military staged large-scale drills".
    v = k
    while (
        v > lo
        and h.start - v <= 5
        and (t.lower[v] == "-" or t.words[v].islower() or t.words[v].isdigit())
    ):
        if t.lower[v] in _lex(t.codebook).support_verbs:
            break
        v -= 1
    if not sources and v >= lo and t.lower[v] in _lex(t.codebook).support_verbs:
        sources = subject_left(t, v, lo)
    # A proposal reported in a statement acts for the speaker: "advocated for ... on Iran".
    # (Not a hostile act: "urged Aliyev to cease hostilities" are Aliyev's hostilities.)
    if (
        not sources
        and stmt is not None
        and stmt.mode in ("proposed", "expected")
        and not _hostile(t, row)
    ):
        sp = participant_with_head(t, stmt.speaker_start)
        if sp:
            sources = [sp]
    if not targets and sources and int(t.codebook.plover[row["type"]]["sign"]) < 0:
        targets = _purpose_target(t, h.end, hi)
    if not targets and row.get("target_fallback") == "topic" and sources:
        top = topic(t, lo, hi)
        if top is not None and top not in sources:
            targets = [top]

    borrowed = False
    if not sources and prev and _after_conjunction(t, h.start, lo):
        sources, borrowed = list(prev), True
    if not sources and len(co) >= 2 and not _hostile(t, row):
        sources = _speakers_as_subject(t, h, lo, stmt, co)
    if not sources and not _hostile(t, row):
        # a group as the subject: "The three leaders discussed ways to strengthen ..."
        sources = group_subject(t, lo, h.start)
    if sources and not targets and _hostile(t, row):
        targets = _defended(t, sources[0].tok, lo)
    if not sources:
        # a hostile act with its victim alone ("the ongoing war against Ukraine"): one half
        return [(None, g) for g in targets] if targets and _hostile(t, row) else []
    if not targets:
        if symmetric and len(sources) >= 2:
            # every pair of the parties: "A, B, C and D met"
            return [(p, q) for n, p in enumerate(sources) for q in sources[n + 1 :]]
        # a hostile act with its agent alone ("Russia's invasion"): the other half; not
        # from a shared subject ("defend Israel and defeat that attack": no war's agent)
        return [(p, None) for p in sources] if _hostile(t, row) and not borrowed else []
    return [(s, g) for s in sources for g in targets if s is not g]


def statement_events(t: Tagged, statements: list[Statement]) -> list[Event]:
    """Verbal events made by statements with a stance, from speaker to each target state."""
    cb = t.codebook
    out: list[Event] = []
    keys: list[int] = []  # each event's statement, by its cue
    for s in statements:
        if s.stance == "neutral":
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
